// Fonts for the typesetter: faces that measure and shape, families that map
// emphasis to faces, and their embedding in a PDF document.
export { FontFace } from './font-face.js';
export { faceFor, loadFontFamily, type FontFamily, type FontFamilyFiles } from './font-family.js';
export { bundledFamilyFiles, loadBundledFamily, type BundledFamilyName } from './bundled.js';
export { PdfFonts, type EmbeddedFace } from './pdf-fonts.js';
export type { ShapedText } from './shaped-text.js';

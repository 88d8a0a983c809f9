export { colourProfiles, OUTPUT_CONDITION, type ColourProfiles } from './profiles.js';
export { asPdf16, PdfX4, PDFX_VERSION } from './pdfx4.js';
export { usesTransparency } from './transparency.js';

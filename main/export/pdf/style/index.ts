// Template styles for the typesetter: fonts, run styles, paragraph options, inline runs.
export { loadFontFamilies, loadTemplateFonts, type TemplateFonts } from './fonts.js';
export { paragraphOptions, runStyle, styledText, type ParagraphExtras, type StyleOverrides } from './text-style.js';
export { inlineRuns, plainRuns } from './inlines.js';

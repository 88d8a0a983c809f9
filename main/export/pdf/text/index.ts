// Styled inline text set into lines and drawn into PDF pages.
export { layoutParagraph, type ParagraphOptions } from './layout-paragraph.js';
export { drawLines, drawWritten } from './draw-lines.js';
export { lineAt, lineText, runText, type GlyphRun, type LineLayout, type ParagraphLayout, type RunPart } from './layout-types.js';
export { writeLines, type LineLink, type WrittenLine } from './written-line.js';
export { pdfNumber } from './tj.js';
export type { InlineRun, RunStyle, TextStyle } from './style.js';

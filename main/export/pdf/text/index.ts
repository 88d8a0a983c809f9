// Styled inline text set into lines and drawn into PDF pages.
export { layoutParagraph, type ParagraphOptions } from './layout-paragraph.js';
export { drawLines, drawText, linesText, type LinesText } from './draw-lines.js';
export { lineText, runText, type GlyphRun, type LineLayout, type ParagraphLayout, type RunPart } from './layout-types.js';
export type { InlineRun, RunStyle, TextStyle } from './style.js';

// Knuth–Plass line breaking over boxes, glue and penalties, independent of text.
export { box, glue, penalty, paragraphEnd, INFINITE_PENALTY, type Box, type Glue, type Item, type Penalty } from './items.js';
export { breakLines, type BreakOptions, type BrokenParagraph } from './break-lines.js';
export type { LineBreak } from './knuth-plass.js';

// Dutch hyphenation for the line breaker.
export { DUTCH, hyphenate, Hyphenator, hyphenatorFor, isAddress, patternDivision, type Hyphenation, type WordBreak } from './dutch.js';
export { textAfterBreak, textBeforeBreak } from './diaeresis.js';

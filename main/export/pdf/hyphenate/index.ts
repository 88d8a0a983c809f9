// Dutch hyphenation for the line breaker.
export { DUTCH, Hyphenator, hyphenatorFor, isAddress, patternDivision, type Hyphenation, type WordBreak } from './dutch.js';
export { textAfterBreak, textBeforeBreak } from './diaeresis.js';

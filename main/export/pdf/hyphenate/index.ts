// Dutch hyphenation for the line breaker.
export { hyphenate, isAddress, type Hyphenation, type WordBreak } from './dutch.js';
export { textAfterBreak, textBeforeBreak } from './diaeresis.js';

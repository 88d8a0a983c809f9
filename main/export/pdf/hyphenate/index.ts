// Dutch hyphenation for the line breaker.
export { hyphenate, type Hyphenation, type WordBreak } from './dutch.js';
export { textAfterBreak, textBeforeBreak } from './diaeresis.js';

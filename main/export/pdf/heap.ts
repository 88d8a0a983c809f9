// V8's heap, told how the typesetter uses it. Nearly everything a paragraph's
// setting makes (words' items, the breaker's nodes, the set lines) dies with
// the paragraph; the caches live as long as the process. V8 watches which
// allocation sites' objects survive a young-generation collection and has
// later ones made in the old generation directly ("pretenuring"). A
// collection that falls in the middle of a long paragraph finds most of its
// objects alive, so sites that make short-lived objects were pretenured, in
// some runs and not in others: their objects then filled new pages of the old
// generation, each page's first touch a page fault, until the next full
// collection. A cold export of the large project took 26,000–28,000 page
// faults without pretenuring, 27,000–56,000 with it, and some 10 % less time
// (tests/bench/RESULTS.md, session 22).
//
// A flag set after V8 has started works only where V8 was told not to freeze
// its flags: Node does so, and so does Electron's main process, whose export
// worker this runs in (shell/browser/javascript_environment.cc passes
// --no-freeze-flags-after-init).
import { setFlagsFromString } from 'node:v8';

let tuned = false;

/** Once per process (the flag is the whole process's), before the first paragraph is set. */
export function tuneHeapForTypesetting(): void {
  if (tuned) return;
  tuned = true;
  setFlagsFromString('--no-allocation-site-pretenuring');
}

// Sets 2,000 paragraphs of about 60 Dutch words, hyphenated and justified, and
// prints how long it took. Speed is reported, never asserted (DESIGN.md): a
// loaded machine must not fail the suite. EXPORT-NOTES puts the bar at ~0.77 s.
import { expect, test } from 'vitest';
import { layoutParagraph } from '../../../../main/export/pdf/text/index.js';
import { randomParagraph, seededRandom } from './dutch-text.js';
import { sourceSerif } from './fixtures.js';

test('sets 2,000 paragraphs of 60 words and reports the time', async () => {
  const family = await sourceSerif();
  const random = seededRandom(2024);
  const texts = Array.from({ length: 2000 }, () => randomParagraph(random, 60));
  const style = { family, size: 10 };

  const run = (): { lines: number; seconds: number } => {
    const started = performance.now();
    let lines = 0;
    for (const text of texts) lines += layoutParagraph([{ text, style }], { width: 300 }).lines.length;
    return { lines, seconds: (performance.now() - started) / 1000 };
  };
  // The first run shapes and hyphenates every distinct word and warms the
  // engine; the second is what every later chapter of a publication costs.
  const cold = run();
  const warm = run();
  console.log(
    `typeset 2000 paragraphs (${cold.lines} lines): ${cold.seconds.toFixed(2)} s cold, ${warm.seconds.toFixed(2)} s with warm caches`,
  );
  expect(warm.lines).toBe(cold.lines);
  expect(cold.lines).toBeGreaterThan(2000 * 5);
});

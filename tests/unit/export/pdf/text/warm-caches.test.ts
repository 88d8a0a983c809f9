// The typesetter shares what it made once (shaped words, a word's items, space
// tokens) between paragraphs and chapters. Whatever was set before, a text must
// be set as a typesetter with empty caches sets it.
// (How long it takes is `npm run bench -- typeset`.)
import { expect, test, vi } from 'vitest';
import type { InlineRun, LineLayout } from '../../../../../main/export/pdf/text/index.js';
import { randomParagraph, seededRandom } from '../dutch-text.js';
import { sourceSerif } from '../fixtures.js';

type Align = 'justify' | 'left';

/** The text core with caches of its own, as in a new process. */
async function freshTypesetter(): Promise<typeof import('../../../../../main/export/pdf/text/index.js')> {
  vi.resetModules();
  return import('../../../../../main/export/pdf/text/index.js');
}

/** What a reader would see of a line: its words and spaces as drawn, where each starts, and its size. */
function drawn(line: LineLayout): string {
  const runs = line.runs.map((run) => {
    const parts = run.parts.map((part) => (part.kind === 'text' ? part.shaped.text : `␣${part.width.toFixed(3)}`));
    return `${run.x.toFixed(3)}:${parts.join('')}`;
  });
  return `${line.left}|${line.width.toFixed(3)}|${line.height.toFixed(3)}|${line.hyphenated}|${runs.join(' ')}`;
}

test('sets 2,000 paragraphs, partly in italics, as with empty caches, whatever was set before', async () => {
  const family = await sourceSerif();
  const random = seededRandom(2024);
  const texts = Array.from({ length: 2000 }, () => randomParagraph(random, 60));
  const roman = { family, size: 10 };
  const italic = { family, size: 10, italic: true };
  // A stretch in italics, cut anywhere (inside a word too), so words and spaces come in two styles.
  const runs = (text: string): InlineRun[] => {
    const from = Math.floor(text.length / 3);
    const to = Math.floor((2 * text.length) / 3);
    return [{ text: text.slice(0, from), style: roman }, { text: text.slice(from, to), style: italic }, { text: text.slice(to), style: roman }];
  };
  const setAll = (typesetter: Awaited<ReturnType<typeof freshTypesetter>>, align: Align): string[] =>
    texts.flatMap((text) => typesetter.layoutParagraph(runs(text), { width: 300, align }).lines.map(drawn));

  const raggedAlone = setAll(await freshTypesetter(), 'left');
  const typesetter = await freshTypesetter();
  const justified = setAll(typesetter, 'justify');
  expect(justified.length).toBeGreaterThan(2000 * 5);
  expect(justified.some((line) => line.includes('|true|'))).toBe(true);
  expect(setAll(typesetter, 'left')).toEqual(raggedAlone);
  expect(setAll(typesetter, 'justify')).toEqual(justified);
});

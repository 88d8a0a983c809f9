/**
 * The typesetter's core alone: 2,000 paragraphs of about 60 Dutch words,
 * hyphenated and justified at 300 pt, in a fresh process. Cold, every distinct
 * word is shaped and hyphenated and the engine is not yet optimised; the second
 * run is what each later chapter of a publication costs. For scale,
 * EXPORT-NOTES has tex-linebreak setting the same amount in about 0.77 s with
 * cached widths.
 */
import { layoutParagraph } from '../../main/export/pdf/text/index.js';
import { loadBundledFamily } from '../../main/export/pdf/fonts/index.js';
import { randomParagraph, seededRandom } from '../unit/export/pdf/dutch-text.js';
import { report, time } from './measure.js';

async function main(): Promise<void> {
  const family = await loadBundledFamily('Source Serif 4');
  const random = seededRandom(2024);
  const texts = Array.from({ length: 2000 }, () => randomParagraph(random, 60));
  const style = { family, size: 10 };
  const setAll = (): number => texts.reduce((lines, text) => lines + layoutParagraph([{ text, style }], { width: 300 }).lines.length, 0);
  const [lines, cold] = time(setAll);
  const [, warm] = time(setAll);
  console.log(`2,000 paragraphs, ${lines} lines`);
  report([
    { name: 'typeset 2,000 paragraphs (cold)', value: cold, unit: 'ms' },
    { name: 'typeset them again (warm caches)', value: warm, unit: 'ms' },
  ]);
}

void main();

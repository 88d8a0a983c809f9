// Properties of set paragraphs of real Dutch text.
import { describe, expect, test } from 'vitest';
import { layoutParagraph, lineText, type LineLayout, type ParagraphLayout, type ParagraphOptions } from '../../../../../main/export/pdf/text/index.js';
import type { FontFamily } from '../../../../../main/export/pdf/fonts/index.js';
import { randomParagraph, SAMPLE_PARAGRAPHS, seededRandom } from '../dutch-text.js';
import { sourceSerif } from '../fixtures.js';

const EPSILON = 1e-6;

async function set(text: string, options: ParagraphOptions, family?: FontFamily): Promise<ParagraphLayout> {
  return layoutParagraph([{ text, style: { family: family ?? (await sourceSerif()), size: 10 } }], options);
}

function longestHyphenRun(layout: ParagraphLayout): number {
  let longest = 0;
  let current = 0;
  for (const line of layout.lines) {
    current = line.hyphenated ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return longest;
}

/** Letters only, diaereses dropped: what must survive setting, whatever the breaks. */
function letters(text: string): string {
  return text.normalize('NFD').replace(/[\u0308\s\-–]/gu, '').normalize('NFC');
}

describe('setting paragraphs', () => {
  // A line's optical width: without what hangs into the margins (character protrusion).
  const optical = (line: LineLayout): number => line.width - line.protrusion.left - line.protrusion.right;

  test('justified lines except the last fill the measure exactly, light characters hanging past it', async () => {
    const random = seededRandom(5);
    const texts = [...SAMPLE_PARAGRAPHS, ...Array.from({ length: 200 }, () => randomParagraph(random, 60))];
    for (const width of [220, 300, 400]) {
      for (const text of texts) {
        const { lines } = await set(text, { width });
        expect(lines.length).toBeGreaterThan(1);
        for (const line of lines.slice(0, -1)) expect(Math.abs(optical(line) - width)).toBeLessThan(EPSILON);
        expect(optical(lines.at(-1)!)).toBeLessThanOrEqual(width + EPSILON);
        // Spacing stays within what the glue allows: no line is squeezed.
        for (const line of lines) expect(line.overfull).toBe(false);
      }
    }
  });

  test('hangs a line-end hyphen, full stop or comma and a line-start quotation mark into the margin', async () => {
    const random = seededRandom(5);
    const texts = [...SAMPLE_PARAGRAPHS, ...Array.from({ length: 40 }, () => `„${randomParagraph(random, 60)}`)];
    const hung = new Map<string, number>();
    for (const text of texts) {
      const { lines } = await set(text, { width: 220 });
      for (const [n, line] of lines.entries()) {
        const words = lineText(line);
        const last = n === lines.length - 1;
        const end = words.at(-1)!;
        if (!last && /[-.,]/u.test(end)) hung.set(end, (hung.get(end) ?? 0) + 1);
        // What hangs is a share of the character's own width: a hyphen half, a full stop 70 %, a letter nothing.
        if (last || /\p{L}/u.test(end)) expect(line.protrusion.right).toBe(0);
        else if (/[-.,]/u.test(end)) expect(line.protrusion.right).toBeGreaterThan(0.5);
        if (words.startsWith('„')) {
          expect(line.protrusion.left).toBeGreaterThan(0.5);
          expect(line.runs[0]!.x).toBeCloseTo(-line.protrusion.left, 9);
        } else expect(line.protrusion.left).toBe(0);
      }
    }
    expect([...hung.keys()].sort()).toEqual([',', '-', '.']);
  });

  test('never hyphenates more than two lines in a row', async () => {
    const random = seededRandom(9);
    const texts = Array.from({ length: 400 }, () => randomParagraph(random, 60));
    let withoutLimit = 0;
    for (const text of texts) {
      const layout = await set(text, { width: 240 });
      expect(longestHyphenRun(layout)).toBeLessThanOrEqual(2);
      withoutLimit = Math.max(withoutLimit, longestHyphenRun(await set(text, { width: 240, lineBreaking: { maxConsecutiveHyphens: 99 } })));
    }
    // The same paragraphs without the rule do get three in a row.
    expect(withoutLimit).toBeGreaterThan(2);
  });

  test('loses no text and ends every hyphenated line with a hyphen', async () => {
    const random = seededRandom(3);
    for (const text of [...SAMPLE_PARAGRAPHS, ...Array.from({ length: 50 }, () => randomParagraph(random, 60))]) {
      const layout = await set(text, { width: 260 });
      const texts = layout.lines.map(lineText);
      expect(letters(texts.join(''))).toBe(letters(text));
      layout.lines.forEach((line, i) => {
        if (line.hyphenated) expect(texts[i]).toMatch(/[-–]$/u);
        else if (i < texts.length - 1) expect(texts[i]).not.toMatch(/-$/u);
      });
    }
  });

  test('applies the diaeresis rule at a break: co- / ordinatie', async () => {
    const text = 'De werkgroep zorgde voor de coördinatie van het vervoer.';
    const seen = new Set<string>();
    for (let width = 100; width < 300; width += 1) {
      const texts = (await set(text, { width })).lines.map(lineText);
      texts.forEach((t, i) => {
        if (t.endsWith('co-')) seen.add(texts[i + 1]!.split(' ')[0]!);
        if (t.endsWith('coör-')) seen.add(texts[i + 1]!.split(' ')[0]!);
      });
      for (const t of texts) expect(t).not.toMatch(/^ör/u);
    }
    expect(seen).toContain('ordinatie');
  });

  test('widens or narrows a justified line’s glyphs by at most 2 %, so its spaces stretch less', async () => {
    const random = seededRandom(3);
    const texts = Array.from({ length: 40 }, () => randomParagraph(random, 90));
    const family = await sourceSerif();
    const natural = family.regular.toPoints(family.regular.shape(' ').width, 10);
    /** Each justified line's mean space as a multiple of the natural space, and the glyphs' scales. */
    const measure = async (expansion: number) => {
      const spaces: number[] = [];
      const scales = new Set<number>();
      for (const text of texts) {
        const { lines } = await set(text, { width: 240, expansion });
        for (const line of lines.slice(0, -1)) {
          const widths = line.runs.flatMap((run) => run.parts.flatMap((part) => (part.kind === 'space' ? [part.width] : [])));
          spaces.push(widths.reduce((sum, w) => sum + w, 0) / widths.length / natural);
          for (const run of line.runs) scales.add(run.scale);
        }
      }
      return { widest: Math.max(...spaces), loose: spaces.filter((s) => s > 1.5).length, scales: [...scales] };
    };
    const without = await measure(0);
    const expanded = await measure(0.02);
    expect(without.scales).toEqual([1]);
    expect(expanded.scales.length).toBeGreaterThan(10);
    for (const scale of expanded.scales) expect(Math.abs(scale - 1)).toBeLessThanOrEqual(0.02 + EPSILON);
    expect(expanded.widest).toBeLessThan(without.widest);
    expect(expanded.loose).toBeLessThan(without.loose / 2);
  });

  test('sets ragged-right text at natural spacing within the measure', async () => {
    const widths = new Set<number>();
    let hyphens = 0;
    for (const text of SAMPLE_PARAGRAPHS) {
      const layout = await set(text, { width: 280, align: 'left' });
      for (const line of layout.lines) {
        expect(line.width).toBeLessThanOrEqual(280 + 0.05);
        expect(line.width).toBeCloseTo(line.naturalWidth, 9);
        for (const run of line.runs) expect(run.scale).toBe(1);
        widths.add(Math.round(line.width));
        if (line.hyphenated) hyphens++;
      }
    }
    expect(widths.size).toBeGreaterThan(10);
    expect(hyphens).toBeGreaterThan(0);
  });

  test('sets a word too long for any line (a URL) without throwing or hyphenating it', async () => {
    const url = 'https://www.werkplaatssociaaldomein.nl/publicaties/verhalen-uit-de-praktijk/2024';
    const layout = await set(`Lees de verhalen op ${url} en reageer.`, { width: 150 });
    const texts = layout.lines.map(lineText);
    expect(texts.join('')).toContain(url.slice(0, 20));
    expect(texts.join('').replace(/\s/gu, '')).toContain(url.replace(/\s/gu, ''));
    // A full stop at a line's end may hang past the measure (protrusion); the rest of the line may not.
    for (const line of layout.lines) expect(line.width - line.protrusion.right).toBeLessThanOrEqual(150 + EPSILON);
    expect(layout.tolerance).toBe(Infinity);
    // Cut inside the address (no hyphen added: the joined lines are the address), without the space glyph a line that ends at a word space gets.
    expect(layout.lines.filter((line) => line.endsInWord).length).toBeGreaterThan(0);
  });

  test('divides a word too long for a narrow measure with a hyphen, also where the patterns have no break', async () => {
    const words = 'De samenwerkingsverbanden en de vrijwilligersorganisaties in de regio';
    for (let width = 70; width <= 130; width += 4) {
      const { lines } = await set(words, { width });
      const texts = lines.map(lineText);
      // Each line is the text's next stretch; one that ends inside a word ends with a hyphen the break added
      // (and no space glyph after it, which would part the word for a screen reader).
      let at = 0;
      for (const [i, text] of texts.entries()) {
        const shown = text.endsWith('-') ? text.slice(0, -1) : text;
        expect(words.slice(at, at + shown.length), `${width}: ${texts.join(' | ')}`).toBe(shown);
        at += shown.length;
        const insideWord = at < words.length && words[at] !== ' ';
        expect(text.endsWith('-'), `${width}: ${texts.join(' | ')}`).toBe(insideWord);
        expect(lines[i]!.endsInWord).toBe(insideWord);
        if (words[at] === ' ') at += 1;
      }
      expect(at).toBe(words.length);
    }
  });

  test('survives a measure narrower than a single letter', async () => {
    const layout = await set('Mantelzorg werkt.', { width: 3 });
    expect(layout.lines.length).toBeGreaterThan(2);
    expect(layout.lines.some((l) => l.overfull)).toBe(true);
  });

  test('indents the first line', async () => {
    const layout = await set(SAMPLE_PARAGRAPHS[1]!, { width: 300, firstLineIndent: 15 });
    expect(layout.lines[0]!.left).toBe(15);
    expect(layout.lines[0]!.width).toBeCloseTo(285, 9);
    expect(layout.lines[1]!.left).toBe(0);
    expect(layout.lines[1]!.width).toBeCloseTo(300, 9);
  });

  test('gives each line the width its line number asks for', async () => {
    const width = (line: number): number => (line < 3 ? 180 : 320);
    const { lines } = await set(SAMPLE_PARAGRAPHS[0]!, { width });
    lines.slice(0, -1).forEach((line, n) => expect(optical(line)).toBeCloseTo(width(n), 9));
  });

  test('stacks lines at the leading', async () => {
    const layout = await set(SAMPLE_PARAGRAPHS[0]!, { width: 300, leading: 14 });
    for (const line of layout.lines) expect(line.height).toBeCloseTo(14, 9);
    expect(layout.height).toBeCloseTo(14 * layout.lines.length, 9);
  });

  test('keeps a non-breaking space together', async () => {
    for (let width = 60; width < 200; width += 3) {
      const texts = (await set('Zie artikel\u00a012 van de Wmo en artikel\u00a07 van de Jeugdwet.', { width })).lines.map(lineText);
      for (const t of texts) expect(t).not.toMatch(/artikel$/u);
    }
  });

  test('sets an empty paragraph as no lines', async () => {
    expect((await set('  ', { width: 300 })).lines).toEqual([]);
  });
});

describe('inline styles', () => {
  test('puts emphasis in the family’s italic and bold faces, joined to their words', async () => {
    const family = await sourceSerif();
    const size = 10;
    const layout = layoutParagraph(
      [
        { text: 'De ', style: { family, size } },
        { text: 'mantel', style: { family, size, italic: true } },
        { text: 'zorger', style: { family, size, bold: true } },
        { text: ' blijft.', style: { family, size } },
      ],
      { width: 400 },
    );
    const [line] = layout.lines;
    expect(lineText(line!)).toBe('De mantelzorger blijft.');
    expect(line!.runs.map((r) => r.style.face)).toContain(family.italic);
    expect(line!.runs.map((r) => r.style.face)).toContain(family.bold);
  });

  test('sets a footnote reference small and raised against its word', async () => {
    const family = await sourceSerif();
    const layout = layoutParagraph(
      [
        { text: 'zoals de werkgroep vaststelde', style: { family, size: 10 } },
        { text: '3', style: { family, size: 10 }, superscript: true },
        { text: ' in de tweede bijeenkomst.', style: { family, size: 10 } },
      ],
      { width: 400 },
    );
    const line = layout.lines[0]!;
    expect(lineText(line)).toContain('vaststelde3 in');
    const note = line.runs.find((r) => r.style.rise > 0)!;
    expect(note.style.size).toBeLessThan(10);
    expect(note.style.rise).toBeGreaterThan(2);
  });
});

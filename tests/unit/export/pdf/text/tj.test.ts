// The TJ operands that carry kerning and justified spaces into the PDF.
import { expect, test } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { PdfFonts } from '../../../../../main/export/pdf/fonts/index.js';
import { layoutParagraph, lineText, type GlyphRun, type LineLayout } from '../../../../../main/export/pdf/text/index.js';
import { tjText } from '../../../../../main/export/pdf/text/tj.js';
import { hex4 } from '../../../../../main/export/pdf/fonts/cid-font.js';
import { sourceSerif } from '../fixtures.js';

/**
 * The TJ text read back into its operands as a reader reads them: numbers, and
 * each literal string's bytes (escapes undone), written here as four hex digits per
 * two-byte glyph code.
 */
function tjOperands(run: GlyphRun, embedded: Parameters<typeof tjText>[1]): Array<string | number> {
  const text = tjText(run, embedded);
  expect(text).toMatch(/^\[(\((\\[()\\r]|[^()\\\r])*\)| -?[0-9.]+ )*\]$/su);
  return [...text.matchAll(/\(((?:\\[()\\r]|[^()\\\r])*)\)| (-?[0-9.]+) /gsu)].map((m) => (m[1] !== undefined ? hexOf(m[1]) : Number(m[2])));
}

/** A literal string's content, escapes undone, as hex: two bytes, four digits, per glyph. */
function hexOf(literal: string): string {
  const bytes = literal.replace(/\\([()\\r])/gu, (_, c: string) => (c === 'r' ? '\r' : c));
  expect(bytes.length % 2).toBe(0);
  return [...bytes].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()).join('');
}

async function operandsOf(text: string, width: number, align: 'justify' | 'left'): Promise<Array<string | number>[]> {
  const family = await sourceSerif();
  const fonts = new PdfFonts(await PDFDocument.create());
  const { lines } = layoutParagraph([{ text, style: { family, size: 20 } }], { width, align });
  return lines.flatMap((l) => l.runs).map((run: GlyphRun) => tjOperands(run, fonts.get(run.style.face)));
}

test('kerning pairs become numbers between the glyphs', async () => {
  const [avava] = await operandsOf('AVAVA', 500, 'left');
  // A, V, A, V, A: a tightening (positive) adjustment between every pair.
  expect(avava!.filter((o) => typeof o === 'number')).toHaveLength(4);
  expect(avava!.every((o) => typeof o === 'string' || o > 0)).toBe(true);
  const [to] = await operandsOf('To', 500, 'left');
  expect(to).toHaveLength(3);
  expect(to![1]).toBeGreaterThan(0);
});

test('a word without kerning pairs is one glyph string', async () => {
  const [word] = await operandsOf('mini', 500, 'left');
  expect(word).toHaveLength(1);
  expect((word![0] as string).length).toBe(4 * 4);
});

test('justified spaces are adjusted through the array, around real space glyphs', async () => {
  const family = await sourceSerif();
  const fonts = new PdfFonts(await PDFDocument.create());
  const style = { family, size: 20 };
  // Spaces alone justify here (no font expansion), so the array's numbers are all the justification.
  const set = layoutParagraph([{ text: 'wij en zij en wij en zij en wij en zij en wij en zij en wij', style }], { width: 200, expansion: 0 });
  const line = set.lines[0]!;
  const natural = layoutParagraph([{ text: lineText(line), style }], { width: 1000, align: 'left' }).lines[0]!;
  const operands = (l: LineLayout): Array<string | number> => tjOperands(l.runs[0]!, fonts.get(family.regular));
  const glyphs = (ops: Array<string | number>): string => ops.filter((o) => typeof o === 'string').join('');
  const sum = (ops: Array<string | number>): number => ops.reduce<number>((a, o) => a + (typeof o === 'number' ? o : 0), 0);

  expect(Math.abs(line.width - line.naturalWidth)).toBeGreaterThan(1);
  // Same glyphs, spaces included; the numbers move the pen by exactly what the
  // justification added or took (thousandths of the 20 pt size, negative = right).
  expect(glyphs(operands(line))).toBe(glyphs(operands(natural)));
  expect(glyphs(operands(line))).toContain(hex4(family.regular.shape(' ').glyphIds[0]!));
  // Each sum is the exact pen movement to its last glyph, rounded to a whole
  // thousandth with the rounding carried (within half a thousandth of exact, see
  // below), so the difference of two is within one.
  const justified = ((line.width - line.naturalWidth) * 1000) / 20;
  expect(Math.abs(sum(operands(natural)) - sum(operands(line)) - justified)).toBeLessThanOrEqual(1);
});

test('adjustments are whole thousandths, and every glyph is within half a thousandth of its exact place', async () => {
  const family = await sourceSerif();
  const fonts = new PdfFonts(await PDFDocument.create());
  const face = family.regular;
  const size = 20;
  const toThousandths = 1000 / face.unitsPerEm;
  const text = 'AVAVA Tokyo, Wave yoyo: wij en zij, To We Yo Va, een typografisch vak voor Vera en Tom en Wouter Vos. ';
  const { lines } = layoutParagraph([{ text: text.repeat(3), style: { family, size } }], { width: 260, expansion: 0 });
  expect(lines.length).toBeGreaterThan(3);
  expect(lines.filter((l) => Math.abs(l.width - l.naturalWidth) > 1).length).toBeGreaterThan(2);
  let adjustments = 0;
  for (const line of lines) {
    const run = line.runs[0]!;
    expect(line.runs).toHaveLength(1);
    // Where the layout puts each glyph (thousandths of an em from the run's
    // start): its shaped advances and offsets, and each space as wide as set.
    const exact: number[] = [];
    const nominal: number[] = [];
    let x = 0;
    for (const part of run.parts) {
      const shaped = part.kind === 'text' ? part.shaped : face.shape(' ');
      const start = x;
      for (let i = 0; i < shaped.glyphCount; i++) {
        exact.push(x + shaped.xOffsets[i]! * toThousandths);
        nominal.push(shaped.nominal[i]! * toThousandths);
        x += shaped.advances[i]! * toThousandths;
      }
      if (part.kind === 'space') x = start + (part.width * 1000) / size;
    }
    // Where the PDF puts them: each glyph moves the pen by its nominal
    // advance (the font's /W), each number moves it back.
    const drawn: number[] = [];
    let pen = 0;
    for (const operand of tjOperands(run, fonts.get(face))) {
      if (typeof operand === 'number') {
        expect(Number.isInteger(operand)).toBe(true);
        adjustments++;
        pen -= operand;
      } else {
        for (let i = 0; i < operand.length / 4; i++) {
          drawn.push(pen);
          pen += nominal[drawn.length - 1]!;
        }
      }
    }
    expect(drawn).toHaveLength(exact.length);
    for (let i = 0; i < exact.length; i++) expect(Math.abs(drawn[i]! - exact[i]!)).toBeLessThanOrEqual(0.5 + 1e-9);
  }
  expect(adjustments).toBeGreaterThan(lines.length * 5);
});

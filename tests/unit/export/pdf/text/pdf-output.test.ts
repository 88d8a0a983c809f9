// A page set by the typesetter, written to a PDF and read back by poppler and
// qpdf: what a reader, a printer's preflight and a search index would see.
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { PdfFonts, type FontFamily } from '../../../../../main/export/pdf/fonts/index.js';
import {
  drawLines,
  layoutParagraph,
  lineText,
  type InlineRun,
  type ParagraphLayout,
  type ParagraphOptions,
} from '../../../../../main/export/pdf/text/index.js';
import { SAMPLE_PARAGRAPHS } from '../dutch-text.js';
import { artifactPath, sourceSerif } from '../fixtures.js';
import { pdffonts, pdftotext, qpdfCheck, renderPng, uncompressedContent, wordBoxes } from '../poppler.js';

const LEFT = 50;
const MEASURE = 320;

interface Placed {
  readonly layout: ParagraphLayout;
  readonly x: number;
  readonly justified: boolean;
}

const DIAERESIS_SENTENCE = 'De werkgroep zorgde voor de coördinatie van het vervoer.';

/** A column width at which the sentence breaks as "co-" / "ordinatie". */
function widthBreakingAfterCo(family: FontFamily): number {
  for (let width = 100; width < 250; width += 0.5) {
    const { lines } = layoutParagraph([{ text: DIAERESIS_SENTENCE, style: { family, size: 10 } }], { width });
    if (lines.some((line) => lineText(line).endsWith(' co-'))) return width;
  }
  throw new Error('No width breaks the sentence after "co-"');
}

function page(family: FontFamily): Array<{ runs: InlineRun[]; options: ParagraphOptions; x?: number }> {
  const body = { family, size: 10 };
  return [
    {
      runs: [{ text: 'Formeel en informeel: samen zorgen', style: { family, size: 16, bold: true } }],
      options: { width: MEASURE, align: 'left', hyphenate: false, leading: 22 },
    },
    { runs: [{ text: SAMPLE_PARAGRAPHS[0]!, style: body }], options: { width: MEASURE } },
    { runs: [{ text: SAMPLE_PARAGRAPHS[1]!, style: body }], options: { width: MEASURE, firstLineIndent: 12 } },
    {
      runs: [
        { text: 'Een ', style: body },
        { text: 'wijkcoach', style: { ...body, italic: true } },
        { text: ' noemde het ', style: body },
        { text: 'keukentafelgesprek', style: { ...body, bold: true } },
        { text: ' de kern van het werk', style: body },
        { text: '3', style: body, superscript: true },
        { text: '. Een officiële regeling bestond niet; de gemeente financierde de ', style: body },
        { text: 'eerste maanden', style: { ...body, bold: true, italic: true } },
        { text: ' en de rest volgde.', style: body },
      ],
      options: { width: MEASURE },
    },
    { runs: [{ text: SAMPLE_PARAGRAPHS[2]!, style: body }], options: { width: MEASURE, align: 'left' } },
    {
      runs: [{ text: DIAERESIS_SENTENCE, style: body }],
      options: { width: widthBreakingAfterCo(family) },
      x: LEFT + 85,
    },
    { runs: [{ text: 'AVAVA To Wat Yvonne', style: { family, size: 14 } }], options: { width: MEASURE, align: 'left' } },
    {
      runs: [{ text: 'Alle verhalen staan op https://www.werkplaatssociaaldomein.nl/publicaties/verhalen-uit-de-praktijk/2024 bij elkaar.', style: body }],
      options: { width: MEASURE },
    },
  ];
}

describe('a typeset page read back from the PDF', () => {
  const file = artifactPath('typeset-page.pdf');
  const placed: Placed[] = [];

  beforeAll(async () => {
    const family = await sourceSerif();
    const doc = await PDFDocument.create();
    const fonts = new PdfFonts(doc);
    const pdfPage = doc.addPage([420, 595]);
    let y = 560;
    for (const { runs, options, x } of page(family)) {
      const layout = layoutParagraph(runs, options);
      y = drawLines(pdfPage, layout.lines, x ?? LEFT, y, fonts) - 6;
      placed.push({ layout, x: x ?? LEFT, justified: options.align !== 'left' });
    }
    await fonts.write();
    writeFileSync(file, await doc.save());
    renderPng(file, artifactPath('typeset-page'));
  });

  test('qpdf finds the file sound', () => {
    const { status, output } = qpdfCheck(file);
    expect(output).toContain('No syntax or stream encoding errors');
    expect(status).toBe(0);
  });

  test('embeds every face, subset and with a Unicode map', () => {
    const fonts = pdffonts(file);
    expect(fonts).toHaveLength(4);
    for (const font of fonts) {
      expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
      expect(font.name).toMatch(/^[A-Z]{6}\+SourceSerif4/u);
    }
  });

  test('extracts line for line the text that was set, spaces and hyphens included', () => {
    // -raw keeps the content order and the line-end hyphens as drawn.
    const extracted = pdftotext(file, '-raw')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    const expected = placed.flatMap((p) => p.layout.lines.map((l) => lineText(l)));
    // The one line the diaeresis rule changed reads as the word is spelled (next test).
    expect(extracted).toEqual(expected.map((line) => line.replace(/^ordinatie/u, 'ördinatie')));
  });

  test('shows hyphens at line ends and the diaeresis rule, and reads the word as it is spelled', () => {
    const raw = pdftotext(file, '-raw');
    expect(placed.flatMap((p) => p.layout.lines.map((l) => lineText(l)))).toContain('ordinatie van het vervoer.');
    // Drawn "co-" / "ordinatie", the "o" reads as the "ö" of "coördinatie".
    expect(raw).toMatch(/co-\nördinatie/u);
    expect(raw.match(/\p{L}-\n/gu)?.length ?? 0).toBeGreaterThan(3);
    // In reading mode poppler recognises the hyphens as line-end hyphens and
    // joins the words again, so a search for a hyphenated word finds it.
    const reading = pdftotext(file);
    expect(reading).toContain('coördinatie');
    expect(reading).toContain('professionals');
  });

  test('extracts ligatures as their letters', () => {
    const text = pdftotext(file);
    expect(text).toContain('officiële');
    expect(text).toContain('financierde');
    const lig = placed.flatMap((p) => p.layout.lines).flatMap((l) => l.runs).flatMap((r) => r.parts)
      .find((part) => part.kind === 'text' && part.shaped.text === 'officiële');
    expect(lig?.kind === 'text' && lig.shaped.glyphCount < 'officiële'.length).toBe(true);
  });

  test('ends justified lines flush at the right edge, a last hyphen or full stop hanging past it', () => {
    const boxed = wordBoxes(file);
    let checked = 0;
    let hanging = 0;
    // Lines whose glyphs are widened or narrowed (font expansion): their text matrix scales the pen's movements too.
    let expanded = 0;
    for (const p of placed) {
      if (!p.justified) continue;
      for (const line of p.layout.lines.slice(0, -1)) {
        const words = lineText(line).split(' ');
        // Poppler's boxes split a word at a raised footnote number ("werk", "3", "."): compare the line's first word by its start, its last by its end.
        const found = boxed.find((b) => b[0] !== undefined && words[0]!.startsWith(b[0].text) && b.at(-1) !== undefined && words.at(-1)!.endsWith(b.at(-1)!.text));
        expect(found, lineText(line)).toBeDefined();
        expect(found!.at(-1)!.xMax).toBeCloseTo(p.x + line.left + line.measure + line.protrusion.right, 2);
        checked++;
        if (line.protrusion.right > 0) hanging++;
        if (line.runs.some((run) => run.scale !== 1)) expanded++;
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(hanging).toBeGreaterThan(2);
    expect(expanded).toBeGreaterThan(5);
  });

  test('kerns: "AVAVA" is set narrower than its glyphs’ own widths', async () => {
    const word = wordBoxes(file).flat().find((w) => w.text === 'AVAVA')!;
    const face = (await sourceSerif()).regular;
    const nominal = face.toPoints(5 * 0 + face.shape('A').width * 3 + face.shape('V').width * 2, 14);
    expect(word.xMax - word.xMin).toBeLessThan(nominal - 2);
    expect(word.xMax - word.xMin).toBeCloseTo(face.widthOf('AVAVA', 14), 1);
  });

  test('writes the text with TJ arrays carrying the adjustments, never a plain Tj', () => {
    const content = uncompressedContent(file);
    const arrays = [...content.matchAll(/\[([^\]]*)\]\s*TJ/gu)].map((m) => m[1]!);
    expect(arrays.length).toBeGreaterThan(25);
    expect(content).not.toMatch(/>\s*Tj/u);
    // The kerning specimen: glyph strings (binary ones qpdf writes in hex) interleaved with positive (tightening) numbers.
    const specimen = arrays.find((a) => (a.match(/<[0-9A-Fa-f]+>\s*\d+(\.\d+)?/gu)?.length ?? 0) >= 4);
    expect(specimen).toBeDefined();
  });
});

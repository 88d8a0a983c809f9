// The painters: a chart's SVG is a well-formed standalone document with its
// title, description and labels in the template's family; its PNG decodes at
// the pixel size 300 dpi asks for.
import { PNG } from 'pngjs';
import { expect, test } from 'vitest';
import { drawingToPng } from '../../../main/visuals/png-drawing.js';
import { drawingToSvg } from '../../../main/visuals/svg-drawing.js';
import type { Drawing } from '../../../main/visuals/drawing.js';
import { parseStrict } from '../export/docx/parts.js';
import { charts, draw } from './draw-charts.js';

/** Throws on SVG that is not well-formed XML. */
const parse = (svg: string): Document => parseStrict(svg, 'chart.svg');

test.each(charts)('the %s chart as SVG: well-formed, titled, its labels set in the template family', async (chart) => {
  const { drawing, template } = await draw('demo', chart);
  const doc = parse(drawingToSvg(drawing));
  const root = doc.documentElement!;
  expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
  expect(root.getAttribute('viewBox')).toBe(`0 0 ${Math.round(drawing.width * 100) / 100} ${drawing.height}`);
  expect(doc.getElementsByTagName('title')[0]!.textContent).toBe(drawing.title);
  expect(doc.getElementsByTagName('desc')[0]!.textContent).toBe(drawing.description);
  const texts = Array.from(doc.getElementsByTagName('text'));
  expect(texts.map((t) => t.textContent)).toEqual(drawing.shapes.flatMap((s) => (s.type === 'text' ? [s.text] : [])));
  for (const text of texts) expect(text.getAttribute('font-family')).toContain(`'${template.figure.caption.font}'`);
});

/** A drawing of one label, with a title and a description. */
function labelled(title: string, description: string, text: string): Drawing {
  return {
    width: 100,
    height: 20,
    title,
    description,
    shapes: [{ type: 'text', x: 1, y: 10, text, face: { family: 'Source Sans 3', bold: false, italic: false }, size: 8, fill: '#000000', anchor: 'start' }],
  };
}

test('text that looks like markup stays text', () => {
  const doc = parse(drawingToSvg(labelled('A & <B>', '"quoted"', '<script>&amp;')));
  expect(doc.getElementsByTagName('script')).toHaveLength(0);
  expect(doc.getElementsByTagName('text')[0]!.textContent).toBe('<script>&amp;');
  expect(doc.getElementsByTagName('title')[0]!.textContent).toBe('A & <B>');
});

test('characters XML forbids (pasted into a name or title) leave the SVG well-formed, and its PNG drawn', () => {
  const drawing = labelled('Posities\x1B', 'half \uD83D paar', 'Werkgroep\x07 Wijk\x0Bnet');
  const doc = parse(drawingToSvg(drawing));
  expect(doc.getElementsByTagName('title')[0]!.textContent).toBe('Posities');
  expect(doc.getElementsByTagName('desc')[0]!.textContent).toBe('half \uFFFD paar');
  expect(doc.getElementsByTagName('text')[0]!.textContent).toBe('Werkgroep Wijk net');
  expect(PNG.sync.read(Buffer.from(drawingToPng(drawing, 72))).width).toBe(100);
});

test.each(charts)('the %s chart as PNG decodes at its size for 300 dpi, with ink in it', async (chart) => {
  const { drawing } = await draw('large', chart);
  const png = PNG.sync.read(Buffer.from(drawingToPng(drawing, 300)));
  expect(png.width).toBe(Math.round((drawing.width * 300) / 72));
  expect(Math.abs(png.height - (drawing.height * 300) / 72)).toBeLessThanOrEqual(1);
  let dark = 0;
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 128) dark += 1;
  expect(dark).toBeGreaterThan(1000);
});

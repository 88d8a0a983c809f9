// The screen edition of the visuals is tagged, as the book's screen edition is
// (tests/integration/export/pdf/tagged.test.ts): in the combined PDF each poster
// is a section, in page order, and each poster's own PDF has the same elements
// under its Document — the title an H1, the visual a Figure with its
// alternative text and where it lies, its caption and credit a Caption. The
// band and the footer are pagination artifacts, the accent bar a layout
// artifact, and nothing is painted outside marked content. The print edition,
// for the press, is not tagged.
import { DOMParser } from '@xmldom/xmldom';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { demoProject } from '../../../../main/demo/index.js';
import type { ProjectData, Visual } from '../../../../main/model/index.js';
import { exportVisuals, type VisualsRequest } from '../../../../main/export/visuals/index.js';
import { qpdfCheck } from '../../../unit/export/pdf/poppler.js';
import { pdfInfo } from '../pdf/pdf-readers.js';
import { qpdfFile, type PdfValue } from '../pdf/qpdf-objects.js';
import { words } from '../pdf/source-words.js';
import { pageMarks, structElements, structTree, textOf, untiedMarks, type StructElement } from '../pdf/structure-readers.js';

const data = demoProject();
const COMBINED = 'alle-visuals.pdf';
const text = (value: PdfValue): string => String(value).replace(/^u:/u, '');

/** The export's PDFs written to `dir`: the combined one, and each poster's by the visual it shows. */
async function exportTo(dir: string, project: ProjectData, request: VisualsRequest): Promise<{ combined: string; posters: Map<Visual, string> }> {
  const result = await exportVisuals(project, request);
  expect(result.notes).toEqual([]);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const posters = new Map<Visual, string>();
  for (const f of result.files.filter((file) => file.name.endsWith('.pdf'))) {
    const file = path.join(dir, f.name);
    writeFileSync(file, f.bytes);
    if (f.name === COMBINED) continue;
    const visual = project.visuals.find((v) => v.title === pdfInfo(file).get('Title'));
    if (visual === undefined) throw new Error(`${f.name}: no visual has its title`);
    posters.set(visual, file);
  }
  return { combined: path.join(dir, COMBINED), posters };
}

/** A poster's elements: its title, its visual, its caption and credit. */
function expectPoster(elements: readonly StructElement[], visual: Visual, name: string): void {
  expect(elements.map((e) => e.type), name).toEqual(['H1', 'Figure', 'Caption']);
  expect(textOf(elements[0]!).trim(), name).toBe(visual.title);
  expect(words(textOf(elements[2]!)), name).toEqual(words(`${visual.caption} ${visual.credit}`));
}

describe('the demo\'s visuals, screen edition, as tagged PDFs', () => {
  let combined = '';
  let posters = new Map<Visual, string>();
  const all = (): string[] => [combined, ...posters.values()];
  const posterOf = (kind: 'chart' | 'image/png' | 'image/svg+xml'): [Visual, string] => {
    const found = [...posters].find(([v]) => (v.source.type === 'chart' ? 'chart' : v.source.mime) === kind);
    if (found === undefined) throw new Error(`the demo has no ${kind} visual`);
    return found;
  };

  beforeAll(async () => {
    ({ combined, posters } = await exportTo(path.resolve('tests/artifacts/visuals/tagged'), data, { size: 'a4', edition: 'screen', template: 'bundel-a5' }));
    expect(posters.size).toBe(data.visuals.length);
  });

  test('each says it is tagged and PDF/UA-1, in Dutch, its title shown, and qpdf finds no fault', () => {
    for (const file of all()) {
      const name = path.basename(file);
      expect(pdfInfo(file).get('Tagged'), name).toBe('yes');
      expect(qpdfCheck(file).status, name).toBe(0);
      const pdf = qpdfFile(file);
      const catalog = pdf.dict(pdf.trailer['/Root']);
      expect(pdf.dict(catalog['/MarkInfo'])['/Marked'], name).toBe(true);
      expect(pdf.dict(catalog['/ViewerPreferences'])['/DisplayDocTitle'], name).toBe(true);
      expect(text(catalog['/Lang']), name).toBe('nl-NL');
      const xmp = new DOMParser().parseFromString(pdf.streamData(catalog['/Metadata']).toString('utf8'), 'text/xml');
      const part = Array.from(xmp.getElementsByTagNameNS('http://www.aiim.org/pdfua/ns/id/', 'part')).map((e) => e.textContent);
      expect(part, name).toEqual(['1']);
    }
  });

  test('paints nothing outside marked content: the band and the footer are pagination artifacts, the accent bar a layout one', () => {
    for (const file of all()) {
      const pdf = qpdfFile(file);
      for (const [i, page] of pdf.pages.entries()) {
        const where = `${path.basename(file)}, page ${i + 1}`;
        const marks = pageMarks(pdf, page);
        expect(marks.unmarked, where).toEqual([]);
        expect(marks.artifacts, where).toEqual(['Pagination/Header', 'Layout', 'Pagination/Footer']);
        // The title, the visual, the caption and the credit.
        expect(marks.mcids, where).toHaveLength(4);
        expect(untiedMarks(pdf, i), where).toEqual([]);
      }
    }
  });

  test('the combined PDF reads poster by poster in page order, each a section: title, visual, caption', () => {
    const document = structTree(combined);
    expect(document.children.map((e) => e.type)).toEqual(data.visuals.map(() => 'Sect'));
    for (const [i, visual] of data.visuals.entries()) expectPoster(document.children[i]!.children, visual, visual.title);
    // The band's and the footer's words are artifacts, which a screen reader skips.
    const read = textOf(document);
    for (const skipped of [data.publication.title, data.publication.licence, `1 / ${data.visuals.length}`]) expect(read).not.toContain(skipped);
  });

  test('a chart\'s, a picture\'s and an SVG picture\'s own PDF hold the poster\'s elements under their Document', () => {
    for (const [visual, file] of [posterOf('chart'), posterOf('image/png'), posterOf('image/svg+xml')]) {
      expectPoster(structTree(file).children, visual, path.basename(file));
    }
    // The chart's labels are drawn as text inside the Figure.
    const [, chart] = posterOf('chart');
    expect(textOf(structTree(chart).children[1]!)).toMatch(/informeel/u);
  });

  test('each Figure has the visual\'s alternative text and where it lies on its page', () => {
    for (const file of all()) {
      const pdf = qpdfFile(file);
      const figures = structElements(pdf).filter((e) => e.dict['/S'] === '/Figure');
      const shown = file === combined ? data.visuals : [...posters].filter(([, f]) => f === file).map(([v]) => v);
      expect(figures.map((f) => text(f.dict['/Alt'])), file).toEqual(shown.map((v) => v.altText.trim()));
      for (const figure of figures) {
        const [x1, y1, x2, y2] = pdf.dict(figure.dict['/A'])['/BBox'] as number[];
        const [, , width, height] = pdf.dict(figure.dict['/Pg'])['/MediaBox'] as number[];
        expect(0 <= x1! && x1! < x2! && x2! <= width! && 0 <= y1! && y1! < y2! && y2! <= height!, JSON.stringify([x1, y1, x2, y2])).toBe(true);
      }
    }
  });
});

describe('a visual without alternative text, caption or credit, screen edition', () => {
  test('its Figure says its title, and it has no Caption', async () => {
    const chart = data.visuals.find((v) => v.source.type === 'chart')!;
    const bare: Visual = { ...chart, altText: ' ', caption: '', credit: '' };
    const { combined, posters } = await exportTo(path.resolve('tests/artifacts/visuals/tagged-bare'), { ...data, visuals: [bare] }, { size: 'a4', edition: 'screen' });
    for (const file of [combined, posters.get(bare)!]) {
      const document = structTree(file);
      const elements = file === combined ? document.children[0]!.children : document.children;
      expect(elements.map((e) => e.type)).toEqual(['H1', 'Figure']);
      const [figure] = structElements(qpdfFile(file)).filter((e) => e.dict['/S'] === '/Figure');
      expect(text(figure!.dict['/Alt'])).toBe(bare.title);
    }
  });
});

describe('the demo\'s visuals, print edition', () => {
  test('are not tagged and claim no PDF/UA: they go to the press', async () => {
    const { combined, posters } = await exportTo(path.resolve('tests/artifacts/visuals/untagged'), data, { size: 'a4', edition: 'print' });
    for (const file of [combined, ...posters.values()]) {
      const name = path.basename(file);
      expect(pdfInfo(file).get('Tagged'), name).toBe('no');
      const pdf = qpdfFile(file);
      const catalog = pdf.dict(pdf.trailer['/Root']);
      expect(catalog['/StructTreeRoot'], name).toBeUndefined();
      expect(pdf.streamData(catalog['/Metadata']).toString('utf8'), name).not.toContain('pdfuaid:part');
      for (const page of pdf.pages) expect(pageMarks(pdf, page), name).toMatchObject({ mcids: [], artifacts: [] });
    }
  });
});

// The visuals export of the demo, read back by independent tools: a poster PDF
// per visual (fonts embedded, A3/A4 trim, bleed and boxes in print, its words
// as text; PDF/X-4 in print), 300 dpi images that decode, and one PDF with every poster. The
// posters are rendered to look at in tests/artifacts/visuals/.
import { execFileSync } from 'node:child_process';
import { PNG } from 'pngjs';
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { demoProject } from '../../../../main/demo/index.js';
import type { ProjectData, Visual } from '../../../../main/model/index.js';
import { decodePng } from '../../../../main/export/pdf/images/decode-png.js';
import { exportVisuals, type VisualFile } from '../../../../main/export/visuals/index.js';
import { chartData } from '../../../../main/visuals/charts/data.js';
import { pdffonts, pdfimages, pdftotext, qpdfCheck } from '../../../unit/export/pdf/poppler.js';
import { pageBoxes, pdfInfo } from '../pdf/pdf-readers.js';
import { qpdfFile } from '../pdf/qpdf-objects.js';
import { swappedRedBlue, withIccChunk } from '../../../support/colour-profiles.js';
import { jpeg240x180 } from '../../../support/image-files.js';

const MM = 72 / 25.4;
const data = demoProject();
const cases = [
  { size: 'a3', edition: 'print', template: 'werkplaats-a4', short: 297, long: 420 },
  { size: 'a4', edition: 'screen', template: 'bundel-a5', short: 210, long: 297 },
] as const;

describe.each(cases)('the demo\'s visuals, $size $edition ($template)', ({ size, edition, template, short, long }) => {
  const dir = path.resolve(`tests/artifacts/visuals/${size}-${edition}`);
  let files: readonly VisualFile[] = [];
  const file = (name: string): string => path.join(dir, name);
  const posters = (): string[] => files.map((f) => f.name).filter((n) => n.endsWith('.pdf') && n !== 'alle-visuals.pdf');

  beforeAll(async () => {
    const result = await exportVisuals(data, { size, edition, template });
    expect(result.notes).toEqual([]);
    files = result.files;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const f of files) writeFileSync(file(f.name), f.bytes);
    for (const name of posters()) execFileSync('pdftoppm', ['-png', '-r', '60', file(name), file(name.replace(/\.pdf$/u, '-poster'))]);
  });

  test('a poster and an image per visual, and the combined PDF, under safe unique names', () => {
    expect(posters()).toHaveLength(data.visuals.length);
    expect(files.filter((f) => /\.(png|jpg)$/u.test(f.name))).toHaveLength(data.visuals.length);
    expect(files.map((f) => f.name)).toContain('alle-visuals.pdf');
    for (const f of files) expect(f.name).toMatch(/^[a-z0-9-]+\.(pdf|png|jpg)$/u);
    expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
    expect(posters()).toContain('van-formeel-naar-informeel.pdf');
  });

  test('every poster is sound, with all fonts embedded and subset', () => {
    for (const name of [...posters(), 'alle-visuals.pdf']) {
      expect(qpdfCheck(file(name)).status, name).toBe(0);
      const fonts = pdffonts(file(name));
      expect(fonts.length, name).toBeGreaterThan(0);
      for (const font of fonts) expect(font, name).toMatchObject({ embedded: true, subset: true, unicode: true });
    }
  });

  test(`trim is ${size.toUpperCase()}, upright or lying; ${edition === 'print' ? 'bleed 3 mm with TrimBox and BleedBox' : 'no bleed'}`, () => {
    for (const name of posters()) {
      const [boxes] = pageBoxes(file(name));
      const trim = boxes!.get('TrimBox')!;
      const sides = [trim.x2 - trim.x1, trim.y2 - trim.y1].sort((a, b) => a - b);
      expect(sides[0]! / MM, name).toBeCloseTo(short, 0);
      expect(sides[1]! / MM, name).toBeCloseTo(long, 0);
      const bleed = boxes!.get('BleedBox')!;
      const media = boxes!.get('MediaBox')!;
      if (edition === 'print') {
        expect((trim.x1 - bleed.x1) / MM, name).toBeCloseTo(3, 1);
        expect((bleed.y2 - trim.y2) / MM, name).toBeCloseTo(3, 1);
        expect(media.x2 - media.x1, name).toBeGreaterThan(bleed.x2 - bleed.x1);
      } else {
        expect(media, name).toEqual(trim);
      }
    }
  });

  test(edition === 'print' ? 'every poster and the combined PDF are PDF/X-4, with the output intent and sRGB declared' : 'no poster is a PDF/X file', () => {
    for (const name of [...posters(), 'alle-visuals.pdf']) {
      const info = pdfInfo(file(name));
      const pdf = qpdfFile(file(name));
      const intents = pdf.dict(pdf.trailer['/Root'])['/OutputIntents'] as unknown[] | undefined;
      if (edition === 'screen') {
        expect(info.get('PDF subtype'), name).toBeUndefined();
        expect(intents, name).toBeUndefined();
        continue;
      }
      expect(info.get('PDF subtype'), name).toBe('PDF/X-4');
      expect(info.get('PDF version'), name).toBe('1.6');
      expect(intents, name).toHaveLength(1);
      expect(pdf.dict(pdf.trailer['/Info'])['/Trapped'], name).toBe('/False');
      expect(pdf.dict(pdf.trailer['/Root'])['/Metadata'], name).toBeDefined();
      for (const page of pdf.pages) expect(pdf.dict(pdf.dict(page['/Resources'])['/ColorSpace'])['/DefaultRGB'], name).toBeDefined();
    }
  });

  test('each poster says its title, caption and credit as text', () => {
    const byTitle = new Map(data.visuals.map((v) => [v.title, v]));
    for (const name of posters()) {
      const visual = [...byTitle.values()].find((v) => pdfInfo(file(name)).get('Title') === v.title)!;
      expect(visual, name).toBeDefined();
      const text = pdftotext(file(name)).replace(/-\n/gu, '').replace(/\s+/gu, ' ');
      expect(text).toContain(visual.title);
      for (const words of [visual.caption, visual.credit]) expect(text).toContain(words.split(/\s+/u).slice(0, 4).join(' '));
      expect(text).toContain(data.publication.title.toUpperCase().split(' ')[0]);
    }
  });

  test('a chart poster has the chart\'s labels as text, and no image', () => {
    const chart = data.visuals.find((v) => v.source.type === 'chart')!;
    const name = posters().find((n) => pdfInfo(file(n)).get('Title') === chart.title)!;
    const spectrum = chartData('spectrum', data, 'nl');
    const text = pdftotext(file(name));
    for (const position of spectrum.chart === 'spectrum' ? spectrum.positions : []) expect(text).toContain(position.label);
    expect(execFileSync('pdfimages', ['-list', file(name)], { encoding: 'utf8' }).split('\n').length).toBe(3); // header lines only
  });

  test('images decode at 300 dpi of their size on the poster', () => {
    for (const f of files.filter((x) => x.name.endsWith('.png'))) {
      const png = decodePng(f.bytes);
      const chunk = Buffer.from(f.bytes).indexOf('pHYs');
      const source = data.visuals.find((v) => f.name.startsWith(v.title.toLowerCase().split(' ')[0]!.normalize('NFKD').replace(/\p{M}/gu, '')));
      if (source?.source.type === 'image' && source.source.mime === 'image/png') continue; // kept as it came in
      expect(chunk, f.name).toBeGreaterThan(0);
      expect(Buffer.from(f.bytes).readUInt32BE(chunk + 4), f.name).toBe(11811); // 300 dpi in pixels per metre
      const widthMm = (png.width / 300) * 25.4;
      expect(widthMm, f.name).toBeGreaterThan(short * 0.4);
      expect(widthMm, f.name).toBeLessThan(long);
    }
  });

  test('the combined PDF has one page per poster', () => {
    expect(pdfInfo(file('alle-visuals.pdf')).get('Pages')).toBe(String(posters().length));
  });
});

describe('a tall picture, a photo, a broken one and a missing one', () => {
  const dir = path.resolve('tests/artifacts/visuals/edge');
  const svg = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="300" viewBox="0 0 200 300">' +
      '<rect width="200" height="300" fill="#f3efe6"/><circle cx="100" cy="110" r="60" fill="#1f6f78"/>' +
      '<rect x="40" y="200" width="120" height="60" rx="8" fill="#e07a5f"/></svg>',
  );
  const broken = Buffer.from('\x89PNG\r\n\x1a\nnot really a png at all, only its signature');
  const hash = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
  const visual = (title: string, source: Visual['source']): Visual => ({
    id: randomUUID(),
    title,
    source,
    caption: 'Een lang bijschrift dat over twee regels loopt op een staande poster, zodat de maat van het bijschrift te zien is.',
    credit: 'Tekening: redactie',
    altText: title,
    sessionId: null,
  });
  const project: ProjectData = {
    ...data,
    visuals: [
      visual('Staand beeld', { type: 'image', hash: hash(svg), mime: 'image/svg+xml', width: 200, height: 300 }),
      visual('Foto uit het buurthuis', { type: 'image', hash: hash(jpeg240x180), mime: 'image/jpeg', width: 240, height: 180 }),
      visual('Kapot beeld', { type: 'image', hash: hash(broken), mime: 'image/png', width: 10, height: 10 }),
      visual('Zoek geraakt', { type: 'image', hash: '0'.repeat(64), mime: 'image/png', width: 10, height: 10 }),
    ],
    images: [
      { hash: hash(svg), mime: 'image/svg+xml', bytes: svg },
      { hash: hash(broken), mime: 'image/png', bytes: broken },
      { hash: hash(jpeg240x180), mime: 'image/jpeg', bytes: jpeg240x180 },
    ],
  };

  test('the tall picture gets an upright page, the photo stays a JPEG; the others are named in the notes and left out', async () => {
    const result = await exportVisuals(project, { size: 'a4', edition: 'print' });
    expect(result.files.map((f) => f.name).sort()).toEqual([
      'alle-visuals.pdf',
      'foto-uit-het-buurthuis.jpg',
      'foto-uit-het-buurthuis.pdf',
      'staand-beeld.pdf',
      'staand-beeld.png',
    ]);
    expect(Buffer.from(result.files.find((f) => f.name.endsWith('.jpg'))!.bytes).equals(Buffer.from(jpeg240x180))).toBe(true);
    expect(result.notes).toHaveLength(2);
    expect(result.notes[0]).toMatch(/Kapot beeld/u);
    expect(result.notes[1]).toMatch(/Zoek geraakt/u);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const f of result.files) writeFileSync(path.join(dir, f.name), f.bytes);
    const [boxes] = pageBoxes(path.join(dir, 'staand-beeld.pdf'));
    const trim = boxes!.get('TrimBox')!;
    expect(trim.y2 - trim.y1).toBeGreaterThan(trim.x2 - trim.x1);
    execFileSync('pdftoppm', ['-png', '-r', '60', path.join(dir, 'staand-beeld.pdf'), path.join(dir, 'staand-beeld-poster')]);
    expect(pdftotext(path.join(dir, 'staand-beeld.pdf'))).toMatch(/1 ?\/ ?3/u); // the missing one is not counted
    // The SVG picture is painted as vectors, a form; its image file is still drawn.
    expect(pdfimages(path.join(dir, 'staand-beeld.pdf'))).toEqual([]);
    const poster = qpdfFile(path.join(dir, 'staand-beeld.pdf'));
    const xobjects = Object.values(poster.dict(poster.dict(poster.pages[0]!['/Resources'])['/XObject']));
    expect(xobjects.map((ref) => poster.dict(ref)['/Subtype'])).toEqual(['/Form']);
  });
});

describe('words with characters no reader prints (pasted from a PDF or a spreadsheet)', () => {
  test('a chart\'s poster and image are made, its title and labels without them', async () => {
    const chart = data.visuals.find((v) => v.source.type === 'chart')!;
    const project: ProjectData = {
      ...data,
      workgroups: data.workgroups.map((w) => ({ ...w, name: `${w.name}\x07` })),
      visuals: [{ ...chart, title: `Posities\x1B van de bijdragers`, caption: `${chart.caption}\uFFFF` }],
    };
    // The chart is drawn as SVG for its image, and XML 1.0 forbids these characters: the export failed.
    const result = await exportVisuals(project, { size: 'a4', edition: 'screen' });
    expect(result.notes).toEqual([]);
    expect(result.files.map((f) => f.name).sort()).toEqual(['alle-visuals.pdf', 'posities-van-de-bijdragers.pdf', 'posities-van-de-bijdragers.png']);
    const dir = path.resolve('tests/artifacts/visuals/unprintable');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const f of result.files) writeFileSync(path.join(dir, f.name), f.bytes);
    const text = pdftotext(path.join(dir, 'posities-van-de-bijdragers.pdf'));
    expect(text).toContain('Posities van de bijdragers');
    expect(text).not.toMatch(/\p{Cc}(?<![\n\f])/u);
    expect(decodePng(result.files.find((f) => f.name.endsWith('.png'))!.bytes).width).toBeGreaterThan(0);
  });
});

describe('a PNG with far more pixels than its poster needs', () => {
  test('is drawn at 300 dpi of its size on the poster, in its colour profile, and written as its image file as it came in', async () => {
    const big = new PNG({ width: 6000, height: 3000 });
    for (let i = 0; i < 6000 * 3000; i++) big.data.set([31, 111, 120, 255], i * 4);
    const bytes = new Uint8Array(withIccChunk(PNG.sync.write(big), swappedRedBlue()));
    const hash = createHash('sha256').update(bytes).digest('hex');
    const visual: Visual = { id: randomUUID(), title: 'Groot beeld', source: { type: 'image', hash, mime: 'image/png', width: 6000, height: 3000 }, caption: '', credit: '', altText: 'Groot beeld', sessionId: null };
    const result = await exportVisuals({ ...data, visuals: [visual], images: [{ hash, mime: 'image/png', bytes }] }, { size: 'a4', edition: 'screen' });
    const dir = path.resolve('tests/artifacts/visuals/oversampled');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const f of result.files) writeFileSync(path.join(dir, f.name), f.bytes);
    const [picture] = pdfimages(path.join(dir, 'groot-beeld.pdf'));
    expect(picture!.xPpi).toBe(300);
    expect(picture!.width).toBeLessThan(3000);
    const pdf = qpdfFile(path.join(dir, 'groot-beeld.pdf'));
    const xobjects = Object.values(pdf.dict(pdf.dict(pdf.pages[0]!['/Resources'])['/XObject']));
    const [space] = xobjects.map((ref) => pdf.dict(ref)['/ColorSpace']);
    expect(Array.isArray(space) && space[0]).toBe('/ICCBased');
    expect(Buffer.from(result.files.find((f) => f.name === 'groot-beeld.png')!.bytes).equals(Buffer.from(bytes))).toBe(true);
  });
});

// A phone photo whose camera turned it (EXIF orientation 6: a quarter turn
// clockwise) stands upright and unstretched in the PDF and in the DOCX as
// LibreOffice shows it, as it does in the app (Chromium honours the tag) —
// also when the project recorded its size unturned, as imports before
// turns were read did. Read back by rendering the pages and finding the
// photo's four coloured quarters.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportDocx } from '../../../main/export/docx/index.js';
import { exportPdf } from '../../../main/export/pdf/index.js';
import { exportVisuals } from '../../../main/export/visuals/index.js';
import { loadTemplate } from '../../../main/export/template/index.js';
import { buildDocument, type DocumentTree } from '../../../main/export/tree/index.js';
import { eachBlock } from '../../../main/export/tree/walk.js';
import type { ProjectData } from '../../../main/model/index.js';
import { quartersJpeg, withOrientation } from '../../support/image-files.js';
import { demoWithPhoto, expectUpright, findPhoto, libreOfficePdf } from './photo-pages.js';

let dir: string;
let data: ProjectData;
let tree: DocumentTree;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bundel-turned-'));
  // Recorded as stored, 240 × 180, as a project imported before turns were read has it.
  const photo = demoWithPhoto(new Uint8Array(withOrientation(quartersJpeg, 6)), { width: 240, height: 180 });
  data = photo.data;
  tree = buildDocument(data, { omitWithoutConsent: false });
  const figures: unknown[] = [];
  for (const chapter of tree.chapters) eachBlock(chapter.blocks, (b) => (b.type === 'figure' && b.visualId === photo.visualId ? figures.push(b.image) : undefined));
  expect(figures).toEqual([expect.objectContaining({ mime: 'image/jpeg', width: 180, height: 240, orientation: 6 })]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a photo the camera turned a quarter', () => {
  test.each(['screen', 'print'] as const)('stands upright in the PDF, %s edition', async (edition) => {
    const file = path.join(dir, `${edition}.pdf`);
    writeFileSync(file, (await exportPdf(tree, loadTemplate('werkplaats-a4'), { edition })).bytes);
    expectUpright(findPhoto(file, dir));
  });

  test('stands upright on its poster in the visuals export', async () => {
    const { files } = await exportVisuals(data, { size: 'a4', edition: 'screen' });
    const photo = data.visuals.find((v) => v.source.type === 'image' && v.source.hash === 'test-photo')!;
    // Its own poster, named after its title ("De Lingedelta: …" → de-lingedelta-….pdf).
    const slug = photo.title.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '');
    const poster = files.find((f) => f.name === `${slug}.pdf`)!;
    expect(poster, files.map((f) => f.name).join(', ')).toBeDefined();
    const file = path.join(dir, 'poster.pdf');
    writeFileSync(file, poster.bytes);
    expectUpright(findPhoto(file, dir));
  });

  test('stands upright in the DOCX, as LibreOffice shows it', async () => {
    const file = path.join(dir, 'turned.docx');
    writeFileSync(file, (await exportDocx(tree, loadTemplate('werkplaats-a4'))).bytes);
    const pdf = libreOfficePdf(file, dir);
    expectUpright(findPhoto(pdf, dir));
  });
});

// Text with characters no reader prints — control characters pasted from a PDF
// or a spreadsheet, half a surrogate pair, a noncharacter — in the chapters,
// the material and the publication's facts. Both writers read the tree, which
// holds the text as a reader sees it: the DOCX opens in LibreOffice and pandoc
// (XML 1.0 forbids such characters, and a DOCX holding one did not open), and
// the PDF shows the words with a space where a line or page separator was.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoProject } from '../../../main/demo/index.js';
import { exportDocx } from '../../../main/export/docx/index.js';
import { exportPdf } from '../../../main/export/pdf/index.js';
import { loadTemplate } from '../../../main/export/template/index.js';
import { buildDocument } from '../../../main/export/tree/index.js';
import type { ProjectData } from '../../../main/model/index.js';
import { openDocx } from '../../unit/export/docx/parts.js';
import { pandocJson } from './docx/pandoc.js';
import { pageTexts, pdfInfo } from './pdf/pdf-readers.js';

const PASTED = 'Gekopieerd\x0Buit een pdf:\x02 een\x0Cpagina met een half paar \uD83D en\x07 een bel\uFFFF.';
const SEEN = 'Gekopieerd uit een pdf: een pagina met een half paar \uFFFD en een bel.';

/** The demo with the pasted text opening its introduction, in a material title and in the publication's title. */
function project(): ProjectData {
  const demo = demoProject();
  const [preface, introduction, ...rest] = demo.chapters;
  const paragraph = { type: 'paragraph', content: [{ type: 'text', text: PASTED }] };
  const opened = { ...introduction!, body: { ...introduction!.body, content: [paragraph, ...(introduction!.body.content ?? [])] } };
  return {
    ...demo,
    publication: { ...demo.publication, title: `${demo.publication.title}\x1B` },
    chapters: [preface!, opened, ...rest],
    material: demo.material.map((item, i) => (i === 0 ? { ...item, title: `${item.title}\x00` } : item)),
  };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bundel-unprintable-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('text with characters no reader prints', () => {
  const data = project();
  const tree = buildDocument(data, { omitWithoutConsent: false });
  const template = loadTemplate('werkplaats-a4');

  it('opens as DOCX in LibreOffice and pandoc, with the words a reader sees', async () => {
    const file = path.join(dir, 'geplakt.docx');
    writeFileSync(file, (await exportDocx(tree, template)).bytes);
    const parts = await openDocx(readFileSync(file));
    for (const name of parts.names.filter((n) => /\.(xml|rels)$/.test(n))) expect(() => parts.xml(name), name).not.toThrow();
    expect(pandocJson(file).text).toContain(SEEN);

    const profile = mkdtempSync(path.join(tmpdir(), 'bundel-lo-'));
    try {
      const result = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { encoding: 'utf8', timeout: 180_000 });
      expect(result.status, result.stderr).toBe(0);
      const converted = path.join(dir, 'geplakt.pdf');
      expect(execFileSync('pdftotext', ['-enc', 'UTF-8', converted, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toContain(SEEN);
      expect(pdfInfo(converted).get('Title')).toBe(data.publication.title.slice(0, -1));
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }, 200_000);

  it('sets the PDF with the words a reader sees; only the broken pair is reported, as a missing glyph', async () => {
    const file = path.join(dir, 'geplakt.pdf');
    const { bytes, report } = await exportPdf(tree, template, { edition: 'screen' });
    writeFileSync(file, bytes);
    // The template's fonts have no U+FFFD: it is drawn as the visible mark for a missing glyph.
    expect(pageTexts(file).join(' ').replace(/\s+/g, ' ')).toContain(SEEN.replace('\uFFFD', '?'));
    expect(report.missingGlyphs.map((m) => m.characters).join('')).toBe('\uFFFD');
    const title = pdfInfo(file).get('Title')!;
    expect(title.startsWith(data.publication.title.slice(0, -1))).toBe(true);
    expect(title).not.toMatch(/\p{Cc}/u);
  });
});

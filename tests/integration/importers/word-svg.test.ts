/**
 * A Word document whose picture is an SVG: the picture becomes a visual like
 * a PNG would, but sanitised — the script and outside references a hostile
 * document carried never reach the project.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { applyImport, preview } from '../../../main/importers/index.js';
import { emptyProject } from '../../../main/model/index.js';
import { readWord } from '../../../main/importers/word/read-word.js';
import { createProject } from '../../../main/store/index.js';
import { dangerIn, hostileSvgs } from '../../support/hostile-svgs.js';

const dir = mkdtempSync(path.join(tmpdir(), 'bundel-word-svg-'));
const tinyPicture = path.resolve('node_modules/mammoth/test/test-data/tiny-picture.docx');

/** Mammoth's one-picture document with its PNG swapped for `svg`, as Word and LibreOffice store an SVG picture. */
async function wordWithSvg(name: string, svg: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(tinyPicture));
  zip.remove('word/media/image1.png');
  zip.file('word/media/image1.svg', svg);
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  zip.file('word/_rels/document.xml.rels', rels.replace('media/image1.png', 'media/image1.svg'));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('<Default Extension="png"', '<Default Extension="svg" ContentType="image/svg+xml"/><Default Extension="png"'));
  const file = path.join(dir, name);
  writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
  return file;
}

describe('Word import of an SVG picture', () => {
  it('keeps the drawing as a visual, sanitised, with its size in user units', async () => {
    const store = createProject(path.join(dir, 'p.bundel'), emptyProject('Word'));
    try {
      const doc = await wordWithSvg('kaart.docx', hostileSvgs['script elements']!);
      const plan = await preview(store, doc);
      expect(plan.warnings).toEqual([]);
      expect(plan.images).toMatchObject([{ mime: 'image/svg+xml', width: 200, height: 100 }]);
      const result = applyImport(store, plan);
      expect(result.visuals).toBe(1);
      const [visual] = store.visuals.list();
      expect(visual!.source).toMatchObject({ type: 'image', mime: 'image/svg+xml', width: 200, height: 100 });
      const stored = store.images.get(visual!.source.type === 'image' ? visual!.source.hash : '')!;
      const text = new TextDecoder().decode(stored.bytes);
      expect(dangerIn(text)).toEqual([]);
      expect(text).toContain('<circle cx="100" cy="50" r="30" fill="#fbe7a6"/>');
    } finally {
      store.close();
    }
  });

  it('reports a picture with nothing safe to draw and leaves it out', async () => {
    const doc = await readWord(await wordWithSvg('leeg.docx', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'));
    expect(doc.images).toEqual([]);
    expect(doc.warnings).toMatchObject([{ code: 'imageDamaged', params: { n: 1 } }]);
  });
});

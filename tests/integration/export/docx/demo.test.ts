// The demo publication as DOCX, read back by independent readers: the package
// itself, pandoc (headings, text, footnotes, comments) and LibreOffice (it
// converts without error to a plausible number of pages). A few pages of
// LibreOffice's rendering are kept under tests/artifacts/docx to look at.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoProject } from '../../../../main/demo/index.js';
import { exportDocx } from '../../../../main/export/docx/index.js';
import { loadTemplate } from '../../../../main/export/template/index.js';
import { buildDocument, type Block, type DocumentTree, type Inline } from '../../../../main/export/tree/index.js';
import { missingTargets, openDocx, styleOf, elements, textOf } from '../../../unit/export/docx/parts.js';
import { pandocJson, type PandocBlock } from './pandoc.js';
import { pdffonts } from '../../../unit/export/pdf/poppler.js';

const artifacts = path.resolve('tests/artifacts/docx');
let dir: string;
let tree: DocumentTree;
const files: Record<'a4' | 'a5', string> = { a4: '', a5: '' };

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'bundel-docx-'));
  mkdirSync(artifacts, { recursive: true });
  tree = buildDocument(demoProject(), { comments: true });
  for (const [key, id] of [['a4', 'werkplaats-a4'], ['a5', 'bundel-a5']] as const) {
    const { bytes } = await exportDocx(tree, loadTemplate(id));
    files[key] = path.join(dir, `demo-${id}.docx`);
    writeFileSync(files[key], bytes);
    writeFileSync(path.join(artifacts, `demo-${id}.docx`), bytes);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plain = (inlines: readonly Inline[]): string => inlines.map((i) => (i.type === 'text' ? i.text : i.type === 'break' ? ' ' : '')).join('');

function firstParagraph(blocks: readonly Block[]): string | null {
  for (const block of blocks) if (block.type === 'paragraph' && plain(block.content).length > 40) return plain(block.content);
  return null;
}

describe('the demo as DOCX', () => {
  it('is a package of well-formed parts whose relationships all resolve', async () => {
    const parts = await openDocx(readFileSync(files.a4));
    for (const name of parts.names.filter((n) => /\.(xml|rels)$/.test(n))) expect(() => parts.xml(name), name).not.toThrow();
    expect(missingTargets(parts)).toEqual([]);
    const body = parts.xml('word/document.xml');
    // What makes Word offer a repair: an empty caption, a comment inside a footnote.
    for (const caption of elements(body, 'p').filter((p) => styleOf(p) === 'Caption')) expect(textOf(caption).trim()).not.toBe('');
    expect(parts.text('word/footnotes.xml')).not.toMatch(/comment(RangeStart|Reference)/);
    for (const docPr of Array.from(body.getElementsByTagName('wp:docPr'))) expect(docPr.getAttribute('descr')?.trim()).toBeTruthy();
  });

  it('reads in pandoc with its headings in order at their levels', () => {
    const headings = pandocJson(files.a4).blocks.filter((b): b is Extract<PandocBlock, { t: 'Header' }> => b.t === 'Header').map((b) => [b.c[0], b.text]);
    const expected: [number, string][] = [];
    for (const chapter of tree.chapters) {
      expected.push([1, chapter.title]);
      for (const block of chapter.blocks) if (block.type === 'heading') expected.push([block.level + 1, plain(block.content)]);
    }
    expect(headings).toEqual(expected);
  });

  it("reads in pandoc with every chapter's text, the footnotes and every comment with its author", () => {
    const doc = pandocJson(files.a4);
    // The publication's own divisions ("do-cent-on-der-zoe-kers") are optional hyphens, read as soft hyphens.
    const text = doc.text.replaceAll('\u00ad', '');
    expect(doc.text).toContain('do\u00adcent\u00adon\u00adder\u00adzoe\u00adkers');
    for (const chapter of tree.chapters) {
      const sample = firstParagraph(chapter.blocks);
      if (sample !== null) expect(text, chapter.title).toContain(sample.replace(/\s+/g, ' ').slice(0, 60));
    }
    expect(doc.notes).toBe(7);
    for (const thread of tree.threads) {
      for (const comment of thread.comments) {
        expect(doc.comments).toContainEqual({ author: comment.author, text: comment.text.replace(/\s+/g, ' ').trim() });
      }
    }
  });

  it('carries the template\'s typefaces, every face of each, for a reader who does not have them', async () => {
    const parts = await openDocx(readFileSync(files.a4));
    const fonts = elements(parts.xml('word/fontTable.xml'), 'font');
    expect(fonts.map((f) => f.getAttribute('w:name')).sort()).toEqual(['Source Sans 3', 'Source Serif 4']);
    for (const font of fonts) {
      expect(['embedRegular', 'embedBold', 'embedItalic', 'embedBoldItalic'].map((face) => font.getElementsByTagName(`w:${face}`).length)).toEqual([1, 1, 1, 1]);
    }
    expect(parts.names.filter((n) => n.startsWith('word/fonts/'))).toHaveLength(8);
    expect(elements(parts.xml('word/settings.xml'), 'embedTrueTypeFonts')).toHaveLength(1);
  });

  it('converts in LibreOffice without error to a plausible number of pages', () => {
    const profile = mkdtempSync(path.join(tmpdir(), 'bundel-lo-'));
    try {
      for (const [key, range] of [['a4', [30, 80]], ['a5', [40, 160]]] as const) {
        const result = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, files[key]], { encoding: 'utf8', timeout: 180_000 });
        expect(result.status, result.stderr).toBe(0);
        const pdf = files[key].replace(/\.docx$/, '.pdf');
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
        expect(pages).toBeGreaterThanOrEqual(range[0]);
        expect(pages).toBeLessThanOrEqual(range[1]);
        // Set in the template's typefaces, embedded in the file: this machine has them nowhere else.
        const fonts = pdffonts(pdf).map((f) => f.name.replace(/^[A-Z]{6}\+/u, ''));
        expect(fonts).toEqual(expect.arrayContaining(['SourceSerif4-Regular', 'SourceSerif4-Italic', 'SourceSans3-Bold']));
        // Cover, contents, a chapter opening with a box, figures: kept to look at.
        execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '12', pdf, path.join(artifacts, `demo-${key}`)]);
      }
      expect(readdirSync(artifacts).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(20);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }, 400_000);
});

// The publication's own word divisions, as a reader of the exported files
// meets them: where the PDF's lines (poppler) and LibreOffice's lines from
// our DOCX divide the domain's compounds, against where the Dutch patterns
// alone would divide them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportDocx } from '../../../main/export/docx/index.js';
import { exportPdf } from '../../../main/export/pdf/index.js';
import { loadTemplate } from '../../../main/export/template/index.js';
import type { Block, DocumentTree } from '../../../main/export/tree/types.js';
import { sampleTree } from '../../unit/export/docx/tree.js';
import { seededRandom, randomParagraph } from '../../unit/export/pdf/dutch-text.js';
import { pandocJson } from './docx/pandoc.js';

const DIVISIONS = ['man-tel-zorg-on-der-steu-ning', 'do-cent-on-der-zoe-ker'];
/** Where the Dutch patterns divide these words and the editor does not. */
const PATTERN_ONLY = new Set(['mantelzor|gondersteuning', 'docen|tonderzoeker']);
const WORDS = ['mantelzorgondersteuning', 'docentonderzoeker'];

/** Running text in which every fourth word is one of the two compounds. */
function chapterText(): Block[] {
  const random = seededRandom(7);
  return Array.from({ length: 24 }, (_, i) => {
    const words = randomParagraph(random, 70).split(' ');
    for (let w = 3; w < words.length; w += 4) words[w] = WORDS[(w + i) % 2]!;
    return { type: 'paragraph', content: [{ type: 'text', text: words.join(' '), em: false, strong: false, link: null, threadIds: [] }] } satisfies Block;
  });
}

function treeWith(hyphenation: readonly string[]): DocumentTree {
  const sample = sampleTree();
  const chapter = { ...sample.chapters[0]!, blocks: chapterText() };
  return { ...sample, chapters: [chapter], toc: sample.toc.filter((entry) => entry.chapterId === chapter.id && entry.level === 1), threads: [], hyphenation };
}

/** Each of the compounds divided at a line's end, as "before|after", from text read line by line (`pdftotext -raw`: as drawn). */
function divisions(text: string): string[] {
  const lines = text.split('\n').map((line) => line.trim());
  const found: string[] = [];
  lines.forEach((line, i) => {
    // The typesetter's hyphen reads as a soft hyphen, LibreOffice's as a hyphen.
    const before = /(\p{L}+)[-\u00ad]$/u.exec(line)?.[1];
    const after = /^\p{L}+/u.exec(lines[i + 1] ?? '')?.[0];
    if (before === undefined || after === undefined) return;
    if (WORDS.includes(`${before}${after}`.toLowerCase())) found.push(`${before}|${after}`.toLowerCase());
  });
  return found;
}

/** The places the editor's entries allow: "man|telzorgondersteuning", "mantel|zorgondersteuning", … */
const ALLOWED = new Set(
  DIVISIONS.flatMap((entry) => {
    const parts = entry.split('-');
    return parts.slice(1).map((_, i) => `${parts.slice(0, i + 1).join('')}|${parts.slice(i + 1).join('')}`);
  }),
);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bundel-divisions-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(['bundel-a5', 'werkplaats-a4'])('the PDF in %s', (templateId) => {
  const pdfText = async (hyphenation: readonly string[]): Promise<string> => {
    const file = path.join(dir, `${templateId}-${hyphenation.length}.pdf`);
    const { bytes } = await exportPdf(treeWith(hyphenation), loadTemplate(templateId), { edition: 'screen' });
    writeFileSync(file, bytes);
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  };

  test('divides the compounds only where the editor’s entries allow', async () => {
    const patterns = divisions(await pdfText([]));
    const own = divisions(await pdfText(DIVISIONS));
    // Without the entries the patterns' wrong seams occur: the text is long enough to show them.
    expect(patterns.filter((d) => PATTERN_ONLY.has(d)).length, patterns.join(' ')).toBeGreaterThan(0);
    expect(own.length).toBeGreaterThan(5);
    expect(own.filter((d) => !ALLOWED.has(d)), own.join(' ')).toEqual([]);
    // And the seams the entries add are taken.
    expect(own.some((d) => d === 'mantelzorg|ondersteuning' || d === 'docent|onderzoeker'), own.join(' ')).toBe(true);
  });
});

describe('the DOCX', () => {
  let file: string;
  beforeAll(async () => {
    file = path.join(dir, 'divisions.docx');
    const { bytes } = await exportDocx(treeWith(DIVISIONS), loadTemplate('bundel-a5'));
    writeFileSync(file, bytes);
  });

  test('carries an optional hyphen at each division, which pandoc reads as a soft hyphen', () => {
    const { text } = pandocJson(file);
    expect(text).toContain('man\u00adtel\u00adzorg\u00adon\u00adder\u00adsteu\u00adning');
    expect(text).toContain('do\u00adcent\u00adon\u00adder\u00adzoe\u00adker');
    // Nothing else gained one.
    expect(text.replace(/[\p{L}\u00ad]+/gu, (word) => (WORDS.includes(word.replaceAll('\u00ad', '').toLowerCase()) ? '' : word))).not.toContain('\u00ad');
  });

  test('is divided by LibreOffice at those hyphens and nowhere else in the compounds', () => {
    const profile = mkdtempSync(path.join(tmpdir(), 'bundel-lo-'));
    try {
      const result = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { encoding: 'utf8', timeout: 180_000 });
      expect(result.status, result.stderr).toBe(0);
      const found = divisions(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file.replace(/\.docx$/u, '.pdf'), '-'], { encoding: 'utf8' }));
      expect(found.length).toBeGreaterThan(5);
      expect(found.filter((d) => !ALLOWED.has(d)), found.join(' ')).toEqual([]);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

/**
 * The Word round trip with a real office suite: LibreOffice writes a DOCX with
 * comments (from a flat ODT with annotations, chapters as Heading 1), and the
 * import puts every comment on its passage in the right chapter.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run.js';
import type { CommentThread } from '../../../main/model/index.js';
import type { ImportReport } from '../../../main/review/types.js';
import { openProject } from '../../../main/store/index.js';
import { markedText } from '../../unit/review/docs.js';
import { chapterTexts, masterFile } from './project.js';

/** A paragraph with comments: plain strings, or [commented text, author, date, comment, options]. */
type Part = string | [string, string, string, string, { resolved?: boolean }?];

let counter = 0;
function paragraph(parts: Part[]): string {
  return `<text:p>${parts
    .map((part) => {
      if (typeof part === 'string') return escape(part);
      const [quote, author, date, remark, options] = part;
      const name = `c${++counter}`;
      const resolved = options?.resolved ? ' loext:resolved="true"' : '';
      return (
        `<office:annotation office:name="${name}"${resolved}><dc:creator>${escape(author)}</dc:creator><dc:date>${date}</dc:date>` +
        `<text:p>${escape(remark)}</text:p></office:annotation>${escape(quote)}<office:annotation-end office:name="${name}"/>`
      );
    })
    .join('')}</text:p>`;
}

const heading = (title: string) => `<text:h text:outline-level="1">${escape(title)}</text:h>`;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function flatOdt(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>${body}</office:text></office:body></office:document>`;
}

const [, s1, s2] = chapterTexts.samen;
const [w0] = chapterTexts.wijk;
const marianne = 'Marianne Stolk';
const jeroen = 'Jeroen Smits';

/** The returned document: what our export wrote (title page, chapters, Eva's comment) with the reviewers' comments. */
const returned = [
  `<text:p>Samen zorgen in de wijk</text:p>`,
  heading('Samen zorgen'),
  paragraph([
    'De werkgroep kwam ',
    ['acht keer bijeen', marianne, '2026-03-20T10:15:00', 'Acht keer, of negen?'],
    ' in ',
    ['Gorinchem', 'Eva Rademaker', '2026-03-15T10:00:00', 'Klopt de plaats?'],
    ' en Leerdam.',
  ]),
  paragraph([s1!.slice(0, s1!.indexOf('de zorg')), ['de zorg voor hun ouders', jeroen, '2026-03-20T11:00:00', 'Ook voor partners?'], s1!.slice(s1!.indexOf('de zorg') + 23)]),
  paragraph([s2!]),
  paragraph([['Deze zin staat niet meer in het hoofdstuk.', marianne, '2026-03-20T12:00:00', 'Weg ermee?']]),
  heading('Vrijwilligers'),
  paragraph([
    w0!.slice(0, w0!.lastIndexOf('in de wijk')),
    ['in de wijk', jeroen, '2026-03-21T09:00:00', 'Twee keer „in de wijk” in één zin.'],
    w0!.slice(w0!.lastIndexOf('in de wijk') + 10),
  ]),
  paragraph([
    'Een buurvrouw ziet dat ',
    ['de gordijnen dicht blijven', marianne, '2026-03-21T10:30:00', 'Mooi voorbeeld.', { resolved: true }],
    ' en belt aan.',
  ]),
  heading('Bijlage'),
  paragraph([['Een bijlage die het project niet kent.', jeroen, '2026-03-22T08:00:00', 'Hoort dit erbij?']]),
].join('\n');

let work: string;
let docx: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'bundel-word-'));
  const fodt = path.join(work, 'terug.fodt');
  writeFileSync(fodt, flatOdt(returned));
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--convert-to', 'docx', '--outdir', work, fodt],
    { stdio: 'ignore', timeout: 120_000 },
  );
  docx = path.join(work, 'terug.docx');
  // LibreOffice wrote real Word comments: the parts the import reads.
  expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

async function importJson(master: string): Promise<ImportReport> {
  let out = '';
  let err = '';
  const code = await runCli(['review', 'import', master, docx, '--json'], { out: (t) => (out += t), err: (t) => (err += t), locale: 'nl' });
  expect(code, err).toBe(0);
  return JSON.parse(out) as ImportReport;
}

describe('importing a DOCX that LibreOffice wrote with comments', () => {
  it('puts every comment on its passage in the right chapter, matches our own, and keeps what it cannot place', async () => {
    const { master } = masterFile();
    const report = await importJson(master);

    const store = openProject(master, { readOnly: true });
    try {
      const threads = store.threads.list();
      const byText = (text: string): CommentThread => {
        const found = threads.find((t) => t.comments[0]!.text === text);
        if (!found) throw new Error(`no thread "${text}"`);
        return found;
      };
      const samen = store.chapters.get('ch-samen')!.body;
      const wijk = store.chapters.get('ch-wijk')!.body;

      const acht = byText('Acht keer, of negen?');
      expect(acht).toMatchObject({ chapterId: 'ch-samen', reanchoredAt: null });
      expect(acht.comments[0]!.author).toEqual({ name: marianne, initials: 'MS', role: 'reviewer' });
      expect(acht.comments[0]!.createdAt).toBe('2026-03-20T10:15:00.000Z');
      expect(markedText(samen, acht.id)).toBe('acht keer bijeen');
      expect(markedText(samen, byText('Ook voor partners?').id)).toBe('de zorg voor hun ouders');

      // The second "in de wijk" of the sentence, not the first.
      const wijkThread = byText('Twee keer „in de wijk” in één zin.');
      expect(wijkThread.chapterId).toBe('ch-wijk');
      expect(wijkThread.anchor.prefix.endsWith('vrijwilligers ')).toBe(true);
      expect(markedText(wijk, wijkThread.id)).toBe('in de wijk');

      const gordijnen = byText('Mooi voorbeeld.');
      expect(markedText(wijk, gordijnen.id)).toBe('de gordijnen dicht blijven');
      expect(gordijnen.resolved).toBe(true);

      // Eva's comment came from our own export: matched, not added again.
      expect(threads.filter((t) => t.comments.some((c) => c.text === 'Klopt de plaats?'))).toHaveLength(1);
      expect(store.threads.get('t1')!.comments).toHaveLength(1);

      // Kept, never dropped: the deleted sentence's comment and the unknown chapter's.
      const gone = byText('Weg ermee?');
      expect(gone.chapterId).toBe('ch-samen');
      expect(gone.reanchoredAt).not.toBeNull();
      expect(markedText(samen, gone.id)).toBeDefined();
      const appendix = byText('Hoort dit erbij?');
      expect(appendix.chapterId).toBe('ch-wijk');
      expect(store.check().ok).toBe(true);
    } finally {
      store.close();
    }

    expect(report.source).toBe('docx');
    expect(report.added.map((e) => e.text).sort()).toEqual(
      ['Acht keer, of negen?', 'Mooi voorbeeld.', 'Ook voor partners?', 'Twee keer „in de wijk” in één zin.'].sort(),
    );
    expect(report.matched).toEqual([expect.objectContaining({ threadId: 't1', text: 'Klopt de plaats?' })]);
    expect(report.unplaced).toEqual([
      expect.objectContaining({ text: 'Weg ermee?', chapterId: 'ch-samen', reason: 'passageGone', kept: true }),
      expect.objectContaining({ text: 'Hoort dit erbij?', chapterTitle: 'Vrijwilligers', reason: 'chapterGone', kept: true }),
    ]);
  });

  it('adds nothing when the same file is imported twice', async () => {
    const { master } = masterFile();
    await importJson(master);
    const count = openProject(master, { readOnly: true });
    const before = count.counts().threads;
    count.close();
    const again = await importJson(master);
    expect(again.added).toEqual([]);
    expect(again.unplaced).toEqual([]);
    expect(again.matched).toHaveLength(7);
    const after = openProject(master, { readOnly: true });
    expect(after.counts().threads).toBe(before);
    after.close();
  });
});

/** A small project for the review round trips: two chapters of a few paragraphs, one comment already on the first. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { emptyProject, type Chapter, type NodeJSON, type ProjectData } from '../../../main/model/index.js';
import { createProject } from '../../../main/store/index.js';

const at = '2026-03-15T10:00:00.000Z';

function paragraph(text: string, marked?: [string, string]): NodeJSON {
  if (!marked) return { type: 'paragraph', content: [{ type: 'text', text }] };
  const [quote, threadId] = marked;
  const i = text.indexOf(quote);
  return {
    type: 'paragraph',
    content: [
      { type: 'text', text: text.slice(0, i) },
      { type: 'text', text: quote, marks: [{ type: 'comment', attrs: { threadId } }] },
      { type: 'text', text: text.slice(i + quote.length) },
    ],
  };
}

export const chapterTexts = {
  samen: [
    'De werkgroep kwam acht keer bijeen in Gorinchem en Leerdam.',
    'Mantelzorgers vertelden over de zorg voor hun ouders en over hun werk.',
    'Een derde alinea gaat over de huisarts die nooit terugbelt, en wat dat doet.',
  ],
  wijk: [
    'In de wijk zijn het vaak vrijwilligers in de wijk die als eersten iets merken.',
    'Een buurvrouw ziet dat de gordijnen dicht blijven en belt aan.',
  ],
};

function chapter(id: string, title: string, texts: string[], marks: Record<number, [string, string]> = {}): Chapter {
  return {
    id,
    kind: 'chapter',
    title,
    byline: '',
    reviewStatus: 'inReview',
    updatedAt: at,
    body: { type: 'doc', content: texts.map((t, i) => paragraph(t, marks[i])) },
  };
}

export function reviewProject(): ProjectData {
  return {
    ...emptyProject('Samen zorgen in de wijk'),
    chapters: [
      chapter('ch-samen', 'Samen zorgen', chapterTexts.samen, { 0: ['Gorinchem', 't1'] }),
      chapter('ch-wijk', 'Vrijwilligers', chapterTexts.wijk),
    ],
    threads: [
      {
        id: 't1',
        chapterId: 'ch-samen',
        anchor: { quote: 'Gorinchem', prefix: 'kwam acht keer bijeen in ', suffix: ' en Leerdam.\nMantelzorgers ve' },
        comments: [
          { id: 'k1', author: { name: 'Eva Rademaker', initials: 'ER', role: 'editor' }, text: 'Klopt de plaats?', createdAt: at, editedAt: null },
        ],
        resolved: false,
        resolvedBy: null,
        resolvedAt: null,
        reanchoredAt: null,
      },
    ],
  };
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder with the project written into it as master.bundel; removed after the test. */
export function masterFile(data: ProjectData = reviewProject()): { dir: string; master: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'bundel-review-'));
  made.push(dir);
  const master = path.join(dir, 'master.bundel');
  createProject(master, data).close();
  return { dir, master };
}

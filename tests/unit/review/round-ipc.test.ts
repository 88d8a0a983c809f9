/**
 * The review round over the IPC dispatch, as the app calls it: an editor makes
 * a reviewer copy and imports it back (twice: the second adds nothing); a
 * reviewer may do neither; files that are no copy of this project, Word files
 * without comments and broken files are refused with a Dutch sentence that
 * names the chosen file, and change nothing.
 */
import { Document, Packer, Paragraph } from 'docx';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope, ReviewCopyMade, ReviewImportReport } from '../../../main/ipc/contract.js';
import { createDispatcher, type Dispatch } from '../../../main/ipc/dispatch.js';
import { createHandlers } from '../../../main/ipc/handlers.js';
import { Language } from '../../../main/ipc/language.js';
import { docFromJSON } from '../../../main/model/index.js';
import { reviewService } from '../../../main/review/service.js';
import { openProject, type ProjectStore } from '../../../main/store/index.js';
import { sampleProject, tempProject } from '../ipc/sample-project.js';
import { markedText, rangeOf } from './docs.js';

const silent = { warn: () => {}, error: () => {} };
const editor = { name: 'Eva Rademaker', initials: 'ER', role: 'editor' as const };

let project: ReturnType<typeof tempProject>;
let dispatch: Dispatch;
/** What the host's save dialog answers next: a file in the project's folder, or null (cancelled). */
let target: string | null;

function dispatcherFor(store: ProjectStore): Dispatch {
  const reviewCopies = { chooseCopyTarget: () => Promise.resolve(target) };
  return createDispatcher({ handlers: createHandlers(store, { language: new Language('nl'), recent: () => [], reviewCopies }), language: new Language('nl'), log: silent });
}

beforeEach(async () => {
  project = tempProject();
  target = path.join(path.dirname(project.file), 'kopie-samira.bundel');
  dispatch = dispatcherFor(project.store);
  await ok('profile.put', editor);
});
afterEach(() => project.dispose());

async function ok<T>(channel: string, payload: unknown, via = dispatch): Promise<T> {
  const answer: Envelope = await via(channel, payload);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.code}: ${answer.error.message}`);
  return answer.value as T;
}

async function refused(channel: string, payload: unknown, via = dispatch): Promise<{ code: string; message: string }> {
  const answer = await via(channel, payload);
  if (answer.ok) throw new Error(`${channel} was not refused`);
  return answer.error;
}

function upload(name: string, bytes: Uint8Array | Buffer) {
  return { file: { name, bytes: Buffer.from(bytes).toString('base64') } };
}

/** The reviewer comments in their copy, as the app in the copy would. */
function commentInCopy(copy: string, passage: string, text: string): string {
  const store = openProject(copy);
  try {
    const range = rangeOf(docFromJSON(store.chapters.get('ch1')!.body), passage);
    return reviewService(store).comment({ chapterId: 'ch1', ...range, text }).thread.id;
  } finally {
    store.close();
  }
}

describe('an editor', () => {
  it('makes a reviewer copy where the host says, which opens for that reviewer', async () => {
    const made = await ok<ReviewCopyMade>('review.copy', { reviewer: 'Samira El Amrani', initials: null });
    expect(made).toEqual({ path: target, reviewer: { name: 'Samira El Amrani', initials: 'SEA', role: 'reviewer' } });
    const copy = openProject(target!, { readOnly: true });
    try {
      expect(reviewService(copy).state()).toMatchObject({ role: 'reviewer', reviewCopy: { reviewer: made.reviewer } });
    } finally {
      copy.close();
    }
    // The master knows its reviewer now: the overview lists her (beside Piet, who commented already).
    expect((await ok<{ reviewers: unknown[] }>('review.overview', {})).reviewers).toContainEqual(expect.objectContaining({ reviewer: made.reviewer }));
  });

  it('makes no copy when the save dialog is cancelled', async () => {
    target = null;
    expect(await ok('review.copy', { reviewer: 'Samira El Amrani', initials: 'SA' })).toBeNull();
  });

  it('imports the copy: the thread on its passage; a second import adds nothing', async () => {
    const { path: copy } = await ok<ReviewCopyMade>('review.copy', { reviewer: 'Samira El Amrani', initials: null });
    const threadId = commentInCopy(copy, 'keukentafel', 'Welke keukentafel?');
    const bytes = readFileSync(copy);

    const first = await ok<ReviewImportReport>('review.import', upload('kopie-samira.bundel', bytes));
    expect(first.source).toBe('copy');
    expect(first.added).toEqual([expect.objectContaining({ what: 'thread', threadId, chapterId: 'ch1', author: 'Samira El Amrani', text: 'Welke keukentafel?' })]);
    expect(first.unplaced).toEqual([]);
    expect(markedText(project.store.chapters.get('ch1')!.body, threadId)).toBe('keukentafel');

    const second = await ok<ReviewImportReport>('review.import', upload('kopie-samira.bundel', bytes));
    expect(second.added).toEqual([]);
    // Hers and Piet's, which was in the master before the copy was made.
    expect(second.matched.map((m) => m.threadId).sort()).toEqual([threadId, 't1'].sort());
    expect(project.store.threads.list()).toHaveLength(2);
  });
});

describe('a reviewer', () => {
  it.each([
    ['review.copy', { reviewer: 'Samira El Amrani', initials: null }],
    ['review.import', upload('kopie.bundel', Buffer.from('SQLite format 3\0'))],
  ])('may not %s: refused in main with a Dutch sentence', async (channel, payload) => {
    await ok('profile.put', { ...editor, role: 'reviewer' });
    const error = await refused(channel, payload);
    expect(error.code).toBe('reviewerNoCopies');
    expect(error.message).toMatch(/Als meelezer kun je geen meeleeskopieën maken/);
  });

  it('in a reviewer copy may neither import nor copy again', async () => {
    const { path: copy } = await ok<ReviewCopyMade>('review.copy', { reviewer: 'Samira El Amrani', initials: null });
    const store = openProject(copy);
    try {
      const inCopy = dispatcherFor(store);
      expect((await refused('review.import', upload('kopie.bundel', readFileSync(copy)), inCopy)).code).toBe('reviewerNoCopies');
      expect((await refused('review.copy', { reviewer: 'Piet', initials: null }, inCopy)).code).toBe('reviewerNoCopies');
    } finally {
      store.close();
    }
  });
});

describe('a file that is not a reviewer\'s work', () => {
  const wordWithout = async () =>
    Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Alleen tekst, geen opmerkingen.')] }] })));

  it.each([
    ['notities.txt', () => Buffer.from('Zomaar wat tekst.'), 'reviewImportUnsupported', /notities\.txt kan niet als review worden geïmporteerd/],
    ['kapot.docx', () => Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(64, 7)]), 'docxUnreadable', /kapot\.docx is geen leesbaar Word-bestand/],
    ['zonder.docx', wordWithout, 'docxNoComments', /zonder\.docx bevat geen opmerkingen/],
    ['Proef.bundel', () => readFileSync(project.file), 'notAReviewCopy', /Proef\.bundel is geen meeleeskopie/],
  ])('%s is refused with a Dutch sentence naming it, and nothing changes', async (name, bytes, code, sentence) => {
    const before = project.store.threads.list();
    const error = await refused('review.import', upload(name, await bytes()));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(sentence);
    expect(error.message).toContain('Er is niets geïmporteerd.');
    expect(project.store.threads.list()).toEqual(before);
  });

  it('a copy of another project is refused', async () => {
    const other = tempProject({ ...sampleProject() });
    try {
      const copy = path.join(path.dirname(other.file), 'ander.bundel');
      target = copy;
      await ok('review.copy', { reviewer: 'Piet', initials: null }, dispatcherFor(other.store));
      const error = await refused('review.import', upload('ander.bundel', readFileSync(copy)));
      expect(error).toMatchObject({ code: 'otherProject', message: expect.stringContaining('ander.bundel is een meeleeskopie van een ander project') });
    } finally {
      other.dispose();
    }
  });

  it('a broken copy is refused as broken', async () => {
    const { path: copy } = await ok<ReviewCopyMade>('review.copy', { reviewer: 'Samira El Amrani', initials: null });
    const bytes = readFileSync(copy);
    const half = path.join(path.dirname(copy), 'half.bundel');
    writeFileSync(half, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const error = await refused('review.import', upload('half.bundel', readFileSync(half)));
    expect(['truncated', 'corrupt']).toContain(error.code);
    expect(error.message).toMatch(/^half\.bundel is (onvolledig|beschadigd)/);
  });
});

/** Reviewer copies: made from the master, commented in reviewer mode, imported back after the master changed. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run.js';
import { createDispatcher } from '../../../main/ipc/dispatch.js';
import { createHandlers } from '../../../main/ipc/handlers.js';
import { Language } from '../../../main/ipc/language.js';
import { docFromJSON, type RichDoc } from '../../../main/model/index.js';
import { reviewService } from '../../../main/review/service.js';
import type { ImportReport } from '../../../main/review/types.js';
import { openProject, type ProjectStore } from '../../../main/store/index.js';
import { markedText, rangeOf } from '../../unit/review/docs.js';
import { masterFile } from './project.js';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), locale: 'nl' });
  return { code, out, err };
}

function withStore<T>(file: string, fn: (store: ProjectStore) => T): T {
  const store = openProject(file);
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

const editor = { name: 'Eva Rademaker', initials: 'ER', role: 'editor' as const };

/** A body whose paragraphs are these texts, keeping each paragraph's marks where its text is unchanged. */
function rewrite(body: RichDoc, texts: string[]): RichDoc {
  const paragraphs = body.content ?? [];
  return {
    type: 'doc',
    content: texts.map((text) => {
      const old = paragraphs.find((p) => (p.content ?? []).map((n) => n.text ?? '').join('') === text);
      return old ?? { type: 'paragraph', content: [{ type: 'text', text }] };
    }),
  };
}

describe('a reviewer copy', () => {
  it('opens in reviewer mode: its reviewer can comment but not change the text', async () => {
    const { dir, master } = masterFile();
    const copy = path.join(dir, 'samira.bundel');
    expect((await cli('review', 'copy', master, '--reviewer', 'Samira El Amrani', '--out', copy)).code).toBe(0);
    const store = openProject(copy);
    try {
      const dispatch = createDispatcher({ handlers: createHandlers(store, { language: new Language('nl'), recent: () => [] }), language: new Language('nl') });
      expect(await dispatch('profile.get', {})).toMatchObject({
        ok: true,
        value: { role: 'reviewer', profile: { name: 'Samira El Amrani', initials: 'SEA', role: 'reviewer' } },
      });
      // Claiming to be an editor does not lift the copy's mode.
      expect(await dispatch('profile.put', editor)).toMatchObject({ ok: false, error: { code: 'reviewCopyRole' } });
      const chapter = store.chapters.get('ch-samen')!;
      expect(await dispatch('chapters.put', { ...chapter, title: 'Anders' })).toMatchObject({ ok: false, error: { code: 'reviewerReadOnly' } });
      const range = rangeOf(docFromJSON(chapter.body), 'Leerdam');
      expect(await dispatch('threads.comment', { chapterId: 'ch-samen', ...range, text: 'En Vianen?' })).toMatchObject({ ok: true });
    } finally {
      store.close();
    }
  });

  it('is merged into a master that changed meanwhile: each thread on its passage, or listed; twice adds nothing', async () => {
    const { dir, master } = masterFile();
    const copy = path.join(dir, 'samira.bundel');
    expect((await cli('review', 'copy', master, '--reviewer', 'Samira El Amrani', '--out', copy)).code).toBe(0);

    // The reviewer works in the copy.
    const ids = withStore(copy, (store) => {
      const review = reviewService(store);
      const on = (chapterId: string, text: string, remark: string) => {
        const range = rangeOf(docFromJSON(store.chapters.get(chapterId)!.body), text);
        return review.comment({ chapterId, ...range, text: remark }).thread.id;
      };
      const made = {
        before: on('ch-samen', 'acht keer bijeen', 'Acht keer, of negen?'),
        inside: on('ch-samen', 'de zorg voor hun ouders', 'Alleen ouders?'),
        after: on('ch-wijk', 'vrijwilligers in de wijk', 'Dubbel: in de wijk … in de wijk.'),
        deleted: on('ch-samen', 'de huisarts die nooit terugbelt', 'Dit is te scherp.'),
      };
      review.reply('t1', 'Ja, Gorinchem klopt.');
      review.resolve('t1');
      review.setStatus('ch-wijk', 'approved');
      return made;
    });

    // Meanwhile the editor changes the master: text before, inside and after commented passages; one passage goes.
    withStore(master, (store) => {
      const review = reviewService(store);
      review.setProfile(editor);
      const samen = store.chapters.get('ch-samen')!;
      review.saveChapter({
        ...samen,
        body: rewrite(samen.body, [
          'Inleidend: de werkgroep kwam in 2025 acht keer bijeen in Gorinchem en Leerdam.',
          'Mantelzorgers vertelden over de zorg voor hun oude ouders en over hun werk.',
          'Een derde alinea gaat over wat dat doet.',
        ]),
      });
      const wijk = store.chapters.get('ch-wijk')!;
      review.saveChapter({
        ...wijk,
        body: rewrite(wijk.body, [
          'In de wijk zijn het vaak vrijwilligers in de wijk en daarbuiten die als eersten iets merken.',
          'Een buurvrouw ziet dat de gordijnen dicht blijven en belt aan.',
        ]),
      });
    });

    const first = await cli('review', 'import', master, copy, '--json');
    expect(first.code, first.err).toBe(0);
    const report = JSON.parse(first.out) as ImportReport;

    withStore(master, (store) => {
      const samen = store.chapters.get('ch-samen')!.body;
      const wijk = store.chapters.get('ch-wijk')!.body;
      expect(markedText(samen, ids.before)).toBe('acht keer bijeen');
      expect(markedText(samen, ids.inside)).toBe('de zorg voor hun oude ouders');
      expect(markedText(wijk, ids.after)).toBe('vrijwilligers in de wijk');
      expect(markedText(samen, 't1')).toBe('Gorinchem');
      // The deleted passage's thread is kept on the nearest text of its chapter, and says it moved.
      const moved = store.threads.get(ids.deleted)!;
      expect(moved.reanchoredAt).not.toBeNull();
      expect(moved.anchor.quote).toBe('de huisarts die nooit terugbelt');
      expect(markedText(samen, ids.deleted)).toBeDefined();

      const t1 = store.threads.get('t1')!;
      expect(t1.comments.map((c) => c.text)).toEqual(['Klopt de plaats?', 'Ja, Gorinchem klopt.']);
      expect(t1.resolved).toBe(true);
      expect(store.chapters.get('ch-wijk')!.reviewStatus).toBe('approved');
      expect(store.statusChanges.forChapter('ch-wijk')).toMatchObject([{ to: 'approved', author: { name: 'Samira El Amrani' } }]);
      expect(store.check().ok).toBe(true);
    });

    expect(report.source).toBe('copy');
    expect(report.added.filter((e) => e.what === 'thread').map((e) => e.threadId).sort()).toEqual([ids.before, ids.inside, ids.after].sort());
    expect(report.added.map((e) => e.what).sort()).toEqual(['reply', 'resolved', 'status', 'thread', 'thread', 'thread']);
    expect(report.unplaced).toEqual([
      expect.objectContaining({ threadId: ids.deleted, chapterId: 'ch-samen', reason: 'passageGone', kept: true, quote: 'de huisarts die nooit terugbelt' }),
    ]);

    const again = JSON.parse((await cli('review', 'import', master, copy, '--json')).out) as ImportReport;
    expect(again.added).toEqual([]);
    expect(again.unplaced).toEqual([]);
    expect(again.matched.length).toBeGreaterThan(0);
    withStore(master, (store) => expect(store.counts().threads).toBe(5));
  });

  it('is refused when it is not a copy of this project', async () => {
    const one = masterFile();
    const other = masterFile();
    const copy = path.join(one.dir, 'kopie.bundel');
    await cli('review', 'copy', one.master, '--reviewer', 'Jeroen Smits', '--out', copy);
    const result = await cli('review', 'import', other.master, copy);
    expect(result.code).toBe(1);
    expect(result.err).toContain('meeleeskopie van een ander project');
    const notACopy = await cli('review', 'import', one.master, other.master);
    expect(notACopy.err).toContain('geen meeleeskopie');
  });
});

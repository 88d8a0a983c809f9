/**
 * Our own DOCX export, reviewed in LibreOffice and sent back: the comments the
 * export wrote are matched (not added twice) after LibreOffice re-saved them,
 * and the one the reviewer added lands on its passage in its chapter.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run.js';
import type { ImportReport } from '../../../main/review/types.js';
import { openProject } from '../../../main/store/index.js';
import { markedText } from '../../unit/review/docs.js';

const work = mkdtempSync(path.join(tmpdir(), 'bundel-word-export-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), locale: 'nl' });
  expect(code, err).toBe(0);
  return out;
}

function soffice(to: string, file: string): string {
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--convert-to', to, '--outdir', work, file],
    { stdio: 'ignore', timeout: 120_000 },
  );
  return path.join(work, `${path.basename(file, path.extname(file))}.${to}`);
}

describe('our DOCX export, commented in LibreOffice and imported back', () => {
  it('matches the exported comments and adds the new one on its passage', async () => {
    const demo = path.join(work, 'demo.bundel');
    await cli('demo', demo);
    const exported = path.join(work, 'demo.docx');
    await cli('export', demo, '--format', 'docx', '--out', exported, '--allow-without-consent');
    const before = openProject(demo, { readOnly: true });
    const comments = before.threads.list().reduce((n, t) => n + t.comments.length, 0);
    before.close();

    // The reviewer opens it, comments on a sentence of "Ontlasten zonder over te nemen", and saves it as Word again.
    const flat = readFileSync(soffice('fodt', exported), 'utf8');
    const quote = 'Mantelzorgers vroegen vaker';
    const at = flat.indexOf(quote);
    expect(at).toBeGreaterThan(0);
    const annotation =
      '<office:annotation office:name="nieuw"><dc:creator>Ingrid Vos</dc:creator><dc:date>2026-04-02T09:00:00</dc:date>' +
      '<text:p>Welke soort bedoelen jullie?</text:p></office:annotation>';
    const edited = `${flat.slice(0, at)}${annotation}${quote}<office:annotation-end office:name="nieuw"/>${flat.slice(at + quote.length)}`;
    const reviewed = path.join(work, 'nagelezen.fodt');
    writeFileSync(reviewed, edited);
    const returned = soffice('docx', reviewed);

    const report = JSON.parse(await cli('review', 'import', demo, returned, '--json')) as ImportReport;
    expect(report.matched).toHaveLength(comments);
    expect(report.unplaced).toEqual([]);
    expect(report.added).toEqual([
      expect.objectContaining({ what: 'thread', chapterId: 'ch-ontlasten', author: 'Ingrid Vos', text: 'Welke soort bedoelen jullie?' }),
    ]);
    const store = openProject(demo, { readOnly: true });
    try {
      const thread = store.threads.get(report.added[0]!.threadId!)!;
      // Ingrid is known from the demo's own comments: her role comes from there.
      expect(thread.comments[0]!.author).toEqual({ name: 'Ingrid Vos', initials: 'IV', role: 'reviewer' });
      expect(markedText(store.chapters.get('ch-ontlasten')!.body, thread.id)).toBe(quote);
      expect(store.check().ok).toBe(true);
    } finally {
      store.close();
    }
  }, 180_000);
});

/** The progress line of an export on a terminal: counted in the CLI's language, wiped when done. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Io } from '../../../main/cli/io.js';
import { progressLine } from '../../../main/cli/progress.js';
import type { Locale } from '../../../main/model/index.js';

const wasTty = process.stderr.isTTY;
beforeEach(() => {
  process.stderr.isTTY = true;
});
afterEach(() => {
  process.stderr.isTTY = wasTty;
});

/** What a progress line writes for 3 of 40 and then for done. */
function written(locale: Locale, start: (io: Io) => (done: number, total: number) => void): string {
  let err = '';
  const progress = start({ out: () => {}, err: (text) => (err += text), locale });
  progress(3, 40);
  progress(40, 40);
  return err;
}

describe('progressLine', () => {
  it('counts chapters in Dutch, as it always did, and in English on request', () => {
    expect(written('nl', (io) => progressLine(io, 'cli.progress.chapters', { format: 'PDF' }))).toMatch(/^\rPDF: 3 van 40 hoofdstukken…\r {2,}\r$/);
    const en = written('en', (io) => progressLine(io, 'cli.progress.chapters', { format: 'DOCX' }));
    expect(en).toMatch(/^\rDOCX: 3 of 40 chapters…\r {2,}\r$/);
    expect(en).not.toContain('hoofdstukken');
  });

  it('counts visuals in either language', () => {
    expect(written('nl', (io) => progressLine(io, 'cli.progress.visuals'))).toContain('Visuals: 3 van 40 visuals…');
    expect(written('en', (io) => progressLine(io, 'cli.progress.visuals'))).toContain('Visuals: 3 of 40 visuals…');
  });

  it('stays quiet when stderr is no terminal', () => {
    process.stderr.isTTY = false;
    expect(written('en', (io) => progressLine(io, 'cli.progress.visuals'))).toBe('');
  });
});

// A chart figure in the publication PDF is the chart itself: its labels are
// text in the embedded fonts, its shapes vector paths, no image on its page
// beyond the pictures placed there; the layout audit stays clean.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Figure } from '../../../../main/export/tree/index.js';
import { pdffonts, pdftotext } from '../../../unit/export/pdf/poppler.js';
import { artifactPath } from '../../../unit/export/pdf/fixtures.js';
import { exportDemo, type Exported } from './demo-export.js';

describe.each(['werkplaats-a4', 'bundel-a5'])('the demo\'s chart figures with %s', (templateId) => {
  let exported: Exported;
  let charts: Figure[];
  beforeAll(async () => {
    exported = await exportDemo(templateId, 'print');
    charts = exported.tree.chapters.flatMap((c) => c.blocks.filter((b): b is Figure => b.type === 'figure' && b.image.type === 'chart'));
  });

  const pageOf = (figure: Figure): number => {
    const pages = pdftotext(exported.file).split('\f');
    const page = pages.findIndex((text) => text.replace(/\s+/gu, ' ').includes(`Figuur ${figure.number}. ${figure.title}`));
    expect(page, figure.title).toBeGreaterThanOrEqual(0);
    return page + 1;
  };

  test('the demo places a chart', () => {
    expect(charts.length).toBeGreaterThan(0);
  });

  test('its labels are text on its page, in embedded subset fonts', () => {
    for (const figure of charts) {
      const page = pageOf(figure);
      const text = pdftotext(exported.file, '-f', String(page), '-l', String(page));
      if (figure.image.type !== 'chart' || figure.image.data.chart !== 'spectrum') continue;
      for (const position of figure.image.data.positions) expect(text).toContain(position.label);
      for (const row of figure.image.data.rows) expect(text).toContain(row.label);
      execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(page), '-l', String(page), '-singlefile', exported.file, artifactPath(`chart-${templateId}-${figure.number}`)]);
    }
    for (const font of pdffonts(exported.file)) expect(font).toMatchObject({ embedded: true, subset: true });
  });

  test('it is vector: its page has no image unless a picture is placed there too', () => {
    const pictures = exported.tree.chapters.flatMap((c) => c.blocks.filter((b): b is Figure => b.type === 'figure' && b.image.type === 'image'));
    for (const figure of charts) {
      const page = pageOf(figure);
      const images = execFileSync('pdfimages', ['-list', '-f', String(page), '-l', String(page), exported.file], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .filter((line) => line.trim() !== '' && !/ smask /u.test(line));
      const picturesHere = pictures.filter((p) => pageOf(p) === page).length;
      expect(images.length, figure.title).toBe(picturesHere);
    }
  });

  test('the layout audit stays clean', () => {
    expect(exported.report.audit).toEqual([]);
  });
});

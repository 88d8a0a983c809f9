import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../../main/model/index.js';
import { loadTemplate, templateIds } from '../../../../main/export/template/index.js';
import werkplaatsA4 from '../../../../templates/werkplaats-a4.json' with { type: 'json' };
import { userErrorOf } from '../../../support/user-error.js';

describe('templates', () => {
  it('ships an A4 report and an A5 booklet that validate', () => {
    expect(templateIds()).toEqual(expect.arrayContaining(['werkplaats-a4', 'bundel-a5']));
    const a4 = loadTemplate('werkplaats-a4');
    const a5 = loadTemplate('bundel-a5');
    expect([a4.page.width, a4.page.height]).toEqual([210, 297]);
    expect([a5.page.width, a5.page.height]).toEqual([148, 210]);
    expect(a5.page.chapterStart).toBe('rightPage');
    expect(Object.keys(a4.boxes.kinds).sort()).toEqual(
      ['dilemma', 'mixed', 'practiceExample', 'quote', 'recommendation', 'solutionDirection', 'story'].sort(),
    );
  });

  it('refuses an unknown id and names the ones there are', () => {
    const error = userErrorOf(() => loadTemplate('krant-a3'));
    expect(error.code).toBe('unknownTemplate');
    expect(errorMessage('nl', error)).toContain('werkplaats-a4');
  });

  it('refuses a template file with a bad field, naming the field in Dutch', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bundel-template-'));
    const file = path.join(dir, 'huisstijl.json');
    const bad = structuredClone(werkplaatsA4) as { body: { color: string } };
    bad.body.color = 'blauw';
    writeFileSync(file, JSON.stringify(bad));
    const error = userErrorOf(() => loadTemplate(file));
    expect(error.code).toBe('invalidTemplate');
    expect(errorMessage('nl', error)).toMatch(/sjabloon .*huisstijl\.json klopt niet: body\.color/);

    writeFileSync(file, '{ "id": ');
    expect(errorMessage('nl', userErrorOf(() => loadTemplate(file)))).toContain('geen geldige JSON');
  });
});

import { describe, expect, it } from 'vitest';
import { demoProject } from '../../../main/demo/index.js';
import { docFromJSON } from '../../../main/model/index.js';
import { reconcileThreads } from '../../../main/review/reconcile.js';

describe("the demo's threads", () => {
  it('read the same to review as to the demo: saving an unchanged chapter changes none of them', () => {
    const project = demoProject();
    for (const chapter of project.chapters) {
      const threads = project.threads.filter((t) => t.chapterId === chapter.id);
      const body = docFromJSON(chapter.body);
      const { doc, changed } = reconcileThreads(() => body, body, threads, '2026-04-01T00:00:00.000Z');
      expect(changed).toEqual([]);
      expect(doc.eq(body)).toBe(true);
    }
  });
});

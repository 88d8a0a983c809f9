import { beforeAll, describe, expect, it } from 'vitest';
import { markedText } from '../../../main/demo/anchors.js';
import { demoProject } from '../../../main/demo/index.js';
import {
  Isbn,
  ProjectData,
  audiences,
  brokenReferences,
  materialKinds,
  plainText,
  positions,
  referencedItemIds,
  referencedThreadIds,
  referencedVisualIds,
  roles,
  type NodeJSON,
} from '../../../main/model/index.js';

let project: ProjectData;
beforeAll(() => {
  project = demoProject();
});

function count<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function nodesOf(doc: NodeJSON, type: string): NodeJSON[] {
  const found: NodeJSON[] = doc.type === type ? [doc] : [];
  for (const child of doc.content ?? []) found.push(...nodesOf(child, type));
  return found;
}

describe('demoProject', () => {
  it('is a valid project', () => {
    expect(() => ProjectData.parse(project)).not.toThrow();
  });

  it('has no broken references', () => {
    expect(brokenReferences({ ...project, imageHashes: new Set(project.images.map((i) => i.hash)) })).toEqual([]);
  });

  it('is deterministic', () => {
    expect(demoProject()).toEqual(project);
  });

  it('hands out copies that callers may change', () => {
    const mine = demoProject();
    mine.publication.title = 'Iets anders';
    mine.material[0]!.themes.push('verandert niets');
    expect(demoProject().publication.title).toBe('Op weg naar samenspel');
    expect(demoProject().material[0]!.themes).not.toContain('verandert niets');
  });

  it('describes the publication', () => {
    const p = project.publication;
    expect(p.title).toBe('Op weg naar samenspel');
    expect(p.subtitle).not.toBe('');
    expect(p.editors.length).toBeGreaterThanOrEqual(2);
    expect(p.editors.length).toBeLessThanOrEqual(3);
    expect(p.organisation).not.toBe('');
    expect(p.year).toBe(2026);
    expect(Isbn.safeParse(p.isbn).success).toBe(true);
    expect(p.licence).toBe('CC BY-NC 4.0');
    expect(p.description.length).toBeGreaterThan(100);
    expect(p.keywords.length).toBeGreaterThanOrEqual(5);
    expect(p.templateId).toBe('werkplaats-a4');
  });

  it('has two workgroups, each with a theme and description', () => {
    expect(project.workgroups).toHaveLength(2);
    for (const w of project.workgroups) {
      expect(w.theme).not.toBe('');
      expect(w.description).not.toBe('');
    }
  });

  it('has eight workgroup meetings and four focus groups across 2025–2026 in several places', () => {
    expect(project.sessions).toHaveLength(12);
    expect(count(project.sessions, (s) => s.kind)).toEqual({ workgroupMeeting: 8, focusGroup: 4 });
    expect(new Set(project.sessions.map((s) => s.date.slice(0, 4)))).toEqual(new Set(['2025', '2026']));
    expect(new Set(project.sessions.map((s) => s.place)).size).toBeGreaterThanOrEqual(6);
    for (const s of project.sessions) {
      expect(s.participants).toBeGreaterThan(0);
      expect(s.notes).not.toBe('');
    }
  });

  it('has at least 30 contributors covering every role and position, a few with pseudonyms', () => {
    const contributors = project.contributors;
    expect(contributors.length).toBeGreaterThanOrEqual(30);
    expect(new Set(contributors.map((c) => c.role))).toEqual(new Set(roles));
    expect(new Set(contributors.map((c) => c.position))).toEqual(new Set(positions));
    const pseudonyms = contributors.filter((c) => c.pseudonym !== null).length;
    expect(pseudonyms).toBeGreaterThanOrEqual(2);
    expect(pseudonyms).toBeLessThanOrEqual(3);
    for (const c of contributors) expect(c.workgroupIds.length).toBeGreaterThan(0);
  });

  it('has at least 45 material items of every kind, with provenance and themes', () => {
    const material = project.material;
    expect(material.length).toBeGreaterThanOrEqual(45);
    expect(new Set(material.map((m) => m.kind))).toEqual(new Set(materialKinds));
    for (const m of material) {
      expect(m.provenance.contributorIds.length).toBeGreaterThan(0);
      expect(m.themes.length).toBeGreaterThan(0);
      expect(plainText(m.body).length).toBeGreaterThan(20);
    }
    const themes = new Set(material.flatMap((m) => m.themes));
    expect(themes.size).toBeGreaterThanOrEqual(7);
    expect(themes.size).toBeLessThanOrEqual(10);
    expect(new Set(material.map((m) => m.editorialStatus))).toEqual(new Set(['raw', 'edited', 'approved']));
    expect(material.some((m) => m.anonymisation.anonymised && m.anonymisation.note !== '')).toBe(true);
  });

  it('fills in each kind’s own fields', () => {
    for (const m of project.material) {
      if (m.kind === 'dilemma') for (const part of [m.situation, m.onOneHand, m.onOtherHand, m.question]) expect(part).not.toBe('');
      if (m.kind === 'practiceExample') for (const part of [m.context, m.approach, m.outcome, m.lessons]) expect(part).not.toBe('');
      if (m.kind === 'solutionDirection') expect(m.answersDilemmaIds.length).toBeGreaterThan(0);
      if (m.kind === 'quote') expect(m.speakerLabel).not.toBe('');
    }
    const audiencesUsed = project.material.flatMap((m) => (m.kind === 'recommendation' ? [m.audience] : []));
    expect(new Set(audiencesUsed)).toEqual(new Set(audiences));
  });

  it('has mostly given consent, and some requested, unknown and one refused', () => {
    const consent = count(project.material, (m) => m.consent);
    expect(consent.given).toBeGreaterThan(project.material.length * 0.8);
    expect(consent.requested).toBeGreaterThanOrEqual(1);
    expect(consent.unknown).toBeGreaterThanOrEqual(1);
    expect(consent.refused).toBe(1);
  });

  it('uses some items without consent in chapter boxes, and leaves some items unused', () => {
    const used = new Set(project.chapters.flatMap((c) => referencedItemIds(c.body)));
    expect(project.material.some((m) => used.has(m.id) && m.consent !== 'given')).toBe(true);
    expect(project.material.filter((m) => !used.has(m.id)).length).toBeGreaterThanOrEqual(3);
  });

  it('has thirteen chapters in reading order', () => {
    expect(project.chapters.map((c) => c.kind)).toEqual([
      'preface',
      'introduction',
      'chapter',
      'chapter',
      'essay',
      'chapter',
      'chapter',
      'essay',
      'chapter',
      'chapter',
      'essay',
      'recommendations',
      'colophon',
    ]);
  });

  it('gives every hoofdstuk a box with a practice example and other boxes, and headings of both levels', () => {
    const kindOf = new Map(project.material.map((m) => [m.id, m.kind]));
    for (const c of project.chapters.filter((ch) => ch.kind === 'chapter')) {
      const boxed = referencedItemIds(c.body).map((id) => kindOf.get(id));
      expect(boxed, c.id).toContain('practiceExample');
      expect(boxed, c.id).toEqual(expect.arrayContaining(['story', 'quote']));
      const levels = nodesOf(c.body, 'heading').map((h) => h.attrs?.level);
      expect(levels, c.id).toEqual(expect.arrayContaining([1, 2]));
    }
  });

  it('names the essay authors in bylines', () => {
    const names = new Set(project.contributors.map((c) => c.name));
    for (const essay of project.chapters.filter((c) => c.kind === 'essay')) {
      expect(essay.byline).toMatch(/^Door /);
      const authors = essay.byline.replace(/^Door /, '').split(/, | en /);
      for (const author of authors) expect(names, essay.id).toContain(author);
    }
  });

  it('mentions the trajectory in the introduction', () => {
    const intro = plainText(project.chapters[1]!.body);
    expect(intro).toContain('acht werkgroepbijeenkomsten en vier focusgroepen');
  });

  it('addresses recommendations to each audience in their own section', () => {
    const chapter = project.chapters.find((c) => c.kind === 'recommendations')!;
    const byId = new Map(project.material.map((m) => [m.id, m]));
    const boxes = nodesOf(chapter.body, 'material_box');
    expect(boxes).toHaveLength(3);
    const audiencesPerBox = boxes.map((b) => [
      ...new Set((b.attrs?.itemIds as string[]).map((id) => {
        const item = byId.get(id);
        return item?.kind === 'recommendation' ? item.audience : item?.kind;
      })),
    ]);
    expect(audiencesPerBox).toEqual([['policyMakers'], ['professionals'], ['residents']]);
  });

  it('keeps chapters between roughly 400 and 800 words, the hoofdstukken on the longer side', () => {
    for (const c of project.chapters.filter((ch) => ch.kind !== 'colophon')) {
      const words = plainText(c.body).split(/\s+/).length;
      expect(words, c.id).toBeGreaterThanOrEqual(c.kind === 'chapter' ? 580 : 400);
      expect(words, c.id).toBeLessThanOrEqual(850);
    }
  });

  it('uses the rich text constructs across the book', () => {
    const all = project.chapters.map((c) => c.body);
    const countAll = (type: string): number => all.reduce((n, body) => n + nodesOf(body, type).length, 0);
    expect(countAll('footnote')).toBeGreaterThanOrEqual(5);
    expect(countAll('blockquote')).toBeGreaterThanOrEqual(1);
    expect(countAll('bullet_list')).toBeGreaterThanOrEqual(1);
    expect(countAll('ordered_list')).toBeGreaterThanOrEqual(1);
    expect(countAll('figure')).toBeGreaterThanOrEqual(3);
    const marks = all.flatMap((body) => nodesOf(body, 'text').flatMap((t) => (t.marks ?? []).map((m) => m.type)));
    expect(new Set(marks)).toEqual(new Set(['em', 'strong', 'link', 'comment']));
  });

  it('shows every visual in a figure', () => {
    const shown = new Set(project.chapters.flatMap((c) => referencedVisualIds(c.body)));
    expect(project.visuals.map((v) => v.id).filter((id) => !shown.has(id))).toEqual([]);
  });
});

describe('demoProject: comment threads', () => {
  it('has at least six threads with replies, some long and some resolved', () => {
    const threads = project.threads;
    expect(threads.length).toBeGreaterThanOrEqual(6);
    for (const t of threads) expect(t.comments.length, t.id).toBeGreaterThanOrEqual(2);
    expect(threads.filter((t) => t.comments.length >= 3).length).toBeGreaterThanOrEqual(2);
    const resolved = threads.filter((t) => t.resolved);
    expect(resolved.length).toBeGreaterThanOrEqual(2);
    for (const t of resolved) {
      expect(t.resolvedBy).not.toBeNull();
      expect(t.resolvedAt).not.toBeNull();
    }
    for (const t of threads.filter((th) => !th.resolved)) expect(t.resolvedBy).toBeNull();
    const roles = new Set(threads.flatMap((t) => t.comments.map((c) => c.author.role)));
    expect(roles).toEqual(new Set(['editor', 'reviewer']));
  });

  it('marks each thread in its own chapter, with the anchor matching the marked text', () => {
    for (const t of project.threads) {
      const chapter = project.chapters.find((c) => c.id === t.chapterId)!;
      expect(referencedThreadIds(chapter.body), t.id).toContain(t.id);
      expect(t.anchor.quote, t.id).toBe(markedText(chapter.body, t.id));
      expect(t.anchor.prefix.length).toBeLessThanOrEqual(30);
      expect(t.anchor.suffix.length).toBeLessThanOrEqual(30);
      expect(plainText(chapter.body), t.id).toContain(`${t.anchor.prefix}${t.anchor.quote}${t.anchor.suffix}`);
    }
    const marked = project.chapters.flatMap((c) => referencedThreadIds(c.body));
    expect(marked.sort()).toEqual(project.threads.map((t) => t.id).sort());
  });
});

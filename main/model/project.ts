/**
 * A whole project as plain data: what the demo and the generator produce, what
 * a store imports in one transaction, and what the consistency check reads.
 */
import { z } from 'zod';
import { Chapter } from './chapter.js';
import { MaterialItem } from './material.js';
import { Contributor, Session, Workgroup } from './people.js';
import { Publication, newPublication } from './publication.js';
import { CommentThread } from './review.js';
import { referencedItemIds, referencedThreadIds, referencedVisualIds } from './richtext/text.js';
import { Visual } from './visual.js';

export const ImageBlob = z.strictObject({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  mime: z.string(),
  bytes: z.instanceof(Uint8Array),
});
export type ImageBlob = z.infer<typeof ImageBlob>;

export const ProjectData = z.strictObject({
  publication: Publication,
  workgroups: z.array(Workgroup),
  sessions: z.array(Session),
  contributors: z.array(Contributor),
  material: z.array(MaterialItem),
  /** In reading order. */
  chapters: z.array(Chapter),
  visuals: z.array(Visual),
  images: z.array(ImageBlob),
  threads: z.array(CommentThread),
});
export type ProjectData = z.infer<typeof ProjectData>;

/** A reference from one record to another that does not exist. */
export interface BrokenReference {
  from: { type: string; id: string };
  to: { type: string; id: string };
}

/** Every reference between records that points nowhere. Empty for a consistent project. */
export function brokenReferences(data: Omit<ProjectData, 'images'> & { imageHashes: Set<string> }): BrokenReference[] {
  const has = {
    workgroup: new Set(data.workgroups.map((w) => w.id)),
    session: new Set(data.sessions.map((s) => s.id)),
    contributor: new Set(data.contributors.map((c) => c.id)),
    material: new Set(data.material.map((m) => m.id)),
    chapter: new Set(data.chapters.map((c) => c.id)),
    visual: new Set(data.visuals.map((v) => v.id)),
    thread: new Set(data.threads.map((t) => t.id)),
    image: data.imageHashes,
  };
  const broken: BrokenReference[] = [];
  const expect = (from: BrokenReference['from'], type: keyof typeof has, id: string | null): void => {
    if (id !== null && !has[type].has(id)) broken.push({ from, to: { type, id } });
  };

  for (const s of data.sessions) expect({ type: 'session', id: s.id }, 'workgroup', s.workgroupId);
  for (const c of data.contributors) for (const w of c.workgroupIds) expect({ type: 'contributor', id: c.id }, 'workgroup', w);
  for (const m of data.material) {
    const from = { type: 'material', id: m.id };
    expect(from, 'workgroup', m.provenance.workgroupId);
    expect(from, 'session', m.provenance.sessionId);
    for (const c of m.provenance.contributorIds) expect(from, 'contributor', c);
    if (m.kind === 'solutionDirection') for (const d of m.answersDilemmaIds) expect(from, 'material', d);
  }
  for (const v of data.visuals) {
    const from = { type: 'visual', id: v.id };
    expect(from, 'session', v.sessionId);
    if (v.source.type === 'image') expect(from, 'image', v.source.hash);
  }
  for (const c of data.chapters) {
    const from = { type: 'chapter', id: c.id };
    for (const id of referencedItemIds(c.body)) expect(from, 'material', id);
    for (const id of referencedVisualIds(c.body)) expect(from, 'visual', id);
    for (const id of referencedThreadIds(c.body)) expect(from, 'thread', id);
  }
  for (const t of data.threads) expect({ type: 'thread', id: t.id }, 'chapter', t.chapterId);
  return broken;
}

/** A new project with nothing in it but its title. */
export function emptyProject(title: string): ProjectData {
  return {
    publication: newPublication(title),
    workgroups: [],
    sessions: [],
    contributors: [],
    material: [],
    chapters: [],
    visuals: [],
    images: [],
    threads: [],
  };
}

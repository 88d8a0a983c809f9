/** A whole project in and out of a file: what createProject writes and exportData reads. */
import { namedRecord, namedRecordWithId, ProjectData, UserError } from '../model/index.js';
import type { ImageStore } from './images.js';
import { describeIssues } from './records.js';
import type { ProjectStore } from './types.js';

/** Validates the whole project, or `invalidRecord`. */
export function validateProjectData(data: unknown): ProjectData {
  const result = ProjectData.safeParse(data);
  if (!result.success) throw new UserError('invalidRecord', { ...namedRecord('project'), problem: describeIssues(result.error) });
  return result.data;
}

/** Writes every record of `data` in one transaction, images before the visuals that show them. */
export function importData(store: ProjectStore, data: ProjectData): void {
  store.transaction(() => {
    store.publication.put(data.publication);
    for (const workgroup of data.workgroups) store.workgroups.put(workgroup);
    for (const session of data.sessions) store.sessions.put(session);
    for (const contributor of data.contributors) store.contributors.put(contributor);
    for (const image of data.images) {
      const hash = store.images.put(image.bytes, image.mime);
      if (hash !== image.hash) {
        throw new UserError('invalidRecord', { ...namedRecordWithId('image', image.hash), problem: `its bytes have hash ${hash}` });
      }
    }
    for (const item of data.material) store.material.put(item);
    for (const visual of data.visuals) store.visuals.put(visual);
    for (const chapter of data.chapters) store.chapters.put(chapter);
    for (const thread of data.threads) store.threads.put(thread);
  });
}

export function exportData(store: ProjectStore, images: ImageStore): ProjectData {
  return {
    publication: store.publication.get(),
    workgroups: store.workgroups.list(),
    sessions: store.sessions.list(),
    contributors: store.contributors.list(),
    material: store.material.list(),
    chapters: store.chapters.list(),
    visuals: store.visuals.list(),
    images: images.all(),
    threads: store.threads.list(),
  };
}

/** The entity tables of one open file, made once and shared by the repositories. */
import type { Chapter, ChapterSnapshot, CommentThread, Contributor, MaterialItem, Session, Visual, Workgroup } from '../model/index.js';
import type { StoreContext } from './context.js';
import type { RecordTable } from './records.js';
import { chapterTable } from './repositories/chapters.js';
import { materialTable } from './repositories/material.js';
import { contributorTable, sessionTable, workgroupTable } from './repositories/people.js';
import { threadTable } from './repositories/threads.js';
import { visualTable } from './repositories/visuals.js';
import { snapshotTable } from './snapshots.js';

export interface Tables {
  workgroups: RecordTable<Workgroup>;
  sessions: RecordTable<Session>;
  contributors: RecordTable<Contributor>;
  material: RecordTable<MaterialItem>;
  chapters: RecordTable<Chapter>;
  visuals: RecordTable<Visual>;
  threads: RecordTable<CommentThread>;
  snapshots: RecordTable<ChapterSnapshot>;
}

export function makeTables(ctx: StoreContext): Tables {
  return {
    workgroups: workgroupTable(ctx),
    sessions: sessionTable(ctx),
    contributors: contributorTable(ctx),
    material: materialTable(ctx),
    chapters: chapterTable(ctx),
    visuals: visualTable(ctx),
    threads: threadTable(ctx),
    snapshots: snapshotTable(ctx),
  };
}

/** Puts the repositories of one open connection together into a `ProjectStore`. */
import type { Database } from 'better-sqlite3';
import { checkProject } from './check.js';
import { withoutCheckpoint } from './checkpoints.js';
import { storeContext } from './context.js';
import { ImageStore } from './images.js';
import { exportData } from './project-data.js';
import { chapterRepository } from './repositories/chapters.js';
import { materialRepository } from './repositories/material.js';
import { publicationRepository } from './repositories/publication.js';
import { statusChangeRepository, statusChangeTable } from './repositories/review.js';
import { settingsRepository } from './repositories/settings.js';
import { simpleRepository } from './repositories/simple.js';
import { threadRepository } from './repositories/threads.js';
import { visualRepository } from './repositories/visuals.js';
import { SearchBacklog } from './search-backlog.js';
import { SearchIndex } from './search.js';
import { snapshotRepository } from './snapshots.js';
import { makeTables } from './tables.js';
import type { ProjectCounts, ProjectStore } from './types.js';

export interface StoreOptions {
  path: string;
  readOnly: boolean;
  /** Closes the connection, leaving the file as it must be when no one has it open. */
  close: (db: Database) => void;
}

export function projectStore(db: Database, options: StoreOptions): ProjectStore {
  const ctx = storeContext(db, options.path, options.readOnly);
  const tables = makeTables(ctx);
  const index = new SearchIndex(ctx);
  const backlog = new SearchBacklog(ctx, tables.material, index);
  const images = new ImageStore(ctx);
  const publication = publicationRepository(ctx);
  const chapters = chapterRepository(ctx, tables.chapters, index);
  const countAll = db.prepare<[], ProjectCounts>(
    `SELECT (SELECT COUNT(*) FROM workgroups) AS workgroups, (SELECT COUNT(*) FROM sessions) AS sessions,
            (SELECT COUNT(*) FROM contributors) AS contributors, (SELECT COUNT(*) FROM material) AS material,
            (SELECT COUNT(*) FROM chapters) AS chapters, (SELECT COUNT(*) FROM visuals) AS visuals,
            (SELECT COUNT(*) FROM threads) AS threads`,
  );
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const totalChanges = db.prepare('SELECT total_changes()').pluck();
  let open = true;

  const store: ProjectStore = {
    path: options.path,
    readOnly: options.readOnly,
    publication,
    workgroups: simpleRepository(ctx, tables.workgroups),
    sessions: simpleRepository(ctx, tables.sessions),
    contributors: simpleRepository(ctx, tables.contributors),
    material: materialRepository(ctx, tables.material, index, backlog),
    chapters,
    visuals: visualRepository(ctx, tables.visuals, images),
    images: { put: (bytes, mime) => images.put(bytes, mime), get: (hash) => images.get(hash) },
    threads: threadRepository(ctx, tables.threads),
    statusChanges: statusChangeRepository(ctx, statusChangeTable(ctx)),
    snapshots: snapshotRepository(ctx, tables.snapshots, chapters, tables.chapters),
    settings: settingsRepository(ctx),
    transaction: (fn, options) => (options?.large && !ctx.readOnly ? withoutCheckpoint(db, () => ctx.write(fn)) : ctx.write(fn)),
    search: (query, limit) => {
      backlog.catchUp();
      return index.search(query, limit);
    },
    searchIndexed: () => backlog.settled(),
    counts: () => ctx.read(() => countAll.get()!),
    // One read transaction, so the export is one moment of the file.
    exportData: () => ctx.read(() => db.transaction(() => exportData(store, images)).deferred()),
    revision: () => `${String(dataVersion.get())}.${String(totalChanges.get())}`,
    check: () => checkProject(ctx, tables, images, publication.get),
    close: () => {
      if (!open) return;
      open = false;
      backlog.close();
      options.close(db);
    },
  };
  return store;
}

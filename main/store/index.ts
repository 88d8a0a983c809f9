/** The `.bundel` project file: SQLite with migrations, snapshots and full-text search. */
export { CURRENT_VERSION } from './migrations.js';
export { createProject } from './create.js';
export { copyProject } from './copy.js';
export { openProject, type OpenOptions } from './open.js';
export type * from './types.js';

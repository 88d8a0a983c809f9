// The document tree: a project resolved, numbered and ordered for the writers.
export { buildDocument, type BuildOptions } from './build.js';
export type * from './types.js';
export { eachBlock, figuresOf } from './walk.js';

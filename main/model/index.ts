/** The pure domain of Bundel: shared by main/ and renderer/. No Node, no DOM, no Electron. */
export * from './vocabulary.js';
export * from './ids.js';
export * from './errors.js';
export * from './publication.js';
export * from './people.js';
export * from './material.js';
export * from './chapter.js';
export * from './visual.js';
export * from './review.js';
export * from './project.js';
export * from './import.js';
export * from './i18n/index.js';
export { schema } from './richtext/schema.js';
export * from './richtext/doc.js';
export * from './richtext/text.js';
export * from './print-size.js';
export * from './freeze.js';
export * from './printable.js';

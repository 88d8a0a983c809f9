// Pagination: a chapter of the document tree set into the text areas of pages.
export { flowChapter, type FlowResult } from './flow-chapter.js';
export { flowContext, mmToPoints, textArea, type FlowContext } from './context.js';
export { auditFlow } from './audit.js';
export type * from './types.js';

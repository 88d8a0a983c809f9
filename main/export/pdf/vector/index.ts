// SVG pictures painted as PDF vectors: usvg's simplified SVG read (read.ts),
// written as operators (content.ts) and embedded as a form XObject (form.ts).
export type { VectorDrawing } from './drawing.js';
export { readVectorDrawing } from './read.js';
export { declaredRgb, drawVectorForm, embedVectorForm, type VectorForm } from './form.js';

// A Drawing (main/visuals/drawing.ts) painted as PDF vectors and text.
export { drawingFaces, paintDrawing, type DrawingPlacement } from './paint-drawing.js';
export type { FamilyOf } from './label.js';

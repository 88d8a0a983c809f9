// A Drawing (main/visuals/drawing.ts) painted as PDF vectors and text.
export { paintDrawing, type DrawingPlacement } from './paint-drawing.js';
export type { FamilyOf } from './label.js';

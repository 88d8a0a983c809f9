// The visuals export: a poster PDF and a 300 dpi image of every visual, and all posters in one PDF.
export { exportVisuals, type VisualFile, type VisualsRequest, type VisualsResult } from './export-visuals.js';
export { COMBINED_NAME } from './file-names.js';
export { posterSizes, type PosterSize } from './poster-geometry.js';

// SVG drawings rasterised off the export's thread: as PNGs for the visuals export, as image streams for the PDF.
export { RasterThread, type Raster } from './thread.js';
export type { DeflatedPixels } from './worker.js';
export { splitAlpha } from './split-alpha.js';

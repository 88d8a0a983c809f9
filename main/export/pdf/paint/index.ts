// Painting flowed pages into a pdf-lib document.
export { paintFlowPage, type Origin } from './paint-page.js';
export { PaintResources } from './resources.js';
export { drawAhead, ImageCache } from './images.js';

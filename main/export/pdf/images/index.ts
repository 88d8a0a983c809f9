// Images embedded without needless work: PNG data passed through where PDF can
// read it as it is, SVG as vectors (or rasterised once per picture), native zlib where pixels must be compressed.
export { embedPng } from './embed-png.js';
export { embedJpeg } from './embed-jpeg.js';
export { jpegIccProfile } from './icc.js';
export { pngIccProfileOf } from './png-file.js';
export { ImageProfiles } from './image-profiles.js';
export { OVERSAMPLED_DPI, pngAsSvg, rasterSource } from './oversampled.js';
export { SvgImages } from './svg-images.js';
export { imageKey, SvgPictures } from './svg-pictures.js';
export { drawImageUpright, type ImageBox } from './upright.js';
// For the visuals export, which draws an SVG once for both its posters and its PNG, as the book does.
export { svgRenderOptions } from './svg-raster.js';

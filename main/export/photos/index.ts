export { DOWNSAMPLING, downsampledJpeg, type Downsampling } from './downsample.js';
export { PhotoScaler } from './scaler.js';

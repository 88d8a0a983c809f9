export { DOWNSAMPLING, downsampledJpeg, holdSharp, type Downsampling } from './downsample.js';
export { PhotoScaler } from './scaler.js';

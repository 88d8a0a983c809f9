export { DOWNSAMPLING, downsampledJpeg, holdSharp, type Downsampling } from './downsample.js';
export { PhotoScaler, placementKey } from './scaler.js';

export { DOWNSAMPLING, downsampledJpeg, type Downsampling } from './downsample.js';

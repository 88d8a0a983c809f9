export { hexColor } from './hex.js';
export { Inks, type Ink } from './inks.js';

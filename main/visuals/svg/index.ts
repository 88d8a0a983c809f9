export { sanitiseSvg, type SanitisedSvg } from './sanitise.js';

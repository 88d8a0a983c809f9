export { headingType, StructNode, type HeadingType, type StructAttributes, type StructType } from './structure.js';
export { PDFUA_PART, Tagger, type ArtifactType } from './tagger.js';

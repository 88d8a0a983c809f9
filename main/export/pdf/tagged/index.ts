export { headingType, StructNode, type HeadingType, type StructAttributes, type StructType } from './structure.js';
export { isTagged, PDFUA_PART, Tagger, Untagged, type ArtifactType, type Tags } from './tagger.js';

/**
 * Collecting material: Word documents and lists (CSV, XLSX) into material
 * items, and pseudonymising contributors. For the app's dialogs: `preview`
 * shows what a file would add (duplicates flagged, warnings as message keys),
 * `applyImport` writes a plan in one transaction.
 */
export { preview, PreviewOptions } from './preview.js';
export { applyImport, ApplyOptions, type ImportResult, type ImportedItem } from './apply.js';
export { ImportPlan, IncomingItem, IncomingImage, Duplicate, type SheetInfo } from './plan.js';
export { ImportWarning } from './warnings.js';
export { sourceText } from './source.js';
export { Mapping, type SheetField } from './sheet/mapping.js';
export { DUPLICATE_THRESHOLD } from './duplicates.js';
export {
  pseudonymise,
  undoPseudonymisation,
  findContributor,
  type PseudonymisationResult,
  type UndoResult,
} from './pseudonymise/index.js';

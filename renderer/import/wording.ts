/**
 * A preview's places and warnings in the UI's language. Main sends them as
 * catalogue keys with their values, not as sentences, so switching to
 * English rewords an open preview without reading the file again.
 */
import type { ImportPreview } from '../../main/ipc/contract.js';
import { localParams, type Say } from '../../main/model/index.js';

type Source = ImportPreview['items'][number]['source'];
type Warning = ImportPreview['warnings'][number];

/** Where in the file an item came from, e.g. "rij 500" or "row 500". */
export function sourceText(source: Source, t: Say): string {
  return t(source.sourceKey, source);
}

/** A warning, with the params it has as keys (an item's `sourceKey`) said in the same language. */
export function warningText(warning: Warning, t: Say): string {
  return t(`import.warning.${warning.code}`, localParams(warning.params, t));
}

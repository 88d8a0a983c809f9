/**
 * A new material item as an import makes it: raw, consent as given, provenance
 * filled in at apply. Lines from a cell are made to fit, so that a stray line
 * break does not fail the schema.
 */
import {
  CheckedMaterialItem,
  kindDefaults,
  message,
  newId,
  now,
  type Consent,
  type ItemSource,
  type MaterialKind,
  type RichDoc,
} from '../model/index.js';
import { warning, type ImportWarning } from './warnings.js';

export const MAX_TITLE = 200;

export interface DraftInput {
  kind: MaterialKind;
  title: string;
  body: RichDoc;
  themes?: string[];
  consent?: Consent;
  /** Kind fields to set over the kind's defaults, e.g. a quote's speaker role. */
  fields?: Record<string, unknown>;
}

/**
 * The item, checked here once: the store writes it at apply without checking it again.
 * A warning about it names its `source` in the reader's language, so it gets the source's params.
 */
export function draftItem(input: DraftInput, source: ItemSource, warnings: ImportWarning[]): CheckedMaterialItem {
  let title = oneLine(input.title) || message('nl', 'import.untitled');
  if (title.length > MAX_TITLE) {
    title = `${title.slice(0, MAX_TITLE - 1).trimEnd()}…`;
    warnings.push(warning('titleShortened', { ...source }));
  }
  const at = now();
  return CheckedMaterialItem.parse({
    id: newId(),
    kind: input.kind,
    title,
    body: input.body,
    provenance: { workgroupId: null, sessionId: null, contributorIds: [] },
    themes: [...new Set((input.themes ?? []).map((t) => oneLine(t).slice(0, 80).trim()).filter(Boolean))].slice(0, 30),
    consent: input.consent ?? 'unknown',
    anonymisation: { anonymised: false, note: '' },
    editorialStatus: 'raw',
    createdAt: at,
    updatedAt: at,
    ...kindDefaults(input.kind),
    ...input.fields,
  });
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

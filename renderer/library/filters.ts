/** The library's filters as plain data, and applying them to the list of summaries. */
import type { MaterialSummary } from '../../main/ipc/contract.js';
import type { Consent, EditorialStatus, MaterialKind } from '../../main/model/index.js';

export interface Filters {
  kind: MaterialKind | '';
  workgroupId: string;
  sessionId: string;
  theme: string;
  editorialStatus: EditorialStatus | '';
  /** A consent state, or `notGiven` for every item that may not be published yet. */
  consent: Consent | 'notGiven' | '';
  usage: 'used' | 'unused' | '';
}

export const noFilters: Filters = {
  kind: '',
  workgroupId: '',
  sessionId: '',
  theme: '',
  editorialStatus: '',
  consent: '',
  usage: '',
};

export function isFiltered(filters: Filters): boolean {
  return Object.values(filters).some((value) => value !== '');
}

export function applyFilters(items: MaterialSummary[], f: Filters): MaterialSummary[] {
  return items.filter(
    (item) =>
      (!f.kind || item.kind === f.kind) &&
      (!f.workgroupId || item.workgroupId === f.workgroupId) &&
      (!f.sessionId || item.sessionId === f.sessionId) &&
      (!f.theme || item.themes.includes(f.theme)) &&
      (!f.editorialStatus || item.editorialStatus === f.editorialStatus) &&
      (!f.consent || (f.consent === 'notGiven' ? item.consent !== 'given' : item.consent === f.consent)) &&
      (!f.usage || (f.usage === 'used') === item.usedIn.length > 0),
  );
}

/** Every theme in use, for the theme filter and the theme suggestions. */
export function allThemes(items: MaterialSummary[]): string[] {
  return [...new Set(items.flatMap((item) => item.themes))].sort((a, b) => a.localeCompare(b, 'nl'));
}

/** The filters an address asks for (the overviews link to the library this way); anything else in it is ignored. */
export function filtersFromQuery(query: Record<string, string> | undefined): Filters {
  const usage = query?.usage;
  return {
    ...noFilters,
    workgroupId: query?.workgroupId ?? '',
    sessionId: query?.sessionId ?? '',
    theme: query?.theme ?? '',
    usage: usage === 'used' || usage === 'unused' ? usage : '',
  };
}

/**
 * The material map's data: items counted per theme and workgroup. Themes are
 * compared case-insensitively (imports spell them differently) and shown as
 * first written; items without a theme or workgroup get their own line, so
 * every item is counted. Past the most used themes the rest share one line,
 * so a project tagged with a hundred themes still gives a map that reads.
 */
import { message, type Locale, type MaterialItem, type Workgroup } from '../../model/index.js';
import type { MapLine, MaterialMapData } from './types.js';

/** What the map reads of an item: a whole item, or the library's summary (no body read). */
/** Themes shown by name; more would make the map taller than a page. */
const namedThemes = 18;

export type Tagged = Pick<MaterialItem, 'themes' | 'provenance'> | { readonly themes: readonly string[]; readonly workgroupId: string | null };

export function materialMapData(material: readonly Tagged[], workgroups: readonly Workgroup[], locale: Locale): MaterialMapData {
  const noTheme = message(locale, 'chart.map.noTheme');
  const columns = new Map(workgroups.map((w, i) => [w.id, i]));
  const orphanColumn = workgroups.length;
  const themeLabels = new Map<string, string>();
  const cells = new Map<string, number[]>();
  const row = (key: string): number[] => {
    let counts = cells.get(key);
    if (counts === undefined) cells.set(key, (counts = new Array<number>(workgroups.length + 1).fill(0)));
    return counts;
  };
  for (const item of material) {
    const workgroupId = 'provenance' in item ? item.provenance.workgroupId : item.workgroupId;
    const column = columns.get(workgroupId ?? '') ?? orphanColumn;
    const themes = new Set(item.themes.map((t) => t.trim()).filter((t) => t !== ''));
    for (const theme of themes.size === 0 ? [''] : themes) {
      const key = theme.toLocaleLowerCase('nl');
      if (!themeLabels.has(key)) themeLabels.set(key, theme === '' ? noTheme : theme);
      row(key)[column]! += 1;
    }
  }
  const sum = (counts: readonly number[]): number => counts.reduce((a, b) => a + b, 0);
  const sorted = [...cells.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : sum(cells.get(b)!) - sum(cells.get(a)!) || a.localeCompare(b, 'nl')));
  const named = sorted.filter((k) => k !== '');
  const keys = named.length <= namedThemes ? sorted : [...named.slice(0, namedThemes), ' rest', ...sorted.filter((k) => k === '')];
  if (named.length > namedThemes) {
    const rest = named.slice(namedThemes);
    cells.set(' rest', rest.map((k) => cells.get(k)!).reduce((a, b) => a.map((n, i) => n + b[i]!)));
    themeLabels.set(' rest', message(locale, 'chart.map.otherThemes', { count: rest.length }));
  }
  const withOrphans = keys.some((k) => cells.get(k)![orphanColumn]! > 0);
  const width = withOrphans ? workgroups.length + 1 : workgroups.length;
  const counts = keys.map((k) => cells.get(k)!.slice(0, width));
  const names = [...workgroups.map((w) => shortName(w.name)), message(locale, 'chart.map.noWorkgroup')].slice(0, width);
  const workgroupLines: MapLine[] = names.map((name, i) => ({ label: name, total: sum(counts.map((c) => c[i]!)) }));
  return {
    chart: 'materialMap',
    themes: keys.map((k, i) => ({ label: themeLabels.get(k)!, total: sum(counts[i]!) })),
    workgroups: workgroupLines,
    counts,
    items: material.length,
    words: {
      themes: message(locale, 'chart.map.themes'),
      workgroups: message(locale, 'chart.map.workgroups'),
      legend: message(locale, 'chart.map.legend'),
      total: message(locale, 'chart.map.total'),
    },
  };
}

/** "Werkgroep Wonen en zorg" → "Wonen en zorg": the axis already says what the columns are. */
function shortName(name: string): string {
  const short = name.replace(/^(werkgroep|werkteam|workgroup)\s+/i, '');
  return short === '' ? name : short;
}

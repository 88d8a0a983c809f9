/** Cell values into the domain: vocabulary words in Dutch or English, Dutch dates, lists. */
import {
  consentStates,
  label,
  materialKinds,
  positions,
  roles,
  type Consent,
  type MaterialKind,
  type Position,
  type Role,
} from '../../model/index.js';

/** Lower case, diacritics and everything but letters and digits dropped: "Thema's" → "themas". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function vocabulary<T extends string>(name: string, codes: readonly T[], extra: Record<string, T> = {}): (value: string) => T | null {
  const byWord = new Map<string, T>();
  for (const code of codes) {
    for (const word of [code, label('nl', name, code), label('en', name, code)]) byWord.set(fold(word), code);
  }
  for (const [word, code] of Object.entries(extra)) byWord.set(fold(word), code);
  return (value) => byWord.get(fold(value)) ?? null;
}

export const materialKindOf = vocabulary<MaterialKind>('materialKind', materialKinds, {
  verhalen: 'story',
  dilemmas: 'dilemma',
  praktijkvoorbeelden: 'practiceExample',
  oplossingsrichtingen: 'solutionDirection',
  citaten: 'quote',
  aanbevelingen: 'recommendation',
});
export const consentOf = vocabulary<Consent>('consent', consentStates, { ja: 'given', nee: 'refused', yes: 'given', no: 'refused' });
export const roleOf = vocabulary<Role>('role', roles);
export const positionOf = vocabulary<Position>('position', positions);

const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const shortMonths = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** `15-03-2017`, `15/3/17`, `15.03.2017`, `2017-03-15`, `15 maart 2017` → `2017-03-15`; null when not a real date. */
export function parseDate(value: string): string | null {
  const text = value.trim().toLowerCase();
  let day: number, month: number, year: number;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ].*)?$/.exec(text))) [year, month, day] = [+m[1]!, +m[2]!, +m[3]!];
  else if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(text))) [day, month, year] = [+m[1]!, +m[2]!, +m[3]!];
  else if ((m = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(text))) {
    const index = Math.max(months.indexOf(m[2]!), shortMonths.indexOf(m[2]!));
    if (index < 0) return null;
    [day, month, year] = [+m[1]!, index + 1, +m[3]!];
  } else return null;
  if (year < 100) year += 2000;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** `15-03-2017`: how the app writes a date in a Dutch title. */
export function dutchDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}-${month}-${year}`;
}

/** A cell listing several values, separated by semicolons (or commas, when `commas`). */
export function listOf(value: string, commas: boolean): string[] {
  return value
    .split(commas ? /[;,]/ : /;/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Which column holds which field. Headers named like a field in Dutch or
 * English map by themselves; a mapping file overrides; the mapping used is
 * remembered in the project per set of headers, for the next list like it.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { importFields, keyedProblem, UserError } from '../../model/index.js';
import { fold } from './values.js';

export const SheetField = z.enum(importFields);
export type SheetField = z.infer<typeof SheetField>;

/** Header → field, or null for a column that is not imported. */
export const Mapping = z.record(z.string(), SheetField.nullable());
export type Mapping = z.infer<typeof Mapping>;

/** Header words (folded: lower case, no diacritics or punctuation) per field, Dutch and English. */
const aliases: Record<SheetField, string[]> = {
  title: ['titel', 'title', 'kop'],
  kind: ['soort', 'kind', 'type', 'materiaalsoort'],
  text: ['tekst', 'text', 'inhoud', 'content', 'body'],
  workgroup: ['werkgroep', 'workgroup', 'werkteam'],
  session: ['bijeenkomst', 'session', 'sessie'],
  date: ['datum', 'date'],
  place: ['plaats', 'place', 'locatie', 'location'],
  contributors: ['bijdrager', 'bijdragers', 'contributor', 'contributors', 'naam', 'name', 'auteur', 'author'],
  role: ['rol', 'role'],
  position: ['positie', 'position'],
  consent: ['toestemming', 'consent'],
  themes: ['themas', 'thema', 'themes', 'theme'],
};
const fieldByAlias = new Map(Object.entries(aliases).flatMap(([field, words]) => words.map((w) => [w, field as SheetField])));

/** Each header's field by its name; a field claimed by an earlier column leaves later ones unmapped. */
export function autoMapping(headers: string[]): Mapping {
  const taken = new Set<SheetField>();
  const mapping: Mapping = {};
  for (const header of headers) {
    const field = fieldByAlias.get(fold(header)) ?? null;
    mapping[header] = field && !taken.has(field) ? field : null;
    if (field) taken.add(field);
  }
  return mapping;
}

/** A mapping file as users write it: header → field code, Dutch or English field word, or null. */
const MappingFile = z.record(z.string(), z.string().nullable());

/** Reads a mapping file's JSON against the file's headers; `importMapping` says what is wrong. */
export function parseMapping(json: unknown, headers: string[]): Mapping {
  const parsed = MappingFile.safeParse(json);
  if (!parsed.success) throw new UserError('importMapping', keyedProblem('problem.mappingNotObject'));
  const mapping: Mapping = {};
  for (const [header, value] of Object.entries(parsed.data)) {
    if (!headers.includes(header)) {
      throw new UserError('importMapping', keyedProblem('problem.columnMissing', { header, headers: headers.join(', ') }));
    }
    const field = value === null ? null : SheetField.safeParse(value).success ? (value as SheetField) : fieldByAlias.get(fold(value));
    if (field === undefined) {
      throw new UserError('importMapping', keyedProblem('problem.unknownField', { field: String(value), header, fields: importFields.join(', ') }));
    }
    mapping[header] = field;
  }
  return mapping;
}

/** `override`'s columns put over `base`: a field it gives a column leaves the automatic one; a field given to two columns is refused. */
export function combineMappings(base: Mapping, override: Mapping): Mapping {
  const claimed = new Map<SheetField, string>();
  for (const [header, field] of Object.entries(override)) {
    if (field === null) continue;
    const other = claimed.get(field);
    if (other !== undefined) throw new UserError('importMapping', keyedProblem('problem.fieldTwice', { field, first: other, second: header }));
    claimed.set(field, header);
  }
  const combined: Mapping = { ...base };
  for (const [header, field] of Object.entries(base)) if (field !== null && claimed.has(field)) combined[header] = null;
  return { ...combined, ...override };
}

/** The settings key under which a project remembers the mapping for this set of headers. */
export function mappingKey(headers: string[]): string {
  const set = [...new Set(headers.map(fold))].sort().join('\u001f');
  return `import.mapping.${createHash('sha256').update(set).digest('hex').slice(0, 32)}`;
}

export const RememberedMapping = z.strictObject({ headers: z.array(z.string()), mapping: Mapping });

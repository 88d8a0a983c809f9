/**
 * Pseudonymisation: a contributor's name is replaced by a pseudonym wherever
 * it appears in material and chapters (titles, bylines, rich text, an item's
 * own text fields), in one transaction. What each changed record was before is
 * kept in the project, so `undoPseudonymisation` puts it back in one step: a
 * record left as the pseudonymisation wrote it is restored exactly; one edited
 * since gets the name back for the pseudonym, keeping the later edits.
 */
import { z } from 'zod';
import {
  Chapter,
  Id,
  keyedProblem,
  Line,
  MaterialItem,
  namedRecord,
  now,
  Timestamp,
  UserError,
  type Contributor,
} from '../../model/index.js';
import type { ProjectStore } from '../../store/index.js';
import { replaceInChapter, replaceInMaterial, type Replacement } from './replace.js';

const Change = z.strictObject({
  type: z.enum(['material', 'chapter']),
  id: Id,
  title: z.string(),
  /** The record before; validated against its own schema when it is put back. */
  before: z.unknown(),
  /** The `updatedAt` the pseudonymisation wrote: a record still at it is unchanged since. */
  updatedAt: Timestamp,
});

const PseudonymisationRecord = z.strictObject({
  contributorId: Id,
  name: z.string(),
  pseudonym: Line(120).min(1),
  previousPseudonym: z.string().nullable(),
  at: Timestamp,
  changes: z.array(Change),
});

export interface PseudonymisationResult {
  contributorId: string;
  name: string;
  pseudonym: string;
  /** The records whose text changed. */
  changed: { type: 'material' | 'chapter'; id: string; title: string }[];
}

export interface UndoResult extends PseudonymisationResult {
  /** Records edited after the pseudonymisation: the pseudonym was turned back into the name there, rather than the old text put back. */
  changedSince: { type: 'material' | 'chapter'; id: string; title: string }[];
}

const recordKey = (contributorId: string) => `pseudonymise.${contributorId}`;

/** The contributor with this id, or else the one with this name; `notFound` or `ambiguousContributor` otherwise. */
export function findContributor(store: ProjectStore, idOrName: string): Contributor {
  const byId = store.contributors.get(idOrName);
  if (byId) return byId;
  const wanted = idOrName.trim().toLocaleLowerCase('nl');
  const matches = store.contributors.list().filter((c) => c.name.toLocaleLowerCase('nl') === wanted);
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new UserError('notFound', { ...namedRecord('contributor'), id: idOrName });
  throw new UserError('ambiguousContributor', { name: idOrName, count: matches.length, ids: matches.map((c) => c.id).join(', ') });
}

export function pseudonymise(store: ProjectStore, contributorId: string, rawPseudonym: string): PseudonymisationResult {
  const pseudonym = Line(120).min(1).safeParse(rawPseudonym);
  if (!pseudonym.success) throw new UserError('invalidArguments', keyedProblem('problem.pseudonymLine'));
  return store.transaction(() => {
    const contributor = store.contributors.get(contributorId);
    if (!contributor) throw new UserError('notFound', { ...namedRecord('contributor'), id: contributorId });
    const replacements: Replacement[] = [{ from: contributor.name, to: pseudonym.data }];
    // A contributor pseudonymised before gets the new pseudonym where the old one stood.
    if (contributor.pseudonym && contributor.pseudonym !== pseudonym.data) replacements.push({ from: contributor.pseudonym, to: pseudonym.data });
    const at = now();
    const changes: z.infer<typeof Change>[] = [];
    for (const item of store.material.list()) {
      const next = replaceInMaterial(item, replacements);
      if (!next) continue;
      store.material.put({ ...next, updatedAt: at });
      changes.push({ type: 'material', id: item.id, title: item.title, before: item, updatedAt: at });
    }
    for (const chapter of store.chapters.list()) {
      const next = replaceInChapter(chapter, replacements);
      if (!next) continue;
      store.chapters.put({ ...next, updatedAt: at });
      changes.push({ type: 'chapter', id: chapter.id, title: chapter.title, before: chapter, updatedAt: at });
    }
    store.contributors.put({ ...contributor, pseudonym: pseudonym.data });
    store.settings.put(recordKey(contributor.id), {
      contributorId: contributor.id,
      name: contributor.name,
      pseudonym: pseudonym.data,
      previousPseudonym: contributor.pseudonym,
      at,
      changes,
    } satisfies z.infer<typeof PseudonymisationRecord>);
    return { contributorId: contributor.id, name: contributor.name, pseudonym: pseudonym.data, changed: changes.map(({ type, id, title }) => ({ type, id, title })) };
  });
}

/** Undoes the contributor's last pseudonymisation in one transaction; `nothingToUndo` when there is none. */
export function undoPseudonymisation(store: ProjectStore, contributorId: string): UndoResult {
  return store.transaction(() => {
    const contributor = store.contributors.get(contributorId);
    if (!contributor) throw new UserError('notFound', { ...namedRecord('contributor'), id: contributorId });
    const parsed = PseudonymisationRecord.safeParse(store.settings.get(recordKey(contributorId)));
    if (!parsed.success) throw new UserError('nothingToUndo', { name: contributor.name });
    const record = parsed.data;
    const back: Replacement[] = [{ from: record.pseudonym, to: record.name }];
    const result: UndoResult = { contributorId, name: record.name, pseudonym: record.pseudonym, changed: [], changedSince: [] };
    for (const change of record.changes) {
      const summary = { type: change.type, id: change.id, title: change.title };
      if (change.type === 'material') {
        const current = store.material.get(change.id);
        if (!current) continue;
        if (current.updatedAt === change.updatedAt) store.material.put(MaterialItem.parse(change.before));
        else {
          const next = replaceInMaterial(current, back);
          if (next) store.material.put({ ...next, updatedAt: now() });
          result.changedSince.push(summary);
        }
      } else {
        const current = store.chapters.get(change.id);
        if (!current) continue;
        if (current.updatedAt === change.updatedAt) store.chapters.put(Chapter.parse(change.before));
        else {
          const next = replaceInChapter(current, back);
          if (next) store.chapters.put({ ...next, updatedAt: now() });
          result.changedSince.push(summary);
        }
      }
      result.changed.push(summary);
    }
    store.contributors.put({ ...contributor, pseudonym: record.previousPseudonym });
    store.settings.delete(recordKey(contributorId));
    return result;
  });
}

/**
 * `applyImport`: writes a plan into the project in one transaction — all of it
 * or, when anything fails, nothing. Workgroups, sessions and contributors are
 * matched by name (case-insensitive) or made; images of the items written
 * become visuals; for a list, the mapping used is remembered for its headers.
 */
import { z } from 'zod';
import {
  Id,
  newId,
  referencedVisualIds,
  type Contributor,
  type MaterialKind,
  type Session,
  type Workgroup,
} from '../model/index.js';
import type { ProjectStore } from '../store/index.js';
import type { ImportPlan, ContributorRef, Duplicate, SessionRef } from './plan.js';
import { mappingKey } from './sheet/mapping.js';
import type { ItemSource } from '../model/index.js';

export const ApplyOptions = z.strictObject({
  /** Import items flagged as duplicates too; by default they are skipped. */
  keepDuplicates: z.boolean().default(false),
  /** Item ids from the plan that the user left out. */
  skip: z.array(Id).default([]),
});
export type ApplyOptions = z.input<typeof ApplyOptions>;

export interface ImportedItem {
  id: string;
  title: string;
  kind: MaterialKind;
  source: ItemSource;
  duplicate: Duplicate | null;
}

export interface ImportResult {
  imported: ImportedItem[];
  skippedDuplicates: ImportedItem[];
  /** Names of what the import made because the project did not have it yet. */
  created: { workgroups: string[]; sessions: string[]; contributors: string[] };
  visuals: number;
}

/**
 * `plan` is what `preview` made in this process (over IPC only its id travels),
 * and its items were checked as it made them, so neither this nor the store
 * checks them again. Provenance is filled in from records the store holds.
 */
export function applyImport(store: ProjectStore, plan: ImportPlan, rawOptions: ApplyOptions = {}): ImportResult {
  const options = ApplyOptions.parse(rawOptions);
  const skip = new Set(options.skip);
  const result: ImportResult = { imported: [], skippedDuplicates: [], created: { workgroups: [], sessions: [], contributors: [] }, visuals: 0 };

  store.transaction(() => {
    const people = new People(store, result.created);
    const images = new Map(plan.images.map((image) => [image.visualId, image]));
    for (const incoming of plan.items) {
      const summary: ImportedItem = {
        id: incoming.item.id,
        title: incoming.item.title,
        kind: incoming.item.kind,
        source: incoming.source,
        duplicate: incoming.duplicate,
      };
      if (skip.has(summary.id)) continue;
      if (incoming.duplicate && !options.keepDuplicates) {
        result.skippedDuplicates.push(summary);
        continue;
      }
      const workgroupId = incoming.workgroup ? people.workgroup(incoming.workgroup) : null;
      const sessionId = incoming.session ? people.session(incoming.session, workgroupId) : null;
      const contributorIds = [...new Set(incoming.contributors.map((c) => people.contributor(c, workgroupId)))];
      for (const visualId of referencedVisualIds(incoming.item.body)) {
        const image = images.get(visualId);
        if (!image) continue;
        const hash = store.images.put(image.bytes, image.mime);
        store.visuals.put({
          id: visualId,
          title: image.title,
          source: { type: 'image', hash, mime: image.mime, width: image.width, height: image.height },
          caption: '',
          credit: '',
          altText: image.altText,
          sessionId,
        });
        result.visuals++;
      }
      // Indexed for search right after the commit: the import returns sooner, and a search catches up first.
      store.material.putChecked({ ...incoming.item, provenance: { workgroupId, sessionId, contributorIds } }, { indexLater: true });
      result.imported.push(summary);
    }
    if (plan.sheet) store.settings.put(mappingKey(plan.sheet.headers), { headers: plan.sheet.headers, mapping: plan.sheet.mapping });
  }, { large: true });
  return result;
}

/**
 * Finds workgroups, sessions and contributors by name, or makes them, within
 * the import's transaction. A list of thousands of rows asks for the same few
 * names thousands of times: each name's key is worked out once, and sessions
 * are looked up by their title's key.
 */
class People {
  private readonly keys = new Map<string, string>();
  private readonly workgroups: Map<string, Workgroup>;
  /** The sessions with each title's key, in the project's order. */
  private readonly sessions = new Map<string, Session[]>();
  private readonly contributors: Map<string, Contributor>;

  constructor(
    private readonly store: ProjectStore,
    private readonly created: ImportResult['created'],
  ) {
    this.workgroups = new Map(store.workgroups.list().map((w) => [this.key(w.name), w]));
    for (const session of store.sessions.list()) this.addSession(session);
    this.contributors = new Map(store.contributors.list().map((c) => [this.key(c.name), c]));
  }

  workgroup(name: string): string {
    const known = this.workgroups.get(this.key(name));
    if (known) return known.id;
    const workgroup = this.store.workgroups.put({ id: newId(), name, theme: '', description: '' });
    this.workgroups.set(this.key(name), workgroup);
    this.created.workgroups.push(name);
    return workgroup.id;
  }

  /** The first session with this title (on this date, when the row has one), or a new one. */
  session(ref: SessionRef, workgroupId: string | null): string {
    const known = this.sessions.get(this.key(ref.title))?.find((s) => ref.date === null || s.date === ref.date);
    if (known) return known.id;
    const session = this.store.sessions.put({
      id: newId(),
      kind: 'workgroupMeeting',
      title: ref.title,
      date: ref.date ?? today(),
      place: ref.place,
      workgroupId,
      participants: null,
      notes: '',
    });
    this.addSession(session);
    this.created.sessions.push(ref.title);
    return session.id;
  }

  contributor(ref: ContributorRef, workgroupId: string | null): string {
    const known = this.contributors.get(this.key(ref.name));
    if (known) return known.id;
    const contributor = this.store.contributors.put({
      id: newId(),
      name: ref.name,
      role: ref.role ?? 'resident',
      position: ref.position ?? 'informal',
      organisation: '',
      workgroupIds: workgroupId ? [workgroupId] : [],
      pseudonym: null,
    });
    this.contributors.set(this.key(ref.name), contributor);
    this.created.contributors.push(ref.name);
    return contributor.id;
  }

  private addSession(session: Session): void {
    const key = this.key(session.title);
    const same = this.sessions.get(key);
    if (same) same.push(session);
    else this.sessions.set(key, [session]);
  }

  /** Names match trimmed and in lower case, as Dutch writes it. */
  private key(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) {
      key = name.trim().toLocaleLowerCase('nl');
      this.keys.set(name, key);
    }
    return key;
  }
}

/** The local calendar date, as a session records it. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

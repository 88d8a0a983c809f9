/**
 * The renderer's one way to main: the typed client plus the save state the
 * header shows. Reads go straight to the client; writes go through `write`,
 * which counts what is in flight ("opslaan…"), remembers the last failure, and
 * tells every open query (`afterWrite`) to read again after a change.
 *
 * A chapter's autosave while typing changes nothing but its text: it tells
 * only what changes with chapter text (word counts, threads, search).
 * Otherwise every save, once a second while typing, would have every open list
 * (the 2,000-item shelf beside the text, every kader's item) read again.
 *
 * A write draws nothing by itself: a query reads again from its listener and
 * its view draws only when the answer differs; the save state is a store of
 * its own (saveState.ts). When writes and the save state changed one shared
 * value, each save drew every screen that writes or reads (the open chapter
 * with its editor, thread cards and shelf) again, inside the keystrokes typed
 * meanwhile.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Channel, Input, Output } from '../../main/ipc/contract.js';
import type { Client } from '../api/client.js';
import { useI18n } from '../i18n/I18n.js';
import { errorText } from './errors.js';
import { sameJson } from './sameJson.js';
import { SaveStates, type Saving } from './saveState.js';

/** What stays the same for the window's life. */
export interface Data {
  client: Client;
  /** A change: tracked in the save state; throws the client's error for the caller to show. */
  write<C extends Channel>(channel: C, input: Input<C>, options?: WriteOptions<C>): Promise<Output<C>>;
  /**
   * Marks a change that is waiting to be written (the editor's idle delay), so
   * the header says "opslaan…" from the first keystroke; returns the release.
   */
  hold(): () => void;
  /** The last answer to each query (channel and input), shown at once when a view opens again. */
  answers: Map<string, unknown>;
  /** Calls `listener` after every successful write that `channel`'s answers may change with; returns the unsubscribe. */
  afterWrite(channel: Channel, listener: () => void): () => void;
}

export interface WriteOptions<C extends Channel = Channel> {
  /** The write changes a chapter's text and nothing else: no kader, figure, title or status. */
  readonly textOnly?: boolean;
  /** The queries whose answers the write's answer says it left as they were: not read again. */
  readonly unchanged?: (answer: Output<C>) => readonly Channel[];
  /** The write's answer says it stored nothing (main refused it): no query is read again. */
  readonly refused?: (answer: Output<C>) => boolean;
}

/**
 * Queries whose answers change with chapter text: word counts, the threads,
 * whose anchors follow the text on every save (and may move, see
 * review/reconcile), and search.
 */
const followsText: ReadonlySet<Channel> = new Set<Channel>(['chapters.summaries', 'threads.forChapter', 'review.overview', 'search']);

const DataContext = createContext<Data | null>(null);
const SaveStatesContext = createContext<SaveStates | null>(null);

export function DataProvider({ children, client }: { children: ReactNode; client: Client }) {
  const { locale, t } = useI18n();
  // One client for the window's life (made at the entry): errors are put in the UI's language where they are shown (errorText).
  const [listeners] = useState(() => new Set<{ channel: Channel; listener: () => void }>());
  const [saves] = useState(() => new SaveStates());
  const [answers] = useState(() => new Map<string, unknown>());
  const i18n = useRef({ locale, t });
  i18n.current = { locale, t };

  const hold = useCallback(() => saves.hold(), [saves]);

  const write = useCallback(
    async <C extends Channel>(channel: C, input: Input<C>, options: WriteOptions<C> = {}): Promise<Output<C>> => {
      const release = hold();
      try {
        const out = await client.call(channel, input);
        saves.settle(null);
        if (options.refused?.(out)) return out;
        const unchanged = options.unchanged?.(out) ?? [];
        for (const entry of [...listeners]) {
          if (unchanged.includes(entry.channel)) continue;
          if (!options.textOnly || followsText.has(entry.channel)) entry.listener();
        }
        return out;
      } catch (error) {
        saves.settle(errorText(error, i18n.current.t));
        throw error;
      } finally {
        release();
      }
    },
    [client, hold, listeners, saves],
  );

  const afterWrite = useCallback(
    (channel: Channel, listener: () => void) => {
      const entry = { channel, listener };
      listeners.add(entry);
      return () => void listeners.delete(entry);
    },
    [listeners],
  );

  const data = useMemo<Data>(() => ({ client, write, hold, answers, afterWrite }), [client, write, hold, answers, afterWrite]);
  return (
    <DataContext.Provider value={data}>
      <SaveStatesContext.Provider value={saves}>{children}</SaveStatesContext.Provider>
    </DataContext.Provider>
  );
}

export function useData(): Data {
  const value = useContext(DataContext);
  if (!value) throw new Error('useData outside DataProvider');
  return value;
}

export function useSaving(): Saving {
  const saves = useContext(SaveStatesContext);
  if (!saves) throw new Error('useSaving outside DataProvider');
  return useSyncExternalStore(saves.subscribe, saves.get);
}

export interface Query<T> {
  data: T | undefined;
  error: string | null;
}

/**
 * Reads `channel` and reads it again after every write, keeping the previous
 * answer on screen meanwhile so lists do not flicker, and keeping it outright
 * when the new one is the same. A view opened again
 * shows the last answer to the same query at once (the 2,000-item library
 * takes a good part of a second to read and send) while it is read afresh.
 */
export function useQuery<C extends Channel>(channel: C, input: Input<C>, enabled = true): Query<Output<C>> {
  const { client, answers, afterWrite } = useData();
  const { t } = useI18n();
  const key = JSON.stringify(input);
  const [state, setState] = useState<Query<Output<C>>>(() => ({
    data: enabled ? (answers.get(`${channel} ${key}`) as Output<C> | undefined) : undefined,
    error: null,
  }));
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    // Only the newest read may show: an older one can answer after it.
    let newest = 0;
    const read = () => {
      const at = ++newest;
      client
        .call(channel, JSON.parse(key) as Input<C>)
        .then((fresh) => {
          if (at !== newest) return;
          // An answer equal to the one shown keeps its identity: nothing built on it draws again.
          const shown = answers.get(`${channel} ${key}`) as Output<C> | undefined;
          const data = shown === undefined ? fresh : jsonOf(shown) === jsonOf(fresh) ? shown : keepUnchangedRows(shown, fresh);
          answers.set(`${channel} ${key}`, data);
          if (live) setState((s) => (s.data === data && s.error === null ? s : { data, error: null }));
        })
        .catch((error: unknown) => live && at === newest && setState((s) => ({ data: s.data, error: errorText(error, t) })));
    };
    read();
    const unsubscribe = afterWrite(channel, read);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [client, channel, key, enabled, t, answers, afterWrite]);
  return state;
}

/**
 * A list read afresh, with each row that did not change as the object shown
 * before, so a row drawn by a memo component does not draw again: a save
 * that moves one thread's anchor redrew every thread card beside the text.
 */
function keepUnchangedRows<T>(shown: T, fresh: T): T {
  if (!Array.isArray(shown) || !Array.isArray(fresh)) return fresh;
  const rows: unknown[] = fresh.map((row: unknown, i) => (i < shown.length && sameJson(shown[i], row) ? shown[i] : row));
  // Equal to `fresh` as JSON: its JSON need not be written again at the next comparison.
  written.set(rows, jsonOf(fresh));
  return rows as T;
}

/** Answers as JSON, each written once: the library's answer is a few MB and is compared after every write. */
const written = new WeakMap<object, string>();

function jsonOf(answer: unknown): string {
  if (typeof answer !== 'object' || answer === null) return JSON.stringify(answer);
  let json = written.get(answer);
  if (json === undefined) {
    json = JSON.stringify(answer);
    written.set(answer, json);
  }
  return json;
}

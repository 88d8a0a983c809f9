/**
 * Full-text search as you type: the `search` channel (diacritics fold, the
 * last word matches as a prefix), a short pause after the last keystroke so a
 * fast typist does not queue a search per letter. `null` while there is no query.
 */
import { useEffect, useState } from 'react';
import type { SearchHit } from '../../main/ipc/contract.js';
import { useData } from '../app/data.js';

const pauseMs = 120;

export function useSearch(query: string, limit = 200): SearchHit[] | null {
  // Chapters are searched too: their text-only saves count.
  const { client, afterWrite } = useData();
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const trimmed = query.trim();
  useEffect(() => {
    if (!trimmed) {
      setHits(null);
      return;
    }
    let live = true;
    // Only the newest search may show: an older one can answer after it.
    let newest = 0;
    let timer: number | undefined;
    const search = () => {
      const at = ++newest;
      client
        .search({ query: trimmed, limit })
        .then((found) => live && at === newest && setHits(found))
        .catch(() => live && at === newest && setHits([]));
    };
    const later = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(search, pauseMs);
    };
    later();
    const unsubscribe = afterWrite('search', later);
    return () => {
      live = false;
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, [client, trimmed, limit, afterWrite]);
  return hits;
}

/** Material hits by id, with their snippets. */
export function materialHits(hits: SearchHit[] | null): Map<string, string> | null {
  if (!hits) return null;
  return new Map(hits.filter((hit) => hit.type === 'material').map((hit) => [hit.id, hit.snippet]));
}

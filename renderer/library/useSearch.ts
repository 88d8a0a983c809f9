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
  const { client, textRevision: revision } = useData();
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const trimmed = query.trim();
  useEffect(() => {
    if (!trimmed) {
      setHits(null);
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      client
        .search({ query: trimmed, limit })
        .then((found) => live && setHits(found))
        .catch(() => live && setHits([]));
    }, pauseMs);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [client, trimmed, limit, revision]);
  return hits;
}

/** Material hits by id, with their snippets. */
export function materialHits(hits: SearchHit[] | null): Map<string, string> | null {
  if (!hits) return null;
  return new Map(hits.filter((hit) => hit.type === 'material').map((hit) => [hit.id, hit.snippet]));
}

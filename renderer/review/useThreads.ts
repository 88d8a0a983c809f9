/**
 * A chapter's threads: read from main (again after every write) and, in
 * between, the threads our own calls returned, so a comment shows at once.
 */
import { useCallback, useEffect, useState } from 'react';
import type { CommentThread } from '../../main/model/index.js';
import { useQuery } from '../app/data.js';

export interface Threads {
  threads: CommentThread[];
  put(thread: CommentThread): void;
  drop(id: string): void;
}

// One empty list, not a new one per render: the editor redraws its passages whenever the list changes.
const none: CommentThread[] = [];

export function useThreads(chapterId: string): Threads {
  const query = useQuery('threads.forChapter', { chapterId });
  const [local, setLocal] = useState<CommentThread[] | null>(null);
  useEffect(() => setLocal(null), [query.data]);
  const threads = local ?? query.data ?? none;

  const put = useCallback(
    (thread: CommentThread) =>
      setLocal((current) => {
        const list = current ?? query.data ?? [];
        return list.some((t) => t.id === thread.id) ? list.map((t) => (t.id === thread.id ? thread : t)) : [...list, thread];
      }),
    [query.data],
  );
  const drop = useCallback((id: string) => setLocal((current) => (current ?? query.data ?? []).filter((t) => t.id !== id)), [query.data]);
  return { threads, put, drop };
}

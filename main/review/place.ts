/**
 * Placing a thread that comes from elsewhere (a reviewer copy, a Word file) on
 * a chapter of this project: its passage is looked for in the chapter as it
 * is now, by the quote with the words around it, with the place it had in its
 * source's text as the tie-breaker; when the passage is gone the thread goes
 * on the nearest surviving word and says so. It is always kept.
 */
import { docFromJSON, type Anchor, type Chapter, type CommentThread, type Timestamp } from '../model/index.js';
import type { ProjectStore } from '../store/index.js';
import { anchorOf, locate, nearestWord, type Placement } from './locate.js';
import { addCommentMark } from './marks.js';
import { offsetMap } from './offset-map.js';
import { richDoc } from './service.js';
import { docRange, indexDoc, type TextRange } from './text-index.js';

/** Where the passage was in the text it came from. */
export interface Source {
  text: string;
  range: TextRange;
}

export function placeThread(
  store: ProjectStore,
  chapter: Chapter,
  thread: CommentThread,
  source: Source,
  at: Timestamp,
): { thread: CommentThread; placement: Placement } {
  const doc = docFromJSON(chapter.body);
  const index = indexDoc(doc);
  const anchor: Anchor = anchorOf(source.text, source.range);
  const hint = offsetMap(source.text, index.text)(source.range.start);
  const found = locate(anchor, index, hint);
  const range = found?.range ?? nearestWord(index, 0);
  const place = range && docRange(index, range);
  const placement: Placement = found && place ? found.placement : 'nearest';
  if (place) store.chapters.put({ ...chapter, body: richDoc(addCommentMark(doc, thread.id, place.from, place.to)) });
  const moved = placement === 'nearest';
  const placed: CommentThread = {
    ...thread,
    chapterId: chapter.id,
    // A moved thread keeps the passage it was about; a placed one takes the passage as it reads here.
    anchor: moved || !range ? anchor : anchorOf(index.text, range),
    reanchoredAt: moved ? at : null,
  };
  return { thread: store.threads.put(placed), placement };
}

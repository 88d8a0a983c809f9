// What the builder carries while it walks the publication in reading order:
// the counters that number footnotes and figures, and what it could not resolve.
import { message, type Locale, type MessageKey } from '../../model/index.js';
import type { TreeProblem } from './types.js';

export interface BuildContext {
  readonly locale: Locale;
  /** Comment marks become thread ids on the text only when comments are exported. */
  readonly comments: boolean;
  readonly problems: TreeProblem[];
  /** The chapter being built, for problems and anchors. */
  chapter: { readonly id: string; readonly title: string; readonly anchor: string };
  footnotes: number;
  figures: number;
  sections: number;
}

export function text(context: BuildContext, key: MessageKey, params: Record<string, string | number> = {}): string {
  return message(context.locale, key, params);
}

export function problem(context: BuildContext, code: TreeProblem['code'], ref: string): void {
  context.problems.push({
    code,
    chapterId: context.chapter.id,
    chapterTitle: context.chapter.title,
    ref,
  });
}

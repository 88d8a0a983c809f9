/** Shorthand for a chapter whose body is written in the demo markup (see markup.ts). */
import type { Chapter, ChapterKind, ReviewStatus } from '../../model/index.js';
import { rich } from '../markup.js';
import { timestamp } from '../material/make.js';

export interface ChapterSpec {
  id: string;
  kind: ChapterKind;
  title: string;
  /** As printed under the title, "Door …"; omitted for none. */
  byline?: string;
  status: ReviewStatus;
  /** `YYYY-MM-DD` of the last change. */
  updated: string;
  body: string;
}

export function chapter(spec: ChapterSpec): Chapter {
  return {
    id: spec.id,
    kind: spec.kind,
    title: spec.title,
    byline: spec.byline ?? '',
    body: rich(spec.body),
    reviewStatus: spec.status,
    updatedAt: timestamp(spec.updated, '14:00'),
  };
}

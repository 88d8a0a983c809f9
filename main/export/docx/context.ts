/** What the block and inline writers share while one document is written. */
import type { Paragraph } from 'docx';
import type { Template } from '../template/index.js';
import type { Labels } from '../tree/types.js';
import type { Bookmarks } from './bookmarks.js';
import type { ChapterComments } from './comments.js';
import type { ListNumbering } from './lists.js';
import type { ReportLog } from './report.js';
import type { SvgFallbacks } from './svg.js';
import type { ChartImages } from './charts.js';
import type { ScaledPhotos } from './photos.js';
import type { SoftHyphens } from './soft-hyphens.js';

export interface WriteContext {
  readonly template: Template;
  readonly labels: Labels;
  readonly language: string;
  readonly bookmarks: Bookmarks;
  /** The document's footnotes by id; the writers add to it as they meet references. */
  readonly footnotes: Record<string, { children: Paragraph[] }>;
  readonly numbering: ListNumbering;
  readonly log: ReportLog;
  /** PNG fallbacks of the SVG figures, rendered beforehand. */
  readonly svgFallbacks: SvgFallbacks;
  /** The chart figures drawn beforehand: SVG and PNG fallback. */
  readonly charts: ChartImages;
  /** Photos scaled down beforehand. */
  readonly photos: ScaledPhotos;
  /** The publication's own word divisions, marked in the running text. */
  readonly softHyphens: SoftHyphens;
  /** The chapter being written, for its comment ranges and for warnings; null in the front matter. */
  chapterId: string | null;
  comments: ChapterComments | null;
}

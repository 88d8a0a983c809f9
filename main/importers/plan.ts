/**
 * An import plan: what `preview` found in a file and `apply` will write. It is
 * plain data with a zod schema, so the app can show it in a preview dialog and
 * hand it back across the IPC boundary, where it is validated again.
 */
import { z } from 'zod';
import { Id, ImageMime, IsoDate, ItemSource, Line, Position, Role, type CheckedMaterialItem } from '../model/index.js';
import { Mapping } from './sheet/mapping.js';
import { ImportWarning } from './warnings.js';

export const ContributorRef = z.strictObject({
  name: Line(120).min(1),
  role: Role.nullable(),
  position: Position.nullable(),
});
export type ContributorRef = z.infer<typeof ContributorRef>;

/** A session by title (and date, when known): matched in the project at apply, or made. */
export const SessionRef = z.strictObject({
  title: Line(200).min(1),
  date: IsoDate.nullable(),
  place: Line(120),
});
export type SessionRef = z.infer<typeof SessionRef>;

export const Duplicate = z.strictObject({
  of: z.enum(['existing', 'incoming']),
  id: Id,
  title: z.string(),
  similarity: z.number().min(0).max(1),
});
export type Duplicate = z.infer<typeof Duplicate>;

/**
 * `preview` checks every item as it makes it (`draftItem`), and a plan never
 * leaves the process (over IPC only its id travels), so it is not checked
 * again here, nor when the store writes it: checking each item twice doubled
 * the time an import of thousands takes.
 */
const CheckedEarlier = z.custom<CheckedMaterialItem>(
  (value) => typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string',
  'a material item',
);

export const IncomingItem = z.strictObject({
  /** The item as it will be stored; its provenance is filled in from the references below at apply. */
  item: CheckedEarlier,
  /** Where in the file it came from: a row number or a heading, for the preview. */
  source: ItemSource,
  workgroup: Line(120).min(1).nullable(),
  session: SessionRef.nullable(),
  contributors: z.array(ContributorRef),
  /** Set when the item's text closely matches an existing item or an earlier incoming one. */
  duplicate: Duplicate.nullable(),
});
export type IncomingItem = z.infer<typeof IncomingItem>;

/** An embedded image that becomes a visual; figures in the items' bodies refer to `visualId`. */
export const IncomingImage = z.strictObject({
  visualId: Id,
  title: Line(200).min(1),
  altText: z.string().max(2_000),
  mime: ImageMime,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bytes: z.instanceof(Uint8Array),
});
export type IncomingImage = z.infer<typeof IncomingImage>;

export const SheetInfo = z.strictObject({
  headers: z.array(z.string()),
  mapping: Mapping,
  /** True when the mapping came from an earlier import of a file with these headers. */
  remembered: z.boolean(),
  encoding: z.enum(['utf-8', 'windows-1252']).nullable(),
  separator: z.string().nullable(),
});
export type SheetInfo = z.infer<typeof SheetInfo>;

export const ImportPlan = z.strictObject({
  file: z.string(),
  format: z.enum(['docx', 'csv', 'xlsx']),
  items: z.array(IncomingItem),
  images: z.array(IncomingImage),
  warnings: z.array(ImportWarning),
  sheet: SheetInfo.nullable(),
});
export type ImportPlan = z.infer<typeof ImportPlan>;

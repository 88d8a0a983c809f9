/**
 * Visuals: images brought in (their bytes live once in the store, keyed by
 * content hash) and charts drawn from the project's own data at export time.
 */
import { z } from 'zod';
import { Id, Line, PlainText } from './ids.js';

export const imageMimeTypes = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
export const ImageMime = z.enum(imageMimeTypes);
export type ImageMime = z.infer<typeof ImageMime>;

/** The largest image Bundel takes in, from the app or the command line, in bytes. */
export const maxImageBytes = 40 * 1024 * 1024;

/** SHA-256 of the bytes, lowercase hex. */
export const ContentHash = z.string().regex(/^[0-9a-f]{64}$/);

export const ImageSource = z.strictObject({
  type: z.literal('image'),
  hash: ContentHash,
  mime: ImageMime,
  /** Pixels (for SVG: its user units). */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

export const chartTypes = ['spectrum', 'materialMap', 'trajectory'] as const;
export const ChartSource = z.strictObject({ type: z.literal('chart'), chart: z.enum(chartTypes) });

export const Visual = z.strictObject({
  id: Id,
  title: Line(200).min(1),
  source: z.discriminatedUnion('type', [ImageSource, ChartSource]),
  caption: PlainText(2_000),
  credit: Line(300),
  altText: PlainText(2_000),
  sessionId: Id.nullable(),
});
export type Visual = z.infer<typeof Visual>;
export type ImageSource = z.infer<typeof ImageSource>;

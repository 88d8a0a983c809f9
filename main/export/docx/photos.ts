// Photos with far more pixels than the DOCX shows them at, scaled down before
// the document is written, as Word does when it saves (../photos).
import { DOWNSAMPLING, downsampledJpeg } from '../photos/index.js';
import type { Template } from '../template/index.js';
import type { Figure } from '../tree/types.js';
import { displaySize } from './image-size.js';

/** Per JPEG (by its bytes), its scaled copy; a photo not in it is written as it came. */
export type ScaledPhotos = ReadonlyMap<Uint8Array, Uint8Array>;

/** At the text width, the widest a figure is shown: in a narrower place (a kader) it has more pixels than needed still. */
export async function scalePhotos(figures: readonly Figure[], template: Template): Promise<ScaledPhotos> {
  const photos = new Set<Uint8Array>();
  for (const { image } of figures) if (image.type === 'image' && image.mime === 'image/jpeg') photos.add(image.bytes);
  const scaled = new Map<Uint8Array, Uint8Array>();
  await Promise.all(
    figures.map(async ({ image }) => {
      if (image.type !== 'image' || !photos.delete(image.bytes)) return;
      // Pixels at 96 to the inch, as docx measures.
      const dpi = (image.width / displaySize(image, template).width) * 96;
      const copy = await downsampledJpeg(image.bytes, dpi, DOWNSAMPLING.docx);
      if (copy !== null) scaled.set(image.bytes, copy);
    }),
  );
  return scaled;
}

// Our finished image streams as pdf-lib PDFImages, so that page.drawImage places them.
import { PDFImage, PngEmbedder, PDFName, PDFRawStream, PDFRef, type PDFDocument } from 'pdf-lib';
import type { ImageXObject } from './image-xobject.js';

/**
 * Registers the stream and wraps it. PDFImage's constructor accepts only
 * pdf-lib's own embedders (an instanceof check), so the embedder is an object
 * on PngEmbedder's prototype whose embedding assigns our stream; it runs once,
 * here, which also keeps `save()` from ever touching the pixels.
 */
export async function asPdfImage(doc: PDFDocument, xobject: ImageXObject): Promise<PDFImage> {
  const { width, height, stream } = xobject;
  const embedder = Object.assign(Object.create(PngEmbedder.prototype) as PngEmbedder, {
    width,
    height,
    embedIntoContext: (context: PDFDocument['context'], ref?: PDFRef): Promise<PDFRef> => {
      if (ref === undefined) return Promise.resolve(context.register(stream));
      context.assign(ref, stream);
      return Promise.resolve(ref);
    },
  });
  const image = PDFImage.of(doc.context.nextRef(), doc, embedder);
  await image.embed();
  return image;
}

/**
 * Puts another stream under an image's reference, so every placement already
 * drawn shows the new one; its old soft mask is dropped. The PDFImage's
 * width and height stay those of the first stream (placements give their own size).
 */
export function replaceStream(doc: PDFDocument, image: PDFImage, xobject: ImageXObject): PDFImage {
  const old = doc.context.lookup(image.ref);
  const mask = old instanceof PDFRawStream ? old.dict.get(PDFName.of('SMask')) : undefined;
  if (mask instanceof PDFRef) doc.context.delete(mask);
  doc.context.assign(image.ref, xobject.stream);
  return image;
}

/**
 * A figure's image as a run: the drawing docx's ImageRun writes, with its
 * images keyed as ImageRun keys them (the SHA-1 of their bytes, so an image
 * used twice is stored once), but hashed by Node's crypto. ImageRun hashes in
 * JavaScript, which for the images of a large publication was a tenth of the
 * export's time.
 */
import { createHash } from 'node:crypto';
import { Drawing, Run, type DocPropertiesOptions, type IContext, type IMediaData, type IMediaDataTransformation, type IXmlableObject } from 'docx';

export type FigureImage = { readonly type: 'png' | 'jpg'; readonly data: Uint8Array } | { readonly type: 'svg'; readonly data: Uint8Array; readonly fallback: Uint8Array };

/** Pixels at 96 dpi to EMUs. */
const emusPerPixel = 9525;

export class FigureRun extends Run {
  private readonly media: IMediaData;

  /** `size` in pixels at 96 dpi. */
  constructor(image: FigureImage, size: { readonly width: number; readonly height: number }, altText: DocPropertiesOptions) {
    super({});
    const transformation: IMediaDataTransformation = {
      pixels: { x: Math.round(size.width), y: Math.round(size.height) },
      emus: { x: Math.round(size.width * emusPerPixel), y: Math.round(size.height * emusPerPixel) },
    };
    const keyed = (data: Uint8Array, type: string): { fileName: string; data: Uint8Array; transformation: IMediaDataTransformation } => ({
      fileName: `${createHash('sha1').update(data).digest('hex')}.${type}`,
      data,
      transformation,
    });
    this.media =
      image.type === 'svg'
        ? { type: 'svg', ...keyed(image.data, 'svg'), fallback: { type: 'png', ...keyed(image.fallback, 'png') } }
        : { type: image.type, ...keyed(image.data, image.type) };
    this.root.push(new Drawing(this.media, { docProperties: altText }));
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    context.file.Media.addImage(this.media.fileName, this.media);
    if (this.media.type === 'svg') context.file.Media.addImage(this.media.fallback.fileName, this.media.fallback);
    return super.prepForXml(context);
  }
}

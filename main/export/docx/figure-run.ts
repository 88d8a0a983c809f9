/**
 * A figure's image as a run: the drawing docx's ImageRun writes, with its
 * images keyed as ImageRun keys them (the SHA-1 of their bytes, so an image
 * used twice is stored once), but hashed by Node's crypto. ImageRun hashes in
 * JavaScript, which for the images of a large publication was a tenth of the
 * export's time.
 */
import { createHash } from 'node:crypto';
import { Drawing, Run, type DocPropertiesOptions, type IContext, type IMediaData, type IMediaDataTransformation, type IXmlableObject } from 'docx';
import type { Orientation } from '../../visuals/orientation.js';

export type FigureImage = { readonly type: 'png' | 'jpg'; readonly data: Uint8Array } | { readonly type: 'svg'; readonly data: Uint8Array; readonly fallback: Uint8Array };

/** Pixels at 96 dpi to EMUs. */
const emusPerPixel = 9525;
/** DrawingML's angles are in 60,000ths of a degree. */
const perDegree = 60_000;

/**
 * A photo the camera turned, turned upright in the drawing (its bytes say
 * upright, `withoutTurn`): DrawingML mirrors the picture in its own frame,
 * then turns it clockwise about its centre. Word and LibreOffice show a
 * picture's pixels as stored, whatever its EXIF tag says.
 */
const TURNS: Readonly<Record<Orientation, { readonly degrees: number; readonly horizontal?: true; readonly vertical?: true }>> = {
  1: { degrees: 0 },
  2: { degrees: 0, horizontal: true },
  3: { degrees: 180 },
  4: { degrees: 0, vertical: true },
  5: { degrees: 270, horizontal: true },
  6: { degrees: 90 },
  7: { degrees: 90, horizontal: true },
  8: { degrees: 270 },
};

export class FigureRun extends Run {
  private readonly media: IMediaData;

  /** `size`: as shown, in pixels at 96 dpi; `orientation`: how to turn the stored picture upright. */
  constructor(image: FigureImage, size: { readonly width: number; readonly height: number }, altText: DocPropertiesOptions, orientation: Orientation = 1) {
    super({});
    const turn = TURNS[orientation];
    // Turned a quarter, the picture's own frame is as tall as it shows wide.
    const sideways = turn.degrees % 180 !== 0;
    const frame = sideways ? { x: size.height, y: size.width } : { x: size.width, y: size.height };
    const transformation: IMediaDataTransformation = {
      pixels: { x: Math.round(frame.x), y: Math.round(frame.y) },
      emus: { x: Math.round(frame.x * emusPerPixel), y: Math.round(frame.y * emusPerPixel) },
      ...(turn.degrees === 0 ? {} : { rotation: turn.degrees * perDegree }),
      ...(turn.horizontal || turn.vertical ? { flip: { horizontal: turn.horizontal ?? false, vertical: turn.vertical ?? false } } : {}),
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
    // The line makes room for the picture as shown, as Word does for a turned one: its frame plus these margins.
    const spill = Math.round(((size.width - size.height) / 2) * emusPerPixel);
    const effectExtent = sideways ? { left: spill, right: spill, top: -spill, bottom: -spill } : undefined;
    this.root.push(new Drawing(this.media, { docProperties: altText, ...(effectExtent === undefined ? {} : { effectExtent }) }));
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    context.file.Media.addImage(this.media.fileName, this.media);
    if (this.media.type === 'svg') context.file.Media.addImage(this.media.fallback.fileName, this.media.fallback);
    return super.prepForXml(context);
  }
}

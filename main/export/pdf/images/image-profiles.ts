// Image streams declared in their own colour profile: each profile embedded
// once per document, however many images carry it.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { PDFArray, PDFName, PDFRawStream, type PDFContext, type PDFObject, type PDFRef } from 'pdf-lib';
import { fitsPixels } from './icc.js';

const COMPONENTS: Record<string, number> = { DeviceGray: 1, DeviceRGB: 3, DeviceCMYK: 4 };
const COLOR_SPACE = PDFName.of('ColorSpace');
const INDEXED = PDFName.of('Indexed');

export class ImageProfiles {
  private readonly streams = new Map<string, PDFRef>();

  constructor(private readonly context: PDFContext) {}

  /**
   * Declares the image's pixels in `profile`: its device colour space (or an
   * indexed one's base) becomes ICC-based. A profile that does not fit the
   * pixels (a CMYK profile on RGB, a torn one) leaves the image as it was.
   */
  tag(image: PDFRef, profile: Uint8Array): void {
    const stream = this.context.lookup(image);
    if (!(stream instanceof PDFRawStream)) return;
    const space = stream.dict.get(COLOR_SPACE);
    if (space instanceof PDFName) {
      const iccBased = this.colourSpace(space, profile);
      if (iccBased !== null) stream.dict.set(COLOR_SPACE, iccBased);
    } else if (space instanceof PDFArray && space.get(0) === INDEXED) {
      const iccBased = this.colourSpace(space.get(1), profile);
      if (iccBased !== null) space.set(1, iccBased);
    }
  }

  private colourSpace(device: PDFObject | undefined, profile: Uint8Array): PDFArray | null {
    const components = device instanceof PDFName ? COMPONENTS[device.decodeText()] : undefined;
    if (components === undefined || !fitsPixels(profile, components)) return null;
    const key = createHash('sha256').update(profile).digest('hex');
    let ref = this.streams.get(key);
    if (ref === undefined) {
      const deflated = deflateSync(profile);
      ref = this.context.register(PDFRawStream.of(this.context.obj({ N: components, Filter: 'FlateDecode', Length: deflated.length }), deflated));
      this.streams.set(key, ref);
    }
    return this.context.obj([PDFName.of('ICCBased'), ref]);
  }
}

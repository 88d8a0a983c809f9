// A photo with far more pixels than its placed size needs is scaled down, as
// the PDF presets of Acrobat and InDesign and Word's own saving do: in the
// PDF's screen edition, a file readers download and reviewers get by e-mail,
// above 225 ppi to 150; in the print edition above 450 ppi to 300, what a
// press uses; in the DOCX above 330 ppi to 220, Word's default. A phone photo
// of 12 megapixels set a column wide is some 900 ppi: as it came it is 3–5 MB
// of the file, scaled to 150 ppi about 0.1 MB.
//
// JPEG only, by sharp (libvips): a PNG of that kind (an infographic) is
// drawn at 300 dpi by resvg in the PDF (pdf/images/oversampled.ts), and is
// kept sharp in the screen edition, where its lettering must stay legible. A
// CMYK JPEG, made for one press, is kept as it came. sharp reads the photo's
// colour profile and writes sRGB, which both editions declare (PDF/X-4's
// output intent takes it from there), with no EXIF data, its pixels unturned:
// the writers turn the picture (pdf/images/upright.ts, docx/figure-run.ts).
import type { Edition } from '../pdf/document/geometry.js';

export interface Downsampling {
  /** Effective resolution at the placed size above which a photo is scaled down… */
  readonly above: number;
  /** …to this resolution. */
  readonly to: number;
  /** JPEG quality of the photo written anew. */
  readonly quality: number;
  /** Colour kept at full resolution for the press, halved for the screen as JPEG cameras do. */
  readonly chroma: '4:2:0' | '4:4:4';
}

export const DOWNSAMPLING: Readonly<Record<Edition | 'docx', Downsampling>> = {
  screen: { above: 225, to: 150, quality: 85, chroma: '4:2:0' },
  print: { above: 450, to: 300, quality: 95, chroma: '4:4:4' },
  docx: { above: 330, to: 220, quality: 90, chroma: '4:2:0' },
};

/**
 * The JPEG scaled from `dpi` (its effective resolution where it is placed)
 * to the rule's resolution, or null when it keeps its pixels: at or below
 * the rule's threshold, in CMYK, or not a JPEG sharp reads.
 */
export async function downsampledJpeg(bytes: Uint8Array, dpi: number, rule: Downsampling): Promise<Uint8Array | null> {
  if (!(dpi > rule.above)) return null;
  try {
    // Loaded when a photo needs it: an export without one never reads libvips.
    const { default: sharp } = await import('sharp');
    const photo = sharp(bytes, { failOn: 'error' });
    const { width, space } = await photo.metadata();
    if (width === undefined || space === 'cmyk') return null;
    // The ratio holds along both sides, so a turned photo scales as one that is not.
    const scaled = await photo
      .resize({ width: Math.max(1, Math.round((width * rule.to) / dpi)) })
      .jpeg({ quality: rule.quality, chromaSubsampling: rule.chroma })
      .toBuffer();
    return new Uint8Array(scaled.buffer, scaled.byteOffset, scaled.byteLength);
  } catch {
    // Bytes sharp cannot read (or no sharp for this platform): the photo is embedded as it came,
    // or shown as a placeholder if pdf-lib cannot read it either.
    return null;
  }
}

let held: Promise<void> | undefined;

/**
 * Loads sharp in the calling thread, once: a thread that starts export
 * workers calls it first. On glibc Linux, libvips's shared libraries are
 * unloaded when the last thread that loaded them ends, and a worker that
 * ends with libvips's own threads still alive takes the process down with it
 * (sharp issue 2263); held by the thread that outlives the workers, they stay.
 */
export function holdSharp(): void {
  held ??= import('sharp').then(
    () => undefined,
    // No sharp for this platform: the workers keep their photos as they came.
    () => undefined,
  );
}

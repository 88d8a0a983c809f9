/**
 * Bringing an image file in: its size is read by the browser (an <img> on a
 * blob: address) or, for an SVG, from its own width and height or viewBox
 * (a browser makes up 300 × 150 for an SVG without them), the bytes go to the
 * store once (`images.put`), and a visual points at them.
 */
import { imageMimeTypes, newId, type ImageMime, type Visual } from '../../main/model/index.js';
import type { Data } from '../app/data.js';
import { bytesToBase64 } from '../api/base64.js';

export const acceptedTypes = imageMimeTypes.join(',');
const fallbackSize = { width: 800, height: 600 };

/** The user units of an SVG's root element: width and height in plain numbers or px, else its viewBox. */
function svgSize(text: string): { width: number; height: number } | null {
  const root = /<svg\b[^>]*>/i.exec(text)?.[0] ?? '';
  const attr = (name: string) => Number(new RegExp(`\\s${name}\\s*=\\s*["']\\s*([\\d.]+)(px)?\\s*["']`, 'i').exec(root)?.[1] ?? NaN);
  const viewBox = /\sviewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(root);
  const [width, height] = attr('width') > 0 && attr('height') > 0 ? [attr('width'), attr('height')] : [Number(viewBox?.[1]), Number(viewBox?.[2])];
  return width >= 1 && height >= 1 ? { width: Math.round(width), height: Math.round(height) } : null;
}

function measure(file: File): Promise<{ width: number; height: number }> {
  const url = URL.createObjectURL(file);
  return new Promise<{ width: number; height: number }>((resolve) => {
    const img = new Image();
    img.onload = () => resolve({ width: img.naturalWidth, height: img.naturalHeight });
    img.onerror = () => resolve({ width: 0, height: 0 });
    img.src = url;
  }).finally(() => URL.revokeObjectURL(url));
}

/** Imports one file as a new visual; throws the client's error when the store refuses it. */
export async function importImage(write: Data['write'], file: File): Promise<Visual> {
  const mime = file.type as ImageMime;
  if (!(imageMimeTypes as readonly string[]).includes(mime)) throw new TypeError(file.type);
  const bytes = new Uint8Array(await file.arrayBuffer());
  let size = (mime === 'image/svg+xml' ? svgSize(await file.text()) : null) ?? (await measure(file));
  if (size.width <= 0 || size.height <= 0) size = fallbackSize;
  const { hash } = await write('images.put', { bytes: bytesToBase64(bytes), mime });
  return write('visuals.put', {
    id: newId(),
    title: file.name.replace(/\.[^.]+$/, '').slice(0, 200) || file.name,
    source: { type: 'image', hash, mime, width: size.width, height: size.height },
    caption: '',
    credit: '',
    altText: '',
    sessionId: null,
  });
}

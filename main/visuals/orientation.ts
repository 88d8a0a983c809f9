/**
 * How a camera turned a photo: the EXIF Orientation tag (1–8) of a JPEG. A
 * phone stores the sensor's pixels as they came and says in this tag how to
 * turn them upright; browsers, viewers and Word's own insert dialog do. A PDF
 * shows the pixels as stored, so the export turns them itself (pdf/images).
 *
 * 1 upright; 2 mirrored left–right; 3 turned half round; 4 mirrored top–bottom;
 * 5 mirrored along the diagonal from the top left; 6 turned a quarter
 * clockwise; 7 mirrored along the other diagonal; 8 turned a quarter
 * anticlockwise (CIPA DC-008, 4.6.4 A).
 */
export type Orientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

const ORIENTATION_TAG = 0x0112;
const SHORT = 3;
const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0, 0]; // "Exif\0\0"

/** Whether the picture shows its stored width as its height. */
export function turnsSideways(orientation: Orientation): boolean {
  return orientation >= 5;
}

/**
 * The Orientation in the JPEG segment at `at` (its marker) of `length` bytes
 * (its length field), if the segment is EXIF data (APP1) that has one, with
 * the offset of its value in `bytes`; null otherwise. `view` covers `bytes`.
 */
export function exifOrientation(bytes: Uint8Array, view: DataView, at: number, length: number): { orientation: Orientation; offset: number } | null {
  const start = at + 4;
  if (length < 2 + EXIF_HEADER.length + 8 || !EXIF_HEADER.every((b, i) => bytes[start + i] === b)) return null;
  const tiff = start + EXIF_HEADER.length;
  const end = at + 2 + length;
  const little = bytes[tiff] === 0x49 && bytes[tiff + 1] === 0x49;
  if (!little && !(bytes[tiff] === 0x4d && bytes[tiff + 1] === 0x4d)) return null;
  const u16 = (offset: number): number => view.getUint16(offset, little);
  const u32 = (offset: number): number => view.getUint32(offset, little);
  const ifd = tiff + u32(tiff + 4);
  if (ifd + 2 > end) return null;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + 12 * i;
    if (entry + 12 > end) return null;
    if (u16(entry) !== ORIENTATION_TAG) continue;
    const value = u16(entry + 8);
    return u16(entry + 2) === SHORT && value >= 1 && value <= 8 ? { orientation: value as Orientation, offset: entry + 8 } : null;
  }
  return null;
}

/**
 * A copy of `bytes` whose EXIF Orientation at `offset` (exifOrientation) says
 * upright, for a writer that turns the picture itself: a reader that honours
 * the tag would turn it twice.
 */
export function withUprightTag(bytes: Uint8Array, offset: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  // A SHORT of 2 to 8 in either byte order: the byte that holds it becomes 1.
  for (const at of [offset, offset + 1]) if (copy[at] !== 0) copy[at] = 1;
  return copy;
}

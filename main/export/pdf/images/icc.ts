// The colour profile a photograph carries (a phone's Display P3, a camera's
// Adobe RGB, a CMYK photo's press profile), found in its file, so the PDF can
// say what its pixels mean instead of letting them pass for sRGB (the screen
// edition's viewer and the press's RIP would show them duller or wrong).
import { inflateSync } from 'node:zlib';

const ICC_MARKER = 'ICC_PROFILE\0';
const SPACES = { 'GRAY': 1, 'RGB ': 3, 'CMYK': 4 } as const;

/** The profile in a JPEG's APP2 segments, joined in their order; null when there is none or it is broken. */
export function jpegIccProfile(bytes: Uint8Array): Uint8Array | null {
  const chunks = new Map<number, Uint8Array>();
  let count = 0;
  let offset = 2;
  while (offset + 4 <= bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1]!;
    // Start of scan or end of image: the header segments are behind us.
    if (marker === 0xda || marker === 0xd9) break;
    const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
    const body = bytes.subarray(offset + 4, offset + 2 + length);
    if (marker === 0xe2 && body.length > 14 && latin1(body, 0, ICC_MARKER.length) === ICC_MARKER) {
      count = body[13]!;
      chunks.set(body[12]!, body.subarray(14));
    }
    offset += 2 + length;
  }
  if (count === 0 || chunks.size !== count) return null;
  const parts: Uint8Array[] = [];
  for (let seq = 1; seq <= count; seq++) {
    const part = chunks.get(seq);
    if (part === undefined) return null;
    parts.push(part);
  }
  return Buffer.concat(parts);
}

/** A PNG's iCCP chunk body (name, method, zlib data) as the profile; null when it does not inflate. */
export function pngIccProfile(chunk: Uint8Array): Uint8Array | null {
  const nameEnd = chunk.indexOf(0);
  if (nameEnd < 1 || nameEnd > 79 || chunk[nameEnd + 1] !== 0) return null;
  try {
    return new Uint8Array(inflateSync(chunk.subarray(nameEnd + 2)));
  } catch {
    return null;
  }
}

/**
 * Whether `profile` is a whole ICC profile for pixels of `components` colour
 * components, of a version PDF knows (up to 4; iccMAX is version 5).
 */
export function fitsPixels(profile: Uint8Array, components: number): boolean {
  if (profile.length < 132 || latin1(profile, 36, 40) !== 'acsp' || profile[8]! > 4) return false;
  const declared = new DataView(profile.buffer, profile.byteOffset, 4).getUint32(0);
  if (declared > profile.length) return false;
  const space = latin1(profile, 16, 20);
  return space in SPACES && SPACES[space as keyof typeof SPACES] === components;
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

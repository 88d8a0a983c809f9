/**
 * The text of a CSV file. Excel writes UTF-8 (with a BOM when asked for
 * "CSV UTF-8") or, by default on a Dutch Windows, Windows-1252. A file that
 * is valid UTF-8 is UTF-8; one that is not but holds UTF-8 sequences is a mix
 * of both (pasted together from two exports) and is refused, since no single
 * reading of it is right; anything else is Windows-1252.
 */
import { UserError } from '../../model/index.js';

export type CsvEncoding = 'utf-8' | 'windows-1252';

export function decodeCsv(bytes: Uint8Array, path: string): { text: string; encoding: CsvEncoding } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // Not UTF-8 throughout: see below.
  }
  if (bom || firstUtf8Sequence(body) >= 0) {
    const line = lineOf(body, firstInvalidUtf8(body));
    throw new UserError('importEncoding', { path, line }, 'both UTF-8 sequences and bytes invalid in UTF-8');
  }
  return { text: decodeWindows1252(body), encoding: 'windows-1252' };
}

/**
 * Windows-1252 is Latin-1 but for 0x80–0x9F, where it has € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ.
 * Node's TextDecoder('windows-1252') decodes as Latin-1 in the Node versions we run on, so this range is mapped here.
 */
const cp1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? cp1252.charCodeAt(b - 0x80) : b)));
  }
  return text;
}

/** Where the first well-formed multi-byte UTF-8 sequence starts, or -1. */
function firstUtf8Sequence(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const length = sequenceLength(bytes, i);
    if (length > 1) return i;
  }
  return -1;
}

/** Where the first byte that no UTF-8 reading allows stands: the start of the other encoding. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return 0;
}

/** The length of the valid UTF-8 sequence at `i` (1 for ASCII), or 0 when none starts there. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return length;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

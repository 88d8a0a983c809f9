/**
 * The text of an SVG file: UTF-8 (with or without a byte-order mark), UTF-16
 * with one, or the encoding its XML declaration names. `utf8` says whether
 * the bytes can be kept as they are: whatever reads them later (resvg, Word,
 * LibreOffice) is sure to read UTF-8.
 */
import { UserError } from '../../model/index.js';

export interface SvgText {
  text: string;
  utf8: boolean;
}

const declaredEncoding = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

export function decodeSvg(bytes: Uint8Array): SvgText {
  const [a, b] = [bytes[0], bytes[1]];
  if (a === 0xff && b === 0xfe) return { text: decode(bytes, 'utf-16le'), utf8: false };
  if (a === 0xfe && b === 0xff) return { text: decode(bytes, 'utf-16be'), utf8: false };
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256));
  const encoding = declaredEncoding.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
  const utf8 = encoding === 'utf-8' || encoding === 'utf8';
  return { text: decode(bytes, utf8 ? 'utf-8' : encoding), utf8 };
}

function decode(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (error) {
    throw new UserError('imageNotSvg', {}, `not readable as ${encoding}: ${(error as Error).message}`);
  }
}

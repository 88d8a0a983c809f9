/**
 * The document as DOCX bytes: docx writes the parts, we zip them. Packer.toBuffer
 * would DEFLATE every part, PNGs included, in JavaScript, which was a third of
 * the export of a large publication; zipParts uses Node's zlib and stores the
 * images. docx 9.15 does not export the compiler that Packer zips the output
 * of, so it is reached through Packer's static field — a docx upgrade that
 * moves it fails here, loudly, and in every DOCX test.
 */
import { Packer, type Document } from 'docx';
import { zipParts, type PartData } from './zip.js';

export interface PartOverride {
  readonly path: string;
  readonly data: string;
}

interface Compiler {
  compile(file: Document, prettify: undefined, overrides: readonly PartOverride[]): Map<string, PartData>;
}

export function packDocx(document: Document, overrides: readonly PartOverride[], modified: Date): Uint8Array {
  return zipParts(compilerOf(Packer).compile(document, undefined, overrides), modified);
}

function compilerOf(packer: typeof Packer): Compiler {
  const compiler = (packer as unknown as { compiler?: Partial<Compiler> }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error('docx has no Packer.compiler.compile: check main/export/docx/package.ts against this docx version.');
  return compiler as Compiler;
}

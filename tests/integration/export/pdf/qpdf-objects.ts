// A PDF's objects as qpdf reads them (`qpdf --json=2`, streams decoded and
// inline), for checks of structure no viewer shows: output intents, metadata,
// colour spaces, annotations.
import { execFileSync } from 'node:child_process';
import { z } from 'zod';

const Json = z.object({ qpdf: z.tuple([z.object({ pdfversion: z.string() }), z.record(z.string(), z.object({ value: z.unknown().optional(), stream: z.object({ dict: z.record(z.string(), z.unknown()), data: z.string().optional() }).optional() }))]) });

export type PdfValue = unknown;
export type PdfDict = Record<string, PdfValue>;

export interface QpdfFile {
  readonly version: string;
  readonly trailer: PdfDict;
  /** A dictionary: given directly, or through its reference (`"12 0 R"`); a stream's dictionary. */
  dict(value: PdfValue): PdfDict;
  /** A stream's decoded bytes, by reference. */
  streamData(ref: PdfValue): Buffer;
  readonly pages: readonly PdfDict[];
  /** Each page's reference (`"12 0 R"`), in page order. */
  readonly pageRefs: readonly string[];
}

export function qpdfFile(file: string): QpdfFile {
  const out = execFileSync('qpdf', ['--json=2', '--json-key=qpdf', '--json-stream-data=inline', '--decode-level=generalized', file], { encoding: 'utf8', maxBuffer: 512 << 20 });
  const [head, objects] = Json.parse(JSON.parse(out)).qpdf;
  const entry = (ref: PdfValue) => {
    const found = typeof ref === 'string' ? objects[`obj:${ref}`] : undefined;
    if (found === undefined) throw new Error(`no object ${String(ref)}`);
    return found;
  };
  const dict = (value: PdfValue): PdfDict => {
    if (typeof value === 'string' && value.endsWith(' R')) {
      const object = entry(value);
      return object.stream?.dict ?? (object.value as PdfDict);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`not a dictionary: ${JSON.stringify(value)}`);
    return value as PdfDict;
  };
  const streamData = (ref: PdfValue): Buffer => Buffer.from(entry(ref).stream?.data ?? '', 'base64');
  const trailer = objects.trailer!.value as PdfDict;
  const pages: PdfDict[] = [];
  const pageRefs: string[] = [];
  const walk = (ref: string): void => {
    const node = dict(ref);
    if (node['/Type'] === '/Page') {
      pages.push(node);
      pageRefs.push(ref);
    } else {
      for (const kid of node['/Kids'] as string[]) walk(kid);
    }
  };
  walk(dict(trailer['/Root'])['/Pages'] as string);
  return { version: head.pdfversion, trailer, dict, streamData, pages, pageRefs };
}

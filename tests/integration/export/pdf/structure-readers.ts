// A tagged PDF read back two ways: its logical structure as poppler prints it
// (`pdfinfo -struct-text`), and its objects as qpdf decodes them: the
// structure elements, the parent tree, and the pages' content streams scanned
// for what is painted outside marked content.
import { execFileSync } from 'node:child_process';
import type { PdfDict, PdfValue, QpdfFile } from './qpdf-objects.js';

export interface StructElement {
  readonly type: string;
  /** The element's ID (`Note <note-3>`), if any. */
  readonly id: string | null;
  /** Its own text, piece by piece (poppler prints each marked-content sequence's text). */
  readonly text: string[];
  readonly children: StructElement[];
}

/** The structure tree: the root element (`Document`) with everything under it. */
export function structTree(file: string): StructElement {
  const out = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const root: StructElement = { type: '(root)', id: null, text: [], children: [] };
  const stack: { depth: number; element: StructElement }[] = [{ depth: -1, element: root }];
  for (const line of out.split('\n')) {
    // An attribute of the element above (poppler prints `Figure:`, then `/BBox [...]` beneath it) is no element.
    if (line.trim() === '' || line.trim().startsWith('/')) continue;
    const depth = (line.length - line.trimStart().length) / 2;
    while (stack.length > 1 && stack[stack.length - 1]!.depth >= depth) stack.pop();
    const parent = stack[stack.length - 1]!.element;
    const body = line.trim();
    if (body.startsWith('"')) {
      parent.text.push(body.slice(1, -1));
      continue;
    }
    const m = /^([^\s:]+)(?: <([^>]*)>)?/u.exec(body);
    const element: StructElement = { type: m?.[1] ?? body, id: m?.[2] ?? null, text: [], children: [] };
    parent.children.push(element);
    stack.push({ depth, element });
  }
  const document = root.children[0];
  if (document === undefined) throw new Error(`${file} has no structure tree`);
  return document;
}

/** All text of an element and its descendants, in order, pieces joined as poppler gives them. */
export function textOf(element: StructElement): string {
  return [...element.text, ...element.children.map(textOf)].join('');
}

/** The element and its descendants, depth first (document order). */
export function descendants(element: StructElement): StructElement[] {
  return [element, ...element.children.flatMap(descendants)];
}

/** The structure's element of each marked-content id, from the parent tree: key → array of element references. */
export function parentTree(pdf: QpdfFile): Map<number, PdfValue> {
  const root = pdf.dict(pdf.dict(pdf.trailer['/Root'])['/StructTreeRoot']);
  const nums = pdf.dict(root['/ParentTree'])['/Nums'] as PdfValue[];
  const map = new Map<number, PdfValue>();
  for (let i = 0; i < nums.length; i += 2) map.set(nums[i] as number, nums[i + 1]);
  return map;
}

/** Every structure element qpdf finds under the tree's root, with its own reference. */
export function structElements(pdf: QpdfFile): { ref: string; dict: PdfDict }[] {
  const root = pdf.dict(pdf.dict(pdf.trailer['/Root'])['/StructTreeRoot']);
  const out: { ref: string; dict: PdfDict }[] = [];
  const walk = (ref: PdfValue): void => {
    if (typeof ref !== 'string' || !ref.endsWith(' R')) return;
    const dict = pdf.dict(ref);
    if (dict['/S'] === undefined) return;
    out.push({ ref, dict });
    const kids = dict['/K'];
    for (const kid of Array.isArray(kids) ? kids : [kids]) walk(kid);
  };
  walk(root['/K']);
  return out;
}

/**
 * How page `index`'s marked content fails to be tied to the structure, one
 * sentence per fault; none when its MCIDs are 0, 1, … in order, the parent
 * tree under the page's /StructParents has an element for each, and that
 * element has the MCID among its kids, on this page.
 */
export function untiedMarks(pdf: QpdfFile, index: number): string[] {
  const page = pdf.pages[index]!;
  const { mcids } = pageMarks(pdf, page);
  if (mcids.length === 0) return [];
  const faults: string[] = [];
  if (mcids.some((mcid, k) => mcid !== k)) faults.push(`MCIDs out of order: ${mcids.join(' ')}`);
  const owners = parentTree(pdf).get(page['/StructParents'] as number);
  if (!Array.isArray(owners) || owners.length !== mcids.length) return [...faults, `${mcids.length} MCIDs, parent tree entry ${JSON.stringify(owners)}`];
  const pageRef = pdf.pageRefs[index];
  for (const [mcid, owner] of owners.entries()) {
    const element = pdf.dict(owner);
    const kids = Array.isArray(element['/K']) ? element['/K'] : [element['/K']];
    const found = kids.some((kid) =>
      typeof kid === 'number' ? kid === mcid && element['/Pg'] === pageRef : typeof kid === 'object' && kid !== null && (kid as PdfDict)['/MCID'] === mcid && (kid as PdfDict)['/Pg'] === pageRef,
    );
    if (!found) faults.push(`MCID ${mcid}: its element ${String(owner)} does not have it`);
  }
  return faults;
}

/** Operators that paint: text, images and forms, shadings, path painting. */
const PAINTING = new Set(['Tj', 'TJ', "'", '"', 'Do', 'sh', 'f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*', 'BI']);

export interface PageMarks {
  /** Painting operators outside any marked content, by name. */
  readonly unmarked: string[];
  /** The MCIDs of the page's marked content, in order. */
  readonly mcids: number[];
  /** The artifacts' types in order, with their subtype if they have one (`Pagination/Header`, `Layout`). */
  readonly artifacts: string[];
}

/** A page's content streams (decoded by qpdf) scanned for marked content. */
export function pageMarks(pdf: QpdfFile, page: PdfDict): PageMarks {
  const contents = page['/Contents'];
  // A blank page may have no content at all.
  const refs = contents === undefined ? [] : Array.isArray(contents) ? contents : [contents];
  const unmarked: string[] = [];
  const mcids: number[] = [];
  const artifacts: string[] = [];
  let depth = 0;
  for (const ref of refs) {
    const operands: string[] = [];
    for (const token of tokens(pdf.streamData(ref).toString('latin1'))) {
      if (!token.operator) {
        operands.push(token.text);
        continue;
      }
      const op = token.text;
      if (op === 'BDC' || op === 'BMC') {
        depth += 1;
        if (operands[0] === '/Artifact') artifacts.push(artifactType(operands[1] ?? ''));
        const mcid = /\/MCID\s+(\d+)/u.exec(operands[1] ?? '');
        if (mcid !== null) mcids.push(Number(mcid[1]));
      } else if (op === 'EMC') {
        depth -= 1;
        if (depth < 0) throw new Error('EMC without BDC');
      } else if (PAINTING.has(op) && depth === 0) {
        unmarked.push(op);
      }
      operands.length = 0;
    }
    // A marked-content sequence may not run from one content stream into the next.
    if (depth !== 0) throw new Error(`a content stream ends inside marked content (depth ${depth})`);
  }
  return { unmarked, mcids, artifacts };
}

/** `Pagination/Header` of `<</Type /Pagination /Subtype /Header>>`. */
function artifactType(properties: string): string {
  const name = (key: string): string | undefined => new RegExp(`/${key}\\s*/(\\w+)`, 'u').exec(properties)?.[1];
  return [name('Type'), name('Subtype')].filter((part) => part !== undefined).join('/');
}

interface Token {
  readonly text: string;
  readonly operator: boolean;
}

/** Content-stream tokens: strings, hex strings, dictionaries and arrays whole (as operands), operators bare. */
function* tokens(source: string): Generator<Token> {
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i]!;
    if (/\s/u.test(c)) {
      i++;
    } else if (c === '%') {
      while (i < n && source[i] !== '\n' && source[i] !== '\r') i++;
    } else if (c === '(' || c === '[' || c === '<') {
      const start = i;
      i = skipOperand(source, i);
      yield { text: source.slice(start, i), operator: false };
    } else if (c === '/') {
      const start = i++;
      while (i < n && !/[\s/<>[\]()%{}]/u.test(source[i]!)) i++;
      yield { text: source.slice(start, i), operator: false };
    } else {
      const start = i;
      while (i < n && !/[\s/<>[\]()%{}]/u.test(source[i]!)) i++;
      if (i === start) i++;
      const text = source.slice(start, i);
      yield { text, operator: !/^[+-]?(\d+\.?\d*|\.\d+)$/u.test(text) && text !== 'true' && text !== 'false' && text !== 'null' };
    }
  }
}

/** The index just past the string, hex string, dictionary or array that starts at `i`. */
function skipOperand(source: string, i: number): number {
  const c = source[i]!;
  if (c === '(') {
    let nesting = 0;
    for (; i < source.length; i++) {
      const ch = source[i]!;
      if (ch === '\\') i++;
      else if (ch === '(') nesting++;
      else if (ch === ')' && --nesting === 0) return i + 1;
    }
    return i;
  }
  if (c === '<' && source[i + 1] !== '<') return source.indexOf('>', i) + 1;
  const close = c === '[' ? ']' : '>>';
  i += c === '[' ? 1 : 2;
  while (i < source.length && !source.startsWith(close, i)) {
    const ch = source[i]!;
    if (ch === '(' || ch === '[' || (ch === '<')) i = skipOperand(source, i);
    else i++;
  }
  return i + close.length;
}

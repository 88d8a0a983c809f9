/**
 * Rich text as it is stored and sent: ProseMirror's JSON. Every document that
 * crosses a boundary is checked twice: structurally by zod, then against the
 * schema (node types, content expressions, attributes, marks).
 */
import { z } from 'zod';
import type { Node } from 'prosemirror-model';
import { freezeShared } from '../freeze.js';
import { schema } from './schema.js';

export interface MarkJSON {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface NodeJSON {
  type: string;
  attrs?: Record<string, unknown>;
  content?: NodeJSON[];
  marks?: MarkJSON[];
  text?: string;
}

const nodeKeys = new Set(['type', 'attrs', 'content', 'marks', 'text']);
const markKeys = new Set(['type', 'attrs']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Why `json` does not have the shape of ProseMirror's JSON (objects with only
 * these keys, of these types), with where, or null when it has. Written out
 * rather than as a recursive zod schema: a chapter of 20,000 words is some
 * 10,000 nodes, and zod's recursive parse of them took most of a save.
 */
function shapeProblem(json: unknown, root: string): string | null {
  const stack: { node: unknown; path: string }[] = [{ node: json, path: root }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, path } = next;
    if (!isRecord(node)) return `${path}: not an object`;
    for (const key in node) if (!nodeKeys.has(key)) return `${path}: unknown key "${key}"`;
    if (typeof node.type !== 'string') return `${path}: no type`;
    if (node.attrs !== undefined && !isRecord(node.attrs)) return `${path}.attrs: not an object`;
    if (node.text !== undefined && typeof node.text !== 'string') return `${path}.text: not a string`;
    if (node.marks !== undefined) {
      if (!Array.isArray(node.marks)) return `${path}.marks: not a list`;
      for (const [i, mark] of node.marks.entries()) {
        if (!isRecord(mark) || typeof mark.type !== 'string') return `${path}.marks[${i}]: not a mark`;
        for (const key in mark) if (!markKeys.has(key)) return `${path}.marks[${i}]: unknown key "${key}"`;
        if (mark.attrs !== undefined && !isRecord(mark.attrs)) return `${path}.marks[${i}].attrs: not an object`;
      }
    }
    if (node.content !== undefined) {
      if (!Array.isArray(node.content)) return `${path}.content: not a list`;
      for (let i = node.content.length - 1; i >= 0; i--) stack.push({ node: node.content[i], path: `${path}.content[${i}]` });
    }
  }
  return null;
}

/**
 * What is known of a top-level block `docFromJSON` found valid: its node, and
 * what others derive from it (its plain text, its words), each made
 * once by whoever first needs it. A chapter is checked on every save, once a
 * second while someone types, and all but one or two of its hundreds of
 * blocks are the objects the last save checked. Rich text JSON is a value,
 * never edited in place (see freezeShared), so an entry cannot go stale; one
 * entry per block, as adding an object to a WeakMap costs more than reading it.
 */
export interface CheckedBlock {
  readonly node: Node;
  text?: string;
  words?: number;
}

const checkedBlocks = new WeakMap<object, CheckedBlock>();

/** What is known of `block` when `docFromJSON` found it valid, else undefined. */
export function checkedBlockOf(block: object): CheckedBlock | undefined {
  return checkedBlocks.get(block);
}

function checkedBlock(json: unknown, path: string): Node {
  const known = isRecord(json) ? checkedBlocks.get(json) : undefined;
  if (known) return known.node;
  const problem = shapeProblem(json, path);
  if (problem) throw new RangeError(problem);
  const node = schema.nodeFromJSON(json);
  node.check();
  checkedBlocks.set(freezeShared(json as NodeJSON), { node });
  return node;
}

/**
 * Parse JSON into a schema-checked ProseMirror document; throws a RangeError
 * saying what is wrong. The document node itself carries no marks and no
 * attributes; its blocks are checked one by one (see `checkedBlocks`) and its
 * content expression over them.
 */
export function docFromJSON(json: unknown): Node {
  if (!isRecord(json)) throw new RangeError('doc: not an object');
  if (json.type !== schema.topNodeType.name) throw new RangeError(`expected a doc, got ${String(json.type)}`);
  for (const key in json) if (key !== 'type' && key !== 'content' && !isEmpty(json[key])) throw new RangeError(`doc: unexpected ${key}`);
  const content = json.content ?? [];
  if (!Array.isArray(content)) throw new RangeError('doc.content: not a list');
  const doc = schema.topNodeType.create(null, content.map((block, i) => checkedBlock(block, `doc.content[${i}]`)));
  if (!doc.type.validContent(doc.content)) throw new RangeError(`Invalid content for node doc: ${doc.content.toString().slice(0, 50)}`);
  return doc;
}

/** An empty list or object: what a document's `attrs` and `marks` may be, as it has none. */
function isEmpty(value: unknown): boolean {
  return (Array.isArray(value) && value.length === 0) || (isRecord(value) && Object.keys(value).length === 0);
}

/** Rich text in ProseMirror JSON, valid against the schema: a whole document, or one node of one. */
function richText(whole: boolean) {
  return z.custom<NodeJSON>().superRefine((json, ctx) => {
    try {
      if (whole) docFromJSON(json);
      else {
        const problem = shapeProblem(json, 'node');
        if (problem) throw new RangeError(problem);
        schema.nodeFromJSON(json).check();
      }
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `invalid rich text: ${(error as Error).message}` });
    }
  });
}

/** A rich text document in ProseMirror JSON, valid against the schema. */
export const RichDoc = richText(true);
export type RichDoc = NodeJSON;

/**
 * A node of a rich text document, valid in itself; whether it may stand where
 * it is put is checked with the document it goes into.
 */
export const RichNode = richText(false);

/** A document with one empty paragraph: what a new body starts as. */
export function emptyDoc(): RichDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** A document of plain paragraphs; blank lines separate them. */
export function docFromPlainText(text: string): RichDoc {
  const paragraphs = text
    .split(/\n\s*\n/)
    // Most paragraphs have no line break: the search for one around whitespace is then skipped.
    .map((p) => (p.includes('\n') ? p.replace(/\s*\n\s*/g, ' ') : p).trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return emptyDoc();
  return {
    type: 'doc',
    content: paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })),
  };
}

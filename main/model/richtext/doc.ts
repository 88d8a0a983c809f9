/**
 * Rich text as it is stored and sent: ProseMirror's JSON. Every document that
 * crosses a boundary is checked twice: structurally by zod, then against the
 * schema (node types, content expressions, attributes, marks).
 */
import { z } from 'zod';
import type { Node } from 'prosemirror-model';
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
function shapeProblem(json: unknown): string | null {
  const stack: { node: unknown; path: string }[] = [{ node: json, path: 'doc' }];
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

/** Parse JSON into a schema-checked ProseMirror node; throws a RangeError saying what is wrong. */
export function docFromJSON(json: unknown): Node {
  const node = schema.nodeFromJSON(json);
  if (node.type !== schema.topNodeType) throw new RangeError(`expected a doc, got ${node.type.name}`);
  node.check();
  return node;
}

/** Rich text in ProseMirror JSON, valid against the schema: a whole document, or one node of one. */
function richText(whole: boolean) {
  return z.custom<NodeJSON>().superRefine((json, ctx) => {
    const problem = shapeProblem(json);
    if (problem) return ctx.addIssue({ code: 'custom', message: `invalid rich text: ${problem}` });
    try {
      if (whole) docFromJSON(json);
      else schema.nodeFromJSON(json).check();
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

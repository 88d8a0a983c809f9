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

const MarkJSON: z.ZodType<MarkJSON> = z.strictObject({
  type: z.string(),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

const NodeJSON: z.ZodType<NodeJSON> = z.lazy(() =>
  z.strictObject({
    type: z.string(),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(NodeJSON).optional(),
    marks: z.array(MarkJSON).optional(),
    text: z.string().optional(),
  }),
);

/** Parse JSON into a schema-checked ProseMirror node; throws a RangeError saying what is wrong. */
export function docFromJSON(json: unknown): Node {
  const node = schema.nodeFromJSON(json);
  if (node.type !== schema.topNodeType) throw new RangeError(`expected a doc, got ${node.type.name}`);
  node.check();
  return node;
}

/** A rich text document in ProseMirror JSON, valid against the schema. */
export const RichDoc = NodeJSON.superRefine((json, ctx) => {
  try {
    docFromJSON(json);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `invalid rich text: ${(error as Error).message}` });
  }
});
export type RichDoc = NodeJSON;

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

// ProseMirror inline content → the tree's inlines: marks become flags, footnotes
// get their publication-wide number, comment marks become thread ids.
import { isFollowableLink, type MarkJSON, type NodeJSON } from '../../model/index.js';
import type { BuildContext } from './context.js';
import type { Inline, Text } from './types.js';

export function inlines(nodes: readonly NodeJSON[] | undefined, context: BuildContext): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'text') out.push(textOf(node, context));
    else if (node.type === 'hard_break') out.push({ type: 'break' });
    else if (node.type === 'footnote') {
      // The note's own text carries no comments (the schema allows none); the
      // reference may sit inside a commented passage.
      const content = (node.content ?? []).filter((n) => n.type === 'text').map((n) => textOf(n, { ...context, comments: false }));
      if (content.length === 0) continue;
      out.push({ type: 'footnote', number: ++context.footnotes, content, threadIds: threadIdsOf(node.marks, context) });
    }
  }
  return out;
}

function textOf(node: NodeJSON, context: BuildContext): Text {
  const marks = node.marks ?? [];
  const link = marks.find((m) => m.type === 'link')?.attrs?.href;
  return {
    type: 'text',
    text: (node.text ?? '').normalize('NFC'),
    em: marks.some((m) => m.type === 'em'),
    strong: marks.some((m) => m.type === 'strong'),
    link: typeof link === 'string' && isFollowableLink(link) ? link : null,
    threadIds: threadIdsOf(marks, context),
  };
}

function threadIdsOf(marks: readonly MarkJSON[] | undefined, context: BuildContext): string[] {
  if (!context.comments) return [];
  return (marks ?? []).filter((m) => m.type === 'comment').map((m) => String(m.attrs?.threadId));
}

/** The plain text of inlines, for titles in the TOC and problems. */
export function plainOf(content: readonly Inline[]): string {
  return content.map((i) => (i.type === 'text' ? i.text : i.type === 'break' ? ' ' : '')).join('');
}

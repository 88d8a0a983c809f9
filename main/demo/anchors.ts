/**
 * Derives a comment thread's anchor from the chapter body, so that the demo's
 * threads can never disagree with the text they comment on. Prefix and suffix
 * come from the model's own `plainText`, the text re-anchoring searches.
 */
import { plainText, type Anchor, type NodeJSON, type RichDoc } from '../model/index.js';

/** Characters of context kept on either side of the quoted passage. */
export const anchorContext = 30;

// Private-use characters never occur in the demo's text; they mark where the passage starts and ends.
const start = '\uE000';
const end = '\uE001';

/** The text carrying the comment mark of `threadId`, in document order. */
export function markedText(body: RichDoc, threadId: string): string {
  const parts: string[] = [];
  const walk = (node: NodeJSON): void => {
    if (node.type === 'text' && isMarked(node, threadId)) parts.push(node.text ?? '');
    node.content?.forEach(walk);
  };
  walk(body);
  return parts.join('');
}

export function anchorFor(body: RichDoc, threadId: string): Anchor {
  const quote = markedText(body, threadId);
  if (quote === '') throw new Error(`anchor: thread ${threadId} is not marked in the body`);
  let seen = 0;
  const total = countMarked(body, threadId);
  const withSentinels = (node: NodeJSON): NodeJSON => {
    if (node.type === 'text' && isMarked(node, threadId)) {
      seen += 1;
      const before = seen === 1 ? start : '';
      const after = seen === total ? end : '';
      return { ...node, text: `${before}${node.text ?? ''}${after}` };
    }
    return node.content ? { ...node, content: node.content.map(withSentinels) } : node;
  };
  const text = plainText(withSentinels(body));
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (text.slice(from + 1, to) !== quote) {
    throw new Error(`anchor: the passage of thread ${threadId} is not one continuous stretch of text`);
  }
  return {
    quote,
    prefix: text.slice(Math.max(0, from - anchorContext), from),
    suffix: text.slice(to + 1, to + 1 + anchorContext),
  };
}

function isMarked(node: NodeJSON, threadId: string): boolean {
  return (node.marks ?? []).some((m) => m.type === 'comment' && m.attrs?.threadId === threadId);
}

function countMarked(node: NodeJSON, threadId: string): number {
  const own = node.type === 'text' && isMarked(node, threadId) ? 1 : 0;
  return own + (node.content ?? []).reduce((sum, child) => sum + countMarked(child, threadId), 0);
}

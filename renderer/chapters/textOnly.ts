/**
 * Whether a chapter's save changes only its text. What other views show of a
 * chapter besides its text are its fields and the things its body points at:
 * the kaders (their items and titles) and the figures (their visuals). A save
 * that leaves those as stored need not make every open list read again.
 */
import { schema, type Chapter } from '../../main/model/index.js';

type NodeJSON = Chapter['body'];

export function changesOnlyText(stored: Chapter, next: Chapter): boolean {
  return (
    stored.title === next.title &&
    stored.byline === next.byline &&
    stored.kind === next.kind &&
    stored.reviewStatus === next.reviewStatus &&
    referencesOf(stored.body) === referencesOf(next.body)
  );
}

/** Whether blocks replacing others change only text: they hold the same kaders and figures. */
export function blocksChangeOnlyText(stored: NodeJSON[], next: NodeJSON[]): boolean {
  return referencesOf({ type: 'doc', content: stored }) === referencesOf({ type: 'doc', content: next });
}

/** The body's atoms (kaders, figures) with their attributes, in order. */
function referencesOf(body: NodeJSON): string {
  const found: string[] = [];
  const walk = (node: NodeJSON): void => {
    const type = schema.nodes[node.type];
    // Inline content holds text, marks and footnotes: nothing another view shows.
    if (type === undefined || type.isTextblock) return;
    if (type.isAtom) found.push(JSON.stringify([node.type, node.attrs ?? null]));
    node.content?.forEach(walk);
  };
  walk(body);
  return found.join('\n');
}

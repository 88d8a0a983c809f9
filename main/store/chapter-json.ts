/**
 * A chapter as the JSON of its row. The body is most of a long chapter's
 * 240 KB and one or two of its blocks change per save, once a second while
 * someone types: each frozen block (checked rich text is, see `docFromJSON`)
 * is turned into JSON once. The text is JSON.stringify's, but for the order
 * of keys: the body comes last.
 */
import type { Chapter } from '../model/index.js';

const blockJson = new WeakMap<object, string>();

function jsonOf(block: object): string {
  let json = blockJson.get(block);
  if (json === undefined) {
    json = JSON.stringify(block);
    if (Object.isFrozen(block)) blockJson.set(block, json);
  }
  return json;
}

/** `head` (an object's JSON) with `"key":value` added as its last member. */
function withMember(head: string, key: string, value: string): string {
  const member = `${JSON.stringify(key)}:${value}`;
  return head === '{}' ? `{${member}}` : `${head.slice(0, -1)},${member}}`;
}

export function chapterJson(chapter: Chapter): string {
  const { body, ...rest } = chapter;
  const { content, ...doc } = body;
  const bodyJson = content ? withMember(JSON.stringify(doc), 'content', `[${content.map(jsonOf).join(',')}]`) : JSON.stringify(body);
  return withMember(JSON.stringify(rest), 'body', bodyJson);
}

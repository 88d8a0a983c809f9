/**
 * A tree from the HTML that mammoth writes. Mammoth's writer is simple and
 * strict — every element closed, attributes double-quoted, only &, <, > and "
 * escaped — so a small tokenizer reads it exactly, without a DOM in Node.
 */
export interface HtmlElement {
  type: 'element';
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
export interface HtmlText {
  type: 'text';
  text: string;
}
export type HtmlNode = HtmlElement | HtmlText;

const voidElements = new Set(['br', 'img', 'hr']);
const token = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-:]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
const attribute = /([a-zA-Z-:]+)(?:="([^"]*)")?/g;

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos|nbsp);/g, (_, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[entity] ?? '';
  });
}

/** The root's children. Unclosed elements close at the end; a stray closing tag is ignored. */
export function parseHtml(html: string): HtmlNode[] {
  const root: HtmlElement = { type: 'element', name: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  for (const match of html.matchAll(token)) {
    const [, closing, rawName, rawAttrs, selfClosing, text] = match;
    const top = stack[stack.length - 1]!;
    if (text !== undefined) {
      top.children.push({ type: 'text', text: decodeEntities(text) });
      continue;
    }
    const name = rawName!.toLowerCase();
    if (closing) {
      const at = stack.findLastIndex((el) => el.name === name);
      if (at > 0) stack.length = at;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const [, key, value] of (rawAttrs ?? '').matchAll(attribute)) attrs[key!.toLowerCase()] = decodeEntities(value ?? '');
    const element: HtmlElement = { type: 'element', name, attrs, children: [] };
    top.children.push(element);
    if (!selfClosing && !voidElements.has(name)) stack.push(element);
  }
  return root.children;
}

/** The text inside a node, tags dropped. */
export function textOf(node: HtmlNode): string {
  return node.type === 'text' ? node.text : node.children.map(textOf).join('');
}

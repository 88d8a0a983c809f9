/**
 * A small, strict XML reader for the parts of a DOCX file: elements with
 * namespace-resolved names, attributes and text. Files are untrusted input:
 * a document type declaration (and with it every entity expansion trick) is
 * refused, as is anything that is not well-formed.
 */

export interface XmlAttribute {
  uri: string;
  local: string;
  value: string;
}

export interface XmlElement {
  uri: string;
  local: string;
  attributes: XmlAttribute[];
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export class XmlError extends Error {}

const XML_URI = 'http://www.w3.org/XML/1998/namespace';
const predefined: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const nameChar = /[^\s/>=]/;

export function parseXml(source: string): XmlElement {
  let at = 0;
  const root: XmlElement = { uri: '', local: '#document', attributes: [], children: [] };
  const stack: { element: XmlElement; qname: string; scope: Map<string, string> }[] = [
    { element: root, qname: '', scope: new Map([['xml', XML_URI]]) },
  ];
  const fail = (problem: string): never => {
    throw new XmlError(`${problem} at character ${at}`);
  };

  while (at < source.length) {
    const lt = source.indexOf('<', at);
    const textEnd = lt < 0 ? source.length : lt;
    if (textEnd > at) {
      const text = decode(source.slice(at, textEnd), fail);
      if (stack.length > 1) stack[stack.length - 1]!.element.children.push(text);
      else if (text.trim() !== '') fail('text outside the root element');
      at = textEnd;
      continue;
    }
    if (source.startsWith('<?', at)) {
      at = after(source, '?>', at, fail);
    } else if (source.startsWith('<!--', at)) {
      at = after(source, '-->', at, fail);
    } else if (source.startsWith('<![CDATA[', at)) {
      const end = source.indexOf(']]>', at);
      if (end < 0) fail('unterminated CDATA section');
      stack[stack.length - 1]!.element.children.push(source.slice(at + 9, end));
      at = end + 3;
    } else if (source.startsWith('<!', at)) {
      fail('document type declarations are not accepted');
    } else if (source.startsWith('</', at)) {
      const end = source.indexOf('>', at);
      if (end < 0) fail('unterminated end tag');
      const qname = source.slice(at + 2, end).trim();
      const open = stack.pop();
      if (!open || stack.length === 0 || open.qname !== qname) fail(`end tag </${qname}> does not match`);
      at = end + 1;
    } else {
      at = openTag(source, at + 1, stack, fail);
    }
  }
  if (stack.length !== 1) fail('unclosed element');
  const element = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!element) return fail('no root element');
  return element;
}

function openTag(
  source: string,
  start: number,
  stack: { element: XmlElement; qname: string; scope: Map<string, string> }[],
  fail: (problem: string) => never,
): number {
  let at = start;
  const readName = (): string => {
    const from = at;
    while (at < source.length && nameChar.test(source[at]!)) at++;
    if (at === from) fail('a name was expected');
    return source.slice(from, at);
  };
  const skipSpace = () => {
    while (at < source.length && /\s/.test(source[at]!)) at++;
  };
  const qname = readName();
  const raw: [string, string][] = [];
  for (;;) {
    skipSpace();
    if (at >= source.length) fail('unterminated start tag');
    if (source[at] === '>' || source.startsWith('/>', at)) break;
    const name = readName();
    skipSpace();
    if (source[at] !== '=') fail(`attribute ${name} has no value`);
    at++;
    skipSpace();
    const quote = source[at];
    if (quote !== '"' && quote !== "'") return fail(`attribute ${name} is not quoted`);
    const end = source.indexOf(quote, at + 1);
    if (end < 0) fail('unterminated attribute value');
    raw.push([name, decode(source.slice(at + 1, end), fail)]);
    at = end + 1;
  }
  const selfClosing = source.startsWith('/>', at);
  at += selfClosing ? 2 : 1;

  const parent = stack[stack.length - 1]!;
  const scope = new Map(parent.scope);
  for (const [name, value] of raw) {
    if (name === 'xmlns') scope.set('', value);
    else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
  }
  const resolve = (name: string, isAttribute: boolean): { uri: string; local: string } => {
    const colon = name.indexOf(':');
    if (colon < 0) return { uri: isAttribute ? '' : (scope.get('') ?? ''), local: name };
    const uri = scope.get(name.slice(0, colon));
    if (uri === undefined) fail(`undeclared namespace prefix in ${name}`);
    return { uri: uri as string, local: name.slice(colon + 1) };
  };
  const element: XmlElement = {
    ...resolve(qname, false),
    attributes: raw.filter(([n]) => n !== 'xmlns' && !n.startsWith('xmlns:')).map(([n, value]) => ({ ...resolve(n, true), value })),
    children: [],
  };
  parent.element.children.push(element);
  if (!selfClosing) stack.push({ element, qname, scope });
  return at;
}

function after(source: string, terminator: string, at: number, fail: (problem: string) => never): number {
  const end = source.indexOf(terminator, at);
  if (end < 0) fail(`missing ${terminator}`);
  return end + terminator.length;
}

function decode(text: string, fail: (problem: string) => never): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;&\s]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) fail('an & that starts no entity');
    if (name in predefined) return predefined[name]!;
    const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : name.startsWith('#') ? parseInt(name.slice(1), 10) : NaN;
    if (!Number.isInteger(code) || code < 1 || code > 0x10ffff) fail(`unknown entity &${name};`);
    return String.fromCodePoint(code);
  });
}

/** The attribute's value, or null. */
export function attribute(element: XmlElement, uri: string, local: string): string | null {
  return element.attributes.find((a) => a.uri === uri && a.local === local)?.value ?? null;
}

export function childElements(element: XmlElement, uri?: string, local?: string): XmlElement[] {
  return element.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (uri === undefined || c.uri === uri) && (local === undefined || c.local === local),
  );
}

/** Every element below `element` (document order) with this name. */
export function descendants(element: XmlElement, uri: string, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const child of childElements(e)) {
      if (child.uri === uri && child.local === local) found.push(child);
      walk(child);
    }
  };
  walk(element);
  return found;
}

/**
 * Sanitising an SVG a user brings in. The file is parsed with xmldom (which
 * never expands entities declared in a DTD and never fetches anything) and
 * walked into a fresh document that receives only allowed elements and
 * attributes (allowed.ts), local references (references.ts) and cleaned CSS
 * (css.ts): what is not copied cannot survive. A DOCTYPE, processing
 * instructions and anything outside the root element are not copied either.
 *
 * A file from which nothing had to be removed keeps its exact bytes, so
 * sanitising is idempotent and a clean drawing keeps its content hash (the
 * demo and reviewer copies depend on that); any other file is re-serialised.
 */
import { DOMImplementation, DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { UserError } from '../../model/index.js';
import {
  allowedAttributes,
  allowedElements,
  graphicElements,
  isAriaAttribute,
  presentationAttributes,
  SVG_NS,
  XLINK_NS,
  XML_NS,
  XMLNS_NS,
} from './allowed.js';
import { sanitiseCss } from './css.js';
import { decodeSvg } from './decode.js';
import { isLocalReference } from './references.js';
import { userUnits } from './size.js';

export interface SanitisedSvg {
  bytes: Uint8Array<ArrayBuffer>;
  /** User units of the drawing (see size.ts). */
  width: number;
  height: number;
  /** What was taken out or rewritten, in English, for the log and for tests; empty for a clean file. */
  removed: string[];
}

/** Deeper nesting than any drawing program writes; deeper parts are dropped rather than recursed into. */
const MAX_DEPTH = 256;

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;
const PROCESSING_INSTRUCTION = 7;
const COMMENT = 8;

/** The sanitised drawing, or `imageNotSvg` / `imageSvgEmpty`. */
export function sanitiseSvg(input: Uint8Array): SanitisedSvg {
  const { text, utf8 } = decodeSvg(input);
  const removed: string[] = [];
  const source = parse(text, removed);
  if (!utf8) removed.push('encoding: re-encoded as UTF-8');
  const walk = new Walk(namespaceOf(source), removed);
  const root = walk.root;
  walk.copyAttributes(source, root);
  walk.copyChildren(source, root, 1);
  if (!walk.painted) throw new UserError('imageSvgEmpty', {}, `nothing left to draw; removed ${removed.join(', ') || 'nothing'}`);
  const size = userUnits((name) => (root.hasAttribute(name) ? root.getAttribute(name) : null));
  const bytes =
    removed.length === 0
      ? new Uint8Array(input)
      : new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`);
  return { bytes, ...size, removed };
}

/** The root <svg> element; everything around it that is not the XML declaration, white space or a comment is noted as removed. */
function parse(text: string, removed: string[]): Element {
  const problems: string[] = [];
  const note = (message: string) => void problems.push(message.replace(/\s+/g, ' ').trim());
  const refuse = (message: string) => {
    throw new Error(message);
  };
  // xmldom repairs what it only warns about (an unclosed tag, an unquoted value), and the copy is
  // re-serialised well-formed; an entity it cannot resolve came from a DTD that is dropped. Any
  // other error is a broken file (cut off, two root elements), refused rather than guessed at.
  const onError = (message: string) => (/entity not found/.test(message) ? note(message) : refuse(message));
  let doc: Document;
  try {
    doc = new DOMParser({ errorHandler: { warning: note, error: onError, fatalError: refuse } }).parseFromString(text, 'image/svg+xml');
  } catch (error) {
    throw new UserError('imageNotSvg', {}, (error as Error).message);
  }
  const root = doc.documentElement;
  if (!root || root.localName !== 'svg' || (namespaceOf(root) !== SVG_NS && namespaceOf(root) !== null)) {
    throw new UserError('imageNotSvg', {}, `root element is ${root ? `{${namespaceOf(root) ?? ''}}${root.localName}` : 'missing'}`);
  }
  if (namespaceOf(root) === null) removed.push('namespace: the SVG namespace added');
  removed.push(...problems.map((p) => `parse: ${p}`));
  for (let node = doc.firstChild; node; node = node.nextSibling) {
    if (node === root || node.nodeType === COMMENT) continue;
    if (node.nodeType === PROCESSING_INSTRUCTION && node.nodeName === 'xml') continue;
    if (node.nodeType === TEXT && !node.nodeValue?.trim()) continue;
    removed.push(`outside the drawing: ${node.nodeName}`);
  }
  return root;
}

/** xmldom leaves the namespace of an unprefixed attribute (or an element outside any) empty or undefined rather than null. */
function namespaceOf(node: Element | Attr): string | null {
  return node.namespaceURI || null;
}

class Walk {
  readonly doc: Document;
  readonly root: Element;
  /** Whether anything that paints was kept. */
  painted = false;

  constructor(
    /** The namespace of the source's SVG elements: the SVG one, or none in a file that forgot it. */
    private readonly svgNamespace: string | null,
    private readonly removed: string[],
  ) {
    this.doc = new DOMImplementation().createDocument(SVG_NS, 'svg', null);
    this.root = this.doc.documentElement;
  }

  copyChildren(from: Element, to: Element, depth: number): void {
    for (let node = from.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === ELEMENT) this.copyElement(node as Element, to, depth);
      else if (node.nodeType === TEXT) to.appendChild(this.doc.createTextNode(node.nodeValue ?? ''));
      else if (node.nodeType === CDATA) to.appendChild(this.doc.createCDATASection(node.nodeValue ?? ''));
      else if (node.nodeType === COMMENT) to.appendChild(this.doc.createComment(node.nodeValue ?? ''));
      else this.removed.push(`node: ${node.nodeName}`);
    }
  }

  private copyElement(from: Element, to: Element, depth: number): void {
    const name = from.localName;
    if (namespaceOf(from) !== this.svgNamespace || !allowedElements.has(name)) return void this.removed.push(`element: ${from.nodeName}`);
    if (depth >= MAX_DEPTH) return void this.removed.push(`element: ${from.nodeName} nested too deep`);
    const copy = this.doc.createElementNS(SVG_NS, name);
    this.copyAttributes(from, copy);
    if (name === 'style') {
      if (!this.copyStyle(from, copy)) return void this.removed.push('element: style (unsafe CSS)');
    } else {
      this.copyChildren(from, copy, depth + 1);
    }
    const refers = copy.hasAttribute('href') || copy.hasAttributeNS(XLINK_NS, 'href');
    if (graphicElements.has(name) && (refers || (name !== 'use' && name !== 'image'))) this.painted = true;
    to.appendChild(copy);
  }

  /** A <style> element's CSS, cleaned; false when it must go as a whole. */
  private copyStyle(from: Element, to: Element): boolean {
    let css = '';
    for (let node = from.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === TEXT || node.nodeType === CDATA) css += node.nodeValue ?? '';
      else this.removed.push(`in style: ${node.nodeName}`);
    }
    const clean = sanitiseCss(css);
    if (clean === null) return false;
    if (clean !== css) this.removed.push('in style: @import or an outside url()');
    to.appendChild(this.doc.createTextNode(clean));
    return true;
  }

  copyAttributes(from: Element, to: Element): void {
    for (const attribute of Array.from(from.attributes)) {
      const { localName: name, value, nodeName } = attribute;
      const ns = namespaceOf(attribute);
      if (ns === XMLNS_NS || nodeName === 'xmlns') {
        // Declarations: the serialiser writes the ones the copy needs; others belonged to dropped parts.
        if (value !== SVG_NS && value !== XLINK_NS) this.removed.push(`namespace: ${nodeName}`);
      } else if ((ns === null || ns === XLINK_NS) && name === 'href') {
        if (!isLocalReference(value)) this.removed.push(`attribute: ${nodeName}="${value.slice(0, 80)}"`);
        else if (ns === XLINK_NS) to.setAttributeNS(XLINK_NS, 'xlink:href', value);
        else to.setAttribute('href', value);
      } else if (ns === XML_NS && (name === 'space' || name === 'lang')) {
        to.setAttributeNS(XML_NS, `xml:${name}`, value);
      } else if (ns === null && presentationAttributes.has(name)) {
        const clean = sanitiseCss(value);
        if (clean !== value) this.removed.push(`attribute: ${name} (outside url() or unsafe CSS)`);
        if (clean !== null) to.setAttribute(name, clean);
      } else if (ns === null && (allowedAttributes.has(name) || isAriaAttribute(name))) {
        to.setAttribute(name, value);
      } else {
        this.removed.push(`attribute: ${nodeName}`);
      }
    }
  }
}

/**
 * Link annotations: `#anchor` targets become GoTo destinations on the page and
 * height where the anchor was placed; anything else is a URI action. Built from
 * pdf-lib's low-level objects, as it has no API for annotations.
 */
import { PDFArray, PDFHexString, PDFName, PDFNull, PDFNumber, PDFString, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';
import { isWebLink } from '../../../model/index.js';
import type { Rect } from './geometry.js';
import type { StructNode, Tags } from '../tagged/index.js';

export interface LinkRequest {
  readonly page: PDFPage;
  readonly rect: Rect;
  readonly target: string;
  /** What the link is over, in words: the annotation's description for a screen reader. */
  readonly text: string;
  /** The structure element whose text the link is over: the annotation becomes its Link element. */
  readonly tag?: StructNode;
}

export interface Destination {
  readonly page: PDFPage;
  /** PDF y of the target's top. */
  readonly y: number;
}

/**
 * Adds the links; returns the internal targets that no anchor answered. With
 * `annotate` false (the print edition: PDF/X allows no annotations on the
 * printed area) the links are only resolved, so a broken one is still reported.
 */
export function addLinks(
  doc: PDFDocument,
  links: readonly LinkRequest[],
  destinations: ReadonlyMap<string, Destination>,
  annotate: boolean,
  tags: Tags,
): string[] {
  const unresolved: string[] = [];
  for (const link of links) {
    const internal = link.target.startsWith('#');
    if (!annotate) {
      if (internal ? !destinations.has(link.target.slice(1)) : !isWebLink(link.target)) unresolved.push(link.target);
      continue;
    }
    const action = internal ? goTo(doc, destinations.get(link.target.slice(1))) : uri(doc, link.target);
    if (action === null) {
      unresolved.push(link.target);
      continue;
    }
    const { x, y, width, height } = link.rect;
    const annotation = doc.context.register(
      doc.context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [round(x), round(y), round(x + width), round(y + height)],
        Border: [0, 0, 0],
        Contents: PDFHexString.fromText(link.text.trim() === '' ? link.target : link.text.trim()),
        ...action,
      }),
    );
    annotationsOf(doc, link.page).push(annotation);
    if (link.tag !== undefined) tags.link(link.tag, link.page, annotation);
  }
  return unresolved;
}

/** `[page /XYZ null top null]`: the target's top at the window's top, zoom unchanged. */
export function destinationArray(doc: PDFDocument, destination: Destination): PDFArray {
  const array = doc.context.obj([]);
  array.push(destination.page.ref);
  array.push(PDFName.of('XYZ'));
  array.push(PDFNull);
  array.push(PDFNumber.of(round(destination.y)));
  array.push(PDFNull);
  return array;
}

function goTo(doc: PDFDocument, destination: Destination | undefined): { Dest: PDFArray } | null {
  return destination === undefined ? null : { Dest: destinationArray(doc, destination) };
}

function uri(doc: PDFDocument, target: string): { A: PDFRef } | null {
  if (!isWebLink(target)) return null;
  return { A: doc.context.register(doc.context.obj({ Type: 'Action', S: 'URI', URI: PDFString.of(asciiUri(target)) })) };
}

/**
 * A URI is ASCII (PDF 32000 12.6.4.7), and pdf-lib writes a literal string
 * without escaping: percent-encode what is neither, parentheses and backslash included.
 */
function asciiUri(target: string): string {
  return target.replace(/[^\x21-\x7e]|[()\\]/gu, (c) => encodeURIComponent(c).replace(/[()]/gu, (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`));
}

function annotationsOf(doc: PDFDocument, page: PDFPage): PDFArray {
  const existing = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  if (existing !== undefined) return existing;
  const annots = doc.context.obj([]);
  page.node.set(PDFName.of('Annots'), annots);
  return annots;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

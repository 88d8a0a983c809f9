// Opacity through an ExtGState (PDF has no opacity operator): one resource
// per page and opacity, as pdf-lib would add a new one on every call.
import { PDFName, type PDFPage } from 'pdf-lib';

const states = new WeakMap<PDFPage, Map<number, PDFName>>();

/** The page's graphics-state name that sets fill and stroke opacity to `opacity`. */
export function opacityState(page: PDFPage, opacity: number): PDFName {
  let byOpacity = states.get(page);
  if (byOpacity === undefined) {
    byOpacity = new Map();
    states.set(page, byOpacity);
  }
  const value = Math.round(Math.min(1, Math.max(0, opacity)) * 1000) / 1000;
  let name = byOpacity.get(value);
  if (name === undefined) {
    const dict = page.doc.context.obj({ Type: 'ExtGState', ca: value, CA: value });
    name = page.node.newExtGState('GS', page.doc.context.register(dict));
    byOpacity.set(value, name);
  }
  return name;
}

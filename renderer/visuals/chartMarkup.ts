/**
 * The chart's SVG from main, rebuilt element by element from an allowlist
 * before it enters the page: only the shapes a Drawing has, with their
 * presentation attributes. Inline (rather than an <img>) so the labels are
 * set in the interface's own Source Sans 3, as measured; rebuilt so that
 * nothing but drawing can ever reach the DOM, whatever the string holds.
 */
const elements = new Set(['svg', 'rect', 'circle', 'line', 'path', 'text']);
const attributes = new Set([
  'width', 'height', 'viewBox', 'x', 'y', 'rx', 'cx', 'cy', 'r', 'x1', 'y1', 'x2', 'y2', 'd',
  'fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity',
  'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor',
]);
const svgNs = 'http://www.w3.org/2000/svg';

/** The drawing as a fresh <svg>, scaled to its container, named `label` (empty: decorative); null when the markup is not an SVG. */
export function chartElement(markup: string, label: string): SVGSVGElement | null {
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
  if (parsed.namespaceURI !== svgNs || parsed.localName !== 'svg') return null;
  const svg = copy(parsed) as SVGSVGElement;
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  if (label === '') svg.setAttribute('aria-hidden', 'true');
  else {
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
  }
  return svg;
}

function copy(source: Element): Element {
  const target = document.createElementNS(svgNs, source.localName);
  for (const attribute of Array.from(source.attributes)) {
    if (attributes.has(attribute.name)) target.setAttribute(attribute.name, attribute.value);
  }
  for (const child of Array.from(source.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE && source.localName === 'text') target.appendChild(document.createTextNode(child.textContent ?? ''));
    else if (child instanceof Element && child.namespaceURI === svgNs && elements.has(child.localName)) target.appendChild(copy(child));
  }
  return target;
}

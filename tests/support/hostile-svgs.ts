/**
 * SVG files an attacker could hand an editor, written by the tests. Each one
 * is the same small drawing (a green band with a yellow disc) with something
 * hostile added that does not itself paint, so once sanitised it must look
 * exactly like the plain drawing — and contain nothing that runs or reaches out.
 */

const SVG = 'xmlns="http://www.w3.org/2000/svg"';
const XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"';
export const drawing = '<rect x="10" y="10" width="180" height="80" fill="#1d6560"/><circle cx="100" cy="50" r="30" fill="#fbe7a6"/>';

function svg(inside: string, attributes = ''): string {
  return `<svg ${SVG} ${XLINK} width="200" height="100" viewBox="0 0 200 100"${attributes}>${inside}</svg>`;
}

export const plainSvg = svg(drawing);

const laughs = [
  '<!ENTITY lol "lol">',
  ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
].join('');

export const hostileSvgs: Record<string, string> = {
  'script elements': svg(`<script>document.title = 'pwned'</script>${drawing}<script xlink:href="https://evil.example/x.js"/>`),
  'event attributes': svg(
    `<rect x="10" y="10" width="180" height="80" fill="#1d6560" onclick="alert(1)" onmouseover="alert(2)"/><circle cx="100" cy="50" r="30" fill="#fbe7a6" onfocusin="alert(3)"/>`,
    ' onload="alert(document.cookie)"',
  ),
  'xlink:href to http': svg(`${drawing}<image xlink:href="http://evil.example/track.png" width="10" height="10"/>`),
  'xlink:href to file:': svg(`${drawing}<image xlink:href="file:///etc/passwd" width="10" height="10"/>`),
  'use with href to http': svg(`${drawing}<use href="http://evil.example/sprite.svg#icon"/><use xlink:href="other.svg#icon"/>`),
  'a javascript: link': svg(`<a href="javascript:alert(1)">${drawing}</a>`),
  foreignObject: svg(
    `${drawing}<foreignObject width="200" height="100"><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example/"/></foreignObject>`,
  ),
  'style with url(http…)': svg(
    `<style>.evil { fill: url(http://evil.example/p.svg#g) } .also { cursor: url('https://evil.example/c.cur'), auto }</style>${drawing}<g style="fill:url(&quot;https://evil.example/b.png&quot;)" filter="url(file:///tmp/f.svg#x)"/>`,
  ),
  'style with @import': svg(`<style>@import url("http://evil.example/a.css"); @import 'file:///etc/passwd';</style>${drawing}`),
  'CSS escapes hiding a url': svg(`<style>.evil { fill: u\\72l(http://evil.example/p.svg#g) }</style>${drawing}`),
  'animation that sets an href': svg(`<a>${drawing}<set attributeName="href" to="javascript:alert(1)"/></a><animate attributeName="xlink:href" values="http://evil.example/"/>`),
  'an SVG inside a data: URI': svg(`${drawing}<image href="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+" width="10" height="10"/>`),
  'a stylesheet processing instruction': `<?xml version="1.0"?><?xml-stylesheet href="http://evil.example/s.css"?>${plainSvg}`,
  'billion laughs': `<?xml version="1.0"?><!DOCTYPE svg [${laughs}]>${svg(`<desc>&lol9;</desc>${drawing}`)}`,
  'an external entity to file:///etc/passwd': `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${svg(`<title>&xxe;</title>${drawing}`)}`,
};

/** What must not be left in a sanitised file; namespace declarations are URIs that are never fetched, so they are left out first. */
export function dangerIn(sanitised: string): string[] {
  const text = sanitised.replace(/\sxmlns(:\w+)?="[^"]*"/g, '');
  const patterns = [/<script/i, /\son\w+=/i, /foreignObject/i, /http:|https:|file:|javascript:/i, /@import/i, /<!ENTITY|<!DOCTYPE/i, /passwd/, /<set|<animate/, /image\/svg/, /xml-stylesheet/, /lollol/];
  return patterns.filter((p) => p.test(text)).map(String);
}

/**
 * SVG files are sanitised on their way into a project: hostile ones lose
 * what runs or reaches outside and keep their drawing, pixel for pixel;
 * clean ones keep their bytes; what is not an SVG, or is nothing once
 * sanitised, is refused with a Dutch sentence.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoVisuals } from '../../../main/demo/visuals/index.js';
import { emptyProject, errorMessage } from '../../../main/model/index.js';
import { createProject } from '../../../main/store/index.js';
import { readImage } from '../../../main/visuals/image.js';
import { sanitiseSvg } from '../../../main/visuals/svg/index.js';
import { dangerIn, hostileSvgs, plainSvg } from '../../support/hostile-svgs.js';
import { userErrorOf } from '../../support/user-error.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

/** The drawing as resvg paints it, without any fonts or files from the system. */
function pixels(svg: Uint8Array | string): Buffer {
  return new Resvg(Buffer.from(svg), { font: { loadSystemFonts: false } }).render().pixels;
}

describe('sanitising a hostile SVG', () => {
  const plainPixels = pixels(plainSvg);

  it.each(Object.entries(hostileSvgs))('%s: made harmless, the drawing kept', (_, hostile) => {
    const result = sanitiseSvg(bytes(hostile));
    const clean = text(result.bytes);
    expect(dangerIn(clean)).toEqual([]);
    expect(result.removed.length).toBeGreaterThan(0);
    expect({ width: result.width, height: result.height }).toEqual({ width: 200, height: 100 });
    expect(pixels(result.bytes).equals(plainPixels)).toBe(true);
    // Sanitising what was sanitised changes nothing: the stored bytes and their hash are stable.
    expect(text(sanitiseSvg(result.bytes).bytes)).toBe(clean);
  });

  it('never expands entities, so a billion laughs stays small and fast', () => {
    const started = performance.now();
    const result = sanitiseSvg(bytes(hostileSvgs['billion laughs']!));
    expect(result.bytes.length).toBeLessThan(2_000);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('keeps local references: gradients, clip paths, symbols and an inline PNG', () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const local = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50">
  <defs><linearGradient id="g"><stop offset="0" stop-color="#1d6560"/><stop offset="1" stop-color="#fbe7a6"/></linearGradient>
  <clipPath id="c"><circle cx="50" cy="25" r="20"/></clipPath><symbol id="s"><rect width="5" height="5"/></symbol></defs>
  <style>.band { fill: url(#g) }</style>
  <rect class="band" width="100" height="50" clip-path="url(#c)"/><use xlink:href="#s" x="2" y="2"/>
  <image href="data:image/png;base64,${png}" x="90" y="40" width="8" height="8"/>
</svg>`;
    const result = sanitiseSvg(bytes(local));
    expect(result.removed).toEqual([]);
    expect(text(result.bytes)).toBe(local);
  });
});

describe('a plain SVG', () => {
  it('passes with its exact bytes', () => {
    const result = sanitiseSvg(bytes(plainSvg));
    expect(text(result.bytes)).toBe(plainSvg);
    expect(result.removed).toEqual([]);
  });

  it('every demo drawing passes with its exact bytes, so its content hash holds', () => {
    for (const image of demoVisuals([]).images.filter((i) => i.mime === 'image/svg+xml')) {
      expect(sanitiseSvg(image.bytes).bytes).toEqual(image.bytes);
    }
  });

  it("loses a drawing program's own metadata but not its appearance", () => {
    const inkscape = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Created with Inkscape -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" width="200" height="100" viewBox="0 0 200 100" inkscape:version="1.3" sodipodi:docname="wijk.svg">
  <sodipodi:namedview id="base" pagecolor="#ffffff"/>
  <metadata><rdf:RDF/></metadata>
  <g inkscape:label="Laag 1" inkscape:groupmode="layer" data-note="x"><rect x="10" y="10" width="180" height="80" style="fill:#1d6560;stroke:none"/><circle cx="100" cy="50" r="30" fill="#fbe7a6"/></g>
</svg>`;
    const result = sanitiseSvg(bytes(inkscape));
    expect(text(result.bytes)).not.toMatch(/inkscape|sodipodi|rdf|data-note/);
    expect(pixels(result.bytes).equals(pixels(plainSvg))).toBe(true);
  });

  it('reads its size in user units: width and height in any absolute unit, else the viewBox, else 300 × 150', () => {
    const size = (attributes: string) => {
      const { width, height } = sanitiseSvg(bytes(`<svg xmlns="http://www.w3.org/2000/svg" ${attributes}><rect width="1" height="1"/></svg>`));
      return `${width} × ${height}`;
    };
    expect(size('width="640" height="480"')).toBe('640 × 480');
    expect(size('width="10cm" height="5cm"')).toBe('378 × 189');
    expect(size('width="72pt" height="1in"')).toBe('96 × 96');
    expect(size('width="100%" height="100%" viewBox="0 0 1200 600"')).toBe('1200 × 600');
    expect(size('width="300" viewBox="0 0 1200 600"')).toBe('300 × 150');
    expect(size('')).toBe('300 × 150');
  });

  it('in UTF-16 or Windows-1252 is stored as UTF-8, with its letters', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>Reünie</title><rect width="1" height="1"/></svg>';
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(svg, 'utf16le'))]);
    const latin1 = new Uint8Array(Buffer.from(`<?xml version="1.0" encoding="windows-1252"?>${svg}`, 'latin1'));
    for (const input of [utf16, latin1]) expect(text(sanitiseSvg(input).bytes)).toContain('<title>Reünie</title>');
  });
});

describe('refused images', () => {
  it('a file that is not an SVG at all', () => {
    for (const input of ['dit is gewoon tekst', '<html><body>geen tekening</body></html>', '<svg xmlns="http://www.w3.org/2000/svg"><rect']) {
      const error = userErrorOf(() => sanitiseSvg(bytes(input)));
      expect(error.code).toBe('imageNotSvg');
      expect(errorMessage('nl', error)).toMatch(/geen SVG-tekening.*Er is niets geïmporteerd/);
    }
  });

  it('an SVG with nothing left to draw once sanitised', () => {
    const error = userErrorOf(() => sanitiseSvg(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><foreignObject/></svg>')));
    expect(error.code).toBe('imageSvgEmpty');
    expect(errorMessage('nl', error)).toMatch(/blijft niets over/);
    expect(errorMessage('en', error)).toMatch(/Nothing is left to show/);
  });

  it('bytes that are no PNG, JPEG or SVG, whatever type they claim', () => {
    const error = userErrorOf(() => readImage(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 2]), 'image/png'));
    expect(error.code).toBe('imageUnrecognised');
    expect(errorMessage('nl', error)).toMatch(/geen PNG-, JPEG- of SVG-afbeelding/);
  });
});

describe('the store is the one door', () => {
  it('sanitises an SVG put straight into a project and stores it under the clean bytes’ hash', () => {
    const store = createProject(path.join(mkdtempSync(path.join(tmpdir(), 'bundel-svg-')), 'p.bundel'), emptyProject('SVG'));
    try {
      const hash = store.images.put(bytes(hostileSvgs['script elements']!), 'image/svg+xml');
      const stored = store.images.get(hash)!;
      expect(dangerIn(text(stored.bytes))).toEqual([]);
      expect(store.images.put(bytes(plainSvg), 'image/svg+xml')).toBe(store.images.put(sanitiseSvg(bytes(plainSvg)).bytes, 'image/svg+xml'));
      expect(userErrorOf(() => store.images.put(bytes('<html/>'), 'image/svg+xml')).code).toBe('imageNotSvg');
    } finally {
      store.close();
    }
  });
});

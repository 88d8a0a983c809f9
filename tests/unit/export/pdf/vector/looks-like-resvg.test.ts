// SVG pictures painted as PDF vectors look as resvg draws them: each picture
// is read from usvg's simplified SVG, embedded as a form XObject on a page of
// its size, rendered by poppler, and compared pixel by pixel with resvg's
// raster of the same SVG. Antialiasing differs along edges; a shape, colour,
// gradient, clip or opacity that went wrong shows as a larger difference.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { demoProject } from '../../../../../main/demo/index.js';
import { ImageProfiles, svgRenderOptions } from '../../../../../main/export/pdf/images/index.js';
import { drawVectorForm, embedVectorForm, readVectorDrawing } from '../../../../../main/export/pdf/vector/index.js';
import { quartersJpeg } from '../../../../support/image-files.js';
import { artifactPath } from '../fixtures.js';

/** What the vectors paint: gradients (stops inside; a focal point, translucent; in user space turned, fading), dashes, a translucent group of overlapping shapes, a clip, even-odd, text with a halo, round joins, a viewBox scaled up. */
const FEATURES = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="160" viewBox="0 0 120 80">
  <defs>
    <linearGradient id="lin"><stop offset="0.2" stop-color="#1f5f6b"/><stop offset="0.5" stop-color="#d8c39a"/><stop offset="0.8" stop-color="#e07a3f"/></linearGradient>
    <radialGradient id="rad" fx="0.35" fy="0.35"><stop offset="0" stop-color="#ffffff" stop-opacity="0.8"/><stop offset="1" stop-color="#783c6e" stop-opacity="0.8"/></radialGradient>
    <linearGradient id="user" gradientUnits="userSpaceOnUse" x1="0" y1="60" x2="0" y2="80" gradientTransform="rotate(10)">
      <stop offset="0" stop-color="#5a9646" stop-opacity="0.9"/><stop offset="1" stop-color="#3c82c8" stop-opacity="0.15"/>
    </linearGradient>
    <clipPath id="clip"><circle cx="95" cy="20" r="15"/></clipPath>
  </defs>
  <rect x="5" y="5" width="60" height="20" fill="url(#lin)"/>
  <circle cx="30" cy="45" r="12" fill="url(#rad)" stroke="#1e325a" stroke-width="2" stroke-dasharray="4 2"/>
  <g opacity="0.5" transform="rotate(-15 80 45)"><rect x="55" y="35" width="30" height="15" fill="#c83c3c"/><rect x="65" y="40" width="30" height="15" fill="#c83c3c"/></g>
  <g clip-path="url(#clip)"><rect x="75" y="0" width="40" height="40" fill="#e07a3f"/><path d="M75 20 h40" stroke="#ffffff" stroke-width="3"/></g>
  <path d="M 5 60 L 115 60 L 115 79 L 5 79 Z M 20 64 L 100 64 L 100 75 L 20 75 Z" fill="url(#user)" fill-rule="evenodd"/>
  <polyline points="48,30 55,38 62,30" fill="none" stroke="#000000" stroke-linecap="round" stroke-linejoin="round" stroke-width="3"/>
  <text x="60" y="72" font-size="9" text-anchor="middle" stroke="#ffffff" stroke-width="2" paint-order="stroke" fill="#2e3a40" font-family="Source Sans 3" font-weight="bold">Mantelzorg</text>
</svg>`;

/** Half teal, half transparent: its alpha shows. */
function halfPng(): string {
  // As many pixels as it is drawn with: scaled up, resvg smooths its edge where poppler does not.
  const png = new PNG({ width: 240, height: 120 });
  for (let i = 0; i < 240 * 120; i++) png.data.set(i % 240 < 120 ? [29, 101, 96, 255] : [0, 0, 0, 0], i * 4);
  return PNG.sync.write(png).toString('base64');
}

/** Pictures the SVG embeds: a photo fitted (meet), cut (slice), stretched in a translucent group, and a transparent PNG turned. */
const PICTURES = (() => {
  const jpeg = `data:image/jpeg;base64,${quartersJpeg.toString('base64')}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="240" height="120" viewBox="0 0 120 60">
  <rect width="120" height="60" fill="#f6ebdd"/>
  <image x="2" y="2" width="56" height="26" xlink:href="${jpeg}"/>
  <image x="62" y="2" width="56" height="26" preserveAspectRatio="xMinYMin slice" xlink:href="${jpeg}"/>
  <g opacity="0.6"><image x="2" y="32" width="56" height="26" preserveAspectRatio="none" xlink:href="${jpeg}"/></g>
  <image x="62" y="32" width="56" height="26" transform="rotate(5 90 45)" xlink:href="data:image/png;base64,${halfPng()}"/>
</svg>`;
})();

const demoSvgs = demoProject().images.filter((image) => image.mime === 'image/svg+xml');

interface Difference {
  /** Mean absolute difference over all channels, 0–255. */
  readonly mean: number;
  /** Share of pixels with a channel more than 48 apart. */
  readonly far: number;
}

/** The picture through our vectors and poppler against resvg, at twice the picture's size in pixels. */
function compare(name: string, svg: Uint8Array): Promise<Difference> {
  return (async () => {
    const simplified = new Resvg(Buffer.from(svg), svgRenderOptions(svg, 1)).toString();
    const drawing = readVectorDrawing(simplified);
    if (drawing === null) throw new Error(`${name} was not read as vectors`);
    const doc = await PDFDocument.create();
    const page = doc.addPage([drawing.width, drawing.height]);
    drawVectorForm(page, await embedVectorForm(doc, drawing, undefined, new ImageProfiles(doc.context)), { x: 0, y: 0, width: drawing.width, height: drawing.height });
    const file = artifactPath(`vector-${name}.pdf`);
    writeFileSync(file, await doc.save());
    const prefix = file.replace(/\.pdf$/u, '');
    execFileSync('pdftoppm', ['-png', '-r', '144', '-singlefile', file, prefix]);
    const ours = PNG.sync.read(readFileSync(`${prefix}.png`));
    const reference = PNG.sync.read(new Resvg(Buffer.from(svg), { ...svgRenderOptions(svg, ours.width), background: 'white' }).render().asPng());
    writeFileSync(`${prefix}-resvg.png`, PNG.sync.write(reference));
    expect([reference.width, Math.abs(reference.height - ours.height) <= 1]).toEqual([ours.width, true]);
    let sum = 0;
    let far = 0;
    const height = Math.min(ours.height, reference.height);
    for (let i = 0; i < ours.width * height * 4; i += 4) {
      let worst = 0;
      for (let c = 0; c < 3; c++) {
        const d = Math.abs(ours.data[i + c]! - reference.data[i + c]!);
        sum += d;
        worst = Math.max(worst, d);
      }
      if (worst > 48) far++;
    }
    const pixels = ours.width * height;
    return { mean: sum / (pixels * 3), far: far / pixels };
  })();
}

describe('an SVG painted as vectors looks as resvg draws it', () => {
  test('every feature the vectors paint', async () => {
    const { mean, far } = await compare('features', new TextEncoder().encode(FEATURES));
    expect(mean).toBeLessThan(1.5);
    expect(far).toBeLessThan(0.005);
  });

  test('pictures it embeds, fitted, cut, stretched, translucent and turned', async () => {
    const { mean, far } = await compare('pictures', new TextEncoder().encode(PICTURES));
    // resvg smooths a picture it scales, poppler does not: the photo's inner edges differ along a line or two.
    expect(mean).toBeLessThan(2.5);
    expect(far).toBeLessThan(0.02);
  });

  test.each(demoSvgs.map((image, i) => [i + 1, image.bytes] as const))("the demo's SVG picture %i", async (n, bytes) => {
    const { mean, far } = await compare(`demo-${n}`, bytes);
    expect(mean).toBeLessThan(1.5);
    expect(far).toBeLessThan(0.005);
  });
});

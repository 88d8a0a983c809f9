/**
 * A Drawing as a standalone SVG document: <title> and <desc> for screen
 * readers, text in the template's families (with a generic fallback, for a
 * reader without them), coordinates in points as user units. Pure.
 */
import type { Drawing, Face, Shape } from './drawing.js';
import { xmlText } from '../model/index.js';

/** Generic family to fall back on per template family. */
const generic: Record<Face['family'], string> = { 'Source Serif 4': 'serif', 'Source Sans 3': 'sans-serif', 'Noto Sans': 'sans-serif' };

export function drawingToSvg(drawing: Drawing): string {
  const w = n(drawing.width);
  const h = n(drawing.height);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}pt" height="${h}pt" viewBox="0 0 ${w} ${h}" role="img" aria-labelledby="title desc">`,
    `<title id="title">${xmlText(drawing.title)}</title>`,
    `<desc id="desc">${xmlText(drawing.description)}</desc>`,
    `<rect width="${w}" height="${h}" fill="#ffffff"/>`,
    ...drawing.shapes.map(shape),
    '</svg>',
  ].join('\n');
}

function shape(s: Shape): string {
  switch (s.type) {
    case 'rect':
      return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.width)}" height="${n(s.height)}"${s.radius ? ` rx="${n(s.radius)}"` : ''}${paint(s)}/>`;
    case 'circle':
      return `<circle cx="${n(s.cx)}" cy="${n(s.cy)}" r="${n(s.r)}"${paint(s)}/>`;
    case 'line':
      return `<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="${s.stroke}" stroke-width="${n(s.strokeWidth)}"${s.dash === null ? '' : ` stroke-dasharray="${s.dash.map(n).join(' ')}"`}/>`;
    case 'path':
      return `<path d="${xmlText(s.d)}"${paint(s)}/>`;
    case 'text': {
      const face = `font-family="'${s.face.family}', ${generic[s.face.family]}"${s.face.bold ? ' font-weight="bold"' : ''}${s.face.italic ? ' font-style="italic"' : ''}`;
      return `<text x="${n(s.x)}" y="${n(s.y)}" ${face} font-size="${n(s.size)}" fill="${s.fill}"${s.anchor === 'start' ? '' : ` text-anchor="${s.anchor}"`}>${xmlText(s.text)}</text>`;
    }
  }
}

function paint(s: { fill: string | null; stroke: string | null; strokeWidth: number; opacity?: number }): string {
  const stroke = s.stroke === null ? '' : ` stroke="${s.stroke}" stroke-width="${n(s.strokeWidth)}"`;
  const opacity = s.opacity === undefined || s.opacity === 1 ? '' : ` opacity="${n(s.opacity)}"`;
  return ` fill="${s.fill ?? 'none'}"${stroke}${opacity}`;
}

/** Two decimals: a hundredth of a point is far below what any printer resolves. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}


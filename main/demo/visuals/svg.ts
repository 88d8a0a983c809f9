/**
 * The frame every hand-written demo SVG shares: explicit size and viewBox, a
 * title and description for screen readers, one font stack, and nothing that
 * reaches outside the file (no scripts, no links, no external fonts).
 */
export const fontStack = `'Source Sans 3', 'Noto Sans', sans-serif`;

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function svgDocument(width: number, height: number, title: string, description: string, body: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="svg-title svg-desc" font-family="${esc(fontStack)}">`,
    `  <title id="svg-title">${esc(title)}</title>`,
    `  <desc id="svg-desc">${esc(description)}</desc>`,
    ...body.map((line) => `  ${line}`),
    '</svg>',
    '',
  ].join('\n');
}

/** A `<text>` element; `attrs` are written as given, the content is escaped. */
export function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${round(x)}" y="${round(y)}"${attrs ? ` ${attrs}` : ''}>${esc(content)}</text>`;
}

export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

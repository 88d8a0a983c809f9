/**
 * Values as Typst source. Every piece of the project's text goes into the
 * markup as a string literal (`#"…"` or an argument), never as markup: then
 * no `*`, `_`, `#`, `[`, `$`, `@`, `<`, `=` or `/` in a title or paragraph can
 * start emphasis, code, a label or a heading. Inside a string only the
 * backslash, the quote and control characters need escaping.
 */

/** A Typst string literal holding `text` exactly. */
export function str(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a string literal must escape
  const escaped = text.replace(/[\\"\u0000-\u001f\u007f]/g, (c) => {
    if (c === '\\') return '\\\\';
    if (c === '"') return '\\"';
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    return `\\u{${c.codePointAt(0)!.toString(16)}}`;
  });
  return `"${escaped}"`;
}

/** Text placed in markup: an embedded string expression. */
export function text(value: string): string {
  return `#${str(value)}`;
}

/** Points, rounded to what a page can show. */
export function pt(value: number): string {
  return `${Math.round(value * 1000) / 1000}pt`;
}

/** Millimetres, as the template gives page measures. */
export function mm(value: number): string {
  return `${Math.round(value * 1000) / 1000}mm`;
}

/** A template colour (#rrggbb, checked by the template's schema). */
export function rgb(hex: string): string {
  return `rgb(${str(hex)})`;
}

export const MM_TO_PT = 72 / 25.4;

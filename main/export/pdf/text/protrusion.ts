// Character protrusion, or margin kerning, as pdfTeX sets it with microtype's
// defaults: a justified line that ends in a hyphen, a full stop or a comma
// looks indented at the right, because those glyphs are light; a line that
// opens with a quotation mark looks indented at the left. Such a character
// hangs into the margin by a share of its width, and the edges of the text
// look straight. Applied once the lines are chosen, as microtype's
// `protrusion` alone does: the line has a little more room for its spaces.

/** Share of a character's width that hangs past the end of a line (after microtype's default set). */
const RIGHT: ReadonlyMap<string, number> = new Map([
  ['.', 0.7], [',', 0.5], [':', 0.5], [';', 0.5], ['!', 0.1], ['?', 0.2], [')', 0.2], ['-', 0.5], ['\u2010', 0.5],
  ['\u2013', 0.2], ['\u2014', 0.15], ['\u2019', 0.4], ['\u201D', 0.3], ['\u203A', 0.3], ['\u00BB', 0.3], ['\u2026', 0.4],
]);

/** Share of a character's width that hangs before the start of a line. */
const LEFT: ReadonlyMap<string, number> = new Map([
  ['(', 0.1], ['\u2013', 0.2], ['\u2014', 0.15], ['\u2018', 0.3], ['\u2019', 0.3], ['\u201C', 0.3], ['\u201D', 0.3],
  ['\u201A', 0.4], ['\u201E', 0.4], ['\u2039', 0.4], ['\u00AB', 0.3],
]);

/** How far a line's first character (`first`, `width` points wide) hangs into the left margin. */
export function leftProtrusion(first: string, width: number): number {
  return (LEFT.get(first) ?? 0) * width;
}

/** How far a line's last character hangs into the right margin. */
export function rightProtrusion(last: string, width: number): number {
  return (RIGHT.get(last) ?? 0) * width;
}

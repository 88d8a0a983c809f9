// A drawing's text as one set line, drawn by the typesetter's own TJ
// machinery: the label is shaped whole (kerning, ligatures, real spaces) in a
// face of the template's families and embedded subset like all other text.
import type { Color } from 'pdf-lib';
import type { Face } from '../../../visuals/drawing.js';
import type { FontName } from '../../template/index.js';
import type { FontFamily } from '../fonts/index.js';
import type { LineLayout } from '../text/index.js';
import { resolveStyle } from '../text/style.js';

export type FamilyOf = (name: FontName) => FontFamily;

/** The label as a line whose baseline is its top (height 0), and its width for the anchor. */
export function labelLine(text: string, face: Face, size: number, color: Color, families: FamilyOf): LineLayout {
  const family = families(face.family);
  const style = resolveStyle({ text, style: { family, bold: face.bold, italic: face.italic, size, color } });
  const shaped = style.face.shape(text.normalize('NFC'));
  const width = (shaped.width * size) / style.face.unitsPerEm;
  return {
    left: 0,
    measure: width,
    width,
    naturalWidth: width,
    protrusion: { left: 0, right: 0 },
    height: 0,
    baseline: 0,
    hyphenated: false,
    endsInWord: false,
    overfull: false,
    runs: [{ style, x: 0, width, scale: 1, parts: [{ kind: 'text', shaped, readAs: null }] }],
  };
}

// The operand of one TJ operator, as content-stream text: glyph codes in
// literal strings (two bytes each, cid-font.ts), interleaved with pen
// adjustments that carry kerning and the justified width of word spaces.
import type { EmbeddedFace } from '../fonts/pdf-fonts.js';
import type { ShapedText } from '../fonts/shaped-text.js';
import type { FontFace } from '../fonts/font-face.js';
import { SOFT_HYPHEN, type GlyphRun, type RunPart } from './layout-types.js';

/**
 * A word's TJ text: inside a word each adjustment is the word's own (kerning),
 * so it is written once per word and document, and a run costs a few string
 * joins per word instead of work per glyph. Only the adjustment before the
 * first glyph depends on what came before (a widened space). The pen movements
 * around the word are kept with it too: a run then reads nothing of the shaped
 * word but its identity, and those objects, all over the heap, were slow to reach.
 */
interface WordText {
  readonly encoder: EmbeddedFace;
  /** The glyph codes with the kerning between them, to be written between a literal string's `(` and `)`; empty for no glyphs. */
  readonly text: string;
  /** Pen movement before the first glyph, in thousandths of an em, positive moves left. */
  readonly before: number;
  /** Pen movement after the last glyph, with what the rounding of the kerning inside left (none in a font of 1000 units per em). */
  readonly after: number;
}

const words = new WeakMap<ShapedText, WordText>();

/**
 * `[(glyphs) adjustment (glyphs) …]`; adjustments in whole thousandths of an
 * em, positive moves left. Each is rounded with what the rounding of the ones
 * before it left carried along (as pdfTeX does), so every glyph is within half
 * a thousandth of its exact place and the roundings never add up along a line.
 * (That holds in a font of 1000 units per em, whose kerning is whole
 * thousandths; in another, the rounding inside a word can add another half.)
 * Whole numbers are the shortest text and the cheapest to write.
 *
 * A part the line break changed is written in codes that read as what it
 * stands for (FontFace.readAs), but the hyphen a break added only with
 * `softHyphens`: read as a soft hyphen, poppler no longer joins the word it
 * divides, as it does across a plain hyphen at a line end.
 */
export function tjText(run: GlyphRun, embedded: EmbeddedFace, softHyphens = false): string {
  const { face, size } = run.style;
  const toThousandths = 1000 / face.unitsPerEm;
  let out = '[';
  let open = false;
  // Pen movement (thousandths, positive moves left) not yet written: a kern at
  // the end of a word and a widened space after it become one number.
  let pending = 0;
  const spaceGlyph = face.shape(' ');
  const space = wordText(spaceGlyph, embedded, toThousandths);
  const spaceWidth = spaceGlyph.width * toThousandths;
  for (const part of run.parts) {
    // A word space is a real space glyph, so text extraction sees the word boundary.
    const word = part.kind === 'text' ? wordText(drawn(part, face, softHyphens), embedded, toThousandths) : space;
    pending += word.before;
    if (word.text !== '') {
      const adjustment = Math.round(pending);
      if (adjustment !== 0) {
        out += open ? `) ${adjustment} (` : ` ${adjustment} (`;
        pending -= adjustment;
      } else if (!open) {
        out += '(';
      }
      out += word.text;
      open = true;
      pending += word.after;
    }
    // What justification widened (or narrowed) the space by, in the run's scaled text space.
    if (part.kind === 'space') pending -= (part.width * 1000) / (size * run.scale) - spaceWidth;
  }
  return open ? `${out})]` : '[]';
}

/** The glyphs of a text part, in the codes that read as what it stands for. */
function drawn(part: Extract<RunPart, { kind: 'text' }>, face: FontFace, softHyphens: boolean): ShapedText {
  const { readAs } = part;
  if (readAs === null || (readAs === SOFT_HYPHEN && !softHyphens)) return part.shaped;
  return face.readAs(part.shaped, readAs);
}

/**
 * A space glyph after the end of a line, as its own TJ: where a line ends at a
 * word space (not at a hyphen), text extraction and screen readers reading the
 * tagged structure see the words apart, as PDF 1.7 14.8.2.5 asks. It is drawn
 * past the line's end, and a space glyph marks nothing.
 */
export function lineEndSpace(run: GlyphRun, embedded: EmbeddedFace): string {
  const { face } = run.style;
  return `[(${wordText(face.shape(' '), embedded, 1000 / face.unitsPerEm).text})] TJ`;
}

function wordText(shaped: ShapedText, embedded: EmbeddedFace, toThousandths: number): WordText {
  const known = words.get(shaped);
  if (known?.encoder === embedded) return known;
  const count = shaped.glyphCount;
  const codes = embedded.glyphCodes(shaped);
  // Joined, not appended: a flat string, which every use of the word copies at once.
  const text = codes.slice(0, 1);
  let pending = 0;
  for (let i = 1; i < count; i++) {
    pending -= shaped.shifts[i]! * toThousandths;
    const adjustment = Math.round(pending);
    if (adjustment !== 0) {
      text.push(`) ${adjustment} (`);
      pending -= adjustment;
    }
    text.push(codes[i]!);
  }
  const after = count === 0 ? 0 : pending - shaped.shifts[count]! * toThousandths;
  const word: WordText = { encoder: embedded, text: text.join(''), before: -shaped.shifts[0]! * toThousandths, after };
  words.set(shaped, word);
  return word;
}

/** The decimals of 0 to 999 thousandths as written after the whole number: '', '.001' … '.5' … '.999'. */
const DECIMALS = Array.from({ length: 1000 }, (_, i) => (i === 0 ? '' : `.${String(i).padStart(3, '0').replace(/0+$/u, '')}`));

/**
 * A number as a content stream writes it: at most three decimals, never an
 * exponent. Written as thousandths in whole numbers: String() of a fraction
 * (its shortest round-trip digits) was the dearest step of writing a line's
 * position, and for up to nine digits it gives exactly these decimals.
 */
export function pdfNumber(value: number): string {
  const n = Math.round(value * 1000);
  if (n === 0) return '0';
  const magnitude = Math.abs(n);
  // Beyond nine digits (no page is a million points wide), or NaN: String() gives the same.
  if (!(magnitude < 1e9)) return String(n / 1000);
  const whole = Math.trunc(magnitude / 1000);
  return `${n < 0 ? '-' : ''}${whole}${DECIMALS[magnitude - whole * 1000]!}`;
}

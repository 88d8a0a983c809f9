// The operand of one TJ operator, as content-stream text: subset glyph codes in
// hex strings, interleaved with pen adjustments that carry kerning and the
// justified width of word spaces.
import type { EmbeddedFace } from '../fonts/pdf-fonts.js';
import type { ShapedText } from '../fonts/shaped-text.js';
import type { GlyphRun } from './layout-types.js';

/**
 * A word's TJ text after its first glyph: inside a word each adjustment is the
 * word's own (kerning), so it is written once per word and document, and a
 * run costs a few string joins per word instead of work per glyph. Only the
 * adjustment before the first glyph depends on what came before (a widened space).
 */
interface WordText {
  readonly encoder: EmbeddedFace;
  readonly first: string;
  /** Starts and ends with a hex string open. */
  readonly rest: string;
}

const words = new WeakMap<ShapedText, WordText>();

/** `[<glyphs> adjustment <glyphs> …]`; adjustments in thousandths of an em, positive moves left. */
export function tjText(run: GlyphRun, embedded: EmbeddedFace): string {
  const { face, size } = run.style;
  const toThousandths = 1000 / face.unitsPerEm;
  let out = '[';
  let open = false;
  // Extra pen movement (font units) not yet written; merged so that a kern at
  // the end of a word and a widened space after it become one number.
  let pending = 0;

  const append = (shaped: ShapedText): void => {
    if (shaped.glyphCount === 0) {
      pending += shaped.shifts[0]!;
      return;
    }
    const word = wordText(shaped, embedded, toThousandths);
    const adjustment = thousandths(pending + shaped.shifts[0]!, toThousandths);
    if (adjustment !== 0) {
      out += `${open ? '>' : ''} ${pdfNumber(adjustment)} <`;
    } else if (!open) {
      out += '<';
    }
    out += word.first + word.rest;
    open = true;
    pending = shaped.shifts[shaped.glyphCount]!;
  };

  const space = face.shape(' ');
  for (const part of run.parts) {
    if (part.kind === 'text') {
      append(part.shaped);
    } else {
      // A real space glyph, so text extraction sees the word boundary.
      append(space);
      pending += (part.width * face.unitsPerEm) / size - space.width;
    }
  }
  return `${out}${open ? '>' : ''}]`;
}

function wordText(shaped: ShapedText, embedded: EmbeddedFace, toThousandths: number): WordText {
  const known = words.get(shaped);
  if (known?.encoder === embedded) return known;
  const codes = embedded.glyphCodes(shaped);
  let rest = '';
  for (let i = 1; i < shaped.glyphCount; i++) {
    const adjustment = thousandths(shaped.shifts[i]!, toThousandths);
    if (adjustment !== 0) rest += `> ${pdfNumber(adjustment)} <`;
    rest += codes[i]!;
  }
  const word: WordText = { encoder: embedded, first: codes[0]!, rest };
  words.set(shaped, word);
  return word;
}

/** A pen movement in font units as TJ writes it: thousandths of an em, to a hundredth, positive moves left. */
function thousandths(units: number, toThousandths: number): number {
  return Math.round(-units * toThousandths * 100) / 100;
}

/** A number as a content stream writes it: at most three decimals, never an exponent. */
export function pdfNumber(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return rounded === 0 ? '0' : String(rounded);
}

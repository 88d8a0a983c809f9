// The operands of one TJ operator: subset glyph codes interleaved with pen
// adjustments that carry kerning and the justified width of word spaces.
import type { EmbeddedFace } from '../fonts/pdf-fonts.js';
import type { ShapedText } from '../fonts/shaped-text.js';
import type { GlyphRun } from './layout-types.js';

/** Hex strings of glyph codes, and numbers in thousandths of an em (positive moves left). */
export type TjOperand = string | number;

export function tjOperands(run: GlyphRun, embedded: EmbeddedFace): TjOperand[] {
  const { face, size } = run.style;
  const toThousandths = 1000 / face.unitsPerEm;
  const operands: TjOperand[] = [];
  let hex = '';
  // Extra pen movement (font units) not yet written; merged so that a kern at
  // the end of a word and a widened space after it become one number.
  let pending = 0;

  const appendGlyphs = (shaped: ShapedText): void => {
    const codes = embedded.glyphCodes(shaped);
    for (let i = 0; i < shaped.glyphCount; i++) {
      pending += shaped.shifts[i]!;
      const adjustment = Math.round(-pending * toThousandths * 100) / 100;
      if (adjustment !== 0) {
        if (hex !== '') operands.push(hex);
        operands.push(adjustment);
        hex = '';
      }
      pending = 0;
      hex += codes[i]!;
    }
    pending += shaped.shifts[shaped.glyphCount]!;
  };

  const space = face.shape(' ');
  for (const part of run.parts) {
    if (part.kind === 'text') {
      appendGlyphs(part.shaped);
    } else {
      // A real space glyph, so text extraction sees the word boundary.
      appendGlyphs(space);
      pending += (part.width * face.unitsPerEm) / size - space.width;
    }
  }
  if (hex !== '') operands.push(hex);
  return operands;
}

/**
 * The TJ array as content-stream text, written once here: pdf-lib's PDFNumber
 * and PDFHexString objects per operand cost more than setting the text.
 */
export function tjArray(operands: readonly TjOperand[]): string {
  let out = '[';
  for (const operand of operands) out += typeof operand === 'string' ? `<${operand}>` : ` ${pdfNumber(operand)} `;
  return `${out}]`;
}

/** A number as a content stream writes it: at most three decimals, never an exponent. */
export function pdfNumber(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return rounded === 0 ? '0' : String(rounded);
}

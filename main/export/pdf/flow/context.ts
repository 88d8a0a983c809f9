// What the flow needs besides the chapter: the house style, its loaded fonts,
// the size of the text area and the words it prints, and the document whose
// fonts its lines are written in.
import type { Template } from '../../template/index.js';
import type { PdfFonts } from '../fonts/index.js';
import type { Labels } from '../../tree/types.js';
import type { Hyphenator } from '../hyphenate/index.js';
import type { TemplateFonts } from '../style/index.js';

export interface FlowContext {
  readonly template: Template;
  readonly fonts: TemplateFonts;
  /** The text area in points. */
  readonly width: number;
  readonly height: number;
  /** Fixed words ("Figuur") in the publication's language. */
  readonly labels: Pick<Labels, 'figure'>;
  /** The publication's own word divisions before the patterns. */
  readonly hyphenator: Hyphenator;
  /** The document's fonts: each paragraph's lines are written as text in them as soon as it is set. */
  readonly pdfFonts: PdfFonts;
}

const POINTS_PER_MM = 72 / 25.4;

export function mmToPoints(mm: number): number {
  return mm * POINTS_PER_MM;
}

/**
 * The text area of the template's page: the trim size less its margins. Two
 * columns are not set yet: the flow fills the whole measure.
 */
export function textArea(template: Template): { width: number; height: number } {
  const { page } = template;
  return {
    width: mmToPoints(page.width - page.margins.inner - page.margins.outer),
    height: mmToPoints(page.height - page.margins.top - page.margins.bottom),
  };
}

export function flowContext(template: Template, fonts: TemplateFonts, labels: Pick<Labels, 'figure'>, hyphenator: Hyphenator, pdfFonts: PdfFonts): FlowContext {
  return { template, fonts, labels, hyphenator, pdfFonts, ...textArea(template) };
}

/**
 * A MeasureText on the fonts the PDF loads for a template: the chart layout
 * measures its labels with the very faces the PDF embeds and the SVG names,
 * so a label that fits here fits in print. Node only (reads font files).
 */
import { faceFor } from '../export/pdf/fonts/index.js';
import { loadTemplateFonts, type TemplateFonts } from '../export/pdf/style/index.js';
import type { Template } from '../export/template/index.js';
import type { MeasureText } from './drawing.js';

export function measureWith(fonts: TemplateFonts): MeasureText {
  return (text, face, size) => faceFor(fonts.family(face.family), face.bold, face.italic).widthOf(text, size);
}

export async function templateMeasure(template: Template): Promise<MeasureText> {
  return measureWith(await loadTemplateFonts(template));
}

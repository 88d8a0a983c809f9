/** How large a figure's image is shown: the available width, keeping its aspect, never taller than the template allows. */
import type { Template } from '../template/index.js';
import { textArea } from './page.js';
import { mmToPx } from './units.js';

/** Pixels at 96 to the inch, as docx takes them. */
export function displaySize(image: { width: number; height: number }, template: Template, widthMm = textArea(template).widthMm): { width: number; height: number } {
  const maxWidth = mmToPx(widthMm);
  const maxHeight = mmToPx(textArea(template).heightMm * template.figure.maxHeight);
  const scale = Math.min(maxWidth / image.width, maxHeight / image.height);
  return { width: Math.max(1, Math.round(image.width * scale)), height: Math.max(1, Math.round(image.height * scale)) };
}

// The template's typefaces travel inside the document. A reviewer's Word or
// LibreOffice seldom has Source Serif 4 or Source Sans 3 installed, and without
// them shows the publication in a stand-in: LibreOffice set the serif body text
// in DejaVu Sans. Whole faces, not subsets, so that a reviewer who types in the
// document has every letter. The bundled families are under the SIL Open Font
// License, which allows embedding them.
import { readFileSync } from 'node:fs';
import type { IPropertiesOptions } from 'docx';
import { bundledFamilyFiles } from '../pdf/fonts/index.js';
import { familiesOf, type FontName, type Template } from '../template/index.js';

/** docx 9.15 does not export the type by its name. */
type FontOptions = NonNullable<IPropertiesOptions['fonts']>[number];

// Read once per process: a kept export worker writes one DOCX after another.
const read = new Map<FontName, FontOptions>();

export function embeddedFonts(template: Template): FontOptions[] {
  return familiesOf(template).map((name) => {
    let font = read.get(name);
    if (font === undefined) {
      const files = bundledFamilyFiles(name);
      font = { name, data: readFileSync(files.regular), bold: readFileSync(files.bold), italic: readFileSync(files.italic), boldItalic: readFileSync(files.boldItalic) };
      read.set(name, font);
    }
    return font;
  });
}

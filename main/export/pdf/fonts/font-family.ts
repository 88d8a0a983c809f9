// A family's four faces, so that `em` and `strong` in the text map to real fonts.
import { readFile } from 'node:fs/promises';
import { FontFace } from './font-face.js';
import { loadHarfBuzz } from './harfbuzz.js';

export interface FontFamily {
  readonly name: string;
  readonly regular: FontFace;
  readonly italic: FontFace;
  readonly bold: FontFace;
  readonly boldItalic: FontFace;
}

export interface FontFamilyFiles {
  readonly regular: string;
  readonly italic: string;
  readonly bold: string;
  readonly boldItalic: string;
}

export function faceFor(family: FontFamily, bold: boolean, italic: boolean): FontFace {
  if (bold) return italic ? family.boldItalic : family.bold;
  return italic ? family.italic : family.regular;
}

export async function loadFontFamily(name: string, files: FontFamilyFiles): Promise<FontFamily> {
  const harfBuzz = await loadHarfBuzz();
  const [regular, italic, bold, boldItalic] = await Promise.all(
    [files.regular, files.italic, files.bold, files.boldItalic].map(async (file) => {
      return new FontFace(new Uint8Array(await readFile(file)), harfBuzz, file);
    }),
  );
  return { name, regular: regular!, italic: italic!, bold: bold!, boldItalic: boldItalic! };
}

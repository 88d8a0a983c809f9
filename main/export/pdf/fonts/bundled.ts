// The open-licence families that ship as npm packages (@expo-google-fonts/*).
// Templates name one of these; their TTF files are found through Node's resolver.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { loadFontFamily, type FontFamily, type FontFamilyFiles } from './font-family.js';

const BUNDLED = {
  'Source Serif 4': { pkg: '@expo-google-fonts/source-serif-4', prefix: 'SourceSerif4' },
  'Source Sans 3': { pkg: '@expo-google-fonts/source-sans-3', prefix: 'SourceSans3' },
  'Noto Sans': { pkg: '@expo-google-fonts/noto-sans', prefix: 'NotoSans' },
} as const;

export type BundledFamilyName = keyof typeof BUNDLED;

/**
 * Paths of a bundled family's regular, italic, bold and bold-italic TTF files,
 * found as Node finds a package from this module — never from the working
 * directory, which is wherever the user started the command or the app.
 */
export function bundledFamilyFiles(name: BundledFamilyName): FontFamilyFiles {
  const { pkg, prefix } = BUNDLED[name];
  const require = createRequire(thisModule());
  const file = (style: string): string => require.resolve(`${pkg}/${style}/${prefix}_${style}.ttf`);
  return {
    regular: file('400Regular'),
    italic: file('400Regular_Italic'),
    bold: file('700Bold'),
    boldItalic: file('700Bold_Italic'),
  };
}

export function loadBundledFamily(name: BundledFamilyName): Promise<FontFamily> {
  return loadFontFamily(name, bundledFamilyFiles(name));
}

/** The bundled CommonJS build (CLI, app, worker) knows its file; the ES module sources (tests) their URL. */
function thisModule(): string {
  return typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
}

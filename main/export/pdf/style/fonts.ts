// The font families a template names, loaded once per process: a family's
// shaping cache then stays warm from one export to the next.
import { loadBundledFamily, type FontFamily } from '../fonts/index.js';
import { familiesOf, type FontName, type Template } from '../../template/index.js';

export interface TemplateFonts {
  family(name: FontName): FontFamily;
  /** Every family the template uses (for embedding or for an SVG rasteriser). */
  readonly families: readonly FontFamily[];
}

const loaded = new Map<FontName, Promise<FontFamily>>();

function familyOnce(name: FontName): Promise<FontFamily> {
  let family = loaded.get(name);
  if (family === undefined) {
    family = loadBundledFamily(name);
    // A failed load (a missing package) must not poison later attempts.
    family.catch(() => loaded.delete(name));
    loaded.set(name, family);
  }
  return family;
}

export function loadTemplateFonts(template: Template): Promise<TemplateFonts> {
  return loadFontFamilies(familiesOf(template));
}

/** Only the named families: for a writer that sets a few of the template's styles (the visuals export's posters). */
export async function loadFontFamilies(names: readonly FontName[]): Promise<TemplateFonts> {
  const unique = [...new Set(names)];
  const families = await Promise.all(unique.map(familyOnce));
  const byName = new Map(unique.map((name, i) => [name, families[i]!]));
  return {
    families,
    family(name: FontName): FontFamily {
      const family = byName.get(name);
      if (family === undefined) throw new Error(`Font ${name} is not among the fonts loaded (${unique.join(', ')})`);
      return family;
    },
  };
}

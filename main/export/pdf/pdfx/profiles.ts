// The print edition's ICC profiles (templates/colour/README.md): read and
// compressed once per process, as the export worker is kept between exports.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

/** An ICC profile as the PDF holds it: deflated, with its number of colour components. */
export interface IccProfile {
  readonly deflated: Uint8Array;
  readonly components: 3 | 4;
}

export interface ColourProfiles {
  /** The press: CMYK, offset on coated paper (FOGRA39), 300 % ink. */
  readonly output: IccProfile;
  /** What our RGB colours and images are. */
  readonly srgb: IccProfile;
}

/** The output condition as the ICC's registry of characterisations names it. */
export const OUTPUT_CONDITION = {
  identifier: 'FOGRA39',
  condition: 'Offset printing, coated paper (ISO 12647-2:2004/Amd 1, FOGRA39), total ink 300 %',
  registry: 'http://www.color.org',
} as const;

const FILES = { output: 'FOGRA39L-300.icc', srgb: 'sRGB.icc' } as const;

let loading: Promise<ColourProfiles> | undefined;

export function colourProfiles(): Promise<ColourProfiles> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function load(): Promise<ColourProfiles> {
  const dir = profilesDir();
  const read = async (file: string, components: 3 | 4): Promise<IccProfile> => ({
    deflated: deflateSync(await readFile(path.join(dir, file))),
    components,
  });
  const [output, srgb] = await Promise.all([read(FILES.output, 4), read(FILES.srgb, 3)]);
  return { output, srgb };
}

/**
 * `templates/colour`, found upwards from this module: two levels up from the
 * bundled CommonJS (dist/main), four from the sources the tests run, and in
 * the packaged app beside dist as the templates are.
 */
function profilesDir(): string {
  const start = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  for (let dir = path.dirname(start); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'templates', 'colour');
    if (existsSync(path.join(candidate, FILES.output))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`templates/colour/${FILES.output} not found above ${start}: the installation is incomplete`);
  }
}

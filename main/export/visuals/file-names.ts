// File names from visual titles: plain ASCII that every file system, zip tool
// and print shop accepts, unique within one export folder.

/** The combined PDF; kept out of the names the visuals may take. */
export const COMBINED_NAME = 'alle-visuals';

/** Names Windows reserves whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/u;
const MAX_LENGTH = 60;

export function slug(title: string): string {
  const plain = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // é → e, ë → e
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  const cut = plain.slice(0, MAX_LENGTH).replace(/-+$/u, '');
  if (cut === '') return 'visual';
  return RESERVED.test(cut) ? `visual-${cut}` : cut;
}

/** A name per title, in order: a repeated slug gets -2, -3 … */
export function uniqueNames(titles: readonly string[]): string[] {
  const taken = new Set([COMBINED_NAME]);
  return titles.map((title) => {
    const base = slug(title);
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
    taken.add(name);
    return name;
  });
}

import { beforeAll, describe, expect, test } from 'vitest';
import { coverTree, GlyphCoverage } from '../../../../../main/export/pdf/document/glyph-coverage.js';
import { loadBundledFamily, type FontFamily } from '../../../../../main/export/pdf/fonts/index.js';
import { buildDocument } from '../../../../../main/export/tree/index.js';
import { demoProject } from '../../../../../main/demo/index.js';

let coverage: GlyphCoverage;
beforeAll(async () => {
  const families: FontFamily[] = await Promise.all([loadBundledFamily('Source Serif 4'), loadBundledFamily('Source Sans 3')]);
  coverage = new GlyphCoverage(families.flatMap((f) => [f.regular, f.italic, f.bold, f.boldItalic]));
});

describe('glyph coverage', () => {
  test('keeps Dutch text as it is', () => {
    expect(coverage.clean('Coördinatie, geïnteresseerd, café — “zó” €5')).toEqual({ text: 'Coördinatie, geïnteresseerd, café — “zó” €5', missing: [] });
  });

  test('replaces each emoji cluster (joined families, flags) with one visible mark', () => {
    const result = coverage.clean('Samen 👨‍👩‍👧 koken 🇳🇱!');
    expect(result.text).toBe('Samen ? koken ?!');
    expect(result.missing).toEqual(['👨‍👩‍👧', '🇳🇱']);
  });

  test('replaces Arabic letters and drops invisible characters the fonts lack', () => {
    expect(coverage.clean('Salaam سلام').text).toBe('Salaam ????');
    expect(coverage.clean('zorg\ufe0fverlener').text).toBe('zorgverlener');
  });

  test('reports where in the tree, with the chapter and its context', () => {
    const tree = buildDocument(demoProject());
    const first = tree.chapters[0]!;
    const changed = {
      ...tree,
      cover: { ...tree.cover, subtitle: `${tree.cover.subtitle} 🎉` },
      chapters: [{ ...first, title: `${first.title} مرحبا` }, ...tree.chapters.slice(1)],
    };
    const { tree: clean, missing } = coverTree(changed, coverage);
    expect(clean.cover.subtitle).toBe(`${tree.cover.subtitle} ?`);
    expect(clean.chapters[0]!.title).toBe(`${first.title} ?????`);
    expect(clean.chapters[1]).toEqual(tree.chapters[1]);
    expect(missing).toContainEqual(expect.objectContaining({ chapterId: null, where: { kind: 'part', part: 'cover' }, characters: '🎉' }));
    expect(missing).toContainEqual(expect.objectContaining({ chapterId: first.id, where: { kind: 'chapter', title: `${first.title} مرحبا` } }));
    expect(missing.find((m) => m.chapterId === first.id)!.context).toContain(first.title);
  });
});

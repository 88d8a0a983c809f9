import { beforeAll, describe, expect, it } from 'vitest';
import { rich } from '../../../../main/demo/markup.js';
import { demoProject } from '../../../../main/demo/index.js';
import { buildDocument, type Block, type BoxItem, type DocumentTree, type Inline } from '../../../../main/export/tree/index.js';
import { plainText, type ProjectData } from '../../../../main/model/index.js';

let project: ProjectData;
let tree: DocumentTree;
beforeAll(() => {
  project = demoProject();
  tree = buildDocument(project, { comments: true, omitWithoutConsent: false });
});

function walk(blocks: readonly Block[], visit: (block: Block) => void): void {
  for (const block of blocks) {
    visit(block);
    if (block.type === 'quote') walk(block.blocks, visit);
    if (block.type === 'list') block.items.forEach((item) => walk(item, visit));
    if (block.type === 'box') block.items.forEach((item) => item.parts.forEach((part) => walk(part.blocks, visit)));
  }
}

function allBlocks(t: DocumentTree): Block[] {
  const out: Block[] = [];
  for (const chapter of t.chapters) walk(chapter.blocks, (b) => out.push(b));
  return out;
}

function inlinesOf(t: DocumentTree): Inline[] {
  return allBlocks(t).flatMap((b) => (b.type === 'paragraph' || b.type === 'heading' ? b.content : []));
}

function boxItems(t: DocumentTree): BoxItem[] {
  return allBlocks(t).flatMap((b) => (b.type === 'box' ? b.items : []));
}

describe('the document tree of the demo', () => {
  it('keeps the chapters in reading order, numbers only the chapters proper, and takes the colophon aside', () => {
    const chapters = project.chapters.filter((c) => c.kind !== 'colophon');
    expect(tree.chapters.map((c) => c.title)).toEqual(chapters.map((c) => c.title));
    const numbered = tree.chapters.filter((c) => c.number !== null);
    expect(numbered.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(numbered.every((c) => c.kind === 'chapter' && c.label === `Hoofdstuk ${c.number}`)).toBe(true);
    expect(tree.chapters.find((c) => c.kind === 'preface')?.label).toBe('Voorwoord');
    expect(tree.colophon.blocks.length).toBeGreaterThan(0);
    expect(tree.colophon.facts.map((f) => f.label)).toEqual(['Titel', 'Redactie', 'Uitgave', 'Jaar', 'ISBN', 'Licentie']);
    expect(tree.cover.editorsLine).toBe('Redactie: Eva Rademaker, Hanneke Mulder en Thomas Brouwer');
    expect(tree.meta.language).toBe('nl-NL');
  });

  it('lists every chapter and its sections in the table of contents, pointing at anchors that exist', () => {
    const chapterEntries = tree.toc.filter((e) => e.level === 1);
    expect(chapterEntries.map((e) => e.anchor)).toEqual(tree.chapters.map((c) => c.anchor));
    const anchors = new Set(allBlocks(tree).flatMap((b) => (b.type === 'heading' ? [b.anchor] : [])));
    for (const entry of tree.toc.filter((e) => e.level === 2)) expect(anchors.has(entry.anchor)).toBe(true);
    expect(tree.toc.find((e) => e.title === 'Voor beleidsmakers')?.level).toBe(2);
    for (const anchor of tree.toc.map((e) => e.anchor)) expect(anchor).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
  });

  it('resolves every kader to its items, with the kind’s own parts under their labels', () => {
    const items = boxItems(tree);
    const used = new Set(project.chapters.flatMap((c) => JSON.stringify(c.body).match(/mat-[\w-]+/g) ?? []));
    expect(new Set(items.map((i) => i.id))).toEqual(used);
    const dilemma = items.find((i) => i.kind === 'dilemma')!;
    expect(dilemma.parts.map((p) => p.label)).toEqual([null, 'Situatie', 'Enerzijds', 'Anderzijds', 'De vraag']);
    const practice = items.find((i) => i.kind === 'practiceExample')!;
    expect(practice.parts.map((p) => p.label)).toEqual([null, 'Context', 'Aanpak', 'Opbrengst', 'Lessen']);
    expect(items.find((i) => i.kind === 'quote')?.attribution).toMatch(/^— \S/);
    expect(items.find((i) => i.kind === 'recommendation')?.attribution).toMatch(/^Voor (beleidsmakers|professionals|bewoners)$/);
    expect(items.some((i) => /\d{4}$/.test(i.source))).toBe(true);
  });

  it('numbers footnotes and figures through the publication in reading order', () => {
    const footnotes: number[] = [];
    const figures: number[] = [];
    for (const block of allBlocks(tree)) {
      if (block.type === 'figure') figures.push(block.number);
      if (block.type === 'paragraph' || block.type === 'heading') {
        for (const i of block.content) if (i.type === 'footnote') footnotes.push(i.number);
      }
    }
    expect(footnotes.length).toBeGreaterThan(3);
    expect(footnotes).toEqual(footnotes.map((_, i) => i + 1));
    expect(figures).toEqual(figures.map((_, i) => i + 1));
    const figure = allBlocks(tree).find((b) => b.type === 'figure' && b.image.type === 'image');
    expect(figure?.type === 'figure' && figure.image.type === 'image' && figure.image.bytes.length).toBeGreaterThan(100);
  });

  it('keeps all the words of each chapter', () => {
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    for (const chapter of project.chapters.filter((c) => c.kind !== 'colophon')) {
      const node = tree.chapters.find((c) => c.id === chapter.id)!;
      const text: string[] = [];
      walk(node.blocks, (b) => {
        if (b.type === 'paragraph' || b.type === 'heading') {
          for (const i of b.content) {
            if (i.type === 'text') text.push(i.text);
            if (i.type === 'footnote') text.push(` [${i.content.map((t) => t.text).join('')}]`);
          }
          text.push('\n');
        }
      });
      const own = text.join('');
      // The chapter's own text (kaders add the items' text besides).
      for (const word of words(plainText(chapter.body))) expect(own).toContain(word);
    }
  });

  it('carries comment threads only when asked, anchored to the text that carries their mark', () => {
    expect(tree.threads.length).toBe(project.threads.length);
    expect(tree.threads.every((t) => t.anchored)).toBe(true);
    const marked = inlinesOf(tree).flatMap((i) => (i.type === 'break' ? [] : i.threadIds));
    expect(new Set(marked)).toEqual(new Set(project.threads.map((t) => t.id)));
    const plain = buildDocument(project);
    expect(plain.threads).toEqual([]);
    expect(inlinesOf(plain).some((i) => i.type !== 'break' && i.threadIds.length > 0)).toBe(false);
  });
});

describe('consent and broken references', () => {
  it('leaves out material without consent by default, and reports it when kept', () => {
    const refused = project.material.filter((m) => m.consent !== 'given').map((m) => m.id);
    const omitted = buildDocument(project);
    expect(boxItems(omitted).some((i) => refused.includes(i.id))).toBe(false);
    const kept = boxItems(tree).filter((i) => refused.includes(i.id));
    expect(kept.length).toBeGreaterThan(0);
    expect(tree.problems.filter((p) => p.code === 'withoutConsent').map((p) => p.ref).sort()).toEqual(kept.map((i) => i.title).sort());
    // A file that shows such material says on its cover that it is a draft.
    const counted = kept.length === 1 ? '1 materiaalitem' : `${kept.length} materiaalitems`;
    expect(tree.cover.draftNote).toBe(`CONCEPT — niet verspreiden: bevat ${counted} zonder gegeven toestemming.`);
    expect(omitted.cover.draftNote).toBe('');
  });

  it('reports a kader of deleted material and a figure of a deleted visual, and goes on', () => {
    const broken: ProjectData = {
      ...project,
      chapters: [
        {
          ...project.chapters[1]!,
          body: rich('Tekst ervoor.\n\n[[kader: bestaat-niet]]\n\n[[figuur: weg]]\n\nTekst erna.'),
        },
      ],
    };
    const result = buildDocument(broken);
    expect(result.problems.map((p) => p.code)).toEqual(['missingItem', 'missingVisual']);
    expect(result.problems[0]!.ref).toBe('bestaat-niet');
    const types = result.chapters[0]!.blocks.map((b) => b.type);
    expect(types).toEqual(['paragraph', 'figure', 'paragraph']);
    const figure = result.chapters[0]!.blocks[1]!;
    expect(figure.type === 'figure' && figure.image.type).toBe('missing');
  });
});

describe('links', () => {
  it('keep web, mail and in-publication addresses; a javascript: or file: one leaves its text unlinked', () => {
    const link = (text: string, href: string) => ({ type: 'text', text, marks: [{ type: 'link', attrs: { href, title: null } }] });
    const paragraph = {
      type: 'paragraph',
      content: [link('web', 'https://example.org'), link('mail', 'mailto:redactie@example.org'), link('hier', '#ch2'), link('script', 'javascript:alert(1)'), link('schijf', 'file:///C:/Windows/system32/calc.exe')],
    };
    const linked: ProjectData = { ...project, chapters: [{ ...project.chapters[1]!, body: { type: 'doc', content: [paragraph] } }] };
    const [block] = buildDocument(linked).chapters[0]!.blocks;
    const links = block!.type === 'paragraph' ? block.content.map((i) => (i.type === 'text' ? [i.text, i.link] : null)) : [];
    expect(links).toEqual([
      ['web', 'https://example.org'],
      ['mail', 'mailto:redactie@example.org'],
      ['hier', '#ch2'],
      ['script', null],
      ['schijf', null],
    ]);
  });
});

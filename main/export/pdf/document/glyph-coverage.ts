/**
 * Characters no template font can draw (emoji, Arabic, …) must neither crash
 * the export nor print as empty boxes silently. Before anything is set, every
 * text in the tree is checked against the faces that may set it; a character
 * cluster none can draw is replaced by a visible "?" and reported with its
 * chapter and context, so the editor can change the text.
 */
import type { DocumentTree } from '../../tree/types.js';
import type { FontFace } from '../fonts/index.js';

export interface MissingGlyphs {
  /** The chapter, or null for the cover, colophon and labels. */
  readonly chapterId: string | null;
  /** The chapter (by its title) or the part of the publication; the notes name the part in the editor's language. */
  readonly where: GlyphsPlace;
  /** The character clusters that were replaced, as in the source. */
  readonly characters: string;
  /** The text around them, as in the source. */
  readonly context: string;
}

/** The parts of a publication outside its chapters. */
export type PublicationPart = 'cover' | 'colophon' | 'contents' | 'labels';

export type GlyphsPlace = { readonly kind: 'chapter'; readonly title: string } | { readonly kind: 'part'; readonly part: PublicationPart };

export const REPLACEMENT = '?';
const CONTEXT = 30;
/** Strings under these keys are identifiers, targets or codes, never set as text. */
const NOT_TEXT = new Set(['id', 'anchor', 'chapterId', 'visualId', 'link', 'kind', 'type', 'role', 'mime', 'audience', 'consent', 'ref', 'code', 'threadIds']);
/** Invisible characters: a face without them simply leaves them out. */
const IGNORABLE = /[\p{Default_Ignorable_Code_Point}\p{Cc}]/u;
const SPACE = /[\s\u00a0\u2007\u202f]/u;
const UNKNOWN = 0;
const COVERED = 1;
const NOT_COVERED = 2;

export class GlyphCoverage {
  private readonly known = new Map<number, boolean>();
  private readonly bmp = new Uint8Array(0x10000);
  private readonly segmenter = new Intl.Segmenter('nl', { granularity: 'grapheme' });

  constructor(private readonly faces: readonly FontFace[]) {}

  /** Every face has the code point (whichever of them the template uses for this text). */
  covers(codePoint: number): boolean {
    let has = this.known.get(codePoint);
    if (has === undefined) {
      has = this.faces.every((face) => face.hasGlyph(codePoint));
      this.known.set(codePoint, has);
    }
    return has;
  }

  /** The text with uncovered clusters replaced, and the clusters replaced. */
  clean(text: string): { text: string; missing: string[] } {
    if (this.allCovered(text)) return { text, missing: [] };
    return this.replaced(text);
  }

  /** Every character but spaces covered: the answer for nearly all of a book's text, so asked per code unit from a table. */
  allCovered(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code >= 0xd800 && code < 0xdc00) {
        code = text.codePointAt(i)!;
        if (code > 0xffff) i++;
      }
      if (this.coversFast(code)) continue;
      if (!SPACE.test(String.fromCodePoint(code))) return false;
    }
    return true;
  }

  private replaced(text: string): { text: string; missing: string[] } {
    const missing: string[] = [];
    let out = '';
    for (const { segment } of this.segmenter.segment(text)) {
      const visible = [...segment].filter((c) => !IGNORABLE.test(c) && !SPACE.test(c));
      if (visible.every((c) => this.covers(c.codePointAt(0)!))) {
        out += [...segment].filter((c) => !IGNORABLE.test(c) || this.covers(c.codePointAt(0)!)).join('');
      } else {
        missing.push(segment);
        out += REPLACEMENT;
      }
    }
    return { text: out, missing };
  }

  private coversFast(codePoint: number): boolean {
    if (codePoint > 0xffff) return this.covers(codePoint);
    let state = this.bmp[codePoint]!;
    if (state === UNKNOWN) {
      state = this.covers(codePoint) ? COVERED : NOT_COVERED;
      this.bmp[codePoint] = state;
    }
    return state === COVERED;
  }
}

/** The tree with every uncovered cluster replaced, and where they were. */
export function coverTree(tree: DocumentTree, coverage: GlyphCoverage): { tree: DocumentTree; missing: MissingGlyphs[] } {
  const missing: MissingGlyphs[] = [];
  const walk = (value: unknown, key: string, where: { chapterId: string | null; where: GlyphsPlace }): unknown => {
    if (typeof value === 'string') {
      if (NOT_TEXT.has(key) || coverage.allCovered(value)) return value;
      const cleaned = coverage.clean(value);
      if (cleaned.missing.length > 0) missing.push({ ...where, characters: cleaned.missing.join(' '), context: contextOf(value, cleaned.missing[0]!) });
      return cleaned.text;
    }
    // Copied only where something was replaced: nearly every text is covered, and the rest of the tree is shared.
    if (Array.isArray(value)) {
      let copy: unknown[] | null = null;
      value.forEach((item: unknown, i) => {
        const walked = walk(item, key, where);
        if (walked !== item) (copy ??= [...value])[i] = walked;
      });
      return copy ?? value;
    }
    if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return value;
    let copy: Record<string, unknown> | null = null;
    // Keys walked without Object.entries' pair per property: the walk visits every node of the book.
    const record = value as Record<string, unknown>;
    for (const k in record) {
      if (!Object.hasOwn(record, k)) continue;
      const v = record[k];
      const walked = walk(v, k, where);
      if (walked !== v) (copy ??= { ...record })[k] = walked;
    }
    return copy ?? value;
  };
  const chapters = tree.chapters.map((chapter) => walk(chapter, 'chapter', { chapterId: chapter.id, where: { kind: 'chapter', title: chapter.title } }));
  const titles = new Map(tree.chapters.map((c) => [c.id, c.title]));
  const toc = tree.toc.map((entry) => {
    const title = titles.get(entry.chapterId);
    return walk(entry, 'entry', { chapterId: entry.chapterId, where: title === undefined ? part('contents') : { kind: 'chapter', title } });
  });
  const result = {
    ...tree,
    // The document information is metadata, not set in a font: it keeps every character.
    cover: walk(tree.cover, 'cover', { chapterId: null, where: part('cover') }),
    colophon: walk(tree.colophon, 'colophon', { chapterId: null, where: part('colophon') }),
    toc,
    chapters,
    labels: walk(tree.labels, 'labels', { chapterId: null, where: part('labels') }),
  } as DocumentTree;
  // The contents repeat the chapter titles: report each place once.
  const seen = new Set<string>();
  const unique = missing.filter((m) => {
    const id = `${m.chapterId}|${m.context}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return { tree: result, missing: unique };
}

function part(name: PublicationPart): GlyphsPlace {
  return { kind: 'part', part: name };
}

function contextOf(text: string, cluster: string): string {
  const at = text.indexOf(cluster);
  const start = Math.max(0, at - CONTEXT);
  const end = Math.min(text.length, at + cluster.length + CONTEXT);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

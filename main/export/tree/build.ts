/**
 * A project → the document tree: the one pass that resolves material boxes to
 * their items, numbers chapters, figures and footnotes in reading order, and
 * collects the table of contents. Pure: no files, no fonts, no layout.
 */
import { label, printable, type Locale, type ProjectData } from '../../model/index.js';
import { chartData } from '../../visuals/charts/data.js';
import type { ChartData, ChartKind } from '../../visuals/charts/types.js';
import { blocks, type BlockSources } from './blocks.js';
import { boxOf, capitalise, type BoxSources } from './boxes.js';
import { text, type BuildContext } from './context.js';
import { colophonFacts, coverOf, labelsOf, metaOf } from './front.js';
import { plainOf } from './inlines.js';
import type { Block, ChapterNode, DocumentTree, Inline, ThreadNode, TocEntry } from './types.js';

export interface BuildOptions {
  /** Carry the comment threads (DOCX for reviewers); default false. */
  readonly comments?: boolean;
  /** Leave out material whose consent is not *gegeven* (default); false keeps it and reports it as a problem. */
  readonly omitWithoutConsent?: boolean;
}

export function buildDocument(data: ProjectData, options: BuildOptions = {}): DocumentTree {
  // The tree's own words ("Inhoud", "Figuur", a kader's kind) are the publication's, in its language,
  // whatever language the editor reads Bundel in.
  const locale: Locale = data.publication.language;
  const comments = options.comments ?? false;
  const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
  const material = byId(data.material);
  const workgroups = byId(data.workgroups);
  const sessions = byId(data.sessions);
  const visuals = byId(data.visuals);
  const images = new Map(data.images.map((i) => [i.hash, i.bytes]));
  const charts = new Map<ChartKind, ChartData>();

  const boxSources: BoxSources = {
    item: (id) => material.get(id),
    workgroup: (id) => workgroups.get(id),
    session: (id) => sessions.get(id),
    omitWithoutConsent: options.omitWithoutConsent ?? true,
  };
  const sources: BlockSources = {
    box: (node, context) => boxOf(node, context, boxSources, sources),
    visual: (id) => visuals.get(id),
    image: (hash) => images.get(hash),
    chart: (kind) => {
      let chart = charts.get(kind);
      if (chart === undefined) charts.set(kind, (chart = chartData(kind, data, locale)));
      return chart;
    },
  };
  const context: BuildContext = {
    locale,
    comments,
    problems: [],
    chapter: { id: '', title: '', anchor: '' },
    footnotes: 0,
    figures: 0,
    sections: 0,
  };

  const chapters: ChapterNode[] = [];
  const toc: TocEntry[] = [];
  let colophonBlocks: Block[] = [];
  let numbered = 0;
  for (const [index, chapter] of data.chapters.entries()) {
    // Letters, digits and underscores only: DOCX bookmark names allow no more.
    const anchor = `ch${index + 1}`;
    context.chapter = { id: chapter.id, title: chapter.title, anchor };
    context.sections = 0;
    if (chapter.kind === 'colophon') {
      colophonBlocks = [...colophonBlocks, ...blocks(chapter.body.content, context, sources)];
      continue;
    }
    const number = chapter.kind === 'chapter' ? ++numbered : null;
    const body = blocks(chapter.body.content, context, sources);
    const node: ChapterNode = {
      id: chapter.id,
      kind: chapter.kind,
      number,
      label: number === null ? capitalise(label(locale, 'chapterKind', chapter.kind)) : `${text(context, 'export.chapter')} ${number}`,
      title: chapter.title,
      byline: chapter.byline.trim(),
      anchor,
      blocks: body,
    };
    chapters.push(node);
    toc.push({ level: 1, number: number === null ? null : String(number), title: chapter.title, anchor, chapterId: chapter.id });
    for (const block of body) {
      if (block.type === 'heading' && block.level === 1) {
        toc.push({ level: 2, number: null, title: plainOf(block.content), anchor: block.anchor, chapterId: chapter.id });
      }
    }
  }

  // Once over the finished tree rather than at each of the many places text enters it.
  return printable({
    meta: metaOf(data.publication),
    cover: { ...coverOf(data.publication, locale), draftNote: draftNote(context) },
    colophon: { facts: colophonFacts(data.publication, locale), blocks: colophonBlocks },
    toc,
    chapters,
    threads: comments ? threadsOf(data, chapters) : [],
    labels: labelsOf(locale),
    hyphenation: data.publication.hyphenation,
    problems: context.problems,
  });
}

/** The threads of the exported chapters, oldest first; a thread whose mark is gone is kept, unanchored. */
function threadsOf(data: ProjectData, chapters: readonly ChapterNode[]): ThreadNode[] {
  const exported = new Set(chapters.map((c) => c.id));
  const marked = new Set<string>();
  for (const chapter of chapters) markedThreads(chapter.blocks, marked);
  return data.threads
    .filter((t) => exported.has(t.chapterId))
    .map((t) => ({
      id: t.id,
      chapterId: t.chapterId,
      anchored: marked.has(t.id),
      quote: t.anchor.quote,
      resolved: t.resolved,
      comments: t.comments.map((c) => ({
        id: c.id,
        author: c.author.name,
        initials: c.author.initials,
        date: c.createdAt,
        text: c.text,
      })),
    }));
}

function markedThreads(list: readonly Block[], into: Set<string>): void {
  const inline = (content: readonly Inline[]): void => {
    for (const i of content) if (i.type !== 'break') for (const id of i.threadIds) into.add(id);
  };
  for (const block of list) {
    if (block.type === 'paragraph' || block.type === 'heading') inline(block.content);
    else if (block.type === 'quote') markedThreads(block.blocks, into);
    else if (block.type === 'list') for (const item of block.items) markedThreads(item, into);
  }
}

/** A draft shows material without consent: say so on its cover. */
function draftNote(context: BuildContext): string {
  const count = new Set(context.problems.filter((p) => p.code === 'withoutConsent').map((p) => p.ref)).size;
  return count === 0 ? '' : text(context, 'export.draftNote', { count });
}

/**
 * What a returned Word file holds for review: its text cut into sections at
 * every Heading 1 ("Kop 1") paragraph — our DOCX export starts each chapter
 * with one — with the places where comments start and end, and the comments
 * themselves with their replies (commentsExtended.xml) and resolved state.
 */
import JSZip from 'jszip';
import { keyedProblem, UserError, type ErrorParams, type Timestamp } from '../../model/index.js';
import type { TextRange } from '../text-index.js';
import { attribute, childElements, descendants, parseXml, XmlError, type XmlElement } from './xml.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';

/** The largest part we read, uncompressed: far above any real document's text. */
const MAX_PART_CHARS = 64 * 1024 * 1024;

export interface WordSection {
  /** The Heading 1 text; empty for what comes before the first heading. */
  title: string;
  /** Paragraphs separated by newlines. */
  text: string;
}

export interface WordComment {
  id: string;
  author: string;
  initials: string;
  date: Timestamp | null;
  text: string;
  /** The Word id of the comment this one replies to, or null. */
  parentId: string | null;
  done: boolean;
  /** Which section the commented passage is in and where, or null when the file does not say. */
  section: number | null;
  range: TextRange | null;
}

export interface WordReview {
  sections: WordSection[];
  /** In the order of comments.xml. */
  comments: WordComment[];
}

export async function readWordReview(bytes: Uint8Array, path: string): Promise<WordReview> {
  // `problem` is keyed where it is ours to say, plain where it is the XML parser's English.
  const unreadable = (problem: ErrorParams) => new UserError('docxUnreadable', { path, ...problem });
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw unreadable(keyedProblem('problem.docxNotZip', { reason: (error as Error).message }));
  }
  const part = async (name: string): Promise<XmlElement | null> => {
    const file = zip.file(name);
    if (!file) return null;
    const text = await file.async('string');
    if (text.length > MAX_PART_CHARS) throw unreadable(keyedProblem('problem.docxPartTooLarge', { part: name }));
    try {
      return parseXml(text);
    } catch (error) {
      if (error instanceof XmlError) throw unreadable({ problem: `${name}: ${error.message}` });
      throw error;
    }
  };
  const document = await part('word/document.xml');
  if (!document) throw unreadable(keyedProblem('problem.docxPartMissing', { part: 'word/document.xml' }));
  const headings = headingStyles(await part('word/styles.xml'));
  const { sections, starts, ends, references } = readBody(document, headings);
  const comments = readComments(await part('word/comments.xml'), await part('word/commentsExtended.xml'));
  for (const comment of comments) {
    const start = starts.get(comment.id) ?? references.get(comment.id);
    const end = ends.get(comment.id) ?? references.get(comment.id) ?? start;
    if (!start || !end) continue;
    comment.section = start.section;
    const stop = end.section === start.section ? Math.max(end.offset, start.offset) : sections[start.section]!.text.length;
    comment.range = { start: start.offset, end: stop };
  }
  return { sections, comments };
}

/** Style ids of Heading 1: by name ("heading 1", "Kop 1") or outline level 0. */
function headingStyles(styles: XmlElement | null): Set<string> {
  const ids = new Set(['Heading1', 'Kop1']);
  if (!styles) return ids;
  for (const style of childElements(styles, W, 'style')) {
    const id = attribute(style, W, 'styleId');
    const name = childElements(style, W, 'name')[0];
    const level = descendants(style, W, 'outlineLvl')[0];
    const named = name && /^(heading|kop)\s*1$/i.test(attribute(name, W, 'val') ?? '');
    if (id && (named || (level && attribute(level, W, 'val') === '0'))) ids.add(id);
  }
  return ids;
}

interface Place {
  section: number;
  offset: number;
}

function readBody(document: XmlElement, headings: Set<string>) {
  const sections: { title: string; parts: string[] }[] = [{ title: '', parts: [] }];
  const starts = new Map<string, Place>();
  const ends = new Map<string, Place>();
  const references = new Map<string, Place>();
  const body = childElements(document, W, 'body')[0];
  if (!body) return { sections: [{ title: '', text: '' }], starts, ends, references };

  const current = () => sections[sections.length - 1]!;
  const length = () => {
    const parts = current().parts;
    return parts.reduce((sum, p) => sum + p.length, 0);
  };

  const paragraph = (p: XmlElement) => {
    if (isHeading(p, headings)) {
      const title = textOf(p).trim();
      sections.push({ title, parts: [] });
      // A comment on the heading is a comment on the chapter: it starts where its text does.
      const place = { section: sections.length - 1, offset: 0 };
      for (const el of descendants(p, W, 'commentRangeStart')) starts.set(attribute(el, W, 'id') ?? '', place);
      for (const el of descendants(p, W, 'commentRangeEnd')) ends.set(attribute(el, W, 'id') ?? '', place);
      for (const el of descendants(p, W, 'commentReference')) references.set(attribute(el, W, 'id') ?? '', place);
      return;
    }
    if (current().parts.length > 0) current().parts.push('\n');
    const walk = (el: XmlElement) => {
      for (const child of childElements(el)) {
        if (child.uri !== W) continue;
        const id = attribute(child, W, 'id') ?? '';
        const here = () => ({ section: sections.length - 1, offset: length() });
        switch (child.local) {
          case 't':
            current().parts.push(child.children.filter((c): c is string => typeof c === 'string').join(''));
            break;
          case 'tab':
            current().parts.push('\t');
            break;
          case 'br':
          case 'cr':
            current().parts.push('\n');
            break;
          case 'noBreakHyphen':
            current().parts.push('-');
            break;
          case 'commentRangeStart':
            starts.set(id, here());
            break;
          case 'commentRangeEnd':
            ends.set(id, here());
            break;
          case 'commentReference':
            references.set(id, here());
            break;
          // Deleted text (tracked changes) is not in the document any more.
          case 'del':
          case 'pPr':
          case 'rPr':
            break;
          default:
            walk(child);
        }
      }
    };
    walk(p);
  };

  const block = (el: XmlElement) => {
    for (const child of childElements(el)) {
      if (child.uri === W && child.local === 'p') paragraph(child);
      else if (child.uri === W && ['commentRangeStart', 'commentRangeEnd'].includes(child.local)) {
        const place = { section: sections.length - 1, offset: length() };
        (child.local === 'commentRangeStart' ? starts : ends).set(attribute(child, W, 'id') ?? '', place);
      } else if (child.uri === W && child.local !== 'sectPr') block(child);
    }
  };
  block(body);
  return { sections: sections.map((s) => ({ title: s.title, text: s.parts.join('') })), starts, ends, references };
}

function isHeading(p: XmlElement, headings: Set<string>): boolean {
  const props = childElements(p, W, 'pPr')[0];
  if (!props) return false;
  const style = childElements(props, W, 'pStyle')[0];
  if (style && headings.has(attribute(style, W, 'val') ?? '')) return true;
  const level = childElements(props, W, 'outlineLvl')[0];
  return level !== undefined && attribute(level, W, 'val') === '0';
}

function textOf(el: XmlElement): string {
  return descendants(el, W, 't')
    .map((t) => t.children.filter((c): c is string => typeof c === 'string').join(''))
    .join('');
}

function readComments(comments: XmlElement | null, extended: XmlElement | null): WordComment[] {
  if (!comments) return [];
  const byParaId = new Map<string, string>();
  const read = childElements(comments, W, 'comment').map((c): WordComment => {
    const id = attribute(c, W, 'id') ?? '';
    const paragraphs = childElements(c, W, 'p');
    for (const p of paragraphs) {
      const paraId = attribute(p, W14, 'paraId');
      if (paraId) byParaId.set(paraId.toUpperCase(), id);
    }
    const author = (attribute(c, W, 'author') ?? '').trim();
    return {
      id,
      author,
      initials: (attribute(c, W, 'initials') ?? '').trim(),
      date: dateOf(attribute(c, W, 'date')),
      text: paragraphs.map(textOf).join('\n').trim(),
      parentId: null,
      done: false,
      section: null,
      range: null,
    };
  });
  const byId = new Map(read.map((c) => [c.id, c]));
  for (const ex of extended ? childElements(extended, W15, 'commentEx') : []) {
    const own = byId.get(byParaId.get((attribute(ex, W15, 'paraId') ?? '').toUpperCase()) ?? '');
    if (!own) continue;
    own.done = attribute(ex, W15, 'done') === '1';
    const parent = attribute(ex, W15, 'paraIdParent');
    if (parent) own.parentId = byParaId.get(parent.toUpperCase()) ?? null;
  }
  return read;
}

/** Word writes UTC with a Z; some writers leave the zone out, which we read as UTC too. */
function dateOf(raw: string | null): Timestamp | null {
  if (!raw) return null;
  const withZone = /(Z|[+-]\d\d:?\d\d)$/.test(raw) ? raw : `${raw}Z`;
  const time = Date.parse(withZone);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

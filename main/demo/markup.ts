/**
 * A compact markup for writing the demo's rich text by hand: raw ProseMirror
 * JSON is unreadable at the length of a chapter. Demo-only; the app itself
 * never parses this.
 *
 * Blocks are separated by blank lines. Lines are trimmed, so text may be indented.
 *
 *   # Kop                          heading, level 1 (one line)
 *   ## Kop                         heading, level 2 (one line)
 *   - punt                         bullet list: a line starting "- " opens an item,
 *                                  any other line continues the item above
 *   1. punt                        ordered list, numbered from its first item's number
 *   > tekst                        block quote: every line starts with ">",
 *                                  a line of only ">" starts a new paragraph
 *   [[kader: id1, id2 | Titel]]    material box showing items id1 and id2 (title optional)
 *   [[figuur: visualId]]           figure showing a visual
 *   anything else                  a paragraph; its lines are joined with spaces
 *
 * Inline, anywhere text goes:
 *
 *   **sterk**   *nadruk*   [tekst](https://…)   ^[voetnoot]   {{threadId: passage}}
 *
 * `{{threadId: passage}}` puts the comment mark of thread `threadId` on the
 * passage. Footnotes may hold emphasis and links but no comments or footnotes,
 * and stand outside other markup. Everything is strict: an unclosed or stray
 * delimiter, an empty span or a malformed box throws an Error naming the
 * problem, and the result is checked against the schema before it is returned.
 */
import { docFromJSON, type MarkJSON, type NodeJSON, type RichDoc } from '../model/index.js';

const idPattern = /^[A-Za-z0-9_-]+$/;
/** The schema's mark order; marks are emitted sorted by it so the JSON is canonical. */
const markRank: Record<string, number> = { em: 0, strong: 1, link: 2, comment: 3 };

export function rich(source: string): RichDoc {
  const trimmed = source.trim();
  if (trimmed === '') throw new Error('markup: empty document');
  const content = trimmed.split(/\n\s*\n/).map((block) => parseBlock(block.split('\n').map((line) => line.trim())));
  const doc: RichDoc = { type: 'doc', content };
  try {
    docFromJSON(doc);
  } catch (error) {
    throw new Error(`markup: result fails the schema: ${(error as Error).message}`, { cause: error });
  }
  // Link marks are shared while parsing; a deep copy keeps every node independent.
  return structuredClone(doc);
}

function parseBlock(lines: string[]): NodeJSON {
  const first = lines[0] ?? '';
  const where = `block "${first.slice(0, 40)}"`;
  if (first.startsWith('[[')) return parseEmbed(lines, where);
  if (/^#{1,2} /.test(first)) {
    if (lines.length > 1) throw new Error(`markup: a heading must be one line (${where})`);
    const level = first.startsWith('## ') ? 2 : 1;
    return { type: 'heading', attrs: { level }, content: inline(first.slice(level + 1), where) };
  }
  if (first.startsWith('#')) throw new Error(`markup: malformed heading, expected "# " or "## " (${where})`);
  if (first.startsWith('- ')) return parseList(lines, false, where);
  if (/^\d+\. /.test(first)) return parseList(lines, true, where);
  if (first.startsWith('>')) return parseQuote(lines, where);
  return paragraph(lines.join(' '), where);
}

function parseEmbed(lines: string[], where: string): NodeJSON {
  if (lines.length > 1) throw new Error(`markup: a box or figure must be alone on one line (${where})`);
  const line = lines[0] ?? '';
  const box = /^\[\[kader:\s*([^|\]]+?)\s*(?:\|\s*([^|\]]+?)\s*)?\]\]$/.exec(line);
  if (box) {
    const itemIds = (box[1] ?? '').split(',').map((id) => id.trim());
    for (const id of itemIds) if (!idPattern.test(id)) throw new Error(`markup: bad item id "${id}" in box (${where})`);
    return { type: 'material_box', attrs: { itemIds, title: box[2] ?? null } };
  }
  const figure = /^\[\[figuur:\s*([A-Za-z0-9_-]+)\s*\]\]$/.exec(line);
  if (figure) return { type: 'figure', attrs: { visualId: figure[1] } };
  throw new Error(`markup: malformed box or figure, expected [[kader: ids | title]] or [[figuur: id]] (${where})`);
}

function parseList(lines: string[], ordered: boolean, where: string): NodeJSON {
  const bullet = /^- /;
  const number = /^\d+\. /;
  const [marker, other] = ordered ? [number, bullet] : [bullet, number];
  const items: string[] = [];
  for (const line of lines) {
    if (other.test(line)) throw new Error(`markup: bullet and numbered items mixed in one list (${where})`);
    if (marker.test(line)) items.push(line.replace(marker, ''));
    else items[items.length - 1] += ` ${line}`;
  }
  const content = items.map((text) => ({ type: 'list_item', content: [paragraph(text, where)] }));
  if (!ordered) return { type: 'bullet_list', content };
  return { type: 'ordered_list', attrs: { order: Number(/^\d+/.exec(lines[0] ?? '')?.[0]) }, content };
}

function parseQuote(lines: string[], where: string): NodeJSON {
  const paragraphs: string[][] = [[]];
  for (const line of lines) {
    if (!line.startsWith('>')) throw new Error(`markup: every line of a block quote must start with ">" (${where})`);
    const text = line.slice(1).trim();
    if (text === '') paragraphs.push([]);
    else paragraphs[paragraphs.length - 1]?.push(text);
  }
  const filled = paragraphs.filter((p) => p.length > 0);
  if (filled.length === 0) throw new Error(`markup: empty block quote (${where})`);
  return { type: 'blockquote', content: filled.map((p) => paragraph(p.join(' '), where)) };
}

function paragraph(text: string, where: string): NodeJSON {
  const content = inline(text, where);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

/** Inline markup to text and footnote nodes, adjacent text with equal marks merged. */
function inline(text: string, where: string): NodeJSON[] {
  return merge(new InlineParser(text, where).parse());
}

interface Context {
  footnote: boolean;
  comment: boolean;
  link: boolean;
}

class InlineParser {
  private pos = 0;

  constructor(
    private readonly src: string,
    private readonly where: string,
  ) {}

  parse(): NodeJSON[] {
    return this.sequence(null, [], { footnote: false, comment: false, link: false });
  }

  private fail(problem: string): never {
    throw new Error(`markup: ${problem} at character ${this.pos + 1} of ${this.where}`);
  }

  private at(token: string): boolean {
    return this.src.startsWith(token, this.pos);
  }

  /** Reads up to `end` (consumed), or to the end of the text when `end` is null. */
  private sequence(end: string | null, marks: MarkJSON[], ctx: Context): NodeJSON[] {
    const out: NodeJSON[] = [];
    let text = '';
    const flush = (): void => {
      if (text !== '') out.push(marks.length > 0 ? { type: 'text', marks, text } : { type: 'text', text });
      text = '';
    };
    for (;;) {
      if (end !== null && this.at(end)) {
        flush();
        this.pos += end.length;
        return out;
      }
      if (this.pos >= this.src.length) {
        if (end !== null) this.fail(`unclosed markup, expected "${end}"`);
        flush();
        return out;
      }
      if (this.at('**') || this.at('*')) {
        flush();
        out.push(...this.emphasis(marks, ctx));
      } else if (this.at('^[')) {
        flush();
        out.push(this.footnote(marks, ctx));
      } else if (this.at('[')) {
        flush();
        out.push(...this.link(marks, ctx));
      } else if (this.at('{{')) {
        flush();
        out.push(...this.comment(marks, ctx));
      } else if (this.at(']') || this.at('}}')) {
        this.fail(`stray "${this.src[this.pos]}"`);
      } else {
        text += this.src[this.pos];
        this.pos += 1;
      }
    }
  }

  private emphasis(marks: MarkJSON[], ctx: Context): NodeJSON[] {
    const token = this.at('**') ? '**' : '*';
    const type = token === '**' ? 'strong' : 'em';
    if (marks.some((m) => m.type === type)) this.fail(`"${token}" inside ${type}`);
    this.pos += token.length;
    return this.nonEmpty(this.sequence(token, withMark(marks, { type }), ctx), type);
  }

  private footnote(marks: MarkJSON[], ctx: Context): NodeJSON {
    if (ctx.footnote || ctx.comment || marks.length > 0) this.fail('a footnote must stand outside other markup');
    this.pos += 2;
    const content = merge(this.sequence(']', [], { ...ctx, footnote: true }));
    return { type: 'footnote', content: this.nonEmpty(content, 'footnote') };
  }

  private link(marks: MarkJSON[], ctx: Context): NodeJSON[] {
    if (ctx.link) this.fail('a link inside a link');
    this.pos += 1;
    const mark: MarkJSON = { type: 'link', attrs: { href: '', title: null } };
    const content = this.nonEmpty(this.sequence(']', withMark(marks, mark), { ...ctx, link: true }), 'link');
    if (!this.at('(')) this.fail('a link needs "(url)" right after "]"');
    const close = this.src.indexOf(')', this.pos);
    if (close < 0) this.fail('unclosed link url');
    const href = this.src.slice(this.pos + 1, close);
    if (!/^(https:\/\/|mailto:)\S+$/.test(href)) this.fail(`link url "${href}" must start with https:// or mailto:`);
    this.pos = close + 1;
    if (mark.attrs) mark.attrs.href = href;
    return content;
  }

  private comment(marks: MarkJSON[], ctx: Context): NodeJSON[] {
    if (ctx.comment || ctx.footnote) this.fail('a comment inside a comment or footnote');
    const head = /^\{\{([A-Za-z0-9_-]+): /.exec(this.src.slice(this.pos));
    if (!head) this.fail('malformed comment, expected "{{threadId: passage}}"');
    this.pos += head[0].length;
    const mark: MarkJSON = { type: 'comment', attrs: { threadId: head[1] } };
    return this.nonEmpty(this.sequence('}}', withMark(marks, mark), { ...ctx, comment: true }), 'comment');
  }

  private nonEmpty(nodes: NodeJSON[], what: string): NodeJSON[] {
    if (nodes.length === 0) this.fail(`empty ${what}`);
    return nodes;
  }
}

function withMark(marks: MarkJSON[], mark: MarkJSON): MarkJSON[] {
  return [...marks, mark].sort((a, b) => (markRank[a.type] ?? 0) - (markRank[b.type] ?? 0));
}

function merge(nodes: NodeJSON[]): NodeJSON[] {
  const out: NodeJSON[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (last?.type === 'text' && node.type === 'text' && sameMarks(last.marks, node.marks)) {
      out[out.length - 1] = { ...last, text: `${last.text ?? ''}${node.text ?? ''}` };
    } else out.push(node);
  }
  return out;
}

function sameMarks(a: MarkJSON[] | undefined, b: MarkJSON[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

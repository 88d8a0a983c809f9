/**
 * Pasting from Word (and from web pages): keep the structure — headings,
 * paragraphs, lists, bold, italic, links, quotes — and drop the styling. Our
 * schema's parse rules already ignore fonts and colours; what needs help is
 * Word's own HTML: its lists are paragraphs with `mso-list` styles and a fake
 * bullet, its titles are classes, and it adds comments, <o:p> and <style>.
 */
import { printableText } from '../../main/model/index.js';

/**
 * Markup with <style> elements or style attributes, parsed anywhere in this
 * page, trips the CSP (style-src 'self'): each is blocked and reported. So
 * before any parsing, as text, <style> goes and style attributes are renamed
 * to an inert data attribute, where the Word list markers can still be read.
 */
function defuseStyles(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/(\s)style(\s*=)/gi, '$1data-style$2'));
}

/** Word's list paragraphs: class MsoListParagraph… or an `mso-list:` style. */
function isWordListParagraph(el: Element): boolean {
  return (
    el.tagName === 'P' &&
    (/MsoListParagraph/i.test(el.getAttribute('class') ?? '') || /mso-list:\s*l\d/i.test(el.getAttribute('data-style') ?? ''))
  );
}

/** The fake bullet or number Word writes before the text ("·", "o", "1.", "a)"). */
function takeListMarker(el: Element): string {
  const ignore = el.querySelector('[data-style*="mso-list:Ignore"], [data-style*="mso-list: Ignore"]');
  const text = ignore?.textContent?.trim() ?? '';
  ignore?.remove();
  return text;
}

function convertWordLists(doc: Document): void {
  const paragraphs = [...doc.body.querySelectorAll('p')].filter(isWordListParagraph);
  let list: HTMLElement | null = null;
  for (const p of paragraphs) {
    const ordered = /^(\d+|[a-z]|[ivx]+)[.)]$/i.test(takeListMarker(p));
    const previous = p.previousElementSibling;
    const continues = list !== null && previous === list && (list.tagName === 'OL') === ordered;
    if (!continues) {
      list = doc.createElement(ordered ? 'ol' : 'ul');
      p.before(list);
    }
    const item = doc.createElement('li');
    const para = doc.createElement('p');
    para.append(...p.childNodes);
    item.append(para);
    list!.append(item);
    p.remove();
  }
}

/** Word's titles and subtitles are classes on paragraphs; headings it writes as h1–h6 already. */
function convertWordTitles(doc: Document): void {
  for (const p of doc.body.querySelectorAll('p.MsoTitle, p.MsoSubtitle')) {
    const heading = doc.createElement(p.classList.contains('MsoTitle') ? 'h1' : 'h2');
    heading.append(...p.childNodes);
    p.replaceWith(heading);
  }
}

/** A CSS property's value in a (renamed) style attribute; `mso-bidi-font-weight` is not `font-weight`. */
function cssValue(style: string, property: string): string | null {
  const match = new RegExp(`(?:^|[;\\s])${property}\\s*:\\s*([^;]+)`, 'i').exec(style);
  return match ? match[1]!.trim().toLowerCase() : null;
}

/**
 * Bold and italic that arrive as styles (Google Docs, web pages) become
 * <strong> and <em>; Google Docs' `<b style="font-weight:normal">` around
 * everything is unwrapped.
 */
function convertInlineStyles(doc: Document): void {
  for (const el of doc.body.querySelectorAll('b[data-style], span[data-style], font[data-style], i[data-style]')) {
    const style = el.getAttribute('data-style') ?? '';
    const weight = cssValue(style, 'font-weight');
    if (el.tagName === 'B' && weight && /^(normal|[1-5]00)$/.test(weight)) {
      el.replaceWith(...el.childNodes);
      continue;
    }
    const wrap = (tag: 'strong' | 'em') => {
      const inner = doc.createElement(tag);
      inner.append(...el.childNodes);
      el.append(inner);
    };
    if (weight && /^(bold|bolder|[6-9]00)$/.test(weight)) wrap('strong');
    if (cssValue(style, 'font-style') === 'italic') wrap('em');
  }
}

function removeNoise(doc: Document): void {
  doc.querySelectorAll('script, meta, link, title, xml, o\\:p').forEach((el) => el.remove());
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.parentNode?.removeChild(c));
}

export function cleanPastedHTML(html: string): string {
  // Control characters copied along from a PDF or a spreadsheet go before parsing; markup has none.
  const doc = new DOMParser().parseFromString(defuseStyles(printableText(html)), 'text/html');
  removeNoise(doc);
  convertWordTitles(doc);
  convertWordLists(doc);
  convertInlineStyles(doc);
  doc.querySelectorAll('[data-style]').forEach((el) => el.removeAttribute('data-style'));
  return doc.body.innerHTML;
}

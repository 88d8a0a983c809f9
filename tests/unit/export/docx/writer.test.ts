import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx, type DocxResult } from '../../../../main/export/docx/index.js';
import { loadTemplate } from '../../../../main/export/template/index.js';
import { elements, missingTargets, openDocx, styleOf, textOf, type Parts } from './parts.js';
import { sampleTree } from './tree.js';

let result: DocxResult;
let parts: Parts;
let body: Document;

beforeAll(async () => {
  result = await exportDocx(sampleTree(), loadTemplate('werkplaats-a4'), { now: new Date('2026-02-01T12:00:00Z') });
  parts = await openDocx(result.bytes);
  body = parts.xml('word/document.xml');
});

const paragraphs = (): Element[] => elements(body, 'p');
const withStyle = (style: string): Element[] => paragraphs().filter((p) => styleOf(p) === style);

describe('the package', () => {
  it('has well-formed parts and no relationship to a missing part', () => {
    for (const name of parts.names.filter((n) => /\.(xml|rels)$/.test(n))) expect(() => parts.xml(name)).not.toThrow();
    expect(missingTargets(parts)).toEqual([]);
  });

  it('names the publication in the core properties, with its language', () => {
    const core = parts.text('docProps/core.xml');
    for (const value of ['<dc:title>Proefbundel</dc:title>', '<dc:subject>Een ondertitel</dc:subject>', '<dc:creator>Eva Rademaker, Thomas Brouwer</dc:creator>', '<cp:keywords>mantelzorg, wijk</cp:keywords>', '<dc:description>Een bundel om te testen.</dc:description>', '<dc:language>nl-NL</dc:language>']) {
      expect(core).toContain(value);
    }
  });

  it('mirrors the margins, hyphenates and speaks Dutch in its settings and default run', () => {
    const settings = parts.text('word/settings.xml');
    expect(settings).toMatch(/<w:mirrorMargins\/>.*<w:defaultTabStop.*<w:autoHyphenation\/>.*<w:evenAndOddHeaders\/>.*<w:themeFontLang w:val="nl-NL"\/>/);
    const defaults = elements(parts.xml('word/styles.xml'), 'rPrDefault')[0]!;
    expect(elements(defaults as unknown as Document, 'lang')[0]!.getAttribute('w:val')).toBe('nl-NL');
  });

  it('reports what it wrote', () => {
    expect(result.report).toMatchObject({ chapters: 2, figures: 4, placeholders: 1, footnotes: 1, comments: 4 });
    expect(result.report.warnings.map((w) => w.code).sort()).toEqual(['figurePlaceholder', 'unknownAnchor']);
  });
});

describe('styles', () => {
  const style = (id: string): Element => {
    const found = elements(parts.xml('word/styles.xml'), 'style').find((s) => s.getAttribute('w:styleId') === id);
    if (!found) throw new Error(`no style ${id}`);
    return found;
  };
  const name = (id: string): string | null => elements(style(id) as unknown as Document, 'name')[0]!.getAttribute('w:val');

  it("keeps Word's built-in names, which Word shows as Kop 1, Titel, Citaat, Bijschrift", () => {
    expect([name('Heading1'), name('Heading2'), name('Heading3'), name('Title'), name('Quote'), name('Caption'), name('Normal')]).toEqual(['heading 1', 'heading 2', 'heading 3', 'Title', 'Quote', 'caption', 'Normal']);
  });

  it('gives headings outline levels and the template fonts', () => {
    const outline = (id: string): string | null => elements(style(id) as unknown as Document, 'outlineLvl')[0]?.getAttribute('w:val') ?? null;
    expect([outline('Heading1'), outline('Heading2'), outline('Heading3')]).toEqual(['0', '1', '2']);
    expect(elements(style('Heading1') as unknown as Document, 'rFonts')[0]!.getAttribute('w:ascii')).toBe('Source Sans 3');
    expect(elements(style('Normal') as unknown as Document, 'rFonts')[0]!.getAttribute('w:ascii')).toBe('Source Serif 4');
  });

  it('has a style per box kind in Dutch', () => {
    expect(name('KaderDilemma')).toBe('Kader dilemma');
    expect(name('KaderPraktijkvoorbeeld')).toBe('Kader praktijkvoorbeeld');
    expect(elements(style('KaderDilemma') as unknown as Document, 'shd')[0]!.getAttribute('w:fill')).toBe('FBF1E6');
  });
});

describe('the body', () => {
  it('opens each chapter with its label, its title as Kop 1 with a bookmark, and its byline', () => {
    expect(withStyle('Heading1').map(textOf)).toEqual(['Aan tafel', 'Beelden']);
    expect(withStyle('Hoofdstuklabel').map(textOf)).toEqual(['Hoofdstuk 1', 'Hoofdstuk 2']);
    expect(withStyle('Auteursregel').map(textOf)).toEqual(['Door de redactie']);
    const bookmarks = elements(body, 'bookmarkStart').map((b) => b.getAttribute('w:name'));
    expect(bookmarks).toEqual(expect.arrayContaining(['b_ch_een', 'b_sec_een_paragraaf', 'b_fig_kaart']));
  });

  it('indents a paragraph that follows a paragraph, not the first', () => {
    const first = paragraphs().find((p) => textOf(p).startsWith('Eerste alinea'))!;
    const second = paragraphs().find((p) => textOf(p).startsWith('Tweede alinea'))!;
    expect([styleOf(first), styleOf(second)]).toEqual(['Normal', 'Vervolgalinea']);
  });

  it('links outward and inward, and writes a link to nowhere as text', () => {
    expect(elements(body, 'hyperlink').map((h) => h.getAttribute('w:anchor') || 'external')).toEqual(['b_ch_een', 'b_sec_een_paragraaf', 'b_ch_twee', 'external', 'b_fig_kaart']);
    expect(parts.text('word/_rels/document.xml.rels')).toContain('https://example.org/a?b=1&amp;c=2');
  });

  it('writes the TOC as a field pre-filled with the entries', () => {
    expect(parts.text('word/document.xml')).toContain('<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-2&quot;</w:instrText>');
    expect(paragraphs().filter((p) => /^TOC\d$/.test(styleOf(p) ?? '')).map(textOf)).toEqual(['Aan tafel', 'Een paragraaf', 'Beelden']);
  });

  it('numbers an ordered list from its start, with a nested bulleted list', () => {
    const numbering = parts.text('word/numbering.xml');
    expect(numbering).toMatch(/<w:lvl w:ilvl="0"[^>]*><w:start w:val="3"\/><w:numFmt w:val="decimal"\/>/);
    const items = paragraphs().filter((p) => elements(p as unknown as Document, 'numPr').length > 0);
    expect(items.map((p) => [textOf(p), elements(p as unknown as Document, 'ilvl')[0]!.getAttribute('w:val')])).toEqual([
      ['Derde punt', '0'],
      ['Vierde punt', '0'],
      ['Genest punt', '1'],
    ]);
  });

  it('frames a box as a shaded one-cell table with the parts under their labels', () => {
    const table = elements(body, 'tbl')[1]!; // [0] is the cover
    expect(elements(table as unknown as Document, 'shd')[0]!.getAttribute('w:fill')).toBe('FBF1E6');
    const cellText = elements(table as unknown as Document, 'p').map(textOf);
    expect(cellText).toEqual(['Dilemma', 'Melden of zwijgen', 'Situatie', 'Een vrijwilliger ziet iets.', 'Enerzijds', 'Vertrouwen.', 'Anderzijds', 'Veiligheid.', 'De vraag', 'Wat doe je?', 'Werkgroep Wijk, focusgroep, 3 april 2025']);
  });

  it('never leaves a table cell or a caption empty', () => {
    for (const cell of elements(body, 'tc')) expect(elements(cell as unknown as Document, 'p').length).toBeGreaterThan(0);
    const captions = withStyle('Caption').map(textOf);
    expect(captions).toEqual(['Figuur 1. De kaartEen gestileerde kaart.', 'Figuur 2. Een tekening', 'Figuur 3. PositiesWie staat waar.', 'Figuur 4.']);
  });

  it('puts alt text on every picture and an SVG with its PNG fallback', () => {
    const docPr = Array.from(body.getElementsByTagName('wp:docPr'));
    expect(docPr.map((d) => d.getAttribute('descr'))).toEqual(['Kaart van de regio met zes stippen', 'Een tekening', 'Grafiek']);
    expect(parts.names.filter((n) => n.startsWith('word/media/')).map((n) => n.split('.').pop()).sort()).toEqual(['png', 'png', 'png', 'svg', 'svg']);
  });

  it('draws a chart as an SVG with the chart\'s labels, and shows a missing image as a visible placeholder', () => {
    const svgs = parts.names.filter((n) => n.startsWith('word/media/') && n.endsWith('.svg')).map((n) => parts.text(n));
    expect(svgs.some((svg) => svg.includes('>Beleidsmaker</text>') && svg.includes('<title id="title">Posities</title>'))).toBe(true);
    expect(withStyle('FiguurOntbreekt').map(textOf)).toEqual(['[Afbeelding ontbreekt — 4]']);
  });
});

describe('footnotes and comments', () => {
  it('writes real footnotes without comments in them', () => {
    const footnotes = parts.text('word/footnotes.xml');
    expect(footnotes).toContain('Een voetnoot met ');
    expect(footnotes).not.toMatch(/comment/);
    expect(elements(body, 'footnoteReference').map((r) => r.getAttribute('w:id'))).toEqual(['1']);
  });

  it('spans a thread from its first run to its last, with its replies and resolved state', () => {
    const xml = parts.text('word/document.xml');
    // Both comments of the resolved thread start before "Hier staat" and end after "besproken tekst".
    expect(xml).toMatch(/<w:commentRangeStart w:id="0"\/><w:commentRangeStart w:id="1"\/><w:r><w:t xml:space="preserve">\. Hier staat <\/w:t><\/w:r><w:r><w:t xml:space="preserve">besproken tekst<\/w:t><\/w:r><w:commentRangeEnd w:id="0"\/><w:commentRangeEnd w:id="1"\/>/);
    const extended = parts.text('word/commentsExtended.xml');
    expect(extended.match(/w15:done="1"/g)).toHaveLength(2);
    expect(extended).toMatch(/w15:paraIdParent=/);
    const comments = elements(parts.xml('word/comments.xml'), 'comment');
    expect(comments.map((c) => [c.getAttribute('w:author'), c.getAttribute('w:initials'), textOf(c)])).toEqual([
      ['Anna de Vries', 'AdV', 'Klopt dit?'],
      ['Eva Rademaker', 'ER', 'Ja, nagekeken.'],
      ['Bert', 'B', 'Bron bij de noot?'],
      ['Anna de Vries', 'AdV', 'Waar is dit gebleven?'],
    ]);
  });

  it('anchors a thread on a footnote to the reference in the text', () => {
    expect(parts.text('word/document.xml')).toMatch(/<w:commentRangeStart w:id="2"\/><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="1"\/><\/w:r><w:commentRangeEnd w:id="2"\/>/);
  });

  it('anchors a thread that lost its passage to the chapter title', () => {
    const title = withStyle('Heading1')[1]!;
    expect(elements(title as unknown as Document, 'commentRangeStart').map((c) => c.getAttribute('w:id'))).toEqual(['3']);
  });
});

describe('pages', () => {
  it('starts chapters on a new page in A4 and on a right-hand page in the A5 booklet', async () => {
    const sectionTypes = (d: Document): string[] => elements(d, 'sectPr').map((s) => elements(s as unknown as Document, 'type')[0]?.getAttribute('w:val') ?? 'nextPage');
    // cover, colophon, contents, then the chapters
    expect(sectionTypes(body).slice(3)).toEqual(['nextPage', 'nextPage']);
    const a5 = await openDocx((await exportDocx(sampleTree(), loadTemplate('bundel-a5'))).bytes);
    const a5Body = a5.xml('word/document.xml');
    expect(sectionTypes(a5Body).slice(3)).toEqual(['oddPage', 'oddPage']);
    const size = elements(a5Body, 'pgSz')[0]!;
    expect([size.getAttribute('w:w'), size.getAttribute('w:h')]).toEqual(['8391', '11906']);
    const margin = elements(a5Body, 'pgMar')[0]!;
    expect([margin.getAttribute('w:left'), margin.getAttribute('w:right')]).toEqual(['1134', '850']);
  });

  it('puts the chapter title in the right-hand running head and folios in the footers', () => {
    const headers = parts.names.filter((n) => /word\/header\d+\.xml$/.test(n)).map((n) => textOf(parts.xml(n).documentElement));
    expect(headers).toEqual(expect.arrayContaining(['Aan tafel', 'Proefbundel', 'Beelden']));
    const footers = parts.names.filter((n) => /word\/footer\d+\.xml$/.test(n)).map((n) => parts.text(n));
    expect(footers.filter((f) => f.includes('PAGE'))).toHaveLength(3);
  });
});

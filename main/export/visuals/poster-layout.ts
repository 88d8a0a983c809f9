/**
 * The poster's design, as positions on the trimmed page (points, origin top
 * left, y down): a full-bleed band in the cover colour with the publication's
 * name, the visual's title large with a short accent bar under it, the visual
 * as large as the page allows with its caption and credit right beneath it
 * (the group centred in the space left), and a footer rule with the licence
 * and the poster's place in the set. Type grows with the paper.
 */
import type { Template, TextStyle } from '../template/index.js';
import { mm, type PageGeometry } from '../pdf/document/geometry.js';
import type { LineLayout } from '../pdf/text/index.js';
import type { PosterParagraphs } from './poster-paragraphs.js';
import { posterScale } from './poster-geometry.js';

export interface PosterTexts {
  readonly title: string;
  readonly caption: string;
  readonly credit: string;
  readonly publication: string;
  /** "Organisatie · 2025" */
  readonly imprint: string;
  readonly licence: string;
  /** "3 / 12" */
  readonly place: string;
}

export interface SetText {
  readonly x: number;
  readonly y: number;
  readonly lines: readonly LineLayout[];
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Each text by its part on the poster: a screen reader reads the title, the visual and its caption, and skips the band and footer. */
export interface PosterLayout {
  readonly bandHeight: number;
  /** The publication's name and imprint. */
  readonly band: readonly SetText[];
  readonly title: SetText;
  readonly accentBar: Box;
  readonly art: Box;
  readonly caption: SetText;
  readonly credit: SetText;
  readonly footerRuleY: number;
  /** The licence and the poster's place in the set. */
  readonly footer: readonly SetText[];
}

/** The template's styles a poster sets its words in; sizes, colours and case are the poster's own. */
export function posterStyles(template: Template): { band: TextStyle; title: TextStyle; caption: TextStyle; credit: TextStyle } {
  return { band: template.runningHead.text, title: template.chapter.title, caption: template.figure.caption, credit: template.figure.credit };
}

export function layoutPoster(g: PageGeometry, texts: PosterTexts, aspect: number, template: Template, paragraphs: PosterParagraphs): PosterLayout {
  const k = posterScale(g);
  const margin = g.margins.outer;
  const contentWidth = g.trimWidth - 2 * margin;
  const { colors } = template;
  const styles = posterStyles(template);
  const set = (text: string, style: TextStyle, width: number): readonly LineLayout[] => paragraphs.lines(text, style, width);
  const height = (lines: readonly LineLayout[]): number => lines.reduce((sum, line) => sum + line.height, 0);
  const size = (style: TextStyle, pt: number, lead: number, extra: Partial<TextStyle> = {}): TextStyle => ({
    ...style,
    size: pt * k,
    leading: lead * k,
    align: 'left',
    spaceBefore: 0,
    spaceAfter: 0,
    ...extra,
  });

  const bandHeight = mm(15) * k;
  const bandStyle = size(styles.band, 8.5, 10, { bold: true, italic: false, color: '#ffffff', uppercase: true });
  const bandLeft = set(texts.publication, bandStyle, contentWidth * 0.6);
  const bandRight = set(texts.imprint, { ...bandStyle, bold: false, uppercase: false, align: 'right' }, contentWidth * 0.38);
  const bandText = (lines: readonly LineLayout[], x: number): SetText => ({ x, y: (bandHeight - height(lines.slice(0, 1))) / 2, lines: lines.slice(0, 1) });

  const titleTop = bandHeight + mm(13) * k;
  const title = set(texts.title, size(styles.title, 30, 34, { bold: true, color: colors.text, hyphenate: false, uppercase: false }), contentWidth);
  const accentBar = { x: margin, y: titleTop + height(title) + mm(4) * k, width: mm(22) * k, height: mm(1.3) * k };
  const contentTop = accentBar.y + accentBar.height + mm(10) * k;
  const footerRuleY = g.trimHeight - mm(14) * k;
  const contentBottom = footerRuleY - mm(9) * k;

  const captionStyle = size(styles.caption, 12.5, 17, { color: colors.text, hyphenate: true });
  const creditStyle = size(styles.credit, 9, 12, { color: colors.muted });
  const gap = mm(5) * k;
  const readable = Math.min(contentWidth, mm(175) * k);
  // The caption's measure follows the visual's width, which follows the
  // caption's height: set once at the readable measure, then at the visual's.
  let captionWidth = readable;
  let art: Box = { x: margin, y: contentTop, width: contentWidth, height: 0 };
  let below: (readonly LineLayout[])[] = [];
  for (let pass = 0; pass < 2; pass++) {
    below = [set(texts.caption, captionStyle, captionWidth), set(texts.credit, creditStyle, captionWidth)];
    const belowHeight = below.reduce((sum, lines) => sum + height(lines), 0) + (below[1]!.length > 0 ? mm(1.5) * k : 0);
    const room = { width: contentWidth, height: Math.max(contentBottom - contentTop - gap - belowHeight, mm(40) * k) };
    const fitted = room.width / aspect <= room.height ? { width: room.width, height: room.width / aspect } : { width: room.height * aspect, height: room.height };
    const group = fitted.height + gap + belowHeight;
    const top = contentTop + Math.max(0, (contentBottom - contentTop - group) / 2);
    art = { x: margin + (contentWidth - fitted.width) / 2, y: top, ...fitted };
    captionWidth = Math.min(readable, Math.max(fitted.width, mm(110) * k));
  }
  const captionX = art.x + captionWidth <= margin + contentWidth ? art.x : margin + (contentWidth - captionWidth) / 2;
  const captionY = art.y + art.height + gap;
  const creditY = captionY + height(below[0]!) + (below[0]!.length > 0 ? mm(1.5) * k : 0);

  const footerStyle = size(styles.credit, 8, 10, { italic: false, color: colors.muted });
  const footerY = footerRuleY + mm(3) * k;
  const licence = set(texts.licence, footerStyle, contentWidth * 0.7);
  const place = set(texts.place, { ...footerStyle, align: 'right' }, contentWidth * 0.28);
  return {
    bandHeight,
    band: [bandText(bandLeft, margin), bandText(bandRight, margin + contentWidth * 0.62)],
    title: { x: margin, y: titleTop, lines: title },
    accentBar,
    art,
    caption: { x: captionX, y: captionY, lines: below[0]! },
    credit: { x: captionX, y: creditY, lines: below[1]! },
    footerRuleY,
    footer: [
      { x: margin, y: footerY, lines: licence },
      { x: margin + contentWidth * 0.72, y: footerY, lines: place },
    ],
  };
}

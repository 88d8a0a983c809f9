/**
 * The style ids the writer uses. Word's built-in styles keep their built-in ids
 * and English names ("heading 1", "caption"): Word recognises a built-in style by
 * that name and shows it in the user's language (Kop 1, Bijschrift, Standaard),
 * and only then do the navigation pane, the TOC field and pandoc treat it as
 * what it is. Bundel's own styles carry Dutch names.
 */
import type { BoxKind } from '../template/index.js';

export const S = {
  normal: 'Normal',
  continued: 'Vervolgalinea',
  title: 'Title',
  subtitle: 'Subtitle',
  chapterTitle: 'Heading1',
  section: 'Heading2',
  subsection: 'Heading3',
  chapterLabel: 'Hoofdstuklabel',
  byline: 'Auteursregel',
  quote: 'Quote',
  listParagraph: 'ListParagraph',
  caption: 'Caption',
  credit: 'Beeldcredit',
  figure: 'Figuur',
  figureMissing: 'FiguurOntbreekt',
  footnoteText: 'FootnoteText',
  footnoteReference: 'FootnoteReference',
  header: 'Header',
  footer: 'Footer',
  tocHeading: 'TOCHeading',
  toc1: 'TOC1',
  toc2: 'TOC2',
  hyperlink: 'Hyperlink',
  boxTitle: 'Kadertitel',
  boxLabel: 'Kaderlabel',
  boxSource: 'Kaderbron',
  coverEditors: 'OmslagRedactie',
  coverOrganisation: 'OmslagOrganisatie',
  colophon: 'Colofon',
  colophonLabel: 'Colofonlabel',
} as const;

/** The Dutch word for each kind in the names of its box style ("Kader dilemma"). */
const boxKindNames: Record<BoxKind, string> = {
  story: 'verhaal',
  dilemma: 'dilemma',
  practiceExample: 'praktijkvoorbeeld',
  solutionDirection: 'oplossingsrichting',
  quote: 'citaat',
  recommendation: 'aanbeveling',
  mixed: 'gemengd',
};

export function boxStyleId(kind: BoxKind): string {
  return `Kader${boxKindNames[kind][0]!.toUpperCase()}${boxKindNames[kind].slice(1)}`;
}

export function boxStyleName(kind: BoxKind): string {
  return `Kader ${boxKindNames[kind]}`;
}

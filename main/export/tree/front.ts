// The publication's own facts → document metadata, the cover and the colophon's lines.
import type { Locale, Publication } from '../../model/index.js';
import { message } from '../../model/index.js';
import type { Colophon, Cover, DocumentMeta, Labels } from './types.js';

export function metaOf(publication: Publication): DocumentMeta {
  return {
    title: publication.title,
    subtitle: publication.subtitle,
    authors: publication.editors,
    organisation: publication.organisation,
    year: publication.year,
    isbn: publication.isbn,
    licence: publication.licence,
    description: publication.description,
    keywords: publication.keywords,
    language: 'nl-NL',
  };
}

export function coverOf(publication: Publication, locale: Locale): Cover {
  return {
    title: publication.title,
    subtitle: publication.subtitle,
    editorsLine:
      publication.editors.length === 0 ? '' : message(locale, 'export.editors', { names: listOf(publication.editors, locale) }),
    organisation: publication.organisation,
    year: publication.year === null ? '' : String(publication.year),
    draftNote: '',
  };
}

export function colophonFacts(publication: Publication, locale: Locale): Colophon['facts'] {
  const title = [publication.title, publication.subtitle].filter(Boolean).join('. ');
  const facts: [Parameters<typeof message>[1], string][] = [
    ['export.fact.title', title],
    ['export.fact.editors', listOf(publication.editors, locale)],
    ['export.fact.organisation', publication.organisation],
    ['export.fact.year', publication.year === null ? '' : String(publication.year)],
    ['export.fact.isbn', publication.isbn ?? ''],
    ['export.fact.licence', publication.licence],
  ];
  return facts.filter(([, value]) => value.trim() !== '').map(([key, value]) => ({ label: message(locale, key), value }));
}

export function labelsOf(locale: Locale): Labels {
  return {
    contents: message(locale, 'export.contents'),
    figure: message(locale, 'export.figure'),
    colophon: message(locale, 'export.colophon'),
    chapter: message(locale, 'export.chapter'),
    page: message(locale, 'export.page'),
  };
}

/** "A, B en C". */
function listOf(names: readonly string[], locale: Locale): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${message(locale, 'export.and')} ${names.at(-1)!}`;
}

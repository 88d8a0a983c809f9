/**
 * Where an incoming item came from in its file. It is kept as data (a
 * catalogue key and its values, `ItemSource`) rather than as a sentence, for
 * the same plan is shown to Dutch and English readers alike: each place that
 * shows it says it in its reader's language.
 */
import { message, type ItemSource, type Locale } from '../model/index.js';

/** A list's row, numbered as the spreadsheet shows it. */
export function rowSource(row: number): ItemSource {
  return { sourceKey: 'import.source.row', row };
}

/**
 * A part of a Word document: by its heading, or by the file when it has none.
 * `part` numbers it among the items of a document split at its headings, and
 * is null when the document made one item.
 */
export function sectionSource(file: string, heading: string | null, part: number | null): ItemSource {
  if (!heading) return part === null ? { sourceKey: 'import.source.file', file } : { sourceKey: 'import.source.filePart', file, part };
  return part === null ? { sourceKey: 'import.source.heading', heading } : { sourceKey: 'import.source.headingPart', heading, part };
}

/** The source as a reader of `locale` sees it, e.g. "rij 500" or "row 500". */
export function sourceText(locale: Locale, source: ItemSource): string {
  return message(locale, source.sourceKey, source);
}

/**
 * Which fonts the written document holds, read back from its font
 * dictionaries — the report states what is in the file, not what we meant.
 */
import { PDFArray, PDFDict, PDFName, type PDFDocument } from 'pdf-lib';

export interface ReportedFont {
  readonly name: string;
  /** A FontFile, FontFile2 or FontFile3 stream is present. */
  readonly embedded: boolean;
  /** The name carries a subset tag (ABCDEF+). */
  readonly subset: boolean;
}

export function fontsOf(doc: PDFDocument): ReportedFont[] {
  const fonts: ReportedFont[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    // A composite font's glyphs live in its descendant; the descendant itself is not listed twice.
    if (object.get(PDFName.of('Subtype')) === PDFName.of('CIDFontType2')) continue;
    const name = object.lookupMaybe(PDFName.of('BaseFont'), PDFName)?.decodeText() ?? '(unnamed)';
    const descendants = object.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
    const described = descendants === undefined ? object : (descendants.lookupMaybe(0, PDFDict) ?? object);
    const descriptor = described.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
    const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor?.has(PDFName.of(key)) === true);
    fonts.push({ name, embedded, subset: /^[A-Z]{6}\+/u.test(name) });
  }
  return fonts.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Two package parts written by hand, because docx 9.15 has no option for what
 * they must say: the settings (mirrored margins for a bound publication, the
 * document's language for Word's proofing and hyphenation, automatic
 * hyphenation as the template asks) and the core properties (dc:language).
 */
import type { Template } from '../template/index.js';
import type { DocumentMeta } from '../tree/types.js';
import { xmlText } from '../../model/index.js';

const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Elements in the order CT_Settings requires them; Word refuses a settings part out of order. */
export function settingsXml(template: Template, language: string): string {
  const decimalComma = /^(nl|de|fr|es|it|pt|da|sv|nb|fi)\b/i.test(language);
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
    `<w:settings xmlns:w="${w}">`,
    // The fonts are embedded (fonts.ts); a reviewer's Word keeps them when it saves the file.
    `<w:embedTrueTypeFonts/>`,
    `<w:mirrorMargins/>`,
    `<w:defaultTabStop w:val="709"/>`,
    template.body.hyphenate ? `<w:autoHyphenation/><w:consecutiveHyphenLimit w:val="3"/><w:hyphenationZone w:val="284"/>` : '',
    `<w:evenAndOddHeaders/>`,
    `<w:characterSpacingControl w:val="doNotCompress"/>`,
    `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>`,
    `<w:themeFontLang w:val="${xmlText(language)}"/>`,
    `<w:decimalSymbol w:val="${decimalComma ? ',' : '.'}"/>`,
    `<w:listSeparator w:val="${decimalComma ? ';' : ','}"/>`,
    `</w:settings>`,
  ].join('');
}

export function corePropertiesXml(meta: DocumentMeta, now: Date): string {
  const element = (name: string, value: string): string => (value.trim() === '' ? '' : `<${name}>${xmlText(value)}</${name}>`);
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`,
    element('dc:title', meta.title),
    element('dc:subject', meta.subtitle),
    element('dc:creator', meta.authors.join(', ')),
    element('cp:keywords', meta.keywords.join(', ')),
    element('dc:description', meta.description),
    element('dc:language', meta.language),
    `<cp:lastModifiedBy>Bundel</cp:lastModifiedBy>`,
    `<cp:revision>1</cp:revision>`,
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`,
    `</cp:coreProperties>`,
  ].join('');
}


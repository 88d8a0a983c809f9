/**
 * A small pull scanner for the XML of a spreadsheet's parts, reporting what a
 * SAX parser (saxes, under exceljs) reports: start tags with their attributes,
 * end tags and text, entities decoded and line ends normalised. It takes the
 * plain XML Office writes; a DOCTYPE, CDATA, an unknown entity or a character
 * XML does not allow ends the scan with `false`, and the caller leaves the
 * file to exceljs.
 */
export interface XmlHandler {
  open(name: string, attributes: string, selfClosing: boolean): boolean;
  close(name: string): boolean;
  text(text: string): boolean;
}

const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const attribute = /\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;
const entity = /&(?:(lt|gt|amp|quot|apos)|#([0-9]+)|#x([0-9A-Fa-f]+));/y;
const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Whether XML 1.0 allows the character (a lone surrogate or a control character it does not). */
function allowed(code: number): boolean {
  return code >= 0x20 ? code < 0xd800 || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000 : code === 0x09 || code === 0x0a || code === 0x0d;
}

/** What makes character data need more than a copy: an entity, a CR, or a character XML does not allow (or half a pair). */
// eslint-disable-next-line no-control-regex -- XML forbids these control characters, and the scanner must find them.
const special = /[&\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** Character data with entities decoded and CR LF or CR made LF; null when it holds what this scanner does not read. */
export function decodeText(raw: string): string | null {
  if (!special.test(raw)) return raw;
  let out = '';
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === 0x26) {
      entity.lastIndex = i;
      const match = entity.exec(raw);
      if (!match) return null;
      const point = match[1] ? -1 : match[2] ? Number.parseInt(match[2], 10) : Number.parseInt(match[3]!, 16);
      if (point !== -1 && (point > 0x10ffff || !allowed(point))) return null;
      out += raw.slice(from, i) + (match[1] ? named[match[1]]! : String.fromCodePoint(point));
      i = entity.lastIndex - 1;
      from = entity.lastIndex;
    } else if (code === 0x0d) {
      out += `${raw.slice(from, i)}\n`;
      if (raw.charCodeAt(i + 1) === 0x0a) i++;
      from = i + 1;
    } else if (code >= 0xd800 && code <= 0xdbff && raw.charCodeAt(i + 1) >= 0xdc00 && raw.charCodeAt(i + 1) <= 0xdfff) {
      i++;
    } else if (!allowed(code)) return null;
  }
  return from === 0 ? raw : out + raw.slice(from);
}

/** The attributes of a start tag by name, values decoded; null when one holds what this scanner does not read. */
export function attributesOf(raw: string): Map<string, string> | null {
  const values = new Map<string, string>();
  if (raw === '') return values;
  // White space in a value is normalised by a parser; Office writes none there.
  const plain = !/[&\t\n\r]/.test(raw);
  attribute.lastIndex = 0;
  for (let match = attribute.exec(raw); match; match = attribute.exec(raw)) {
    const value = match[2] ?? match[3]!;
    if (plain) values.set(match[1]!, value);
    else {
      const decoded = /[\t\n\r]/.test(value) ? null : decodeText(value);
      if (decoded === null) return null;
      values.set(match[1]!, decoded);
    }
  }
  return values;
}

/** Walks the XML, calling `handler`; false when the XML is not of the plain kind or a handler said stop. */
export function scanXml(xml: string, handler: XmlHandler): boolean {
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const end = lt < 0 ? xml.length : lt;
    if (end > i) {
      const text = decodeText(xml.slice(i, end));
      if (text === null || !handler.text(text)) return false;
    }
    if (lt < 0) return true;
    if (xml.startsWith('<?', lt)) {
      const close = xml.indexOf('?>', lt + 2);
      if (close < 0) return false;
      i = close + 2;
    } else if (xml.startsWith('<!--', lt)) {
      const close = xml.indexOf('-->', lt + 4);
      if (close < 0) return false;
      i = close + 3;
    } else {
      tag.lastIndex = lt;
      const match = tag.exec(xml);
      if (!match) return false;
      const [, slash, name, attributes, selfClosing] = match;
      if (slash ? attributes || selfClosing || !handler.close(name!) : !handler.open(name!, attributes!, selfClosing === '/')) return false;
      if (selfClosing && !handler.close(name!)) return false;
      i = tag.lastIndex;
    }
  }
  return true;
}

// A written DOCX opened as its parts, and the checks every DOCX we write must pass.
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import path from 'node:path';

export interface Parts {
  readonly names: readonly string[];
  text(name: string): string;
  /** Parsed with xmldom; throws on XML that is not well-formed. */
  xml(name: string): Document;
}

export async function openDocx(bytes: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const texts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (/\.(xml|rels|svg)$/.test(name)) texts.set(name, await zip.file(name)!.async('string'));
  }
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
  const text = (name: string): string => {
    const found = texts.get(name);
    if (found === undefined) throw new Error(`no part ${name}`);
    return found;
  };
  return { names, text, xml: (name) => parseStrict(text(name), name) };
}

export function parseStrict(text: string, name: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: { warning: () => {}, error: (m) => errors.push(m), fatalError: (m) => errors.push(m) },
  }).parseFromString(text, 'text/xml');
  if (errors.length > 0) throw new Error(`${name}: ${errors.join('; ')}`);
  return doc as unknown as Document;
}

/** Internal relationship targets that are not in the package. */
export function missingTargets(parts: Parts): string[] {
  const missing: string[] = [];
  for (const rels of parts.names.filter((n) => n.endsWith('.rels'))) {
    const base = path.posix.dirname(path.posix.dirname(rels));
    for (const rel of Array.from(parts.xml(rels).getElementsByTagName('Relationship'))) {
      if (rel.getAttribute('TargetMode') === 'External') continue;
      const target = rel.getAttribute('Target')!;
      const resolved = target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(base === '.' ? '' : base, target));
      if (!parts.names.includes(resolved)) missing.push(`${rels} → ${target}`);
    }
  }
  return missing;
}

/** The w: elements of a part by local name. */
export function elements(doc: Document, localName: string): Element[] {
  return Array.from(doc.getElementsByTagName(`w:${localName}`));
}

/** The text of a paragraph or any element: its w:t contents. */
export function textOf(element: Element): string {
  return Array.from(element.getElementsByTagName('w:t'))
    .map((t) => t.textContent ?? '')
    .join('');
}

export function styleOf(paragraph: Element): string | null {
  const pStyle = paragraph.getElementsByTagName('w:pStyle')[0];
  return pStyle?.getAttribute('w:val') ?? null;
}

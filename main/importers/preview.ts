/**
 * `preview`: what importing a file would add, without writing anything. The
 * file's type is chosen by its extension and then checked against its bytes.
 */
import { basename, extname } from 'node:path';
import { z } from 'zod';
import { keyedProblem, Line, MaterialKind, message, plainText, printable, UserError, type RichDoc } from '../model/index.js';
import type { ProjectStore } from '../store/index.js';
import { findDuplicates } from './duplicates.js';
import type { ImportPlan, IncomingItem, SheetInfo } from './plan.js';
import { readCsv, type CsvTable } from './sheet/csv.js';
import { autoMapping, combineMappings, mappingKey, parseMapping, RememberedMapping, type Mapping } from './sheet/mapping.js';
import { hasText, rowItems } from './sheet/rows.js';
import { readXlsx } from './sheet/xlsx.js';
import { warning, type ImportWarning } from './warnings.js';
import { draftItem } from './draft.js';
import { sectionSource } from './source.js';
import { splitAtHeadings, wholeDocument } from './word/items.js';
import { readWord } from './word/read-word.js';

export const PreviewOptions = z.strictObject({
  /** The kind of every item from a Word document, and of rows without a kind; a story by default. */
  kind: MaterialKind.optional(),
  /** Word: one item per heading instead of one for the document. */
  splitHeadings: z.boolean().optional(),
  /** Workgroup, session and contributors by name, for every item (a row's own values go first). */
  workgroup: Line(120).min(1).optional(),
  session: Line(200).min(1).optional(),
  contributors: z.array(Line(120).min(1)).optional(),
  /** A mapping as a user wrote it (header → field), over the automatic or remembered one; checked against the file's headers. */
  mapping: z.unknown().optional(),
});
export type PreviewOptions = z.infer<typeof PreviewOptions>;

type Incoming = Omit<IncomingItem, 'duplicate'>;

const imageExtensions = new Set(['.png', '.jpg', '.jpeg', '.svg', '.gif', '.webp']);

export async function preview(store: ProjectStore, path: string, rawOptions: PreviewOptions = {}): Promise<ImportPlan> {
  const options = PreviewOptions.parse(rawOptions);
  const extension = extname(path).toLowerCase();
  const warnings: ImportWarning[] = [];
  let plan: Omit<ImportPlan, 'items' | 'warnings'> & { items: Incoming[] };
  if (extension === '.docx' || extension === '.doc') plan = await previewWord(path, options, warnings);
  else if (extension === '.csv' || extension === '.xlsx' || extension === '.xls') plan = await previewSheet(store, path, options, warnings);
  else if (imageExtensions.has(extension)) throw new UserError('importImage', { path });
  else throw new UserError('importUnsupported', { path }, `extension ${extension || '(none)'}`);
  warnSessionsWithoutDate(store, plan.items, warnings);
  return { ...plan, items: flagDuplicates(store, plan.items), warnings };
}

async function previewWord(path: string, options: PreviewOptions, warnings: ImportWarning[]) {
  // Text as a reader sees it (see printableText): a document may hold control characters pasted into it from a PDF.
  const doc = printable(await readWord(path));
  warnings.push(...doc.warnings);
  if (doc.blocks.length === 0) throw new UserError('importEmpty', { path }, 'no text');
  const file = basename(path);
  const fallbackTitle = doc.title ?? basename(path, extname(path));
  const sections = options.splitHeadings ? splitAtHeadings(doc.blocks) : [wholeDocument(doc.blocks)];
  const items: Incoming[] = sections.map((section, i) => {
    // A warning names the heading alone, as the reader finds it in the document; the preview numbers the items too.
    const unnumbered = sectionSource(file, section.title, null);
    return {
      item: draftItem({ kind: options.kind ?? 'story', title: section.title ?? fallbackTitle, body: section.body }, unnumbered, warnings),
      source: sections.length > 1 ? sectionSource(file, section.title, i + 1) : unnumbered,
      workgroup: options.workgroup ?? null,
      session: batchSession(options),
      contributors: batchContributors(options),
    };
  });
  const images = doc.images.map((image) => ({
    visualId: image.visualId,
    title: (image.altText || message('nl', 'import.imageTitle', { n: image.number, file })).slice(0, 200),
    altText: image.altText.slice(0, 2_000),
    mime: image.mime,
    width: image.width,
    height: image.height,
    bytes: image.bytes,
  }));
  return { file: path, format: 'docx' as const, items, images, sheet: null };
}

async function previewSheet(store: ProjectStore, path: string, options: PreviewOptions, warnings: ImportWarning[]) {
  const csv = extname(path).toLowerCase() === '.csv' ? readCsv(path) : null;
  const table = printable(csv ? csv.rows : await readXlsx(path));
  // The header is the first row with text: blank rows above it, as a sheet may have, are passed over.
  const headerAt = table.findIndex(hasText);
  const rows = table.slice(headerAt + 1);
  // An empty list is said to be empty before its mapping is judged.
  if (headerAt < 0 || !rows.some(hasText)) throw new UserError('importEmpty', { path }, 'no data rows');
  const sheet = sheetInfo(store, table[headerAt]!, options, csv);
  // Rows keep the numbers the spreadsheet shows (the first is row 1), blank ones counted.
  const items = rowItems(sheet.headers, rows, headerAt + 2, mappingOf(sheet, warnings), { kind: options.kind ?? 'story' }, warnings);
  if (items.length === 0) throw new UserError('importEmpty', { path }, 'no row with a title or text');
  return {
    file: path,
    format: csv ? ('csv' as const) : ('xlsx' as const),
    items: items.map((incoming) => ({
      ...incoming,
      workgroup: incoming.workgroup ?? options.workgroup ?? null,
      session: incoming.session ?? batchSession(options),
      contributors: incoming.contributors.length ? incoming.contributors : batchContributors(options),
    })),
    images: [],
    sheet,
  };
}

/** The headers and the mapping for them: the remembered one, or the automatic one, with the user's over it. */
function sheetInfo(store: ProjectStore, headerRow: string[], options: PreviewOptions, csv: CsvTable | null): SheetInfo {
  const headers = headerRow.map((h, i) => h.trim() || `(${i + 1})`);
  const remembered = RememberedMapping.safeParse(store.settings.get(mappingKey(headers)));
  let mapping: Mapping = remembered.success ? onlyHeaders(remembered.data.mapping, headers) : autoMapping(headers);
  if (options.mapping !== undefined) mapping = combineMappings(mapping, parseMapping(options.mapping, headers));
  return {
    headers,
    mapping,
    remembered: remembered.success && options.mapping === undefined,
    encoding: csv?.encoding ?? null,
    separator: csv?.separator ?? null,
  };
}

/** The mapping, when it maps a title or a text; the columns it leaves out are warned about. */
function mappingOf(sheet: SheetInfo, warnings: ImportWarning[]): Mapping {
  const { headers, mapping } = sheet;
  const fields = Object.values(mapping);
  if (!fields.includes('title') && !fields.includes('text')) {
    throw new UserError('importMapping', keyedProblem('problem.noTitleOrText', { headers: headers.join(', ') }));
  }
  for (const header of headers) if (!mapping[header]) warnings.push(warning('unmappedColumn', { header }));
  return mapping;
}

/** A remembered mapping for exactly these headers (folding may have matched another spelling). */
function onlyHeaders(mapping: Mapping, headers: string[]): Mapping {
  const auto = autoMapping(headers);
  return Object.fromEntries(headers.map((h) => [h, h in mapping ? mapping[h]! : auto[h]!]));
}

function batchSession(options: PreviewOptions) {
  return options.session ? { title: options.session, date: null, place: '' } : null;
}

function batchContributors(options: PreviewOptions) {
  return (options.contributors ?? []).map((name) => ({ name, role: null, position: null }));
}

function textOf(item: { title: string; body: RichDoc }): string {
  return plainText(item.body) || item.title;
}

function flagDuplicates(store: ProjectStore, items: Incoming[]): IncomingItem[] {
  // Only the text of what the project holds: its items' bodies, not whole records checked one by one.
  const existing = store.material.bodies().map((m) => ({ id: m.id, title: m.title, text: textOf(m) }));
  const matches = findDuplicates(existing, items.map((i) => ({ id: i.item.id, title: i.item.title, text: textOf(i.item) })));
  return items.map((incoming, i) => ({ ...incoming, duplicate: matches[i] ?? null }));
}

/** A session that is not in the project and has no date will get today's: say so before it happens. */
function warnSessionsWithoutDate(store: ProjectStore, items: Incoming[], warnings: ImportWarning[]): void {
  const known = new Set(store.sessions.list().map((s) => s.title.toLowerCase()));
  const warned = new Set<string>();
  for (const { session } of items) {
    const key = session?.title.toLowerCase();
    if (!session || session.date || !key || known.has(key) || warned.has(key)) continue;
    warned.add(key);
    warnings.push(warning('sessionWithoutDate', { title: session.title }));
  }
}

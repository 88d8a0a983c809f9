import { extname } from 'node:path';
import { keyedProblem, label, localParams, message, UserError, type Locale, type Say } from '../../model/index.js';
import {
  applyImport,
  preview,
  sourceText,
  type ImportedItem,
  type ImportPlan,
  type ImportResult,
  type ImportWarning,
} from '../../importers/index.js';
import { readInput } from '../../importers/input.js';
import { materialKindOf } from '../../importers/sheet/values.js';
import { openProject, type OpenOptions, type ProjectStore } from '../../store/index.js';
import { imageFileExtensions } from '../../importers/image-file.js';
import { parse } from '../args.js';
import { printJson, type Io } from '../io.js';
import { importImage } from './import-image.js';

/** A mapping file is a few lines of JSON; anything much larger is not one. */
const MAX_MAPPING_BYTES = 1024 * 1024;

export async function run(args: string[], io: Io): Promise<void> {
  const { positionals, values } = parse(
    args,
    {
      kind: { type: 'string' },
      'split-headings': { type: 'boolean' },
      workgroup: { type: 'string' },
      session: { type: 'string' },
      contributor: { type: 'string' },
      mapping: { type: 'string' },
      'keep-duplicates': { type: 'boolean' },
      title: { type: 'string' },
      json: { type: 'boolean' },
    },
    ['cli.argument.file', 'cli.argument.source'],
    io.locale,
  );
  const [project, source] = positionals as [string, string];
  if (imageFileExtensions.has(extname(source).toLowerCase())) return importImage(project, source, values, io);
  if (values.title !== undefined) throw new UserError('invalidArguments', keyedProblem('problem.titleOnlyForImage'));
  const kind = typeof values.kind === 'string' ? kindOf(values.kind) : undefined;
  const text = (flag: string) => (typeof values[flag] === 'string' && values[flag].trim() ? values[flag].trim() : undefined);
  const options = {
    kind,
    splitHeadings: values['split-headings'] === true,
    workgroup: text('workgroup'),
    session: text('session'),
    contributors: text('contributor')?.split(';').map((n) => n.trim()).filter(Boolean),
    mapping: typeof values.mapping === 'string' ? readMapping(values.mapping) : undefined,
  };
  // The file is read and judged with the project open read-only, so a refused import leaves it byte for byte as it was.
  const plan = await withProjectAsync(project, { readOnly: true }, (store) => preview(store, source, options));
  const result = await withProjectAsync(project, {}, async (store) =>
    applyImport(store, plan, { keepDuplicates: values['keep-duplicates'] === true }),
  );
  if (values.json) return printJson(io, report(plan, result, io.locale));
  io.out(describe(plan, result, io.locale, values['keep-duplicates'] === true));
}

async function withProjectAsync<T>(path: string, options: OpenOptions, fn: (store: ProjectStore) => Promise<T>): Promise<T> {
  const store = openProject(path, options);
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

function kindOf(value: string) {
  const kind = materialKindOf(value);
  if (kind) return kind;
  throw new UserError('invalidArguments', keyedProblem('problem.kindChoice'));
}

function readMapping(path: string): unknown {
  const bytes = readInput(path, MAX_MAPPING_BYTES);
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new UserError('importMapping', keyedProblem('problem.mappingFileNotJson', { file: path }), (error as Error).message);
  }
}

/** A warning in `locale`, keyed params such as an item's `sourceKey` said in it too. */
function warningText(locale: Locale, w: ImportWarning): string {
  const say: Say = (key, params) => message(locale, key, params);
  return say(`import.warning.${w.code}`, localParams(w.params, say));
}

/**
 * The JSON keeps `source` a sentence, as scripts read it, now in the reader's
 * language; `sourceParams` is the same place as data, alike in every language.
 */
function itemReport(locale: Locale, item: ImportedItem) {
  return { ...item, source: sourceText(locale, item.source), sourceParams: item.source };
}

function report(plan: ImportPlan, result: ImportResult, locale: Locale) {
  return {
    file: plan.file,
    format: plan.format,
    ...result,
    imported: result.imported.map((item) => itemReport(locale, item)),
    skippedDuplicates: result.skippedDuplicates.map((item) => itemReport(locale, item)),
    warnings: plan.warnings.map((w) => ({ ...w, message: warningText(locale, w) })),
    sheet: plan.sheet,
  };
}

function describe(plan: ImportPlan, result: ImportResult, locale: Locale, keepDuplicates: boolean): string {
  const lines: string[] = [];
  if (plan.sheet) {
    const pairs = Object.entries(plan.sheet.mapping)
      .filter(([, field]) => field)
      .map(([header, field]) => `${header} → ${message(locale, `import.field.${field!}`)}`)
      .join(', ');
    const remembered = plan.sheet.remembered ? message(locale, 'import.cli.mappingRemembered') : '';
    lines.push(message(locale, 'import.cli.mapping', { pairs, remembered }));
  }
  lines.push(message(locale, 'import.cli.imported', { count: result.imported.length, file: plan.file }));
  for (const item of result.imported) {
    lines.push(message(locale, 'import.cli.item', { title: item.title, kind: label(locale, 'materialKind', item.kind) }));
    if (item.duplicate && keepDuplicates) lines.push(duplicateLine(locale, 'import.cli.duplicateKept', item));
  }
  for (const item of result.skippedDuplicates) lines.push(duplicateLine(locale, 'import.cli.duplicateSkipped', item));
  if (result.skippedDuplicates.length) lines.push(message(locale, 'import.cli.skippedHint', { count: result.skippedDuplicates.length }));
  if (result.visuals) lines.push(message(locale, 'import.cli.visuals', { count: result.visuals }));
  const created = [...result.created.workgroups, ...result.created.sessions, ...result.created.contributors];
  if (created.length) lines.push(message(locale, 'import.cli.created', { what: created.join(', ') }));
  for (const w of plan.warnings) lines.push(message(locale, 'import.cli.warning', { text: warningText(locale, w) }));
  return `${lines.join('\n')}\n`;
}

function duplicateLine(locale: Locale, key: 'import.cli.duplicateKept' | 'import.cli.duplicateSkipped', item: ImportResult['imported'][number]): string {
  return message(locale, key, { title: item.title, other: item.duplicate!.title, similarity: Math.round(item.duplicate!.similarity * 100) });
}

/**
 * The import and pseudonymisation channels over main/importers. The importers
 * read files by path, so a chosen file's bytes are written to a private temp
 * folder under their own name for the preview and removed right after. A
 * preview's plan stays in main until the user imports it: the renderer sends
 * back only which items to leave out, never the items themselves.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  applyImport,
  preview,
  pseudonymise,
  undoPseudonymisation,
  type ImportPlan,
  type Mapping,
} from '../importers/index.js';
import { isUserError, plainText, UserError } from '../model/index.js';
import type { ProjectStore } from '../store/types.js';
import type { ImportOptions, ImportPreview } from './contract.js';
import type { Handlers } from './handlers.js';

type ImportChannels = 'import.preview' | 'import.apply' | 'contributors.pseudonymise' | 'contributors.undoPseudonymisation';

/** Plans kept for the dialogs that may still import them; older ones are dropped (a new preview replaces the last). */
const KEPT_PLANS = 4;
const EXCERPT_CHARS = 240;

export function importHandlers(store: ProjectStore): Pick<Handlers, ImportChannels> {
  const plans = new Map<string, ImportPlan>();
  return {
    'import.preview': async ({ file, options }) => {
      const plan = await previewBytes(store, file.name, Buffer.from(file.bytes, 'base64'), options);
      const planId = randomUUID();
      plans.set(planId, plan);
      for (const old of plans.keys()) if (plans.size > KEPT_PLANS) plans.delete(old);
      return describe(planId, plan);
    },
    'import.apply': ({ planId, skip }) => {
      const plan = plans.get(planId);
      if (!plan) throw new UserError('notFound', { what: 'Import', id: planId });
      // The preview's ticks decide: a duplicate the user ticked is imported, anything unticked is not.
      const result = applyImport(store, plan, { keepDuplicates: true, skip });
      plans.delete(planId);
      return { imported: result.imported.map(({ id, title }) => ({ id, title })), created: result.created, visuals: result.visuals };
    },
    'contributors.pseudonymise': ({ id, pseudonym }) => {
      const result = pseudonymise(store, id, pseudonym);
      return { name: result.name, pseudonym: result.pseudonym, changed: result.changed.length };
    },
    'contributors.undoPseudonymisation': ({ id }) => {
      const result = undoPseudonymisation(store, id);
      return { name: result.name, pseudonym: result.pseudonym, changed: result.changed.length };
    },
  };
}

async function previewBytes(store: ProjectStore, name: string, bytes: Buffer, options: ImportOptions): Promise<ImportPlan> {
  const folder = mkdtempSync(path.join(tmpdir(), 'bundel-import-'));
  // The contract allows any plain name; Windows does not allow these characters or a trailing dot or space in one.
  const file = path.join(folder, name.replace(/[<>:"|?*]/g, '_').replace(/[. ]+$/, '') || 'bestand');
  try {
    writeFileSync(file, bytes, { mode: 0o600 });
    const mapping: Mapping | undefined = options.mapping ?? undefined;
    return await preview(store, file, {
      kind: options.kind,
      splitHeadings: options.splitHeadings,
      workgroup: options.workgroup ?? undefined,
      session: options.session ?? undefined,
      mapping,
    });
  } catch (error) {
    // The messages name the file: the one the user chose, not our temp copy.
    if (isUserError(error) && error.params.path === file) throw new UserError(error.code, { ...error.params, path: name }, error.detail);
    throw error;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function describe(planId: string, plan: ImportPlan): ImportPreview {
  return {
    planId,
    format: plan.format,
    items: plan.items.map(({ item, source, workgroup, session, duplicate }) => ({
      id: item.id,
      kind: item.kind,
      title: item.title,
      excerpt: excerpt(plainText(item.body)),
      source,
      workgroup,
      session: session?.title ?? null,
      consent: item.consent,
      duplicate,
    })),
    images: plan.images.length,
    warnings: plan.warnings,
    sheet: plan.sheet,
  };
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1).trimEnd()}…` : flat;
}

/**
 * The import and pseudonymisation channels over main/importers. The chosen
 * file is read from a private temp copy (chosen-file.ts). A preview's plan
 * stays in main until the user imports it: the renderer sends back only
 * which items to leave out, never the items themselves.
 */
import { randomUUID } from 'node:crypto';
import {
  applyImport,
  preview,
  pseudonymise,
  undoPseudonymisation,
  type ImportPlan,
  type Mapping,
} from '../importers/index.js';
import { plainText, UserError } from '../model/index.js';
import type { ProjectStore } from '../store/types.js';
import { withChosenFile } from './chosen-file.js';
import type { ImportFile, ImportOptions, ImportPreview } from './contract.js';
import type { Handlers } from './handlers.js';

type ImportChannels = 'import.preview' | 'import.apply' | 'contributors.pseudonymise' | 'contributors.undoPseudonymisation';

/** Plans kept for the dialogs that may still import them; older ones are dropped (a new preview replaces the last). */
const KEPT_PLANS = 4;
const EXCERPT_CHARS = 240;

export function importHandlers(store: ProjectStore): Pick<Handlers, ImportChannels> {
  const plans = new Map<string, ImportPlan>();
  return {
    'import.preview': async ({ file, options }) => {
      const plan = await previewFile(store, file, options);
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

function previewFile(store: ProjectStore, chosen: ImportFile, options: ImportOptions): Promise<ImportPlan> {
  const mapping: Mapping | undefined = options.mapping ?? undefined;
  return withChosenFile(chosen, (file) =>
    preview(store, file, {
      kind: options.kind,
      splitHeadings: options.splitHeadings,
      workgroup: options.workgroup ?? undefined,
      session: options.session ?? undefined,
      mapping,
    }),
  );
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

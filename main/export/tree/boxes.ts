// A kader in the text → a box with its items resolved from the library: each
// item's body and the kind's own fields under their labels, and where it came from.
import { docFromPlainText, label, type MaterialItem, type NodeJSON, type Session, type Workgroup } from '../../model/index.js';
import { blocks, type BlockSources } from './blocks.js';
import { problem, text, type BuildContext } from './context.js';
import type { Box, BoxItem, BoxPart, BoxPartRole } from './types.js';

export interface BoxSources {
  item(id: string): MaterialItem | undefined;
  workgroup(id: string): Workgroup | undefined;
  session(id: string): Session | undefined;
  /** Items without consent given are left out (true) or kept and reported (false). */
  readonly omitWithoutConsent: boolean;
}

/** Fields of each kind printed after the body, in reading order. */
const kindParts: Partial<Record<MaterialItem['kind'], readonly BoxPartRole[]>> = {
  dilemma: ['situation', 'onOneHand', 'onOtherHand', 'question'],
  practiceExample: ['context', 'approach', 'outcome', 'lessons'],
};

export function boxOf(node: NodeJSON, context: BuildContext, sources: BoxSources, inner: BlockSources): Box | null {
  const ids = (node.attrs?.itemIds as string[] | undefined) ?? [];
  const items: BoxItem[] = [];
  for (const id of ids) {
    const item = sources.item(id);
    if (item === undefined) {
      problem(context, 'missingItem', id);
      continue;
    }
    if (item.consent !== 'given') {
      if (sources.omitWithoutConsent) continue;
      problem(context, 'withoutConsent', item.title);
    }
    items.push(boxItem(item, context, sources, inner));
  }
  if (items.length === 0) return null;
  const kind = items.every((i) => i.kind === items[0]!.kind) ? items[0]!.kind : 'mixed';
  const own = typeof node.attrs?.title === 'string' && node.attrs.title.trim() !== '' ? node.attrs.title.trim() : null;
  return { type: 'box', kind, title: own ?? (items.length > 1 ? text(context, `export.boxTitle.${kind}`) : null), items };
}

function boxItem(item: MaterialItem, context: BuildContext, sources: BoxSources, inner: BlockSources): BoxItem {
  // A material body may not hold kaders itself: a box inside a box has no meaning in print.
  const noBoxes: BlockSources = { ...inner, box: () => null };
  const parts: BoxPart[] = [];
  const body = blocks(item.body.content, context, noBoxes);
  if (body.length > 0) parts.push({ role: 'body', label: null, blocks: body });
  for (const role of kindParts[item.kind] ?? []) {
    const value = (item as unknown as Record<BoxPartRole, string>)[role].trim();
    if (value === '') continue;
    parts.push({ role, label: text(context, `export.part.${role}` as 'export.part.context'), blocks: blocks(docFromPlainText(value).content, context, noBoxes) });
  }
  return {
    id: item.id,
    kind: item.kind,
    kindLabel: capitalise(label(context.locale, 'materialKind', item.kind)),
    title: item.title,
    parts,
    source: sourceLine(item, context, sources),
    attribution: attribution(item, context),
    audience: item.kind === 'recommendation' ? item.audience : null,
    consent: item.consent,
  };
}

function attribution(item: MaterialItem, context: BuildContext): string {
  if (item.kind === 'quote') return `— ${item.speakerLabel.trim() || label(context.locale, 'role', item.speakerRole)}`;
  if (item.kind === 'recommendation') {
    return text(context, 'export.forAudience', { audience: label(context.locale, 'audience', item.audience) });
  }
  return '';
}

/** "Werkgroep Wonen · keukentafelgesprek, Gorinchem, 12 maart 2025". */
function sourceLine(item: MaterialItem, context: BuildContext, sources: BoxSources): string {
  const { workgroupId, sessionId } = item.provenance;
  const workgroup = workgroupId === null ? undefined : sources.workgroup(workgroupId);
  const session = sessionId === null ? undefined : sources.session(sessionId);
  const parts: string[] = [];
  if (workgroup !== undefined) parts.push(workgroup.name);
  if (session !== undefined) {
    const date = new Date(`${session.date}T12:00:00Z`).toLocaleDateString(context.locale === 'nl' ? 'nl-NL' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    parts.push([label(context.locale, 'sessionKind', session.kind), session.place, date].filter(Boolean).join(', '));
  }
  return parts.join(' · ');
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

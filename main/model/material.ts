/**
 * Material items: what the workgroups produced. Every kind shares provenance,
 * themes, consent and editorial status, and has its own fields.
 */
import { z } from 'zod';
import { Id, Line, PlainText, Timestamp } from './ids.js';
import { RichDoc } from './richtext/doc.js';
import { Audience, Consent, EditorialStatus, Narration, Role } from './vocabulary.js';

/** Where an item came from. */
export const Provenance = z.strictObject({
  workgroupId: Id.nullable(),
  sessionId: Id.nullable(),
  contributorIds: z.array(Id),
});
export type Provenance = z.infer<typeof Provenance>;

/** Whether and how people in the item are made unrecognisable. */
export const Anonymisation = z.strictObject({
  anonymised: z.boolean(),
  note: Line(500),
});
export type Anonymisation = z.infer<typeof Anonymisation>;

const common = {
  id: Id,
  title: Line(200).min(1),
  body: RichDoc,
  provenance: Provenance,
  themes: z.array(Line(80).min(1)).max(30),
  consent: Consent,
  anonymisation: Anonymisation,
  editorialStatus: EditorialStatus,
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

const part = PlainText(20_000);

export const Story = z.strictObject({ ...common, kind: z.literal('story'), narration: Narration });
export const Dilemma = z.strictObject({
  ...common,
  kind: z.literal('dilemma'),
  situation: part,
  onOneHand: part,
  onOtherHand: part,
  question: part,
});
export const PracticeExample = z.strictObject({
  ...common,
  kind: z.literal('practiceExample'),
  context: part,
  approach: part,
  outcome: part,
  lessons: part,
});
export const SolutionDirection = z.strictObject({
  ...common,
  kind: z.literal('solutionDirection'),
  answersDilemmaIds: z.array(Id),
});
export const Quote = z.strictObject({
  ...common,
  kind: z.literal('quote'),
  speakerRole: Role,
  /** Shown instead of a name, e.g. "mantelzorger uit Gorinchem"; empty for the role alone. */
  speakerLabel: Line(200),
});
export const Recommendation = z.strictObject({ ...common, kind: z.literal('recommendation'), audience: Audience });

export const MaterialItem = z.discriminatedUnion('kind', [
  Story,
  Dilemma,
  PracticeExample,
  SolutionDirection,
  Quote,
  Recommendation,
]);
export type MaterialItem = z.infer<typeof MaterialItem>;

/**
 * An item that passed `MaterialItem` in this process (an import's rows, say):
 * the store can write it without checking it a second time. Only parsing with
 * this schema makes one; the brand exists for the type checker alone.
 */
export const CheckedMaterialItem = MaterialItem.brand<'CheckedMaterialItem'>();
export type CheckedMaterialItem = z.infer<typeof CheckedMaterialItem>;
export type MaterialItemOf<K extends MaterialItem['kind']> = Extract<MaterialItem, { kind: K }>;

/** The kind's own fields, empty, for a new item of that kind. */
export function kindDefaults(kind: MaterialItem['kind']): Record<string, unknown> {
  switch (kind) {
    case 'story':
      return { narration: 'firstPerson' };
    case 'dilemma':
      return { situation: '', onOneHand: '', onOtherHand: '', question: '' };
    case 'practiceExample':
      return { context: '', approach: '', outcome: '', lessons: '' };
    case 'solutionDirection':
      return { answersDilemmaIds: [] };
    case 'quote':
      return { speakerRole: 'resident', speakerLabel: '' };
    case 'recommendation':
      return { audience: 'policyMakers' };
  }
}

/** The plain text of an item's own fields, for search. */
export function kindFieldsText(item: MaterialItem): string {
  switch (item.kind) {
    case 'dilemma':
      return [item.situation, item.onOneHand, item.onOtherHand, item.question].join('\n');
    case 'practiceExample':
      return [item.context, item.approach, item.outcome, item.lessons].join('\n');
    case 'quote':
      return item.speakerLabel;
    default:
      return '';
  }
}

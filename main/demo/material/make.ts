/**
 * Shorthand for the fields every material item shares, so the content files
 * read as content: ids get their `con-`/`ses-`/`wg-` prefixes here, bodies
 * are written in the demo markup, and dates become fixed timestamps.
 */
import type { Audience, Consent, EditorialStatus, MaterialItem, MaterialItemOf, Narration, Role } from '../../model/index.js';
import { rich } from '../markup.js';
import type { Theme } from '../themes.js';

interface Common {
  id: string;
  title: string;
  /** Demo markup, see markup.ts. */
  body: string;
  workgroup: 'wijk' | 'mantelzorg' | null;
  /** Two digits: `'03'` is ses-03. */
  session: string | null;
  /** Contributor ids without their `con-` prefix. */
  by: string[];
  themes: Theme[];
  status: EditorialStatus;
  /** Defaults to `given`. */
  consent?: Consent;
  /** When set, the item is anonymised and this says how. */
  anonymised?: string;
  /** `YYYY-MM-DD`; fixed times of day are added. */
  created: string;
  updated: string;
}

type CommonFields = Omit<MaterialItem, 'kind'>;

function common(c: Common): CommonFields {
  return {
    id: c.id,
    title: c.title,
    body: rich(c.body),
    provenance: {
      workgroupId: c.workgroup === null ? null : `wg-${c.workgroup}`,
      sessionId: c.session === null ? null : `ses-${c.session}`,
      contributorIds: c.by.map((id) => `con-${id}`),
    },
    themes: c.themes,
    consent: c.consent ?? 'given',
    anonymisation: { anonymised: c.anonymised !== undefined, note: c.anonymised ?? '' },
    editorialStatus: c.status,
    createdAt: timestamp(c.created, '09:00'),
    updatedAt: timestamp(c.updated, '15:30'),
  };
}

/** A fixed moment on a date, in UTC so no summer-time rule is needed. */
export function timestamp(date: string, time: string): string {
  return `${date}T${time}:00.000Z`;
}

export const story = (c: Common & { narration: Narration }): MaterialItemOf<'story'> => ({
  ...common(c),
  kind: 'story',
  narration: c.narration,
});

export const dilemma = (
  c: Common & { situation: string; onOneHand: string; onOtherHand: string; question: string },
): MaterialItemOf<'dilemma'> => ({
  ...common(c),
  kind: 'dilemma',
  situation: c.situation,
  onOneHand: c.onOneHand,
  onOtherHand: c.onOtherHand,
  question: c.question,
});

export const practice = (
  c: Common & { context: string; approach: string; outcome: string; lessons: string },
): MaterialItemOf<'practiceExample'> => ({
  ...common(c),
  kind: 'practiceExample',
  context: c.context,
  approach: c.approach,
  outcome: c.outcome,
  lessons: c.lessons,
});

/** `answers` are the ids of the dilemmas this direction answers. */
export const direction = (c: Common & { answers: string[] }): MaterialItemOf<'solutionDirection'> => ({
  ...common(c),
  kind: 'solutionDirection',
  answersDilemmaIds: c.answers,
});

export const quote = (c: Common & { speakerRole: Role; speakerLabel: string }): MaterialItemOf<'quote'> => ({
  ...common(c),
  kind: 'quote',
  speakerRole: c.speakerRole,
  speakerLabel: c.speakerLabel,
});

export const recommendation = (c: Common & { audience: Audience }): MaterialItemOf<'recommendation'> => ({
  ...common(c),
  kind: 'recommendation',
  audience: c.audience,
});

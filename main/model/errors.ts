import type { MessageKey } from './i18n/nl.js';

/**
 * Errors a user can act on. Each has a code that the message catalogue turns
 * into a sentence (Dutch in the UI), and an English cause for the log.
 */
export const userErrorCodes = [
  'fileNotFound',
  'notABundel',
  'truncated',
  'corrupt',
  'newerVersion',
  'readOnly',
  'diskFull',
  'locked',
  'fileExists',
  'invalidRecord',
  'notFound',
  'inUse',
  'invalidArguments',
  'unknownTemplate',
  'invalidTemplate',
  'withoutConsent',
  'exportCancelled',
  'importEncrypted',
  'importCorrupt',
  'importTooLarge',
  'importEmpty',
  'importEncoding',
  'importUnsupported',
  'importImage',
  'importLegacyFormat',
  'importMapping',
  'ambiguousContributor',
  'nothingToUndo',
  'reviewerReadOnly',
  'noProfile',
  'notYourComment',
  'emptyPassage',
  'reviewCopyRole',
  'notAReviewCopy',
  'otherProject',
  'reviewImportUnsupported',
  'docxUnreadable',
  'imageUnrecognised',
  'imageNotSvg',
  'imageSvgEmpty',
  'docxNoComments',
  'reviewerNoCopies',
  'cannotOpen',
] as const;
export type UserErrorCode = (typeof userErrorCodes)[number];

export type ErrorParams = Record<string, string | number>;

export class UserError extends Error {
  constructor(
    readonly code: UserErrorCode,
    readonly params: ErrorParams = {},
    /** English, for the log: what exactly went wrong underneath. */
    readonly detail = '',
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** Catalogue keys of the sentences that serve as an error's `{problem}`. */
export type ProblemKey = Extract<MessageKey, `problem.${string}`>;

/**
 * Params whose `{problem}` is the catalogue's sentence for `key`, filled from
 * `params`: kept as a key so that it is said in the reader's language (see
 * `localParams`). A plain `problem` text stays for English technical details.
 */
export function keyedProblem(key: ProblemKey, params: ErrorParams = {}): ErrorParams {
  return { ...params, problemKey: key };
}

type RecordNames<K> = K extends `record.${string}WithId` ? never : K extends `record.${infer N}` ? N : never;
type IdentifiedRecordNames<K> = K extends `record.${infer N}WithId` ? N : never;
/** The kinds of record that errors name: `record.<name>` in the catalogue is the noun ("hoofdstuk"). */
export type RecordName = RecordNames<MessageKey>;
/** The kinds that are also named with their id: `record.<name>WithId` ("hoofdstuk {id}"). */
export type IdentifiedRecordName = IdentifiedRecordNames<MessageKey>;

/** Params naming a record as `{what}`, said in the reader's language; for `notFound`, whose sentence shows `{id}` itself. */
export function namedRecord(name: RecordName): ErrorParams {
  const key: MessageKey = `record.${name}`;
  return { whatKey: key };
}

/** Params naming one record with its id as `{what}` ("hoofdstuk ch-1"), for sentences such as `invalidRecord`'s that have no `{id}`. */
export function namedRecordWithId(name: IdentifiedRecordName, id: string): ErrorParams {
  if (id === '') return namedRecord(name);
  const key: MessageKey = `record.${name}WithId`;
  return { whatKey: key, id };
}

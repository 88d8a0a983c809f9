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

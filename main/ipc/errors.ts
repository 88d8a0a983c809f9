/**
 * Turning whatever went wrong into the contract's error: a code, its
 * parameters and the catalogue's sentence. Exception texts never cross the
 * boundary; they go to the log, in English, for whoever investigates.
 */
import type { z } from 'zod';
import { errorMessage, isMessageKey, isUserError, localParams, message, type ErrorParams, type Locale, type MessageKey } from '../model/index.js';
import type { IpcError } from './contract.js';

export interface Logger {
  warn(text: string): void;
  error(text: string, cause?: unknown): void;
}

export const consoleLogger: Logger = {
  warn: (text) => console.warn(text),
  error: (text, cause) => console.error(text, cause ?? ''),
};

export function unknownChannelError(channel: unknown, locale: Locale): IpcError {
  // The name may be anything a compromised renderer sends: shorten it before echoing it.
  const shown = typeof channel === 'string' ? channel.slice(0, 80) : typeof channel;
  return { code: 'unknownChannel', params: { channel: shown }, message: message(locale, 'error.unknownChannel', { channel: shown }) };
}

/** Where in the payload the first problem is, as a JSON pointer ("/comments/0/text"). */
export function issueLocation(issue: z.core.$ZodIssue): string {
  const keys = issue.code === 'unrecognized_keys' ? [issue.keys.join(',')] : [];
  return `/${[...issue.path.map(String), ...keys].join('/')}`;
}

/**
 * What the payload's first problem is. A field the forms show (its last key
 * has a `ui.field.*` label) is named by its label, so the editor reads "Titel
 * mag niet leeg zijn"; an element of a list the form shows (a path ending in
 * an index: /editors/0, /hyphenation/3) by its list's label; anything else,
 * which a form does not let happen, says where in the data it is.
 */
export function invalidPayloadError(channel: string, issues: z.core.$ZodIssue[], locale: Locale): IpcError {
  const issue = issues[0];
  const field = issue === undefined ? '/' : issueLocation(issue);
  const params: ErrorParams = { channel, field, ...(issue === undefined ? { problemKey: 'problem.payloadAt' } : fieldProblem(issue)) };
  return { code: 'invalidPayload', params, message: message(locale, 'error.invalidPayload', localParams(params, (key, p) => message(locale, key, p))) };
}

function fieldProblem(issue: z.core.$ZodIssue): ErrorParams {
  const name = issue.path.findLast((key) => typeof key === 'string');
  const labelKey = `ui.field.${String(name)}`;
  if (typeof name !== 'string' || !isMessageKey(labelKey)) return { problemKey: 'problem.payloadAt' };
  const problem = (problemKey: MessageKey, more: ErrorParams = {}): ErrorParams => ({ labelKey, ...more, problemKey });
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) <= 1 ? problem('problem.fieldEmpty') : problem('problem.fieldTooSmall', { minimum: Number(issue.minimum) });
    case 'too_big':
      return problem('problem.fieldTooLong', { maximum: Number(issue.maximum) });
    case 'custom': {
      // A rule of the model's own (an ISBN's check digit) says which sentence explains it.
      const key: unknown = issue.params?.problemKey;
      return problem(typeof key === 'string' && isMessageKey(key) ? key : 'problem.fieldInvalid');
    }
    default:
      return problem('problem.fieldInvalid');
  }
}

export function forbiddenError(locale: Locale): IpcError {
  return { code: 'forbidden', params: {}, message: message(locale, 'error.forbidden') };
}

export function unexpectedError(channel: string, locale: Locale): IpcError {
  return { code: 'unexpected', params: { channel }, message: message(locale, 'error.unexpected', { channel }) };
}

/** A user error keeps its code and parameters; anything else is logged and becomes "unexpected". */
export function toIpcError(error: unknown, channel: string, locale: Locale, log: Logger): IpcError {
  if (isUserError(error)) {
    if (error.detail) log.warn(`${channel}: ${error.code}: ${error.detail}`);
    return { code: error.code, params: { ...error.params }, message: errorMessage(locale, error) };
  }
  log.error(`${channel} failed`, error);
  return unexpectedError(channel, locale);
}

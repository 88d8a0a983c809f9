/**
 * The sentence for a failed call, in the UI's language: the catalogue's
 * sentence for the error code when there is one (so switching to English also
 * switches errors), else the sentence main sent with the error.
 */
import type { MessageKey } from '../../main/model/index.js';
import { nl } from '../../main/model/i18n/nl.js';
import { ApiError } from '../api/client.js';

export function errorText(error: unknown, t: (key: MessageKey, params?: Record<string, string | number>) => string): string {
  if (error instanceof ApiError) {
    const key = `error.${error.code}`;
    return key in nl ? t(key as MessageKey, error.params) : error.message;
  }
  return t('error.unexpected', { channel: '' });
}

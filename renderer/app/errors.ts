/**
 * The sentence for a failed call, in the UI's language: the catalogue's
 * sentence for the error code when there is one (so switching to English also
 * switches errors, keyed details such as `problemKey` included), else the
 * sentence main sent with the error.
 */
import { isMessageKey, localParams, type MessageKey } from '../../main/model/index.js';
import { ApiError } from '../api/client.js';

export function errorText(error: unknown, t: (key: MessageKey, params?: Record<string, string | number>) => string): string {
  if (error instanceof ApiError) {
    const key = `error.${error.code}`;
    return isMessageKey(key) ? t(key, localParams(error.params, t)) : error.message;
  }
  return t('error.unexpected', { channel: '' });
}

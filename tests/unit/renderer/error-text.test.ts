import { describe, expect, it, vi } from 'vitest';
import { IpcError } from '../../../main/ipc/contract.js';
import { toIpcError } from '../../../main/ipc/errors.js';
import { keyedProblem, message, UserError, type Locale, type MessageKey } from '../../../main/model/index.js';
import { ApiError } from '../../../renderer/api/client.js';
import { errorText } from '../../../renderer/app/errors.js';

const t = (locale: Locale) => (key: MessageKey, params?: Record<string, string | number>) => message(locale, key, params);

/** The error as the renderer gets it: made in main (in Dutch), checked against the contract, thrown by the client. */
function overIpc(error: UserError): ApiError {
  const wire = IpcError.parse(toIpcError(error, 'import.preview', 'nl', { warn: vi.fn(), error: vi.fn() }));
  return new ApiError(wire.code, wire.params, wire.message);
}

describe("the renderer's errorText", () => {
  const missing = new UserError('importMapping', keyedProblem('problem.columnMissing', { header: 'Titel', headers: 'Kop, Tekst' }));

  it('carries a keyed problem across IPC unchanged', () => {
    expect(overIpc(missing).params).toEqual({ problemKey: 'problem.columnMissing', header: 'Titel', headers: 'Kop, Tekst' });
  });

  it('says a keyed problem wholly in English when the UI is English, though main spoke Dutch', () => {
    expect(errorText(overIpc(missing), t('en'))).toBe(
      'The column mapping is not right: column “Titel” is not in the file (it has: Kop, Tekst). Nothing was imported.',
    );
  });

  it('and wholly in Dutch when the UI is Dutch', () => {
    expect(errorText(overIpc(missing), t('nl'))).toBe(
      'De kolomindeling klopt niet: kolom „Titel” staat niet in het bestand (wel: Kop, Tekst). Er is niets geïmporteerd.',
    );
  });

  it('names a record in the UI language', () => {
    const error = overIpc(new UserError('notFound', { whatKey: 'record.comment', id: 'c-1' }));
    expect(errorText(error, t('en'))).toBe('comment c-1 does not exist (any more) in this project.');
  });
});

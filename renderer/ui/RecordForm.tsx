/**
 * The frame of a simple record's form (workgroup, session, contributor,
 * visual): local edits, "Opslaan" (Ctrl+S), delete with undo, and the
 * contract's sentence when it refuses, with the offending field marked. For
 * a reviewer the record is shown locked, without save or delete.
 */
import { useState, type ReactNode } from 'react';
import { ApiError } from '../api/client.js';
import { errorText } from '../app/errors.js';
import { useToast } from '../app/toasts.js';
import { useLeaveGuard } from '../app/useLeaveGuard.js';
import { useI18n } from '../i18n/I18n.js';
import { useReviewerLock } from '../review/profile.js';
import { FormError } from './FormError.js';
import { SaveForm } from './SaveForm.js';

export interface RecordFormApi<T> {
  record: T;
  set(patch: Partial<T>): void;
  /** True when the last refusal was about this field (a top-level property name). */
  invalid(field: string): boolean;
}

export function RecordForm<T extends { id: string }>({
  initial,
  isNew,
  title,
  put,
  remove,
  onSaved,
  onDeleted,
  children,
}: {
  initial: T;
  isNew: boolean;
  title: string;
  put(record: T): Promise<T>;
  remove(id: string): Promise<unknown>;
  onSaved(record: T): void;
  onDeleted(): void;
  children(api: RecordFormApi<T>): ReactNode;
}) {
  const { t } = useI18n();
  const toast = useToast();
  const locked = useReviewerLock();
  const [record, setRecord] = useState(initial);
  // `save` is declared below and changes with every edit: the guard calls the latest.
  const [dirty, setDirty] = useLeaveGuard({ initially: isNew, locked, save: () => save() });
  const [error, setError] = useState<{ text: string; field: string } | null>(null);
  const fail = (failure: unknown) =>
    setError({ text: errorText(failure, t), field: failure instanceof ApiError ? String(failure.params.field ?? '') : '' });

  const save = async (): Promise<boolean> => {
    try {
      const saved = await put(record);
      setRecord(saved);
      setDirty(false);
      setError(null);
      onSaved(saved);
      return true;
    } catch (failure) {
      fail(failure);
      return false;
    }
  };

  const del = async () => {
    try {
      await remove(record.id);
      // Gone, edits and all: what follows (a visual's route cleared) is no leaving to ask about.
      setDirty(false);
      onDeleted();
      toast({ text: t('ui.deleted', { title }), action: { label: t('ui.undo'), run: () => void put(record).catch(() => undefined) } });
    } catch (failure) {
      fail(failure);
    }
  };

  const api: RecordFormApi<T> = {
    record,
    set: (patch) => {
      setRecord((r) => ({ ...r, ...patch }));
      setDirty(true);
    },
    invalid: (field) => error !== null && (error.field === `/${field}` || error.field.startsWith(`/${field}/`)),
  };

  return (
    <SaveForm label={title} onSave={save} locked={locked}>
      {error && <FormError text={error.text} />}
      {children(api)}
      {!locked && (
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('ui.save')}
          </button>
          {dirty && <span className="muted">{t('ui.unsaved')}</span>}
          <span className="spacer" />
          {!isNew && (
            <button type="button" className="danger" onClick={() => void del()}>
              {t('ui.delete')}
            </button>
          )}
        </div>
      )}
    </SaveForm>
  );
}

/**
 * One material item: its text, its kind's fields, provenance, themes, consent
 * and status. Saved with "Opslaan" (Ctrl+S); the contract validates it, and a
 * refusal shows the contract's own sentence with the offending field marked.
 * Leaving it with unsaved changes asks first (useLeaveGuard). A reviewer sees
 * the item locked, without save or delete.
 */
import type { Node } from 'prosemirror-model';
import { useRef, useState } from 'react';
import type { MaterialSummary } from '../../main/ipc/contract.js';
import { consentStates, editorialStatuses, now, type Contributor, type MaterialItem, type Session, type Workgroup } from '../../main/model/index.js';
import { ApiError } from '../api/client.js';
import { useData } from '../app/data.js';
import { errorText } from '../app/errors.js';
import { useToast } from '../app/toasts.js';
import { useLeaveGuard } from '../app/useLeaveGuard.js';
import { RichTextEditor } from '../editor/RichTextEditor.js';
import { useI18n } from '../i18n/I18n.js';
import { useReviewerLock } from '../review/profile.js';
import { ChipsInput } from '../ui/ChipsInput.js';
import { Field } from '../ui/Field.js';
import { FormError } from '../ui/FormError.js';
import { VocabSelect } from '../ui/VocabSelect.js';
import { KindFields } from './KindFields.js';
import { ProvenanceFields } from './ProvenanceFields.js';
import { WhereUsed } from './WhereUsed.js';
import { SaveForm } from '../ui/SaveForm.js';

export interface Related {
  workgroups: Workgroup[];
  sessions: Session[];
  contributors: Contributor[];
  summaries: MaterialSummary[];
  themes: string[];
}

export function MaterialForm({
  initial,
  isNew,
  related,
  onSaved,
  onDeleted,
}: {
  initial: MaterialItem;
  isNew: boolean;
  related: Related;
  onSaved(item: MaterialItem): void;
  onDeleted(): void;
}) {
  const { t, lbl } = useI18n();
  const { write } = useData();
  const toast = useToast();
  const locked = useReviewerLock();
  const [item, setItem] = useState(initial);
  // `save` is declared below and changes with every edit: the guard calls the latest.
  const [dirty, setDirty] = useLeaveGuard({ initially: isNew, locked, save: () => save() });
  const [error, setError] = useState<{ text: string; field: string } | null>(null);
  const body = useRef<Node | null>(null);

  const set = (patch: Record<string, unknown>) => {
    setItem((current) => ({ ...current, ...patch }) as MaterialItem);
    setDirty(true);
  };

  const save = async (): Promise<boolean> => {
    const record = { ...item, body: body.current ? (body.current.toJSON() as MaterialItem['body']) : item.body, updatedAt: now() };
    try {
      const saved = await write('material.put', record);
      setItem(saved);
      setDirty(false);
      setError(null);
      onSaved(saved);
      return true;
    } catch (failure) {
      const field = failure instanceof ApiError ? String(failure.params.field ?? '') : '';
      setError({ text: errorText(failure, t), field });
      return false;
    }
  };

  const remove = async () => {
    try {
      await write('material.delete', { id: item.id });
      // Gone, edits and all: the library's route cleared after it is no leaving to ask about.
      setDirty(false);
      onDeleted();
      toast({
        text: t('ui.deleted', { title: item.title }),
        action: { label: t('ui.undo'), run: () => void write('material.put', item).catch(() => undefined) },
      });
    } catch (failure) {
      setError({ text: errorText(failure, t), field: '' });
    }
  };

  const invalid = (name: string) => error !== null && error.field.startsWith(`/${name}`);
  const dilemmas = related.summaries.filter((s) => s.kind === 'dilemma' && s.id !== item.id);

  return (
    <SaveForm label={item.title || t('ui.library.untitled')} onSave={save} locked={locked}>
      <div className="form-head wide-row">
        <span className="badge accent">{lbl('materialKind', item.kind)}</span>
        {item.consent !== 'given' && <span className="badge warn">{t('ui.consent.warning', { consent: lbl('consent', item.consent) })}</span>}
        {dirty && <span className="muted">{t('ui.unsaved')}</span>}
      </div>
      {error && <FormError text={error.text} />}
      <Field label={t('ui.field.title')} wide invalid={invalid('title')}>
        <input type="text" className="title-input" value={item.title} autoFocus={isNew} onChange={(event) => set({ title: event.target.value })} />
      </Field>
      <div className="field wide">
        <span className="field-label">{t('ui.field.body')}</span>
        <RichTextEditor
          initial={initial.body}
          mode="material"
          label={t('ui.field.body')}
          readOnly={locked}
          onChange={(doc) => {
            body.current = doc;
            setDirty(true);
          }}
        />
      </div>
      <KindFields item={item} set={set} dilemmas={dilemmas} />

      <h3 className="form-section">{t('ui.section.provenance')}</h3>
      <ProvenanceFields
        value={item.provenance}
        onChange={(provenance) => set({ provenance })}
        workgroups={related.workgroups}
        sessions={related.sessions}
        contributors={related.contributors}
      />
      <Field label={t('ui.field.themes')} wide invalid={invalid('themes')}>
        <ChipsInput values={item.themes} onChange={(themes) => set({ themes })} suggestions={related.themes} />
      </Field>

      <h3 className="form-section">{t('ui.section.publication')}</h3>
      <Field label={t('ui.field.consent')}>
        <VocabSelect vocabulary="consent" codes={consentStates} value={item.consent} onChange={(consent) => set({ consent })} />
      </Field>
      <Field label={t('ui.field.editorialStatus')}>
        <VocabSelect vocabulary="editorialStatus" codes={editorialStatuses} value={item.editorialStatus} onChange={(editorialStatus) => set({ editorialStatus })} />
      </Field>
      <label className="check wide-row">
        <input
          type="checkbox"
          checked={item.anonymisation.anonymised}
          onChange={(event) => set({ anonymisation: { ...item.anonymisation, anonymised: event.target.checked } })}
        />
        {t('ui.field.anonymised')}
      </label>
      {item.anonymisation.anonymised && (
        <Field label={t('ui.field.anonymisationNote')} wide invalid={invalid('anonymisation')}>
          <input type="text" value={item.anonymisation.note} onChange={(event) => set({ anonymisation: { ...item.anonymisation, note: event.target.value } })} />
        </Field>
      )}
      {!isNew && <WhereUsed id={item.id} />}

      {!locked && (
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('ui.save')}
          </button>
          <span className="spacer" />
          {!isNew && (
            <button type="button" className="danger" onClick={() => void remove()}>
              {t('ui.delete')}
            </button>
          )}
        </div>
      )}
    </SaveForm>
  );
}

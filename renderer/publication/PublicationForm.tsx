/**
 * The publication's details — what goes on the title page, into the colophon
 * and the files' properties — and its own word divisions, saved together with
 * "Opslaan" (Ctrl+S). A refusal shows the contract's sentence with the field
 * marked; leaving with unsaved changes asks first (useLeaveGuard); a reviewer
 * sees everything locked.
 */
import { useState } from 'react';
import type { ExportOptions } from '../../main/ipc/contract.js';
import type { Publication } from '../../main/model/index.js';
import { ApiError } from '../api/client.js';
import { useData } from '../app/data.js';
import { errorText } from '../app/errors.js';
import { useLeaveGuard } from '../app/useLeaveGuard.js';
import { useI18n } from '../i18n/I18n.js';
import { useReviewerLock } from '../review/profile.js';
import { ChipsInput } from '../ui/ChipsInput.js';
import { Field } from '../ui/Field.js';
import { FormError } from '../ui/FormError.js';
import { SaveForm } from '../ui/SaveForm.js';
import { HyphenationFields } from './HyphenationFields.js';
import { TemplateSelect } from './TemplateSelect.js';

export function PublicationForm({ initial, templates }: { initial: Publication; templates: ExportOptions['templates'] | null }) {
  const { t } = useI18n();
  const { write } = useData();
  const locked = useReviewerLock();
  const [record, setRecord] = useState(initial);
  // `save` is declared below and changes with every edit: the guard calls the latest.
  const [dirty, setDirty] = useLeaveGuard({ locked, save: () => save() });
  const [error, setError] = useState<{ text: string; field: string } | null>(null);

  const set = (patch: Partial<Publication>) => {
    setRecord((current) => ({ ...current, ...patch }));
    setDirty(true);
  };
  const invalid = (name: keyof Publication) => error !== null && (error.field === `/${name}` || error.field.startsWith(`/${name}/`));

  const save = async (): Promise<boolean> => {
    try {
      const saved = await write('publication.put', record);
      setRecord(saved);
      setDirty(false);
      setError(null);
      return true;
    } catch (failure) {
      setError({ text: errorText(failure, t), field: failure instanceof ApiError ? String(failure.params.field ?? '') : '' });
      return false;
    }
  };

  return (
    <SaveForm label={t('ui.publication.form')} onSave={save} locked={locked}>
      <div className="wide-row form-intro">
        <h2 className="form-title">{t('ui.publication.details')}</h2>
        <p className="field-hint">{t('ui.publication.detailsHint')}</p>
      </div>
      {error && <FormError text={error.text} />}
      <Field label={t('ui.field.title')} wide invalid={invalid('title')}>
        <input type="text" className="title-input" value={record.title} onChange={(e) => set({ title: e.target.value })} />
      </Field>
      <Field label={t('ui.field.subtitle')} wide invalid={invalid('subtitle')}>
        <input type="text" value={record.subtitle} onChange={(e) => set({ subtitle: e.target.value })} />
      </Field>
      <Field label={t('ui.field.editors')} wide invalid={invalid('editors')}>
        <ChipsInput values={record.editors} onChange={(editors) => set({ editors })} suggestions={[]} />
      </Field>
      <Field label={t('ui.field.organisation')} invalid={invalid('organisation')}>
        <input type="text" value={record.organisation} onChange={(e) => set({ organisation: e.target.value })} />
      </Field>
      <Field label={t('ui.field.year')} invalid={invalid('year')}>
        <input
          type="number"
          inputMode="numeric"
          min={1900}
          max={2200}
          value={record.year ?? ''}
          onChange={(e) => set({ year: e.target.value === '' ? null : Number(e.target.value) })}
        />
      </Field>
      <Field label={t('ui.field.isbn')} hint={t('ui.field.isbnHint')} invalid={invalid('isbn')}>
        <input type="text" spellCheck={false} value={record.isbn ?? ''} onChange={(e) => set({ isbn: e.target.value.trim() === '' ? null : e.target.value })} />
      </Field>
      <Field label={t('ui.field.licence')} hint={t('ui.field.licenceHint')} invalid={invalid('licence')}>
        <input type="text" value={record.licence} onChange={(e) => set({ licence: e.target.value })} />
      </Field>
      <Field label={t('ui.field.description')} wide invalid={invalid('description')}>
        <textarea rows={5} value={record.description} onChange={(e) => set({ description: e.target.value })} />
      </Field>
      <Field label={t('ui.field.keywords')} wide invalid={invalid('keywords')}>
        <ChipsInput values={record.keywords} onChange={(keywords) => set({ keywords })} suggestions={[]} />
      </Field>
      <Field label={t('ui.field.templateId')} hint={t('ui.field.templateIdHint')} invalid={invalid('templateId')}>
        <TemplateSelect value={record.templateId} templates={templates} onChange={(templateId) => set({ templateId })} />
      </Field>
      <Field label={t('ui.field.language')} hint={t('ui.field.languageHint')}>
        <input type="text" readOnly className="read-only" value={t('ui.language.nl')} />
      </Field>

      <HyphenationFields entries={record.hyphenation} locked={locked} invalid={invalid('hyphenation')} onChange={(hyphenation) => set({ hyphenation })} />

      {!locked && (
        <div className="form-actions sticky-actions">
          <button type="submit" className="primary">
            {t('ui.save')}
          </button>
          {dirty && <span className="muted">{t('ui.unsaved')}</span>}
        </div>
      )}
    </SaveForm>
  );
}

/**
 * Importeren: choose a Word document or a list, see what it would add (with
 * the batch's kind, workgroup and session, a list's column mapping, warnings
 * and near-duplicates unticked), then add the ticked items in one step. A
 * refused file shows the importers' sentence and adds nothing.
 */
import { useEffect, useState } from 'react';
import type { ImportFile, ImportOptions } from '../../main/ipc/contract.js';
import { useData } from '../app/data.js';
import { errorText } from '../app/errors.js';
import { useToast } from '../app/toasts.js';
import { useI18n } from '../i18n/I18n.js';
import { Dialog } from '../ui/Dialog.js';
import { Field } from '../ui/Field.js';
import { FilePicker } from '../ui/FilePicker.js';
import { FormError } from '../ui/FormError.js';
import { BatchFields } from './BatchFields.js';
import { acceptedFiles, FileTooLarge, readChosenFile, tooLargeText } from './chosenFile.js';
import { MappingFields } from './MappingFields.js';
import { PreviewItems } from './PreviewItems.js';
import { usePreview } from './usePreview.js';
import { warningText } from './wording.js';

const startOptions: ImportOptions = { kind: 'story', splitHeadings: false, workgroup: null, session: null, mapping: null };

export function ImportDialog({ onClose, onImported }: { onClose(): void; onImported(ids: string[]): void }) {
  const { t } = useI18n();
  const { write } = useData();
  const toast = useToast();
  const [file, setFile] = useState<ImportFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [options, setOptions] = useState(startOptions);
  const { preview, error, loading } = usePreview(file, options);
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);

  // Every preview starts with its near-duplicates unticked.
  useEffect(() => setSkipped(new Set(preview?.items.filter((i) => i.duplicate).map((i) => i.id))), [preview]);

  const choose = async (chosen: File) => {
    setFileError(null);
    setFailure(null);
    setFile(null);
    setOptions(startOptions);
    try {
      setFile(await readChosenFile(chosen));
    } catch (problem) {
      setFileError(problem instanceof FileTooLarge ? tooLargeText(chosen, t) : errorText(problem, t));
    }
  };

  const update = (patch: Partial<ImportOptions>) => setOptions((o) => ({ ...o, ...patch }));
  const chosen = preview ? preview.items.filter((i) => !skipped.has(i.id)).length : 0;

  const start = async () => {
    if (!preview) return;
    setImporting(true);
    setFailure(null);
    try {
      const outcome = await write('import.apply', { planId: preview.planId, skip: [...skipped] });
      toast({ text: t('ui.import.done', { count: outcome.imported.length }) });
      onImported(outcome.imported.map((i) => i.id));
    } catch (problem) {
      setFailure(errorText(problem, t));
      setImporting(false);
    }
  };

  const shownError = fileError ?? error ?? failure;
  return (
    <Dialog
      title={t('ui.import.title')}
      wide
      onClose={onClose}
      footer={
        <>
          {preview && <span className="muted import-chosen">{t('ui.import.chosen', { chosen, count: preview.items.length })}</span>}
          <button type="button" onClick={onClose}>
            {t('ui.cancel')}
          </button>
          <button type="button" className="primary" disabled={!preview || loading || importing || chosen === 0} onClick={() => void start()}>
            {t('ui.import.start')}
          </button>
        </>
      }
    >
      <form className="import-form" onSubmit={(event) => event.preventDefault()} aria-busy={loading || importing}>
        <Field label={t('ui.import.file')} hint={t('ui.import.fileHint')}>
          <FilePicker accept={acceptedFiles} onChoose={(file) => void choose(file)} />
        </Field>
        {loading && !preview && <p className="muted">{t('ui.import.reading')}</p>}
        {shownError && <FormError text={shownError} />}
        {file && (preview || loading) && !error && (
          <BatchFields options={options} onChange={update} word={preview?.format === 'docx'} />
        )}
        {preview?.sheet && <MappingFields sheet={preview.sheet} onChange={(mapping) => update({ mapping })} />}
        {preview && preview.warnings.length > 0 && (
          <div className="import-warnings" role="note">
            <strong>{t('ui.import.warnings')}</strong>
            <ul>
              {preview.warnings.map((w, i) => (
                <li key={i}>{warningText(w, t)}</li>
              ))}
            </ul>
          </div>
        )}
        {preview && preview.images > 0 && <p className="muted">{t('ui.import.images', { count: preview.images })}</p>}
        {preview && (
          <PreviewItems
            items={preview.items}
            skipped={skipped}
            onToggle={(id, include) =>
              setSkipped((s) => {
                const next = new Set(s);
                if (include) next.delete(id);
                else next.add(id);
                return next;
              })
            }
          />
        )}
      </form>
    </Dialog>
  );
}

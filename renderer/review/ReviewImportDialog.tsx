/**
 * Opmerkingen importeren: a reviewer copy (.bundel) or a returned Word file
 * (.docx) is chosen (in the app the system's open dialog, in a browser the
 * file chooser), its bytes go to main, which merges it; the dialog then shows
 * what came in, what was there already and what could not be placed.
 */
import { useState } from 'react';
import type { ReviewImportReport } from '../../main/ipc/contract.js';
import { useData } from '../app/data.js';
import { errorText } from '../app/errors.js';
import { useI18n } from '../i18n/I18n.js';
import { FileTooLarge, readChosenFile, tooLargeText } from '../import/chosenFile.js';
import { Dialog } from '../ui/Dialog.js';
import { Field } from '../ui/Field.js';
import { FilePicker } from '../ui/FilePicker.js';
import { FormError } from '../ui/FormError.js';
import { ImportReportView } from './ImportReportView.js';

interface Done {
  name: string;
  report: ReviewImportReport;
}

export function ReviewImportDialog({ onClose, onImported }: { onClose(): void; onImported(): void }) {
  const { t } = useI18n();
  const { write } = useData();
  const [reading, setReading] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);

  const choose = async (chosen: File) => {
    setError(null);
    setDone(null);
    setReading(chosen.name);
    try {
      const report = await write('review.import', { file: await readChosenFile(chosen) });
      setDone({ name: chosen.name, report });
      onImported();
    } catch (problem) {
      setError(problem instanceof FileTooLarge ? tooLargeText(chosen, t) : errorText(problem, t));
    } finally {
      setReading(null);
    }
  };

  return (
    <Dialog
      title={t('ui.reviewRound.import.title')}
      wide
      onClose={onClose}
      footer={
        <button type="button" className={done ? 'primary' : undefined} onClick={onClose}>
          {t(done ? 'ui.close' : 'ui.cancel')}
        </button>
      }
    >
      <form className="review-round-form" onSubmit={(event) => event.preventDefault()} aria-busy={reading !== null}>
        <Field label={t('ui.reviewRound.import.file')} hint={t('ui.reviewRound.import.fileHint')}>
          {/* The same file chosen again is imported again (and shows that it adds nothing). */}
          <FilePicker accept=".bundel,.docx" disabled={reading !== null} onChoose={(file) => void choose(file)} />
        </Field>
        {reading && <p className="muted">{t('ui.reviewRound.import.reading', { name: reading })}</p>}
        {error && <FormError text={error} />}
      </form>
      {done && <ImportReportView name={done.name} report={done.report} onOpen={onClose} />}
    </Dialog>
  );
}

/** The running export's progress bar, and what came of it. */
import type { ExportStatus } from '../../main/ipc/contract.js';
import { useI18n } from '../i18n/I18n.js';

/**
 * `visuals`: the export counts visuals, not chapters, and wrote a folder.
 * `onShow`: where the host can, open what was written or show it in its folder.
 */
export function ExportProgress({ status, visuals, onShow }: { status: ExportStatus | null; visuals: boolean; onShow?: (how: 'open' | 'folder') => void }) {
  const { t } = useI18n();
  if (status === null || status.state === 'running') {
    const done = status?.done ?? 0;
    const total = status?.total ?? 1;
    return (
      <div className="export-progress">
        <progress max={total} value={done} aria-label={t('ui.export.progress')} />
        <span role="status">{t(visuals ? 'ui.export.running.visuals' : 'ui.export.running', { done, total })}</span>
      </div>
    );
  }
  if (status.state === 'cancelled') return <p role="status">{t('error.exportCancelled')}</p>;
  if (status.state === 'failed') {
    return (
      <p className="form-error" role="alert">
        {status.message}
      </p>
    );
  }
  return (
    <div className="export-done" role="status">
      <p>{t('ui.export.done', { path: status.path })}</p>
      {onShow && (
        <div className="export-show">
          <button type="button" onClick={() => onShow('open')}>
            {t(visuals ? 'ui.export.openFolder' : 'ui.export.open')}
          </button>
          {!visuals && (
            <button type="button" onClick={() => onShow('folder')}>
              {t('ui.export.showInFolder')}
            </button>
          )}
        </div>
      )}
      {status.notes.length > 0 && (
        <details>
          <summary>{t('ui.export.notes', { count: status.notes.length })}</summary>
          <ul>
            {status.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

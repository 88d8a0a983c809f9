/**
 * Exporteren: format, template, edition, comments and — when the publication
 * shows material without consent — an explicit choice about it; for the
 * visuals (a poster and an image per visual, into a folder) the poster size.
 * The export runs in main off the UI thread; the dialog polls its progress,
 * can cancel, and says where the files went. While the editor looks the
 * settings over (and picks a file), main sets their export ahead, so that
 * exporting with them is quick.
 */
import { useEffect, useState } from 'react';
import type { ExportSettings, ExportStatus } from '../../main/ipc/contract.js';
import { useData, useQuery } from '../app/data.js';
import { errorText } from '../app/errors.js';
import { useI18n } from '../i18n/I18n.js';
import { Dialog } from '../ui/Dialog.js';
import { Field } from '../ui/Field.js';
import { FormError } from '../ui/FormError.js';
import { ConsentChoice } from './ConsentChoice.js';
import { ExportProgress } from './ExportProgress.js';

const POLL_MS = 150;
/** Settings clicked through quickly are set ahead once, as they end up. */
const PREPARE_AFTER_MS = 300;

export function ExportDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  const { client } = useData();
  const options = useQuery('export.options', {});
  const [settings, setSettings] = useState<ExportSettings | null>(null);
  const [job, setJob] = useState<string | null>(null);
  const [status, setStatus] = useState<ExportStatus | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (options.data && settings === null) {
      setSettings({
        format: 'pdf',
        size: 'a3',
        template: options.data.defaultTemplate,
        edition: 'screen',
        comments: true,
        withoutConsent: options.data.withoutConsent.length > 0 ? 'omit' : 'refuse',
      });
    }
  }, [options.data, settings]);

  useEffect(() => {
    if (settings === null || job !== null) return;
    // Setting ahead is a favour: if main cannot, the export runs when asked, as ever.
    const timer = window.setTimeout(() => void client.export.prepare(settings).catch(() => undefined), PREPARE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [client, settings, job]);

  // Leaving the dialog, exported or not: nothing more is wanted of what was set ahead.
  useEffect(() => () => void client.export.prepare(null).catch(() => undefined), [client]);

  useEffect(() => {
    if (job === null) return;
    let stopped = false;
    const poll = async (): Promise<void> => {
      try {
        const next = await client.export.status({ jobId: job });
        if (stopped) return;
        setStatus(next);
        if (next.state === 'running') window.setTimeout(() => void poll(), POLL_MS);
      } catch (error) {
        if (!stopped) setFailure(errorText(error, t));
      }
    };
    void poll();
    return () => {
      stopped = true;
    };
  }, [client, job, t]);

  const running = status?.state === 'running' || (job !== null && status === null);
  const start = async (): Promise<void> => {
    if (settings === null) return;
    setFailure(null);
    setStatus(null);
    try {
      const started = await client.export.start(settings);
      if (started !== null) setJob(started.jobId);
    } catch (error) {
      setFailure(errorText(error, t));
    }
  };
  const cancel = async (): Promise<void> => {
    if (job !== null && running) await client.export.cancel({ jobId: job });
  };
  const show = async (how: 'open' | 'folder'): Promise<void> => {
    if (job === null) return;
    setFailure(null);
    try {
      await client.export.show({ jobId: job, how });
    } catch (error) {
      setFailure(errorText(error, t));
    }
  };
  const update = (patch: Partial<ExportSettings>): void => setSettings((s) => (s === null ? s : { ...s, ...patch }));

  return (
    <Dialog
      title={t('ui.export.title')}
      onClose={() => void cancel().then(onClose)}
      footer={
        running ? (
          <button type="button" onClick={() => void cancel()}>
            {t('ui.export.cancel')}
          </button>
        ) : (
          <>
            <button type="button" onClick={onClose}>
              {t('ui.close')}
            </button>
            <button type="button" className="primary" disabled={settings === null} onClick={() => void start()}>
              {t('ui.export.start')}
            </button>
          </>
        )
      }
    >
      {settings !== null && options.data && (
        <form className="export-form" onSubmit={(event) => event.preventDefault()}>
          <fieldset disabled={running}>
            <Field label={t('ui.export.format')}>
              <select value={settings.format} onChange={(e) => update({ format: e.target.value as ExportSettings['format'] })}>
                <option value="pdf">{t('ui.export.format.pdf')}</option>
                <option value="docx">{t('ui.export.format.docx')}</option>
                <option value="visuals">{t('ui.export.format.visuals')}</option>
              </select>
            </Field>
            <Field label={t('ui.export.template')}>
              <select value={settings.template} onChange={(e) => update({ template: e.target.value })}>
                {options.data.templates.map((template) => (
                  <option key={template.id} value={template.id} title={template.description}>
                    {template.name}
                  </option>
                ))}
              </select>
            </Field>
            {settings.format === 'visuals' && (
              <Field label={t('ui.export.size')}>
                <select value={settings.size} onChange={(e) => update({ size: e.target.value as ExportSettings['size'] })}>
                  <option value="a3">{t('ui.export.size.a3')}</option>
                  <option value="a4">{t('ui.export.size.a4')}</option>
                </select>
              </Field>
            )}
            {settings.format !== 'docx' ? (
              <Field label={t('ui.export.edition')} hint={t(settings.format === 'pdf' ? 'ui.export.edition.tagged' : 'ui.export.edition.taggedVisuals')}>
                <select value={settings.edition} onChange={(e) => update({ edition: e.target.value as ExportSettings['edition'] })}>
                  <option value="screen">{t('ui.export.edition.screen')}</option>
                  <option value="print">{t('ui.export.edition.print')}</option>
                </select>
              </Field>
            ) : (
              <label className="check">
                <input type="checkbox" checked={settings.comments} onChange={(e) => update({ comments: e.target.checked })} />
                {t('ui.export.comments')}
              </label>
            )}
            {settings.format !== 'visuals' && (
              <ConsentChoice items={options.data.withoutConsent} value={settings.withoutConsent} onChange={(withoutConsent) => update({ withoutConsent })} />
            )}
          </fieldset>
        </form>
      )}
      {(running || status !== null) && <ExportProgress status={status} visuals={settings?.format === 'visuals'} onShow={options.data?.canShow ? (how) => void show(how) : undefined} />}
      {failure && <FormError text={failure} />}
    </Dialog>
  );
}

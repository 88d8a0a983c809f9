/**
 * Visuals: thumbnails of every image and chart, importing PNG, JPEG and SVG
 * files (a refused one named in its message), a new chart of one of the
 * three kinds, and the chosen visual's form.
 * Visuals still missing an alt text are marked, since the export needs one
 * for every figure.
 */
import { useRef, useState } from 'react';
import { useData, useQuery } from '../app/data.js';
import { errorText } from '../app/errors.js';
import { useNavigation } from '../app/navigation.js';
import { useToast } from '../app/toasts.js';
import { useI18n } from '../i18n/I18n.js';
import { useReviewerLock } from '../review/profile.js';
import { EmptyState } from '../ui/EmptyState.js';
import { acceptedTypes, importImage } from './importImage.js';
import { ChartPicture } from './ChartPicture.js';
import { NewChartMenu } from './NewChartMenu.js';
import { VisualForm } from './VisualForm.js';

export function VisualsView() {
  const { t } = useI18n();
  const { client, write } = useData();
  const { route, go } = useNavigation();
  const toast = useToast();
  const visuals = useQuery('visuals.list', {});
  const sessions = useQuery('sessions.list', {});
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const locked = useReviewerLock();
  const list = visuals.data ?? [];
  const open = list.find((v) => v.id === route.id) ?? null;

  const importFiles = async (files: File[]) => {
    setBusy(true);
    let last: string | null = null;
    for (const file of files) {
      try {
        last = (await importImage(write, file)).id;
      } catch (error) {
        const text = error instanceof TypeError ? t('ui.visuals.unsupported', { name: file.name }) : t('ui.visuals.refused', { name: file.name, reason: errorText(error, t) });
        toast({ text, tone: 'error' });
      }
    }
    setBusy(false);
    if (last) go({ section: 'visuals', id: last });
  };

  const picker = (
    <>
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        accept={acceptedTypes}
        multiple
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length) void importFiles(files);
        }}
      />
      <button type="button" className="primary" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? t('ui.visuals.importing') : t('ui.visuals.import')}
      </button>
    </>
  );

  return (
    <div className="split">
      <section className="list-pane" aria-label={t('ui.nav.visuals')}>
        {!locked && (
          <>
            <div className="list-tools">
              <NewChartMenu />
              {picker}
            </div>
            {/* Under the buttons, not beside them: beside, it pressed both onto two lines. */}
            <p className="list-count muted">{t('ui.visuals.types')}</p>
          </>
        )}
        {visuals.data && list.length === 0 && <EmptyState title={t('ui.visuals.empty')} />}
        <ul className="visual-grid">
          {list.map((visual) => (
            <li key={visual.id}>
              <button type="button" className="visual-card" aria-current={visual.id === route.id ? 'true' : undefined} onClick={() => go({ section: 'visuals', id: visual.id })}>
                {visual.source.type === 'image' ? <img src={client.imageUrl(visual.source.hash)} alt="" /> : <ChartPicture id={visual.id} label="" className="visual-chart" />}
                <span className="visual-card-title">{visual.title}</span>
                {!visual.altText && <span className="badge warn">{t('ui.visuals.noAlt')}</span>}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="detail-pane" aria-label={t('ui.library.detail')}>
        {open ? (
          <VisualForm key={open.id} initial={open} sessions={sessions.data ?? []} onDeleted={() => go({ section: 'visuals', id: null })} />
        ) : (
          list.length > 0 && <EmptyState title={t('ui.visuals.choose')} />
        )}
      </section>
    </div>
  );
}

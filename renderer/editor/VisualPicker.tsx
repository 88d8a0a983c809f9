/** Chooses a visual to place as a figure: thumbnails with their titles. */
import { useI18n } from '../i18n/I18n.js';
import { useData, useQuery } from '../app/data.js';
import { Dialog } from '../ui/Dialog.js';
import { EmptyState } from '../ui/EmptyState.js';

export function VisualPicker({ onPick, onClose }: { onPick(id: string): void; onClose(): void }) {
  const { t } = useI18n();
  const { client } = useData();
  const visuals = useQuery('visuals.list', {});
  const list = visuals.data ?? [];
  return (
    <Dialog title={t('ui.figure.pick')} onClose={onClose} wide>
      {visuals.data && list.length === 0 && <EmptyState title={t('ui.visuals.empty')} />}
      <ul className="visual-grid picker">
        {list.map((visual) => (
          <li key={visual.id}>
            <button type="button" className="visual-card" onClick={() => onPick(visual.id)}>
              {visual.source.type === 'image' ? (
                <img src={client.imageUrl(visual.source.hash)} alt="" />
              ) : (
                <span className="visual-chart">{t('ui.visuals.chart')}</span>
              )}
              <span className="visual-card-title">{visual.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

/** Beside the text: the material library to drag from, and the chapter's snapshots; locked for a reviewer. */
import { useState } from 'react';
import type { Chapter } from '../../main/model/index.js';
import { useI18n } from '../i18n/I18n.js';
import { MaterialShelf } from './MaterialShelf.js';
import { Snapshots } from './Snapshots.js';
import type { Autosave } from './useAutosave.js';

export function ChapterSide({
  chapterId,
  readOnly,
  autosave,
  onRestored,
  onDelete,
}: {
  chapterId: string;
  readOnly: boolean;
  autosave: Autosave;
  onRestored(chapter: Chapter): void;
  onDelete(): void;
}) {
  const { t } = useI18n();
  const [tab, setTab] = useState<'material' | 'snapshots'>('material');
  return (
    <aside className="chapter-side" aria-label={t('ui.chapter.side')}>
      <div className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'material'} onClick={() => setTab('material')}>
          {t('ui.nav.material')}
        </button>
        <button type="button" role="tab" aria-selected={tab === 'snapshots'} onClick={() => setTab('snapshots')}>
          {t('ui.snapshots.title')}
        </button>
      </div>
      <fieldset className="tab-panel" role="tabpanel" disabled={readOnly}>
        {tab === 'material' ? <MaterialShelf /> : <Snapshots chapterId={chapterId} autosave={autosave} onRestored={onRestored} />}
      </fieldset>
      <div className="side-foot">
        <button type="button" className="danger" disabled={readOnly} onClick={onDelete}>
          {t('ui.chapter.delete')}
        </button>
      </div>
    </aside>
  );
}

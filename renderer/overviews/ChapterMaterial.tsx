/** Per chapter, in order, the material it shows; a title opens the item. */
import type { ChapterSummary, MaterialSummary } from '../../main/ipc/contract.js';
import { useNavigation } from '../app/navigation.js';
import { useI18n } from '../i18n/I18n.js';
import { materialPerChapter } from './tally.js';

export function ChapterMaterial({ items, chapters }: { items: MaterialSummary[]; chapters: ChapterSummary[] }) {
  const { t } = useI18n();
  const { go } = useNavigation();
  if (chapters.length === 0) return <p className="muted">{t('ui.overviews.noChapters')}</p>;
  return (
    <ol className="overview-list">
      {materialPerChapter(items, chapters).map(({ chapter, items: shown }) => (
        <li key={chapter.id}>
          <div className="overview-row">
            <button type="button" className="link" onClick={() => go({ section: 'chapters', id: chapter.id })}>
              {chapter.title}
            </button>
            <span className="muted">{t('ui.overviews.count', { count: shown.length })}</span>
          </div>
          {shown.length > 0 && (
            <ul className="overview-items">
              {shown.map((item) => (
                <li key={item.id}>
                  <button type="button" className="link" onClick={() => go({ section: 'material', id: item.id })}>
                    {item.title}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

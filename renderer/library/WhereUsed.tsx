/** "Waar gebruikt": the chapters whose kaders show this item, each a link to the chapter. */
import { useQuery } from '../app/data.js';
import { useNavigation } from '../app/navigation.js';
import { useI18n } from '../i18n/I18n.js';

export function WhereUsed({ id }: { id: string }) {
  const { t } = useI18n();
  const { go } = useNavigation();
  const used = useQuery('material.whereUsed', { id });
  return (
    <section className="where-used wide-row" aria-label={t('ui.usage.title')}>
      <h3 className="form-section">{t('ui.usage.title')}</h3>
      {used.data && used.data.length === 0 && <p className="muted">{t('ui.usage.none')}</p>}
      <ul>
        {(used.data ?? []).map((chapter) => (
          <li key={chapter.id}>
            <a
              href={`#/chapters/${chapter.id}`}
              onClick={(event) => {
                event.preventDefault();
                go({ section: 'chapters', id: chapter.id });
              }}
            >
              {chapter.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The material no chapter shows yet, each item a link to it in the library. */
import type { MaterialSummary } from '../../main/ipc/contract.js';
import { useNavigation } from '../app/navigation.js';
import { useI18n } from '../i18n/I18n.js';
import { unusedMaterial } from './tally.js';

export function UnusedMaterial({ items }: { items: MaterialSummary[] }) {
  const { t, lbl } = useI18n();
  const { go } = useNavigation();
  const unused = unusedMaterial(items);
  if (unused.length === 0) return <p className="muted">{t('ui.overviews.unusedNone')}</p>;
  return (
    <>
      <button type="button" className="link" onClick={() => go({ section: 'material', id: null, query: { usage: 'unused' } })}>
        {t('ui.overviews.count', { count: unused.length })}
      </button>
      <ul className="overview-items">
        {unused.map((item) => (
          <li key={item.id}>
            <button type="button" className="link" onClick={() => go({ section: 'material', id: item.id })}>
              {item.title}
            </button>{' '}
            <span className="muted">{lbl('materialKind', item.kind)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

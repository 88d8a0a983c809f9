/**
 * The items a file would add, each with a tick: where it came from, its kind,
 * the start of its text, and — for a near-duplicate — which item it resembles
 * (unticked unless the user wants it after all).
 */
import type { ImportPreview } from '../../main/ipc/contract.js';
import { useI18n } from '../i18n/I18n.js';
import { sourceText } from './wording.js';

export function PreviewItems({
  items,
  skipped,
  onToggle,
}: {
  items: ImportPreview['items'];
  skipped: ReadonlySet<string>;
  onToggle(id: string, include: boolean): void;
}) {
  const { t, lbl } = useI18n();
  return (
    <ul className="import-items" aria-label={t('ui.import.items')}>
      {items.map((item) => {
        const duplicate = item.duplicate;
        return (
          <li key={item.id} className={duplicate ? 'duplicate' : undefined}>
            <input
              type="checkbox"
              checked={!skipped.has(item.id)}
              aria-label={t('ui.import.include', { title: item.title })}
              onChange={(e) => onToggle(item.id, e.target.checked)}
            />
            <div>
              <div className="import-item-head">
                <strong>{item.title}</strong>
                <span className="muted">{[lbl('materialKind', item.kind), item.workgroup, item.session, sourceText(item.source, t)].filter(Boolean).join(' · ')}</span>
              </div>
              {item.excerpt && <p className="import-excerpt">{item.excerpt}</p>}
              <span className="record-badges">
                {duplicate && (
                  <span className="badge warn">
                    {t(duplicate.of === 'existing' ? 'ui.import.duplicateOf' : 'ui.import.duplicateOfIncoming', {
                      title: duplicate.title,
                      similarity: Math.round(duplicate.similarity * 100),
                    })}
                  </span>
                )}
                {item.consent !== 'given' && <span className="badge">{t('ui.consent.warning', { consent: lbl('consent', item.consent) })}</span>}
              </span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

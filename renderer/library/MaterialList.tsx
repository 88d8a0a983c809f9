/**
 * The material as a list: title, kind and workgroup, the search snippet, and
 * badges for editorial status, missing consent and whether a chapter uses it.
 * Arrow keys move between rows. Rows can be dragged into a chapter's text.
 */
import type { MaterialSummary } from '../../main/ipc/contract.js';
import { materialDragType } from '../editor/setup.js';
import { useI18n } from '../i18n/I18n.js';
import { moveFocus } from '../ui/moveFocus.js';
import { Snippet } from './Snippet.js';

export function MaterialList({
  items,
  selectedId,
  onSelect,
  snippets,
  workgroupNames,
  draggable,
  label,
}: {
  items: MaterialSummary[];
  selectedId: string | null;
  onSelect(id: string): void;
  snippets: Map<string, string> | null;
  workgroupNames: Map<string, string>;
  draggable?: boolean;
  label: string;
}) {
  const { t, lbl } = useI18n();
  return (
    <ul className="record-list" aria-label={label} onKeyDown={(event) => moveFocus(event, '.record')}>
      {items.map((item) => {
        const workgroup = item.workgroupId ? workgroupNames.get(item.workgroupId) : undefined;
        const status = item.editorialStatus;
        return (
          <li key={item.id}>
            <button
              type="button"
              className="record"
              aria-current={item.id === selectedId ? 'true' : undefined}
              data-id={item.id}
              draggable={draggable}
              onDragStart={(event) => {
                event.dataTransfer.setData(materialDragType, item.id);
                event.dataTransfer.setData('text/plain', item.title);
                event.dataTransfer.effectAllowed = 'copy';
              }}
              onClick={() => onSelect(item.id)}
            >
              <span className="record-title">{item.title}</span>
              <span className="record-meta">
                {[lbl('materialKind', item.kind), workgroup].filter(Boolean).join(' · ')}
              </span>
              {snippets?.get(item.id) && <Snippet text={snippets.get(item.id)!} />}
              <span className="record-badges">
                <span className={`badge ${status === 'approved' ? 'ok' : ''}`}>{lbl('editorialStatus', status)}</span>
                {item.consent !== 'given' && (
                  <span className="badge warn" title={t('ui.consent.title')}>
                    {t('ui.consent.warning', { consent: lbl('consent', item.consent) })}
                  </span>
                )}
                {item.usedIn.length > 0 ? (
                  <span className="badge accent">{t('ui.usage.usedIn', { count: item.usedIn.length })}</span>
                ) : (
                  <span className="badge">{t('ui.usage.unused')}</span>
                )}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

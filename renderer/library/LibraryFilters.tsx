/**
 * The filters above the material list: a toggle that opens one select per
 * facet, and, when closed, the active filters as chips that can be removed
 * one by one, so the list keeps its room.
 */
import { useState, type ReactNode } from 'react';
import type { Session, Workgroup } from '../../main/model/index.js';
import { consentStates, editorialStatuses, materialKinds } from '../../main/model/index.js';
import { useI18n } from '../i18n/I18n.js';
import { isFiltered, noFilters, type Filters } from './filters.js';

function Facet({ label, value, onChange, children }: { label: string; value: string; onChange(value: string): void; children: ReactNode }) {
  return (
    <label className="facet">
      <span className="visually-hidden">{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)} className={value ? 'active' : ''} title={label}>
        {children}
      </select>
    </label>
  );
}

export function LibraryFilters({
  filters,
  onChange,
  workgroups,
  sessions,
  themes,
}: {
  filters: Filters;
  onChange(filters: Filters): void;
  workgroups: Workgroup[];
  sessions: Session[];
  themes: string[];
}) {
  const { t, lbl } = useI18n();
  const [open, setOpen] = useState(false);
  const set = <K extends keyof Filters>(key: K) => (value: string) => onChange({ ...filters, [key]: value as Filters[K] });
  const shownSessions = filters.workgroupId ? sessions.filter((s) => s.workgroupId === filters.workgroupId) : sessions;
  const active = activeFilters(filters, { workgroups, sessions, lbl, t });
  return (
    <div className="filters">
      <div className="filter-bar">
        <button type="button" className="quiet filter-toggle" aria-expanded={open} aria-controls="library-facets" onClick={() => setOpen(!open)}>
          {t('ui.filter.label')}
          {active.length > 0 && <span className="badge accent">{active.length}</span>}
          <span aria-hidden="true">{open ? '▴' : '▾'}</span>
        </button>
        {!open &&
          active.map(({ key, text }) => (
            <span key={key} className="chip">
              {text}
              <button type="button" aria-label={t('ui.chips.remove', { value: text })} onClick={() => onChange({ ...filters, [key]: '' })}>
                ×
              </button>
            </span>
          ))}
        {isFiltered(filters) && (
          <button type="button" className="link" onClick={() => onChange(noFilters)}>
            {t('ui.filter.reset')}
          </button>
        )}
      </div>
      {open && (
        <div className="facets" id="library-facets" role="group" aria-label={t('ui.filter.label')}>
          <Facet label={t('ui.filter.kind')} value={filters.kind} onChange={set('kind')}>
            <option value="">{t('ui.filter.allKinds')}</option>
            {materialKinds.map((k) => (
              <option key={k} value={k}>{lbl('materialKind', k)}</option>
            ))}
          </Facet>
          <Facet label={t('ui.filter.workgroup')} value={filters.workgroupId} onChange={(v) => onChange({ ...filters, workgroupId: v, sessionId: '' })}>
            <option value="">{t('ui.filter.allWorkgroups')}</option>
            {workgroups.map((w) => (
              <option key={w.id} value={w.id}>{w.name}</option>
            ))}
          </Facet>
          <Facet label={t('ui.filter.session')} value={filters.sessionId} onChange={set('sessionId')}>
            <option value="">{t('ui.filter.allSessions')}</option>
            {shownSessions.map((s) => (
              <option key={s.id} value={s.id}>{s.title}</option>
            ))}
          </Facet>
          <Facet label={t('ui.filter.theme')} value={filters.theme} onChange={set('theme')}>
            <option value="">{t('ui.filter.allThemes')}</option>
            {themes.map((theme) => (
              <option key={theme} value={theme}>{theme}</option>
            ))}
          </Facet>
          <Facet label={t('ui.filter.status')} value={filters.editorialStatus} onChange={set('editorialStatus')}>
            <option value="">{t('ui.filter.allStatuses')}</option>
            {editorialStatuses.map((s) => (
              <option key={s} value={s}>{lbl('editorialStatus', s)}</option>
            ))}
          </Facet>
          <Facet label={t('ui.filter.consent')} value={filters.consent} onChange={set('consent')}>
            <option value="">{t('ui.filter.allConsent')}</option>
            <option value="notGiven">{t('ui.filter.consentNotGiven')}</option>
            {consentStates.map((c) => (
              <option key={c} value={c}>{t('ui.filter.consentIs', { consent: lbl('consent', c) })}</option>
            ))}
          </Facet>
          <Facet label={t('ui.filter.usage')} value={filters.usage} onChange={set('usage')}>
            <option value="">{t('ui.filter.allUsage')}</option>
            <option value="used">{t('ui.filter.used')}</option>
            <option value="unused">{t('ui.filter.unused')}</option>
          </Facet>
        </div>
      )}
    </div>
  );
}

/** The filters that are set, each with the words for its value. */
function activeFilters(
  f: Filters,
  { workgroups, sessions, lbl, t }: { workgroups: Workgroup[]; sessions: Session[]; lbl(v: string, c: string): string; t: ReturnType<typeof useI18n>['t'] },
): { key: keyof Filters; text: string }[] {
  const out: { key: keyof Filters; text: string }[] = [];
  if (f.kind) out.push({ key: 'kind', text: lbl('materialKind', f.kind) });
  if (f.workgroupId) out.push({ key: 'workgroupId', text: workgroups.find((w) => w.id === f.workgroupId)?.name ?? f.workgroupId });
  if (f.sessionId) out.push({ key: 'sessionId', text: sessions.find((s) => s.id === f.sessionId)?.title ?? f.sessionId });
  if (f.theme) out.push({ key: 'theme', text: f.theme });
  if (f.editorialStatus) out.push({ key: 'editorialStatus', text: lbl('editorialStatus', f.editorialStatus) });
  if (f.consent) out.push({ key: 'consent', text: f.consent === 'notGiven' ? t('ui.filter.consentNotGiven') : t('ui.filter.consentIs', { consent: lbl('consent', f.consent) }) });
  if (f.usage) out.push({ key: 'usage', text: t(f.usage === 'used' ? 'ui.filter.used' : 'ui.filter.unused') });
  return out;
}

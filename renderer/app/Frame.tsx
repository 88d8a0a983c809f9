/**
 * The window: navigation on the left with the publication's title, a top bar
 * with the section's name, the save state and the language switch, and the
 * section itself.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { MessageKey } from '../../main/model/index.js';
import { ChaptersView } from '../chapters/ChaptersView.js';
import { ExportDialog } from '../export/ExportDialog.js';
import { useI18n } from '../i18n/I18n.js';
import { LibraryView } from '../library/LibraryView.js';
import { OverviewsView } from '../overviews/OverviewsView.js';
import { PublicationView } from '../publication/PublicationView.js';
import { ProfileButton } from '../review/ProfileButton.js';
import { ReviewButton } from '../review/ReviewButton.js';
import { ContributorsView } from '../people/ContributorsView.js';
import { WorkgroupsView } from '../people/WorkgroupsView.js';
import { VisualsView } from '../visuals/VisualsView.js';
import { useData, useQuery } from './data.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { useNavigation } from './navigation.js';
import type { Section } from './route.js';
import { SaveIndicator } from './SaveIndicator.js';

const items: { section: Section; key: MessageKey; count?: 'material' | 'chapters' | 'workgroups' | 'contributors' | 'visuals' }[] = [
  { section: 'publication', key: 'ui.nav.publication' },
  { section: 'material', key: 'ui.nav.material', count: 'material' },
  { section: 'chapters', key: 'ui.nav.chapters', count: 'chapters' },
  { section: 'workgroups', key: 'ui.nav.workgroups', count: 'workgroups' },
  { section: 'contributors', key: 'ui.nav.contributors', count: 'contributors' },
  { section: 'visuals', key: 'ui.nav.visuals', count: 'visuals' },
  { section: 'overviews', key: 'ui.nav.overviews' },
];

const views: Record<Section, () => ReactNode> = {
  publication: () => <PublicationView />,
  material: () => <LibraryView />,
  chapters: () => <ChaptersView />,
  workgroups: () => <WorkgroupsView />,
  contributors: () => <ContributorsView />,
  visuals: () => <VisualsView />,
  overviews: () => <OverviewsView />,
};

export function Frame() {
  const { t } = useI18n();
  const { route, go } = useNavigation();
  const { client } = useData();
  const publication = useQuery('publication.get', {});
  const info = useQuery('project.info', {});
  const title = publication.data?.title ?? '';
  const [exporting, setExporting] = useState(false);
  // A reviewer's work imported changes chapters under an open editor: the section starts afresh from the store.
  const [imports, setImports] = useState(0);

  useEffect(() => {
    document.title = title ? `${title} — Bundel` : 'Bundel';
  }, [title]);

  // The native menu's "Exporteren…" opens the export dialog; "Zoeken…" lands in the library's search field.
  useEffect(
    () =>
      client.onCommand((command) => {
        if (command === 'export') setExporting(true);
        if (command !== 'find') return;
        go({ section: 'material', id: null });
        window.setTimeout(() => document.getElementById('library-search')?.focus(), 0);
      }),
    [client, go],
  );

  const current = items.find((item) => item.section === route.section) ?? items[0]!;
  return (
    <div className="frame">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The address's #fragment is the route: move focus without touching it.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('ui.skipToContent')}
      </a>
      <nav className="sidebar" aria-label={t('ui.nav.label')}>
        <div className="brand">Bundel</div>
        <div className="publication-title">
          {/* The title leads to where it is changed; off the Tab order, as "Publicatie" just below goes there too. */}
          <a
            href="#/publication"
            className="publication-link"
            title={title}
            tabIndex={-1}
            onClick={(event) => {
              event.preventDefault();
              go({ section: 'publication', id: null });
            }}
          >
            {title}
          </a>
          {info.data?.readOnly && <span className="badge warn">{t('ui.readOnly')}</span>}
        </div>
        <ul className="nav-list">
          {items.map((item) => (
            <li key={item.section}>
              <a
                href={`#/${item.section}`}
                className="nav-item"
                aria-current={route.section === item.section ? 'page' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  go({ section: item.section, id: null });
                }}
              >
                <span>{t(item.key)}</span>
                {info.data && item.count && <span className="nav-count">{info.data.counts[item.count]}</span>}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="workspace">
        <header className="topbar">
          <h1>{t(current.key)}</h1>
          <div className="topbar-tools">
            <SaveIndicator />
            <ReviewButton onImported={() => setImports((n) => n + 1)} />
            <ProfileButton />
            <button type="button" onClick={() => setExporting(true)}>
              {t('ui.export.button')}
            </button>
            <LanguageSwitch />
          </div>
        </header>
        <main className="section" id="main" tabIndex={-1} key={imports}>
          {views[route.section]()}
        </main>
      </div>
      {exporting && <ExportDialog onClose={() => setExporting(false)} />}
    </div>
  );
}

/**
 * Overzichten: what the collection holds and where it went — themes per
 * workgroup, material per chapter, material not used yet, and the sessions
 * in time. Each figure links to the items behind it.
 */
import type { ReactNode } from 'react';
import { useQuery } from '../app/data.js';
import { useI18n } from '../i18n/I18n.js';
import { ChapterMaterial } from './ChapterMaterial.js';
import { SessionTimeline } from './SessionTimeline.js';
import { ThemeMatrix } from './ThemeMatrix.js';
import { UnusedMaterial } from './UnusedMaterial.js';

function Panel({ title, wide, children }: { title: string; wide?: boolean; children: ReactNode }) {
  return (
    <section className={`overview-panel${wide ? ' wide' : ''}`} aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export function OverviewsView() {
  const { t } = useI18n();
  const summaries = useQuery('material.summaries', {});
  const chapters = useQuery('chapters.summaries', {});
  const workgroups = useQuery('workgroups.list', {});
  const sessions = useQuery('sessions.list', {});
  if (!summaries.data || !chapters.data || !workgroups.data || !sessions.data) return null;
  const items = summaries.data;
  return (
    <div className="overviews">
      <Panel title={t('ui.overviews.matrix')} wide>
        <ThemeMatrix items={items} workgroups={workgroups.data} />
      </Panel>
      <Panel title={t('ui.overviews.chapters')}>
        <ChapterMaterial items={items} chapters={chapters.data} />
      </Panel>
      <Panel title={t('ui.overviews.unused')}>
        <UnusedMaterial items={items} />
      </Panel>
      <Panel title={t('ui.overviews.timeline')} wide>
        <SessionTimeline sessions={sessions.data} workgroups={workgroups.data} items={items} />
      </Panel>
    </div>
  );
}

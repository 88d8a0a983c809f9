/**
 * A chart visual drawn by main from the project's current data (visuals.chart)
 * and shown inline. The query runs again after every write, so the chart
 * follows the material, sessions and contributors as they change.
 */
import { useEffect, useRef } from 'react';
import { useQuery } from '../app/data.js';
import { useI18n } from '../i18n/I18n.js';
import { chartElement } from './chartMarkup.js';

export function ChartPicture({ id, label, className }: { id: string; label: string; className: string }) {
  const { t } = useI18n();
  const chart = useQuery('visuals.chart', { id });
  const box = useRef<HTMLDivElement>(null);
  const svg = chart.data?.svg;
  useEffect(() => {
    const element = svg === undefined ? null : chartElement(svg, label);
    box.current?.replaceChildren(...(element === null ? [] : [element]));
  }, [svg, label]);
  return (
    <div className={className} aria-busy={svg === undefined}>
      <div ref={box} className="chart-drawing" />
      {svg === undefined && <span className="muted">{chart.error ?? t('ui.visuals.chartDrawing')}</span>}
    </div>
  );
}

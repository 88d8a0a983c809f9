/**
 * "Nieuwe grafiek ▾": a chart visual of one of the three kinds, with a title
 * and an alt text to start from, opened at once so the editor sees it drawn.
 */
import { chartTypes, newId, type Visual } from '../../main/model/index.js';
import { useData } from '../app/data.js';
import { useNavigation } from '../app/navigation.js';
import { useI18n } from '../i18n/I18n.js';
import { MenuButton } from '../ui/MenuButton.js';

export function NewChartMenu() {
  const { t } = useI18n();
  const { write } = useData();
  const { go } = useNavigation();
  const create = async (chart: (typeof chartTypes)[number]) => {
    const visual: Visual = {
      id: newId(),
      title: t(`ui.visuals.chartTitle.${chart}`),
      source: { type: 'chart', chart },
      caption: '',
      credit: '',
      altText: t(`ui.visuals.chartAlt.${chart}`),
      sessionId: null,
    };
    await write('visuals.put', visual);
    go({ section: 'visuals', id: visual.id });
  };
  return <MenuButton label={t('ui.visuals.newChart')} choices={chartTypes.map((key) => ({ key, label: t(`ui.visuals.chartKind.${key}`) }))} onChoose={(chart) => void create(chart)} />;
}

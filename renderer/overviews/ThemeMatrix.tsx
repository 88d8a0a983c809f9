/** Themes × workgroups with the number of items in each cell; a cell opens the library filtered to those items. */
import type { MaterialSummary } from '../../main/ipc/contract.js';
import type { Workgroup } from '../../main/model/index.js';
import { useNavigation } from '../app/navigation.js';
import { useI18n } from '../i18n/I18n.js';
import { themeMatrix } from './tally.js';

export function ThemeMatrix({ items, workgroups }: { items: MaterialSummary[]; workgroups: Workgroup[] }) {
  const { t } = useI18n();
  const { go } = useNavigation();
  const matrix = themeMatrix(items, workgroups);
  if (matrix.themes.length === 0) return <p className="muted">{t('ui.overviews.noThemes')}</p>;
  return (
    <>
      <p className="muted">{t('ui.overviews.matrixHint')}</p>
      <div className="matrix-scroll">
        <table className="matrix">
          <thead>
            <tr>
              <th scope="col">{t('ui.overviews.theme')}</th>
              {matrix.workgroups.map((w) => (
                <th key={w.id} scope="col">
                  {w.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.themes.map((theme) => (
              <tr key={theme}>
                <th scope="row">{theme}</th>
                {matrix.workgroups.map((w) => {
                  const count = matrix.count(theme, w.id);
                  return (
                    <td key={w.id}>
                      {count > 0 && (
                        <button
                          type="button"
                          className="matrix-cell"
                          data-heat={Math.min(4, count)}
                          aria-label={t('ui.overviews.cell', { count, theme, workgroup: w.name })}
                          onClick={() => go({ section: 'material', id: null, query: { theme, workgroupId: w.id } })}
                        >
                          {count}
                        </button>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

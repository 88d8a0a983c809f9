/** "Nieuw ▾": a small menu with one entry per kind of material. */
import { materialKinds, type MaterialKind } from '../../main/model/index.js';
import { useI18n } from '../i18n/I18n.js';
import { MenuButton } from '../ui/MenuButton.js';

export function NewMaterialMenu({ onCreate }: { onCreate(kind: MaterialKind): void }) {
  const { t, lbl } = useI18n();
  return <MenuButton label={t('ui.library.new')} choices={materialKinds.map((key) => ({ key, label: lbl('materialKind', key) }))} onChoose={onCreate} />;
}

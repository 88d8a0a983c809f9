/** Loads one item (or takes a new draft) and shows its form; says so when the item is gone. */
import { useEffect, useState, type ComponentProps } from 'react';
import type { MaterialItem } from '../../main/model/index.js';
import { useData } from '../app/data.js';
import { errorText } from '../app/errors.js';
import { useI18n } from '../i18n/I18n.js';
import { EmptyState } from '../ui/EmptyState.js';
import { MaterialForm } from './MaterialForm.js';

type FormProps = Omit<ComponentProps<typeof MaterialForm>, 'initial' | 'isNew'>;

export function MaterialDetail(props: FormProps & ({ id: string; draft?: undefined } | { draft: MaterialItem; id?: undefined })) {
  const { t } = useI18n();
  const { client } = useData();
  const [loaded, setLoaded] = useState<MaterialItem | null | undefined>(props.draft);
  const [error, setError] = useState<string | null>(null);
  const { id } = props;

  // Read once per item: later writes elsewhere must not overwrite what is being edited here.
  useEffect(() => {
    if (id === undefined) return;
    let live = true;
    client.material
      .get({ id })
      .then((item) => live && setLoaded(item))
      .catch((failure: unknown) => live && setError(errorText(failure, t)));
    return () => {
      live = false;
    };
  }, [client, id, t]);

  if (error) return <EmptyState title={error} />;
  if (loaded === undefined) return <p className="muted pane-note">{t('ui.loading')}</p>;
  if (loaded === null) return <EmptyState title={t('ui.library.gone')} />;
  return <MaterialForm {...props} initial={loaded} isNew={props.draft !== undefined} />;
}

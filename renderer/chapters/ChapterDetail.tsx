/**
 * Reads one chapter once and opens it in the editor; says so when it is gone.
 * The outline beside it draws again after every save (its word counts); the
 * open chapter does not (memo), so its editor, thread cards and shelf stay put.
 */
import { memo, useEffect, useState } from 'react';
import type { Chapter } from '../../main/model/index.js';
import { useData } from '../app/data.js';
import { errorText } from '../app/errors.js';
import { useI18n } from '../i18n/I18n.js';
import { EmptyState } from '../ui/EmptyState.js';
import { ChapterEditor } from './ChapterEditor.js';

export const ChapterDetail = memo(function ChapterDetail({ id, onDelete }: { id: string; onDelete(id: string): void }) {
  const { t } = useI18n();
  const { client } = useData();
  const [chapter, setChapter] = useState<Chapter | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    client.chapters
      .get({ id })
      .then((found) => live && setChapter(found))
      .catch((failure: unknown) => live && setError(errorText(failure, t)));
    return () => {
      live = false;
    };
  }, [client, id, t]);
  if (error) return <EmptyState title={error} />;
  if (chapter === undefined) return <p className="muted pane-note">{t('ui.loading')}</p>;
  if (chapter === null) return <EmptyState title={t('ui.chapters.gone')} />;
  return <ChapterEditor chapter={chapter} onDelete={() => onDelete(id)} />;
});

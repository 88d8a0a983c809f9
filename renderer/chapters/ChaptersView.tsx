/**
 * Chapters: the outline on the left (new, reorder), the open chapter on the
 * right. Deleting a chapter can be undone from the notice that follows. A
 * reviewer gets the outline to read: no new chapter, no reordering.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChapterSummary } from '../../main/ipc/contract.js';
import { emptyDoc, newId, now, type Chapter } from '../../main/model/index.js';
import { useData, useQuery } from '../app/data.js';
import { errorText } from '../app/errors.js';
import { useNavigation } from '../app/navigation.js';
import { useToast } from '../app/toasts.js';
import { useI18n } from '../i18n/I18n.js';
import { useReviewerLock } from '../review/profile.js';
import { EmptyState } from '../ui/EmptyState.js';
import { ChapterDetail } from './ChapterDetail.js';
import { ChapterOutline } from './ChapterOutline.js';

export function ChaptersView() {
  const { t } = useI18n();
  const { client, write } = useData();
  const { route, go } = useNavigation();
  const toast = useToast();
  const locked = useReviewerLock();
  const summaries = useQuery('chapters.summaries', {});
  // The order shown while a reorder is on its way to the store.
  const [order, setOrder] = useState<ChapterSummary[] | null>(null);
  useEffect(() => setOrder(null), [summaries.data]);
  const chapters = order ?? summaries.data ?? [];
  const fail = (error: unknown) => toast({ text: errorText(error, t), tone: 'error' });

  const create = async () => {
    const chapter: Chapter = { id: newId(), kind: 'chapter', title: t('ui.chapters.newTitle'), byline: '', body: emptyDoc(), reviewStatus: 'draft', updatedAt: now() };
    try {
      await write('chapters.put', chapter);
      go({ section: 'chapters', id: chapter.id });
      window.setTimeout(() => document.querySelector<HTMLInputElement>('.chapter-title-input')?.select(), 50);
    } catch (error) {
      fail(error);
    }
  };

  const reorder = (ids: string[]) => {
    const byId = new Map(chapters.map((c) => [c.id, c]));
    setOrder(ids.map((id) => byId.get(id)!));
    write('chapters.reorder', { ids }).catch((error: unknown) => {
      setOrder(null);
      fail(error);
    });
  };

  const remove = async (id: string) => {
    try {
      const chapter = await client.chapters.get({ id });
      const threads = await client.threads.forChapter({ chapterId: id });
      const before = chapters.map((c) => c.id);
      if (!chapter) return;
      await write('chapters.delete', { id });
      go({ section: 'chapters', id: null });
      toast({
        text: t('ui.deleted', { title: chapter.title }),
        action: {
          label: t('ui.undo'),
          run: () =>
            void (async () => {
              await write('chapters.put', chapter);
              for (const thread of threads) await write('threads.put', thread);
              await write('chapters.reorder', { ids: before });
              go({ section: 'chapters', id });
            })().catch(fail),
        },
      });
    } catch (error) {
      fail(error);
    }
  };

  // One function for the view's life: the open chapter does not draw again when only the outline changed (word counts, after every save).
  const latestRemove = useRef(remove);
  latestRemove.current = remove;
  const onDelete = useCallback((id: string) => void latestRemove.current(id), []);

  return (
    <div className="split chapters">
      <section className="list-pane" aria-label={t('ui.chapters.outline')}>
        {!locked && (
          <div className="list-tools">
            <span className="muted" id="outline-help">{t('ui.chapters.reorderHint')}</span>
            <button type="button" className="primary" onClick={() => void create()}>
              {t('ui.chapters.new')}
            </button>
          </div>
        )}
        {summaries.data && chapters.length === 0 && (
          <EmptyState title={t('ui.chapters.empty')}>
            {!locked && (
              <button type="button" onClick={() => void create()}>
                {t('ui.chapters.new')}
              </button>
            )}
          </EmptyState>
        )}
        <ChapterOutline
          chapters={chapters}
          selectedId={route.id}
          onSelect={(id) => go({ section: 'chapters', id })}
          onReorder={locked ? null : reorder}
        />
      </section>
      <section className="detail-pane wide" aria-label={t('ui.chapters.detail')}>
        {route.id ? (
          <ChapterDetail key={route.id} id={route.id} onDelete={onDelete} />
        ) : (
          chapters.length > 0 && <EmptyState title={t('ui.chapters.choose')} />
        )}
      </section>
    </div>
  );
}

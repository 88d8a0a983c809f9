/**
 * One chapter at work: its fields, its text in the editor with the comment
 * threads beside it, and the material to drag in and the snapshots to go
 * back to. Everything saves by itself about a second after the last change.
 * A reviewer reads, comments and sets the review status; the rest is locked.
 */
import { useState } from 'react';
import type { Chapter } from '../../main/model/index.js';
import { ApiError } from '../api/client.js';
import { useData } from '../app/data.js';
import { errorText } from '../app/errors.js';
import { RichTextEditor } from '../editor/RichTextEditor.js';
import { useI18n } from '../i18n/I18n.js';
import { useProfile } from '../review/profile.js';
import { ReviewBanner } from '../review/ReviewBanner.js';
import { ThreadColumn } from '../review/ThreadColumn.js';
import { useChapterComments } from '../review/useChapterComments.js';
import { ChapterHeader } from './ChapterHeader.js';
import { ChapterSide } from './ChapterSide.js';
import { useAutosave, type ChapterMeta } from './useAutosave.js';

export function ChapterEditor({ chapter, onDelete }: { chapter: Chapter; onDelete(): void }) {
  const { t } = useI18n();
  const { write } = useData();
  const readOnly = useProfile().role === 'reviewer';
  const [meta, setMeta] = useState<ChapterMeta>({ title: chapter.title, byline: chapter.byline, kind: chapter.kind, reviewStatus: chapter.reviewStatus });
  const [body, setBody] = useState({ doc: chapter.body, generation: 0 });
  const [error, setError] = useState<{ text: string; field: string } | null>(null);
  const autosave = useAutosave(
    chapter,
    (failure) => setError({ text: errorText(failure, t), field: failure instanceof ApiError ? String(failure.params.field ?? '') : '' }),
    (stored, rewritten) => {
      setError(null);
      // A body stored as sent has no marks the editor lacks.
      if (rewritten) comments.adopt(stored);
    },
  );
  const comments = useChapterComments(chapter.id, autosave);

  // A reviewer may not save the chapter, only its review status.
  const changeStatus = (next: ChapterMeta) => {
    setMeta(next);
    write('chapters.setReviewStatus', { chapterId: chapter.id, status: next.reviewStatus }).catch((failure: unknown) =>
      setError({ text: errorText(failure, t), field: '' }),
    );
  };

  const restored = (next: Chapter) => {
    autosave.reset(next);
    setMeta({ title: next.title, byline: next.byline, kind: next.kind, reviewStatus: next.reviewStatus });
    setBody((b) => ({ doc: next.body, generation: b.generation + 1 }));
  };

  return (
    <div className="chapter-work">
      <div className="chapter-main">
        <ReviewBanner />
        <ChapterHeader
          meta={meta}
          readOnly={readOnly}
          invalidTitle={error?.field.startsWith('/title') ?? false}
          onChange={(next) => {
            if (readOnly) return changeStatus(next);
            setMeta(next);
            autosave.change({ meta: next });
          }}
        />
        {error && (
          <p className="form-error inline" role="alert">
            {error.text}
          </p>
        )}
        <div className="review-layout">
          <div className="page">
            <RichTextEditor
              key={`${chapter.id}:${body.generation}`}
              initial={body.doc}
              mode="chapter"
              label={t('ui.chapter.text', { title: meta.title })}
              onChange={(doc) => autosave.change({ doc })}
              readOnly={readOnly}
              plugins={[comments.plugin]}
              onView={(view) => {
                comments.setView(view);
                if (view) autosave.opened(view.state.doc);
              }}
              onUpdate={comments.onUpdate}
              onComment={comments.start}
            />
          </div>
          <ThreadColumn comments={comments} />
        </div>
      </div>
      <ChapterSide
        chapterId={chapter.id}
        readOnly={readOnly}
        autosave={autosave}
        onRestored={restored}
        // Write what waits first: a save landing after the delete would bring the chapter back.
        onDelete={() => void autosave.flush().then(onDelete)}
      />
    </div>
  );
}

/** The chapter's own fields above its text: title, kind, byline, review status (the one a reviewer may set). */
import { chapterKinds, reviewStatuses } from '../../main/model/index.js';
import { useI18n } from '../i18n/I18n.js';
import { Field } from '../ui/Field.js';
import { VocabSelect } from '../ui/VocabSelect.js';
import type { ChapterMeta } from './useAutosave.js';

export function ChapterHeader({
  meta,
  onChange,
  invalidTitle,
  readOnly,
}: {
  meta: ChapterMeta;
  onChange(meta: ChapterMeta): void;
  invalidTitle: boolean;
  readOnly: boolean;
}) {
  const { t, lbl } = useI18n();
  return (
    <div className="chapter-header">
      <Field label={t('ui.chapter.title')} wide invalid={invalidTitle}>
        <input
          type="text"
          className="chapter-title-input"
          value={meta.title}
          readOnly={readOnly}
          onChange={(event) => onChange({ ...meta, title: event.target.value })}
        />
      </Field>
      <div className="chapter-meta">
        <Field label={t('ui.chapter.kind')}>
          {readOnly ? (
            <input type="text" readOnly value={lbl('chapterKind', meta.kind)} />
          ) : (
            <VocabSelect vocabulary="chapterKind" codes={chapterKinds} value={meta.kind} onChange={(kind) => onChange({ ...meta, kind })} />
          )}
        </Field>
        <Field label={t('ui.chapter.byline')}>
          <input
            type="text"
            value={meta.byline}
            readOnly={readOnly}
            placeholder={t('ui.chapter.bylinePlaceholder')}
            onChange={(event) => onChange({ ...meta, byline: event.target.value })}
          />
        </Field>
        <Field label={t('ui.chapter.reviewStatus')}>
          <VocabSelect vocabulary="reviewStatus" codes={reviewStatuses} value={meta.reviewStatus} onChange={(reviewStatus) => onChange({ ...meta, reviewStatus })} />
        </Field>
      </div>
    </div>
  );
}

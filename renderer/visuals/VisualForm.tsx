/** A visual: its picture and how it prints, title, caption, credit and alt text, and the session it came from. */
import type { Session, Visual } from '../../main/model/index.js';
import { useData, useQuery } from '../app/data.js';
import { useI18n } from '../i18n/I18n.js';
import { sessionLabel } from '../people/sessionLabel.js';
import { Field } from '../ui/Field.js';
import { RecordForm } from '../ui/RecordForm.js';
import { ChartPicture } from './ChartPicture.js';
import { PrintSize } from './PrintSize.js';

export function VisualForm({ initial, sessions, onDeleted }: { initial: Visual; sessions: Session[]; onDeleted(): void }) {
  const { t, lbl, locale } = useI18n();
  const { client, write } = useData();
  const column = useQuery('visuals.printColumn', {});
  return (
    <RecordForm
      initial={initial}
      isNew={false}
      title={initial.title}
      put={(record) => write('visuals.put', record)}
      remove={(id) => write('visuals.delete', { id })}
      onSaved={() => undefined}
      onDeleted={onDeleted}
    >
      {({ record, set, invalid }) => (
        <>
          <div className="visual-preview wide-row">
            {record.source.type === 'image' ? (
              <img src={client.imageUrl(record.source.hash)} alt={record.altText} />
            ) : (
              <>
                <ChartPicture id={record.id} label={record.altText || record.title} className="visual-chart-preview" />
                {column.data && <span className="muted">{t('ui.visuals.chartLive', { template: column.data.template })}</span>}
              </>
            )}
            {record.source.type === 'image' && (
              <>
                <span className="muted">{`${record.source.width} × ${record.source.height} · ${record.source.mime.replace(/^image\/|\+xml$/g, '').toUpperCase()}`}</span>
                <PrintSize image={record.source} column={column.data} />
              </>
            )}
          </div>
          <Field label={t('ui.field.title')} wide invalid={invalid('title')}>
            <input type="text" value={record.title} onChange={(e) => set({ title: e.target.value })} />
          </Field>
          <Field label={t('ui.field.caption')} wide invalid={invalid('caption')}>
            <textarea rows={2} value={record.caption} onChange={(e) => set({ caption: e.target.value })} />
          </Field>
          <Field label={t('ui.field.credit')} wide invalid={invalid('credit')}>
            <input type="text" value={record.credit} onChange={(e) => set({ credit: e.target.value })} />
          </Field>
          <Field label={t('ui.field.altText')} hint={t('ui.field.altTextHint')} wide invalid={invalid('altText')}>
            <textarea rows={3} value={record.altText} onChange={(e) => set({ altText: e.target.value })} />
          </Field>
          <Field label={t('ui.field.session')} wide>
            <select value={record.sessionId ?? ''} onChange={(e) => set({ sessionId: e.target.value || null })}>
              <option value="">{t('ui.none')}</option>
              {sessions.map((s) => (
                <option key={s.id} value={s.id}>{sessionLabel(s, lbl, locale)}</option>
              ))}
            </select>
          </Field>
        </>
      )}
    </RecordForm>
  );
}

/**
 * The fields a kind has of its own: a dilemma's situation, two sides and
 * question; a practice example's context, approach, outcome and lessons; the
 * dilemmas a solution direction answers; a quote's speaker; a
 * recommendation's audience; how a story is told.
 */
import type { MaterialSummary } from '../../main/ipc/contract.js';
import { audiences, narrations, roles, type MaterialItem, type MessageKey } from '../../main/model/index.js';
import { useI18n } from '../i18n/I18n.js';
import { CheckList } from '../ui/CheckList.js';
import { Field, FieldGroup } from '../ui/Field.js';
import { VocabSelect } from '../ui/VocabSelect.js';

type Patch = (patch: Record<string, unknown>) => void;

function Text({ label, value, onChange, rows = 3 }: { label: string; value: string; onChange(v: string): void; rows?: number }) {
  return (
    <Field label={label} wide>
      <textarea rows={rows} value={value} onChange={(event) => onChange(event.target.value)} />
    </Field>
  );
}

export function KindFields({ item, set, dilemmas }: { item: MaterialItem; set: Patch; dilemmas: MaterialSummary[] }) {
  const { t } = useI18n();
  const text = (key: MessageKey, field: string, value: string) => (
    <Text key={field} label={t(key)} value={value} onChange={(v) => set({ [field]: v })} />
  );
  switch (item.kind) {
    case 'story':
      return (
        <Field label={t('ui.field.narration')}>
          <VocabSelect vocabulary="narration" codes={narrations} value={item.narration} onChange={(narration) => set({ narration })} />
        </Field>
      );
    case 'dilemma':
      return (
        <>
          {text('ui.field.situation', 'situation', item.situation)}
          {text('ui.field.onOneHand', 'onOneHand', item.onOneHand)}
          {text('ui.field.onOtherHand', 'onOtherHand', item.onOtherHand)}
          {text('ui.field.question', 'question', item.question)}
        </>
      );
    case 'practiceExample':
      return (
        <>
          {text('ui.field.context', 'context', item.context)}
          {text('ui.field.approach', 'approach', item.approach)}
          {text('ui.field.outcome', 'outcome', item.outcome)}
          {text('ui.field.lessons', 'lessons', item.lessons)}
        </>
      );
    case 'solutionDirection':
      return (
        <FieldGroup label={t('ui.field.answersDilemmas')} wide>
          <CheckList
            options={dilemmas.map((d) => ({ id: d.id, label: d.title }))}
            chosen={item.answersDilemmaIds}
            onChange={(answersDilemmaIds) => set({ answersDilemmaIds })}
            empty={t('ui.field.noDilemmas')}
          />
        </FieldGroup>
      );
    case 'quote':
      return (
        <>
          <Field label={t('ui.field.speakerRole')}>
            <VocabSelect vocabulary="role" codes={roles} value={item.speakerRole} onChange={(speakerRole) => set({ speakerRole })} />
          </Field>
          <Field label={t('ui.field.speakerLabel')} hint={t('ui.field.speakerLabelHint')}>
            <input type="text" value={item.speakerLabel} onChange={(event) => set({ speakerLabel: event.target.value })} />
          </Field>
        </>
      );
    case 'recommendation':
      return (
        <Field label={t('ui.field.audience')}>
          <VocabSelect vocabulary="audience" codes={audiences} value={item.audience} onChange={(audience) => set({ audience })} />
        </Field>
      );
  }
}

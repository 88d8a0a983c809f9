/** A select over one of the model's closed vocabularies, its options in the UI's words. */
import { useI18n } from '../i18n/I18n.js';

export function VocabSelect<C extends string>({
  vocabulary,
  codes,
  value,
  onChange,
  ...control
}: {
  vocabulary: string;
  codes: readonly C[];
  value: C;
  onChange(code: C): void;
  /** Set by Field: the id its label points at, the hint, the invalid state. */
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}) {
  const { lbl } = useI18n();
  return (
    <select {...control} value={value} onChange={(event) => onChange(event.target.value as C)}>
      {codes.map((code) => (
        <option key={code} value={code}>
          {lbl(vocabulary, code)}
        </option>
      ))}
    </select>
  );
}

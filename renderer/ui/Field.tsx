/**
 * A labelled form control. The label points at the control by id rather than
 * wrapping it: a wrapping label would make the control's own value (a select's
 * chosen option) part of its accessible name.
 */
import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react';

interface ControlProps {
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

export function Field({
  label,
  hint,
  invalid,
  wide,
  children,
}: {
  label: string;
  hint?: string;
  invalid?: boolean;
  wide?: boolean;
  children: ReactElement<ControlProps>;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const control = isValidElement(children)
    ? cloneElement(children, { id, 'aria-describedby': hint ? hintId : undefined, 'aria-invalid': invalid || undefined })
    : children;
  return (
    <div className={`field${invalid ? ' invalid' : ''}${wide ? ' wide' : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {control}
      {hint && (
        <span className="field-hint" id={hintId}>
          {hint}
        </span>
      )}
    </div>
  );
}

/** A group of controls under one caption (checkbox lists, pickers): a fieldset, not a label. */
export function FieldGroup({ label, wide, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <fieldset className={`field group${wide ? ' wide' : ''}`}>
      <legend className="field-label">{label}</legend>
      {children}
    </fieldset>
  );
}

import type { ReactNode } from 'react';

/**
 * A record's form: Enter in a field and Ctrl/Cmd+S both save, as in a desktop
 * application. A locked form (a reviewer's) shows its record with every
 * control disabled, by one fieldset, and saves nothing.
 */
export function SaveForm({
  label,
  onSave,
  locked = false,
  children,
}: {
  label: string;
  onSave(): Promise<unknown> | void;
  locked?: boolean;
  children: ReactNode;
}) {
  const save = () => {
    if (!locked) void onSave();
  };
  return (
    <form
      className="form record-form"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
          event.preventDefault();
          save();
        }
      }}
    >
      <fieldset className="form-lock" disabled={locked}>
        {children}
      </fieldset>
    </form>
  );
}

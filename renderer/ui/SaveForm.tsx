import type { ReactNode } from 'react';

/** A record's form: Enter in a field and Ctrl/Cmd+S both save, as in a desktop application. */
export function SaveForm({ label, onSave, children }: { label: string; onSave(): Promise<unknown> | void; children: ReactNode }) {
  return (
    <form
      className="form record-form"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        void onSave();
      }}
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
          event.preventDefault();
          void onSave();
        }
      }}
    >
      {children}
    </form>
  );
}

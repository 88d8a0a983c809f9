/**
 * Leaving a form with unsaved changes asks first. A form with an explicit
 * "Opslaan" registers itself (useLeaveGuard); whatever would leave it — a link
 * to another section, the back key, another item in the library — goes
 * through `leave`. With nothing unsaved that runs at once; otherwise the one
 * UnsavedDialog asks: save and go (and stay when the save is refused, so its
 * message is seen), go without saving, or stay. A chapter saves itself and
 * registers nothing, so it is never asked about.
 */
import { createContext, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { UnsavedDialog } from '../ui/UnsavedDialog.js';

/** One open form's stake in leaving, kept current by useLeaveGuard. */
export interface Guard {
  dirty: boolean;
  /** A reviewer's form: its edits cannot be saved, so leaving never asks. */
  locked: boolean;
  /** Resolves false when the save was refused. */
  save(): Promise<boolean>;
}

interface LeaveGuards {
  /** Returns the unregistering. */
  register(guard: Guard): () => void;
  /** Runs `then` (the leaving) at once, after the editor's answer, or — when the editor stays — never. */
  leave(then: () => void): void;
}

const LeaveGuardContext = createContext<LeaveGuards | null>(null);

const unsaved = (guard: Guard) => guard.dirty && !guard.locked;

export function LeaveGuardProvider({ children }: { children: ReactNode }) {
  const [guards] = useState(() => new Set<Guard>());
  const [asking, setAsking] = useState<Question | null>(null);
  // The open question, read where state would be stale: one dialog at a time, one save per answer.
  const open = useRef<Question | null>(null);
  // Set while an answered leaving runs, so the navigation it does is not asked about again.
  const leaving = useRef(false);

  const value = useMemo<LeaveGuards>(
    () => ({
      register: (guard) => {
        guards.add(guard);
        return () => void guards.delete(guard);
      },
      leave: (then) => {
        if (leaving.current || ![...guards].some(unsaved)) return then();
        if (open.current) return;
        open.current = { then, saving: false };
        setAsking(open.current);
      },
    }),
    [guards],
  );

  const answer = (question: Question, leave: boolean) => {
    // Escape pressed while a save was running has answered already.
    if (open.current !== question) return;
    open.current = null;
    setAsking(null);
    if (!leave) return;
    leaving.current = true;
    try {
      question.then();
    } finally {
      leaving.current = false;
    }
  };

  const save = async (question: Question) => {
    // The dialog stays while saving: a second click must not save twice.
    if (question.saving) return;
    question.saving = true;
    let saved = false;
    try {
      saved = await saveAll([...guards].filter(unsaved));
    } finally {
      question.saving = false;
      answer(question, saved);
    }
  };

  return (
    <LeaveGuardContext.Provider value={value}>
      {children}
      {asking && <UnsavedDialog onCancel={() => answer(asking, false)} onDiscard={() => answer(asking, true)} onSave={() => void save(asking)} />}
    </LeaveGuardContext.Provider>
  );
}

interface Question {
  then(): void;
  saving: boolean;
}

/** One after the other, stopping at the first refusal (whose form shows why). */
async function saveAll(dirty: Guard[]): Promise<boolean> {
  for (const guard of dirty) if (!(await guard.save())) return false;
  return true;
}

export function useLeaveGuards(): LeaveGuards {
  const value = useContext(LeaveGuardContext);
  if (!value) throw new Error('useLeaveGuards outside LeaveGuardProvider');
  return value;
}

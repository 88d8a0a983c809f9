/**
 * A form's "unsaved changes" flag, used like useState, that leaving also
 * reads: while it is set, navigating away from the form asks first (see
 * LeaveGuardProvider). The flag reaches the guard as it is set, not at the
 * next drawing, so a save that clears it and then moves on (a new item's
 * first save opens the item) is not asked about.
 */
import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { useLeaveGuards, type Guard } from './leaveGuard.js';

export function useLeaveGuard({
  initially = false,
  locked,
  save,
}: {
  /** A new record, not yet stored, counts as unsaved from the start. */
  initially?: boolean;
  locked: boolean;
  /** The form's own save; resolves false when refused. */
  save(): Promise<boolean>;
}): [boolean, (dirty: boolean) => void] {
  const { register } = useLeaveGuards();
  const [dirty, setDirtyState] = useState(initially);
  const [guard] = useState<Guard>(() => ({ dirty: initially, locked, save }));

  // The latest drawing's save holds the latest edits.
  useLayoutEffect(() => {
    guard.save = save;
    guard.locked = locked;
  });
  useEffect(() => register(guard), [register, guard]);

  const setDirty = useCallback(
    (value: boolean) => {
      guard.dirty = value;
      setDirtyState(value);
    },
    [guard],
  );
  return [dirty, setDirty];
}

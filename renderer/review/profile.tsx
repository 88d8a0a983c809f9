/**
 * Who is using this file, for every view: the profile and the role main gives
 * it (a reviewer copy is always a reviewer). `ensure` asks for a profile first
 * when there is none — the first comment needs a name to put on it.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Author, ProfileRole } from '../../main/model/index.js';
import type { Output } from '../../main/ipc/contract.js';
import { useData, useQuery } from '../app/data.js';
import { ProfileDialog } from './ProfileDialog.js';

export type ProfileState = Output<'profile.get'>;

interface Profile {
  state: ProfileState | null;
  /** What the UI lets this user do; editor until main has answered. */
  role: ProfileRole;
  /** Opens the profile dialog. */
  edit(): void;
  /** Resolves with the profile, asking for it first when there is none; null when the user cancelled. */
  ensure(): Promise<Author | null>;
}

const ProfileContext = createContext<Profile | null>(null);

export function ProfileProvider({ children }: { children: ReactNode }) {
  const { write } = useData();
  const query = useQuery('profile.get', {});
  const [saved, setSaved] = useState<ProfileState | null>(null);
  const [open, setOpen] = useState(false);
  // Whoever waits for a profile (a comment about to be made) is answered when the dialog closes.
  const waiting = useRef<((author: Author | null) => void) | null>(null);
  const state = saved ?? query.data ?? null;

  const close = useCallback((author: Author | null) => {
    setOpen(false);
    waiting.current?.(author);
    waiting.current = null;
  }, []);

  const ensure = useCallback((): Promise<Author | null> => {
    if (state?.profile) return Promise.resolve(state.profile);
    setOpen(true);
    return new Promise((resolve) => {
      waiting.current = resolve;
    });
  }, [state]);

  const value = useMemo<Profile>(
    () => ({ state, role: state?.role ?? 'editor', edit: () => setOpen(true), ensure }),
    [state, ensure],
  );

  return (
    <ProfileContext.Provider value={value}>
      {children}
      {open && (
        <ProfileDialog
          state={state}
          onCancel={() => close(null)}
          onSave={async (author) => {
            const next = await write('profile.put', author);
            setSaved(next);
            close(next.profile);
          }}
        />
      )}
    </ProfileContext.Provider>
  );
}

export function useProfile(): Profile {
  const value = useContext(ProfileContext);
  if (!value) throw new Error('useProfile outside ProfileProvider');
  return value;
}

/**
 * True while the user reads along as a reviewer: then no screen offers a
 * change to text, material or structure. Main refuses such writes anyway;
 * this only keeps the UI from offering what would be refused.
 */
export function useReviewerLock(): boolean {
  return useProfile().role === 'reviewer';
}

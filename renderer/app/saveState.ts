/**
 * The save state the header shows ("opgeslagen / opslaan…"), kept outside
 * React's tree: only the indicator subscribes (useSyncExternalStore). As
 * provider state, the first keystroke after each save (which marks a change
 * as waiting) re-rendered the provider, and React walked the whole tree for
 * the context's readers inside that keystroke. The indicator hears of a
 * change once the frame is painted (afterPaint), so that keystroke's frame
 * carries no React commit at all.
 */
import { afterPaint } from './afterPaint.js';

export type SaveState = 'saved' | 'saving' | 'failed';

export interface Saving {
  saveState: SaveState;
  /** The sentence for the last failed write, until the next write succeeds. */
  failure: string | null;
}

export class SaveStates {
  private pending = 0;
  private failure: string | null = null;
  private current: Saving = { saveState: 'saved', failure: null };
  private readonly listeners = new Set<() => void>();
  private readonly tell = afterPaint(() => {
    for (const listener of [...this.listeners]) listener();
  });

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly get = (): Saving => this.current;

  /** Something waits to be written, or is being written; returns the release (once). */
  hold(): () => void {
    this.change(1, this.failure);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.change(-1, this.failure);
    };
  }

  /** The last write's outcome: null when it succeeded. */
  settle(failure: string | null): void {
    this.change(0, failure);
  }

  private change(pending: number, failure: string | null): void {
    this.pending += pending;
    this.failure = failure;
    const saveState: SaveState = this.pending > 0 ? 'saving' : failure ? 'failed' : 'saved';
    if (saveState === this.current.saveState && failure === this.current.failure) return;
    this.current = { saveState, failure };
    this.tell.request();
  }
}

/**
 * Windowing for long lists: only the rows in (and a little around) the visible
 * part of a scroll container are rendered, each absolutely placed at its
 * offset inside a list as tall as all rows together. Rows may differ in
 * height: each rendered row is measured (ResizeObserver), remembered by its
 * key, and rows not yet seen are estimated at the average measured height.
 *
 * The row that holds the focus is always rendered, wherever the list is
 * scrolled, so the focus is never dropped to the page when its row scrolls out
 * of view. `reveal` scrolls a row into view (as little as needed) and renders
 * it at once, so the caller can focus it.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/** Rows rendered beyond the visible part, above and below (in px). */
const overscanPx = 480;
const defaultEstimate = 80;

export interface ListWindow {
  /** Indexes to render, ascending. */
  indexes: number[];
  /** The top of row `i` within the list. */
  offset(i: number): number;
  /** The list's full height. */
  total: number;
  /** Ref for each rendered row's element: measures it. */
  measure(key: string): (el: HTMLElement | null) => void;
  /**
   * Scrolls row `i` into view if it is not (just into view, or to the middle
   * with `center`), and renders it before returning (`now`, the default), or
   * with the render under way (from an effect, `now` false).
   */
  reveal(i: number, how?: { now?: boolean; center?: boolean }): void;
  /** The row that holds the focus (kept rendered), or null. */
  setFocused(i: number | null): void;
  /** Call from the scroll container's onScroll. */
  onScroll(): void;
}

export function useWindow(keys: readonly string[], scroller: React.RefObject<HTMLElement | null>): ListWindow {
  const heights = useRef(new Map<string, number>());
  const [measured, setMeasured] = useState(0);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(900);
  const [focused, setFocused] = useState<number | null>(null);

  // Offsets of every row: prefix sums over measured or estimated heights.
  const offsets = useMemo(() => {
    let sum = 0;
    for (const h of heights.current.values()) sum += h;
    const estimate = heights.current.size ? sum / heights.current.size : defaultEstimate;
    const out = new Float64Array(keys.length + 1);
    for (let i = 0; i < keys.length; i++) out[i + 1] = out[i]! + (heights.current.get(keys[i]!) ?? estimate);
    return out;
    // `measured` changes whenever a row's height does.
  }, [keys, measured]);

  // One observer for all rows; a changed height re-renders once per frame at most.
  const observer = useRef<ResizeObserver | null>(null);
  const elements = useRef(new Map<string, HTMLElement>());
  const observe = useCallback(() => {
    observer.current ??= new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const el = entry.target as HTMLElement;
        const key = el.dataset.key;
        const height = entry.borderBoxSize[0]?.blockSize ?? el.offsetHeight;
        if (key === undefined || height === 0 || heights.current.get(key) === height) continue;
        heights.current.set(key, height);
        changed = true;
      }
      if (changed) setMeasured((n) => n + 1);
    });
    return observer.current;
  }, []);
  useLayoutEffect(() => () => observer.current?.disconnect(), []);

  const refs = useRef(new Map<string, (el: HTMLElement | null) => void>());
  const measure = useCallback(
    (key: string) => {
      let ref = refs.current.get(key);
      if (!ref) {
        ref = (el: HTMLElement | null) => {
          const old = elements.current.get(key);
          if (old && old !== el) observe().unobserve(old);
          if (el) {
            el.dataset.key = key;
            elements.current.set(key, el);
            observe().observe(el);
          } else {
            elements.current.delete(key);
            refs.current.delete(key);
          }
        };
        refs.current.set(key, ref);
      }
      return ref;
    },
    [observe],
  );

  // The scroll container's height, kept current.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setViewport(el.clientHeight || 900);
    setScrollTop(el.scrollTop);
    const resize = new ResizeObserver(() => setViewport(el.clientHeight || 900));
    resize.observe(el);
    return () => resize.disconnect();
  }, [scroller]);

  // Scroll anchoring: rows measured above the one at the top of the view change the
  // offsets; the view then moves with that row, so what is in view stays in view.
  // Only within one list: a list filtered anew starts from its own top, not at the anchor's row.
  const anchor = useRef<{ key: string; delta: number; keys: readonly string[] } | null>(null);
  const indexOf = useMemo(() => new Map(keys.map((key, i) => [key, i])), [keys]);
  const setAnchor = useCallback(
    (top: number, i = rowAt(offsets, top)) => {
      const key = keys[i];
      anchor.current = key === undefined ? null : { key, delta: top - offsets[i]!, keys };
    },
    [keys, offsets],
  );
  useLayoutEffect(() => {
    const el = scroller.current;
    const i = anchor.current?.keys === keys ? indexOf.get(anchor.current.key) : undefined;
    if (!el || i === undefined) return;
    const want = Math.max(0, offsets[i]! + anchor.current!.delta);
    if (Math.abs(el.scrollTop - want) < 1) return;
    own.current = scrollTo(el, want);
    setScrollTop(el.scrollTop);
  }, [offsets, indexOf, keys, scroller]);

  // Where we scrolled ourselves: that scroll keeps its anchor (a revealed row need not be at the top).
  const own = useRef<number | null>(null);
  const onScroll = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    setScrollTop(el.scrollTop);
    if (own.current !== null && Math.abs(el.scrollTop - own.current) < 1) own.current = null;
    else setAnchor(el.scrollTop);
  }, [scroller, setAnchor]);

  const count = keys.length;
  const indexes = useMemo(() => {
    const first = Math.max(0, rowAt(offsets, scrollTop - overscanPx));
    const last = Math.min(count - 1, rowAt(offsets, scrollTop + viewport + overscanPx));
    const out: number[] = [];
    if (focused !== null && focused < first && focused < count) out.push(focused);
    for (let i = first; i <= last; i++) out.push(i);
    if (focused !== null && focused > last && focused < count) out.push(focused);
    return out;
  }, [offsets, scrollTop, viewport, focused, count]);

  const reveal = useCallback(
    (i: number, how: { now?: boolean; center?: boolean } = {}) => {
      const { now = true, center = false } = how;
      const el = scroller.current;
      if (!el || i < 0 || i >= count) return;
      // A few pixels to spare, so the focus ring shows whole.
      const top = offsets[i]! - 4;
      const bottom = offsets[i + 1]! + 4;
      let next = el.scrollTop;
      if (top < next || bottom > next + el.clientHeight) {
        if (center) next = Math.max(0, (top + bottom - el.clientHeight) / 2);
        else if (top < next) next = Math.max(0, top);
        else next = bottom - el.clientHeight;
      }
      if (next !== el.scrollTop) own.current = scrollTo(el, next);
      // Anchor on the revealed row, which is the one that must stay in view.
      anchor.current = { key: keys[i]!, delta: el.scrollTop - offsets[i]!, keys };
      if (now) flushSync(() => setScrollTop(el.scrollTop));
      else setScrollTop(el.scrollTop);
    },
    [offsets, count, scroller, keys],
  );

  return {
    indexes,
    offset: (i) => offsets[i] ?? 0,
    total: offsets[count] ?? 0,
    measure,
    reveal,
    setFocused,
    onScroll,
  };
}

/**
 * Scrolls `el` to `top` and answers where it got: the browser stops at the end of the list, and a
 * scroll event at that place must still be known as our own.
 */
function scrollTo(el: HTMLElement, top: number): number {
  el.scrollTop = top;
  return el.scrollTop;
}

/** The row at height `y`: the last i with offsets[i] <= y (binary search). */
function rowAt(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

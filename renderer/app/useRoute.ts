/**
 * The route as the window's history keeps it. `go` adds a history entry; the
 * back and forward keys and a typed address move the route as well. Both go
 * through `leave`, so a form with unsaved changes is asked about first.
 *
 * The browser has already moved when it tells of a move: while the question
 * is open the move is undone, and it is done again when the editor goes on,
 * so the history stays as it was whatever the answer. To know how far to
 * undo, every entry carries its place in the history (`at`).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseRoute, routeHash, type Route } from './route.js';

type Leave = (then: () => void) => void;

function placeOf(state: unknown): number | null {
  return typeof state === 'object' && state !== null && 'at' in state && typeof state.at === 'number' ? state.at : null;
}

export function useRoute(leave: Leave): [Route, (next: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  // Where the route stands, for the history listener (the state would be stale there).
  const place = useRef(0);
  const shown = useRef(route);

  const show = useCallback((next: Route, at: number) => {
    place.current = at;
    shown.current = next;
    setRoute(next);
  }, []);

  // A new entry after this one, as a link makes.
  const push = useCallback(
    (next: Route) => {
      const hash = routeHash(next);
      if (window.location.hash === hash) return show(next, place.current);
      window.history.pushState({ at: place.current + 1 }, '', hash);
      show(next, place.current + 1);
    },
    [show],
  );

  useEffect(() => {
    // A reload keeps the entry's place; a first load starts the count.
    place.current = placeOf(window.history.state) ?? 0;
    window.history.replaceState({ at: place.current }, '');
    // Moves of our own (the undoing, and the redoing after the answer) arrive here too, in order.
    const ours: ('undo' | 'redo')[] = [];

    const onPop = () => {
      const known = placeOf(window.history.state);
      // A typed address is a new entry just after this one.
      const at = known ?? place.current + 1;
      if (known === null) window.history.replaceState({ at }, '');
      const next = parseRoute(window.location.hash);
      const move = ours.shift();
      if (move === 'undo') return;
      if (move === 'redo' || at === place.current || routeHash(next) === routeHash(shown.current)) return show(next, at);
      const from = place.current;
      let asking = false;
      leave(() => {
        if (!asking) return show(next, at);
        // The save may have moved on meanwhile (a new item's first save opens it), rewriting the history ahead: then go as a link would.
        if (place.current !== from) return push(next);
        ours.push('redo');
        window.history.go(at - from);
      });
      // leave() has either gone already or is asking (or another question is open): go back meanwhile.
      if (place.current === at) return;
      asking = true;
      ours.push('undo');
      window.history.go(from - at);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [leave, push, show]);

  const go = useCallback(
    (next: Route) => {
      // Within the same place (the library's draft left for the item it was on) nothing is left behind.
      if (routeHash(next) === routeHash(shown.current)) push(next);
      else leave(() => push(next));
    },
    [leave, push],
  );
  return [route, go];
}

/**
 * Where the editor is: a section and, in it, the open record. Kept in the
 * address's #fragment so a reload (and the back key) returns to the same place;
 * the query part belongs to the transport (the bridge's token).
 */
import { useCallback, useEffect, useState } from 'react';

export const sections = ['material', 'chapters', 'workgroups', 'contributors', 'visuals'] as const;
export type Section = (typeof sections)[number];

export interface Route {
  section: Section;
  id: string | null;
}

export function parseRoute(hash: string): Route {
  const [section, id] = hash.replace(/^#\/?/, '').split('/');
  const known = (sections as readonly string[]).includes(section ?? '') ? (section as Section) : 'material';
  return { section: known, id: id ? decodeURIComponent(id) : null };
}

export function routeHash(route: Route): string {
  return `#/${route.section}${route.id ? `/${encodeURIComponent(route.id)}` : ''}`;
}

export function useRoute(): [Route, (next: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = useCallback((next: Route) => {
    const hash = routeHash(next);
    if (window.location.hash !== hash) window.location.hash = hash;
    setRoute(next);
  }, []);
  return [route, go];
}

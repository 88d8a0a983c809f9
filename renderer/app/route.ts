/**
 * Where the editor is: a section and, in it, the open record. Kept in the
 * address's #fragment so a reload (and the back key) returns to the same place;
 * the query part belongs to the transport (the bridge's token). The window's
 * history of it is kept by useRoute.
 */
export const sections = ['publication', 'material', 'chapters', 'workgroups', 'contributors', 'visuals', 'overviews'] as const;
export type Section = (typeof sections)[number];

export interface Route {
  section: Section;
  id: string | null;
  /** The section's own settings after a `?`, e.g. the library's filters when an overview links to it. */
  query?: Record<string, string>;
}

export function parseRoute(hash: string): Route {
  const [path = '', search] = hash.replace(/^#\/?/, '').split('?');
  const [section, id] = path.split('/');
  const known = (sections as readonly string[]).includes(section ?? '') ? (section as Section) : 'material';
  const query = search ? Object.fromEntries(new URLSearchParams(search)) : undefined;
  return { section: known, id: id ? decodeURIComponent(id) : null, ...(query && { query }) };
}

export function routeHash(route: Route): string {
  const query = route.query && Object.keys(route.query).length > 0 ? `?${new URLSearchParams(route.query).toString()}` : '';
  return `#/${route.section}${route.id ? `/${encodeURIComponent(route.id)}` : ''}${query}`;
}

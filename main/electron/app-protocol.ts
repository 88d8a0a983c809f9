/**
 * Routing of the app's own protocol: `bundel://app/<path>` is the built
 * renderer, `bundel://image/<sha-256>` a project image. Anything else is not
 * found, so no request can reach the file system around the renderer.
 */
import { ContentHash } from '../model/index.js';

export const appScheme = 'bundel';

export type AppRoute = { kind: 'asset'; path: string } | { kind: 'image'; hash: string } | { kind: 'notFound' };

export function routeAppRequest(raw: string, method: string): AppRoute {
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'notFound' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { kind: 'notFound' };
  }
  if (url.protocol !== `${appScheme}:` || url.username || url.password || url.port) return { kind: 'notFound' };
  if (url.hostname === 'app') return { kind: 'asset', path: url.pathname };
  if (url.hostname === 'image') {
    const hash = url.pathname.slice(1);
    return ContentHash.safeParse(hash).success && url.search === '' ? { kind: 'image', hash } : { kind: 'notFound' };
  }
  return { kind: 'notFound' };
}

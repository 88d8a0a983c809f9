/**
 * Which requests a page may make: only the app's own schemes. The CSP already
 * forbids remote sources; this is the second wall, in the network layer,
 * should a policy ever be loosened by mistake. Requests without a page (the
 * spell checker fetching its dictionary) are Chromium's own and pass.
 */
const localSchemes = new Set(['bundel:', 'data:', 'blob:', 'devtools:']);

export function allowRequest(url: string, fromPage: boolean): boolean {
  if (!fromPage) return true;
  try {
    return localSchemes.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

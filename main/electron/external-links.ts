/**
 * Which addresses may leave the app for the system's browser or mail
 * program. `shell.openExternal` hands a URL to the operating system, which
 * runs whatever handles its scheme: only web and mail addresses are allowed,
 * never files, custom schemes or this machine's own services.
 */
const allowedProtocols = new Set(['https:', 'http:', 'mailto:']);
const loopbackHosts = /^(localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])$/i;

export function isSafeExternalUrl(raw: string): boolean {
  if (raw.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (!allowedProtocols.has(url.protocol)) return false;
  if (url.protocol === 'mailto:') return url.pathname.length > 0;
  // Credentials in a link are a classic way to disguise where it really goes.
  if (url.username !== '' || url.password !== '') return false;
  return url.hostname !== '' && !loopbackHosts.test(url.hostname);
}

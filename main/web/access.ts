/**
 * Who may talk to the test bridge: only a client that knows this run's random
 * token and addresses the bridge by its loopback name. The token protects the
 * open project from other local users and from web pages in a browser
 * (which could otherwise reach 127.0.0.1); the Host check defeats DNS
 * rebinding. Pure, so that every rule is tested without a socket.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sameToken(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The cookie that admits `<img>` and `<script>` loads after the first page load; named per port since cookies ignore ports. */
export function cookieName(port: number): string {
  return `bundel-token-${port}`;
}

export function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export interface AccessRequest {
  method: string;
  host: string | undefined;
  origin: string | undefined;
  headerToken: string | undefined;
  queryToken: string | undefined;
  cookieToken: string | undefined;
}

/** `ok`, or the HTTP status to refuse with: 401 without a token, 403 with a wrong one or a foreign host/origin. */
export type AccessVerdict = { ok: true; setCookie: boolean } | { ok: false; status: 401 | 403 };

export function checkAccess(request: AccessRequest, token: string, port: number): AccessVerdict {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!request.host || !hosts.includes(request.host.toLowerCase())) return { ok: false, status: 403 };
  if (request.origin !== undefined && !hosts.some((h) => request.origin === `http://${h}`)) return { ok: false, status: 403 };

  // Calls must carry the header: a cross-site form or image cannot set it, so a cookie alone never reaches the project.
  const offered =
    request.method === 'POST'
      ? [request.headerToken]
      : [request.headerToken, request.queryToken, request.cookieToken];
  const given = offered.filter((t): t is string => t !== undefined && t !== '');
  if (given.length === 0) return { ok: false, status: 401 };
  if (!given.some((t) => sameToken(token, t))) return { ok: false, status: 403 };
  const viaQuery = request.queryToken !== undefined && sameToken(token, request.queryToken);
  return { ok: true, setCookie: viaQuery };
}

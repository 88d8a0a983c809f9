/**
 * The built renderer (dist/renderer) as served by both shells: the desktop
 * app's `bundel://app/` protocol and the test bridge. Paths are resolved
 * strictly inside the build folder; the page gets the CSP meta tag on the way out.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { withCspMeta } from './csp.js';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a URL path names inside `root`, or null when the path tries to
 * leave it or cannot be a file name. Paths without an extension are the
 * single-page app's own routes and get index.html.
 */
export function resolveAsset(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || /[\0\\]/.test(decoded)) return null;
  const segments = decoded.split('/').filter(Boolean);
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const last = segments.at(-1) ?? '';
  const relative = last.includes('.') ? segments.join('/') : 'index.html';
  const file = path.resolve(root, relative);
  return file.startsWith(path.resolve(root) + path.sep) ? file : null;
}

export interface Asset {
  body: Buffer;
  contentType: string;
}

/** Reads an asset; null when it does not exist or (through a link) lies outside the build folder. */
export async function readAsset(root: string, urlPath: string): Promise<Asset | null> {
  const file = resolveAsset(root, urlPath);
  if (!file) return null;
  let real: string;
  let realRoot: string;
  try {
    [real, realRoot] = await Promise.all([fs.realpath(file), fs.realpath(root)]);
  } catch {
    return null;
  }
  if (!real.startsWith(realRoot + path.sep)) return null;
  const stat = await fs.stat(real);
  if (!stat.isFile()) return null;
  const contentType = contentTypeFor(real);
  const bytes = await fs.readFile(real);
  const body = contentType.startsWith('text/html') ? Buffer.from(withCspMeta(bytes.toString('utf8'))) : bytes;
  return { body, contentType };
}

/** Response headers the renderer's documents, assets and images are served with, in both shells. */
import { contentSecurityPolicy, imageContentSecurityPolicy } from './csp.js';

export type Headers = Record<string, string>;

const always: Headers = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), payment=()',
};

export function assetHeaders(contentType: string): Headers {
  return { ...always, 'Content-Type': contentType, 'Content-Security-Policy': contentSecurityPolicy, 'Cache-Control': 'no-cache' };
}

export function imageHeaders(mime: string): Headers {
  return {
    ...always,
    'Content-Type': mime,
    'Content-Security-Policy': imageContentSecurityPolicy,
    // Images are stored by content hash: the bytes behind an address never change.
    'Cache-Control': 'private, max-age=31536000, immutable',
  };
}

export function errorHeaders(contentType = 'text/plain; charset=utf-8'): Headers {
  return { ...always, 'Content-Type': contentType, 'Content-Security-Policy': "default-src 'none'", 'Cache-Control': 'no-store' };
}

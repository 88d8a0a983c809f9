/**
 * The `bundel:` protocol: the renderer from dist/renderer at `bundel://app/`
 * and project images at `bundel://image/<hash>`, so nothing is ever loaded
 * from `file://`. The scheme is registered as standard and secure before the
 * app is ready, which gives it an origin for the CSP's 'self' and a secure context.
 */
import { protocol, type Session } from 'electron';
import type { StoredImage } from '../store/types.js';
import { readAsset } from '../web/assets.js';
import { assetHeaders, errorHeaders, imageHeaders } from '../web/headers.js';
import { appScheme, routeAppRequest } from './app-protocol.js';

/** Must run before `app.whenReady()`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      // corsEnabled: the renderer build's module scripts and stylesheets load in CORS mode. No response
      // carries Access-Control-Allow-Origin, so no other origin can read from the scheme.
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

export interface ProtocolSources {
  rendererRoot: string;
  image(hash: string): StoredImage | undefined;
}

export function serveAppProtocol(session: Session, sources: ProtocolSources): void {
  session.protocol.handle(appScheme, async (request) => {
    const route = routeAppRequest(request.url, request.method);
    const headOnly = request.method === 'HEAD';
    if (route.kind === 'asset') {
      const asset = await readAsset(sources.rendererRoot, route.path);
      if (asset) return new Response(headOnly ? null : new Uint8Array(asset.body), { status: 200, headers: assetHeaders(asset.contentType) });
    } else if (route.kind === 'image') {
      const image = sources.image(route.hash);
      if (image) return new Response(headOnly ? null : new Uint8Array(image.bytes), { status: 200, headers: imageHeaders(image.mime) });
    }
    return new Response('not found', { status: 404, headers: errorHeaders() });
  });
}

/**
 * The test bridge: the real contract over HTTP on 127.0.0.1, so that the
 * built renderer runs in an ordinary browser against the real store. Only the
 * transport differs from the desktop app: the same dispatcher, the same CSP,
 * the same assets.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { BridgeRequest, transportNames, type Envelope } from '../ipc/contract.js';
import { createDispatcher } from '../ipc/dispatch.js';
import { consoleLogger, forbiddenError, invalidPayloadError, type Logger } from '../ipc/errors.js';
import type { ExportServices } from '../ipc/export-handlers.js';
import type { ReviewCopyServices } from '../ipc/review-handlers.js';
import { createHandlers } from '../ipc/handlers.js';
import { Language } from '../ipc/language.js';
import { ContentHash, now } from '../model/index.js';
import type { ProjectStore } from '../store/types.js';
import { checkAccess, cookieName, cookieValue, newToken } from './access.js';
import { readAsset } from './assets.js';
import { assetHeaders, errorHeaders, imageHeaders, type Headers } from './headers.js';

/** Room for the largest image the contract accepts, base64-encoded, plus the envelope. */
const maxBodyBytes = 64 * 1024 * 1024;

export interface BridgeOptions {
  store: ProjectStore;
  /** The built renderer: dist/renderer. */
  rendererRoot: string;
  /** 0 or absent: any free port. */
  port?: number;
  /** The app's language; Dutch, held by the bridge alone, when absent. */
  language?: Language;
  log?: Logger;
  /** Exports, when the host offers them (`npm run web` does). */
  exports?: ExportServices;
  /** Reviewer copies, when the host offers them (`npm run web` does). */
  reviewCopies?: ReviewCopyServices;
}

export interface Bridge {
  /** The address to open, token included: `http://127.0.0.1:PORT/?token=…`. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startBridge({ store, rendererRoot, port = 0, language = new Language('nl'), log = consoleLogger, exports, reviewCopies }: BridgeOptions): Promise<Bridge> {
  const token = newToken();
  const openedAt = now();
  const dispatch = createDispatcher({
    handlers: createHandlers(store, {
      language,
      recent: () => [{ path: store.path, name: store.path.split(/[\\/]/).at(-1) ?? store.path, openedAt }],
      exports,
      reviewCopies,
    }),
    language,
    log,
  });

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.error('bridge request failed', error);
      if (!res.headersSent) send(res, 500, errorHeaders(), 'internal error');
      else res.destroy();
    });
  });
  // Loopback only: nothing on the network can reach the project.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${actualPort}`;
  const cookie = cookieName(actualPort);

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', origin);
    const verdict = checkAccess(
      {
        method,
        host: req.headers.host,
        origin: req.headers.origin,
        headerToken: single(req.headers[transportNames.bridgeTokenHeader]),
        queryToken: url.searchParams.get(transportNames.bridgeTokenParam) ?? undefined,
        cookieToken: cookieValue(req.headers.cookie, cookie),
      },
      token,
      actualPort,
    );
    if (!verdict.ok) return sendEnvelope(res, verdict.status, { ok: false, error: forbiddenError(language.current) });
    if (verdict.setCookie) res.setHeader('Set-Cookie', `${cookie}=${token}; HttpOnly; SameSite=Strict; Path=/`);

    if (url.pathname === transportNames.bridgeIpcPath) {
      if (method !== 'POST') return send(res, 405, { ...errorHeaders(), Allow: 'POST' }, 'method not allowed');
      return handleIpc(req, res);
    }
    if (method !== 'GET' && method !== 'HEAD') return send(res, 405, { ...errorHeaders(), Allow: 'GET, HEAD' }, 'method not allowed');
    if (url.pathname.startsWith(transportNames.bridgeImagePath)) {
      return handleImage(res, url.pathname.slice(transportNames.bridgeImagePath.length), method === 'HEAD');
    }
    const asset = await readAsset(rendererRoot, url.pathname);
    if (!asset) return send(res, 404, errorHeaders(), 'not found');
    return send(res, 200, assetHeaders(asset.contentType), method === 'HEAD' ? '' : asset.body);
  }

  async function handleIpc(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return send(res, 415, errorHeaders(), 'expected application/json');
    }
    const body = await readBody(req, maxBodyBytes);
    if (body === null) return send(res, 413, { ...errorHeaders(), Connection: 'close' }, 'request too large');
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      json = undefined;
    }
    const request = BridgeRequest.safeParse(json);
    if (!request.success) {
      return sendEnvelope(res, 400, { ok: false, error: invalidPayloadError(transportNames.bridgeIpcPath, request.error.issues, language.current) });
    }
    const envelope = await dispatch(request.data.channel, request.data.payload);
    const refused = !envelope.ok && (envelope.error.code === 'unknownChannel' || envelope.error.code === 'invalidPayload');
    return sendEnvelope(res, refused ? 400 : 200, envelope);
  }

  function handleImage(res: http.ServerResponse, hash: string, headOnly: boolean): void {
    const image = ContentHash.safeParse(hash).success ? store.images.get(hash) : undefined;
    if (!image) return send(res, 404, errorHeaders(), 'not found');
    send(res, 200, { ...imageHeaders(image.mime), 'Cross-Origin-Resource-Policy': 'same-origin' }, headOnly ? '' : Buffer.from(image.bytes));
  }

  return {
    url: `${origin}/?${transportNames.bridgeTokenParam}=${token}`,
    origin,
    port: actualPort,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function send(res: http.ServerResponse, status: number, headers: Headers, body: string | Buffer): void {
  res.writeHead(status, headers);
  res.end(body);
}

function sendEnvelope(res: http.ServerResponse, status: number, envelope: Envelope): void {
  send(res, status, errorHeaders('application/json; charset=utf-8'), JSON.stringify(envelope));
}

/** The whole body as text, or null once it grows past `limit`. */
async function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

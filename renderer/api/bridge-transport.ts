import { transportNames } from '../../main/ipc/contract.js';
import type { Transport } from './transport.js';

export interface BridgeOptions {
  /** The bridge's origin, e.g. `http://127.0.0.1:5123`. */
  baseUrl: string;
  /** The per-run token the bridge printed in its address. */
  token: string;
  /** Injected in tests that run outside a browser. */
  fetch?: typeof fetch;
}

/** The test bridge's transport: POST /ipc with the token header; images are plain same-origin URLs. */
export function bridgeTransport({ baseUrl, token, fetch: doFetch = globalThis.fetch.bind(globalThis) }: BridgeOptions): Transport {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    async invoke(channel, payload) {
      const response = await doFetch(`${base}${transportNames.bridgeIpcPath}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [transportNames.bridgeTokenHeader]: token },
        body: JSON.stringify({ channel, payload }),
      });
      // The bridge answers every call, refused ones included, with an envelope.
      return (await response.json()) as unknown;
    },
    // Images load through <img>, which cannot send headers: the bridge's cookie from the first page load admits them.
    imageUrl: (hash) => `${base}${transportNames.bridgeImagePath}${encodeURIComponent(hash)}`,
    onCommand: () => () => undefined,
  };
}

/**
 * How the renderer reaches main. In the desktop app the preload puts the
 * contract on `window.bundel`; in the test bridge the same calls go over HTTP
 * to 127.0.0.1. Only the transport differs: the client above it is the same.
 */
import type { MenuCommand, PreloadApi } from '../../main/ipc/contract.js';
import { bridgeTransport } from './bridge-transport.js';
import { preloadTransport } from './preload-transport.js';

export interface Transport {
  /** Sends one call; resolves to the raw envelope (the client validates it). */
  invoke(channel: string, payload: unknown): Promise<unknown>;
  /** The address an `<img>` uses for a stored image. */
  imageUrl(hash: string): string;
  /** Menu commands from the native menu; the bridge has no menu and never calls back. */
  onCommand(listener: (command: MenuCommand) => void): () => void;
}

declare global {
  interface Window {
    bundel?: PreloadApi;
  }
}

/** The preload's API when it is there, else the bridge of the page's own origin with the token from its address. */
export function pickTransport(win: Window = window): Transport {
  if (win.bundel) return preloadTransport(win.bundel);
  return bridgeTransport({ baseUrl: win.location.origin, token: tokenFromLocation(win.location) });
}

function tokenFromLocation(location: Location): string {
  return new URLSearchParams(location.search).get('token') ?? '';
}

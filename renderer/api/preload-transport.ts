import { transportNames, type PreloadApi } from '../../main/ipc/contract.js';
import type { Transport } from './transport.js';

/** The desktop app's transport: the preload's `window.bundel` and the `bundel://image/` protocol. */
export function preloadTransport(api: PreloadApi): Transport {
  return {
    invoke: (channel, payload) => api.invoke(channel, payload),
    imageUrl: (hash) => `${transportNames.imageBase}${encodeURIComponent(hash)}`,
    onCommand: (listener) => api.onCommand(listener),
  };
}

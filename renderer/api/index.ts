/** The renderer's way to main: `createClient(pickTransport())` gives the typed contract. */
export { ApiError, createClient, type Client } from './client.js';
export { pickTransport, type Transport } from './transport.js';
export { bytesToBase64 } from './base64.js';

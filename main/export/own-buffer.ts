// A view's own bytes, for whatever reads a view's whole buffer: a message to
// a thread clones the whole buffer, and pdf-lib's JPEG embedder reads
// `new DataView(bytes.buffer)` from offset 0, ignoring a view's byteOffset (a
// JPEG in a Node Buffer from the shared pool, or any subarray, reads as "SOI
// not found"). Such views are copied first (with the Uint8Array constructor: a
// Buffer's `slice` is a view, not a copy).
export function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

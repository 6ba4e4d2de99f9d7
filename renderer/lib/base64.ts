// Encodes a file's raw bytes as base64 so the backend, not the renderer, decides whether they are valid text.

/** Chunked so String.fromCharCode never receives more arguments than the engine's call-stack limit allows. */
export function bytesToBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

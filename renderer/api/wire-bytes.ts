// File bytes on the way to the backend: sent as they are where the bridge carries binary (Electron IPC), and turned
// into base64 only for the JSON body of browser mode, so the backend, not the renderer, judges whether they are text.

/** Chunked so String.fromCharCode never receives more arguments than the engine's call-stack limit allows. */
export function bytesToBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** A call's input with every `bytes` field (at any depth) replaced by the same bytes as `dataBase64`, for JSON. */
export function bytesAsBase64(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(bytesAsBase64);
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'bytes' && v instanceof Uint8Array) out.dataBase64 = bytesToBase64(v);
    else out[key] = bytesAsBase64(v);
  }
  return out;
}

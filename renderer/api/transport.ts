// The renderer's only door to the backend: window.parley in Electron, loopback HTTP with a token in browser mode.
import type { WireError } from '../../core/errors';
import { bytesAsBase64 } from './wire-bytes';

/** A reply; `edits` (the undo and redo counts) comes with every call that changed the edits log. */
export type Envelope =
  { ok: true; value: unknown; edits?: { undoable: number; redoable: number } } | { ok: false; error: WireError };

interface ParleyBridge {
  invoke(method: string, input: unknown): Promise<Envelope>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    parley?: ParleyBridge;
    /**
     * Failures a test plants for a method (`{ 'notes.set': { code, message } }`), answered here before either door, so
     * a spec of error handling runs the same over Electron's bridge and over HTTP. Nothing in the app sets it.
     */
    parleyFaults?: Record<string, WireError>;
  }
}

const TOKEN_KEY = 'parley.token';

/** Takes the launch token from the URL once, keeps it for this tab, and removes it from the address bar. */
function browserToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

let token: string | null = null;

/** Why a browser-mode tab can no longer work: its launch token was refused (a restart), or nothing answers. */
export type SessionLoss = 'token' | 'unreachable';
let lost: ((why: SessionLoss) => void) | null = null;

/** Tells the app once the backend has refused this tab or gone, so it can say so plainly instead of failing quietly. */
export function onSessionLost(listener: (why: SessionLoss) => void): void {
  lost = listener;
}

/** Electron's bridge carries file bytes as binary; the HTTP body carries them as base64. */
export async function send(method: string, input: unknown): Promise<Envelope> {
  const fault = window.parleyFaults?.[method];
  if (fault) return { ok: false, error: fault };
  if (window.parley) return window.parley.invoke(method, input);
  token ??= browserToken();
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Parley-Token': token },
      body: JSON.stringify(bytesAsBase64(input ?? {})),
    });
  } catch {
    lost?.('unreachable');
    return { ok: false, error: { code: 'internal', message: 'Cannot reach the Parley backend. Is it still running?' } };
  }
  if (response.status === 401) lost?.('token');
  try {
    return (await response.json()) as Envelope;
  } catch {
    return {
      ok: false,
      error: { code: 'internal', message: `The backend answered ${response.status} without a result.` },
    };
  }
}

/** Subscribes to a backend event; returns the unsubscribe function. */
export function subscribe(event: string, listener: (payload: unknown) => void): () => void {
  if (window.parley) return window.parley.on(event, listener);
  token ??= browserToken();
  const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
  const handler = (e: MessageEvent<string>) => listener(JSON.parse(e.data));
  source.addEventListener(event, handler);
  return () => source.close();
}

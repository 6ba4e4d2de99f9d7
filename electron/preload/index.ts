// The sandboxed preload: exposes window.parley with named, validated calls only (never ipcRenderer itself).
import { contextBridge, ipcRenderer } from 'electron';
import { EVENT_PREFIX, IPC_PREFIX, isMethodName } from '../../core/contract-names';

const EVENT_NAMES = new Set(['import.progress', 'job.progress']);

const api = {
  invoke(method: unknown, input: unknown): Promise<unknown> {
    if (!isMethodName(method)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'invalid_input', message: `Unknown method: ${String(method)}` },
      });
    }
    return ipcRenderer.invoke(IPC_PREFIX + method, input);
  },
  on(event: string, listener: (payload: unknown) => void): () => void {
    if (!EVENT_NAMES.has(event)) throw new Error(`Unknown event: ${event}`);
    const channel = EVENT_PREFIX + event;
    const wrapped = (_e: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('parley', api);

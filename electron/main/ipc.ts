// Registers one IPC handler per contract method; each checks the sender is the app's own page, then forwards the
// call to the backend utility process.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_PREFIX, METHOD_NAMES } from '../../core/contract-names';
import type { DispatchResult } from '../../services/dispatch';
import type { BackendClient } from '../../services/host/backend-client';
import { isAppUrl } from './url-policy';

export function registerIpc(backend: BackendClient, appUrl: string): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(IPC_PREFIX + method, async (event: IpcMainInvokeEvent, input: unknown): Promise<DispatchResult> => {
      const frameUrl = event.senderFrame?.url ?? '';
      if (!isAppUrl(frameUrl, appUrl)) {
        return { ok: false, error: { code: 'invalid_input', message: 'Refused: the call did not come from Parley.' } };
      }
      return backend.call(method, input);
    });
  }
}

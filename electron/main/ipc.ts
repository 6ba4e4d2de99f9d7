// Registers one IPC handler per contract method; each checks the sender is the app's own page before dispatching.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Database } from 'better-sqlite3';
import { IPC_PREFIX, METHOD_NAMES } from '../../core/contract-names';
import { dispatch, type DispatchResult } from '../../services/dispatch';
import { isAppUrl } from './url-policy';

export function registerIpc(db: Database, appUrl: string): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(IPC_PREFIX + method, async (event: IpcMainInvokeEvent, input: unknown): Promise<DispatchResult> => {
      const frameUrl = event.senderFrame?.url ?? '';
      if (!isAppUrl(frameUrl, appUrl)) {
        return { ok: false, error: { code: 'invalid_input', message: 'Refused: the call did not come from Parley.' } };
      }
      return dispatch(db, method, input);
    });
  }
}

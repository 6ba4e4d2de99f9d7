// Electron main process: windows, menus and the IPC bridge only. The database and every service run in the backend
// utility process (backend-process.ts), which also takes the start-up backup.
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { resolveDatabasePath } from '../../db/paths';
import { EVENT_PREFIX } from '../../core/contract-names';
import { registerIpc } from './ipc';
import { createMainWindow, denyAllPermissions } from './window';
import { buildMenu } from './menu';
import { saveDownloadsWithDialog } from './downloads';
import { ElectronPdfPrinter } from './pdf-printer';
import { forkBackend, type BackendProcess } from './backend-process';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { chooseRendererUrl } from './app-url';
import { DEVELOPMENT_BUILD } from './build-mode';
import { guardAllWebContents } from './contents-guard';

app.setName('Parley');
registerAppScheme(); // before ready, as Electron requires
/** The page every window shows: app://parley/ in a built app; the dev server only in a development build. */
const appUrl = chooseRendererUrl(DEVELOPMENT_BUILD && !app.isPackaged, process.env.ELECTRON_RENDERER_URL);
guardAllWebContents(appUrl);
let backend: BackendProcess | undefined;

function databaseArg(): string | undefined {
  const i = process.argv.indexOf('--db');
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function start(): Promise<void> {
  await app.whenReady();
  serveAppProtocol(join(import.meta.dirname, '../renderer'));
  denyAllPermissions();
  const dbPath = resolveDatabasePath(
    databaseArg() ?? process.env.PARLEY_DB ?? join(app.getPath('userData'), 'parley.sqlite'),
  );
  backend = forkBackend(
    {
      dbPath,
      nativeBinding: process.env.PARLEY_NATIVE_BINDING || undefined,
      startupBackup: true,
      // Printing needs a hidden window, which only main can open: the backend asks for it over the port.
      printViaParent: true,
    },
    {
      onEvent: (name, payload) => {
        for (const win of BrowserWindow.getAllWindows()) win.webContents.send(EVENT_PREFIX + name, payload);
      },
      printer: new ElectronPdfPrinter(),
    },
  );
  try {
    await backend.client.ready;
  } catch (err) {
    dialog.showErrorBox('Parley cannot open its database', (err as Error).message);
    app.exit(1);
    return;
  }
  saveDownloadsWithDialog();
  registerIpc(backend.client, appUrl);
  buildMenu();
  const preload = join(import.meta.dirname, '../preload/index.cjs');
  createMainWindow(preload, appUrl);
  app.on('activate', () => createMainWindow(preload, appUrl));
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => backend?.stop());

start().catch((err: unknown) => {
  dialog.showErrorBox('Parley failed to start', err instanceof Error ? err.message : String(err));
  app.exit(1);
});

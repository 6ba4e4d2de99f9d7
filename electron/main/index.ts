// Electron main process: opens the analyst's database, wires IPC, and shows the one secure window.
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../db/connection';
import { createBackup } from '../../db/backups';
import { resolveDatabasePath } from '../../db/paths';
import { registerIpc } from './ipc';
import { createMainWindow, denyAllPermissions } from './window';
import { buildMenu } from './menu';
import { saveDownloadsWithDialog } from './downloads';
import { ElectronPdfPrinter } from './pdf-printer';
import { setPdfPrinter } from '../../services/pdf-printer';
import { onBackendEvent } from '../../services/events';
import { EVENT_PREFIX } from '../../core/contract-names';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { chooseRendererUrl } from './app-url';
import { DEVELOPMENT_BUILD } from './build-mode';
import { guardAllWebContents } from './contents-guard';

app.setName('Parley');
registerAppScheme(); // before ready, as Electron requires
/** The page every window shows: app://parley/ in a built app; the dev server only in a development build. */
const appUrl = chooseRendererUrl(DEVELOPMENT_BUILD && !app.isPackaged, process.env.ELECTRON_RENDERER_URL);
guardAllWebContents(appUrl);
let db: Database | undefined;

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
  try {
    db = openDatabase(dbPath, { nativeBinding: process.env.PARLEY_NATIVE_BINDING || undefined });
  } catch (err) {
    dialog.showErrorBox('Parley cannot open its database', (err as Error).message);
    app.exit(1);
    return;
  }
  createBackup(db, 'start').catch((err: unknown) =>
    console.warn(`parley: start-up backup failed: ${(err as Error).message}`),
  );
  setPdfPrinter(new ElectronPdfPrinter());
  saveDownloadsWithDialog();
  registerIpc(db, appUrl);
  onBackendEvent((name, payload) => {
    for (const win of BrowserWindow.getAllWindows()) win.webContents.send(EVENT_PREFIX + name, payload);
  });
  buildMenu();
  const preload = join(import.meta.dirname, '../preload/index.cjs');
  createMainWindow(preload, appUrl);
  app.on('activate', () => createMainWindow(preload, appUrl));
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => db?.close());

start().catch((err: unknown) => {
  dialog.showErrorBox('Parley failed to start', err instanceof Error ? err.message : String(err));
  app.exit(1);
});

// The secure window factory: creates the main window and refuses navigation, new windows and permission requests.
import { BrowserWindow, session } from 'electron';
import { mainWindowOptions } from './window-options';
import { isAppUrl } from './url-policy';
import { safeOpenExternal } from './safe-open-external';

export function createMainWindow(preloadPath: string, appUrl: string): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(preloadPath));
  const contents = win.webContents;
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    void safeOpenExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  void (appUrl.startsWith('file:') ? win.loadURL(appUrl) : win.loadURL(appUrl));
  return win;
}

/** Every permission (camera, notifications, geolocation, …) is refused for every page. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

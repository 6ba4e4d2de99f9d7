// The secure window factory: creates the main window (navigation, new windows and webviews are refused for every web
// contents by contents-guard.ts) and refuses every permission request.
import { BrowserWindow, session } from 'electron';
import { mainWindowOptions } from './window-options';

export function createMainWindow(preloadPath: string, appUrl: string): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(preloadPath));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(appUrl);
  return win;
}

/** Every permission (camera, notifications, geolocation, …) is refused for every page. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

// The app-wide guard: every web contents Electron creates (windows, print windows, anything later) may not navigate
// away from the app, open windows (links go to the system browser, http and https only) or attach a webview.
import { app, type WebContents } from 'electron';
import { isAppUrl } from './url-policy';
import { safeOpenExternal } from './safe-open-external';

function guard(contents: WebContents, appUrl: string): void {
  const stay = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', stay);
  contents.on('will-redirect', stay);
  contents.on('will-frame-navigate', (event) => stay(event, event.url));
  contents.setWindowOpenHandler(({ url }) => {
    void safeOpenExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Installs the guard on every web contents from now on; call once, before the first window. */
export function guardAllWebContents(appUrl: string): void {
  app.on('web-contents-created', (_event, contents) => guard(contents, appUrl));
}

// The one secure window configuration: isolated, sandboxed, no Node in the page. Pure data, so tests can assert it.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** What the page of every Parley window (the app's and the hidden printing one) is denied. */
export const LOCKED_DOWN: WebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
};

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return { preload: preloadPath, ...LOCKED_DOWN, spellcheck: true };
}

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Parley',
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

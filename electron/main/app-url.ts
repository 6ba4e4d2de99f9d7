// Where the app page comes from: the custom app:// origin in every build, a dev server only in development, and which
// file inside the built renderer an app:// address names (never one outside it).
import { resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'parley';
/** The page every window loads in a built app. */
export const APP_ENTRY = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The dev server's address (ELECTRON_RENDERER_URL, on loopback) only in a development build; otherwise app://. */
export function chooseRendererUrl(developmentBuild: boolean, devServerUrl: string | undefined): string {
  if (!developmentBuild || !devServerUrl) return APP_ENTRY;
  try {
    const url = new URL(devServerUrl);
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    return url.protocol === 'http:' && loopback ? devServerUrl : APP_ENTRY;
  } catch {
    return APP_ENTRY;
  }
}

/** The file under `root` that an app:// request names, or null for another host, a bad escape or a path outside. */
export function appFilePath(requestUrl: string, root: string): string | null {
  let url: URL;
  let path: string;
  try {
    url = new URL(requestUrl);
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || path.includes('\0')) return null;
  const base = resolve(root);
  const file = resolve(base, `.${path === '/' ? '/index.html' : path}`);
  return file.startsWith(base + sep) ? file : null;
}

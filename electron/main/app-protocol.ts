// Serves the built renderer from app://parley/ (a standard, secure scheme) instead of file://, so the page has its own
// origin and no file:// page can ever be taken for the app.
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { APP_SCHEME, appFilePath } from './app-url';

/** Must run before the app is ready: app:// behaves like https (standard origin, secure context, fetch). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Answers app:// requests with the renderer's files; anything outside `rendererDir` is 404. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const file = appFilePath(request.url, rendererDir);
    if (!file) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).href);
  });
}

// The app loads from app://parley/, never file://; a dev server only in a development build; every web contents, not
// only the main window, is refused navigation away, new windows and webviews.
import { EventEmitter } from 'node:events';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY, appFilePath, chooseRendererUrl } from '../../../electron/main/app-url';
import { isAppUrl } from '../../../electron/main/url-policy';

const appListeners = new Map<string, (...args: unknown[]) => void>();
const opened: string[] = [];
vi.mock('electron', () => ({
  app: { on: (name: string, fn: (...args: unknown[]) => void) => appListeners.set(name, fn) },
  shell: { openExternal: (url: string) => (opened.push(url), Promise.resolve()) },
}));

describe('app:// protocol', () => {
  const root = resolve('/opt/parley/out/renderer');
  it('serves files inside the built renderer only', () => {
    expect(appFilePath('app://parley/index.html', root)).toBe(join(root, 'index.html'));
    expect(appFilePath('app://parley/', root)).toBe(join(root, 'index.html'));
    expect(appFilePath('app://parley/assets/index-abc.js', root)).toBe(join(root, 'assets/index-abc.js'));
    // Dot segments the address parser removes stay inside the renderer (and find no file there).
    for (const dotted of ['app://parley/../../etc/passwd', 'app://parley/%2e%2e/%2e%2e/etc/passwd']) {
      expect(appFilePath(dotted, root)).toBe(join(root, 'etc/passwd'));
    }
    for (const bad of [
      'app://parley/..%2f..%2fetc/passwd',
      'app://parley/assets/..%2F..%2F..%2Fsecret',
      'app://parley/%E0%A4%A',
      'app://parley/a%00.js',
      'app://other/index.html',
      'file:///opt/parley/out/renderer/index.html',
    ]) {
      expect(appFilePath(bad, root), bad).toBeNull();
    }
  });

  it('is the page of every built app; ELECTRON_RENDERER_URL counts only in a development build, on loopback', () => {
    expect(APP_ENTRY).toBe('app://parley/index.html');
    expect(chooseRendererUrl(false, 'http://localhost:5173/')).toBe(APP_ENTRY);
    expect(chooseRendererUrl(false, undefined)).toBe(APP_ENTRY);
    expect(chooseRendererUrl(true, 'http://localhost:5173/')).toBe('http://localhost:5173/');
    expect(chooseRendererUrl(true, 'https://evil.example/')).toBe(APP_ENTRY);
    expect(chooseRendererUrl(true, undefined)).toBe(APP_ENTRY);
  });

  it('counts app://parley addresses, and no file:// page, as the app', () => {
    expect(isAppUrl('app://parley/index.html#/reader/3', APP_ENTRY)).toBe(true);
    expect(isAppUrl('file:///opt/parley/out/renderer/index.html', APP_ENTRY)).toBe(false);
    expect(isAppUrl('app://other/index.html', APP_ENTRY)).toBe(false);
    expect(isAppUrl('https://parley/index.html', APP_ENTRY)).toBe(false);
  });
});

/** A stand-in for Electron's WebContents: its events and its window-open handler. */
class FakeContents extends EventEmitter {
  openHandler: ((d: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) {
    this.openHandler = fn;
  }
}
const event = (url = '') => ({ url, preventDefault: vi.fn() });

describe('the web-contents-created guard', () => {
  it('polices every web contents created, whatever made it', async () => {
    const { guardAllWebContents } = await import('../../../electron/main/contents-guard');
    guardAllWebContents(APP_ENTRY);
    const created = appListeners.get('web-contents-created');
    expect(created).toBeTypeOf('function');
    const contents = new FakeContents();
    created!({}, contents); // e.g. a print window, or a contents a later feature creates

    const away = event();
    contents.emit('will-navigate', away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const home = event();
    contents.emit('will-navigate', home, 'app://parley/index.html#/library');
    expect(home.preventDefault).not.toHaveBeenCalled();
    const redirect = event();
    contents.emit('will-redirect', redirect, 'file:///etc/passwd');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const frame = event('https://evil.example/frame');
    contents.emit('will-frame-navigate', frame);
    expect(frame.preventDefault).toHaveBeenCalled();
    const webview = event();
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();

    expect(contents.openHandler!({ url: 'https://www.dawn.com/news/1' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    await new Promise((r) => setTimeout(r, 10));
    expect(opened).toEqual(['https://www.dawn.com/news/1']);
  });
});

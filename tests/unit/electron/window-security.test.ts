// The Electron shell's security settings: isolated sandboxed window, navigation and external links policed, strict CSP.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainWindowOptions, secureWebPreferences } from '../../../electron/main/window-options';
import { isAppUrl, isSafeExternalUrl } from '../../../electron/main/url-policy';
import { EXPECTED_LOCKED_DOWN } from './locked-down';

describe('secure window factory options', () => {
  it('isolates the page: context isolation, sandbox, no Node integration anywhere, no webview', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject(EXPECTED_LOCKED_DOWN);
    expect(prefs.preload).toMatch(/\.cjs$/);
    expect(mainWindowOptions('/p.cjs').webPreferences).toEqual(secureWebPreferences('/p.cjs'));
  });
});

describe('navigation policy', () => {
  const fileApp = 'file:///opt/parley/out/renderer/index.html';
  it('allows only the app page itself', () => {
    expect(isAppUrl('file:///opt/parley/out/renderer/index.html#/reader/1', fileApp)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', fileApp)).toBe(false);
    expect(isAppUrl('https://evil.example/', fileApp)).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/x', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('not a url', fileApp)).toBe(false);
  });

  it('lets only http(s) links leave for the system browser', () => {
    expect(isSafeExternalUrl('https://www.dawn.com/news/1')).toBe(true);
    expect(isSafeExternalUrl('http://example.org')).toBe(true);
    for (const bad of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'ms-msdt:/id',
      'https://user:pw@evil.example',
      '',
    ]) {
      expect(isSafeExternalUrl(bad)).toBe(false);
    }
  });
});

describe('built renderer', () => {
  const built = resolve(import.meta.dirname, '../../../out/renderer/index.html');
  const source = resolve(import.meta.dirname, '../../../renderer/index.html');
  it('carries a strict Content-Security-Policy', () => {
    const html = readFileSync(existsSync(built) ? built : source, 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });
});

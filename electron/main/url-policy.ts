// Which URLs the app window may show, and which links may leave for the system browser (http and https only).

/** True when `target` is the app's own page (app://parley, the same file, or the same dev-server origin). */
export function isAppUrl(target: string, appUrl: string): boolean {
  try {
    const t = new URL(target);
    const a = new URL(appUrl);
    // A custom scheme's origin is opaque ("null"), so app:// is matched by scheme and host.
    if (a.protocol === 'app:') return t.protocol === 'app:' && t.host === a.host;
    if (a.protocol === 'file:') return t.protocol === 'file:' && t.pathname === a.pathname;
    return t.origin === a.origin;
  } catch {
    return false;
  }
}

export function isSafeExternalUrl(target: string): boolean {
  try {
    const url = new URL(target);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

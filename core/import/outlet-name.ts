// The outlet as a name: og:site_name or a Source: line as given, a URL or bare domain reduced to its host.

const DOMAIN = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;

function hostOf(text: string): string | null {
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    return DOMAIN.test(url.hostname) ? url.hostname.replace(/^www\./i, '').toLowerCase() : null;
  } catch {
    return null;
  }
}

/** "https://www.trtworld.com/asia/x" → "trtworld.com"; "Dawn" stays "Dawn"; no source falls back to the URL's host. */
export function outletName(source: string | null | undefined, url?: string | null): string | null {
  const s = (source ?? '').replace(/\s+/g, ' ').trim();
  if (s) {
    const looksLikeAddress = /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || (!s.includes(' ') && /[./]/.test(s));
    return looksLikeAddress ? (hostOf(s) ?? s) : s;
  }
  const u = (url ?? '').trim();
  return u && /^https?:\/\//i.test(u) ? hostOf(u) : null;
}

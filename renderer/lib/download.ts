// Hands a file to the analyst: a download in browser mode; in Electron the same download opens a save dialog.
//
// Neither path overwrites silently: browsers keep both files ("brief (1).pdf"), and the Electron main process
// answers the download with a native save dialog that asks before replacing an existing file.

export function downloadFile(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by the time the click returns; the URL is only kept a moment for slow handlers.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

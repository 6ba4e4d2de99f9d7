// The only place that may call shell.openExternal: http(s) links only, everything else refused.
import { shell } from 'electron';
import { isSafeExternalUrl } from './url-policy';

export async function safeOpenExternal(url: string): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  await shell.openExternal(url);
  return true;
}

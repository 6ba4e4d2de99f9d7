// Exports arrive in the renderer as downloads; in Electron each one opens a save dialog that asks before overwriting.
import { app, session } from 'electron';
import { join } from 'node:path';

export function saveDownloadsWithDialog(): void {
  session.defaultSession.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({
      title: 'Save export',
      defaultPath: join(app.getPath('documents'), item.getFilename()),
      // macOS and Windows always confirm a replacement; GTK on Linux only with this.
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });
}

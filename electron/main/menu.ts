// The application menu: standard edit and view roles; Undo and Redo leave their keys to the page, which decides
// between text-field undo and undoing the analyst's last edit.
import { Menu, type BaseWindow, type MenuItemConstructorOptions, BrowserWindow } from 'electron';

/** Replays the shortcut into the page, so menu clicks and key presses take the same path. */
function pressInPage(window: BaseWindow | undefined, shift: boolean): void {
  if (!(window instanceof BrowserWindow)) return;
  const modifiers: ('control' | 'meta' | 'shift')[] = [process.platform === 'darwin' ? 'meta' : 'control'];
  if (shift) modifiers.push('shift');
  window.webContents.sendInputEvent({ type: 'keyDown', keyCode: 'Z', modifiers });
  window.webContents.sendInputEvent({ type: 'keyUp', keyCode: 'Z', modifiers });
}

export const EDIT_MENU: MenuItemConstructorOptions = {
  label: 'Edit',
  submenu: [
    // registerAccelerator: false, or the menu would swallow Ctrl+Z before the page sees it.
    { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: (_i, w) => pressInPage(w, false) },
    {
      label: 'Redo',
      accelerator: 'Shift+CmdOrCtrl+Z',
      registerAccelerator: false,
      click: (_i, w) => pressInPage(w, true),
    },
    { type: 'separator' },
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    { role: 'selectAll' },
  ],
};

export function buildMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    EDIT_MENU,
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

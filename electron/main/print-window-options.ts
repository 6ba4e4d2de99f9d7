// The hidden printing window's settings and printToPDF options: pure data, so tests can assert them without Electron.
import type { PrintToPDFOptions, WebPreferences } from 'electron';
import type { PrintSetup } from '../../core/brief';
import { LOCKED_DOWN } from './window-options';

const MM_PER_INCH = 25.4;

/** No script, no Node, no webviews, and a session of its own that keeps nothing on disk. */
export function printWindowPreferences(): WebPreferences {
  return { ...LOCKED_DOWN, javascript: false, spellcheck: false, partition: 'parley-print' };
}

/** The same paper, margins, header and footer the Chromium printer uses, in Electron's units (inches). */
export function printToPdfOptions(setup: PrintSetup): PrintToPDFOptions {
  const m = setup.marginsMm;
  return {
    pageSize: setup.paper,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: setup.headerTemplate,
    footerTemplate: setup.footerTemplate,
    margins: {
      top: m.top / MM_PER_INCH,
      bottom: m.bottom / MM_PER_INCH,
      left: m.left / MM_PER_INCH,
      right: m.right / MM_PER_INCH,
    },
  };
}

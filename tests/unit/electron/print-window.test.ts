// Electron's PDF printing window: no script, no Node, its own session; the same paper, margins and header as Chromium's.
import { describe, expect, it } from 'vitest';
import { defaultBrief, printSetup } from '../../../core/brief';
import { printToPdfOptions, printWindowPreferences } from '../../../electron/main/print-window-options';
import { DEFAULTS, sampleData } from '../../support/brief-fixtures';
import { EXPECTED_LOCKED_DOWN } from './locked-down';

describe('Electron print window', () => {
  it('runs no script and no Node in the page it prints', () => {
    expect(printWindowPreferences()).toMatchObject({ ...EXPECTED_LOCKED_DOWN, javascript: false });
    expect(printWindowPreferences().preload).toBeUndefined();
  });

  it('prints on the brief’s paper with the header and footer core/brief made, margins in inches', () => {
    const brief = defaultBrief(sampleData(), DEFAULTS);
    const setup = printSetup(brief, 'Letter');
    const options = printToPdfOptions(setup);
    expect(options).toMatchObject({
      pageSize: 'Letter',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: setup.headerTemplate,
      footerTemplate: setup.footerTemplate,
    });
    expect(options.margins!.top).toBeCloseTo(setup.marginsMm.top / 25.4, 6);
    expect(options.margins!.left).toBeCloseTo(setup.marginsMm.left / 25.4, 6);
  });
});

// What Chromium needs to print a brief: paper, margins, and the header and footer repeated on every page.
import { esc } from './html-escape';
import type { BriefModel, Paper } from './model';
import { UNTITLED } from './render-parts';
import { oneLine } from './text';

/** Margins in millimetres; the top and bottom ones hold the header and footer. */
export const PAGE_MARGINS_MM = { top: 20, bottom: 21, left: 20, right: 20 } as const;

export const PAPER_MM: Record<Paper, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

export interface PrintSetup {
  paper: Paper;
  marginsMm: { top: number; bottom: number; left: number; right: number };
  /** Chromium fills elements of class pageNumber and totalPages; nothing else in these is live. */
  headerTemplate: string;
  footerTemplate: string;
}

// The templates render outside the page's stylesheet, at a default size of zero: every style is inline.
const BAND = `width:100%;box-sizing:border-box;padding:0 ${PAGE_MARGINS_MM.left}mm;font-family:'Liberation Sans',Arial,Helvetica,sans-serif;font-size:7.5pt;color:#3a3f4a;-webkit-print-color-adjust:exact;`;

export function printSetup(model: BriefModel, paper: Paper = model.paper): PrintSetup {
  const title = esc(oneLine(model.title) || UNTITLED);
  const handling = esc(oneLine(model.handling));
  const mark = handling
    ? `<span style="font-weight:700;letter-spacing:0.06em;color:#111;">${handling}</span>`
    : `<span>${title}</span>`;
  const headerTemplate = `<div style="${BAND}text-align:center;padding-top:7mm;">${mark}</div>`;
  // Two lines: the handling line centred as on top, then the title and the page number at the two edges.
  const footerTemplate =
    `<div style="${BAND}padding-bottom:5mm;">` +
    (handling ? `<div style="text-align:center;margin-bottom:1.2mm;">${mark}</div>` : '') +
    `<div style="display:flex;justify-content:space-between;align-items:baseline;gap:8mm;">` +
    `<span style="flex:1 1 auto;min-width:0;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;">${title}</span>` +
    `<span style="flex:0 0 auto;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>` +
    `</div></div>`;
  return { paper, marginsMm: { ...PAGE_MARGINS_MM }, headerTemplate, footerTemplate };
}

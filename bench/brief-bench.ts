// PDF export of a ~20-page brief, Chromium's launch included, against printing a blank page (also from launch) in the same run.
import { defaultBrief, printSetup, toHtml, type BriefModel } from '../core/brief';
import { openDatabase } from '../db/connection';
import { importArticle } from '../services/articles';
import { briefDefaults, loadBriefData } from '../services/brief-data';
import { countPdfPages } from '../services/briefs';
import { ChromiumPdfPrinter } from '../services/chromium-pdf-printer';
import { generatedArticle } from '../tests/unit/crash/generated-articles';
import { median, type BenchOptions, type BenchResult } from './types';

const RUNS = 3;
const BLANK = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>';

/** A brief over generated articles with every attributed statement starred: about 20 A4 pages at scale 1. */
export function benchBriefModel(scale: number): BriefModel {
  const db = openDatabase(':memory:');
  try {
    const articles = Math.max(2, Math.round(57 * scale));
    for (let i = 0; i < articles; i++) {
      const { fileName, text } = generatedArticle(i);
      importArticle(db, { text, fileName });
    }
    db.prepare("UPDATE statements SET starred = 1 WHERE kind != 'narration' AND speaker IS NOT NULL").run();
    const brief = defaultBrief(loadBriefData(db), briefDefaults(db, '2026-01-15'));
    return {
      ...brief,
      title: 'Regional diplomacy: talks, agreements and positions',
      bluf: 'Talks continued across the region. '.repeat(20),
      keyJudgments: Array.from({ length: 5 }, (_, i) => ({
        text: `Judgment ${i + 1}: the parties are expected to keep meeting and to sign further agreements. `.repeat(3),
        likelihood: 'likely' as const,
        confidence: 'moderate' as const,
      })),
    };
  } finally {
    db.close();
  }
}

/** Launches a fresh Chromium, prints once, closes it: the cost an analyst sees on the first export. */
async function coldPrint(
  html: () => string,
  brief: BriefModel,
): Promise<{ ms: number; pages: number; warmMs: number }> {
  const printer = new ChromiumPdfPrinter();
  try {
    // Building the HTML is part of an export, so it is inside the timing.
    const t0 = performance.now();
    const pdf = await printer.print(html(), printSetup(brief));
    const ms = performance.now() - t0;
    const t1 = performance.now();
    await printer.print(html(), printSetup(brief));
    return { ms, pages: countPdfPages(pdf), warmMs: performance.now() - t1 };
  } finally {
    await printer.close();
  }
}

export async function benchBrief({ scale }: BenchOptions): Promise<BenchResult[]> {
  const brief = benchBriefModel(scale);
  const html = toHtml(brief);
  const blank: number[] = [];
  const blankWarm: number[] = [];
  const full: number[] = [];
  const fullWarm: number[] = [];
  let pages = 0;
  // Interleaved, so drift in the machine's load falls on both equally.
  for (let i = 0; i < RUNS; i++) {
    const b = await coldPrint(() => BLANK, brief);
    blank.push(b.ms);
    blankWarm.push(b.warmMs);
    const f = await coldPrint(() => toHtml(brief), brief);
    full.push(f.ms);
    fullWarm.push(f.warmMs);
    pages = f.pages;
  }
  const value = median(full);
  const baseline = median(blank);
  const warm = median(fullWarm);
  const warmBase = median(blankWarm);
  const notes = `${pages} A4 pages, ${brief.keyStatements.length} quotes, ${brief.sources.length} sources, ${Math.round(html.length / 1024)} KB of HTML; median of ${RUNS} runs`;
  return [
    {
      name: `PDF export of a ${pages}-page brief, Chromium launch included`,
      unit: 'ms',
      value,
      baseline,
      baselineName: 'blank page printed from a fresh launch',
      ratio: baseline / value,
      ratioMeaning: '(blank ÷ brief: the share of the time that is launch and printing overhead)',
      goal: scale >= 1 ? 'under 2000 ms for ~20 pages' : undefined,
      notes,
    },
    {
      name: `PDF export of a ${pages}-page brief, browser already running`,
      unit: 'ms',
      value: warm,
      baseline: warmBase,
      baselineName: 'blank page, browser already running',
      ratio: warmBase / warm,
      ratioMeaning: '(blank ÷ brief)',
    },
  ];
}

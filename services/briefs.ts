// Briefing notes: draft from articles, refresh, save and reopen, preview HTML, export Markdown and PDF; source grading.
import type { Database } from 'better-sqlite3';
import type { Statement } from '../core/domain';
import {
  BriefModel,
  briefFileName,
  defaultBrief,
  printSetup,
  refreshBrief,
  toHtml,
  toMarkdown,
  type BriefSummary,
  type DraftOptions,
} from '../core/brief';
import type { MethodInput, MethodOutput } from '../core/contract';
import { foundBy, ParleyError } from '../core/errors';
import {
  deleteBrief,
  getBriefRow,
  insertBrief,
  listBriefRows,
  updateBrief,
  type BriefRow,
} from '../db/repositories/briefs';
import { BRIEF_SETTING_KEYS, briefDefaults, loadBriefData } from './brief-data';
import type { HandlerMap } from './handler-types';
import { pdfPrinter } from './pdf-printer';
import { articleExists } from '../db/repositories/articles';
import { setSetting } from '../db/repositories/settings';
import { listStatements } from '../db/repositories/statements';

function parseStored(row: BriefRow): BriefModel {
  const parsed = BriefModel.safeParse(JSON.parse(row.model));
  if (!parsed.success) {
    throw new ParleyError('internal', `Brief ${row.id} ("${row.title}") is stored in a form this Parley cannot read.`);
  }
  return parsed.data;
}

function summaryOf(row: BriefRow, brief: BriefModel): BriefSummary {
  return {
    id: row.id,
    title: row.title,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    articles: brief.articleIds.length,
  };
}

const rowOrThrow = foundBy(getBriefRow, 'saved brief');

export function draftBrief(
  db: Database,
  articleIds?: number[],
  today?: string,
  options: DraftOptions = {},
): BriefModel {
  return defaultBrief(loadBriefData(db, articleIds), briefDefaults(db, today), options);
}

/** Re-reads the brief's articles; articles deleted since are dropped from it rather than failing the refresh. */
export function refreshSavedBrief(db: Database, brief: BriefModel): BriefModel {
  const present = brief.articleIds.filter((id) => articleExists(db, id));
  if (present.length === 0) {
    throw new ParleyError('not_found', 'None of the articles this brief was built from is in the library any more.');
  }
  return refreshBrief(brief, loadBriefData(db, present));
}

export function saveBrief(db: Database, input: MethodInput<'briefs.save'>): BriefSummary {
  const brief = BriefModel.parse(input.brief);
  const title = brief.title.trim() || 'Untitled brief';
  const json = JSON.stringify(brief);
  const id = db
    .transaction(() => {
      let briefId = input.id;
      if (briefId === undefined) briefId = insertBrief(db, title, json);
      else if (!updateBrief(db, briefId, title, json)) {
        throw new ParleyError('not_found', `There is no saved brief with id ${briefId}; it may have been deleted.`);
      }
      // The next first draft starts with this analyst's name, handling line and paper.
      setSetting(db, BRIEF_SETTING_KEYS.author, brief.author);
      setSetting(db, BRIEF_SETTING_KEYS.handling, brief.handling);
      setSetting(db, BRIEF_SETTING_KEYS.paper, brief.paper);
      return briefId;
    })
    .immediate();
  return summaryOf(rowOrThrow(db, id), brief);
}

export function getBrief(db: Database, id: number): MethodOutput<'briefs.get'> {
  const row = rowOrThrow(db, id);
  return { id: row.id, brief: parseStored(row), createdAt: row.created_at, updatedAt: row.updated_at };
}

export function listBriefs(db: Database): BriefSummary[] {
  return listBriefRows(db).map((row) => {
    const parsed = BriefModel.safeParse(JSON.parse(row.model));
    return {
      id: row.id,
      title: row.title,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      articles: parsed.success ? parsed.data.articleIds.length : 0,
    };
  });
}

function whichBrief(db: Database, input: { id?: number; brief?: BriefModel }): BriefModel {
  return input.brief ?? getBrief(db, input.id!).brief;
}

export function exportMarkdown(db: Database, input: MethodInput<'briefs.exportMarkdown'>) {
  const brief = whichBrief(db, input);
  return { text: toMarkdown(brief), fileName: briefFileName(brief.title, brief.date, 'md') };
}

/** Counts the page objects Chromium wrote, so callers can report "3 pages" without a PDF library. */
export function countPdfPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []
  ).length;
}

export async function exportPdf(db: Database, input: MethodInput<'briefs.exportPdf'>) {
  const brief = whichBrief(db, input);
  const paper = input.paper ?? brief.paper;
  const pdf = await pdfPrinter(db).print(toHtml(brief, { paper }), printSetup(brief, paper));
  return {
    dataBase64: Buffer.from(pdf).toString('base64'),
    fileName: briefFileName(brief.title, brief.date, 'pdf'),
    pages: countPdfPages(pdf),
  };
}

/** The statements a brief may quote from these articles (unknown ids are skipped): attributed and not narration. */
export function quotableStatements(db: Database, articleIds: number[]): Statement[] {
  return [...new Set(articleIds)]
    .filter((id) => articleExists(db, id))
    .flatMap((id) => listStatements(db, id).filter((s) => s.kind !== 'narration' && s.speaker));
}

export const briefHandlers: HandlerMap<
  | 'briefs.default'
  | 'briefs.refresh'
  | 'briefs.save'
  | 'briefs.get'
  | 'briefs.list'
  | 'briefs.delete'
  | 'briefs.render'
  | 'briefs.exportMarkdown'
  | 'briefs.exportPdf'
  | 'briefs.candidates'
> = {
  'briefs.default': (db, input) => draftBrief(db, input.articleIds, undefined, { confirmedOnly: input.confirmedOnly }),
  'briefs.refresh': (db, input) => refreshSavedBrief(db, input.brief),
  'briefs.save': saveBrief,
  'briefs.get': (db, input) => getBrief(db, input.id),
  'briefs.list': (db) => listBriefs(db),
  'briefs.delete': (db, input) => {
    if (!deleteBrief(db, input.id)) throw new ParleyError('not_found', `There is no saved brief with id ${input.id}.`);
    return { id: input.id };
  },
  'briefs.render': (_db, input) => ({ html: toHtml(input.brief, { paper: input.paper }) }),
  'briefs.exportMarkdown': exportMarkdown,
  'briefs.exportPdf': exportPdf,
  'briefs.candidates': (db, input) => quotableStatements(db, input.articleIds),
};

// `parley brief`: exports a saved brief, or the default brief for chosen articles (all when none), as Markdown or PDF.
import { existsSync, writeFileSync } from 'node:fs';
import type { BriefModel, Paper } from '../core/brief';
import { ParleyError } from '../core/errors';
import { openDatabase } from '../db/connection';
import { resolveDatabasePath } from '../db/paths';
import { closePdfPrinter } from '../services/pdf-printer';
import { callMethod } from './call';

export interface BriefOptions {
  db?: string;
  article?: string[];
  brief?: string;
  format?: string;
  out?: string;
  force?: boolean;
  paper?: string;
  'confirmed-only'?: boolean;
}

function positiveId(value: string, flag: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new ParleyError('invalid_input', `${flag} takes a positive whole number, not "${value}"`);
  }
  return Number(value);
}

function paperOf(value: string | undefined): Paper | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  if (v === 'a4') return 'A4';
  if (v === 'letter') return 'Letter';
  throw new ParleyError('invalid_input', `unknown --paper "${value}" (a4 or letter)`);
}

/** Checks every option before the database is opened, so a typo costs nothing. */
function checkOptions(o: BriefOptions) {
  if (o.format !== 'md' && o.format !== 'pdf') {
    throw new ParleyError(
      'invalid_input',
      `brief needs --format md or --format pdf${o.format ? `, not "${o.format}"` : ''}`,
    );
  }
  if (!o.out) throw new ParleyError('invalid_input', 'brief needs --out FILE');
  if (o.brief !== undefined && o.article?.length) {
    throw new ParleyError('invalid_input', 'give either --brief ID (a saved brief) or --article ID ..., not both');
  }
  if (o.brief !== undefined && o['confirmed-only']) {
    throw new ParleyError(
      'invalid_input',
      '--confirmed-only applies to a drafted brief; a saved brief keeps the choice made in the composer',
    );
  }
  if (existsSync(o.out) && !o.force) {
    throw new ParleyError('conflict', `${o.out} already exists; pass --force to replace it`);
  }
  return {
    format: o.format,
    out: o.out,
    briefId: o.brief === undefined ? undefined : positiveId(o.brief, '--brief'),
    articleIds: (o.article ?? []).map((a) => positiveId(a, '--article')),
    paper: paperOf(o.paper),
    // Absent: the draft's default, on once any stance in scope is confirmed.
    confirmedOnly: o['confirmed-only'] ? true : undefined,
  };
}

export async function runBrief(options: BriefOptions): Promise<number> {
  const o = checkOptions(options);
  const dbPath = resolveDatabasePath(options.db);
  if (!existsSync(dbPath)) throw new ParleyError('not_found', `There is no database at ${dbPath}.`);
  const db = openDatabase(dbPath);
  try {
    const brief: BriefModel =
      o.briefId !== undefined
        ? (await callMethod(db, 'briefs.get', { id: o.briefId })).brief
        : await callMethod(db, 'briefs.default', { articleIds: o.articleIds, confirmedOnly: o.confirmedOnly });
    // 'wx' creates the file only if it is still absent: nothing is overwritten without --force, even in a race.
    const flag = options.force ? 'w' : 'wx';
    if (o.format === 'md') {
      const { text } = await callMethod(db, 'briefs.exportMarkdown', { brief });
      writeFileSync(o.out, text, { encoding: 'utf8', flag });
      process.stdout.write(`Wrote ${o.out}: Markdown, ${Buffer.byteLength(text)} bytes\n`);
    } else {
      const pdf = await callMethod(db, 'briefs.exportPdf', { brief, paper: o.paper });
      const bytes = Buffer.from(pdf.dataBase64, 'base64');
      writeFileSync(o.out, bytes, { flag });
      process.stdout.write(
        `Wrote ${o.out}: PDF, ${pdf.pages} page${pdf.pages === 1 ? '' : 's'}, ${bytes.length} bytes\n`,
      );
    }
    return 0;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new ParleyError('conflict', `${o.out} already exists; pass --force to replace it`);
    }
    throw err;
  } finally {
    await closePdfPrinter(db);
    db.close();
  }
}

// `--learn-from LABELLED.json ...`: gold-format files read, their articles run through the rules, a stance model trained.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { extract } from '../core/extract';
import { decodeArticleBytes } from '../core/import/decode';
import { parseArticle } from '../core/import/parse-article';
import { ParleyError } from '../core/errors';
import { goldBody, goldProblem, goldTargets, labelledFromGold, type GoldFile } from '../core/learn/gold';
import { StanceModel, type Example } from '../core/learn/model';
import { examplesOf } from '../core/learn/suggest';
import { mergeTargets } from '../core/default-targets';

export function readGoldFile(path: string): GoldFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ParleyError('invalid_input', `Cannot read labelled file "${path}": ${(err as Error).message}`);
  }
  const problem = goldProblem(raw);
  if (problem) throw new ParleyError('invalid_input', `Labelled file "${path}" is not in the gold format: ${problem}.`);
  return raw as GoldFile;
}

/** The article a gold file annotates: its "article" file or NAME.txt beside it; else its statements joined. */
function articleBody(path: string, gold: GoldFile): string {
  const candidates = [
    gold.article ? resolve(dirname(path), gold.article) : null,
    path.replace(/\.gold\.json$|\.json$/, '.txt'),
  ].filter((p): p is string => !!p && p !== path);
  for (const p of candidates) {
    if (!existsSync(p)) continue;
    return parseArticle(decodeArticleBytes(readFileSync(p), basename(p)), basename(p)).body;
  }
  return goldBody(gold);
}

/** The labelled statements of one file, with what the rules suggest on its article, as training examples. */
export function examplesFromFile(path: string): Example[] {
  const gold = readGoldFile(path);
  // the analyst's target list when the file has one (as `--targets` passes it), else every actor and target it names
  const ids = gold.targets ? new Set(Object.keys(gold.targets)) : null;
  const targets = mergeTargets(goldTargets(gold).filter((t) => !ids || ids.has(t.id)));
  const rules = extract(articleBody(path, gold), { targets }).statements;
  return examplesOf(labelledFromGold(gold, rules, basename(path)), targets);
}

/** A stance model trained on the files' decisions. */
export function modelFromFiles(paths: string[]): StanceModel {
  const model = new StanceModel();
  model.train(paths.flatMap(examplesFromFile));
  return model;
}

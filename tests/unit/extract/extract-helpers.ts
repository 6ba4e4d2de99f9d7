// Helpers of the extraction tests: article files parsed like the CLI does, predictions in the scorer's shape.
import { readFileSync } from 'node:fs';
import { DEFAULT_TARGETS } from '../../../core/default-targets';
import { extract } from '../../../core/extract';
import { parseArticle } from '../../../core/import/parse-article';
import type { PredStatement } from '../../support/score-extraction';

export function extractFile(path: string): PredStatement[] {
  const parsed = parseArticle(readFileSync(path, 'utf8'), path);
  return extract(parsed.body, { targets: DEFAULT_TARGETS }).statements.map((s) => ({
    text: s.text,
    speaker: s.speaker,
    actor: s.actor,
    kind: s.kind,
    stances: Object.fromEntries(s.stances.map((st) => [st.target, st.label])),
  }));
}

export function one(text: string) {
  const { statements } = extract(text, { targets: DEFAULT_TARGETS });
  return statements;
}

// `parley extract FILE --format json [--targets FILE] [--learn-from GOLD ...]`: one file's extraction, printed (rules,
// corrected by a learner trained on the labelled files when given), with no database written.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { mergeTargets, targetsFromMap } from '../core/default-targets';
import { extract } from '../core/extract';
import type { TargetDef } from '../core/extract/types';
import { decodeArticleBytes } from '../core/import/decode';
import { parseArticle } from '../core/import/parse-article';
import { ParleyError } from '../core/errors';
import type { StanceModel } from '../core/learn/model';
import { contextOf, suggestStances, type SuggestOptions, type SuggestedStance } from '../core/learn/suggest';
import { modelFromFiles } from './learn-from';

/** Reads a `{"<target id>": ["alias", ...]}` file into target definitions. */
export function readTargetsFile(path: string): TargetDef[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ParleyError('invalid_input', `Cannot read targets file "${path}": ${(err as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ParleyError(
      'invalid_input',
      `Targets file "${path}" must be an object of {"target id": ["alias", ...]}.`,
    );
  }
  for (const [id, aliases] of Object.entries(raw)) {
    if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string')) {
      throw new ParleyError('invalid_input', `Target "${id}" in "${path}" must list its aliases as strings.`);
    }
  }
  return targetsFromMap(raw as Record<string, string[]>);
}

export function runExtract(
  file: string,
  targetsFile: string | undefined,
  learnFrom: string[] = [],
  trained?: StanceModel,
  suggestOptions?: SuggestOptions,
): unknown {
  const bytes = readFileSync(file);
  const text = decodeArticleBytes(bytes, basename(file));
  const parsed = parseArticle(text, basename(file));
  const targets = mergeTargets(targetsFile ? readTargetsFile(targetsFile) : []);
  const { statements } = extract(parsed.body, { targets });
  const model = trained ?? (learnFrom.length ? modelFromFiles(learnFrom) : null);
  return {
    article: { title: parsed.title, source: parsed.source, published: parsed.published },
    statements: statements.map((s, i) => {
      const context = contextOf(statements, i);
      const stances: SuggestedStance[] = model
        ? suggestStances(model, { ...s, context }, targets, suggestOptions)
        : s.stances;
      const learned = stances.flatMap((st) =>
        st.learned ? [[st.target, { from: st.learned.from, ruleLabel: st.learned.ruleLabel }]] : [],
      );
      return {
        text: s.text,
        start: s.start,
        end: s.end,
        speaker: s.speaker,
        actor: s.actor,
        kind: s.kind,
        stances: Object.fromEntries(stances.map((st) => [st.target, st.label])),
        ...(learned.length ? { learned: Object.fromEntries(learned) } : {}),
        claimType: s.claimType,
        claims: s.claims,
      };
    }),
  };
}

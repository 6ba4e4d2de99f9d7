// The stance learner in the app: trained on the analyst's decisions, stored in the database (rebuilt if missing),
// updated after each decision, applied to unreviewed suggestions; status with cross-validated accuracy, off, reset.
import type { Database } from 'better-sqlite3';
import type { MethodOutput } from '../core/contract';
import { StanceModel, type Example } from '../core/learn/model';
import { decide, examplesOf, suggestStances, targetFeatures, type LabelledStatement } from '../core/learn/suggest';
import { getSetting, setSetting } from '../db/repositories/settings';
import { listArticleIds } from '../db/repositories/articles';
import {
  analystTargetsOf,
  appliedRevision,
  articlesOfStatements,
  articleTitleOfStatement,
  autoStancesOf,
  decidedStatements,
  deleteAutoStance,
  deleteModel,
  evidenceStatement,
  hasDecisions,
  hasLearnedStances,
  insertAutoStance,
  modelInfo,
  previousText,
  readModel,
  ruleStancesOfArticle,
  setAppliedRevision,
  stanceLabel,
  unreviewedStatements,
  writeModel,
} from '../db/repositories/learner';
import { listTargets } from '../db/repositories/targets';
import type { HandlerMap } from './handler-types';
import { found } from '../core/errors';

interface Loaded {
  model: StanceModel;
  revision: number;
}

const cache = new WeakMap<Database, Loaded>();

export const learnerEnabled = (db: Database): boolean => getSetting(db, 'learner.enabled') !== 'off';
const resetAt = (db: Database): string | null => getSetting(db, 'learner.resetAt') ?? null;

function labelled(db: Database, statementIds?: number[]) {
  return decidedStatements(db, { since: resetAt(db), statementIds });
}

/** Training examples from the analyst's decisions (all, or on these statements). */
export function trainingExamples(db: Database, statementIds?: number[]): Example[] {
  return examplesOf(labelled(db, statementIds), listTargets(db));
}

function save(db: Database, model: StanceModel, revision: number): Loaded {
  writeModel(db, model.serialize(), model.size, revision);
  const loaded = { model, revision };
  cache.set(db, loaded);
  return loaded;
}

/** Trains from scratch on every decision in the library and stores the model. */
export function rebuildModel(db: Database): Loaded {
  const model = new StanceModel();
  model.train(trainingExamples(db));
  return save(db, model, (modelInfo(db)?.revision ?? 0) + 1);
}

/** Who runs a full retrain away from this connection's thread (the host's backend worker), and from what size. */
const elsewhere = new WeakMap<Database, { run: () => void; minDecisions: number }>();

/**
 * Lets full retrains of a large library run elsewhere: `run` is called (and must return at once) where this connection
 * would otherwise train for seconds; it should call `learner.retrain` on another connection. Smaller libraries
 * (under `minDecisions`, which train in well under a second) still retrain at once.
 */
export function retrainElsewhere(db: Database, run: () => void, minDecisions = 2_000): void {
  elsewhere.set(db, { run, minDecisions });
}

/** A full retrain: at once, or handed to the thread that `retrainElsewhere` named when the library is large. */
export function requestRebuild(db: Database): void {
  const away = elsewhere.get(db);
  if (away && modelIfAny(db) && currentModel(db).model.size >= away.minDecisions) away.run();
  else rebuildModel(db);
}

/**
 * A full retrain on this connection (the backend worker's): trains on the library's decisions, then learns on top any
 * decided while it trained, and stores the model as the next revision.
 */
export function retrainNow(db: Database): { decisions: number; revision: number } {
  const model = new StanceModel();
  model.train(trainingExamples(db));
  for (const e of trainingExamples(db)) if (model.labelOf(e.ref) !== e.label) model.learn(e);
  const loaded = save(db, model, (modelInfo(db)?.revision ?? 0) + 1);
  reapplyAll(db);
  return { decisions: model.size, revision: loaded.revision };
}

/** The stored model (cached per connection); rebuilt from the library's decisions when missing or unreadable. */
export function currentModel(db: Database): Loaded {
  const info = modelInfo(db);
  const cached = cache.get(db);
  if (cached && info && cached.revision === info.revision) return cached;
  const stored = info ? readModel(db) : undefined;
  if (stored) {
    try {
      const loaded = { model: StanceModel.deserialize(stored.model), revision: stored.revision };
      cache.set(db, loaded);
      return loaded;
    } catch {
      // an unreadable model is rebuilt below
    }
  }
  return rebuildModel(db);
}

/** The model when there is one or there are decisions to build one from; null on a library with no decisions. */
function modelIfAny(db: Database): Loaded | null {
  if (modelInfo(db)) return currentModel(db);
  return hasDecisions(db) ? currentModel(db) : null;
}

/**
 * After the analyst decided on these statements: their decisions are learned (one incremental step each; a full
 * retrain when a decision replaces one learned before), then the suggestions of their articles are revised.
 */
export function learnFromDecisions(db: Database, statementIds: number[]): void {
  const { model, revision } = currentModel(db);
  const examples = trainingExamples(db, statementIds).filter((e) => model.labelOf(e.ref) !== e.label);
  if (examples.some((e) => model.labelOf(e.ref) !== undefined)) {
    requestRebuild(db);
  } else if (examples.length) {
    for (const e of examples) model.learn(e);
    save(db, model, revision + 1);
  }
  for (const a of articlesOfStatements(db, statementIds)) applyToArticle(db, a);
}

/**
 * Rewrites an article's engine suggestions as rules + learner (or rules alone when the learner is off or empty).
 * Reviewed statements and targets the analyst decided are never touched.
 */
export function applyToArticle(db: Database, articleId: number): void {
  const loaded = learnerEnabled(db) ? modelIfAny(db) : null;
  if (!loaded || loaded.model.size === 0) {
    if (!hasLearnedStances(db, articleId)) {
      setAppliedRevision(db, articleId, loaded?.revision ?? -1);
      return;
    }
  }
  const targets = listTargets(db);
  const rules = ruleStancesOfArticle(db, articleId);
  const statements = unreviewedStatements(db, articleId);
  db.transaction(() => {
    for (const s of statements) {
      const decided = new Set([
        ...(JSON.parse(s.analyst_fields) as string[])
          .filter((f) => f.startsWith('stance:'))
          .map((f) => f.slice('stance:'.length)),
        ...analystTargetsOf(db, s.id),
      ]);
      const rule = (rules.get(s.id) ?? []).filter((r) => !decided.has(r.target));
      const ruleStances = rule.map((r) => ({ ...r, label: r.label as 'favor' }));
      const wanted =
        loaded && loaded.model.size > 0
          ? suggestStances(loaded.model, { ...s, kind: s.kind as 'narration', stances: ruleStances }, targets).filter(
              (w) => !decided.has(w.target),
            )
          : ruleStances;
      const current = autoStancesOf(db, s.id);
      const row = (w: (typeof wanted)[number]): Parameters<typeof insertAutoStance>[2] => {
        const learned = 'learned' in w && w.learned ? { from: w.learned.from, ruleLabel: w.learned.ruleLabel } : null;
        return [w.target, w.label, w.confidence, JSON.stringify(w.cues), learned ? JSON.stringify(learned) : null];
      };
      const key = (r: unknown[]) => JSON.stringify(r);
      const want = new Map(wanted.map((w) => [w.target, row(w)]));
      for (const c of current) {
        const w = want.get(c.target_id);
        if (w && key(w) === key([c.target_id, c.label, c.confidence, c.cues, c.learned])) {
          want.delete(c.target_id);
          continue;
        }
        deleteAutoStance(db, s.id, c.target_id);
      }
      for (const w of want.values()) insertAutoStance(db, s.id, w);
    }
    setAppliedRevision(db, articleId, loaded?.revision ?? -1);
  }).immediate();
}

/** Revises an article's suggestions if the model changed since they were last revised. */
export function applyIfStale(db: Database, articleId: number): void {
  const stored = modelInfo(db);
  const want = learnerEnabled(db) && stored ? stored.revision : -1;
  const have = appliedRevision(db, articleId);
  if (have === want || (have === undefined && want === -1)) return;
  applyToArticle(db, articleId);
}

/** Grouped k-fold cross-validation (by article) of rules + learner against rules alone, on the library's decisions. */
export function crossValidate(
  statements: (LabelledStatement & { articleId: number })[],
  targets: Parameters<typeof examplesOf>[1],
  folds = 5,
): { accuracy: number | null; rulesAccuracy: number | null; evaluated: number } {
  const articles = [...new Set(statements.map((s) => s.articleId))];
  const byStatement = articles.length >= 2 ? (s: { articleId: number }) => articles.indexOf(s.articleId) : null;
  const foldOf = (s: LabelledStatement & { articleId: number }, i: number) =>
    (byStatement ? byStatement(s) : i) % Math.min(folds, byStatement ? articles.length : statements.length);
  const k = Math.min(folds, byStatement ? articles.length : statements.length);
  if (k < 2) return { accuracy: null, rulesAccuracy: null, evaluated: 0 };
  const byId = new Map(targets.map((t) => [t.id, t]));
  let ok = 0;
  let rulesOk = 0;
  let n = 0;
  for (let f = 0; f < k; f++) {
    const train = statements.filter((s, i) => foldOf(s, i) !== f);
    const test = statements.filter((s, i) => foldOf(s, i) === f);
    const model = new StanceModel();
    model.train(examplesOf(train, targets));
    for (const s of test) {
      for (const [target, label] of Object.entries(s.labels)) {
        const rule = s.rule.find((r) => r.target === target);
        const d = decide(model, targetFeatures(s, byId.get(target) ?? target, rule), rule);
        n++;
        if (d.label === label) ok++;
        if ((rule?.label ?? 'none') === label) rulesOk++;
      }
    }
  }
  return n
    ? { accuracy: ok / n, rulesAccuracy: rulesOk / n, evaluated: n }
    : { accuracy: null, rulesAccuracy: null, evaluated: 0 };
}

export function learnerStatus(db: Database): MethodOutput<'learner.status'> {
  const { model, revision } = currentModel(db);
  const stored = modelInfo(db);
  const key = `learner.cv.${revision}`;
  let cv = getSetting(db, 'learner.cv');
  let parsed = cv ? (JSON.parse(cv) as { key: string } & ReturnType<typeof crossValidate>) : null;
  if (!parsed || parsed.key !== key) {
    parsed = { key, ...crossValidate(labelled(db), listTargets(db)) };
    cv = JSON.stringify(parsed);
    setSetting(db, 'learner.cv', cv);
  }
  return {
    enabled: learnerEnabled(db),
    decisions: model.size,
    trainedAt: stored?.trainedAt ?? null,
    accuracy: parsed.accuracy,
    rulesAccuracy: parsed.rulesAccuracy,
    evaluated: parsed.evaluated,
  };
}

function reapplyAll(db: Database): void {
  for (const id of listArticleIds(db)) applyToArticle(db, id);
}

export const learnerHandlers: HandlerMap<
  'learner.status' | 'learner.setEnabled' | 'learner.reset' | 'learner.evidence' | 'learner.retrain'
> = {
  'learner.retrain': (db) => retrainNow(db),
  'learner.status': (db: Database) => learnerStatus(db),
  'learner.setEnabled': (db, input) => {
    setSetting(db, 'learner.enabled', input.enabled ? 'on' : 'off');
    reapplyAll(db);
    return learnerStatus(db);
  },
  'learner.reset': (db) => {
    setSetting(db, 'learner.resetAt', new Date().toISOString());
    deleteModel(db);
    cache.delete(db);
    rebuildModel(db);
    reapplyAll(db);
    return learnerStatus(db);
  },
  'learner.evidence': (db, input) => {
    const s = found(evidenceStatement(db, input.statementId), 'statement', input.statementId);
    const { model } = currentModel(db);
    const rule = (ruleStancesOfArticle(db, s.article_id).get(s.id) ?? []).find((r) => r.target === input.target);
    const target = listTargets(db).find((t) => t.id === input.target) ?? input.target;
    const features = targetFeatures({ ...s, context: previousText(db, s.id) }, target, rule);
    const label = stanceLabel(db, s.id, input.target) ?? model.predict(features).label;
    const why = model.explain(features, label as 'favor', { nearest: 5 });
    const nearest = why.nearest.map((n) => {
      const id = Number(/^s(\d+)/.exec(n.ref)?.[1]);
      const row = articleTitleOfStatement(db, id);
      return {
        statementId: id,
        articleId: row?.articleId ?? null,
        articleTitle: row?.title ?? null,
        text: n.text,
        label: n.label,
        similarity: Math.round(n.similarity * 100) / 100,
      };
    });
    return { from: why.agreeing, ruleLabel: rule?.label ?? null, nearest, reasons: why.reasons };
  },
};

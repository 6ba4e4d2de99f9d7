// The names of every backend method: the only part of the contract the sandboxed preload may import.

// One list per domain, so each domain's methods are added in one place.
const APP = ['app.info'] as const;
const ARTICLES = [
  'articles.import',
  'articles.list',
  'articles.get',
  'articles.updateMeta',
  'articles.setGrading',
  'articles.reextract',
  'articles.delete',
] as const;
const TARGETS = ['targets.list', 'targets.save', 'targets.delete'] as const;
const REVIEW = [
  'statements.update',
  'statements.create',
  'statements.setBounds',
  'statements.split',
  'statements.merge',
  'statements.delete',
  'stances.set',
  'stances.accept',
  'notes.set',
  'statementTags.set',
  'edits.undo',
  'edits.redo',
  'edits.status',
] as const;
const TAGS = ['tags.list', 'tags.create', 'tags.update', 'tags.merge', 'tags.delete'] as const;
const SEARCH = ['search.query', 'search.facets'] as const;
const IMPORTS = ['imports.start', 'imports.status', 'imports.cancel'] as const;
const JOBS = ['jobs.cancel'] as const;
const BACKUPS = ['backups.list', 'backups.create', 'backups.restore'] as const;
const DETECTION = ['detection.start', 'detection.status'] as const;

const BRIEFS = [
  'briefs.default',
  'briefs.refresh',
  'briefs.save',
  'briefs.get',
  'briefs.list',
  'briefs.delete',
  'briefs.render',
  'briefs.exportMarkdown',
  'briefs.exportPdf',
  'briefs.candidates',
] as const;

const ENTITIES = [
  'entities.known',
  'registry.list',
  'people.merge',
  'actors.merge',
  'actors.list',
  'actors.save',
  'actors.delete',
] as const;
const COMPARE = [
  'compare.matrix',
  'compare.evidence',
  'compare.sideBySide',
  'compare.timeline',
  'compare.exportCsv',
] as const;

const CODING = [
  'codings.list',
  'codings.create',
  'codings.update',
  'codings.delete',
  'codings.autoCode',
  'memos.get',
  'memos.set',
  'memos.search',
  'memos.list',
  'variables.list',
  'variables.save',
  'variables.delete',
  'variables.set',
  'variables.ofArticle',
  'coder.get',
  'coder.set',
] as const;
/** Looking across codes (QDA analysis), filtering by document variables, and projects and gold labels out and in. */
const QDA_ANALYSIS = [
  'qda.table',
  'qda.segments',
  'qda.agreement',
  'qda.coders',
  'qda.exportSegments',
  'qda.exportProject',
  'qda.importProject',
  'labels.export',
  'variables.match',
  'variables.choices',
] as const;
const LEARNER = [
  'learner.status',
  'learner.setEnabled',
  'learner.reset',
  'learner.evidence',
  'learner.retrain',
] as const;

export const METHOD_NAMES = [
  ...APP,
  ...ARTICLES,
  ...TARGETS,
  ...REVIEW,
  ...TAGS,
  ...SEARCH,
  ...DETECTION,
  ...IMPORTS,
  ...JOBS,
  ...BACKUPS,
  ...BRIEFS,
  ...COMPARE,
  ...ENTITIES,
  ...CODING,
  ...QDA_ANALYSIS,
  ...LEARNER,
] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

export const IPC_PREFIX = 'parley:';
export const EVENT_PREFIX = 'parley:event:';

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && (METHOD_NAMES as readonly string[]).includes(value);
}

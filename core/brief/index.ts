// The brief module's public face: the model, the default-brief builder and the two renderers.
export * from './model';
export { defaultBrief, refreshBrief, type DraftOptions } from './default-brief';
export type { BriefArticle, BriefDefaults, BriefSourceData, BriefStatement, BriefTag } from './source-data';
export { toMarkdown } from './markdown';
export { toHtml, BRIEF_CSP } from './html';
export { printSetup, PAPER_MM, PAGE_MARGINS_MM, type PrintSetup } from './print-setup';
export { briefFileName } from './text';
export { gradeCode, gradeWords, RELIABILITY_WORDS, CREDIBILITY_WORDS } from './grading';

// Every backend method once: its name, input schema and output schema. All transports derive from this map.
// Each domain keeps its entries in core/methods/<domain>.ts; adding a method means a name in contract-names.ts,
// an entry there, and a handler in services/ — the types below fail the build if any of the three is missing.
import type { z } from 'zod';
import type { MethodName } from './contract-names';
import { appMethods } from './methods/app';
import { articleMethods } from './methods/articles';
import { articleEditMethods } from './methods/article-edits';
import { targetMethods } from './methods/targets';
import { reviewMethods } from './methods/review';
import { tagMethods } from './methods/tags';
import { searchMethods } from './methods/search';
import { detectionMethods } from './methods/detection';
import { briefMethods } from './methods/briefs';
import { importMethods } from './methods/imports';
import { jobMethods } from './methods/jobs';
import { backupMethods } from './methods/backups';
import { compareMethods } from './methods/compare';
import { entityMethods } from './methods/entities';
import { codingMethods } from './methods/codings';
import { qdaAnalysisMethods } from './methods/qda-analysis';
import { variableFilterMethods } from './methods/variable-filters';
import { qdaExchangeMethods } from './methods/qda-exchange';
import { learnerMethods } from './methods/learner';

export { MAX_IMPORT_BYTES } from './shared/import-limits';

export const contract = {
  ...appMethods,
  ...articleMethods,
  ...articleEditMethods,
  ...targetMethods,
  ...reviewMethods,
  ...tagMethods,
  ...searchMethods,
  ...detectionMethods,
  ...briefMethods,
  ...importMethods,
  ...jobMethods,
  ...backupMethods,
  ...compareMethods,
  ...entityMethods,
  ...codingMethods,
  ...qdaAnalysisMethods,
  ...variableFilterMethods,
  ...qdaExchangeMethods,
  ...learnerMethods,
} satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType }>;

type ExactlyTheNames = Exclude<keyof typeof contract, MethodName> extends never ? true : never;
export const CONTRACT_HAS_ONLY_NAMED_METHODS: ExactlyTheNames = true;

export type Contract = typeof contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

// Every contract method's service function; the type makes a missing or extra method a compile error.
import type { MethodName } from '../core/contract-names';
import type { HandlerMap } from './handler-types';
import { appHandlers } from './app';
import { articleHandlers } from './articles';
import { targetHandlers } from './targets';
import { statementReviewHandlers } from './statement-review';
import { statementBoundsHandlers } from './statement-bounds';
import { undoHandlers } from './undo';
import { tagHandlers } from './tags';
import { searchHandlers } from './search';
import { actorHandlers } from './actors';
import { detectionHandlers } from './detection-jobs';
import { briefHandlers } from './briefs';
import { batchImportHandlers } from './batch-import';
import { jobHandlers } from './jobs';
import { backupHandlers } from './backups';
import { articleRemovalHandlers } from './article-removal';
import { reextractHandlers } from './reextract';
import { compareHandlers } from './compare';
import { registryHandlers } from './registry';
import { articleMetadataHandlers } from './article-metadata';
import { codingHandlers } from './codings';
import { memoHandlers } from './memos';
import { variableFilterHandlers, variableHandlers } from './variables';
import { coderHandlers } from './coder';
import { qdaAnalysisHandlers } from './qda-analysis';
import { qdaExchangeHandlers } from './qda-exchange';
import { learnerHandlers } from './learner';
import { exportLabelHandlers } from './export-labels';

export const handlers: HandlerMap<MethodName> = {
  ...appHandlers,
  ...articleHandlers,
  ...targetHandlers,
  ...statementReviewHandlers,
  ...statementBoundsHandlers,
  ...undoHandlers,
  ...tagHandlers,
  ...searchHandlers,
  ...actorHandlers,
  ...detectionHandlers,
  ...briefHandlers,
  ...batchImportHandlers,
  ...jobHandlers,
  ...backupHandlers,
  ...articleRemovalHandlers,
  ...reextractHandlers,
  ...compareHandlers,
  ...registryHandlers,
  ...articleMetadataHandlers,
  ...codingHandlers,
  ...memoHandlers,
  ...variableHandlers,
  ...variableFilterHandlers,
  ...coderHandlers,
  ...qdaAnalysisHandlers,
  ...qdaExchangeHandlers,
  ...learnerHandlers,
  ...exportLabelHandlers,
};

// The error a failed call throws in the renderer: the backend's { code, message }, as an Error.
import type { ErrorCode } from '../../core/errors';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

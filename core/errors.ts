// The one error type that crosses every transport as { code, message }.

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'empty_input',
  'binary_input',
  'bad_encoding',
  'too_large',
  'db_newer',
  'db_damaged',
  'db_migration_failed',
  'read_only',
  'conflict',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface WireError {
  code: ErrorCode;
  message: string;
}

export class ParleyError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ParleyError';
    this.code = code;
  }
  toWire(): WireError {
    return { code: this.code, message: this.message };
  }
}

export function isWireError(value: unknown): value is WireError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as WireError).code === 'string' &&
    typeof (value as WireError).message === 'string'
  );
}

/** The value, or a not_found error that names what is missing: "There is no tag with id 3." */
export function found<T>(value: T | null | undefined, what: string, id: number | string): T {
  if (value === null || value === undefined) throw new ParleyError('not_found', `There is no ${what} with id ${id}.`);
  return value;
}

/** The getter's value, or not_found as {@link found} says it: `const tagOrThrow = foundBy(getTag, 'tag')`. */
export function foundBy<D, T>(
  get: (db: D, id: number) => T | null | undefined,
  what: string,
): (db: D, id: number) => T {
  return (db, id) => found(get(db, id), what, id);
}

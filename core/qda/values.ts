// Checks a document variable's value against its type: the one rule shared by the service, import and the UI.
import type { Variable } from './types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The value in canonical form, or an error message naming the variable. */
export function normaliseValue(
  v: Pick<Variable, 'name' | 'type' | 'options'>,
  raw: string,
): string | { error: string } {
  const value = raw.trim();
  switch (v.type) {
    case 'text':
      return value;
    case 'number':
      return value !== '' && Number.isFinite(Number(value))
        ? String(Number(value))
        : { error: `${v.name} takes a number, not "${value}".` };
    case 'date':
      return DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? value
        : { error: `${v.name} takes a date like 2024-05-01, not "${value}".` };
    case 'boolean':
      if (/^(true|yes|1)$/i.test(value)) return 'true';
      if (/^(false|no|0)$/i.test(value)) return 'false';
      return { error: `${v.name} takes true or false, not "${value}".` };
    case 'category':
      return v.options.includes(value)
        ? value
        : { error: `${v.name} takes one of ${v.options.join(', ')}, not "${value}".` };
  }
}

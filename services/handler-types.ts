// The shape of a service function implementing a contract method: (db, validated input) → output.
import type { Database } from 'better-sqlite3';
import type { MethodName } from '../core/contract-names';
import type { MethodInput, MethodOutput } from '../core/contract';

/** A handler may answer at once or with a Promise (PDF printing waits on Chromium); dispatch awaits either. */
export type Handler<M extends MethodName> = (
  db: Database,
  input: MethodInput<M>,
) => MethodOutput<M> | Promise<MethodOutput<M>>;
export type HandlerMap<M extends MethodName> = { [K in M]: Handler<K> };

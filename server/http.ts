// The loopback host of browser mode: serves the built renderer and POST /api/<method>, guarded by token and Host checks.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { dispatch } from '../services/dispatch';
import type { Caller } from '../services/host/long-jobs';
import type { ErrorCode, WireError } from '../core/errors';
import { serveStatic } from './static-files';
import { jsonDepthExceeds, MAX_JSON_DEPTH } from './json-depth';
import type { EventHub } from './event-hub';

export interface HostOptions {
  db: Database;
  /** Where calls go; by default `dispatch` on `db` in this thread (browser mode routes long jobs to a worker). */
  call?: Caller;
  token: string;
  staticDir: string;
  events: EventHub;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

const STATUS: Partial<Record<ErrorCode, number>> = {
  invalid_input: 400,
  not_found: 404,
  too_large: 413,
  conflict: 409,
  read_only: 503,
  internal: 500,
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

function fail(res: ServerResponse, status: number, error: WireError): void {
  sendJson(res, status, { ok: false, error });
}

function tokenMatches(expected: string, given: string | undefined | null): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Only this host's own names may reach it: a DNS-rebinding page arrives with a foreign Host header. */
function allowedHost(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function allowedOrigin(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      resolve('too_large');
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? 'too_large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, opts: HostOptions): Promise<void> {
  if (url.pathname === '/api/events' && req.method === 'GET') {
    if (!tokenMatches(opts.token, url.searchParams.get('token'))) {
      fail(res, 401, { code: 'invalid_input', message: 'Missing or wrong launch token.' });
      return;
    }
    opts.events.attach(res);
    return;
  }
  if (!tokenMatches(opts.token, req.headers['x-parley-token'] as string | undefined)) {
    fail(res, 401, { code: 'invalid_input', message: 'Missing or wrong launch token.' });
    return;
  }
  if (req.method !== 'POST') {
    fail(res, 405, { code: 'invalid_input', message: 'API methods are called with POST.' });
    return;
  }
  const limit = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const body = await readBody(req, limit);
  if (body === 'too_large') {
    fail(res, 413, { code: 'too_large', message: `Request body over ${Math.round(limit / 1048576)} MB.` });
    return;
  }
  let input: unknown = {};
  if (jsonDepthExceeds(body)) {
    fail(res, 400, {
      code: 'invalid_input',
      message: `The request body nests deeper than ${MAX_JSON_DEPTH} levels; it was not read.`,
    });
    return;
  }
  if (body.length > 0) {
    try {
      input = JSON.parse(body.toString('utf8'));
    } catch {
      fail(res, 400, { code: 'invalid_input', message: 'The request body is not valid JSON.' });
      return;
    }
  }
  let method: string;
  try {
    method = decodeURIComponent(url.pathname.slice('/api/'.length));
  } catch {
    fail(res, 400, { code: 'invalid_input', message: 'The method name in the address is not valid percent-encoding.' });
    return;
  }
  const result = opts.call ? await opts.call(method, input) : await dispatch(opts.db, method, input);
  if (result.ok) sendJson(res, 200, result);
  else sendJson(res, STATUS[result.error.code] ?? 422, result);
}

export function createHost(opts: HostOptions): Server {
  const server = createServer((req, res) => {
    const port = (server.address() as { port: number } | null)?.port ?? 0;
    if (!allowedHost(req, port)) {
      fail(res, 421, { code: 'invalid_input', message: 'Foreign Host header refused.' });
      return;
    }
    if (!allowedOrigin(req, port)) {
      fail(res, 403, { code: 'invalid_input', message: 'Foreign Origin refused.' });
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      handleApi(req, res, url, opts).catch((err: unknown) => {
        fail(res, 500, { code: 'internal', message: err instanceof Error ? err.message : String(err) });
      });
      return;
    }
    serveStatic(req, res, url, opts.staticDir);
  });
  return server;
}

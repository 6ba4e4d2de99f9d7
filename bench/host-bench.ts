// Responsiveness of browser mode: app.info's p99 latency while a 10 MB import runs in the backend worker, beside
// its p99 with the host idle. The host is the real one (server/main.ts in its own process), called over HTTP. For
// comparison, the same calls against a host that runs the import inline (as before the worker), on a tenth the size.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generatedArticle } from '../tests/unit/crash/generated-articles';
import { startBrowserHost, type BrowserHost } from '../tests/support/browser-host';
import { tempDbPath } from '../tests/support/db';
import { openDatabase } from '../db/connection';
import { createHost } from '../server/http';
import { EventHub } from '../server/event-hub';
import { percentile, type BenchOptions, type BenchResult, timeAgainst } from './types';

/** One long article of about `bytes` bytes: a headline and generated paragraphs. */
function longArticle(bytes: number): string {
  const parts = ['A very long dispatch\n\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const body = generatedArticle(i).text.split('\n\n')[1]!.trim();
    parts.push(`${body}\n\n`);
    size += body.length + 2;
  }
  return parts.join('');
}

type Caller = Pick<BrowserHost, 'call'>;

async function timedInfo(host: Caller): Promise<number> {
  const t = performance.now();
  await host.call('app.info', {});
  return performance.now() - t;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** POST /api/<method> with node:http, which (unlike fetch) sets no limit on how long the answer may take. */
function slowCall(origin: string, token: string, method: string, input: unknown): Promise<unknown> {
  const body = JSON.stringify(input);
  return new Promise((resolve, reject) => {
    const req = request(
      `${origin}/api/${method}`,
      { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Parley-Token': token } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const envelope = JSON.parse(Buffer.concat(chunks).toString()) as { ok: boolean; value?: unknown };
          if (envelope.ok) resolve(envelope.value);
          else reject(new Error(`${method}: ${JSON.stringify(envelope)}`));
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** app.info round trips, one after another, for as long as one import of `text` runs. */
async function duringImport(host: Caller & { origin: string; token: string }, text: string) {
  const busy: number[] = [];
  let finished = false;
  const t0 = performance.now();
  const input = { fileName: 'long.txt', dataBase64: Buffer.from(text).toString('base64') };
  // Settled into a value at once, so a failure is reported after the loop rather than as an unhandled rejection.
  const importing = slowCall(host.origin, host.token, 'articles.import', input).then(
    (value) => ({ value: value as { article: { statements: number } } }),
    (error: unknown) => ({ error }),
  );
  void importing.then(() => (finished = true));
  while (!finished) {
    busy.push(await timedInfo(host));
    await pause(5);
  }
  const imported = await importing;
  if ('error' in imported) throw imported.error;
  return { busy, importSeconds: (performance.now() - t0) / 1000, statements: imported.value.article.statements };
}

/** The loopback host with no worker, in this process: every call, the import too, runs on the host's thread. */
async function inlineHost(
  dbPath: string,
  staticDir: string,
): Promise<Caller & { origin: string; token: string; stop(): Promise<void> }> {
  const db = openDatabase(dbPath);
  const token = 'bench';
  const server = createHost({ db, token, staticDir, events: new EventHub() });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    token,
    async call(method, input) {
      const response = await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Parley-Token': token },
        body: JSON.stringify(input),
      });
      const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message}`);
      return envelope.value as never;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => (db.close(), resolve()))),
  };
}

export async function benchHost({ scale }: BenchOptions): Promise<BenchResult[]> {
  const bytes = Math.round(Math.max(0.5, 10 * Math.min(scale, 1)) * 1_000_000);
  const text = longArticle(bytes);
  const staticDir = mkdtempSync(join(tmpdir(), 'parley-bench-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>bench</title>');
  const dbPath = tempDbPath();
  const host = await startBrowserHost(dbPath, staticDir);
  try {
    // The worker starts with the host; its first answer means it is ready, so the idle figure is really idle.
    await host.call('imports.status', { batchId: 'warm-up' }).catch(() => undefined);
    for (let i = 0; i < 20; i++) await timedInfo(host);
    const idle: number[] = [];
    for (let i = 0; i < 300; i++) {
      idle.push(await timedInfo(host));
      await pause(5);
    }

    const { busy, importSeconds, statements } = await duringImport(host, text);
    const p99Busy = percentile(busy, 99);
    const p99Idle = percentile(idle, 99);

    const inlineBytes = Math.round(bytes / 10);
    const inlineDb = tempDbPath();
    const inline = await inlineHost(inlineDb, staticDir);
    const before = await duringImport(inline, longArticle(inlineBytes)).finally(() => inline.stop());
    rmSync(dirname(inlineDb), { recursive: true, force: true });
    const p99Inline = percentile(before.busy, 99);
    return [
      timeAgainst(`app.info p99 during a ${(bytes / 1e6).toFixed(1)} MB import`, p99Busy, p99Idle, {
        baselineName: 'app.info p99 with the host idle',
        ratioMeaning: '(idle ÷ during; 1 = the import costs app.info nothing)',
        goal: 'p99 during the import ≤ 100 ms',
        notes:
          `${busy.length} calls during the import (${importSeconds.toFixed(1)} s, ${statements} ` +
          `statements), ${idle.length} idle; p50 ${percentile(busy, 50).toFixed(1)} vs ${percentile(idle, 50).toFixed(1)} ms, ` +
          `max ${Math.max(...busy).toFixed(1)} ms.`,
      }),
      timeAgainst(
        `app.info p99 during a ${(inlineBytes / 1e6).toFixed(2)} MB import run inline (no worker, as before)`,
        p99Inline,
        p99Idle,
        {
          baselineName: 'app.info p99 with the host idle',
          ratioMeaning: '(idle ÷ during)',
          notes: `${before.busy.length} calls during the import (${before.importSeconds.toFixed(1)} s): each waits for it.`,
        },
      ),
    ];
  } finally {
    await host.stop();
    rmSync(staticDir, { recursive: true, force: true });
    rmSync(dirname(dbPath), { recursive: true, force: true });
  }
}

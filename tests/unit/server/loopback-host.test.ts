// The loopback host refuses what a hostile page or process would send: no token, wrong token, foreign Host or Origin, huge bodies.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost } from '../../../server/http';
import { EventHub } from '../../../server/event-hub';
import { onBackendEvent } from '../../../services/events';
import { checksum, memoryDb } from '../../support/db';

const TOKEN = 'test-token-0123456789';
const db = memoryDb();
const staticDir = mkdtempSync(join(tmpdir(), 'parley-static-'));
writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Parley</title>');
const hub = new EventHub();
const server = createHost({ db, token: TOKEN, staticDir, events: hub, maxBodyBytes: 64 * 1024 });
onBackendEvent(db, (name, payload) => hub.publish(name, payload));
let port = 0;

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function send(
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: opts.method ?? 'POST',
        headers: { Host: `127.0.0.1:${port}`, ...opts.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('loopback host', () => {
  it('binds to 127.0.0.1 only', () => {
    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
  });

  it('answers an API call carrying the launch token', async () => {
    const r = await send('/api/articles.list', { headers: { 'X-Parley-Token': TOKEN }, body: '{}' });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: [] });
  });

  it('refuses an API call without a token or with a wrong one', async () => {
    for (const headers of [{}, { 'X-Parley-Token': 'wrong' }, { 'X-Parley-Token': `${TOKEN}x` }] as Record<
      string,
      string
    >[]) {
      const r = await send('/api/articles.list', { headers, body: '{}' });
      expect(r.status).toBe(401);
      expect(JSON.parse(r.body).error.message).toMatch(/token/);
    }
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const r = await send('/api/articles.list', {
      headers: { Host: 'evil.example:80', 'X-Parley-Token': TOKEN },
      body: '{}',
    });
    expect(r.status).toBe(421);
    const page = await send('/', { method: 'GET', headers: { Host: `attacker.test:${port}` } });
    expect(page.status).toBe(421);
  });

  it('refuses a foreign Origin even with the token', async () => {
    const r = await send('/api/articles.list', {
      headers: { Origin: 'https://evil.example', 'X-Parley-Token': TOKEN },
      body: '{}',
    });
    expect(r.status).toBe(403);
  });

  it('refuses a body over the size limit and writes nothing', async () => {
    const before = checksum(db);
    const big = JSON.stringify({ text: 'a'.repeat(100 * 1024) });
    const r = await send('/api/articles.import', { headers: { 'X-Parley-Token': TOKEN }, body: big });
    expect(r.status).toBe(413);
    expect(checksum(db)).toBe(before);
  });

  it('turns malformed JSON and malformed input into {code, message}', async () => {
    const bad = await send('/api/articles.get', { headers: { 'X-Parley-Token': TOKEN }, body: '{"id":' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const wrong = await send('/api/articles.get', { headers: { 'X-Parley-Token': TOKEN }, body: '{"id":"1"}' });
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = await send('/api/system.shutdown', { headers: { 'X-Parley-Token': TOKEN }, body: '{}' });
    expect(JSON.parse(unknown.body).error.message).toMatch(/Unknown method/);
  });

  it('serves the renderer with a strict CSP and refuses paths outside its folder', async () => {
    const page = await send('/', { method: 'GET' });
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    const escape = await send('/..%2f..%2f..%2fetc%2fpasswd', { method: 'GET' });
    expect([403, 404]).toContain(escape.status);
    expect(escape.body).not.toContain('root:');
  });

  it('streams backend progress events to a token holder over server-sent events, and refuses others', async () => {
    const refused = await send('/api/events?token=wrong', { method: 'GET' });
    expect(refused.status).toBe(401);
    const received = new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: `/api/events?token=${TOKEN}`, headers: { Host: `127.0.0.1:${port}` } },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => {
            text += c.toString();
            if (text.includes('"finished":true')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', (e) => (e.message.includes('aborted') ? undefined : reject(e)));
      req.end();
    });
    await new Promise((r) => setTimeout(r, 50));
    const body = JSON.stringify({
      files: [{ fileName: 'e.txt', dataBase64: Buffer.from('Events\n\nThe envoy spoke.').toString('base64') }],
    });
    const started = await send('/api/imports.start', { headers: { 'X-Parley-Token': TOKEN }, body });
    expect(started.status).toBe(200);
    const stream = await received;
    expect(stream).toMatch(/event: import.progress\ndata: \{"batchId"/);
    expect(stream).toContain('"fileName":"e.txt","status":"imported"');
  });
});

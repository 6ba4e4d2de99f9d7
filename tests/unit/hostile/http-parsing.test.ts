// The loopback host's request parsing: malformed percent-encoding and deeply nested JSON are refused with a 400.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventHub } from '../../../server/event-hub';
import { createHost } from '../../../server/http';
import { jsonDepthExceeds, MAX_JSON_DEPTH } from '../../../server/json-depth';
import { memoryDb } from '../../support/db';

const TOKEN = 'parsing-token';
const db = memoryDb();
const server = createHost({ db, token: TOKEN, staticDir: '/nonexistent', events: new EventHub() });
let port = 0;
beforeAll(
  () =>
    new Promise<void>((r) =>
      server.listen(0, '127.0.0.1', () => ((port = (server.address() as AddressInfo).port), r())),
    ),
);
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function post(
  path: string,
  body: Buffer,
): Promise<{ status: number; body: { ok: boolean; error?: { code: string; message: string } } }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { Host: `127.0.0.1:${port}`, 'X-Parley-Token': TOKEN },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('request parsing', () => {
  it('answers a malformed percent-encoding in the method name with 400, not 500', async () => {
    for (const path of ['/api/%E0%A4%A', '/api/%', '/api/app.%zzinfo']) {
      const r = await post(path, Buffer.from('{}'));
      expect(r.status).toBe(400);
      expect(r.body.error?.code).toBe('invalid_input');
    }
    expect((await post('/api/app.info', Buffer.from('{}'))).status).toBe(200);
  });

  it('refuses a 10 MB deeply nested JSON body unread, and goes on answering', async () => {
    const depth = 5 * 1024 * 1024;
    const body = Buffer.from('['.repeat(depth) + ']'.repeat(depth));
    const r = await post('/api/articles.list', body);
    expect(r.status).toBe(400);
    expect(r.body.error?.message).toMatch(/nests deeper than 64 levels/);
    expect((await post('/api/app.info', Buffer.from('{}'))).status).toBe(200);
  });

  it('counts nesting outside strings only', () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect(jsonDepthExceeds(Buffer.from(deep(MAX_JSON_DEPTH)))).toBe(false);
    expect(jsonDepthExceeds(Buffer.from(deep(MAX_JSON_DEPTH + 1)))).toBe(true);
    const text = JSON.stringify({ text: '['.repeat(1000) + '\\"[' + '{'.repeat(1000) });
    expect(jsonDepthExceeds(Buffer.from(text))).toBe(false);
  });
});

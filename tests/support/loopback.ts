// The loopback host on an in-memory library for one test file: listening before its tests, closed after, and a raw POST.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { EventHub } from '../../server/event-hub';
import { createHost } from '../../server/http';
import { memoryDb } from './db';

/** Serves a fresh in-memory library with `token` for the calling test file; `post` sends a body as it is. */
export function loopbackHost(token: string) {
  const db = memoryDb();
  const server = createHost({ db, token, staticDir: '/nonexistent', events: new EventHub() });
  let port = 0;
  beforeAll(
    () =>
      new Promise<void>((r) =>
        server.listen(0, '127.0.0.1', () => ((port = (server.address() as AddressInfo).port), r())),
      ),
  );
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  function post(path: string, body: Buffer): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path,
          method: 'POST',
          headers: { Host: `127.0.0.1:${port}`, 'X-Parley-Token': token },
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }
  return { db, post };
}

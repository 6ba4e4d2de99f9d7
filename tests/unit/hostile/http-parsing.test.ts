// The loopback host's request parsing: malformed percent-encoding and deeply nested JSON are refused with a 400.
import { describe, expect, it } from 'vitest';
import { jsonDepthExceeds, MAX_JSON_DEPTH } from '../../../server/json-depth';
import { loopbackHost } from '../../support/loopback';

const host = loopbackHost('parsing-token');

/** POSTs a body as it is and reads the JSON envelope the host answers with. */
async function post(
  path: string,
  body: Buffer,
): Promise<{ status: number; body: { ok: boolean; error?: { code: string; message: string } } }> {
  const r = await host.post(path, body);
  return { status: r.status, body: JSON.parse(r.body) };
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

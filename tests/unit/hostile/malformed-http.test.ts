// The loopback host under 200 generated malformed requests: every one answered with a {code, message} error, none crash it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../core/contract-names';
import { contract } from '../../../core/contract';
import { ERROR_CODES } from '../../../core/errors';
import { checksum } from '../../support/db';
import { loopbackHost } from '../../support/loopback';

const { db, post } = loopbackHost('hostile-token');

function validInput(method: (typeof METHOD_NAMES)[number], body: Buffer): boolean {
  try {
    // an empty body is read as {} (as the host does)
    return contract[method].input.safeParse(body.length ? JSON.parse(body.toString()) : {}).success;
  } catch {
    return false;
  }
}

describe('malformed requests over HTTP', () => {
  it('answers 200 generated malformed bodies with {code, message} and a 4xx status, changing nothing', async () => {
    const before = checksum(db);
    const bodies = fc.sample(
      fc.oneof(
        fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a)),
        fc.string().map((s) => Buffer.from(s)),
        fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v) ?? 'null')),
        fc.constant(Buffer.from('{"__proto__":{"polluted":1},"id":"1"}')),
        fc.constant(Buffer.from('[]')),
      ),
      { numRuns: 200, seed: 42 },
    );
    let i = 0;
    for (const body of bodies) {
      const method = METHOD_NAMES[i++ % METHOD_NAMES.length]!;
      // a body the method accepts (such as {} for learner.reset) is a call, not a malformed request, and it may write
      if (validInput(method, body)) continue;
      const r = await post(`/api/${method}`, body);
      let parsed: { ok: boolean; error?: { code: string; message: string } };
      try {
        parsed = JSON.parse(r.body);
      } catch {
        throw new Error(`${method} answered non-JSON to ${body.toString('hex').slice(0, 60)}`);
      }
      if (parsed.ok) continue; // a body that happens to be a valid call (e.g. {} for a list method)
      expect(ERROR_CODES).toContain(parsed.error!.code);
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
    }
    expect(checksum(db)).toBe(before);
    const alive = await post('/api/app.info', Buffer.from('{}'));
    expect(alive.status).toBe(200);
  });
});

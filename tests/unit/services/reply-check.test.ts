// Replies are checked against the contract at the boundary in tests and development: a service that drifts fails loudly
// in dispatch, and a reply that arrives bent fails at the renderer's door (its reply gate) with the method and field.
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../renderer/api/api-error';
import { checkedReply } from '../../../renderer/api/reply-gate';
import { checkReplies, dispatch } from '../../../services/dispatch';
import { handlers } from '../../../services/handlers';
import { memoryDb } from '../../support/db';

const original = handlers['app.info'];

afterEach(() => {
  handlers['app.info'] = original;
});

describe('reply check', () => {
  it('passes a reply that matches the contract', async () => {
    const db = memoryDb();
    const r = await dispatch(db, 'app.info', {});
    expect(r.ok).toBe(true);
    db.close();
  });

  it('turns a reply that breaks the contract into an internal error naming the method and the field', async () => {
    const db = memoryDb();
    handlers['app.info'] = () => ({ version: 3, databasePath: ':memory:', schemaVersion: 1 }) as never;
    const r = await dispatch(db, 'app.info', {});
    expect(r).toEqual({
      ok: false,
      error: { code: 'internal', message: expect.stringMatching(/reply of app\.info breaks the contract: version/) },
    });
    db.close();
  });

  it('is on under Vitest, in development and with PARLEY_CHECK_REPLIES=1, off in a packaged run', () => {
    expect(checkReplies()).toBe(true);
    expect(checkReplies({ NODE_ENV: 'development' })).toBe(true);
    expect(checkReplies({ PARLEY_CHECK_REPLIES: '1', NODE_ENV: 'production' })).toBe(true);
    expect(checkReplies({ NODE_ENV: 'production' })).toBe(false);
    expect(checkReplies({ VITEST: 'true', PARLEY_CHECK_REPLIES: '0' })).toBe(false);
  });
});

describe("the renderer's reply gate", () => {
  it('hands on a reply that matches its declared output', async () => {
    const info = { version: '0.1.0', databasePath: '/tmp/x.sqlite', schemaVersion: 3 };
    await expect(checkedReply('app.info', info)).resolves.toEqual(info);
  });

  it('refuses a malformed reply with an internal error naming the method and the field', async () => {
    const err = await checkedReply('app.info', { version: 3, databasePath: '/tmp/x.sqlite' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('internal');
    expect((err as ApiError).message).toMatch(
      /^The reply of app\.info breaks the contract: version: .*expected string.*; schemaVersion: .*expected number/,
    );
    const listed = await checkedReply('tags.list', [{ id: 'seven' }]).catch((e: unknown) => e);
    expect((listed as ApiError).message).toMatch(/^The reply of tags\.list breaks the contract: 0\.id: /);
  });
});

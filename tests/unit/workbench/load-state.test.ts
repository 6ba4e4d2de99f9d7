// The stores' one load helper: flags while loading, the value on success, a readable error (and no throw) on failure.
import { describe, expect, it } from 'vitest';
import { useLoadState } from '../../../renderer/stores/load-state';

describe('useLoadState', () => {
  it('sets loading during the task and loaded after it', async () => {
    const state = useLoadState();
    let release!: () => void;
    const done = state.track(() => new Promise<number>((r) => (release = () => r(7))));
    expect(state.loading.value).toBe(true);
    release();
    expect(await done).toBe(7);
    expect(state.loading.value).toBe(false);
    expect(state.loaded.value).toBe(true);
    expect(state.error.value).toBeNull();
  });

  it('keeps a failure as the error, clears it on the next try, and loads once only', async () => {
    const state = useLoadState();
    expect(await state.track(() => Promise.reject(new Error('The database is busy.')))).toBeUndefined();
    expect(state.error.value).toMatch(/database is busy/);
    expect(state.loaded.value).toBe(false);
    let loads = 0;
    const load = async () => {
      await state.track(async () => loads++);
    };
    await state.once(load);
    await state.once(load);
    expect(loads).toBe(1);
    expect(state.error.value).toBeNull();
  });
});

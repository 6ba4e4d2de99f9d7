// The stores' one busy helper: the flag names the running action, a failure is reported (and gives undefined), the flag clears.
import { describe, expect, it } from 'vitest';
import { useBusyTask } from '../../../renderer/stores/busy-task';

describe('useBusyTask', () => {
  it('names the running action while it runs and gives its value', async () => {
    const { busy, run } = useBusyTask<'save'>(() => {});
    let release!: () => void;
    const done = run('save', 'Could not save', () => new Promise<number>((r) => (release = () => r(3))));
    expect(busy.value).toBe('save');
    release();
    expect(await done).toBe(3);
    expect(busy.value).toBeNull();
  });

  it('reports a failure under its title, gives undefined and clears the flag', async () => {
    const reports: string[][] = [];
    const { busy, run } = useBusyTask<'save'>((title, message) => reports.push([title, message]));
    expect(await run('save', 'Could not save', () => Promise.reject(new Error('The disk is full.')))).toBeUndefined();
    expect(reports).toEqual([['Could not save', expect.stringMatching(/disk is full/)]]);
    expect(busy.value).toBeNull();
  });
});

// The busy flag a store's buttons wait on, and the one way an action sets it and reports its failure.
import { ref } from 'vue';
import { errorMessage } from './errors';

/** `run(what, failed, task)` marks `busy` as `what` while `task` runs; a failure goes to `report` under `failed` (and gives undefined). */
export function useBusyTask<K extends string>(report: (title: string, message: string) => void) {
  const busy = ref<K | null>(null);

  async function run<T>(what: K, failed: string, task: () => Promise<T>): Promise<T | undefined> {
    busy.value = what;
    try {
      return await task();
    } catch (e) {
      report(failed, errorMessage(e));
      return undefined;
    } finally {
      busy.value = null;
    }
  }

  return { busy, run };
}

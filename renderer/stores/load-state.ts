// The loading/loaded/error flags every list store keeps, and the one way a load sets them.
import { ref } from 'vue';
import { errorMessage } from './errors';

export function useLoadState() {
  const loading = ref(false);
  const loaded = ref(false);
  const error = ref<string | null>(null);

  /** Runs `task` with `loading` set; a failure is kept as `error` (and gives undefined), success marks `loaded`. */
  async function track<T>(task: () => Promise<T>): Promise<T | undefined> {
    loading.value = true;
    error.value = null;
    try {
      const value = await task();
      loaded.value = true;
      return value;
    } catch (e) {
      error.value = errorMessage(e);
      return undefined;
    } finally {
      loading.value = false;
    }
  }

  /** Loads once: nothing when already loaded or loading. */
  async function once(load: () => Promise<void>): Promise<void> {
    if (!loaded.value && !loading.value) await load();
  }

  return { loading, loaded, error, track, once };
}

// The backend's version and database path, shown in the shell so the analyst knows which library is open.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { MethodOutput } from '../../core/contract';
import { call } from '../api/client';
import { errorMessage } from './errors';

export type AppInfo = MethodOutput<'app.info'>;

export const useAppInfoStore = defineStore('appInfo', () => {
  const info = ref<AppInfo | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      info.value = await call('app.info', {});
    } catch (e) {
      error.value = errorMessage(e);
    } finally {
      loading.value = false;
    }
  }

  return { info, loading, error, load };
});

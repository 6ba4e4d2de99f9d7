// The backend's version and database path, shown in the shell so the analyst knows which library is open.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { MethodOutput } from '../../core/contract';
import { call } from '../api/client';
import { useLoadState } from './load-state';

export type AppInfo = MethodOutput<'app.info'>;

export const useAppInfoStore = defineStore('appInfo', () => {
  const info = ref<AppInfo | null>(null);
  const { loading, error, track } = useLoadState();

  async function load(): Promise<void> {
    await track(async () => {
      info.value = await call('app.info', {});
    });
  }

  return { info, loading, error, load };
});

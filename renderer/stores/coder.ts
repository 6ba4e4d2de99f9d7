// The analyst's coder name, recorded on every coding, memo and edit they make.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { call } from '../api/client';
import { errorMessage } from './errors';
import { useToastsStore } from './toasts';

export const useCoderStore = defineStore('coder', () => {
  const name = ref('');
  const loaded = ref(false);

  async function load(): Promise<void> {
    try {
      name.value = (await call('coder.get', {})).name;
      loaded.value = true;
    } catch (e) {
      useToastsStore().error('Could not read the coder name', errorMessage(e));
    }
  }

  async function save(next: string): Promise<boolean> {
    try {
      name.value = (await call('coder.set', { name: next })).name;
      return true;
    } catch (e) {
      useToastsStore().error('Could not save the coder name', errorMessage(e));
      return false;
    }
  }

  return { name, loaded, load, save };
});

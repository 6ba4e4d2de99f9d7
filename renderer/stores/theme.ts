// The colour theme: light, dark or the system's, chosen in the header, kept across restarts, applied as <html data-theme>.
import { defineStore } from 'pinia';
import { ref } from 'vue';

export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

const KEY = 'parley.theme';
const system = () => window.matchMedia('(prefers-color-scheme: dark)');

function stored(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return THEME_CHOICES.find((c) => c === value) ?? 'system';
  } catch {
    return 'system';
  }
}

/** Sets the resolved theme on <html>; CSS (theme.css) and the charts read it from there. */
function apply(choice: ThemeChoice): void {
  const dark = choice === 'dark' || (choice === 'system' && system().matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  window.dispatchEvent(new Event('parley-theme'));
}

/** Runs `listener` whenever the resolved theme may have changed; returns the unsubscribe function. */
export function onThemeChange(listener: () => void): () => void {
  window.addEventListener('parley-theme', listener);
  return () => window.removeEventListener('parley-theme', listener);
}

export const useThemeStore = defineStore('theme', () => {
  const choice = ref<ThemeChoice>(stored());
  apply(choice.value);
  system().addEventListener('change', () => apply(choice.value));

  function set(next: ThemeChoice): void {
    choice.value = next;
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Storage refused (private mode): the choice still holds for this window.
    }
    apply(next);
  }

  return { choice, set };
});

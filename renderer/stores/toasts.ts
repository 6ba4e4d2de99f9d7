// Messages for the analyst: notices fade on their own, errors stay until dismissed.
import { defineStore } from 'pinia';
import { ref } from 'vue';

export type ToastTone = 'success' | 'info' | 'error';

export interface ToastAction {
  label: string;
  run: () => void;
}

export interface Toast {
  id: number;
  tone: ToastTone;
  title: string;
  message: string;
  action: ToastAction | null;
}

const AUTO_DISMISS_MS = 7000;

export const useToastsStore = defineStore('toasts', () => {
  const toasts = ref<Toast[]>([]);
  let nextId = 1;
  const timers = new Map<number, number>();

  function dismiss(id: number): void {
    toasts.value = toasts.value.filter((t) => t.id !== id);
    const timer = timers.get(id);
    if (timer !== undefined) window.clearTimeout(timer);
    timers.delete(id);
  }

  function push(tone: ToastTone, title: string, message: string, action: ToastAction | null = null): number {
    const id = nextId++;
    toasts.value = [...toasts.value, { id, tone, title, message, action }];
    // An error must be read and acted on, so it never disappears by itself.
    if (tone !== 'error')
      timers.set(
        id,
        window.setTimeout(() => dismiss(id), AUTO_DISMISS_MS),
      );
    return id;
  }

  /** Keeps a notice on screen while the pointer or focus is on it, so it is not snatched away mid-read. */
  function hold(id: number): void {
    const timer = timers.get(id);
    if (timer !== undefined) window.clearTimeout(timer);
    timers.delete(id);
  }

  function release(id: number): void {
    const toast = toasts.value.find((t) => t.id === id);
    if (!toast || toast.tone === 'error' || timers.has(id)) return;
    timers.set(
      id,
      window.setTimeout(() => dismiss(id), AUTO_DISMISS_MS / 2),
    );
  }

  return {
    toasts,
    push,
    dismiss,
    hold,
    release,
    success: (title: string, message: string, action?: ToastAction) => push('success', title, message, action),
    info: (title: string, message: string, action?: ToastAction) => push('info', title, message, action),
    error: (title: string, message: string, action?: ToastAction) => push('error', title, message, action),
  };
});

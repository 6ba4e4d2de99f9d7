// The navigation store's history entries: a late selection or query change never overwrites the entry that back or
// forward has already moved to (the address is checked, not only the view shown).
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/** A tab's address and history: pushes on hash assignment, replaces in place, hashchange after back. */
class FakeTab {
  entries = ['#/library'];
  at = 0;
  private listeners: (() => void)[] = [];
  readonly location = {
    get hash(): string {
      return tab.entries[tab.at]!;
    },
    set hash(h: string) {
      tab.entries.splice(tab.at + 1, Infinity, h);
      tab.at++;
    },
  };
  readonly history = {
    state: null,
    replaceState: (_s: unknown, _t: string, hash: string) => {
      this.entries[this.at] = hash;
    },
  };
  addEventListener(name: string, listener: () => void): void {
    if (name === 'hashchange') this.listeners.push(listener);
  }
  /** The browser's back button: the address moves at once, the app hears of it only when the event is dispatched. */
  back(): () => void {
    this.at--;
    return () => this.listeners.forEach((l) => l());
  }
}
let tab: FakeTab;

beforeEach(() => {
  tab = new FakeTab();
  (globalThis as { window?: unknown }).window = tab;
  setActivePinia(createPinia());
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('navigation history', () => {
  it('a statement selected after back was pressed does not overwrite the entry gone back to', async () => {
    const { useNavigationStore } = await import('../../../renderer/stores/navigation');
    const nav = useNavigationStore();
    nav.open('search', 'zeppelin');
    nav.openStatement(1, 49);
    expect(tab.entries).toEqual(['#/library', '#/search?q=zeppelin', '#/article/1/statement/49/inspect']);
    const dispatch = tab.back();
    // the reader finishes selecting its statement before the hashchange reaches the store
    nav.keepStatement(49, false);
    dispatch();
    expect(tab.entries[1]).toBe('#/search?q=zeppelin');
    expect(nav.view).toBe('search');
  });

  it('selecting statements in the reader replaces its entry rather than adding one per click', async () => {
    const { useNavigationStore } = await import('../../../renderer/stores/navigation');
    const nav = useNavigationStore();
    nav.openArticle(3);
    nav.keepStatement(7, false);
    nav.keepStatement(8, true);
    expect(tab.entries).toEqual(['#/library', '#/article/3/statement/8/inspect']);
  });
});

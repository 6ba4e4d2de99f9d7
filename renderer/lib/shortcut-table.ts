// The one list of keyboard shortcuts: views bind them by id, and the `?` dialog shows the same list.

export type ShortcutGroup = 'Everywhere' | 'Reader' | 'Inspector' | 'Lists';

export interface ShortcutDef {
  /** Key names as `keyName` produces them: "j", "ArrowDown", "Mod+z", "Mod+Shift+z", "Shift+Enter". */
  keys: readonly string[];
  /** How the keys are written in the help dialog, when that differs from `keys`. */
  shown?: readonly string[];
  label: string;
  group: ShortcutGroup;
}

const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

export const SHORTCUTS = {
  help: { keys: ['?'], label: 'Show every shortcut', group: 'Everywhere' },
  search: { keys: ['/'], label: 'Search statements and articles', group: 'Everywhere' },
  undo: { keys: ['Mod+z'], shown: ['Ctrl+Z'], label: 'Undo the last edit (also after a restart)', group: 'Everywhere' },
  redo: {
    keys: ['Mod+Shift+z', 'Mod+y'],
    shown: ['Ctrl+Shift+Z', 'Ctrl+Y'],
    label: 'Redo',
    group: 'Everywhere',
  },
  next: { keys: ['j', 'ArrowDown'], label: 'Next statement or result', group: 'Lists' },
  previous: { keys: ['k', 'ArrowUp'], label: 'Previous statement or result', group: 'Lists' },
  first: { keys: ['Home'], label: 'First in the list', group: 'Lists' },
  last: { keys: ['End'], label: 'Last in the list', group: 'Lists' },
  open: { keys: ['Enter'], label: 'Open the inspector (or the search result)', group: 'Lists' },
  back: { keys: ['Escape'], label: 'Back: close the inspector, then clear the selection', group: 'Lists' },
  tag: { keys: digits, shown: ['1 … 9'], label: 'Apply or remove codebook tag 1–9', group: 'Reader' },
  accept: { keys: ['a'], label: "Accept the engine's suggested stances", group: 'Reader' },
  reviewed: { keys: ['r'], label: 'Mark reviewed, or not reviewed', group: 'Reader' },
  reviewedNext: {
    keys: ['R'],
    shown: ['Shift+R'],
    label: 'Mark reviewed and go to the next unreviewed',
    group: 'Reader',
  },
  star: { keys: ['s'], label: 'Star or unstar', group: 'Reader' },
  create: {
    keys: ['c'],
    label: 'New statement: from the text selected in the article, or from text in no statement yet',
    group: 'Reader',
  },
  code: {
    keys: ['q'],
    label: 'Code the text selected in the article (or the selected statement) with one or more codes',
    group: 'Reader',
  },
  speaker: { keys: ['e'], label: 'Edit the speaker', group: 'Inspector' },
  tagPicker: { keys: ['t'], label: 'Add a tag by name (or create one)', group: 'Inspector' },
  note: { keys: ['n'], label: 'Write a note (Ctrl+Enter saves)', group: 'Inspector' },
  split: { keys: ['x'], label: 'Split the statement in two…', group: 'Inspector' },
  merge: { keys: ['m'], label: 'Merge with the next statement', group: 'Inspector' },
  remove: { keys: ['Delete'], label: 'Delete the statement…', group: 'Inspector' },
} as const satisfies Record<string, ShortcutDef>;

export type ShortcutId = keyof typeof SHORTCUTS;

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = ['Everywhere', 'Lists', 'Reader', 'Inspector'];

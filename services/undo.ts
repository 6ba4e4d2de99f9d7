// Undo and redo across every analyst edit, surviving restarts because they replay the edits log in the database.
import { editCounts, redo, undo } from './edit-log';
import type { HandlerMap } from './handler-types';

export const undoHandlers: HandlerMap<'edits.undo' | 'edits.redo' | 'edits.status'> = {
  'edits.undo': (db) => undo(db),
  'edits.redo': (db) => redo(db),
  'edits.status': (db) => editCounts(db),
};

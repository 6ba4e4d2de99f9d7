// A token: a place in the text and its form (text, case, classes), which every token of the same characters shares.
import type { EntityMention } from './entity-types';
import type { TokenKind, WordForm } from './word-forms';

export type { TokenKind } from './word-forms';

const QUOTED = 1;
const IN_ENT = 2;
const MARK_SHIFT = 2;

/**
 * What a token reads as lives in its form, shared through the word cache, so a large article keeps a small object per
 * token (its place, flags and entity) and not a copy of its text, case and classes.
 */
export class Token {
  start: number;
  end: number;
  form: WordForm;
  /** The gazetteer entity whose name starts at this token (set by Gazetteer.annotate). */
  ent: EntityMention | null;
  /** quoted, inEnt and mark, as bits. */
  private flags: number;

  constructor(start: number, end: number, form: WordForm) {
    this.start = start;
    this.end = end;
    this.form = form;
    this.ent = null;
    this.flags = 0;
  }

  get text(): string {
    return this.form.text;
  }

  get lower(): string {
    return this.form.lower;
  }

  get kind(): TokenKind {
    return this.form.kind;
  }

  /** First letter is upper case. */
  get cap(): boolean {
    return this.form.cap;
  }

  /** Every letter is upper case and there are at least two (US, FM, IIOJK). */
  get upper(): boolean {
    return this.form.upper;
  }

  /** Bit set of lexicon classes of the word (see word-classes.ts). */
  get cls(): number {
    return this.form.cls;
  }

  /** Inside a quotation (quote marks themselves excluded). */
  get quoted(): boolean {
    return (this.flags & QUOTED) !== 0;
  }

  set quoted(on: boolean) {
    this.flags = on ? this.flags | QUOTED : this.flags & ~QUOTED;
  }

  /** Part of a gazetteer name, or of a phrase the gazetteer blocks (Latin America). */
  get inEnt(): boolean {
    return (this.flags & IN_ENT) !== 0;
  }

  set inEnt(on: boolean) {
    this.flags = on ? this.flags | IN_ENT : this.flags & ~IN_ENT;
  }

  /** 1 for an opening quote mark, 2 for a closing one, 0 otherwise. */
  get mark(): 0 | 1 | 2 {
    return (this.flags >> MARK_SHIFT) as 0 | 1 | 2;
  }

  set mark(m: 0 | 1 | 2) {
    this.flags = (this.flags & (QUOTED | IN_ENT)) | (m << MARK_SHIFT);
  }
}

// What a TextPickDialog is given, as one object: each dialog (Create, Split) builds it and binds it with v-bind.
export interface TextPick {
  /** Prefix of the element ids and test ids: `${name}-dialog`, `${name}-title`, `${name}-text`, ... */
  name: string;
  title: string;
  submitLabel: string;
  canSubmit: boolean;
  /** The text field's (visually hidden) label. */
  label: string;
  text: string;
  /** Where `text` starts in the article body: the offsets submitted are body offsets. */
  offset: number;
  rows: number;
  /** Shown instead of the help, text and preview when there is nothing to pick from. */
  unavailable?: string;
  /** Sets the starting `selection` before the dialog shows; it is placed in the text once it shows. */
  beforeOpen: () => void;
}

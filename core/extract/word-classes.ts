// One lookup per token for every lexicon: a bit set telling which lexicons a word starts or belongs to.
import { CLAIM_TYPE_FIRST_KEYS } from './claim-type';
import { CLAIM_WORD_CLASSES } from './claims';
import { DEMAND_TRIGGERS } from './demand-predicates';
import { SEVERANCE_TRIGGERS } from './severance-predicates';
import { ACCESS_TRIGGERS } from './access-predicates';
import { PROVISION_TRIGGERS } from './provision-predicates';
import { GAZETTEER_FIRST_KEYS } from './gazetteer';
import { POLAR_WORDS } from './polarity';
import { KnownWords } from './known-words';
import {
  DETERMINERS,
  DISCOURSE_MARKERS,
  GROUP_HEADS,
  HONORIFICS,
  INDEFINITE_DETERMINERS,
  INSTITUTION_PHRASES,
  INSTITUTION_WORDS,
  NAME_PARTICLES,
  NAME_STOPWORDS,
  NEGATORS,
  POSITION_VERBS,
  REPORTING_VERBS,
  ROLE_MODIFIERS,
  ROLE_PHRASES,
  ROLE_WORDS,
  SKIP_BEFORE_VERB,
  SOURCE_PREPOSITIONS,
  STATE_BODIES,
  UNNAMED_SINGULAR,
} from './lexicon';
import { CLAIM_OWNER_TRIGGERS } from './rebuttal-cues';
import { RESTRICTION_TRIGGERS } from './restriction-predicates';
import { CUE_FIRST_KEYS, BILATERAL_FIRST_KEYS, ANAPHORA_FIRST_KEYS, CLAUSE_BREAK_WORDS } from './stance-cues';
import type { Token } from './tokenizer';
import {
  W_GAZ,
  W_CUE,
  W_BILATERAL,
  W_ANAPHORA,
  W_HONORIFIC,
  W_ROLE_START,
  W_ROLE_WORD,
  W_SOURCE,
  W_REPORTING,
  W_POSITION,
  W_CLAUSE_BREAK,
  W_NEGATOR,
  W_SKIP,
  W_STOPWORD,
  W_INSTITUTION_WORD,
  W_INSTITUTION_START,
  W_DISCOURSE,
  W_NP_WORD,
  W_RESTRICTION_TRIGGER,
  W_DEMAND_TRIGGER,
  W_SEVERANCE_TRIGGER,
  W_ACCESS_TRIGGER,
  W_CLAIM_OWNER_TRIGGER,
  W_POLAR,
} from './word-class-bits';

/** Every lexicon word with its class bits; pass it to `tokenize` to have `cls` set as the words are read. */
export const KNOWN_WORDS = new KnownWords();
function mark(words: Iterable<string>, bit: number): void {
  for (const w of words) KNOWN_WORDS.add(w, bit);
}
mark(GAZETTEER_FIRST_KEYS, W_GAZ);
mark(CUE_FIRST_KEYS, W_CUE);
mark(BILATERAL_FIRST_KEYS, W_BILATERAL);
mark(ANAPHORA_FIRST_KEYS, W_ANAPHORA);
mark(HONORIFICS, W_HONORIFIC);
mark(ROLE_PHRASES.firstKeys(), W_ROLE_START);
mark(ROLE_WORDS, W_ROLE_WORD);
mark(SOURCE_PREPOSITIONS.firstKeys(), W_SOURCE);
mark(REPORTING_VERBS, W_REPORTING);
mark(POSITION_VERBS, W_POSITION);
mark(CLAUSE_BREAK_WORDS, W_CLAUSE_BREAK);
mark(NEGATORS, W_NEGATOR);
mark(SKIP_BEFORE_VERB, W_SKIP);
mark(NAME_STOPWORDS, W_STOPWORD);
mark(INSTITUTION_WORDS, W_INSTITUTION_WORD);
mark(INSTITUTION_PHRASES.firstKeys(), W_INSTITUTION_START);
mark(DISCOURSE_MARKERS.firstKeys(), W_DISCOURSE);
mark(RESTRICTION_TRIGGERS, W_RESTRICTION_TRIGGER);
mark(DEMAND_TRIGGERS, W_DEMAND_TRIGGER);
mark(SEVERANCE_TRIGGERS, W_SEVERANCE_TRIGGER);
mark(ACCESS_TRIGGERS, W_ACCESS_TRIGGER);
mark(PROVISION_TRIGGERS, W_ACCESS_TRIGGER);
mark(CLAIM_OWNER_TRIGGERS, W_CLAIM_OWNER_TRIGGER);
mark(POLAR_WORDS, W_POLAR);
for (const set of [
  ROLE_WORDS,
  INSTITUTION_WORDS,
  ROLE_MODIFIERS,
  DETERMINERS,
  GROUP_HEADS,
  UNNAMED_SINGULAR,
  INDEFINITE_DETERMINERS,
  STATE_BODIES,
  NAME_PARTICLES,
  HONORIFICS,
]) {
  mark(set, W_NP_WORD);
}
mark(
  [
    'of',
    'for',
    'and',
    'both',
    'two',
    'diplomatic',
    'government',
    'foreign',
    'joint',
    'unnamed',
    'anonymous',
    'military',
  ],
  W_NP_WORD,
);

for (const [words, bit] of [...CLAIM_WORD_CLASSES, ...CLAIM_TYPE_FIRST_KEYS]) mark(words, bit);

/** Sets `cls` on every token of a list tokenized without KNOWN_WORDS. */
export function classify(tokens: Token[]): void {
  for (const t of tokens) if (t.kind === 'word') t.form = { ...t.form, cls: KNOWN_WORDS.get(t.lower) };
}

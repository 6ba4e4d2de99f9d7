// Bit flags of the per-token word classes; a module without imports, so any stage can test a flag.

export const W_GAZ = 1 << 0;
export const W_CUE = 1 << 1;
export const W_BILATERAL = 1 << 2;
export const W_ANAPHORA = 1 << 3;
export const W_HONORIFIC = 1 << 4;
export const W_ROLE_START = 1 << 5;
export const W_ROLE_WORD = 1 << 6;
export const W_SOURCE = 1 << 7;
export const W_REPORTING = 1 << 8;
export const W_POSITION = 1 << 9;
export const W_CLAUSE_BREAK = 1 << 10;
export const W_NEGATOR = 1 << 11;
export const W_SKIP = 1 << 12;
export const W_STOPWORD = 1 << 13;
export const W_INSTITUTION_WORD = 1 << 14;
export const W_INSTITUTION_START = 1 << 15;
export const W_DISCOURSE = 1 << 16;
/** Lower-case words that may stand in a subject noun phrase ("the", "foreign", "officials", "of"). */
export const W_NP_WORD = 1 << 17;
/** Month and weekday names: a sentence without them or a digit has no date claim. */
export const W_DATE_WORD = 1 << 18;
/** Number words that start a count ("two", "dozens of"). */
export const W_NUMBER_WORD = 1 << 19;
/** First words of agreement nouns ("treaty", "memorandum"). */
export const W_AGREEMENT_NOUN = 1 << 20;
/** Project nouns ("pipeline", "corridor", "CPEC"). */
export const W_PROJECT_NOUN = 1 << 21;
/** First words of the claim-type cue lists (agreement, commitment, position, event). */
export const W_CT_AGREEMENT = 1 << 22;
export const W_CT_COMMITMENT = 1 << 23;
export const W_CT_POSITION = 1 << 24;
export const W_CT_EVENT = 1 << 25;
/** Words the predicates over the cues need (restriction verbs and requests, modals, claim nouns): without, cues stand. */
export const W_RESTRICTION_TRIGGER = 1 << 26;
export const W_DEMAND_TRIGGER = 1 << 27;
export const W_CLAIM_OWNER_TRIGGER = 1 << 28;
/** Verbs that break off ties (severance-predicates.ts): without one, cooperative cues stand. */
export const W_SEVERANCE_TRIGGER = 1 << 30;
/** Words with a general-language polarity or of worry (polarity.ts): any other word leaves a span's polarity as it is. */
export const W_POLAR = 1 << 29;
/** Words of a flow to a target, cut off or given (access- and provision-predicates.ts): without one, neither is read. */
export const W_ACCESS_TRIGGER = 1 << 31;

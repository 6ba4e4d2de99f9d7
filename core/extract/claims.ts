// Checkable facts in a statement (money, percentages, dates, counts, quantities, agreements, projects) and its claim type.
import type { Claim } from '../domain';
import CP from './data/claim-patterns.json';
import { MONTH_NAMES } from './lexicon';
import type { Token } from './tokenizer';
import { W_AGREEMENT_NOUN, W_DATE_WORD, W_NUMBER_WORD, W_PROJECT_NOUN } from './word-class-bits';

const SCALE = CP.scaleWords as Record<string, number>;
const CURRENCY = CP.currencies as Record<string, string>;
const MONTHS = MONTH_NAMES.join('|');
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE_RE = Object.keys(SCALE)
  .sort((a, b) => b.length - a.length)
  .join('|');
const alt = (words: string[]): string => words.map((w) => w.replace(/[.$()*+?[\]\\^{}|]/g, '\\$&')).join('|');

// All patterns are built once; each has bounded repetition, so a scan stays linear on any input.
const MONEY_BEFORE = new RegExp(
  String.raw`(US\$|\$|€|£|¥|₹|Rs\.?|PKR|INR|USD|EUR|GBP)\s?(${NUM})(?:\s?(${SCALE_RE})\b)?`,
  'gi',
);
const MONEY_AFTER = new RegExp(
  String.raw`\b(${NUM})(?:\s?(${SCALE_RE}))?\s(${alt(['dollars', 'euros', 'pounds', 'yuan', 'rupees', 'roubles', 'rubles', 'riyals', 'dirhams', 'lira', 'yen'])})\b`,
  'gi',
);
const PERCENT = new RegExp(String.raw`\b(${NUM})\s?(?:%|per\s?cent\b|percent\b)`, 'gi');
const DATE = new RegExp(
  String.raw`\b(?:(?:${MONTHS})\.?\s\d{1,2}(?:st|nd|rd|th)?(?:,?\s(?:19|20)\d{2})?|\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?(?:${MONTHS})(?:,?\s(?:19|20)\d{2})?|(?:${MONTHS})\s(?:19|20)\d{2}|(?:on\s)?(?:${WEEKDAYS})|(?:in|since|from|until|by|dated|of|before|after)\s(?:19|20)\d{2})\b`,
  'g',
);
const COUNT = new RegExp(
  String.raw`\b(${NUM}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|hundreds of|thousands of)\s(?:[a-z-]+\s)?(${alt(CP.countNouns)})\b`,
  'gi',
);
const QUANTITY = new RegExp(String.raw`\b(${NUM})(?:\s?(${SCALE_RE}))?\s?(${alt(CP.quantityUnits)})\b`, 'gi');
const AGREEMENT = new RegExp(
  String.raw`\b((?:an?|the|this|that)\s)?((?:[A-Z][\w'-]*\s){0,5})(${alt(CP.agreementNouns)})\b(\s(?:dated|signed in|of|in)\s(?:19|20)\d{2})?`,
  'g',
);
const PROJECT = new RegExp(String.raw`\b((?:[A-Z][\w'-]*\s){1,6})(${alt(CP.projectNouns)})\b|\b(CPEC)\b`, 'g');
const WEEKDAY_ONLY = new RegExp(String.raw`^(?:on\s)?(?:${WEEKDAYS})$`);
const PARTY_NOUNS = new Set([
  'countries',
  'nations',
  'sides',
  'ministers',
  'delegations',
  'leaders',
  'governments',
  'parties',
]);
const WORD_NUMBERS: Record<string, string> = {
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
};

function number(text: string): number {
  return Number(text.replace(/,/g, ''));
}

function scaled(n: string, scale: string | undefined): string {
  const v = number(n) * (scale ? (SCALE[scale.toLowerCase()] ?? 1) : 1);
  return String(Math.round(v * 100) / 100);
}

function collect(
  re: RegExp,
  text: string,
  fn: (m: RegExpExecArray) => Claim | null,
  out: Claim[],
  taken: [number, number][],
): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const s = m.index;
    const e = s + m[0].length;
    if (taken.some(([a, b]) => s < b && e > a)) continue;
    const claim = fn(m);
    if (claim) {
      out.push(claim);
      taken.push([s, e]);
    }
  }
}

/** Words whose presence lets a pattern match, for the per-token word classes (word-classes.ts). */
export const CLAIM_WORD_CLASSES: [Iterable<string>, number][] = [
  [WEEKDAYS.toLowerCase().split('|'), W_DATE_WORD],
  [[...Object.keys(WORD_NUMBERS), 'dozens', 'hundreds', 'thousands'], W_NUMBER_WORD],
  [CP.agreementNouns.map((n) => n.split(' ')[0]!), W_AGREEMENT_NOUN],
  [[...CP.projectNouns, 'cpec'], W_PROJECT_NOUN],
];

/** What a statement holds that the patterns need: a digit, and the union of its tokens' word classes. */
export interface ClaimGate {
  digit: boolean;
  words: number;
}

const DIGIT = /[0-9]/;

/** The gate of a statement; every pattern but weekdays, counts in words, agreements and projects needs a digit. */
export function claimGate(text: string, tokens: Token[]): ClaimGate {
  const digit = DIGIT.test(text); // the regular expression engine scans faster than a loop over char codes
  let words = 0;
  for (let i = 0; i < tokens.length; i++) words |= tokens[i]!.cls;
  return { digit, words };
}

const OPEN: ClaimGate = { digit: true, words: -1 };

/**
 * The checkable facts of a statement, each with a normalised value where one can be given.
 * With a gate, patterns that cannot match are not run at all: most sentences have no number and no agreement noun.
 */
export function extractClaims(text: string, gate: ClaimGate = OPEN): Claim[] {
  const out: Claim[] = [];
  if (!gate.digit && !(gate.words & (W_DATE_WORD | W_NUMBER_WORD | W_AGREEMENT_NOUN | W_PROJECT_NOUN))) return out;
  const taken: [number, number][] = [];
  if (gate.digit) {
    collect(
      MONEY_BEFORE,
      text,
      (m) => ({
        type: 'money',
        text: m[0].trim(),
        value: `${scaled(m[2]!, m[3])} ${CURRENCY[m[1]!.toLowerCase()] ?? m[1]}`,
      }),
      out,
      taken,
    );
  }
  if (gate.digit) {
    collect(
      MONEY_AFTER,
      text,
      (m) => ({ type: 'money', text: m[0], value: `${scaled(m[1]!, m[2])} ${CURRENCY[m[3]!.toLowerCase()] ?? m[3]}` }),
      out,
      taken,
    );
  }
  if (gate.digit) {
    collect(PERCENT, text, (m) => ({ type: 'percent', text: m[0], value: String(number(m[1]!)) }), out, taken);
  }
  if (gate.digit) {
    collect(
      QUANTITY,
      text,
      (m) => ({ type: 'quantity', text: m[0], value: `${scaled(m[1]!, m[2])} ${m[3]!.toLowerCase()}` }),
      out,
      taken,
    );
  }
  if (gate.words & W_AGREEMENT_NOUN) {
    collect(
      AGREEMENT,
      text,
      (m) => {
        const year = m[4] ? (/(?:19|20)\d{2}/.exec(m[4])?.[0] ?? null) : null;
        const name = (m[2] ?? '').trim();
        // "the agreement" with neither a name nor a year is not a named agreement
        if (!name && !year) return null;
        return { type: 'agreement', text: m[0].trim(), value: year ?? `${name} ${m[3]}` };
      },
      out,
      taken,
    );
  }
  if (gate.words & W_PROJECT_NOUN) {
    collect(
      PROJECT,
      text,
      (m) => {
        if (m[3]) return { type: 'project', text: m[3], value: m[3] };
        const name = m[1]!.trim().replace(/^(The|A|An|This|That|In|On)\s/, '');
        if (!name) return null;
        return { type: 'project', text: `${name} ${m[2]}`, value: `${name} ${m[2]}` };
      },
      out,
      taken,
    );
  }
  if (gate.digit || gate.words & W_DATE_WORD) {
    collect(
      DATE,
      text,
      (m) => {
        // a weekday alone ("on Wednesday") dates nothing a reader could check
        if (WEEKDAY_ONLY.test(m[0])) return null;
        const year = /(?:19|20)\d{2}/.exec(m[0]);
        return { type: 'date', text: m[0], value: year ? year[0] : m[0].replace(/^on\s/, '') };
      },
      out,
      taken,
    );
  }
  if (gate.digit || gate.words & W_NUMBER_WORD) {
    collect(
      COUNT,
      text,
      (m) => {
        const n = m[1]!.toLowerCase();
        // "the two countries", "three ministers": the parties of the story, not a figure to check
        if (!/\d/.test(n) && PARTY_NOUNS.has(m[2]!.toLowerCase())) return null;
        return { type: 'count', text: m[0], value: WORD_NUMBERS[n] ?? (/\d/.test(n) ? String(number(n)) : null) };
      },
      out,
      taken,
    );
  }
  return out;
}

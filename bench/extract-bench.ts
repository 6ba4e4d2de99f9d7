// Extraction throughput (MB/s) on a seeded synthetic news corpus, beside an Intl.Segmenter sentence pass in the same run.
// Both passes are timed article by article, interleaved, so load from other processes falls on both alike.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_TARGETS } from '../core/default-targets';
import { Extractor } from '../core/extract';
import { seededRandom as rng } from '../core/seeded-random';
import type { BenchResult } from './types';

const PEOPLE = [
  'Foreign Minister Ali Raza',
  'Russian Foreign Minister Ivan Sokolov',
  'Chinese spokesperson Lin Hua',
  'US Secretary of State Mark Ellis',
  'Turkish Foreign Minister Emre Aydin',
  'Iranian Foreign Minister Hossein Amir-Rahimi',
  'German Foreign Minister Katrin Vogel',
  'Philippine President Ramon Cruz Jr',
  'Indian External Affairs Minister Sunil Mehta',
  'Saudi Foreign Minister Prince Khalid bin Saad',
];
const STATES = [
  'Pakistan',
  'Russia',
  'China',
  'India',
  'Afghanistan',
  'Iran',
  'Turkey',
  'Ukraine',
  'the United States',
  'Japan',
];
const TEMPLATES = [
  '{P} said {S} had marked the beginning of a new era with {T} on Wednesday.',
  '“This visit is significant. We hope that {T} will play a role in bringing peace to the region,” {N} said.',
  'The foreign minister said {S} was determined to promote its relations with {T} in diverse fields.',
  '{N} added that the issue of {T} had also been discussed in detail today.',
  'He said {S} was categorically against new dividing lines and welcomed the talks between {S} and {T}.',
  'According to him, trade increased by 46% to a record $790 million under an agreement dated 2015.',
  'Both sides agreed to hold the next meeting of the intergovernmental commission at the earliest.',
  'Diplomatic sources said the U.S. had warned {T} of possible sanctions over the S-400 deal.',
  '{N}, in turn, stressed that the two countries would deepen cooperation... and expand trade.',
  'Washington has warned {T} of possible sanctions if it goes ahead with the purchase.',
  'The ministers also discussed the situation in Syria, Yemen, Libya, Palestine and Israel.',
  'For his part, {N} condemned the attacks and expressed concern about the rise in violence in {T}.',
  'In a statement, the Ministry of Foreign Affairs said {S} rejected the "baseless" claims made by {T}.',
  '“We will never accept pressure from {T}. Our position is clear. We stand for dialogue,” {N} told reporters.',
  'According to a statement issued by the foreign ministry, the two sides reviewed the agreement signed on March 3, 2021.',
  'Mr. {N} said on Tuesday that {S} remained committed to the 1951 treaty and would defend its vessels.',
  'Trade between the two countries stood at less than $15 million last year, according to official figures.',
  'Officials said a joint committee would meet next month to prepare for a visit by the president.',
  '"{T}\'s military presence has never helped the people of this region," he said.',
  'MOSCOW (Reuters) - {S} summoned the ambassador of {T} over what it called an unfriendly act, the ministry said.',
  'Analysts say the thaw could reshape alliances across the Middle East, where {T} has long been a key player.',
  'The shoal, located about 200 km from the island, is claimed by both {S} and {T}.',
  'Ms. Vogel said Berlin was coordinating its response with its partners in the European Union and NATO.',
  'Asked about the talks, the spokesperson said {S} hoped that {T} would show restraint and respect international law.',
];

function fixtureBodies(): string[] {
  const dir = resolve(import.meta.dirname, '../tests/fixtures');
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(resolve(dir, f), 'utf8').split('\n').slice(2).join('\n'));
  } catch {
    return [];
  }
}

/** Articles of 20–40 sentences in paragraphs of 1–3, from templates and the project's fixtures, totalling `megabytes`. */
export function syntheticCorpus(megabytes: number, seed = 42): string[] {
  return [...syntheticArticles(megabytes, seed)];
}

/** The same articles one at a time, so a large corpus never sits in memory whole. */
export function* syntheticArticles(megabytes: number, seed = 42): Generator<string> {
  const rand = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const fixtures = fixtureBodies();
  let size = 0;
  while (size < megabytes * 1e6) {
    let body: string;
    if (fixtures.length && rand() < 0.3) {
      body = pick(fixtures);
    } else {
      const person = pick(PEOPLE);
      const surname = person.split(' ').pop()!;
      const paragraphs: string[] = [];
      const n = 20 + Math.floor(rand() * 21);
      for (let i = 0; i < n;) {
        const k = 1 + Math.floor(rand() * 3);
        const sentences: string[] = [];
        for (let j = 0; j < k && i < n; j++, i++) {
          sentences.push(
            pick(TEMPLATES)
              .replace('{P}', person)
              .replace(/\{N\}/g, surname)
              .replace(/\{S\}/g, pick(STATES))
              .replace(/\{T\}/g, pick(STATES)),
          );
        }
        paragraphs.push(sentences.join(' '));
      }
      body = paragraphs.join('\n\n');
    }
    yield body;
    size += body.length;
  }
}

export async function benchExtraction(opts: { megabytes: number }): Promise<BenchResult & { goal: string }> {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  // the baseline keeps what it finds, as extraction does
  const segment = (body: string): void => {
    const spans: { start: number; end: number }[] = [];
    for (const s of segmenter.segment(body)) spans.push({ start: s.index, end: s.index + s.segment.length });
  };
  const extractor = new Extractor();
  const run = (body: string): void => {
    extractor.extract(body, { targets: DEFAULT_TARGETS });
  };
  const warm = syntheticCorpus(0.3, 7);
  for (let r = 0; r < 2; r++) {
    for (const body of warm) {
      segment(body);
      run(body);
    }
  }
  let bytes = 0;
  let tSegment = 0;
  let tExtract = 0;
  let n = 0;
  // each article separately, as the import service does; the two passes alternate which goes first
  for (const body of syntheticArticles(opts.megabytes)) {
    bytes += body.length;
    for (const pass of n++ % 2 ? [0, 1] : [1, 0]) {
      const t0 = performance.now();
      if (pass) run(body);
      else segment(body);
      const dt = performance.now() - t0;
      if (pass) tExtract += dt;
      else tSegment += dt;
    }
  }
  const value = bytes / 1e6 / (tExtract / 1000);
  const baseline = bytes / 1e6 / (tSegment / 1000);
  return {
    name: 'extraction throughput',
    unit: 'MB/s',
    value,
    baseline,
    baselineName: 'Intl.Segmenter sentence pass',
    ratio: value / baseline,
    goal: '≥ 5 MB/s and ratio ≥ 1',
  };
}

/** Peak resident memory (MB) while extracting a corpus article by article, as the import service does. */
export function peakMemoryExtracting(megabytes: number): { megabytes: number; peakRssMb: number; seconds: number } {
  const t0 = performance.now();
  let bytes = 0;
  const extractor = new Extractor();
  for (const body of syntheticArticles(megabytes, 11)) {
    bytes += body.length;
    extractor.extract(body, { targets: DEFAULT_TARGETS });
  }
  return {
    megabytes: bytes / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    seconds: (performance.now() - t0) / 1000,
  };
}

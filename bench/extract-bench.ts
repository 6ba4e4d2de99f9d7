// Extraction throughput (MB/s) on a seeded synthetic news corpus, beside an Intl.Segmenter sentence pass in the same run.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_TARGETS } from '../core/default-targets';
import { extract } from '../core/extract';

const PEOPLE = [
  'Foreign Minister Ali Raza',
  'Russian Foreign Minister Ivan Sokolov',
  'Chinese spokesperson Lin Hua',
  'US Secretary of State Mark Ellis',
  'Turkish Foreign Minister Emre Aydin',
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
];

/** A small seeded generator (mulberry32), so every run measures the same corpus. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
  const rand = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const fixtures = fixtureBodies();
  const out: string[] = [];
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
    out.push(body);
    size += body.length;
  }
  return out;
}

function mbPerSecond(corpus: string[], bytes: number, run: (body: string) => void): number {
  const warm = Math.min(corpus.length, 20);
  for (let i = 0; i < warm; i++) run(corpus[i]!);
  const t0 = performance.now();
  for (const body of corpus) run(body);
  return bytes / 1e6 / ((performance.now() - t0) / 1000);
}

export async function benchExtraction(opts: { megabytes: number }): Promise<{
  name: string;
  unit: string;
  value: number;
  baseline: number;
  baselineName: string;
  ratio: number;
}> {
  const corpus = syntheticCorpus(opts.megabytes);
  const bytes = corpus.reduce((n, b) => n + b.length, 0);
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  // each article separately, as the import service does; the segmenter keeps what it finds, as extraction does
  const baseline = mbPerSecond(corpus, bytes, (body) => {
    const spans: { start: number; end: number }[] = [];
    for (const s of segmenter.segment(body)) spans.push({ start: s.index, end: s.index + s.segment.length });
  });
  const value = mbPerSecond(corpus, bytes, (body) => {
    extract(body, { targets: DEFAULT_TARGETS });
  });
  return {
    name: 'extraction throughput',
    unit: 'MB/s',
    value,
    baseline,
    baselineName: 'Intl.Segmenter sentence pass',
    ratio: value / baseline,
  };
}

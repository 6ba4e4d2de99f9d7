// A multinomial logistic regression over hashed features (L2-penalised, rare labels weighted up), trained by AdaGrad SGD, with its examples kept for
// explanations (nearest decisions). Small, fast and serialisable; pure TypeScript.
import { fnv1a } from '../shared/fnv1a';
import { seededRandom } from '../seeded-random';
import { LEARN_LABELS, type LearnLabel } from './labels';
import type { Example, Prediction } from './examples';
import { tuneBars, type Bars } from './tune';

export { LEARN_LABELS, type LearnLabel };
export type { Example, Prediction };

interface Stored {
  idx: Int32Array;
  /** Sorted content-feature hashes, for similarity (rule, bias, kind, actor and target left out). */
  sim: Int32Array;
  label: number;
  ref: string;
  text: string;
}

export interface Neighbour {
  ref: string;
  text: string;
  label: LearnLabel;
  similarity: number;
}

export interface Explanation {
  /** Training decisions similar to this one that carry the same label. */
  agreeing: number;
  nearest: Neighbour[];
  /** The features that pushed hardest towards the label, with their weights. */
  reasons: { feature: string; weight: number }[];
}

const K = LEARN_LABELS.length;
/** Steps a full retrain aims at (examples × passes). */
const STEP_BUDGET = 40_000;
/** Earlier decisions revisited after each new one. */
const REPLAY = 400;
const CONTEXT = /^(bias|rule:|kind:|actor:|actor-target:|target:|self$)/;

function jaccard(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      inter++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - inter;
  return union ? inter / union : 0;
}

export interface ModelOptions {
  /** log2 of the number of hashed feature slots. */
  bits?: number;
  learningRate?: number;
  /** Passes over the data for a full retrain. */
  epochs?: number;
  /** L2 penalty on the weights a step touches. */
  l2?: number;
  /** How far rare labels are weighted up: 0 none, 1 fully balanced (weight ∝ 1 / frequency). */
  balance?: number;
  /** Seed of the shuffles of a full retrain (benches vary it to tell a gain from the luck of one order). */
  seed?: number;
}

export class StanceModel {
  readonly bits: number;
  readonly dim: number;
  readonly learningRate: number;
  readonly epochs: number;
  readonly l2: number;
  readonly balance: number;
  /** The seed a full retrain starts its shuffles from. */
  readonly startSeed: number;
  /** Per-label weight of a decision's gradient (rare labels count more). */
  private classWeight = new Float64Array(K).fill(1);
  private w: Float32Array;
  private g: Float32Array;
  private examples: Stored[] = [];
  /** The label each decision's ref was learned with (its first, as it was before). */
  private byRef = new Map<string, number>();
  private seed: number;
  /** Bars for overriding the rules, cross-validated on the training decisions at the last full retrain (null: defaults). */
  bars: Bars | null = null;

  constructor(options: ModelOptions = {}) {
    this.bits = options.bits ?? 16;
    this.dim = 1 << this.bits;
    this.learningRate = options.learningRate ?? 0.3;
    this.epochs = options.epochs ?? 8;
    this.l2 = options.l2 ?? 0.01;
    this.balance = options.balance ?? 0.5;
    this.startSeed = options.seed ?? 1;
    this.seed = this.startSeed;
    this.w = new Float32Array(K * this.dim);
    this.g = new Float32Array(K * this.dim);
  }

  /** The label learned for a decision with this ref, if it has been learned. */
  labelOf(ref: string): LearnLabel | undefined {
    const label = this.byRef.get(ref);
    return label === undefined ? undefined : LEARN_LABELS[label];
  }

  get size(): number {
    return this.examples.length;
  }

  private index(features: string[]): { idx: Int32Array; sim: Int32Array } {
    const mask = this.dim - 1;
    const idx = new Int32Array(features.length);
    const sim: number[] = [];
    features.forEach((f, i) => {
      const h = fnv1a(f) & mask;
      idx[i] = h;
      if (!CONTEXT.test(f)) sim.push(h);
    });
    return { idx, sim: Int32Array.from(new Set(sim)).sort() };
  }

  private store(e: Example): Stored {
    const { idx, sim } = this.index(e.features);
    const s = { idx, sim, label: LEARN_LABELS.indexOf(e.label), ref: e.ref, text: e.text ?? '' };
    if (s.label < 0) throw new Error(`unknown label "${e.label}"`);
    this.examples.push(s);
    if (!this.byRef.has(s.ref)) this.byRef.set(s.ref, s.label);
    return s;
  }

  private scores(idx: Int32Array, out: Float64Array): void {
    const d = this.dim;
    for (let c = 0; c < K; c++) {
      let z = 0;
      const base = c * d;
      for (let i = 0; i < idx.length; i++) z += this.w[base + idx[i]!]!;
      out[c] = z;
    }
    let max = -Infinity;
    for (let c = 0; c < K; c++) max = Math.max(max, out[c]!);
    let sum = 0;
    for (let c = 0; c < K; c++) {
      out[c] = Math.exp(out[c]! - max);
      sum += out[c]!;
    }
    for (let c = 0; c < K; c++) out[c] = out[c]! / sum;
  }

  private step(s: Stored, p: Float64Array): void {
    this.scores(s.idx, p);
    const d = this.dim;
    const lr = this.learningRate;
    const cw = this.classWeight[s.label]!;
    const l2 = this.l2;
    for (let c = 0; c < K; c++) {
      const grad = cw * (p[c]! - (c === s.label ? 1 : 0));
      if (Math.abs(grad) < 1e-4 && l2 === 0) continue;
      const base = c * d;
      for (let i = 0; i < s.idx.length; i++) {
        const j = base + s.idx[i]!;
        const gj = grad + l2 * this.w[j]!;
        this.g[j] = this.g[j]! + gj * gj;
        this.w[j] = this.w[j]! - (lr * gj) / Math.sqrt(this.g[j]! + 1e-6);
      }
    }
  }

  private epoch(order: Stored[]): void {
    const next = seededRandom(this.seed++);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const p = new Float64Array(K);
    for (const s of order) this.step(s, p);
  }

  /**
   * Passes for a full retrain: all of `epochs` on a small library, fewer on a large one (about 40,000 steps' worth,
   * never under 3), where each pass already sees many similar decisions.
   */
  private passes(n: number): number {
    return Math.max(Math.min(3, this.epochs), Math.min(this.epochs, Math.round(STEP_BUDGET / Math.max(1, n))));
  }

  /** Weights rare labels up (balance 1: each label's decisions weigh as much in all as any other's). */
  private weighClasses(): void {
    const counts = new Float64Array(K);
    for (const s of this.examples) counts[s.label]!++;
    const present = counts.filter((c) => c > 0).length || 1;
    const n = this.examples.length || 1;
    for (let c = 0; c < K; c++) {
      this.classWeight[c] = counts[c]! > 0 ? Math.pow(n / (present * counts[c]!), this.balance) : 1;
    }
  }

  private get options(): ModelOptions {
    const { bits, learningRate, epochs, l2, balance, startSeed: seed } = this;
    return { bits, learningRate, epochs, l2, balance, seed };
  }

  /**
   * Forgets everything and trains on these examples from scratch; then (unless `tune` is false) chooses the bars for
   * overriding the rules by cross-validation over the same examples, split by article.
   */
  train(examples: Example[], options: { tune?: boolean } = {}): void {
    this.bars = options.tune === false ? null : tuneBars(examples, () => new StanceModel(this.options));
    this.w.fill(0);
    this.g.fill(0);
    this.examples = [];
    this.byRef.clear();
    this.seed = this.startSeed;
    for (const e of examples) this.store(e);
    this.weighClasses();
    const passes = this.passes(this.examples.length);
    for (let e = 0; e < passes; e++) this.epoch([...this.examples]);
  }

  /**
   * Adds one decision: a few steps on it, then a pass over a seeded sample of what was learned before (at most
   * REPLAY decisions), so one confirmation costs the same on a library of 500 or 50,000.
   */
  learn(example: Example): void {
    const s = this.store(example);
    this.weighClasses();
    const p = new Float64Array(K);
    for (let i = 0; i < 3; i++) this.step(s, p);
    const n = this.examples.length;
    if (n <= REPLAY) {
      this.epoch([...this.examples]);
      return;
    }
    const next = seededRandom(this.seed++);
    const sample = Array.from({ length: REPLAY }, () => this.examples[Math.floor(next() * n)]!);
    sample.push(s);
    this.epoch(sample);
  }

  predict(features: string[]): Prediction {
    const p = new Float64Array(K);
    this.scores(this.index(features).idx, p);
    let best = 0;
    for (let c = 1; c < K; c++) if (p[c]! > p[best]!) best = c;
    const probabilities = Object.fromEntries(LEARN_LABELS.map((l, c) => [l, p[c]!])) as Record<LearnLabel, number>;
    return { label: LEARN_LABELS[best]!, confidence: p[best]!, probabilities };
  }

  /** Why this features set gets this label: similar decisions and the heaviest features. */
  explain(
    features: string[],
    label: LearnLabel,
    options: { nearest?: number; minSimilarity?: number } = {},
  ): Explanation {
    const { idx, sim } = this.index(features);
    const c = LEARN_LABELS.indexOf(label);
    const min = options.minSimilarity ?? 0.2;
    const close: Neighbour[] = [];
    for (const s of this.examples) {
      if (s.label !== c) continue;
      const similarity = jaccard(sim, s.sim);
      if (similarity >= min) close.push({ ref: s.ref, text: s.text, label, similarity });
    }
    close.sort((a, b) => b.similarity - a.similarity);
    const reasons = features
      .map((feature, i) => ({ feature, weight: this.w[c * this.dim + idx[i]!]! }))
      .filter((r) => r.weight > 0)
      .sort((a, b) => b.weight - a.weight)
      .slice(0, 5);
    return { agreeing: close.length, nearest: close.slice(0, options.nearest ?? 3), reasons };
  }

  /**
   * Weights, AdaGrad state and the examples (hashed), as one compact byte buffer: a JSON header (settings, labels, refs
   * and texts), then the weights and state as float32 and the examples' feature slots as int32 (version 2; version 1
   * kept the slots in the JSON and is still read).
   */
  serialize(): Uint8Array {
    const ex = this.examples;
    const header = JSON.stringify({
      v: 2,
      bits: this.bits,
      learningRate: this.learningRate,
      epochs: this.epochs,
      l2: this.l2,
      balance: this.balance,
      startSeed: this.startSeed,
      classWeight: Array.from(this.classWeight),
      bars: this.bars,
      seed: this.seed,
      labels: ex.map((s) => s.label),
      refs: ex.map((s) => s.ref),
      texts: ex.map((s) => s.text),
      lengths: ex.flatMap((s) => [s.idx.length, s.sim.length]),
    });
    const head = new TextEncoder().encode(header);
    const headEnd = (4 + head.length + 3) & ~3;
    const slots = ex.reduce((n, s) => n + s.idx.length + s.sim.length, 0);
    const out = new Uint8Array(headEnd + this.w.byteLength + this.g.byteLength + slots * 4);
    new DataView(out.buffer).setUint32(0, head.length, true);
    out.set(head, 4);
    new Float32Array(out.buffer, headEnd, this.w.length).set(this.w);
    new Float32Array(out.buffer, headEnd + this.w.byteLength, this.g.length).set(this.g);
    const ints = new Int32Array(out.buffer, headEnd + this.w.byteLength + this.g.byteLength, slots);
    let at = 0;
    for (const s of ex) {
      ints.set(s.idx, at);
      at += s.idx.length;
      ints.set(s.sim, at);
      at += s.sim.length;
    }
    return out;
  }

  static deserialize(bytes: Uint8Array): StanceModel {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const len = view.getUint32(0, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + len))) as {
      v: number;
      bits: number;
      learningRate: number;
      epochs: number;
      l2?: number;
      balance?: number;
      startSeed?: number;
      classWeight?: number[];
      bars?: Bars | null;
      seed: number;
      examples?: [number, string, string, number[], number[]][];
      labels?: number[];
      refs?: string[];
      texts?: string[];
      lengths?: number[];
    };
    if (header.v !== 1 && header.v !== 2) throw new Error(`unknown learner model version ${header.v}`);
    const m = new StanceModel({ ...header, seed: header.startSeed ?? 1 });
    const n = K * m.dim * 4;
    const start = header.v === 1 ? 4 + len : (4 + len + 3) & ~3;
    // copied out: the buffer's offset need not be aligned for typed-array views
    const floats = (offset: number) => new Float32Array(bytes.slice(start + offset, start + offset + n).buffer);
    m.w = floats(0);
    m.g = floats(n);
    m.seed = header.seed;
    if (header.classWeight) m.classWeight = Float64Array.from(header.classWeight);
    m.bars = header.bars ?? null;
    if (header.v === 1) {
      m.examples = header.examples!.map(([label, ref, text, idx, sim]) => ({
        label,
        ref,
        text,
        idx: Int32Array.from(idx),
        sim: Int32Array.from(sim),
      }));
    } else {
      const lengths = header.lengths!;
      const slots = lengths.reduce((a, b) => a + b, 0);
      const ints = new Int32Array(bytes.slice(start + 2 * n, start + 2 * n + slots * 4).buffer);
      let at = 0;
      m.examples = header.labels!.map((label, i) => {
        const idx = ints.subarray(at, (at += lengths[2 * i]!));
        const sim = ints.subarray(at, (at += lengths[2 * i + 1]!));
        return { label, ref: header.refs![i]!, text: header.texts![i]!, idx, sim };
      });
    }
    for (const e of m.examples) if (!m.byRef.has(e.ref)) m.byRef.set(e.ref, e.label);
    return m;
  }
}

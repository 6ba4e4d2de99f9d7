// The stance model: learns a separable toy set, explains itself with the nearest decisions, survives serialisation.
import { describe, expect, it } from 'vitest';
import { StanceModel, type Example } from '../../../core/learn/model';
import { stanceFeatures } from '../../../core/learn/features';

const toy = (): Example[] =>
  ['alpha', 'beta', 'gamma', 'delta', 'eps', 'zeta'].flatMap((w, i) => [
    {
      features: ['bias', `w:${w}`, 'w:praise', 'L:praise'],
      label: 'favor' as const,
      ref: `f${i}`,
      text: `praise ${w}`,
    },
    {
      features: ['bias', `w:${w}`, 'w:condemn', 'L:condemn'],
      label: 'against' as const,
      ref: `a${i}`,
      text: `condemn ${w}`,
    },
  ]);

describe('StanceModel', () => {
  it('learns a separable toy set', () => {
    const m = new StanceModel();
    m.train(toy());
    expect(m.predict(['bias', 'w:omega', 'w:praise', 'L:praise']).label).toBe('favor');
    expect(m.predict(['bias', 'w:omega', 'w:condemn', 'L:condemn']).label).toBe('against');
    expect(m.size).toBe(12);
  });

  it('shuffles a full retrain from its seed, the same for the same seed, and keeps the seed through serialisation', () => {
    const probe = ['bias', 'w:alpha', 'w:praise'];
    const train = (seed?: number) => {
      const m = new StanceModel(seed === undefined ? {} : { seed });
      m.train(toy(), { tune: false });
      return m;
    };
    expect(train(1).predict(probe).probabilities).toEqual(train().predict(probe).probabilities);
    expect(train(3).predict(probe).probabilities).toEqual(train(3).predict(probe).probabilities);
    expect(train(3).predict(probe).probabilities).not.toEqual(train(1).predict(probe).probabilities);
    expect(StanceModel.deserialize(train(3).serialize()).startSeed).toBe(3);
  });

  it('learns one decision at a time', () => {
    const m = new StanceModel();
    for (const e of toy()) m.learn(e);
    expect(m.predict(['bias', 'w:condemn', 'L:condemn']).label).toBe('against');
    expect(m.labelOf('f0')).toBe('favor');
    expect(m.labelOf('nope')).toBeUndefined();
  });

  it('learns a new decision on a large model from a sample of the old ones, keeping what it knew', () => {
    const m = new StanceModel();
    const many = Array.from({ length: 40 }, (_, k) => toy().map((e) => ({ ...e, ref: `${e.ref}-${k}` }))).flat();
    m.train(many);
    expect(m.size).toBeGreaterThan(400);
    for (let i = 0; i < 3; i++) m.learn({ features: ['bias', 'w:hail', 'L:hail'], label: 'concern', ref: `c${i}` });
    expect(m.predict(['bias', 'w:omega', 'w:hail', 'L:hail']).label).toBe('concern');
    expect(m.predict(['bias', 'w:omega', 'w:praise', 'L:praise']).label).toBe('favor');
    expect(m.size).toBe(many.length + 3);
  });

  it('explains a label by the similar decisions behind it and its heaviest features', () => {
    const m = new StanceModel();
    m.train(toy());
    const why = m.explain(['bias', 'w:alpha', 'w:praise', 'L:praise'], 'favor');
    expect(why.nearest[0]).toMatchObject({ ref: 'f0', text: 'praise alpha', label: 'favor', similarity: 1 });
    expect(why.agreeing).toBe(6);
    expect(why.reasons.map((r) => r.feature)).toContain('w:praise');
  });

  it('serialises and reads back to the same predictions and examples', () => {
    const m = new StanceModel();
    m.train(toy());
    const back = StanceModel.deserialize(m.serialize());
    const f = ['bias', 'w:beta', 'w:praise', 'L:praise'];
    expect(back.predict(f)).toEqual(m.predict(f));
    expect(back.size).toBe(12);
    expect(back.explain(f, 'favor').nearest[0]!.ref).toBe('f1');
  });

  it('reads a model stored in the first format (feature slots in the JSON header)', () => {
    const m = new StanceModel({ bits: 8 });
    m.train(toy());
    // rewrite the current buffer in version 1's layout: header with the examples, then weights and state
    const bytes = m.serialize();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const len = view.getUint32(0, true);
    const h = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + len))) as Record<string, unknown> & {
      labels: number[];
      refs: string[];
      texts: string[];
      lengths: number[];
    };
    const floats = 2 * 5 * 256 * 4;
    const start = (4 + len + 3) & ~3;
    const ints = new Int32Array(bytes.slice(start + floats).buffer);
    let at = 0;
    const examples = h.labels.map((label, i) => {
      const idx = Array.from(ints.subarray(at, (at += h.lengths[2 * i]!)));
      const sim = Array.from(ints.subarray(at, (at += h.lengths[2 * i + 1]!)));
      return [label, h.refs[i], h.texts[i], idx, sim];
    });
    const head = new TextEncoder().encode(JSON.stringify({ ...h, v: 1, examples }));
    const v1 = new Uint8Array(4 + head.length + floats);
    new DataView(v1.buffer).setUint32(0, head.length, true);
    v1.set(head, 4);
    v1.set(bytes.subarray(start, start + floats), 4 + head.length);
    const back = StanceModel.deserialize(v1);
    const f = ['bias', 'w:beta', 'w:praise', 'L:praise'];
    expect(back.predict(f)).toEqual(m.predict(f));
    expect(back.labelOf('a3')).toBe('against');
  });
});

describe('stance features', () => {
  it('see the governing word, negation and modals around the target mention', () => {
    const f = stanceFeatures({
      text: 'Pakistan said Kabul should not harbour militants.',
      target: 'afghanistan',
      aliases: ['Afghanistan', 'Kabul'],
      actor: 'pakistan',
      kind: 'indirect',
      ruleLabel: 'neutral',
      ruleConfidence: 0.5,
    });
    expect(f).toEqual(
      expect.arrayContaining(['rule:neutral', 'gov:said', 'R:should', 'actor-target:pakistan>afghanistan']),
    );
    expect(f).toContain('has-neg');
  });
});

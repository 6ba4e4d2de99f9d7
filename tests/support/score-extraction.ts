// The metrics of shared/eval/score.mjs, for project tests that must run without the shared folder.
export interface GoldStatement {
  text: string;
  speaker: string | null;
  actor: string | null;
  kind: string;
  targets?: Record<string, string>;
}
export interface Gold {
  actors?: Record<string, { label?: string; aliases?: string[] }>;
  targets?: Record<string, string[]>;
  statements: GoldStatement[];
}
export interface PredStatement {
  text: string;
  speaker: string | null;
  actor: string | null;
  kind: string;
  stances: Record<string, string>;
}
export interface Scores {
  segmentation_f1: number;
  speaker_accuracy: number;
  speaker_full_name_accuracy: number;
  kind_accuracy: number;
  actor_accuracy: number;
  target_f1: number;
  stance_accuracy: number;
  stance_macro_f1: number;
}

const LABELS = ['favor', 'against', 'concern', 'neutral'];
const squash = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const tokens = (s: unknown): string[] => squash(s).split(' ').filter(Boolean);

export function scoreExtraction(gold: Gold, pred: PredStatement[]): Scores {
  const canon = new Map<string, string>();
  const addName = (id: string, name: string): void => {
    const k = squash(name).replace(/ /g, '');
    if (k && !canon.has(k)) canon.set(k, id);
  };
  for (const [id, a] of Object.entries(gold.actors ?? {})) {
    addName(id, id);
    if (a.label) addName(id, a.label);
    for (const x of a.aliases ?? []) addName(id, x);
  }
  for (const [id, al] of Object.entries(gold.targets ?? {})) {
    addName(id, id);
    for (const x of al) addName(id, x);
  }
  const extra: Record<string, string> = {
    usa: 'us',
    unitedstatesofamerica: 'us',
    america: 'us',
    uk: 'uk',
    unitedkingdom: 'uk',
    britain: 'uk',
  };
  for (const [k, v] of Object.entries(extra)) if (!canon.has(k) && [...canon.values()].includes(v)) canon.set(k, v);
  const resolve = (name: string | null | undefined): string | null => {
    if (name === null || name === undefined || name === '') return null;
    const k = squash(name).replace(/ /g, '');
    return canon.get(k) ?? k;
  };
  const sameSpeaker = (g: string | null, p: string | null): boolean => {
    if (!g || !p) return !g && !p;
    const gt = tokens(g);
    return new Set(tokens(p)).has(gt[gt.length - 1]!);
  };
  // every word of the gold name but initials, or a run of at least two of its words; a lone surname only for one-word names
  const sameFullName = (g: string | null, p: string | null): boolean => {
    if (!g || !p) return !g && !p;
    const gt = tokens(g).filter((t) => t.length > 1);
    const pt = tokens(p).filter((t) => t.length > 1);
    if (gt.every((t) => pt.includes(t))) return true;
    return pt.length >= 2 && pt.every((t) => gt.includes(t)) && gt.join(' ').includes(pt.join(' '));
  };
  const bag = (s: string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const t of tokens(s)) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const overlap = (a: Map<string, number>, b: Map<string, number>): { jaccard: number; cover: number } => {
    let inter = 0;
    let na = 0;
    let nb = 0;
    for (const v of a.values()) na += v;
    for (const v of b.values()) nb += v;
    for (const [t, v] of a) inter += Math.min(v, b.get(t) ?? 0);
    return { jaccard: inter / (na + nb - inter || 1), cover: inter / (na || 1) };
  };
  const pbags = pred.map((p) => bag(p.text));
  const usedExact = new Set<number>();
  let exact = 0;
  const rows = gold.statements.map((g) => {
    const gb = bag(g.text);
    let best = -1;
    let bestScore = 0;
    let bestJ = 0;
    pbags.forEach((pb, i) => {
      const { jaccard, cover } = overlap(gb, pb);
      const score = jaccard + 0.5 * cover;
      if (score > bestScore) [bestScore, best, bestJ] = [score, i, jaccard];
    });
    if (best >= 0 && bestJ >= 0.8 && !usedExact.has(best)) {
      usedExact.add(best);
      exact++;
    }
    return { g, p: best >= 0 && bestJ >= 0.5 ? pred[best]! : null };
  });
  let speakerOk = 0;
  let speakerFullOk = 0;
  let kindOk = 0;
  let actorOk = 0;
  let actorN = 0;
  let tTP = 0;
  let tFP = 0;
  let tFN = 0;
  let stanceOk = 0;
  let stanceN = 0;
  const conf = Object.fromEntries(LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<
    string,
    { tp: number; fp: number; fn: number }
  >;
  for (const { g, p } of rows) {
    if (p && sameSpeaker(g.speaker, p.speaker)) speakerOk++;
    if (p && sameFullName(g.speaker, p.speaker)) speakerFullOk++;
    if (p && p.kind === g.kind) kindOk++;
    if (g.actor) {
      actorN++;
      if (p && resolve(p.actor) === resolve(g.actor)) actorOk++;
    }
    const gs = Object.fromEntries(Object.entries(g.targets ?? {}).map(([t, l]) => [resolve(t)!, l]));
    const ps: Record<string, string> = p
      ? Object.fromEntries(Object.entries(p.stances).map(([t, l]) => [resolve(t)!, l]))
      : {};
    for (const t of Object.keys(gs))
      if (t in ps) tTP++;
      else tFN++;
    for (const t of Object.keys(ps)) if (!(t in gs) && ps[t] !== 'neutral') tFP++;
    if (!g.actor) continue;
    for (const [t, gl] of Object.entries(gs)) {
      stanceN++;
      const pl = ps[t];
      if (pl === gl) {
        stanceOk++;
        conf[gl]!.tp++;
      } else {
        conf[gl]!.fn++;
        if (pl && LABELS.includes(pl)) conf[pl]!.fp++;
      }
    }
  }
  const f1 = (tp: number, fp: number, fn: number): number => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);
  const pct = (a: number, b: number): number => (b ? a / b : 0);
  const present = LABELS.filter((l) => conf[l]!.tp + conf[l]!.fn > 0);
  return {
    segmentation_f1: f1(exact, pred.length - exact, gold.statements.length - exact),
    speaker_accuracy: pct(speakerOk, gold.statements.length),
    speaker_full_name_accuracy: pct(speakerFullOk, gold.statements.length),
    kind_accuracy: pct(kindOk, gold.statements.length),
    actor_accuracy: pct(actorOk, actorN),
    target_f1: f1(tTP, tFP, tFN),
    stance_accuracy: pct(stanceOk, stanceN),
    stance_macro_f1: present.length
      ? present.reduce((s, l) => s + f1(conf[l]!.tp, conf[l]!.fp, conf[l]!.fn), 0) / present.length
      : 0,
  };
}

/** The acceptance thresholds of the extraction engine. */
export const THRESHOLDS: Partial<Scores> = {
  segmentation_f1: 0.95,
  speaker_accuracy: 0.95,
  kind_accuracy: 0.9,
  actor_accuracy: 0.95,
  target_f1: 0.85,
  stance_macro_f1: 0.7,
};

// Targets and stances of each statement: cue words scoped to the targets near them, negation, implicit targets.
import type { StanceLabel } from '../domain';
import { mentionsIn, type Entity, type EntityMention, type Gazetteer } from './gazetteer';
import {
  cueLabel,
  findAnaphora,
  findBilateralCue,
  findCues,
  isClauseBreak,
  questionEnd,
  type Anaphor,
  type CueHit,
} from './stance-cues';
import { addScore, breakBuffer, cueText, scoreTarget, type ScoreContext, type Scored } from './stance-scoring';
import { speakerActor, type StatementAnalysis } from './statement-analysis';
import type { Token } from './tokenizer';
import type { ExtractedStance } from './types';
import { REPORTING_VERBS } from './lexicon';
import { inDateline, isVenue } from './venues';
import REGISTER from './data/polarity-register.json';
import { spanPolarity } from './polarity';
import { isClauseBreak as clauseBreak } from './stance-cues';
import { denies, isReaction, isRebuttal } from './rebuttal-cues';
import { negatedRequestVerb } from './restriction-predicates';

/** Saying in the plain present after a plural source, "Afghan officials say", which reporting verbs leave out. */
const PLAIN_SAYING = new Set(['say', 'claim', 'allege', 'insist', 'argue']);

/** How far after a state its reporting verb may come: "India's defence minister has said". */
const SOURCE_REACH = 5;

/** Whether a reporting verb follows within reach of `from`, in the same clause: the state before is a claim's source. */
function saysAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + SOURCE_REACH); k++) {
    if (REPORTING_VERBS.has(tokens[k]!.lower) || PLAIN_SAYING.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.kind === 'punct' && tokens[k]!.lower !== "'s") return false;
  }
  return false;
}

function pick(scores: Record<StanceLabel, number>): { label: StanceLabel; score: number } {
  let label: StanceLabel = 'neutral';
  let score = 0.25; // below this, a mention is only a mention
  for (const l of ['against', 'concern', 'favor'] as const) {
    if (scores[l] > score) [label, score] = [l, scores[l]];
  }
  return { label, score };
}

/** Which state speaks with which: with two speaking states, each is the other's counterpart. */
export function counterparts(statements: StatementAnalysis[]): Map<string, string> {
  const actors = new Set<string>();
  for (const a of statements) {
    const act = a.speaker && !a.speaker.anonymous ? speakerActor(a.speaker) : null;
    if (act) actors.add(act);
  }
  const out = new Map<string, string>();
  if (actors.size !== 2) return out;
  const [x, y] = [...actors] as [string, string];
  // two states that each speak are each other's counterpart only where the story names each of them outside its own
  // words (talks between them), not two states that speak past each other on a third matter
  if (!namedByOthers(statements, x) || !namedByOthers(statements, y)) return out;
  out.set(x, y);
  out.set(y, x);
  return out;
}

/** Whether a statement not spoken for `id` names it. */
function namedByOthers(statements: StatementAnalysis[], id: string): boolean {
  return statements.some((a) => {
    const actor = a.speaker ? speakerActor(a.speaker) : a.narrationActor;
    return actor !== id && mentionsIn(a.tokens).some((m) => m.entity.id === id);
  });
}

export class StanceAssigner {
  private readonly partners: Map<string, string>;
  private previous: { speaker: unknown; stances: ExtractedStance[] } | null = null;
  /** States the journalist's question just before named ("India's defence minister has said ..."), for its answer. */
  private asked: string[] = [];
  /** Whether the statement just before was a journalist's question: what an answer rejects, the question put to it. */
  private afterQuestion = false;
  /** The actor of the statement just before, if any. */
  private previousActor: string | null = null;
  /** The state or body whose act the statement just before narrated ("Peru closed its border"), if it was one. */
  private previousNarrated: string | null = null;
  private previousTargets: Entity[] = [];
  /** Organisations named so far, latest first, for "the agency", "the bloc". */
  private organisations: Entity[] = [];
  /** Actors of the statements so far, latest last, for rebuttals ("rejected the allegations"). */
  private actors: string[] = [];
  /** Places named in the statement just before, whatever its kind. */
  private previousPlaces: string[] = [];
  /** Who stood against whom so far, latest last: a dispute's sides, for criticism that names neither. */
  private disputes: { from: string; to: string }[] = [];

  constructor(
    private readonly body: string,
    private readonly gaz: Gazetteer,
    statements: StatementAnalysis[],
  ) {
    this.partners = counterparts(statements);
  }

  /** Stances of one statement; statements must be passed in order (context targets look back). */
  assign(a: StatementAnalysis, actor: string | null): ExtractedStance[] {
    const tokens = a.tokens;
    const all = mentionsIn(tokens);
    // a journalist's question in a briefing names targets but takes no position on them, not even a neutral one
    const explicitTargets = all.filter(
      (m) =>
        !a.question &&
        m.entity.id !== actor &&
        !(a.subject && m.start >= a.subject[0] && m.end <= a.subject[1]) &&
        !isVenue(tokens, m) &&
        !inDateline(tokens, m),
    );
    const placeTargets = explicitTargets
      .filter((m) => m.entity.kind === 'state' || m.entity.kind === 'territory')
      .map((m) => m.entity);
    let result: ExtractedStance[] = [];
    // a statement carries its targets whoever speaks: narration, institutions and anonymous sources take positions too
    // a named speaker takes positions even where whom they speak for is not known
    const attributed = (!!a.speaker || (!!actor && !!a.narrationActor)) && !a.question;
    result = this.stancesFor(a, attributed ? (actor ?? '') : '', explicitTargets, attributed);
    // a party named only where the speaker is described (", Azerbaijan's closest ally,") is named, with no position
    const aside = a.attribution?.aside;
    if (aside)
      result = result.map((st) =>
        explicitTargets.every((m) => m.entity.id !== st.target || (m.start >= aside[0] && m.end <= aside[1]))
          ? { ...st, label: 'neutral', cues: [] }
          : st,
      );
    if (!a.question) result.push(...this.bothSides(a.tokens, actor, result));
    this.previousPlaces = explicitTargets
      .filter((m) => m.entity.kind === 'state' || m.entity.kind === 'territory')
      .map((m) => m.entity.id);
    if (actor) this.actors.push(actor);
    if (actor && attributed)
      for (const st of result) if (st.label === 'against') this.disputes.push({ from: actor, to: st.target });
    for (const m of all) {
      if (m.entity.kind !== 'organisation') continue;
      this.organisations = [m.entity, ...this.organisations.filter((e) => e !== m.entity)];
    }
    const speakerKey = a.speaker?.person ?? a.speaker?.institution ?? a.speaker?.label ?? null;
    this.previous = { speaker: speakerKey, stances: result };
    this.previousActor = actor;
    this.previousNarrated = !a.speaker && a.kind === 'narration' ? actor : null;
    if (placeTargets.length) this.previousTargets = placeTargets;
    if (a.question) {
      for (const m of all)
        if (m.entity.kind === 'state' && saysAfter(tokens, m.end) && !this.asked.includes(m.entity.id))
          this.asked.push(m.entity.id);
    } else this.asked = [];
    this.afterQuestion = !!a.question;
    return result;
  }

  private stancesFor(
    a: StatementAnalysis,
    actor: string,
    mentions: EntityMention[],
    attributed: boolean,
  ): ExtractedStance[] {
    const tokens = a.tokens;
    const partners = this.partnersIn(tokens, actor, mentions);
    // a statement whose actor is unknown names targets, but whose position it takes is for the analyst to say
    if (!attributed) return this.namedOnly(a, actor, mentions, partners);
    // a reporter's question ("Asked about the war in Ukraine,") is not the speaker's position
    const asked = questionEnd(tokens);
    // (a claim named in the question, "asked about a US report", is still what the answer calls false)
    // (and a description of the speaker between commas, ", Azerbaijan's closest ally,", is no cue of its position)
    const cues = findCues(tokens).filter(
      (c) => (c.start >= asked || c.owner) && !within(a.attribution?.aside, c.start),
    );
    const breaks = breakBuffer(tokens.length + 1);
    breaks[0] = 0;
    for (let i = 0; i < tokens.length; i++) breaks[i + 1] = breaks[i]! + (isClauseBreak(tokens[i]!) ? 1 : 0);
    const partner = this.partners.get(actor);
    const bilateral = findBilateralCue(tokens);
    const byId = new Map<string, Scored>();
    const narrated = !a.speaker && a.narrationActor;
    // narration of a state's act on another ("Washington has warned India"): the verb's object carries the position
    const verbCue = narrated ? cues.find((c) => c.start === a.positionVerb && c.cat !== 'neutral') : undefined;
    const objectCue =
      verbCue && mentions.some((m) => m.start >= verbCue.end && m.start - verbCue.end <= 3) ? verbCue : undefined;

    const starts = mentions.map((m) => m.start);
    const scoring: ScoreContext = {
      tokens,
      body: this.body,
      byId,
      partners,
      // in narration the verb's own cue scores, and any predicate that governs an object of its own
      cues: objectCue ? cues.filter((c) => c === objectCue || c.predicate) : cues,
      objectCue,
      breaks,
      starts,
    };

    for (const m of mentions) scoreTarget(scoring, m, m.entity, false);
    supportOfOwnSide(scoring, actor, mentions);
    // "the civil war", "the country": the place named in the statement just before; "the agency": the last body named
    let anaphoric = false;
    const contextOf = this.anaphoraContext(tokens, actor, mentions, partners);
    for (const r of findAnaphora(tokens)) {
      const ctx = contextOf(r);
      if (!ctx) continue;
      const s = scoreTarget(scoring, r, ctx, true);
      s.cues.add(cueText(tokens, r, this.body));
      if (r.conflict && r.refers === 'place') s.scores.concern += 0.3;
      anaphoric = true;
    }
    const out: ExtractedStance[] = [];
    for (const s of byId.values()) {
      let { label, score: sc } = pick(s.scores);
      // a counterpart mentioned in a statement about bilateral ties is favoured unless a cue says otherwise
      if (label === 'neutral' && partners.has(s.entity.id) && bilateral && !narrated) {
        label = 'favor';
        sc = 0.4;
        s.cues.add(cueText(tokens, { start: bilateral[0], end: bilateral[1] }, this.body));
      }
      // (organisations and armed groups take a stance only from what is said of them directly, see scoreTarget)
      const general = s.entity.kind !== 'organisation' && s.entity.kind !== 'group';
      if (
        label === 'neutral' &&
        !s.cues.size &&
        s.at &&
        general &&
        !objectCue?.predicate &&
        // (the one the charged act harms is still its victim: "accused Peru of punishing Bolivia")
        (!inChargedAct(tokens, scoring.cues, s.at.start) || isVictim(tokens, s.at.start))
      ) {
        // no diplomatic cue in reach: the general polarity of the clause that names the target
        const polar = clauseStance(a, s.at, asked);
        if (polar) {
          label = polar.label;
          sc = 0.3;
          for (const w of polar.words) s.cues.add(tokens[w]!.text);
        }
      }
      // "condemned the attack on the embassy of X": X is the victim of what is condemned
      if (label === 'against' && s.at && isVictim(tokens, s.at.start)) label = 'concern';
      const confidence = label === 'neutral' ? 0.5 : Math.min(0.95, (s.implicit ? 0.35 : 0.5) + 0.3 * sc);
      if (label === 'neutral') s.cues.clear();
      // the governing word first: what the statement does to the target, then the other cue words
      const lead = s.lead[label]?.text;
      const cues = lead ? [lead, ...[...s.cues].filter((c) => c !== lead)] : [...s.cues];
      out.push({ target: s.entity.id, label, confidence: round(confidence), cues });
    }
    const placeNamed =
      anaphoric ||
      mentions.some((m) => m.entity.kind === 'state' || m.entity.kind === 'territory' || m.entity.kind === 'concept');
    // a body's or state's narrated act takes implicit targets only as a rebuttal ("the embassy rejected the claims")
    if (!placeNamed && (!narrated || isRebuttal(tokens) || isReaction(tokens)))
      out.push(...this.implicit(a, actor, cues, bilateral, partner));
    else if (this.asked.length && denies(tokens)) {
      // an answer that denies what the question put to it, naming whom the question quoted: against them
      for (const st of out) if (st.label === 'neutral' && this.asked.includes(st.target)) st.label = 'against';
    }
    return out;
  }

  /**
   * "urged both sides to", "letters from both governments": a third party names the two sides of the latest dispute
   * between states together; what it asks of both is a position on neither.
   */
  private bothSides(tokens: Token[], actor: string | null, named: ExtractedStance[]): ExtractedStance[] {
    if (!findAnaphora(tokens).some((r) => r.refers === 'pair')) return [];
    const isState = (id: string): boolean => this.gaz.entity(id)?.kind === 'state';
    const between = (x: { from: string; to: string }): boolean =>
      x.from !== actor && x.to !== actor && isState(x.from) && isState(x.to);
    // (the two sides of the story speak: a dispute between two states that both spoke before one with a silent side)
    const d =
      this.disputes.findLast((x) => between(x) && this.actors.includes(x.from) && this.actors.includes(x.to)) ??
      this.disputes.findLast(between);
    if (!d) return [];
    return [d.from, d.to]
      .filter((id) => !named.some((s) => s.target === id))
      .map((target) => ({ target, label: 'neutral', confidence: 0.5, cues: [] }));
  }

  /** The speaker's counterparts: the other speaking state, and any target named right before "counterpart(s)". */
  private partnersIn(tokens: Token[], actor: string, mentions: EntityMention[]): Set<string> {
    const partners = new Set<string>();
    const partner = this.partners.get(actor);
    if (partner) partners.add(partner);
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i]!.lower !== 'counterpart' && tokens[i]!.lower !== 'counterparts') continue;
      for (const m of mentions) if (m.end === i) partners.add(m.entity.id);
    }
    return partners;
  }

  /** What an anaphor refers to: the place named in the statement just before ("the country"), or the last body named. */
  private anaphoraContext(
    tokens: Token[],
    actor: string,
    mentions: EntityMention[],
    partners: Set<string>,
  ): (r: Anaphor) => Entity | null | undefined {
    const placeNamedHere = mentions.some((m) => m.entity.kind === 'state' || m.entity.kind === 'territory');
    const place = this.previousTargets.find((e) => e.id !== actor && !partners.has(e.id));
    return (r) =>
      r.refers === 'pair'
        ? null
        : r.refers === 'place'
          ? placeNamedHere
            ? null
            : place
          : this.organisationFor(tokens[r.end - 1]!.lower, actor);
  }

  /**
   * The stances of a statement whose actor is unknown: each target it names or refers back to, neutral and with no cue,
   * in the order scoring would list them (no cue is read: whatever they say, the label would be neutral).
   */
  private namedOnly(
    a: StatementAnalysis,
    actor: string,
    mentions: EntityMention[],
    partners: Set<string>,
  ): ExtractedStance[] {
    const tokens = a.tokens;
    const targets = new Set<string>();
    for (const m of mentions) targets.add(m.entity.id);
    const contextOf = this.anaphoraContext(tokens, actor, mentions, partners);
    for (const r of findAnaphora(tokens)) {
      const ctx = contextOf(r);
      if (ctx) targets.add(ctx.id);
    }
    // the narrator judging without naming anyone ("None of that is a strategy.") goes on about whom it named just before
    // (a narrated act's author among them: "Peru closed its border with Bolivia. It was a grave mistake.")
    const narrator = this.previousNarrated;
    if (
      !targets.size &&
      !a.question &&
      this.previous?.speaker === null &&
      (!this.previousActor || narrator) &&
      judges(a)
    ) {
      if (narrator) targets.add(narrator);
      for (const s of this.previous.stances) targets.add(s.target);
    }
    return [...targets].map((target) => ({ target, label: 'neutral', confidence: 0.5, cues: [] }));
  }

  /** The body "the agency" or "the bloc" refers to: the latest organisation whose name has the word, else the latest. */
  private organisationFor(head: string, actor: string): Entity | null {
    const candidates = this.organisations.filter((e) => e.id !== actor);
    return candidates.find((e) => e.label.toLowerCase().includes(head)) ?? candidates[0] ?? null;
  }

  /** Targets not named: the counterpart of bilateral talk, or the target of the same speaker's criticism just before. */
  private implicit(
    a: StatementAnalysis,
    actor: string,
    cues: CueHit[],
    bilateral: [number, number] | null,
    partner: string | undefined,
  ): ExtractedStance[] {
    const tokens = a.tokens;
    const totals = { favor: 0, against: 0, concern: 0, neutral: 0 };
    for (const c of cues) totals[cueLabel(c, 'state', true)] += c.w;
    const critical = totals.against + totals.concern > totals.favor;
    const speakerKey = a.speaker?.person ?? a.speaker?.institution ?? a.speaker?.label ?? null;
    // (a reaction that criticises, "reacted by saying the closure was cowardly", answers the same way)
    // (without cue words, a hostile tone in general language: "unfair and cowardly")
    const tone = !critical && !totals.favor ? hostileTone(a) : null;
    const rebuttal = isRebuttal(tokens);
    const reaction = isReaction(tokens);
    /** The text of the statement's cues of one category, as a stance's evidence. */
    const cueWords = (cat: string): string[] =>
      cues.filter((c) => c.cat === cat).map((c) => cueText(tokens, c, this.body));
    // an answer that rejects or criticises what the question put to it is against whom the question named
    const askedAbout = this.asked.filter((id) => id !== actor);
    if (askedAbout.length && (critical || tone || rebuttal)) {
      const words = cueWords('critic');
      return askedAbout.map((target) => ({ target, label: 'against', confidence: 0.4, cues: words }));
    }
    if (rebuttal || (reaction && (critical || tone))) {
      // whoever made the allegations: the latest other actor, unless the question just before put them without a
      // state's name ("Critics say ... — I reject that")
      const accuser = this.afterQuestion ? undefined : this.actors.findLast((x) => x !== actor);
      const words = cueWords('critic');
      if (accuser)
        return [
          {
            target: accuser,
            label: 'against',
            confidence: 0.4,
            cues: words.length ? words : (tone ?? []).map((w) => tokens[w]!.text),
          },
        ];
    }
    const supportive = cues.some((c) => c.cat === 'support' && !c.negated);
    if (reaction && supportive && !critical && !tone) {
      // praise of an act named only by its noun ("welcomed the decision") is for whoever acted or spoke before
      const author = this.actors.findLast((x) => x !== actor);
      const words = cueWords('support');
      if (author && this.gaz.entity(author)) return [{ target: author, label: 'favor', confidence: 0.4, cues: words }];
    }
    if (critical && this.previous && this.previous.speaker === speakerKey) {
      // the same speaker goes on criticising what the statement before criticised; the label is this statement's own
      const inherited = this.previous.stances.filter((s) => s.label === 'against' || s.label === 'concern');
      if (inherited.length) {
        const cueWords = cues.filter((c) => cueLabel(c, 'state', false) !== 'favor' && c.cat !== 'neutral');
        const label: StanceLabel = totals.against >= totals.concern ? 'against' : 'concern';
        return inherited.map((s) => ({
          target: s.target,
          label,
          confidence: 0.4,
          cues: cueWords.map((c) => cueText(tokens, c, this.body)),
        }));
      }
    }
    // criticism that names no one goes on with the speaker's side of a dispute: against whom it stood before, else
    // against whoever stood against it (without cue words, a hostile tone: "unfair and cowardly")
    if ((critical || tone) && actor && !this.afterQuestion) {
      const opponent =
        this.disputes.findLast((d) => d.from === actor)?.to ?? this.disputes.findLast((d) => d.to === actor)?.from;
      if (opponent && this.gaz.entity(opponent)?.kind === 'state') {
        const words = tone
          ? tone.map((w) => tokens[w]!.text)
          : cues
              .filter((c) => c.cat !== 'neutral' && cueLabel(c, 'state', false) !== 'favor')
              .map((c) => cueText(tokens, c, this.body));
        return [{ target: opponent, label: 'against', confidence: 0.35, cues: words }];
      }
    }
    if (supportive && !critical && this.previous && this.previous.speaker === speakerKey) {
      // the same speaker goes on praising what the statement before named of the analyst's concepts ("the
      // agreement ... This is a positive development")
      const concepts = this.previous.stances.filter(
        (s) => s.label !== 'against' && s.label !== 'concern' && this.gaz.entity(s.target)?.kind === 'concept',
      );
      const words = cueWords('support');
      if (concepts.length)
        return concepts.map((s) => ({ target: s.target, label: 'favor', confidence: 0.4, cues: words }));
    }
    if (partner && supportive && !critical && this.previous && this.previous.speaker === speakerKey) {
      // the same speaker goes on praising the counterpart of the statement before ("We are ready to support ...")
      const prior = this.previous.stances.find((s) => s.target === partner && s.label === 'favor');
      if (prior) {
        const words = cueWords('support');
        return [{ target: partner, label: 'favor', confidence: 0.4, cues: words }];
      }
    }
    // bilateral talk is about the counterpart only when the statement before was not about a third place
    const thirdPlace = this.previousPlaces.some(
      (id) => id !== actor && id !== partner && this.gaz.entity(id)?.kind === 'state',
    );
    if (partner && bilateral && partner !== actor && !critical && !thirdPlace) {
      const e = this.gaz.entity(partner);
      if (e)
        return [
          {
            target: e.id,
            label: 'favor',
            confidence: 0.45,
            cues: [cueText(tokens, { start: bilateral[0], end: bilateral[1] }, this.body)],
          },
        ];
    }
    return [];
  }
}

/**
 * "Russia has stood by India", said for India: whoever a statement shows supporting the speaker's own side ("helped
 * us", "stood by India") is favoured, though the cue points away from them.
 */
function supportOfOwnSide(ctx: ScoreContext, actor: string, mentions: EntityMention[]): void {
  const { tokens } = ctx;
  for (const c of ctx.cues) {
    if (c.cat !== 'support' || c.negated || c.dir === 'l') continue;
    // (what a demand asks of the subject is not its support yet: "Washington must first lift the sanctions on Iran")
    if (ctx.cues.some((d) => d.cat === 'pressure' && d.predicate && d.start < c.start && d.end > c.start)) continue;
    let object: EntityMention | null = null;
    for (let k = c.end; k < Math.min(tokens.length, c.end + 3) && !object; k++) object = tokens[k]!.ent;
    if (object?.entity.id !== actor) continue;
    const subject = mentions.filter((m) => m.end <= c.start && c.start - m.end <= 3).pop();
    const s = subject && ctx.byId.get(subject.entity.id);
    if (s) addScore(s, 'favor', c.w, cueText(tokens, c, ctx.body));
  }
}

/**
 * Whether the mention at `at` lies in what a criticism charges its object with ("criticised the US for treating India
 * like a client", "accused Peru of punishing Bolivia"): the act is the object's, and its tone is not said of the mention.
 */
function inChargedAct(tokens: Token[], cues: CueHit[], at: number): boolean {
  for (const c of cues) {
    if (c.cat !== 'critic' || c.dir === 'l' || c.end > at || at - c.end > c.window) continue;
    let object = false;
    for (let k = c.end; k < at; k++) {
      const t = tokens[k]!;
      if (t.ent) object = true;
      else if (object && (t.lower === 'for' || t.lower === 'of') && tokens[k + 1]?.lower.endsWith('ing')) return true;
      else if (t.kind === 'punct' && t.lower !== "'s") break;
    }
  }
  return false;
}

const POLAR_MIN = 0.3;
const HARM = new Set(REGISTER.harmNouns);
const HARM_VERBS = new Set(REGISTER.harmVerbs);
const HARM_OF = new Set(REGISTER.harmOfNouns);
const VICTIM_FILLERS = new Set([
  'the',
  'people',
  'of',
  'whole',
  'entire',
  'its',
  'their',
  'ordinary',
  'civilians',
  'in',
]);
const VICTIM_PREPOSITIONS = new Set(['on', 'against', 'to', 'targeting', 'in']);

/** Whether the mention at `at` is the object of harm ("attacks on X", "the blockade of X"). */
function isVictim(tokens: Token[], at: number): boolean {
  // "harming the whole country", "punishing the people of X": the object of a harmful act
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const w = tokens[k]!.lower;
    if (HARM_VERBS.has(w)) return true;
    if (!VICTIM_FILLERS.has(w)) break;
  }
  for (let k = at - 1; k >= Math.max(1, at - 3); k--) {
    if (VICTIM_PREPOSITIONS.has(tokens[k]!.lower)) return HARM.has(tokens[k - 1]!.lower);
    // "the blockade of X", "the invasion of X": the object follows "of" for these nouns only
    if (tokens[k]!.lower === 'of') return HARM_OF.has(tokens[k - 1]!.lower);
    if (tokens[k]!.kind === 'punct') return false;
  }
  return false;
}

/** Whether a statement judges: a cue word of a position, or a polarity in general language either way. */
function judges(a: StatementAnalysis): boolean {
  const tokens = a.tokens;
  if (findCues(tokens).some((c) => c.cat !== 'neutral')) return true;
  return (
    Math.abs(spanPolarity(tokens, 0, tokens.length, (i) => tokens[i]!.inEnt || !!tokens[i]!.ent).score) >= POLAR_MIN
  );
}

/** The words that make a statement hostile in general language ("unfair and cowardly"), or null when it is not. */
function hostileTone(a: StatementAnalysis): number[] | null {
  const tokens = a.tokens;
  const subject = a.subject;
  const skip = (i: number): boolean =>
    tokens[i]!.inEnt || !!tokens[i]!.ent || (!!subject && i >= subject[0] && i < subject[1]);
  const p = spanPolarity(tokens, questionEnd(tokens), tokens.length, skip);
  return p.score <= -POLAR_MIN ? p.words : null;
}

/** Whether token `i` lies in the range `r`. */
function within(r: [number, number] | undefined, i: number): boolean {
  return !!r && i >= r[0] && i < r[1];
}

/** favor/against/concern from general-language polarity of the clause around a mention, or null when it has none. */
function clauseStance(
  a: StatementAnalysis,
  at: { start: number; end: number },
  asked: number,
): { label: StanceLabel; words: number[] } | null {
  const tokens = a.tokens;
  let from = at.start;
  while (from > asked && !clauseBreak(tokens[from - 1]!)) from--;
  let to = at.end;
  // "urged Chile not to reward Bolivia": what the one asked is told not to do is not said of them
  while (to < tokens.length && !clauseBreak(tokens[to]!) && negatedRequestVerb(tokens, to) < 0) to++;
  const subject = a.subject;
  const skip = (i: number): boolean =>
    tokens[i]!.inEnt ||
    !!tokens[i]!.ent ||
    i === a.attribution?.cue ||
    (!!subject && i >= subject[0] && i < subject[1]) ||
    within(a.attribution?.aside, i);
  const p = spanPolarity(tokens, from, to, skip);
  if (p.concern && p.score < POLAR_MIN) return { label: 'concern', words: p.words };
  if (p.score >= POLAR_MIN) return { label: 'favor', words: p.words };
  if (p.score <= -POLAR_MIN) return { label: 'against', words: p.words };
  return null;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

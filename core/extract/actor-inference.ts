// Learns the state a speaker speaks for when no title says so: from what the speaker's own statements put as subject.
import { mentionsIn, type Gazetteer } from './gazetteer';
import { POSITION_VERBS, REPORTING_VERBS } from './lexicon';
import type { Institution, PeopleRegistry, Person } from './people';
import { spanPolarity } from './polarity';
import type { StatementAnalysis } from './statement-analysis';

const CLAUSE_OPENERS = new Set(['that', 'said', 'says', 'added', 'stated', 'noted', 'stressed', ':', ',', ';']);
/** "Iran must stop", "Kabul should ensure": a state told what to do is addressed, not the voice. */
const OBLIGATION = new Set(['must', 'should', 'needs', 'ought', 'has']);

/** The weight of an unmarked title's home state (dateline, opening): more than one clause with another state as its
 * subject (3) or possessor (1); two such clauses outweigh it. */
const HOME_PRIOR = 4;

/** Scores for each state as the voice of a statement: subject of a clause 3, possessor 1, any mention 0.5. */
function scoreStates(a: StatementAnalysis, gaz: Gazetteer, scores: Map<string, number>): void {
  const tokens = a.tokens;
  // a state the statement criticises ("Peru is failing its people") is what the speaker talks about, not whom they speak for
  // (read once, and only for a state that would score above 0.5: most statements name none)
  let critical: boolean | undefined;
  const isCritical = (): boolean =>
    (critical ??= spanPolarity(tokens, 0, tokens.length, (i) => tokens[i]!.inEnt || !!tokens[i]!.ent).score <= -0.3);
  for (const m of mentionsIn(tokens)) {
    if (m.entity.kind !== 'state') continue;
    if (a.subject && m.start >= a.subject[0] && m.end <= a.subject[1]) continue;
    const before = tokens[m.start - 1];
    const after = tokens[m.end];
    let s = 0.5;
    const opens = !before || before.mark === 1 || CLAUSE_OPENERS.has(before.lower);
    // a state that condemns, rejects or says something is the voice even where what it says is critical
    const speaks = !!after && (POSITION_VERBS.has(after.lower) || REPORTING_VERBS.has(after.lower));
    if (after?.lower === "'s") s = 1;
    else if (after && OBLIGATION.has(after.lower)) s = 0;
    else if (opens && after && after.kind === 'word' && !after.cap && after.lower !== 'and' && after.lower !== 'of')
      s = 3;
    if (m.aliasKind === 'demonym' || (s > 0.5 && isCritical() && !(opens && speaks))) s = Math.min(s, 0.5);
    scores.set(m.entity.id, (scores.get(m.entity.id) ?? 0) + s);
  }
}

/** The article's home state: the most mentioned state, a weak prior for unmarked titles ("the Foreign Office"). */
function homeState(statements: StatementAnalysis[], _gaz: Gazetteer): string | null {
  const counts = new Map<string, number>();
  for (const a of statements.slice(0, 12)) {
    for (const m of mentionsIn(a.tokens)) {
      if (m.entity.kind === 'state') counts.set(m.entity.id, (counts.get(m.entity.id) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let n = 0;
  for (const [id, c] of counts) if (c > n) [best, n] = [id, c];
  return best;
}

function listIn<K>(map: Map<K, StatementAnalysis[]>, key: K): StatementAnalysis[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** Fills in actors of people and institutions whose state was not stated next to their name. */
export function inferActors(statements: StatementAnalysis[], registry: PeopleRegistry, gaz: Gazetteer): void {
  const stated = new Set(registry.persons.filter((p) => p.actorStated && p.actor).map((p) => p.actor!));
  // each speaker's statements, in order, read once (not one pass over the article per speaker)
  const byPerson = new Map<Person, StatementAnalysis[]>();
  const byInstitution = new Map<Institution, StatementAnalysis[]>();
  for (const a of statements) {
    if (a.speaker?.person) listIn(byPerson, a.speaker.person).push(a);
    if (a.speaker?.institution) listIn(byInstitution, a.speaker.institution).push(a);
  }
  for (const person of registry.persons) {
    if (person.actor) continue;
    const own = byPerson.get(person) ?? [];
    // a journalist who only asks speaks for nobody the questions name
    if (own.length && own.every((a) => a.question)) continue;
    const scores = new Map<string, number>();
    for (const a of own) scoreStates(a, gaz, scores);
    let best: string | null = null;
    let bestScore = 1.5;
    for (const [id, s] of scores) {
      const adjusted = stated.has(id) ? s * 0.4 : s; // a state another speaker stands for is more likely the other side
      const prior = id === person.homeHint ? HOME_PRIOR : 0;
      if (adjusted + prior > bestScore) [best, bestScore] = [id, adjusted + prior];
    }
    if (person.homeHint && !scores.has(person.homeHint) && HOME_PRIOR > bestScore) best = person.homeHint;
    if (best) person.actor = best;
  }
  let home: string | null | undefined;
  for (const inst of registry.institutions) {
    if (inst.actor) continue;
    const scores = new Map<string, number>();
    for (const a of byInstitution.get(inst) ?? []) scoreStates(a, gaz, scores);
    let best: string | null = null;
    let bestScore = 2.5;
    for (const [id, s] of scores) if (s > bestScore) [best, bestScore] = [id, s];
    // a rights group or newspaper never named speaks for no state; a ministry never placed, for the article's home state
    if (!best && inst.category !== 'organisation') {
      if (home === undefined) home = homeState(statements, gaz);
      best = home;
    }
    inst.actor = best;
  }
}

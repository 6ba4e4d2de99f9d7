// Attributes every statement of an article: speaker, kind, quotes continued across sentences and paragraphs.
import { clauseStart, clauseSubject, findAttribution, quotationColon, type Attribution } from './attribution';
import { baseEntity, type Gazetteer } from './gazetteer';
import { isNameToken, JOINT_ACTOR, type SubjectRef } from './noun-phrase';
import { asWritten, PeopleRegistry, type Person } from './people';
import { collectPeople } from './people-mentions';
import { outermost, scanQuotes, type QuoteSpan } from './quote-scanner';
import type { ParagraphSpan } from './sentence-segmenter';
import type { Speaker, StatementAnalysis } from './statement-analysis';
import { tokenize, type Token } from './tokenizer';
import { ANONYMOUS_SOURCES, STATE_BODIES } from './lexicon';
import { KNOWN_WORDS } from './word-classes';
import { interviewersNamed, transcriptTurn, type Turn } from './transcript-turns';

const BODY_HEADS = new Set(['group', 'organisation', 'organization', 'bloc', 'alliance', 'body', 'grouping']);
/** Heads of a phrase that names an organisation already in the story ("the group", "the organisation"). */
const ORGANISATION_HEADS = new Set(['group', 'organisation', 'organization', 'charity']);
const STATEMENT_NOUNS = new Set(['statement', 'release', 'communique', 'communiqué', 'readout', 'report']);

/** Nouns that name a state without naming it: "the country's foreign minister", "the kingdom's envoy". */
const STATE_NOUNS = new Set(['country', 'nation', 'kingdom', 'republic']);

/** Whether the subject tokens[from, to) opens with "the country's" (or "the nation's", ...). */
function namesTheCountry(tokens: Token[], [from]: [number, number]): boolean {
  return (
    tokens[from]?.lower === 'the' && STATE_NOUNS.has(tokens[from + 1]?.lower ?? '') && tokens[from + 2]?.lower === "'s"
  );
}

interface Draft {
  a: StatementAnalysis;
  attr: Attribution | null;
  speaker: Speaker | null;
  direct: boolean;
}

function quoteLayout(
  tokens: Token[],
  start: number,
  quotes: QuoteSpan[],
): { direct: boolean; span: QuoteSpan | null; opens?: boolean } {
  let words = 0;
  let quoted = 0;
  for (const t of tokens) {
    if (t.kind === 'punct') continue;
    words++;
    if (t.quoted) quoted++;
  }
  const inside = quotes.find((q) => q.open < start && start < q.close) ?? null;
  if (inside) return { direct: true, span: inside };
  const first = tokens[0];
  const opening = first?.mark === 1 ? (quotes.find((q) => q.open === first.start) ?? null) : null;
  if (opening) {
    let n = 0;
    for (const t of tokens) if (t.quoted && t.kind !== 'punct' && t.start < opening.close) n++;
    if (n >= 3) return { direct: true, span: opening };
    return { direct: false, span: opening, opens: true };
  }
  const span = quotes.find((q) => q.open >= start && q.open < (tokens[tokens.length - 1]?.end ?? start)) ?? null;
  // "X, of the group Y, was blunt: “...”": a whole sentence quoted after a colon is the speaker's, however long the
  // introduction
  const colon = quotationColon(tokens);
  if (colon > 0 && tokens.slice(colon + 2).every((t) => t.quoted || t.kind === 'punct' || t.mark)) {
    const said = tokens.slice(colon + 2).filter((t) => t.kind === 'word');
    if (said.length >= 3 && said[0]!.cap) return { direct: true, span };
  }
  // a quotation that starts in lower case inside reported speech is a fragment of it ("what he called US attempts to
  // “dictate to sovereign India”"), not the speaker's sentence
  const firstQuoted = tokens.find((t) => t.quoted && t.kind === 'word');
  const fragment = !!firstQuoted && !firstQuoted.cap;
  return { direct: words > 0 && quoted >= 5 && quoted / words >= 0.5 && !fragment, span };
}

/** The state named by a preposed "In <place>," that opens the sentence, or null. */
function preposedPlace(tokens: Token[]): string | null {
  if (tokens[0]?.lower !== 'in') return null;
  const m = tokens[1]?.ent;
  if (!m || m.entity.kind !== 'state' || tokens[m.end]?.text !== ',') return null;
  return m.aliasKind === 'name' || m.aliasKind === 'capital' ? m.entity.id : null;
}

/** An unnamed source whose words are reported: "officials", "a diplomat", "two people familiar with the talks". */
function isAnonymousSource(ref: SubjectRef): boolean {
  return ref.type === 'group' && ANONYMOUS_SOURCES.has(ref.head ?? '');
}

const IMPERSONAL_REPORTS = new Set(['reported', 'understood', 'learnt', 'learned', 'believed', 'rumoured', 'rumored']);

/** "It was reported that, as per sources, ...": the reporter's own hedged account, not the sources' reported words. */
function reportedImpersonally(tokens: Token[]): boolean {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'it') continue;
    const aux = tokens[i + 1]!.lower;
    const verb = tokens[aux === 'has' || aux === 'had' ? i + 3 : i + 2];
    if (['was', 'is', 'has', 'had'].includes(aux) && verb && IMPERSONAL_REPORTS.has(verb.lower)) return true;
  }
  return false;
}

/** The state whose capital the sentence names first ("at the National Palace, Mexico City"), or null. */
function capitalNamed(tokens: Token[]): string | null {
  for (const t of tokens) {
    const m = t.ent;
    if (m && m.aliasKind === 'capital' && m.entity.kind === 'state') return m.entity.id;
  }
  return null;
}

/** Whether any token could be part of a person's name: without one, no clause subject is a person. */
function mayNamePerson(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (isNameToken(tokens[i]!, tokens, i)) return true;
  return false;
}

export class StatementAttributor {
  readonly registry: PeopleRegistry;
  private last: Speaker | null = null;
  /** The latest speaker resolved while reading a paragraph, for "the statement said" right after "X said in a statement". */
  private recent: Speaker | null = null;
  private lastWasAttributed = false;
  /** The latest transcript turn and how many turns were read, for answers that run over several paragraphs. */
  private turn: { turn: Turn; speaker: Speaker | null } | null = null;
  private turns = 0;
  /** The state or body that holds the briefing, from the opening sentences' subject ("The Ministry of Foreign Affairs of Chile held ..."). */
  private host: string | null = null;
  /** How many of a briefing's questions came from each state's domestic press, and who answered them. */
  private readonly askerHomes = new Map<string, number>();
  private readonly answerers = new Set<Person>();
  /** Outlets an introduction names as the interviewer ("spoke to the Andes Review"), whose turns are questions. */
  private readonly interviewers = new Set<string>();
  /** The latest state or body that took a position as the subject of a sentence, for "It said", "The group said". */
  private lastBody: { actor: string; index: number } | null = null;
  /** The organisation (not a state) whose voice was heard last, itself or through a member, for "the group said". */
  private lastOrganisation: { actor: string; index: number } | null = null;
  /** Whether the statement last introduced ("in a joint statement", "said in a statement") was a joint one. */
  private jointStatement = false;

  /** Notes the statement a sentence introduces, so that "the statement said" later knows whose it is. */
  private noteStatementIntroduced(tokens: Token[]): void {
    for (let k = 1; k < tokens.length; k++) {
      if (!STATEMENT_NOUNS.has(tokens[k]!.lower)) continue;
      const before = [tokens[k - 1]!.lower, tokens[k - 2]?.lower];
      if (before.includes('a') || before.includes('an') || before[0] === 'joint') {
        this.jointStatement = before.includes('joint');
      }
    }
  }

  private refersToLastBody(ref: SubjectRef): boolean {
    if (!this.lastBody) return false;
    if (ref.type === 'impersonal') return true;
    // "They called on ...": plural, so only parties that spoke together ("the two sides", "China and Russia")
    if (ref.type === 'group' && ref.head === 'they') return this.lastBody.actor === JOINT_ACTOR;
    return ref.type === 'group' && !!ref.definite && BODY_HEADS.has(ref.head ?? '');
  }

  /** The state or body that is the subject of an opening sentence. */
  private openingBody(tokens: Token[]): string | null {
    const cs = clauseSubject(tokens, this.gaz);
    return cs && (cs.ref.type === 'institution' || cs.ref.type === 'state') ? cs.ref.actor : null;
  }

  /** The body a possessive in the subject refers back to ("its", "the agency's", "the party's"), or null. */
  private ownerBody(tokens: Token[], [from, to]: [number, number]): string | null {
    // an inverted tag's apposition comes after the name: "said Ana Ruiz, the agency's representative"
    const end = tokens[to]?.text === ',' ? Math.min(tokens.length, to + 8) : to;
    for (let k = from; k < end; k++) {
      const w = tokens[k]!.lower;
      const its = w === 'its';
      const named = tokens[k + 1]?.lower === "'s" && tokens[k - 1]?.lower === 'the' && !tokens[k]!.cap;
      // "A spokesman for the ministry, Lin Hao,": the body of that kind named before
      const complement = !tokens[k]!.cap && this.complementHead(tokens, k, end);
      if (!its && !named && !complement) continue;
      const bodies = this.registry.institutions.filter((i) => i.actor && (its || i.name.toLowerCase().includes(w)));
      const inst = bodies.sort((x, y) => y.last - x.last)[0];
      const body = this.lastBody && (!inst || this.lastBody.index > inst.last) && its ? this.lastBody.actor : null;
      return body ?? inst?.actor ?? null;
    }
    return null;
  }

  /** Whether tokens[k] ends "for the ministry" or "of the foreign ministry" right before a comma or `end`. */
  private complementHead(tokens: Token[], k: number, end: number): boolean {
    if (k + 1 < end && tokens[k + 1]!.text !== ',') return false;
    const the =
      tokens[k - 1]?.lower === 'the' ? k - 1 : tokens[k - 2]?.lower === 'the' && !tokens[k - 1]!.cap ? k - 2 : -1;
    const prep = tokens[the - 1]?.lower;
    return the > 0 && (prep === 'for' || prep === 'of');
  }

  /**
   * A title never named before ("Thailand's deputy foreign minister rejected ...") is the person named as a speaker
   * for the first time in one of the next two sentences ("Suthida Wongsawat said ...").
   */
  private nameTheTitle(a: StatementAnalysis, attr: Attribution | null): void {
    const pending = this.untitled;
    const person = a.speaker?.person;
    if (pending && person && person.first > pending.a.index && a.index - pending.a.index <= 2) {
      const { role, actor } = pending;
      if (
        (!actor || !person.actor || person.actor === actor) &&
        (!role || !person.roles.size || person.roles.has(role))
      ) {
        if (role) person.roles.add(role);
        if (actor && !person.actor) person.actor = actor;
        pending.a.speaker = a.speaker;
        pending.a.narrationActor = null;
        if (pending.a.kind === 'narration') pending.a.kind = 'indirect';
        this.untitled = null;
        return;
      }
    }
    if (pending && a.index - pending.a.index >= 2) this.untitled = null;
    // "The UN envoy for Libya has invited both camps to talks. Ingrid Halvorsen said ...": a titled subject that acts
    // rather than speaks is named the same way
    const acting = !attr && a.kind === 'narration' ? clauseSubject(a.tokens, this.gaz)?.ref : null;
    const ref = attr && !attr.negated ? attr.ref : acting?.type === 'role' && acting.actor ? acting : null;
    if (ref?.type === 'role' && !ref.indefinite && !ref.counterpart && !a.speaker?.person && a.kind !== 'direct_quote')
      this.untitled = { a, role: ref.role, actor: ref.actor ?? a.speaker?.actor ?? null };
  }

  /** The statements read so far, newest last: "the country's" looks back through them for a state as subject. */
  private readonly read: Token[][] = [];

  /** The state last named as a sentence's subject ("Chad has given French troops ..."), for "the country's". */
  private lastSubjectState(): string | null {
    for (let i = this.read.length - 1; i >= 0; i--) {
      const subject = clauseSubject(this.read[i]!, this.gaz)?.ref;
      if (subject?.type === 'state' && subject.actor) return subject.actor;
    }
    return null;
  }

  /**
   * The state or body "its" refers to at the start of a subject: the subject of the clause it tags ("South Korea will
   * stay away, its foreign ministry said"), else of the sentence before ("Peru's government is silent. Its envoy said").
   */
  private itsOwner(tokens: Token[], subject: [number, number]): string | null {
    if (tokens[subject[0]]?.lower !== 'its') return null;
    const here = this.itsOwnerHere(tokens, subject);
    if (here) return here;
    const before = this.read[this.read.length - 1];
    const cs = before && before !== tokens ? clauseSubject(before, this.gaz) : null;
    return cs && (cs.ref.type === 'state' || cs.ref.type === 'institution') ? cs.ref.actor : null;
  }

  /** The subject of the clause an "its" subject follows in the same sentence ("The KNU accused ..., and its spokesman"). */
  private itsOwnerHere(tokens: Token[], [from]: [number, number]): string | null {
    if (tokens[from]?.lower !== 'its') return null;
    const cs = clauseSubject(tokens, this.gaz);
    if (cs && cs.end <= from) return cs.ref.type === 'state' || cs.ref.type === 'institution' ? cs.ref.actor : null;
    // (an analyst's target, named by a proper name, as that subject)
    const s = clauseStart(tokens);
    const k = tokens[s]?.lower === 'the' ? s + 1 : s;
    const m = tokens[k]?.ent;
    const acts = tokens[m?.end ?? -1]?.kind === 'word' && !tokens[m!.end]!.cap;
    return m && m.start === k && m.end < from && tokens[k]!.cap && m.entity.kind !== 'territory' && acts
      ? m.entity.id
      : null;
  }

  /** The body already in the story whose name stands before a title ("Greens defence spokeswoman Mara Donnelly"). */
  private bodyInTitle(tokens: Token[], [from]: [number, number], name: Token | undefined): string | null {
    const end = name ? tokens.indexOf(name) : -1;
    for (let k = from; k < end; k++) {
      const word = tokens[k]!.cap ? tokens[k]!.text : null;
      const body = word ? this.registry.institutions.find((i) => i.actor && i.name === word) : undefined;
      if (body) return body.actor;
    }
    return null;
  }

  /** The person an interview's "A:" turns are by, once the first answer has found them. */
  private interviewee: Person | null = null;

  private untitled: { a: StatementAnalysis; role: string | null; actor: string | null } | null = null;

  /** The story's home state, for "the government" or "the authorities" that no state is named with. */
  private homeGovernment(ref: SubjectRef): string | null {
    if (ref.type !== 'group' || ref.actor || !STATE_BODIES.has(ref.head ?? '')) return null;
    return this.dateline ?? this.opening;
  }

  /** The state of the dateline ("KYIV, June 3 (Wire) -"): where an official given no state most likely serves. */
  private dateline: string | null = null;
  /** The state or body whose act opens the story ("Japan's Ministry of Foreign Affairs issued ..."). */
  private opening: string | null = null;

  constructor(
    private readonly body: string,
    private readonly gaz: Gazetteer,
  ) {
    this.registry = new PeopleRegistry(gaz.people);
  }

  private resolve(ref: SubjectRef, index: number, tokens: Token[], subject?: [number, number]): Speaker | null {
    const reg = this.registry;
    // "The country's foreign minister": the state the story's last sentences were about, not one the speaker names
    if ((ref.type === 'role' || ref.type === 'person') && !ref.actor && subject && namesTheCountry(tokens, subject)) {
      const state = this.lastSubjectState();
      if (state) ref = { ...ref, actor: state };
    }
    switch (ref.type) {
      case 'person': {
        // "Its spokesperson, Rohan Gill,", "the agency's representative, Ana Ruiz,": the body named just before
        const owner =
          ref.actor || !subject
            ? null
            : (this.itsOwnerHere(tokens, subject) ??
              this.ownerBody(tokens, subject) ??
              this.itsOwner(tokens, subject) ??
              this.bodyInTitle(tokens, subject, ref.name[0]));
        const p = reg.observe(ref.name, { role: ref.role, actor: ref.actor ?? owner, gender: ref.gender }, index);
        // "Foreign Minister Olena Marchuk" in a story opened by Ukraine or datelined Kyiv: an unmarked title is the home one
        const home = preposedPlace(tokens) ?? this.opening ?? this.dateline;
        if (!p.actor && ref.role && ref.role !== 'expert' && home) p.homeHint ??= home;
        return { person: p, institution: null, label: null, actor: null };
      }
      case 'pronoun': {
        const p = reg.resolvePronoun(ref.gender);
        if (p && !p.gender) p.gender = ref.gender;
        return p ? { person: p, institution: null, label: null, actor: null } : null;
      }
      case 'role': {
        // "a spokesman for ...": someone unnamed, never a person named before
        const p = ref.indefinite ? undefined : reg.resolveRole(ref, this.last?.person ?? null);
        if (p) {
          if (ref.actor && !p.actor) p.actor = ref.actor;
          if (ref.role) p.roles.add(ref.role);
          return { person: p, institution: null, label: null, actor: null };
        }
        // an envoy never named but whose state is given: attributed, with no name to give; with neither, narration
        return ref.actor ? { person: null, institution: null, label: null, actor: ref.actor } : null;
      }
      case 'institution': {
        // "The group said": the rights group, party or agency that spoke, or whose member spoke, just before
        const recent = this.lastOrganisation;
        // (one that spoke longer ago is no antecedent: "the group" is then an unnamed institution, as below)
        if (
          ref.generic &&
          !ref.actor &&
          ORGANISATION_HEADS.has(ref.name.toLowerCase()) &&
          recent &&
          index - recent.index <= 3
        ) {
          const inst = reg.observeInstitution(recent.actor, 'organisation', recent.actor, false, index);
          return { person: null, institution: inst, label: null, actor: null };
        }
        // "In Manila, the Department of Foreign Affairs said": an unmarked institution speaks for the place it is in
        const actor = ref.actor ?? preposedPlace(tokens) ?? (subject ? this.itsOwner(tokens, subject) : null);
        const inst = reg.observeInstitution(ref.name, ref.category, actor, ref.generic, index);
        return { person: null, institution: inst, label: null, actor: null };
      }
      case 'group':
        // "the statement said": the statement just introduced, a joint one ("in a joint statement") or a speaker's own
        if (!ref.definite || !STATEMENT_NOUNS.has(ref.head ?? '')) return null;
        // (the parties together are no single speaker: never the voice of a quote that follows, see `anonymous`)
        if (this.jointStatement)
          return { person: null, institution: null, label: null, actor: JOINT_ACTOR, anonymous: true };
        return this.recent ?? this.last;
      case 'impersonal': {
        // "China's embassy said ... It said ...": the body that spoke last in reading order, also earlier in this paragraph
        const prev = this.recent ?? this.last;
        return prev?.institution ? prev : null;
      }
      default:
        return null;
    }
  }

  private touch(s: Speaker | null, index: number): void {
    const actor = s?.person?.actor ?? s?.institution?.actor ?? null;
    if (actor && baseEntity(actor)?.kind !== 'state') this.lastOrganisation = { actor, index };
    if (s?.person) {
      s.person.salience = index;
      s.person.lastSpeaker = index;
    }
    if (s?.institution) s.institution.last = index;
  }

  /** Attributes a transcript paragraph ("Spokesperson Lan: ...", "Question (AFP): ...", or a turn going on); false otherwise. */
  private transcript(drafts: Draft[], paragraphIndex: number): boolean {
    const first = drafts[0];
    if (!first) return false;
    const turn = transcriptTurn(first.a.tokens, this.gaz, this.turns > 0, this.interviewers);
    // who holds the briefing: the body whose act opens it, else the capital its preamble names ("at the Palace, Lima")
    // (the first paragraph's subject is already read as the story's opening)
    if (!turn && !this.turns && paragraphIndex < 3 && !this.host) {
      const opener = paragraphIndex === 0 ? this.opening : this.openingBody(first.a.tokens);
      this.host = opener ?? capitalNamed(first.a.tokens);
    }
    if (turn) {
      this.turns++;
      let speaker = turn.ref ? this.resolve(turn.ref, first.a.index, first.a.tokens) : null;
      // an interview's "A:": the person the introduction presents, the same one through the interview
      if (!speaker && turn.answer) {
        this.interviewee ??= this.registry.mostSalient() ?? this.registry.latestNamed() ?? null;
        if (this.interviewee) speaker = { person: this.interviewee, institution: null, label: null, actor: null };
      }
      // the briefing's spokesperson speaks for whoever holds it
      if (speaker?.person && !speaker.person.actor && this.host && !turn.question) speaker.person.actor = this.host;
      if (speaker) {
        this.touch(speaker, first.a.index);
        this.last = speaker;
      }
      if (turn.askerHome) this.askerHomes.set(turn.askerHome, (this.askerHomes.get(turn.askerHome) ?? 0) + 1);
      if (speaker?.person && !turn.question) this.answerers.add(speaker.person);
      first.a.subject = [0, turn.colon + 1];
      this.turn = { turn, speaker };
      applyTurn(drafts, speaker, turn.question);
      return true;
    }
    // an answer that goes on in the next paragraph, in a transcript of at least two turns, with no voice of its own
    const own = drafts.some((d) => d.attr || d.direct || d.a.tokens.some((t) => t.mark));
    if (this.turn && this.turns >= 2 && !own && paragraphIndex > 0) {
      applyTurn(drafts, this.turn.speaker, this.turn.turn.question);
      return true;
    }
    this.turn = null;
    return false;
  }

  /**
   * A briefing whose host no sentence names ("Spokesperson X: ...", questions from "Dawn:", "Geo News:"): its
   * spokespeople speak for the state whose press asked most of the questions, where at least two did and no other as many.
   */
  settleBriefingHost(): void {
    if (this.host) return;
    let best: string | null = null;
    let most = 1;
    let tie = false;
    for (const [state, n] of this.askerHomes) {
      if (n > most) [best, most, tie] = [state, n, false];
      else if (n === most) tie = true;
    }
    if (!best || tie) return;
    for (const p of this.answerers) p.actor ??= best;
  }

  /** Attributes the statements of one paragraph; `firstIndex` is the article-wide index of its first sentence. */
  paragraph(p: ParagraphSpan, paragraphIndex: number, firstIndex: number): StatementAnalysis[] {
    const quotes = outermost(scanQuotes(this.body, p.start, p.end));
    const drafts: Draft[] = p.sentences.map((s, k) => {
      const index = firstIndex + k;
      // word classes are set as the words are read
      const tokens = tokenize(this.body, s.start, s.end, quotes, KNOWN_WORDS);
      this.gaz.annotate(tokens);
      collectPeople(tokens, this.gaz, this.registry, index);
      const attr = findAttribution(tokens, this.gaz);
      const layout = quoteLayout(tokens, s.start, quotes);
      const a: StatementAnalysis = {
        index,
        paragraph: paragraphIndex,
        start: s.start,
        end: s.end,
        text: this.body.slice(s.start, s.end),
        tokens,
        attribution: attr,
        kind: 'narration',
        speaker: null,
        narrationActor: null,
        positionVerb: -1,
        subject: attr ? attr.subject : null,
      };
      return { a, attr, speaker: null, direct: layout.direct, span: layout.span, opens: !!layout.opens } as Draft & {
        span: QuoteSpan | null;
      };
    }) as (Draft & { span: QuoteSpan | null })[];
    if (!this.dateline && paragraphIndex < 2 && drafts[0]) this.dateline = datelineState(drafts[0].a.tokens, this.gaz);
    if (paragraphIndex === 0 && drafts[0]) this.opening = this.openingBody(drafts[0].a.tokens);

    const turn = this.transcript(drafts, paragraphIndex);
    // an interview's introduction names who asks ("spoke to the Andes Review") before the first turn
    if (!turn && !this.turns && paragraphIndex < 3)
      for (const d of drafts) for (const key of interviewersNamed(d.a.tokens)) this.interviewers.add(key);
    if (turn) return drafts.map((d) => d.a);

    // speakers of quotations: the attribution of any sentence the quotation runs through
    const spanSpeaker = new Map<QuoteSpan, Speaker | null>();
    for (const d of drafts) {
      const { a, attr } = d;
      let speaker: Speaker | null = null;
      const personLike =
        attr &&
        !attr.negated &&
        (['person', 'pronoun', 'role', 'institution', 'impersonal'].includes(attr.ref.type) ||
          (attr.ref.type === 'group' && !!attr.ref.definite && STATEMENT_NOUNS.has(attr.ref.head ?? '')));
      if (attr && personLike) speaker = this.resolve(attr.ref, a.index, a.tokens, attr.subject);
      this.noteStatementIntroduced(a.tokens);
      this.read.push(a.tokens);
      d.speaker = speaker;
      if (speaker) {
        this.touch(speaker, a.index);
        this.recent = speaker;
      } else if (mayNamePerson(a.tokens)) {
        const cs = clauseSubject(a.tokens, this.gaz);
        if (cs?.ref.type === 'person') {
          const person = this.registry.observe(
            cs.ref.name,
            { role: cs.ref.role, actor: cs.ref.actor, gender: cs.ref.gender },
            a.index,
          );
          person.salience = a.index;
        }
      }
      for (const q of quotes) {
        if (q.close > a.start && q.open < a.end && speaker && !spanSpeaker.get(q)) spanSpeaker.set(q, speaker);
      }
    }

    let paragraphQuoteSpeaker: Speaker | null = null;
    for (const d of drafts) {
      const { a, attr } = d;
      if (!d.speaker && attr && !attr.negated && attr.ref.type === 'role' && !attr.ref.indefinite) {
        // "the Indian defence minister said ... Arvind Rao described ... The minister said": a title whose holder an
        // earlier sentence of this paragraph named only once that sentence was read
        const named = this.resolve(attr.ref, a.index, a.tokens, attr.subject);
        if (named?.person) {
          d.speaker = named;
          this.touch(named, a.index);
        }
      }
      const home = attr && !attr.negated ? this.homeGovernment(attr.ref) : null;
      const span = (d as Draft & { span: QuoteSpan | null }).span;
      // a short quote that opens the sentence and is then attributed ("“We agree,” Khan said") is still a quote
      if (d.direct || ((d as { opens?: boolean }).opens && d.speaker)) {
        let speaker = d.speaker ?? (span ? (spanSpeaker.get(span) ?? null) : null);
        const group = attr && !attr.negated && (attr.ref.type === 'group' || attr.ref.type === 'state');
        // a quote attributed to someone never named ("a spokesman said") is not the previous speaker's
        const unnamed = !!attr && !attr.negated && attr.ref.type === 'role' && !!attr.ref.indefinite;
        if (!speaker && !group && !unnamed)
          speaker = paragraphQuoteSpeaker ?? (this.lastWasAttributed || a.paragraph > 0 ? this.last : null);
        a.kind = 'direct_quote';
        a.speaker = group && !d.speaker ? null : speaker;
        if (group && attr.ref.type !== 'impersonal') a.narrationActor = 'actor' in attr.ref ? attr.ref.actor : null;
        if (a.speaker) {
          paragraphQuoteSpeaker = a.speaker;
          this.touch(a.speaker, a.index);
        }
      } else if (d.speaker) {
        a.kind = 'indirect';
        a.speaker = d.speaker;
      } else if (attr && !attr.negated && isAnonymousSource(attr.ref) && !reportedImpersonally(a.tokens)) {
        // "officials said", "according to two people familiar with": reported speech, by whom the source is said to be
        a.kind = 'indirect';
        const actor = 'actor' in attr.ref ? attr.ref.actor : null;
        a.speaker = { person: null, institution: null, label: null, actor, anonymous: true };
        // "sources in the Foreign Office": the office's state, once actor inference has found it
        const body = attr.ref.type === 'group' ? attr.ref.body : undefined;
        if (!actor && body)
          a.speaker.body = this.registry.observeInstitution(body.name, body.category, null, body.generic, a.index);
      } else if (attr && !attr.negated && (attr.ref.type === 'state' || attr.ref.type === 'group') && attr.ref.actor) {
        a.kind = 'narration';
        a.narrationActor = attr.ref.actor;
        a.positionVerb = attr.cue;
        this.lastBody = { actor: attr.ref.actor, index: a.index };
      } else if (attr && home) {
        // "..., the government announced" in a story datelined Oslo or opened by Norway: that state's government
        a.kind = 'narration';
        a.narrationActor = home;
        a.positionVerb = attr.cue;
      } else if (attr && !attr.negated && this.refersToLastBody(attr.ref) && a.index - this.lastBody!.index <= 3) {
        // "It called on ...", "The group said ...": the state or body that spoke just before
        a.kind = 'narration';
        a.narrationActor = this.lastBody!.actor;
        a.positionVerb = attr.cue;
      } else if (attr && !attr.negated && (attr.ref.type === 'state' || attr.ref.type === 'group')) {
        a.kind = 'narration';
        a.narrationActor = attr.ref.actor;
        a.positionVerb = attr.cue;
      }
      this.nameTheTitle(a, attr);
      // an unnamed source is never the "he" or the speaker of an unattributed quote that follows
      if (a.speaker && !a.speaker.anonymous) this.last = a.speaker;
      this.lastWasAttributed = !!a.speaker && !a.speaker.anonymous;
    }
    return drafts.map((d) => d.a);
  }
}

/** A paragraph of a briefing transcript: every sentence is the turn's speaker's own words. */
function applyTurn(drafts: Draft[], speaker: Speaker | null, question: boolean): void {
  for (const d of drafts) {
    d.a.kind = 'direct_quote';
    d.a.speaker = speaker;
    d.a.question = question;
  }
}

export function attributeArticle(
  body: string,
  paragraphs: ParagraphSpan[],
  gaz: Gazetteer,
): { statements: StatementAnalysis[]; registry: PeopleRegistry } {
  const attributor = new StatementAttributor(body, gaz);
  const statements: StatementAnalysis[] = [];
  paragraphs.forEach((p, i) => statements.push(...attributor.paragraph(p, i, statements.length)));
  attributor.settleBriefingHost();
  return { statements, registry: attributor.registry };
}

/** The state named by a dateline that opens a paragraph ("KYIV, June 3 (Wire) -", "NEW DELHI:"), or null. */
function datelineState(tokens: Token[], gaz: Gazetteer): string | null {
  let end = 0;
  while (end < tokens.length && end < 4 && tokens[end]!.kind === 'word' && tokens[end]!.upper) end++;
  if (!end || !tokens.slice(end, end + 10).some((t) => [':', '—', '–', '-'].includes(t.text))) return null;
  // a dateline is printed in capitals: read it as a name is written
  const name = tokens
    .slice(0, end)
    .map((t) => asWritten(t.text))
    .join(' ');
  const place = tokenize(name, 0, name.length, [], KNOWN_WORDS);
  const m = gaz.annotate(place)[0];
  return m && m.start === 0 && m.entity.kind === 'state' ? m.entity.id : null;
}

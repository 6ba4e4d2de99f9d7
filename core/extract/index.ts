// Entry point of the extraction engine: body text in, attributed statements with stances out. Pure code.
import { inferActors } from './actor-inference';
import { attributeArticle } from './attribute-statements';
import { claimTypeOf } from './claim-type';
import { claimGate, extractClaims } from './claims';
import { Gazetteer } from './gazetteer';
import { segmentParagraphs } from './sentence-segmenter';
import { StanceAssigner } from './stance';
import { speakerActor, speakerName } from './statement-analysis';
import type { KnownPerson } from './known-people';
import type { ActorDef, ExtractOptions, Extraction, TargetDef } from './types';

export type { KnownPerson } from './known-people';
export type { ExtractOptions, Extraction, ExtractedStatement, ExtractedStance, TargetDef, ActorDef } from './types';

/** Version stamp stored with each article, so re-extraction knows which engine produced a row. */
export const EXTRACTOR_VERSION = '0.3.0';

/** The last gazetteer built, reused while the analyst's targets and actors stay the same (they rarely change). */
let cached: {
  key: string;
  gaz: Gazetteer;
  targets?: TargetDef[];
  actors?: ActorDef[];
  people?: KnownPerson[];
} | null = null;

function gazetteerFor(options: ExtractOptions): Gazetteer {
  // the same arrays as last time (one settings object for a whole import) need no key at all
  if (
    cached &&
    cached.targets === options.targets &&
    cached.actors === options.actors &&
    cached.people === options.people
  ) {
    return cached.gaz;
  }
  const key = JSON.stringify([options.targets ?? [], options.actors ?? [], options.people ?? []]);
  if (cached?.key !== key) cached = { key, gaz: new Gazetteer(options.targets, options.actors, options.people) };
  cached.targets = options.targets;
  cached.actors = options.actors;
  cached.people = options.people;
  return cached.gaz;
}

export function extract(body: string, options: ExtractOptions = {}): Extraction {
  const gaz = gazetteerFor(options);
  const paragraphs = segmentParagraphs(body);
  const { statements, registry } = attributeArticle(body, paragraphs, gaz);
  inferActors(statements, registry, gaz);
  const stances = new StanceAssigner(body, gaz, statements);
  return {
    statements: statements.map((a) => {
      const actor = a.speaker ? speakerActor(a.speaker) : a.narrationActor;
      const claims = extractClaims(a.text, claimGate(a.text, a.tokens));
      return {
        start: a.start,
        end: a.end,
        text: a.text,
        kind: a.kind,
        speaker: speakerName(a.speaker),
        actor,
        stances: stances.assign(a, actor),
        claimType: claimTypeOf(a.tokens, a.kind, !!a.speaker || !!actor, claims),
        claims,
      };
    }),
  };
}

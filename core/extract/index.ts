// Entry point of the extraction engine: body text in, attributed statements with stances out. Pure code.
import { inferActors } from './actor-inference';
import { attributeArticle } from './attribute-statements';
import { claimTypeOf } from './claim-type';
import { claimGate, extractClaims } from './claims';
import { Gazetteer } from './gazetteer';
import { GazetteerCache } from './gazetteer-cache';
import { segmentParagraphs } from './sentence-segmenter';
import { StanceAssigner } from './stance';
import { speakerActor, speakerName } from './statement-analysis';
import type { ExtractOptions, Extraction } from './types';

export type { KnownPerson } from './known-people';
export type { ExtractOptions, Extraction, ExtractedStatement, ExtractedStance, TargetDef, ActorDef } from './types';

/** Version stamp stored with each article, so re-extraction knows which engine produced a row. */
export const EXTRACTOR_VERSION = '0.3.0';

/**
 * The engine as a caller owns it (one per database, made at start-up): the gazetteer built for the analyst's targets is
 * kept here across calls, so two extractors, or two tests, never share one.
 */
export class Extractor {
  private readonly gazetteers = new GazetteerCache();

  extract(body: string, options: ExtractOptions = {}): Extraction {
    return extractWith(body, this.gazetteers.for(options));
  }
}

/** One extraction with a gazetteer built for it alone; callers that extract many articles keep an `Extractor`. */
export function extract(body: string, options: ExtractOptions = {}): Extraction {
  return extractWith(body, new Gazetteer(options.targets, options.actors, options.people));
}

function extractWith(body: string, gaz: Gazetteer): Extraction {
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

// The gazetteer last built for an analyst's targets, actors and people, kept by its owner (an Extractor), never by the module.
import { Gazetteer } from './gazetteer';
import type { KnownPerson } from './known-people';
import type { ActorDef, ExtractOptions, TargetDef } from './types';

/** Reuses one gazetteer while the targets, actors and people stay the same (they rarely change). */
export class GazetteerCache {
  private cached: {
    key: string;
    gaz: Gazetteer;
    targets?: TargetDef[];
    actors?: ActorDef[];
    people?: KnownPerson[];
  } | null = null;

  /** The gazetteer for these options: the last one when they are equal to the last, else a new one. */
  for(options: ExtractOptions): Gazetteer {
    const cached = this.cached;
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
    const next =
      cached?.key === key ? cached : { key, gaz: new Gazetteer(options.targets, options.actors, options.people) };
    next.targets = options.targets;
    next.actors = options.actors;
    next.people = options.people;
    this.cached = next;
    return next.gaz;
  }
}

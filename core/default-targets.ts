// The targets every new database starts with (Afghanistan, the United States, India), and merging an analyst's list over them.
import type { TargetDef } from './extract/types';

export const DEFAULT_TARGETS: TargetDef[] = [
  { id: 'afghanistan', label: 'Afghanistan', aliases: ['Afghanistan', 'Afghan', 'Afghans', 'Kabul'] },
  {
    id: 'us',
    label: 'United States',
    aliases: ['United States', 'US', 'U.S.', 'USA', 'America', 'American', 'Americans', 'Washington'],
  },
  { id: 'india', label: 'India', aliases: ['India', 'Indian', 'Indians', 'New Delhi', 'Delhi'] },
];

/** A `{"<target id>": ["alias", ...]}` map (the `--targets` file and a gold file's targets) as target definitions. */
export function targetsFromMap(map: Record<string, string[]>): TargetDef[] {
  return Object.entries(map).map(([id, aliases]) => ({
    id,
    label: aliases[0] ?? id,
    aliases: aliases.length ? aliases : [id],
  }));
}

/** Merges the analyst's targets over the defaults, the analyst's entry winning on the same id. */
export function mergeTargets(extra: TargetDef[]): TargetDef[] {
  const byId = new Map(DEFAULT_TARGETS.map((t) => [t.id, t]));
  for (const t of extra) byId.set(t.id, t);
  return [...byId.values()];
}

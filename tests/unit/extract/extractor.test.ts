// An Extractor owns its gazetteer cache: two extractors (two databases, two tests) never see each other's targets.
import { describe, expect, test } from 'vitest';
import { extract, Extractor } from '../../../core/extract';
import { mergeTargets } from '../../../core/default-targets';

const TEXT = 'Foreign Minister Hamid Karimi of Iran said the sanctions on the Kestrel pipeline must be lifted.';
const PIPELINE = { id: 'kestrel', label: 'Kestrel pipeline', aliases: ['Kestrel pipeline', 'the Kestrel pipeline'] };
const SANCTIONS = { id: 'sanctions', label: 'Sanctions', aliases: ['sanctions', 'the sanctions'] };

const targetsOf = (x: { extract: Extractor['extract'] }, targets: (typeof PIPELINE)[]): string[] =>
  x.extract(TEXT, { targets: mergeTargets(targets) }).statements.flatMap((s) => s.stances.map((st) => st.target));

describe('Extractor', () => {
  test('two extractors with different targets do not leak into each other, in whatever order they run', () => {
    const a = new Extractor();
    const b = new Extractor();
    for (let round = 0; round < 2; round++) {
      expect(targetsOf(a, [PIPELINE])).toContain('kestrel');
      expect(targetsOf(b, [SANCTIONS])).not.toContain('kestrel');
      expect(targetsOf(b, [SANCTIONS])).toContain('sanctions');
      expect(targetsOf(a, [PIPELINE])).not.toContain('sanctions');
    }
  });

  test('an extractor whose targets change uses the new ones, and gives what a one-off extraction gives', () => {
    const x = new Extractor();
    const withPipeline = { targets: mergeTargets([PIPELINE]) };
    const without = { targets: mergeTargets([]) };
    expect(x.extract(TEXT, withPipeline)).toEqual(extract(TEXT, withPipeline));
    expect(x.extract(TEXT, without)).toEqual(extract(TEXT, without));
    expect(targetsOf(x, [])).not.toContain('kestrel');
    // an equal target list in a new array is the same gazetteer's business
    expect(x.extract(TEXT, { targets: mergeTargets([PIPELINE]) })).toEqual(extract(TEXT, withPipeline));
  });
});

// No import cycles in the shipped code or its tooling: a cycle (even through `import type`) hides which comes first.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from '../../support/import-graph';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('import cycles', () => {
  it('finds a cycle in a graph that has one, and none in a chain', () => {
    const ring = new Map([
      ['a.ts', new Set(['b.ts'])],
      ['b.ts', new Set(['c.ts'])],
      ['c.ts', new Set(['a.ts'])],
      ['d.ts', new Set(['a.ts'])],
    ]);
    expect(importCycles(ring)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    const chain = new Map([
      ['a.ts', new Set(['b.ts'])],
      ['b.ts', new Set<string>()],
    ]);
    expect(importCycles(chain)).toEqual([]);
  });

  it('reads static, type-only and dynamic imports of the real tree', () => {
    const graph = importGraph(ROOT);
    expect(graph.get('core/extract/token.ts')).toContain('core/extract/entity-types.ts');
    expect(graph.get('services/pdf-printer.ts')).toContain('services/chromium-pdf-printer.ts');
    expect(graph.get('renderer/stores/tags.ts')).toContain('renderer/stores/edits.ts');
  });

  it('finds none in core/, db/, services/, the hosts, the CLI and the renderer', () => {
    expect(importCycles(importGraph(ROOT))).toEqual([]);
  });

  it('finds none in the tooling either: bench/, scripts/ and tests/ with what they import', () => {
    const graph = importGraph(ROOT, ['bench', 'scripts', 'tests', 'core', 'db', 'services', 'server', 'cli']);
    expect(graph.get('tests/support/cli.ts')).toContain('scripts/build-cli.mjs');
    expect(importCycles(graph)).toEqual([]);
  });
});

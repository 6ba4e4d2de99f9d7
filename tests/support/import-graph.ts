// The import graph of some folders (static, dynamic and type-only imports of relative paths) and its cycles.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

export type ImportGraph = Map<string, Set<string>>;

const SHIPPED = ['core', 'db', 'services', 'server', 'cli', 'electron', 'renderer'];
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function resolveImport(root: string, from: string, spec: string): string | null {
  const base = resolve(root, dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.vue`, `${base}/index.ts`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate);
  }
  return null;
}

/** Every tracked (or new, not ignored) .ts, .vue and .mjs file of the folders (default: shipped), with its imports. */
export function importGraph(root: string, folders: readonly string[] = SHIPPED): ImportGraph {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '--', ...folders], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((f) => /\.(ts|vue|mjs)$/.test(f) && existsSync(resolve(root, f)));
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const deps = new Set<string>();
    for (const m of readFileSync(resolve(root, file), 'utf8').matchAll(IMPORT)) {
      const target = resolveImport(root, file, m[1]!);
      if (target) deps.add(target);
    }
    graph.set(file, deps);
  }
  return graph;
}

/** The strongly connected groups of more than one file (or a file importing itself): each is an import cycle. */
export function importCycles(graph: ImportGraph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || graph.get(v)!.has(v)) cycles.push(group.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

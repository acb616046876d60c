/**
 * The folder structure the README describes: data flows one way, so no two
 * folders of src/ import each other (directly or round a longer loop), and the
 * shared tables are leaves that import only the schema model and locales.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The top-level folder of a file under src/ ('.' for files directly in src/). */
const folderOf = (file: string): string => {
  const parts = relative(SRC, file).split('/');
  return parts.length > 1 ? parts[0]! : '.';
};

/** folder → folders it imports from (relative imports only; packages are not folders of ours). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const to = folderOf(resolve(dirname(file), m[1]!));
      if (to === from) continue;
      graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

/** A loop of folders, if the graph has one. */
function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (n: string): string[] | undefined => {
    if (state.get(n) === 'open') return [...path.slice(path.indexOf(n)), n];
    if (state.get(n) === 'done') return undefined;
    state.set(n, 'open');
    path.push(n);
    for (const m of graph.get(n) ?? []) {
      const c = visit(m);
      if (c) return c;
    }
    path.pop();
    state.set(n, 'done');
    return undefined;
  };
  for (const n of graph.keys()) {
    const c = visit(n);
    if (c) return c;
  }
  return undefined;
}

describe('folder structure', () => {
  const graph = folderGraph();

  it('has a data → lifecycle edge (so the cycle check below sees real imports)', () => {
    expect(graph.get('data')?.has('lifecycle')).toBe(true);
  });

  it('has no import cycle between folders', () => {
    expect(findCycle(graph)).toBeUndefined();
  });

  it('keeps the shared tables leaves: they import only the schema model and locales', () => {
    expect([...(graph.get('shared') ?? [])].sort()).toEqual(['locale', 'schema']);
  });

  it('finds a loop when there is one (the checker itself works)', () => {
    const g = new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])]]);
    expect(findCycle(g)).toEqual(['a', 'b', 'c', 'a']);
  });
});

/**
 * The ips-mock command owns its process, so it sets how its heap grows. Left to its defaults, V8 lets the
 * old generation grow to several times the live data between full collections and compacts it only now
 * and then: under the benchmark's mixed load over 2,000 companies (~112 MB of live heap, ~46 MB of
 * buffers) the RSS rose past 630 MB and kept rising. Growing the heap by at most GROWING_PERCENT between
 * full collections, and compacting at each one, keeps the RSS under 300 MB and level over 100,000 further
 * requests, for a little more CPU per request (bench/RESULTS.md "Memory", docs/decisions.md §15).
 *
 * Set at run time by the command's loader (cli-loader.ts), after the bundle is compiled with its code cache
 * (which V8 takes only under the flags it was written with) and before the server starts: V8 reads both
 * flags at each full collection. startIpsMock()
 * in someone else's process (a test runner) leaves that process's V8 settings alone, and a heap flag the
 * user gives Node (its arguments or NODE_OPTIONS) wins over ours.
 */
import { setFlagsFromString } from 'node:v8';

const GROWING_PERCENT = 30;
const SERVER_HEAP_FLAGS = `--heap-growing-percent=${GROWING_PERCENT} --compact-on-every-full-gc`;

/** Node options that already size the heap or set how it grows or compacts: with any of them the user has chosen. */
const USER_HEAP_FLAG =
  /^--(?:no-)?(?:optimize[-_]for[-_]size|heap[-_]growing[-_]percent|max[-_]old[-_]space[-_]size|max[-_]heap[-_]size|compact[-_]on[-_]every[-_]full[-_]gc)(?:=|$)/;

/** The V8 flags the command sets, or undefined when Node's own arguments or NODE_OPTIONS already choose. */
export function serverHeapFlags(execArgv: readonly string[], nodeOptions: string | undefined): string | undefined {
  const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)];
  return given.some((a) => USER_HEAP_FLAG.test(a)) ? undefined : SERVER_HEAP_FLAGS;
}

/** Applies serverHeapFlags to this process (the command calls it first thing). */
export function tuneServerHeap(): void {
  const flags = serverHeapFlags(process.execArgv, process.env.NODE_OPTIONS);
  if (flags !== undefined) setFlagsFromString(flags);
}

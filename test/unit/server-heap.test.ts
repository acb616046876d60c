/**
 * The command's own heap settings (README "Memory"): the heap grows by at most 30 % between full
 * collections, each of which compacts, unless the user already chose how the heap is sized, grows or
 * compacts, in node's arguments or NODE_OPTIONS.
 */
import { describe, expect, it } from 'vitest';
import { serverHeapFlags } from '../../src/server-heap.js';

const OURS = '--heap-growing-percent=30 --compact-on-every-full-gc';

describe('serverHeapFlags', () => {
  it('grows the heap by at most 30 % and compacts at each full collection when Node was given no heap flag', () => {
    expect(serverHeapFlags([], undefined)).toBe(OURS);
    expect(serverHeapFlags(['--enable-source-maps'], '--trace-warnings  --no-deprecation')).toBe(OURS);
  });
  it('leaves the heap to the user who sized it or set how it grows, in the arguments or NODE_OPTIONS', () => {
    const theirs = ['--max-old-space-size=512', '--max_old_space_size=512', '--heap-growing-percent=50', '--no-optimize-for-size', '--optimize-for-size', '--max-heap-size=300', '--no-compact-on-every-full-gc'];
    for (const flag of theirs) {
      expect(serverHeapFlags([flag], undefined)).toBeUndefined();
      expect(serverHeapFlags([], `--trace-warnings ${flag}`)).toBeUndefined();
    }
  });
  it('is not fooled by a flag that only starts like one', () => {
    expect(serverHeapFlags(['--max-old-space-sizes=1'], '--optimize-for-sizeable')).toBe(OURS);
  });
});

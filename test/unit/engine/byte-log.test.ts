/** The journal's byte log: parts appended together, read back by position, let go from the front a buffer at a time. */
import { describe, expect, it } from 'vitest';
import { ByteLog } from '../../../src/engine/byte-log.js';

const MiB = 1 << 20;

describe('ByteLog', () => {
  it('reads back what was appended, strings as UTF-8, parts one after another', () => {
    const log = new ByteLog();
    const a = log.append(['héllo', Buffer.from([1, 2, 3])], [6, 3]);
    const b = log.append(['wörld'], [6]);
    expect(log.read(a, 6).toString('utf8')).toBe('héllo');
    expect([...log.read(a + 6, 3)]).toEqual([1, 2, 3]);
    expect(b).toBe(a + 9);
    expect(log.read(b, 6).toString('utf8')).toBe('wörld');
  });
  it('starts a new 1 MiB buffer when an entry does not fit, and a larger one for an entry larger than that', () => {
    const log = new ByteLog();
    const first = log.append([Buffer.alloc(MiB - 10, 1)], [MiB - 10]);
    const second = log.append([Buffer.alloc(20, 2)], [20]);
    expect(log.capacity).toBe(2 * MiB);
    expect([...log.read(second, 20)]).toEqual(Array(20).fill(2));
    expect(log.read(first, MiB - 10).every((x) => x === 1)).toBe(true);
    const big = log.append([Buffer.alloc(3 * MiB, 3)], [3 * MiB]);
    expect(log.capacity).toBe(5 * MiB);
    expect(log.read(big, 3 * MiB).length).toBe(3 * MiB);
  });
  it('lets go of buffers wholly before a position, never the one being written, and positions stay valid', () => {
    const log = new ByteLog();
    const positions = Array.from({ length: 5 }, (_, i) => log.append([Buffer.alloc(MiB / 2 + 1, i)], [MiB / 2 + 1]));
    expect(log.capacity).toBe(5 * MiB);
    log.release(positions[3]!);
    expect(log.capacity).toBe(2 * MiB);
    expect(log.read(positions[3]!, 4)[0]).toBe(3);
    expect(log.read(positions[4]!, 4)[0]).toBe(4);
    log.release(positions[4]! + 10 * MiB);
    expect(log.capacity).toBe(MiB);
    log.clear();
    expect(log.capacity).toBe(0);
    expect(log.read(log.append(['x'], [1]), 1).toString()).toBe('x');
  });
  it('reuses the buffers it let go for the next ones (a new buffer is external memory V8 waits a full collection to free)', () => {
    const log = new ByteLog();
    const first = log.append([Buffer.alloc(MiB, 1)], [MiB]);
    const firstMemory = log.read(first, 1).buffer;
    const second = log.append([Buffer.alloc(MiB, 2)], [MiB]);
    log.release(second);
    const third = log.append([Buffer.alloc(MiB, 3)], [MiB]);
    // Compared as a boolean: a failing toBe would print two 1 MiB buffers.
    expect(log.read(third, 1).buffer === firstMemory).toBe(true);
    expect(log.read(third, 1)[0]).toBe(3);
    expect(log.capacity).toBe(2 * MiB);
  });
});

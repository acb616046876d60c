/**
 * Bytes appended at the end and let go from the front, in large buffers: where the journal keeps its
 * records (as JSON) and their short bodies. Why not as objects: a journaled call kept ~35 small heap
 * objects alive for the next 1,000 calls, long enough for V8 to move every one of them to the old
 * generation, and under a write load that was most of the garbage collector's work (decisions §16).
 * Bytes in a buffer are not objects the collector traces or moves.
 */

/** Buffers are this large, or as large as one entry that does not fit in one. */
const CHUNK_BYTES = 1 << 20;
/**
 * Buffers let go are kept (this many at most) for the next ones: a new buffer is memory V8 counts
 * as external until a full collection frees the old one, and a new one every few hundred calls made
 * V8 run full collections twice as often (decisions §16).
 */
const SPARE_CHUNKS = 4;

export class ByteLog {
  private chunks: Buffer[] = [];
  private spare: Buffer[] = [];
  /** The position of each chunk's first byte. Positions only grow, so a kept position stays valid. */
  private starts: number[] = [];
  /** Bytes used in the last chunk. */
  private used = 0;

  /**
   * Appends the parts one after another in one chunk (strings as UTF-8); `lengths` are their sizes in
   * bytes, which the caller needs anyway. Returns the position of the first byte.
   */
  append(parts: ReadonlyArray<string | Uint8Array>, lengths: readonly number[]): number {
    let total = 0;
    for (const n of lengths) total += n;
    const chunk = this.room(total);
    const start = this.starts[this.starts.length - 1]! + this.used;
    parts.forEach((p, i) => {
      if (typeof p === 'string') chunk.write(p, this.used, 'utf8');
      else chunk.set(p, this.used);
      this.used += lengths[i]!;
    });
    return start;
  }

  /** The `length` bytes at `position` (a view, valid until release() passes it). */
  read(position: number, length: number): Buffer {
    let i = this.chunks.length - 1;
    while (i > 0 && this.starts[i]! > position) i--;
    const offset = position - this.starts[i]!;
    return this.chunks[i]!.subarray(offset, offset + length);
  }

  /** Lets go of every chunk that holds only bytes before `position` (kept as a spare, up to SPARE_CHUNKS). */
  release(position: number): void {
    let drop = 0;
    while (drop < this.chunks.length - 1 && this.starts[drop]! + this.chunks[drop]!.length <= position) drop++;
    if (drop === 0) return;
    for (const chunk of this.chunks.splice(0, drop)) if (chunk.length === CHUNK_BYTES && this.spare.length < SPARE_CHUNKS) this.spare.push(chunk);
    this.starts.splice(0, drop);
  }

  /** Lets go of everything; positions start again from 0 (the caller holds none any more). */
  clear(): void {
    this.chunks = [];
    this.spare = [];
    this.starts = [];
    this.used = 0;
  }

  /** Bytes held in buffers in use (spares not counted). */
  get capacity(): number {
    return this.chunks.reduce((n, c) => n + c.length, 0);
  }

  /** The last chunk if `length` more bytes fit in it, else a new one (the rest of the last stays unused). */
  private room(length: number): Buffer {
    const last = this.chunks[this.chunks.length - 1];
    if (last && last.length - this.used >= length) return last;
    const start = last ? this.starts[this.starts.length - 1]! + last.length : 0;
    // Unpooled: a pooled buffer would share its memory with unrelated small buffers.
    const chunk = (length <= CHUNK_BYTES ? this.spare.pop() : undefined) ?? Buffer.allocUnsafeSlow(Math.max(CHUNK_BYTES, length));
    this.chunks.push(chunk);
    this.starts.push(start);
    this.used = 0;
    return chunk;
  }
}

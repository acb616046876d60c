/**
 * One byte budget for data derived from jobs and held across companies (the
 * kept view of each active job, with the XML the serializer keeps for it, and
 * the files of each run), so what the mock holds does not grow with the
 * number of companies or jobs it has met (docs/decisions.md §15).
 *
 * Everything held under it is a cache of a pure function of (seed, run,
 * clock): dropping an entry only means computing it again, to the same value.
 * The least recently used entry goes first, whichever cache it belongs to, so
 * the budget follows what requests read now. Sizes are estimates (V8 does not
 * say how big an object is); they are kept in one place per kind of entry.
 */

/** Something held under a budget: its estimated size and how to let it go. */
interface Held {
  readonly bytes: number;
  /** Called when the budget drops it; must forget the value (and nothing else). */
  release(): void;
}

export class ByteBudget {
  /** Held entries, least recently used first (a Set keeps insertion order). */
  private readonly order = new Set<Held>();
  private total = 0;

  constructor(private max: number) {}

  get maxBytes(): number {
    return this.max;
  }

  /** A new limit, kept at once (tests shrink it to make every derived value be computed again). */
  resize(maxBytes: number): void {
    this.max = maxBytes;
    this.dropBeyond();
  }

  /** Holds `h` as the most recently used, then drops the least recently used beyond the budget (never `h` itself). */
  hold(h: Held): void {
    this.order.add(h);
    this.total += h.bytes;
    this.dropBeyond(h);
  }

  private dropBeyond(keep?: Held): void {
    for (const oldest of this.order) {
      if (this.total <= this.max || oldest === keep) break;
      this.forget(oldest);
      oldest.release();
    }
  }

  /** Marks `h` as just used. */
  touch(h: Held): void {
    if (this.order.delete(h)) this.order.add(h);
  }

  /** Stops counting `h` (its owner replaced or dropped it). */
  forget(h: Held): void {
    if (this.order.delete(h)) this.total -= h.bytes;
  }

  /** Estimated bytes held. */
  get bytes(): number {
    return this.total;
  }

  /** Entries held. */
  get entries(): number {
    return this.order.size;
  }
}

/**
 * The process-wide budget for per-job derived data. 64 MiB holds the views and files of a company with
 * 10,000 active jobs (the scale target: a getActiveJobs over more than fits must build every view again,
 * ~3× slower) and keeps 2,000 companies read near the memory target (docs/decisions.md §15).
 */
export const DERIVED_BYTES = 64 * 1024 * 1024;
export const derivedBudget = new ByteBudget(DERIVED_BYTES);

/**
 * A value derived from an object (a run), kept under a budget. The entry does not hold the object,
 * so a run its company dropped is collected with whatever is still kept for it.
 */
export class KeptPer<K extends object, V> {
  private readonly kept = new WeakMap<K, { value: V | undefined; readonly bytes: number; release(): void }>();

  constructor(private readonly budget: ByteBudget = derivedBudget) {}

  get(key: K): V | undefined {
    const e = this.kept.get(key);
    if (e?.value === undefined) return undefined;
    this.budget.touch(e);
    return e.value;
  }

  set(key: K, value: V, bytes: number): void {
    const old = this.kept.get(key);
    if (old) this.budget.forget(old);
    const entry = {
      value: value as V | undefined,
      bytes,
      release() {
        entry.value = undefined;
      },
    };
    this.kept.set(key, entry);
    this.budget.hold(entry);
  }
}

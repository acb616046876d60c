/**
 * The typed in-process control API: what the /__admin routes do, as methods,
 * for tests that start the mock in their own process (see docs/testing.md).
 * Rules are checked by the same schema as POST /__admin/faults.
 */
import { z } from 'zod';
import type { Engine } from './engine/engine.js';
import type { JournalFilter } from './engine/journal.js';
import type { MockData } from './engine/mock-data.js';
import type { RequestRecord } from './engine/record.js';
import { ruleInputSchema, toRuleSpec, type RuleInput } from './http/admin-faults.js';

export interface JournalQuery {
  readonly operation?: string;
  readonly company?: string;
  readonly user?: string;
  /** Namespace URI or API version id. */
  readonly namespace?: string;
  /** Only requests received (real time) at or after this instant. */
  readonly since?: Date | string | number;
  /** At most this many, the most recent. */
  readonly limit?: number;
}

export interface MockControl {
  /** Forget one company (rebuilt when next touched), or reset everything: data, runtime fixtures, journal, rules, clock. */
  reset(company?: string): void;
  readonly journal: {
    /** Requests received, oldest first. */
    find(query?: JournalQuery): RequestRecord[];
    count(query?: Omit<JournalQuery, 'limit'>): number;
    clear(): void;
  };
  readonly faults: {
    /** Adds an injection rule; returns its remover. Throws on a bad rule, saying what is wrong. */
    inject(rule: RuleInput): () => void;
    clear(): void;
  };
  readonly fixtures: {
    /** Loads one fixture document, validated as at start-up (throws FixtureError); returns the companies rebuilt. */
    load(document: object): { readonly companies: string[] };
  };
}

const toFilter = (q: JournalQuery = {}): JournalFilter => ({
  ...q,
  since: q.since === undefined ? undefined : q.since instanceof Date ? q.since.getTime() : typeof q.since === 'number' ? q.since : Date.parse(q.since),
});

export function mockControl(engine: Engine, data: MockData): MockControl {
  return {
    reset: (company) => void data.reset(company),
    journal: {
      find: (q) => engine.journal.find(toFilter(q)),
      count: (q) => engine.journal.count(toFilter(q)),
      clear: () => engine.journal.clear(),
    },
    faults: {
      inject(rule) {
        const parsed = ruleInputSchema.safeParse(rule);
        if (!parsed.success) throw new TypeError(`ips-mock: bad injection rule: ${z.prettifyError(parsed.error)}`);
        const { id } = engine.rules.add(toRuleSpec(parsed.data));
        return () => void engine.rules.remove(id);
      },
      clear: () => void engine.rules.clear(),
    },
    fixtures: {
      load: (document) => data.load(document, 'mock.fixtures.load()'),
    },
  };
}

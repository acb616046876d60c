/**
 * Injection rules: "when a request matches, misbehave this way". A rule fires
 * `times` times (or until removed); when several match, the lowest priority
 * number wins (1 is highest, as in WireMock), then the newest rule. The list is
 * bounded so a test that forgets to clean up cannot grow it without limit.
 */
import type { FaultName } from '../faults/catalogue.js';
import { hashSeed } from '../shared/seeded.js';
import type { RequestRecord } from './record.js';
import type { Drop } from './types.js';

/** Every field given must equal the request's (namespace: URI or version id; user: case-insensitive). */
interface RuleMatch {
  readonly operation?: string;
  readonly company?: string;
  readonly jobHandle?: string;
  readonly namespace?: string;
  readonly user?: string;
}

export type RuleAction =
  | { readonly kind: 'fault'; readonly fault: FaultName; readonly reason?: string }
  | { readonly kind: 'http'; readonly status: number; readonly body: string; readonly contentType: string }
  | { readonly kind: 'drop'; readonly drop: Drop }
  /** Only the delay: then the mock answers as usual. */
  | { readonly kind: 'answer' };

export interface RuleSpec {
  readonly match: RuleMatch;
  readonly action: RuleAction;
  /** Wait this long on the real timer first (a latency test wants real time). */
  readonly delay?: { readonly minMs: number; readonly maxMs: number };
  /** Fire this many times, then remove the rule; undefined = until removed. */
  readonly times?: number;
  readonly priority: number;
}

export interface Rule extends RuleSpec {
  readonly id: string;
  fired: number;
}

const MAX_RULES = 200;

const matches = (m: RuleMatch, r: RequestRecord): boolean =>
  (m.operation === undefined || m.operation === r.operation) &&
  (m.company === undefined || m.company === r.company) &&
  (m.jobHandle === undefined || m.jobHandle === r.jobHandle) &&
  (m.namespace === undefined || m.namespace === r.namespace || m.namespace === r.apiVersion) &&
  (m.user === undefined || m.user.toLowerCase() === r.user?.toLowerCase());

export class RuleBook {
  private rules: Rule[] = [];
  private nextId = 1;

  add(spec: RuleSpec): Rule {
    if (this.rules.length >= MAX_RULES) throw new RangeError(`at most ${MAX_RULES} injection rules can be active; remove some (DELETE /__admin/faults)`);
    const rule: Rule = { ...spec, id: `rule-${this.nextId++}`, fired: 0 };
    this.rules.push(rule);
    return rule;
  }

  list(): readonly Rule[] {
    return this.rules;
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.id !== id);
    return this.rules.length < before;
  }

  clear(): number {
    const n = this.rules.length;
    this.rules = [];
    return n;
  }

  /** The rule that fires for this request, counted as fired (and removed when used up). */
  take(record: RequestRecord): Rule | undefined {
    if (this.rules.length === 0) return undefined;
    let best: Rule | undefined;
    // Later rules win ties: iterate newest first and only replace on a strictly better priority.
    for (let i = this.rules.length - 1; i >= 0; i--) {
      const r = this.rules[i]!;
      if ((!best || r.priority < best.priority) && matches(r.match, record)) best = r;
    }
    if (!best) return undefined;
    best.fired += 1;
    if (best.times !== undefined && best.fired >= best.times) this.remove(best.id);
    return best;
  }
}

/**
 * How long this firing of a rule waits: a range is resolved by a hash of (seed, rule id, firing count),
 * not Math.random, so two runs with the same seed, rules and requests wait the same times.
 */
export function delayOf(rule: Rule, seed: number): number {
  if (!rule.delay) return 0;
  const { minMs, maxMs } = rule.delay;
  return minMs + (hashSeed(seed, 'delay', rule.id, rule.fired) % (maxMs - minMs + 1));
}

/** One line for the journal: what the rule did. */
export function describeAction(rule: RuleSpec): string {
  const a = rule.action;
  const what = a.kind === 'fault' ? `fault ${a.fault}` : a.kind === 'http' ? `http ${a.status}` : a.kind === 'drop' ? `drop ${a.drop}` : 'answer';
  if (!rule.delay) return what;
  const { minMs, maxMs } = rule.delay;
  return `delay ${minMs === maxMs ? `${minMs}ms` : `${minMs}-${maxMs}ms`}, then ${what}`;
}

/**
 * One byte budget for per-job derived data (kept views with their XML, files of runs): bounded across
 * companies, least recently used dropped first, and dropping never changes an answer, because each
 * value is computed again from (seed, run, clock) to the same bytes (docs/decisions.md §15).
 * Memory figures are the benchmark's; these tests count entries and compare answers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ByteBudget, DERIVED_BYTES, derivedBudget, KeptPer } from '../src/shared/byte-budget.js';
import { call, items, mockApp, text } from './support/mock.js';

describe('ByteBudget', () => {
  const entry = (name: string, bytes: number, released: string[]) => ({ bytes, release: () => void released.push(name) });

  it('drops the least recently used beyond its bytes, whichever owner holds them; a touch makes an entry recent', () => {
    const released: string[] = [];
    const budget = new ByteBudget(300);
    const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map((n) => entry(n, 100, released));
    for (const x of [a, b, c]) budget.hold(x!);
    expect(released).toEqual([]);
    budget.hold(d!);
    expect(released).toEqual(['a']);
    budget.touch(b!);
    budget.hold(e!);
    // c was the least recently used after b's touch.
    expect(released).toEqual(['a', 'c']);
    expect(budget.entries).toBe(3);
    expect(budget.bytes).toBe(300);
  });

  it('keeps a value larger than the whole budget until the next one comes (the caller is about to use it)', () => {
    const released: string[] = [];
    const budget = new ByteBudget(100);
    budget.hold(entry('big', 500, released));
    expect(released).toEqual([]);
    budget.hold(entry('next', 50, released));
    expect(released).toEqual(['big']);
    expect(budget.bytes).toBe(50);
  });

  it('resize drops at once down to the new limit', () => {
    const released: string[] = [];
    const budget = new ByteBudget(1_000);
    for (const n of ['a', 'b', 'c']) budget.hold(entry(n, 100, released));
    budget.resize(150);
    expect(released).toEqual(['a', 'b']);
    expect(budget.entries).toBe(1);
  });

  it('KeptPer forgets a dropped value, and a replaced value is counted once', () => {
    const budget = new ByteBudget(250);
    const kept = new KeptPer<object, string>(budget);
    const [k1, k2, k3] = [{}, {}, {}];
    kept.set(k1, 'one', 100);
    kept.set(k1, 'one again', 100);
    expect(budget.bytes).toBe(100);
    kept.set(k2, 'two', 100);
    kept.set(k3, 'three', 100);
    expect(kept.get(k1)).toBeUndefined();
    expect(kept.get(k2)).toBe('two');
    expect(kept.get(k3)).toBe('three');
    expect(budget.entries).toBe(2);
  });
});

describe('derived data dropped is computed again to the same answers', () => {
  afterEach(() => derivedBudget.resize(DERIVED_BYTES));

  it('a company read, its views and run files all dropped, answers byte for byte as before (active jobs, job logs, a log with files)', async () => {
    const m = mockApp();
    const C = '<companyHandle>c|841</companyHandle>';
    const read = async () => {
      const active = (await call(m.app, 'getActiveJobs', C)).text;
      const logs = (await call(m.app, 'getJobLogs', C)).text;
      const withFiles = items(logs, 'jobLogArray').find((l) => Number(text(l, 'totalFileCount')) > 3);
      expect(withFiles, logs).toBeDefined();
      const details = (await call(m.app, 'getJobLogDetails', `${C}<jobHandle>${text(withFiles!, 'jobHandle')}</jobHandle>`)).text;
      return { active, logs, details };
    };
    const first = await read();
    // The company's views and files are held under the budget.
    expect(derivedBudget.entries).toBeGreaterThan(20);
    // Nothing kept any more; cached answers forgotten too, so the next reads compute everything again,
    // each value dropped as soon as the next one is held (a budget of 0 keeps only the newest).
    derivedBudget.resize(0);
    expect(derivedBudget.entries).toBe(0);
    m.engine.cache.clear();
    const again = await read();
    expect(derivedBudget.entries).toBe(1);
    expect(again.active).toBe(first.active);
    expect(again.logs).toBe(first.logs);
    expect(again.details).toBe(first.details);
    expect(items(again.details, 'jobLogArray')).toHaveLength(1);
  });

  it('bounds what is held across companies: 30 companies read under a small budget hold at most its bytes', async () => {
    derivedBudget.resize(200_000);
    const m = mockApp();
    for (let i = 0; i < 30; i++) expect((await call(m.app, 'getActiveJobs', `<companyHandle>c|${850 + i}</companyHandle>`)).status).toBe(200);
    expect(derivedBudget.bytes).toBeLessThanOrEqual(200_000);
    // 30 companies × 24 active jobs, of which only the most recent fit.
    expect(derivedBudget.entries).toBeGreaterThan(10);
    expect(derivedBudget.entries).toBeLessThan(300);
  });
});

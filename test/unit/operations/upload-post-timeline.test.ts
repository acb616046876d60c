/**
 * Unit test of an upload job spread over several POSTs (docs/decisions.md §13: a later POST replaces the
 * run by one with the longer plan and wait, and the replaced run's catalogue effects are cancelled): the
 * files of earlier POSTs become assets when the job finally runs, not on the first POST's timeline.
 */
import { describe, expect, it } from 'vitest';
import { C, harness } from './harness.js';

const OPTIONS = { overwrite: true, readyForPublish: true, createMask: false, emailSetting: 'None' };
const MINUTE = 60_000;

describe('a later POST postpones the whole job', () => {
  it('no file is an asset while the job still waits, though the first POST\'s 30 minutes have passed', () => {
    const h = harness('2016-01-14-beta');
    const post = (p: object, filename: string) => h.run('uploadPost', { companyHandle: C, ...p }, undefined, undefined, { uploads: [{ part: 'file1', filename, bytes: 10 }] }).jobHandle;
    const has = (name: string) => (h.run('getAssetsByName', { companyHandle: C, nameArray: { items: [name] } }).assetArray?.items ?? []).length > 0;
    const handle = post({ jobName: 'slow', uploadParams: OPTIONS }, 'first.jpg');
    h.clock.advance(29 * MINUTE);
    post({ jobHandle: handle }, 'second.jpg');
    h.clock.advance(5 * MINUTE);
    expect(h.run('getActiveJobs', { companyHandle: C, jobHandle: handle }).jobArray.items?.[0]?.state).toBe('WaitingClient');
    expect([has('first'), has('second')]).toEqual([false, false]);
    h.clock.advance(30 * MINUTE);
    expect([has('first'), has('second')]).toEqual([true, true]);
    // One asset per file: the replaced run added none of its own.
    expect(h.run('getAssetsByName', { companyHandle: C, nameArray: { items: ['first', 'second'] } }).assetArray?.items?.map((a) => a.name)).toEqual(['first', 'second']);
  });
});

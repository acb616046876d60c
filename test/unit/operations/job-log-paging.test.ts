/**
 * Unit test of getJobLogDetails paging limits (reference §6.6: recordsPerPage defaults to and is at most
 * 1000; resultsPage counts from 1; detailTotalRows counts every matching line).
 */
import { describe, expect, it } from 'vitest';
import { C, harness } from './harness.js';

describe('getJobLogDetails paging', () => {
  it('at most 1000 lines a page, whatever recordsPerPage asks; the rest on page 2', () => {
    const h = harness();
    // An upload of 1000 URLs (the most one request takes) logs a line per file besides its header lines.
    const items = Array.from({ length: 1_000 }, (_, i) => ({ sourceUrl: `https://example.com/${i}.jpg`, destPath: `bulk/${i}.jpg` }));
    h.run('submitJob', { companyHandle: C, jobName: 'bulk', uploadUrlsJob: { overwrite: true, readyForPublish: true, createMask: false, emailSetting: 'None', urlArray: { items } } });
    h.clock.advance(600_000);
    const page = (p: object) => h.run('getJobLogDetails', { companyHandle: C, originalName: 'bulk', ...p }).jobLogArray.items?.[0];
    const first = page({ recordsPerPage: 5_000 });
    const total = first?.detailTotalRows ?? 0;
    expect(total).toBeGreaterThan(1_000);
    expect(first?.detailArray?.items).toHaveLength(1_000);
    expect(page({})?.detailArray?.items).toHaveLength(1_000);
    expect(page({ resultsPage: 2 })?.detailArray?.items).toHaveLength(total - 1_000);
  });
});

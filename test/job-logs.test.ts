import { describe, expect, it } from 'vitest';
import { call, child, faultOf, items, mockApp, text } from './support/mock.js';
import type { XmlElement } from '../src/xml/parse-xml.js';

const { app } = mockApp();
const C = 'c|2101';
const logs = async (body: string) => items((await call(app, 'getJobLogs', body)).text, 'jobLogArray');
const details = async (body: string) => items((await call(app, 'getJobLogDetails', `<companyHandle>${C}</companyHandle>${body}`)).text, 'jobLogArray');
const lines = (log: XmlElement) => child(log, 'detailArray')!.children;

describe('getJobLogs', () => {
  it('lists the faked history and running jobs, newest first by default', async () => {
    const all = await logs(`<companyHandle>${C}</companyHandle>`);
    expect(all.length).toBeGreaterThan(10);
    const starts = all.map((l) => Date.parse(text(l, 'startDate')!));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    expect(all.every((l) => child(l, 'detailArray') === undefined)).toBe(true);
    expect(all.filter((l) => child(l, 'endDate')).length).toBeGreaterThan(5);
  });
  it('sorts by any sort field in both directions and honours numRows', async () => {
    const asc = await logs(`<companyHandle>${C}</companyHandle><sortBy>FileSuccessCount</sortBy><sortDirection>Ascending</sortDirection>`);
    const values = asc.map((l) => Number(text(l, 'fileSuccessCount')));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    const byName = await logs(`<companyHandle>${C}</companyHandle><sortBy>JobName</sortBy><sortDirection>Descending</sortDirection>`);
    const names = byName.map((l) => text(l, 'jobName')!);
    expect(names).toEqual([...names].sort().reverse());
    expect(await logs(`<companyHandle>${C}</companyHandle><numRows>3</numRows>`)).toHaveLength(3);
  });
  it('filters by user and by a start-date window', async () => {
    const all = await logs(`<companyHandle>${C}</companyHandle>`);
    const email = text(all[2]!, 'submitUserEmail')!;
    const mine = await logs(`<companyHandle>${C}</companyHandle><userHandle>u|41|${email}</userHandle>`);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((l) => text(l, 'submitUserEmail') === email)).toBe(true);
    const window = await logs(`<companyHandle>${C}</companyHandle><startDate>2026-11-28T00:00:00Z</startDate><endDate>2026-11-28T09:00:00Z</endDate>`);
    expect(window.length).toBeGreaterThan(0);
    for (const l of window) {
      const t = Date.parse(text(l, 'startDate')!);
      expect(t).toBeGreaterThanOrEqual(Date.parse('2026-11-28T00:00:00Z'));
      expect(t).toBeLessThanOrEqual(Date.parse('2026-11-28T09:00:00Z'));
    }
    expect(window.length).toBeLessThan(all.length);
  });
  it('without companyHandle covers only the companies the caller may act on', async () => {
    const { app: fresh } = mockApp();
    await call(fresh, 'getActiveJobs', '<companyHandle>c|2101</companyHandle>');
    await call(fresh, 'getActiveJobs', '<companyHandle>c|3</companyHandle>');
    const admin = items((await call(fresh, 'getJobLogs', '')).text, 'jobLogArray');
    expect(new Set(admin.map((l) => text(l, 'companyHandle')))).toEqual(new Set(['c|2101', 'c|3']));
    const restricted = items((await call(fresh, 'getJobLogs', '', { header: `<authHeader xmlns="http://www.scene7.com/IpsApi/xsd"><user>acme-user@example.com</user><password>ips-mock</password></authHeader>` })).text, 'jobLogArray');
    expect(new Set(restricted.map((l) => text(l, 'companyHandle')))).toEqual(new Set(['c|2101']));
  });
});

describe('getJobLogDetails', () => {
  const finished = async () => (await logs(`<companyHandle>${C}</companyHandle>`)).find((l) => child(l, 'endDate') && Number(text(l, 'totalFileCount')) > 8)!;

  it('pages detail rows and reports the total', async () => {
    const log = await finished();
    const handle = text(log, 'jobHandle')!;
    const [all] = await details(`<jobHandle>${handle}</jobHandle>`);
    const total = Number(text(all!, 'detailTotalRows'));
    expect(lines(all!)).toHaveLength(total);
    const [p1] = await details(`<jobHandle>${handle}</jobHandle><recordsPerPage>4</recordsPerPage><resultsPage>1</resultsPage>`);
    const [p2] = await details(`<jobHandle>${handle}</jobHandle><recordsPerPage>4</recordsPerPage><resultsPage>2</resultsPage>`);
    expect(text(p1!, 'detailTotalRows')).toBe(String(total));
    expect(lines(p1!).map((l) => text(l, 'logMessage'))).toEqual(lines(all!).slice(0, 4).map((l) => text(l, 'logMessage')));
    expect(lines(p2!).map((l) => text(l, 'logMessage'))).toEqual(lines(all!).slice(4, 8).map((l) => text(l, 'logMessage')));
  });
  it('filters by log type and sorts by LogType or Date', async () => {
    const handle = text(await finished(), 'jobHandle')!;
    const [only] = await details(`<jobHandle>${handle}</jobHandle><logTypeArray><items>TotalFileCount</items><items>JobType</items></logTypeArray>`);
    expect(lines(only!).map((l) => text(l, 'logType')).sort()).toEqual(['JobType', 'TotalFileCount']);
    expect(text(only!, 'detailTotalRows')).toBe('2');
    const [byType] = await details(`<jobHandle>${handle}</jobHandle><sortBy>LogType</sortBy>`);
    const types = lines(byType!).map((l) => text(l, 'logType')!);
    expect(types).toEqual([...types].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const [desc] = await details(`<jobHandle>${handle}</jobHandle><sortDirection>Descending</sortDirection>`);
    const dates = lines(desc!).map((l) => Date.parse(text(l, 'dateCreated') ?? '0'));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
  it('finds logs by originalName; needs jobHandle or originalName', async () => {
    const log = await finished();
    const byName = await details(`<originalName>${text(log, 'originalJobName')}</originalName>`);
    expect(byName.map((l) => text(l, 'jobHandle'))).toContain(text(log, 'jobHandle'));
    const res = await call(app, 'getJobLogDetails', `<companyHandle>${C}</companyHandle>`);
    expect(faultOf(res.text).code).toBe(30002);
    expect(faultOf((await call(app, 'getJobLogDetails', `<companyHandle>${C}</companyHandle><originalName>x</originalName><resultsPage>0</resultsPage>`)).text).code).toBe(30001);
  });
});

describe('getAssetJobLogs', () => {
  it('returns the log lines about one asset across jobs', async () => {
    const log = await (async () => (await logs(`<companyHandle>${C}</companyHandle>`)).find((l) => child(l, 'endDate'))!)();
    const [d] = await details(`<jobHandle>${text(log, 'jobHandle')}</jobHandle>`);
    const fileLine = lines(d!).find((l) => child(l, 'assetHandle'))!;
    const asset = text(fileLine, 'assetHandle')!;
    const res = await call(app, 'getAssetJobLogs', `<companyHandle>${C}</companyHandle><assetHandle>${asset}</assetHandle>`);
    const entries = items(res.text, 'jobLogArray');
    expect(entries.length).toBeGreaterThanOrEqual(1);
    expect(text(entries[0]!, 'jobHandle')).toBe(text(log, 'jobHandle'));
    expect(text(entries[0]!, 'logMessage')).toBe(text(fileLine, 'logMessage'));
    expect(faultOf((await call(app, 'getAssetJobLogs', `<companyHandle>${C}</companyHandle><assetHandle>image.jpg</assetHandle>`)).text).code).toBe(30001);
  });
});

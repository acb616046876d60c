import { describe, expect, it } from 'vitest';
import { bodyElement, call, child, faultOf, items, mockApp, SUBMIT_DETAILS, text } from './support/mock.js';

const C = 'c|5151';
const publish = `<imageServingPublishJob>${SUBMIT_DETAILS.imageServingPublishJob}</imageServingPublishJob>`;

async function submit(app: ReturnType<typeof mockApp>['app'], extra = '', name = 'job', company = C) {
  const res = await call(app, 'submitJob', `<companyHandle>${company}</companyHandle><jobName>${name}</jobName>${extra}${publish}`);
  expect(res.status, res.text).toBe(200);
  return text(bodyElement(res.text), 'jobHandle')!;
}
const control = (app: ReturnType<typeof mockApp>['app'], op: string, jobHandle: string, company = C) =>
  call(app, op, `<companyHandle>${company}</companyHandle><jobHandle>${jobHandle}</jobHandle>`);
const scheduled = async (app: ReturnType<typeof mockApp>['app'], jobHandle: string) =>
  items((await call(app, 'getScheduledJobs', `<companyHandle>${C}</companyHandle><jobHandle>${jobHandle}</jobHandle>`)).text)[0];
const active = async (app: ReturnType<typeof mockApp>['app'], company = C) =>
  items((await call(app, 'getActiveJobs', `<companyHandle>${company}</companyHandle>`)).text);
/** The active runs a job handle names (a submitted job's handle names every run of that submission). */
const runsOf = async (app: ReturnType<typeof mockApp>['app'], jobHandle: string) =>
  items((await call(app, 'getActiveJobs', `<companyHandle>${C}</companyHandle><jobHandle>${jobHandle}</jobHandle>`)).text);
const expectFault = (res: { status: number; text: string }, code: number, reason: RegExp) => {
  expect(res.status).toBe(500);
  const f = faultOf(res.text);
  expect(f.code).toBe(code);
  expect(f.reason).toMatch(reason);
};

describe('scheduled jobs', () => {
  it('execTime in the future → scheduled, fires on the clock into an active run', async () => {
    const { app, clock } = mockApp();
    const handle = await submit(app, '<execTime>2026-11-28T11:00:00Z</execTime>', 'later');
    const s = (await scheduled(app, handle))!;
    expect(text(s, 'nextFireTime')).toBe('2026-11-28T05:00:00.000-06:00');
    expect(text(s, 'triggerState')).toBe('Normal');
    expect(text(s, 'timeZone')).toBe('UTC');
    expect(child(s, 'execSchedule')).toBeUndefined();
    expect((await active(app)).filter((j) => text(j, 'originalName') === 'later')).toHaveLength(0);
    clock.set('2026-11-28T11:00:00.500Z');
    expect(await scheduled(app, handle)).toBeUndefined();
    const runs = (await active(app)).filter((j) => text(j, 'originalName') === 'later');
    expect(runs).toHaveLength(1);
    expect(text(runs[0]!, 'startDate')).toBe('2026-11-28T05:00:00.000-06:00');
    // The run has a run handle and a name stamped with its fire time (server time); the scheduled job's handle still finds it.
    expect(text(runs[0]!, 'name')).toBe('later_2026-11-28-05:00:00.000');
    expect(text(runs[0]!, 'jobHandle')).toMatch(/^j\|5151\|\|later_2026-11-28-05:00:00\.000\|\d+$/);
    expect((await runsOf(app, handle)).map((j) => text(j, 'jobHandle'))).toEqual([text(runs[0]!, 'jobHandle')]);
  });

  it('execSchedule (Quartz-style, UTC) recurs; pause skips fires, resume restarts, execute runs now, delete removes', async () => {
    const { app, clock } = mockApp();
    const handle = await submit(app, '<execSchedule>0 0 * * * ?</execSchedule>', 'hourly');
    // Every run that has started has a job log, which outlives its active job: count runs there.
    const logsOf = async () =>
      items((await call(app, 'getJobLogs', `<companyHandle>${C}</companyHandle>`)).text, 'jobLogArray').filter((l) => text(l, 'originalJobName') === 'hourly');
    expect(text((await scheduled(app, handle))!, 'nextFireTime')).toBe('2026-11-28T05:00:00.000-06:00');
    expect(text((await scheduled(app, handle))!, 'execSchedule')).toBe('0 0 * * * ?');
    clock.set('2026-11-28T11:00:05Z');
    expect(await logsOf()).toHaveLength(1);
    expect((await control(app, 'pauseJob', handle)).status).toBe(200);
    expect(text((await scheduled(app, handle))!, 'triggerState')).toBe('Paused');
    clock.set('2026-11-28T12:00:05Z');
    expect(await logsOf()).toHaveLength(1);
    expect((await control(app, 'resumeJob', handle)).status).toBe(200);
    expect(text((await scheduled(app, handle))!, 'triggerState')).toBe('Normal');
    expect(await logsOf()).toHaveLength(1);
    expect((await control(app, 'executeJob', handle)).status).toBe(200);
    clock.advance('5s');
    expect(await logsOf()).toHaveLength(2);
    expect((await control(app, 'deleteJob', handle)).status).toBe(200);
    expect(await scheduled(app, handle)).toBeUndefined();
    // The handle still names the runs the schedule fired (they are in the logs), but no longer a scheduled job.
    expectFault(await control(app, 'executeJob', handle), 30000, /is not a scheduled job/);
  });

  it('every company has the system Cleanup job and faked schedules', async () => {
    const { app } = mockApp();
    const jobs = items((await call(app, 'getScheduledJobs', '<companyHandle>c|606</companyHandle>')).text);
    const cleanup = jobs.find((j) => text(j, 'type') === 'Cleanup')!;
    expect(text(cleanup, 'execSchedule')).toBe('00 00 00 * * ');
    // Midnight UTC (schedules are evaluated in UTC), written in server time.
    expect(text(cleanup, 'nextFireTime')).toBe('2026-11-28T18:00:00.000-06:00');
    expect(jobs.some((j) => text(j, 'triggerState') === 'Paused')).toBe(true);
    expect(jobs.length).toBeGreaterThanOrEqual(4);
  });

  it('refuses both execTime and execSchedule, and bad schedules, with reasons', async () => {
    const { app } = mockApp();
    const both = await call(app, 'submitJob', `<companyHandle>${C}</companyHandle><jobName>x</jobName><execTime>2026-12-01T00:00:00Z</execTime><execSchedule>0 0 * * * ?</execSchedule>${publish}`);
    expectFault(both, 30001, /execTime .* or execSchedule .*not both/);
    expectFault(await call(app, 'submitJob', `<companyHandle>${C}</companyHandle><jobName>x</jobName><execSchedule>every day</execSchedule>${publish}`), 30001, /execSchedule: .*fields/);
    expectFault(await call(app, 'submitJob', `<companyHandle>${C}</companyHandle><jobName>x</jobName><execSchedule>0 0 0 L * ?</execSchedule>${publish}`), 30001, /L, W or #/);
    expectFault(await call(app, 'submitJob', `<companyHandle>${C}</companyHandle><jobName>x</jobName><execSchedule>0 0 25 * * ?</execSchedule>${publish}`), 30001, /not a valid hour/);
  });
});

describe('submitJob rules', () => {
  it('needs exactly one job detail', async () => {
    const { app } = mockApp();
    expectFault(await call(app, 'submitJob', `<companyHandle>${C}</companyHandle><jobName>x</jobName>`), 30002, /exactly one job detail element, got none/);
    const two = `<companyHandle>${C}</companyHandle><jobName>x</jobName>${publish}<optimizeImagesJob><emailSetting>None</emailSetting></optimizeImagesJob>`;
    expectFault(await call(app, 'submitJob', two), 30001, /got 2: imageServingPublishJob, optimizeImagesJob/);
  });
  it('refuses two crop choices in one detail', async () => {
    const { app } = mockApp();
    const detail = SUBMIT_DETAILS.uploadUrlsJob!.replace('<emailSetting>', '<manualCropOptions><left>1</left><right>1</right><top>1</top><bottom>1</bottom></manualCropOptions><autoTransparentCropOptions><tolerance>0.1</tolerance></autoTransparentCropOptions><emailSetting>');
    expectFault(await call(app, 'submitJob', `<companyHandle>${C}</companyHandle><jobName>x</jobName><uploadUrlsJob>${detail}</uploadUrlsJob>`), 30001, /at most one of manualCropOptions/);
  });
  it('answers j|<companyId>|<jobName>|| as captured, one per submission while the name is in use, and echoes the submitted detail', async () => {
    const { app } = mockApp();
    // Captured (submit_job--upload_urls_job_response.xml): <jobHandle>j|110|katlyn||</jobHandle>
    const a = await submit(app, '', 'same');
    expect(a).toBe('j|5151|same||');
    const b = await submit(app, '', 'same');
    expect(b).toMatch(/^j\|5151\|same_\d+\|\|$/);
    const jobs = (await active(app)).filter((j) => text(j, 'originalName') === 'same');
    expect(jobs).toHaveLength(2);
    // Both submitted at the pinned instant: the same name (the submit time, server time), different run handles.
    expect(jobs.map((j) => text(j, 'name'))).toEqual(['same_2026-11-28-04:00:00.000', 'same_2026-11-28-04:00:00.000']);
    const [ra, rb] = [(await runsOf(app, a)).map((j) => text(j, 'jobHandle')), (await runsOf(app, b)).map((j) => text(j, 'jobHandle'))];
    expect(ra).toHaveLength(1);
    expect(rb).toHaveLength(1);
    expect(ra[0]).not.toBe(rb[0]);
    expect(text(child(jobs[0]!, 'imageServingPublishJob')!, 'publishType')).toBe('Full');
  });
});

describe('stopJob and state errors', () => {
  it('stops a running job: Stopping, then Done, and the log records who stopped it', async () => {
    const { app, clock } = mockApp();
    const handle = await submit(app, '', 'stop me');
    clock.advance('5s');
    const state = async () => (await runsOf(app, handle)).map((j) => text(j, 'state'));
    expect(await state()).toEqual(['Running']);
    expect((await control(app, 'stopJob', handle)).status).toBe(200);
    expect(await state()).toEqual(['Stopping']);
    clock.advance('3s');
    expect(await state()).toEqual(['Done']);
    const log = items((await call(app, 'getJobLogDetails', `<companyHandle>${C}</companyHandle><jobHandle>${handle}</jobHandle>`)).text, 'jobLogArray')[0]!;
    const last = child(log, 'detailArray')!.children.at(-1)!;
    expect(text(last, 'logMessage')).toContain('ips@example.com');
    expectFault(await control(app, 'stopJob', handle), 30000, /is Done; only a job that has not finished can be stopped/);
  });

  it('gives actionable faults for handles and states that do not fit', async () => {
    const { app } = mockApp();
    const handle = await submit(app, '', 'busy');
    expectFault(await control(app, 'pauseJob', handle), 30000, /not a scheduled job/);
    expectFault(await control(app, 'resumeJob', handle), 30000, /not a scheduled job/);
    expectFault(await control(app, 'executeJob', handle), 30000, /not a scheduled job/);
    expectFault(await control(app, 'stopJob', 'j|5151||nothing|1'), 30001, /No job with handle/);
    expectFault(await control(app, 'stopJob', 'not-a-handle'), 30001, /not a job handle/);
    expectFault(await control(app, 'stopJob', handle.replace('j|5151', 'j|9')), 30001, /belongs to company c\|9, not to c\|5151/);
    const sched = await submit(app, '<execSchedule>0 0 * * * ?</execSchedule>', 'sched');
    expectFault(await control(app, 'stopJob', sched), 30000, /scheduled, not running/);
    expectFault(await control(app, 'resumeJob', sched), 30000, /is not paused/);
    expect((await control(app, 'pauseJob', sched)).status).toBe(200);
    expectFault(await control(app, 'pauseJob', sched), 30000, /already paused/);
  });
});

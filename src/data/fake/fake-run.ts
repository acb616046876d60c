/**
 * Builds one job run, or one scheduled job, with every field the caller did
 * not give filled in by a faker seeded from (seed, company, entity key) in the
 * job's locale. The default plan and the fixtures both build through here.
 */
import type { Faker } from '@faker-js/faker';
import type { ServerZone } from '../../clock/server-zone.js';
import { runName, submittedHandle } from '../../lifecycle/job-handles.js';
import { message } from '../../locale/catalogue.js';
import type { Locale } from '../../locale/locales.js';
import { jobRun, type JobRun, type JobSpec } from '../../lifecycle/job-run.js';
import { placeRun } from '../../lifecycle/place-run.js';
import { scheduleJob, type ScheduledJob, type Trigger } from '../../lifecycle/scheduled-job.js';
import type { ActiveState, TriggerState } from '../../shared/ips-constants.js';
import { withLentFakers } from '../../locale/faker-locales.js';
import { seededFaker } from '../../shared/seeded.js';
import { VARIANTS, type Detail, type VariantKey } from '../../shared/variants.js';
import type { CompanyProfile } from './company-profile.js';
import { ROMANIZED } from './romanized-names.js';
import { DETAIL_FAKERS, fakeFileCount } from './fake-details.js';

export interface FakeContext {
  readonly seed: number;
  readonly company: CompanyProfile;
  readonly genesis: number;
  /** Server time, for run names. */
  readonly zone: ServerZone;
  /** The next run handle of the company for a run name. */
  readonly nextRunHandle: (name: string) => string;
}

/** What a fixture (or the default plan) fixes; the rest is faked. */
export interface RunSpec {
  readonly variant: VariantKey;
  readonly state: ActiveState;
  readonly locale: Locale;
  readonly name?: string;
  readonly originalName?: string;
  readonly description?: string;
  readonly submitUserEmail?: string;
  readonly serverName?: string;
  readonly submittedAt?: number;
  readonly totalSize?: number;
  readonly detail?: Detail;
}

/**
 * The name a client gave the job: the variant's stem and a short id, like the client-generated
 * names of the captures (3e41464dce942449a9e5b). IPS appends the submit time to make the run's name.
 */
const fakeOriginalName = (ctx: FakeContext, entityKey: string, variant: VariantKey): string =>
  `${VARIANTS[variant].nameStem}-${seededFaker('en-US', ctx.seed, ctx.company.handle, entityKey, 'name').string.hexadecimal({ length: 8, casing: 'lower', prefix: '' })}`;

/**
 * An e-mail from a person of the locale. Faker cannot romanize CJK names, so
 * those locales draw from romanized name lists (romanized-names.ts).
 */
const fakeEmail = (f: Faker, c: CompanyProfile, locale: Locale): string => {
  const romanized = ROMANIZED[locale];
  const [first, last] = romanized
    ? [f.helpers.arrayElement(romanized.given), f.helpers.arrayElement(romanized.family)]
    : [f.person.firstName(), f.person.lastName()];
  return f.internet.email({ firstName: first, lastName: last, provider: `${c.slug}.example.com` }).toLowerCase();
};

const fakeDescription = (f: Faker, locale: Locale, variant: VariantKey): string =>
  message(locale, 'description.template', { label: message(locale, `variant.${variant}`), company: f.company.name() });

/** The captures' server name style, saastex_100_52: site, cluster, node. */
const fakeServerName = (f: Faker): string =>
  `${f.helpers.arrayElement(['saastex', 'saasnj', 'saaslon'])}_${f.number.int({ min: 100, max: 103 })}_${f.number.int({ min: 10, max: 99 })}`;

export const fakeRun = (ctx: FakeContext, entityKey: string, spec: RunSpec): JobRun => withLentFakers(() => buildRun(ctx, entityKey, spec));

function buildRun(ctx: FakeContext, entityKey: string, spec: RunSpec): JobRun {
  // People and prose in the job's locale; paths, URLs and options are technical, so ASCII.
  const f = seededFaker(spec.locale, ctx.seed, ctx.company.handle, entityKey);
  const tech = seededFaker('en-US', ctx.seed, ctx.company.handle, entityKey, 'detail');
  const totalSize = spec.totalSize ?? fakeFileCount(tech, spec.variant);
  const detail = { ...DETAIL_FAKERS[spec.variant](tech, ctx.company, totalSize), ...spec.detail };
  const submitUserEmail = spec.submitUserEmail ?? fakeEmail(f, ctx.company, spec.locale);
  const placement = placeRun(spec.state, ctx.genesis, f.number.float({ min: 0.1, max: 0.9 }), submitUserEmail, spec.submittedAt);
  const originalName = spec.originalName ?? spec.name ?? fakeOriginalName(ctx, entityKey, spec.variant);
  const name = spec.name ?? runName(originalName, placement.submittedAt, ctx.zone);
  // One literal, so the fakers draw in this order (the data depends on it); jobRun then fixes the key order.
  const run = {
    companyHandle: ctx.company.handle,
    jobHandle: ctx.nextRunHandle(name),
    submittedHandle: submittedHandle(ctx.company.handle.slice(2), originalName),
    name,
    originalName,
    variant: spec.variant,
    detail,
    locale: spec.locale,
    description: spec.description ?? fakeDescription(f, spec.locale, spec.variant),
    submitUserEmail,
    client: `${f.helpers.arrayElement(['DAM-Connector', 'PIM-Sync', 'Scene7 Publishing System', 'nightly-batch'])}/${f.system.semver()}`,
    serverName: spec.serverName ?? fakeServerName(f),
    submittedAt: placement.submittedAt,
    durations: placement.durations,
    totalSize,
  };
  return jobRun(run, run, placement.stop);
}

/** What a fixture (or the default plan) fixes of a scheduled job; the rest is faked. */
export interface ScheduleSpec {
  readonly variant: VariantKey;
  readonly locale: Locale;
  readonly name: string;
  readonly client: string;
  readonly trigger: Trigger;
  readonly triggerState?: TriggerState;
  readonly description?: string;
  readonly submitUserEmail?: string;
  readonly detail?: Detail;
}

export const fakeScheduled = (ctx: FakeContext, entityKey: string, s: ScheduleSpec): ScheduledJob =>
  withLentFakers(() => buildScheduled(ctx, entityKey, s));

function buildScheduled(ctx: FakeContext, entityKey: string, s: ScheduleSpec): ScheduledJob {
  const f = seededFaker(s.locale, ctx.seed, ctx.company.handle, entityKey);
  const tech = seededFaker('en-US', ctx.seed, ctx.company.handle, entityKey, 'detail');
  const totalSize = fakeFileCount(f, s.variant);
  const spec: JobSpec = {
    companyHandle: ctx.company.handle,
    name: s.name,
    originalName: s.name,
    variant: s.variant,
    detail: { ...DETAIL_FAKERS[s.variant](tech, ctx.company, totalSize), ...s.detail },
    locale: s.locale,
    description: s.description ?? fakeDescription(f, s.locale, s.variant),
    submitUserEmail: s.submitUserEmail ?? fakeEmail(f, ctx.company, s.locale),
    client: s.client,
    durations: VARIANTS[s.variant].durations,
    totalSize,
  };
  return scheduleJob({ kind: 'spec', spec }, submittedHandle(ctx.company.handle.slice(2), s.name), s.trigger, ctx.genesis, s.triggerState);
}

/**
 * Control-API rows that show the mock's state, read-only (what the inspector
 * page reads; any test may read them too). Handles go URL-encoded in the path
 * (c%7C2101). Looking at a company the mock does not hold yet is its first
 * touch, exactly as a SOAP read would be.
 */
import { z } from 'zod';
import { folderListing, type FolderListing } from '../admin/views/catalogue.js';
import { listCompanies } from '../admin/views/companies.js';
import { activeJobs, jobDetails, jobLogs, scheduledJobs } from '../admin/views/jobs.js';
import type { Engine } from '../engine/engine.js';
import type { Tenant } from '../lifecycle/tenant.js';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../locale/locales.js';
import { closestLocale, isWellFormedLocale } from '../locale/resolve-locale.js';
import { AdminError, adminRoute, type AdminRoute } from './admin-table.js';

const isoInstant = z.string().describe('ISO-8601, UTC');

const companySchema = z.object({
  handle: z.string(),
  name: z.string(),
  source: z.enum(['fixture', 'faked']).describe('Where its jobs come from'),
  held: z.boolean().describe('Whether a request has touched it yet (its jobs exist in memory)'),
  activeJobs: z.number().int().optional().describe('Jobs getActiveJobs lists now (held companies only)'),
  scheduledJobs: z.number().int().optional(),
});

const activeJobSchema = z.looseObject({
  jobHandle: z.string(),
  name: z.string(),
  originalName: z.string(),
  variant: z.string().describe('The job-detail element, e.g. imageServingPublishJob'),
  type: z.string().describe('Job Types constant'),
  state: z.string().describe('Active Job State constant'),
  progress: z.number().int().describe('0-100'),
  progressMessage: z.string().describe("In the job's locale"),
  locale: z.string(),
  totalSize: z.number().int(),
  submitUserEmail: z.string(),
  startDate: isoInstant,
  lastProgressUpdate: isoInstant,
  tasks: z.array(z.looseObject({ taskType: z.string(), taskState: z.string(), progress: z.number() })),
  detail: z.record(z.string(), z.unknown()).describe('The job detail in WSDL element names'),
});

const scheduledJobSchema = z.looseObject({
  jobHandle: z.string(),
  name: z.string(),
  variant: z.string().nullable().describe('null for system jobs (Cleanup)'),
  type: z.string(),
  triggerState: z.enum(['Normal', 'Paused']),
  execSchedule: z.string().optional(),
  execTime: isoInstant.optional(),
  nextFireTime: isoInstant.optional(),
  timeZone: z.string(),
  locale: z.string(),
});

const jobLogSchema = z.looseObject({
  jobHandle: z.string(),
  jobName: z.string(),
  variant: z.string(),
  logType: z.string(),
  startDate: isoInstant,
  endDate: isoInstant.optional().describe('Absent while running'),
  totalFileCount: z.number().int(),
  fileSuccessCount: z.number().int(),
  fileWarningCount: z.number().int(),
  fileErrorCount: z.number().int(),
});

const logLineSchema = z.object({
  at: isoInstant,
  logType: z.string(),
  message: z.string().describe('Worded in the locale asked for'),
  assetName: z.string().optional(),
  assetType: z.string().optional(),
  assetHandle: z.string().optional(),
  aux: z.array(z.object({ logType: z.string(), message: z.string() })),
});

const jobDetailsSchema = z.object({
  company: z.string(),
  job: activeJobSchema,
  listed: z.boolean().describe('Whether getActiveJobs still lists it'),
  log: jobLogSchema.nullable().describe('null until the job runs'),
  locale: z.string(),
  lines: z.array(logLineSchema),
});

const folderListingSchema = z.object({
  rootPath: z.string().describe('The company root, `<company name>/`'),
  path: z.string(),
  parent: z.string().nullable(),
  folders: z.array(z.object({ path: z.string(), name: z.string(), subfolders: z.number().int(), assets: z.number().int(), lastModified: isoInstant })),
  assets: z.array(
    z.looseObject({ handle: z.string(), name: z.string(), type: z.string(), fileName: z.string(), publishState: z.string(), width: z.number(), height: z.number(), fileSize: z.number(), lastModified: isoInstant }),
  ),
  totals: z.object({ folders: z.number().int(), assets: z.number().int() }),
});

// The views (src/admin/views) build these shapes as plain JSON; the schemas document them and parse each
// answer (no cast: a view that drifts from its documented shape is a 500 naming the field, not a silent lie).

const companyPath = (rest: string) => `/__admin/companies/:company${rest}`;

export function viewRoutes(engine: Engine): AdminRoute[] {
  /** The company's tenant brought to now; 400 for a malformed handle, 404 for one the mock will not fake. */
  const tenantOf = (handle: string): Tenant => {
    const found = engine.store.lookup(handle, engine.clock.now());
    if ('tenant' in found) return found.tenant;
    if (found.problem === 'malformed') throw new AdminError(400, `'${handle}' is not a company handle; company handles look like c|2101 (URL-encoded in a path: c%7C2101)`);
    throw new AdminError(404, `'${handle}' is not a company this mock knows (unknown companies are not faked: fakeUnknownCompanies is off)`);
  };
  const company = (params: Readonly<Record<string, string>>) => tenantOf(params.company ?? '');

  return [
    adminRoute({
      method: 'get',
      path: '/__admin/locales',
      summary: 'The locales the mock words messages in',
      response: z.object({ locales: z.array(z.string()), default: z.string() }),
      handler: () => ({ locales: [...LOCALES], default: DEFAULT_LOCALE }),
    }),
    adminRoute({
      method: 'get',
      path: '/__admin/companies',
      summary: 'Companies the mock holds or the fixtures define, by handle or name (listing never creates one)',
      query: z.strictObject({ q: z.string().optional().describe('Part of a handle or name, case-insensitive; a full handle is offered even if not held yet') }),
      response: z.object({ companies: z.array(companySchema) }),
      handler: ({ query }) => ({ companies: listCompanies(engine.store, engine.clock.now(), query.q) }),
    }),
    adminRoute({
      method: 'get',
      path: companyPath('/active-jobs'),
      summary: "A company's active jobs (what getActiveJobs lists, every variant) with state, progress, variant and locale",
      response: z.object({ company: z.string(), jobs: z.array(activeJobSchema) }),
      handler: ({ params }) => {
        const t = company(params);
        return { company: t.companyHandle, jobs: z.array(activeJobSchema).parse(activeJobs(t, engine.seed, engine.clock.now())) };
      },
    }),
    adminRoute({
      method: 'get',
      path: companyPath('/scheduled-jobs'),
      summary: "A company's scheduled jobs with trigger state and next fire",
      response: z.object({ company: z.string(), jobs: z.array(scheduledJobSchema) }),
      handler: ({ params }) => {
        const t = company(params);
        return { company: t.companyHandle, jobs: z.array(scheduledJobSchema).parse(scheduledJobs(t, engine.clock.now())) };
      },
    }),
    adminRoute({
      method: 'get',
      path: companyPath('/job-logs'),
      summary: "A company's job logs (getJobLogs' rows), newest first",
      response: z.object({ company: z.string(), logs: z.array(jobLogSchema) }),
      handler: ({ params }) => {
        const t = company(params);
        return { company: t.companyHandle, logs: z.array(jobLogSchema).parse(jobLogs(t, engine.seed, engine.clock.now())) };
      },
    }),
    adminRoute({
      method: 'get',
      path: companyPath('/folders'),
      summary: "One folder of a company's catalogue: its subfolders and assets, with the effects of jobs due by now",
      query: z.strictObject({ path: z.string().optional().describe('A full folder path (`<company name>/images/`) or one below the root (`images/`); default: the root') }),
      response: folderListingSchema,
      handler: ({ params, query }) => {
        const t = company(params);
        const cat = engine.store.catalogue(t);
        cat.advance(engine.clock.now());
        const raw = (query.path ?? '').trim().replace(/^\/+/, '');
        const path = raw === '' ? cat.rootPath : `${raw.startsWith(cat.rootPath) ? raw : cat.rootPath + raw}${raw.endsWith('/') ? '' : '/'}`;
        const listing: FolderListing | undefined = folderListing(cat, path);
        if (!listing) throw new AdminError(404, `company ${t.companyHandle} has no folder '${path}'`);
        return listing as z.input<typeof folderListingSchema>;
      },
    }),
    adminRoute({
      method: 'get',
      path: companyPath('/jobs/:jobHandle'),
      summary: 'One job run: its details, log summary and log lines worded in a locale',
      query: z.strictObject({
        locale: z
          .string()
          .refine(isWellFormedLocale, { message: 'is not a locale; use <language>[-<COUNTRY>], e.g. en-US or fr-FR' })
          .optional()
          .describe('Locale of the log messages (default en-US; another region or an unsupported language falls back as the operation locale does)'),
      }),
      response: jobDetailsSchema,
      handler: ({ params, query }) => {
        const t = company(params);
        const jobHandle = params.jobHandle ?? '';
        // Like the operation locale: fr-CA → fr-FR, an unsupported language → en-US.
        const locale: Locale = (query.locale && closestLocale(query.locale)) || DEFAULT_LOCALE;
        const details = jobDetails(t, jobHandle, engine.seed, engine.clock.now(), locale);
        if (!details) throw new AdminError(404, `company ${t.companyHandle} has no job run '${jobHandle}'`);
        return { company: t.companyHandle, ...jobDetailsSchema.omit({ company: true }).parse(details) };
      },
    }),
  ];
}

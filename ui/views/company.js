// One company: its active jobs (state, progress, variant, locale), scheduled jobs
// (trigger state, next fire) and job logs, redrawn as the clock moves.
import { api, seg } from '../lib/api.js';
import { h, replace, row, table, time, whenChanged } from '../lib/dom.js';

/**
 * A job's own progress message, marked with the job's language so it is read and shaped right.
 * @param {string} text
 * @param {string} locale
 */
const inLocale = (text, locale) => h('span', { lang: locale }, text);

/** @param {any} job */
function progressCell(job) {
  return h(
    'span',
    { class: 'progress' },
    h('progress', { max: 100, value: job.progress, 'aria-label': `${job.name}: ${job.progress}%` }),
    ` ${job.progress}%`,
  );
}

/**
 * @param {string} company
 * @param {any} job
 */
const jobLink = (company, job) =>
  h('a', { href: `#/company/${seg(company)}/job/${seg(job.jobHandle)}`, 'data-focus-key': `job:${job.jobHandle}` }, job.name);

/** @type {import('./types.js').ViewFactory} */
export function companyView(main, [company = '']) {
  const title = h('h1', { tabindex: -1 }, `Company ${company}`);
  const active = h('div');
  const scheduled = h('div');
  const logs = h('div');
  replace(
    main,
    h('p', null, h('a', { href: '#/companies' }, '← Companies')),
    title,
    h('p', null, h('a', { href: `#/company/${seg(company)}/catalogue/` }, 'Folders and assets →')),
    h('section', null, h('h2', { id: 'active-title' }, 'Active jobs'), active),
    h('section', null, h('h2', { id: 'scheduled-title' }, 'Scheduled jobs'), scheduled),
    h('section', null, h('h2', { id: 'logs-title' }, 'Job logs'), logs),
  );

  const changed = whenChanged();
  return {
    async refresh() {
      const [found, a, s, l] = await Promise.all([
        api(`companies?q=${encodeURIComponent(company)}`),
        api(`companies/${seg(company)}/active-jobs`),
        api(`companies/${seg(company)}/scheduled-jobs`),
        api(`companies/${seg(company)}/job-logs`),
      ]);
      changed([found, a, s, l], () => draw(found, a, s, l));
    },
  };

  /**
   * @param {any} found
   * @param {any} a
   * @param {any} s
   * @param {any} l
   */
  function draw(found, a, s, l) {
    const me = /** @type {any[]} */ (found.companies).find((c) => c.handle === company);
    replace(title, `Company ${company}`, me ? h('span', { class: 'subtitle' }, ` — ${me.name}`) : null);
    replace(
      active,
      table(
        'Active jobs',
        ['Name', 'Type', 'Variant', 'State', 'Progress', 'Locale', 'Message'],
        /** @type {any[]} */ (a.jobs).map((j) =>
          row(jobLink(company, j), j.type, h('code', null, j.variant), h('span', { class: `state state-${j.state}` }, j.state), progressCell(j), j.locale, inLocale(j.progressMessage, j.locale)),
        ),
        'No active jobs.',
      ),
    );
    replace(
      scheduled,
      table(
        'Scheduled jobs',
        ['Name', 'Type', 'Schedule', 'Next fire', 'Trigger'],
        /** @type {any[]} */ (s.jobs).map((j) =>
          row(j.name, j.type, j.execSchedule ? h('code', null, j.execSchedule) : h('span', null, 'once'), time(j.nextFireTime), h('span', { class: `state trigger-${j.triggerState}` }, j.triggerState)),
        ),
        'No scheduled jobs.',
      ),
    );
    replace(
      logs,
      table(
        'Job logs',
        ['Job', 'Type', 'Started', 'Ended', 'Files', 'Success', 'Warnings', 'Errors'],
        /** @type {any[]} */ (l.logs).map((g) =>
          row(
            h('a', { href: `#/company/${seg(company)}/job/${seg(g.jobHandle)}`, 'data-focus-key': `log:${g.jobHandle}` }, g.jobName),
            g.logType,
            time(g.startDate),
            g.endDate ? time(g.endDate) : h('span', { class: 'muted' }, 'running'),
            String(g.totalFileCount),
            String(g.fileSuccessCount),
            String(g.fileWarningCount),
            String(g.fileErrorCount),
          ),
        ),
        'No job logs yet.',
      ),
    );
  }
}

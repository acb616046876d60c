// One job run: its details, and its log lines worded in a locale the reader picks
// (GET /__admin/companies/:company/jobs/:jobHandle?locale=).
import { api, seg } from '../lib/api.js';
import { h, newestOnly, replace, row, table, time, whenChanged } from '../lib/dom.js';
import { logLocale, preferredLocale } from '../lib/locale.js';

/** @type {import('./types.js').ViewFactory} */
export function jobView(main, [company = '', jobHandle = '']) {
  const title = h('h1', { tabindex: -1 }, jobHandle);
  const facts = h('div');
  const lines = h('div');
  const picker = h('select', { id: 'log-locale', onchange: () => ((logLocale.value = picker.value), void view.refresh()) });
  replace(
    main,
    h('p', null, h('a', { href: `#/company/${seg(company)}` }, `← Company ${company}`)),
    title,
    facts,
    h(
      'section',
      { 'aria-labelledby': 'lines-title' },
      h('h2', { id: 'lines-title' }, 'Job log'),
      h('p', null, h('label', { for: 'log-locale' }, 'Log messages in '), picker),
      lines,
    ),
  );
  /** @type {string[]} */
  let locales = [];
  const changed = whenChanged();
  const newest = newestOnly();

  const view = {
    async refresh() {
      if (locales.length === 0) {
        locales = (await api('locales')).locales;
        logLocale.value ??= preferredLocale(locales, navigator.languages);
        replace(picker, locales.map((l) => h('option', { value: l, selected: l === logLocale.value }, l)));
      }
      const got = await newest(() => api(`companies/${seg(company)}/jobs/${seg(jobHandle)}?locale=${encodeURIComponent(logLocale.value ?? 'en-US')}`));
      if (got) changed(got.value, () => draw(got.value));
    },
  };
  return view;

  /** @param {any} d */
  function draw(d) {
    const job = d.job;
    replace(title, job.name);
    replace(
      facts,
      h(
        'dl',
        { class: 'facts' },
        [
          ['Job handle', h('code', null, job.jobHandle)],
          ['Original name', job.originalName],
          ['Type', job.type],
          ['Variant', h('code', null, job.variant)],
          ['State', h('span', { class: `state state-${job.state}` }, job.state)],
          ['Progress', h('span', null, h('progress', { max: 100, value: job.progress, 'aria-label': 'Progress' }), ` ${job.progress}%`)],
          ['Message', h('span', { lang: job.locale }, job.progressMessage)],
          ['Locale', job.locale],
          ['Submitted by', job.submitUserEmail],
          ['Submitted', time(job.startDate)],
          ['Files', String(job.totalSize)],
          ['Listed by getActiveJobs', d.listed ? 'yes' : 'no (finished more than a minute ago)'],
        ].flatMap(([k, v]) => [h('dt', null, k), h('dd', null, v)]),
      ),
      h('details', { 'data-focus-key': 'job-detail' }, h('summary', null, 'Job detail'), h('pre', { class: 'code' }, JSON.stringify(job.detail, null, 2))),
    );
    replace(
      lines,
      table(
        'Job log lines',
        ['Time', 'Type', 'Message', 'Asset'],
        /** @type {any[]} */ (d.lines).map((l) =>
          row(time(l.at), l.logType, h('span', { lang: d.locale }, l.message, /** @type {any[]} */ (l.aux).map((a) => h('div', { class: 'aux' }, `${a.logType}: ${a.message}`))), l.assetName ?? ''),
        ),
        'No log yet: a job has a log once it is Running.',
      ),
    );
  }
}

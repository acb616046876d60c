// Companies (GET /__admin/companies?q=): those the mock holds and those the
// fixtures define, searchable by handle or name; a full handle opens any company.
import { api, seg } from '../lib/api.js';
import { h, newestOnly, replace, row, table, whenChanged } from '../lib/dom.js';

/** @type {import('./types.js').ViewFactory} */
export function companiesView(main) {
  const search = h('input', {
    id: 'company-search',
    type: 'search',
    placeholder: 'c|2101 or a name',
    autocomplete: 'off',
    'aria-describedby': 'company-search-help',
  });
  const results = h('div', { 'aria-live': 'polite' });
  /** @type {number | undefined} */
  let timer;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void view.refresh(), 150);
  });
  replace(
    main,
    h('h1', { tabindex: -1 }, 'Companies'),
    h(
      'form',
      { role: 'search', onsubmit: (/** @type {Event} */ e) => (e.preventDefault(), void view.refresh()) },
      h('label', { for: 'company-search' }, 'Search by handle or name'),
      ' ',
      search,
      h('p', { id: 'company-search-help', class: 'muted' }, 'Lists the companies the mock holds (touched by a request) and those your fixtures define. Type a full handle such as c|2101 to open any company.'),
    ),
    results,
  );

  const changed = whenChanged();
  const newest = newestOnly();
  const view = {
    async refresh() {
      const q = search.value;
      /** @type {{ value: { companies: any[] } } | undefined} */
      const got = await newest(() => api(`companies?q=${encodeURIComponent(q)}`));
      if (!got) return;
      const { companies } = got.value;
      changed([q, companies], () => draw(q, companies));
    },
  };
  return view;

  /**
   * @param {string} q
   * @param {any[]} companies
   */
  function draw(q, companies) {
    const rows = companies.map((c) =>
      row(
        h('a', { href: `#/company/${seg(c.handle)}`, 'data-focus-key': `company:${c.handle}` }, c.handle),
        c.name,
        c.source,
        c.held ? String(c.activeJobs) : h('span', { class: 'muted' }, 'not yet touched'),
        c.held ? String(c.scheduledJobs) : '',
      ),
    );
    replace(results, table('Companies', ['Handle', 'Name', 'Source', 'Active jobs', 'Scheduled jobs'], rows, q ? 'No company matches.' : 'No company yet: send a SOAP request, or search for a handle.'));
  }
}

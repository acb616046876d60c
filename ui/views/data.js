// The mock's data: reset everything or one company (POST /__admin/reset), and
// load a fixture document pasted or picked from a file (POST /__admin/fixtures).
// The page does not check the document itself: the server validates it exactly
// as at start-up, and its refusal is shown in its own words.
import { api, mockChanged, seg } from '../lib/api.js';
import { h, replace } from '../lib/dom.js';
import { clearError, showError } from '../lib/status.js';

const EXAMPLE = `{
  "formatVersion": 1,
  "companies": [{ "handle": "c|4242", "name": "Example Pictures" }],
  "jobs": [{ "company": "c|4242", "name": "nightly-publish", "variant": "imageServingPublishJob", "state": "Running" }]
}`;

/** @param {string[]} companies */
const companyLinks = (companies) => companies.flatMap((c, i) => [i > 0 ? ', ' : '', h('a', { href: `#/company/${seg(c)}` }, c)]);

/** @type {import('./types.js').ViewFactory} */
export function dataView(main) {
  const done = h('p', { id: 'data-result', role: 'status', class: 'done' });

  /**
   * Runs a control call; on success says what happened, on refusal shows the server's words.
   * @param {() => Promise<any>} call
   * @param {(answer: any) => (import('../lib/dom.js').Child | import('../lib/dom.js').Child[])[]} said
   */
  const act = async (call, said) => {
    replace(done);
    try {
      const answer = await call();
      clearError();
      replace(done, ...said(answer));
      mockChanged();
    } catch (e) {
      showError(e);
    }
  };

  const company = h('input', { id: 'reset-company', name: 'company', placeholder: 'c|2101', size: 10, autocomplete: 'off', required: true });
  const resetOne = h(
    'form',
    {
      class: 'inline',
      'aria-label': 'Reset one company',
      onsubmit: (/** @type {Event} */ e) => {
        e.preventDefault();
        const handle = company.value.trim();
        void act(
          () => api('reset', { method: 'POST', body: { company: handle } }),
          (a) => [`Company ${a.reset} reset`, a.held ? '; it is rebuilt from the fixtures or the faker when next touched.' : ' (the mock did not hold it yet).'],
        );
      },
    },
    h('label', { for: 'reset-company' }, 'Company'),
    company,
    h('button', { type: 'submit' }, 'Reset company'),
  );
  const resetAll = h(
    'button',
    {
      type: 'button',
      class: 'danger',
      onclick: () => void act(() => api('reset', { method: 'POST', body: {} }), () => ['Everything reset: data, loaded fixtures, journal, injection rules and clock are as at start-up.']),
    },
    'Reset everything',
  );

  const doc = h('textarea', { id: 'fixture-json', name: 'fixture', rows: 12, cols: 80, spellcheck: 'false', placeholder: EXAMPLE, 'aria-describedby': 'fixture-help' });
  const file = h('input', { id: 'fixture-file', type: 'file', accept: '.json,application/json' });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen) chosen.text().then((text) => (doc.value = text), showError);
  });
  const load = h(
    'form',
    {
      'aria-labelledby': 'fixture-title',
      onsubmit: (/** @type {Event} */ e) => {
        e.preventDefault();
        // Sent as typed: malformed JSON is the server's to report, like any other refusal.
        void act(
          () => api('fixtures', { method: 'POST', body: doc.value }),
          (a) => [`Loaded: ${a.companies.length} compan${a.companies.length === 1 ? 'y' : 'ies'} rebuilt from it`, a.companies.length ? ' (' : '', companyLinks(a.companies), a.companies.length ? ')' : '', `, ${a.users} user${a.users === 1 ? '' : 's'}.`],
        );
      },
    },
    h('p', null, h('label', { for: 'fixture-json' }, 'Fixture document (JSON)')),
    doc,
    h('p', null, h('label', { for: 'fixture-file' }, 'or read it from a file: '), file),
    h('p', null, h('button', { type: 'submit' }, 'Load fixture')),
  );

  replace(
    main,
    h('h1', { tabindex: -1 }, 'Reset and fixtures'),
    done,
    h(
      'section',
      { 'aria-labelledby': 'reset-title' },
      h('h2', { id: 'reset-title' }, 'Reset'),
      h('p', { class: 'muted' }, 'A reset company is forgotten and rebuilt from the fixtures or the faker when next touched. Resetting everything also drops the fixtures loaded here, the journal and the injection rules, and puts the clock back as it started.'),
      h('p', { class: 'controls' }, resetOne, ' ', resetAll),
    ),
    h(
      'section',
      { 'aria-labelledby': 'fixture-title' },
      h('h2', { id: 'fixture-title' }, 'Load a fixture document'),
      h('p', { id: 'fixture-help', class: 'muted' }, 'One document in the format of the fixture files (formatVersion 1: companies, users, jobs, scheduled jobs, folders, assets). The server validates it as at start-up; the companies it names are rebuilt from it.'),
      load,
    ),
  );
  // Nothing here changes by itself as the clock moves.
  return { refresh: async () => {} };
}

// The request journal (GET /__admin/requests): newest first, filtered by
// operation and company on the server and by outcome here; each entry unfolds
// to its decoded parameters, the pretty-printed request and response XML
// (GET /__admin/requests/:id/xml, fetched when unfolded) and "copy as curl".
import { ADMIN_BASE, api } from '../lib/api.js';
import { curlCommand } from '../lib/curl.js';
import { h, newestOnly, replace, time, whenChanged } from '../lib/dom.js';
import { showError } from '../lib/status.js';
import { enumOf, ruleSchema } from '../lib/openapi.js';
import { prettyXml } from '../lib/xml.js';

const SHOWN = 200;

/** @param {any} r a request record */
function outcomeText(r) {
  const o = r.outcome;
  if (!o) return `HTTP ${r.status ?? '?'}`;
  if (o.kind === 'fault') return `${o.element} ${o.code}`;
  if (o.kind === 'http') return `HTTP ${r.status}: ${o.note}`;
  if (o.kind === 'drop') return `dropped: ${o.drop}`;
  return o.cached ? 'result (cached)' : 'result';
}

/** @param {any} r */
const isFault = (r) => r.outcome?.kind === 'fault' || r.outcome?.kind === 'http' || r.outcome?.kind === 'drop' || (r.status ?? 200) >= 400;

/**
 * The unfolded part of one entry.
 * @param {any} r
 */
function entryBody(r) {
  const xml = h('div', { class: 'xml' }, h('p', { class: 'muted' }, 'Loading the XML…'));
  const copied = h('span', { role: 'status', class: 'muted' });
  /** @type {{ request: string, response: string } | undefined} */
  let bodies;
  const load = async () => {
    if (bodies) return bodies;
    bodies = await api(`requests/${r.id}/xml`);
    return /** @type {{ request: string, response: string }} */ (bodies);
  };
  const copy = async () => {
    try {
      const b = await load();
      const url = new URL(r.transport.path, ADMIN_BASE).href;
      await navigator.clipboard.writeText(curlCommand(url, r.transport, b.request));
      replace(copied, 'Copied.');
    } catch (e) {
      showError(e);
    }
  };
  const fill = async () => {
    try {
      const b = await load();
      replace(
        xml,
        h('h4', null, 'Request'),
        h('pre', { class: 'code', tabindex: 0, 'aria-label': `Request ${r.id} XML` }, prettyXml(b.request)),
        h('h4', null, 'Response'),
        h('pre', { class: 'code', tabindex: 0, 'aria-label': `Response ${r.id} XML` }, prettyXml(b.response)),
      );
    } catch (e) {
      replace(xml, h('p', { class: 'muted' }, e instanceof Error ? e.message : String(e)));
    }
  };
  const facts = [
    ['Namespace', r.namespace ? `${r.namespace}${r.apiVersion ? ` (${r.apiVersion})` : ''}` : '—'],
    ['User', r.user ?? '—'],
    ['Company', r.company ?? '—'],
    ['Locale', r.locale ?? '—'],
    ['Mock clock', time(r.clock)],
    ['HTTP', `${r.transport.method} ${r.transport.path} → ${r.status ?? '?'}`],
    ['SOAPAction', r.transport.soapAction ?? '—'],
    ['Outcome', r.outcome?.kind === 'fault' ? `${r.outcome.fault}: ${r.outcome.element} ${r.outcome.code} — ${r.outcome.reason}` : outcomeText(r)],
    ['Rule', r.rule ? `${r.rule.id} (${r.rule.action})` : '—'],
    ['Time', `${r.timings.totalMs.toFixed(1)} ms`],
  ];
  return {
    fill,
    node: h(
      'div',
      { class: 'entry-body' },
      h('dl', { class: 'facts' }, facts.flatMap(([k, v]) => [h('dt', null, k), h('dd', null, v)])),
      r.violations?.length ? h('div', null, h('h4', null, 'Violations'), h('ul', null, r.violations.map((/** @type {string} */ v) => h('li', null, v)))) : null,
      h('h4', null, 'Parameters'),
      h('pre', { class: 'code', 'aria-label': `Parameters of request ${r.id}` }, r.params ? JSON.stringify(r.params, null, 2) : '(none decoded)'),
      h('p', null, h('button', { type: 'button', onclick: () => void copy() }, 'Copy as curl'), ' ', copied),
      xml,
    ),
  };
}

/** @type {import('./types.js').ViewFactory} */
export function journalView(main) {
  // The filter matches an operation name exactly: the names are offered as the reader types.
  const operations = h('datalist', { id: 'journal-operations' });
  const operation = h('input', { id: 'journal-operation', name: 'operation', placeholder: 'getActiveJobs', autocomplete: 'off', size: 16, list: 'journal-operations' });
  const company = h('input', { id: 'journal-company', name: 'company', placeholder: 'c|2101', autocomplete: 'off', size: 10 });
  const faults = h('select', { id: 'journal-outcome' }, h('option', { value: '' }, 'all'), h('option', { value: 'fault' }, 'faults and failures only'), h('option', { value: 'ok' }, 'results only'));
  const summary = h('p', { class: 'muted', 'aria-live': 'polite' });
  const list = h('ol', { class: 'journal', reversed: true });
  const changed = whenChanged();
  const newest = newestOnly();
  const again = () => void view.refresh().catch(showError);
  for (const el of [operation, company]) el.addEventListener('change', again);
  faults.addEventListener('change', again);
  replace(
    main,
    h('h1', { tabindex: -1 }, 'Request journal'),
    h(
      'form',
      { class: 'filters', 'aria-label': 'Filter the journal', onsubmit: (/** @type {Event} */ e) => (e.preventDefault(), again()) },
      h('label', { for: 'journal-operation' }, 'Operation'),
      operation,
      operations,
      h('label', { for: 'journal-company' }, 'Company'),
      company,
      h('label', { for: 'journal-outcome' }, 'Outcome'),
      faults,
      h('button', { type: 'submit' }, 'Filter'),
      h('button', { type: 'button', class: 'danger', onclick: () => void api('requests', { method: 'DELETE' }).then(again, showError) }, 'Clear journal'),
    ),
    summary,
    list,
  );

  let listed = false;
  const view = {
    async refresh() {
      if (!listed) {
        replace(operations, enumOf(await ruleSchema(), 'operation').map((o) => h('option', { value: o })));
        listed = true;
      }
      const q = new URLSearchParams({ limit: String(SHOWN) });
      if (operation.value.trim()) q.set('operation', operation.value.trim());
      if (company.value.trim()) q.set('company', company.value.trim());
      const got = await newest(() => api(`requests?${q}`));
      if (!got) return;
      const answer = got.value;
      /** @type {any[]} */
      const records = answer.requests.slice().reverse().filter((/** @type {any} */ r) => (faults.value === 'fault' ? isFault(r) : faults.value === 'ok' ? !isFault(r) : true));
      changed([answer, faults.value], () => {
        // The outcome filter works on the records read (the server filters by operation and company), so say so.
        const read = answer.requests.length;
        const outcome = faults.value === 'fault' ? `${records.length} of them failed` : faults.value === 'ok' ? `${records.length} of them answered normally` : '';
        replace(
          summary,
          `${answer.matched} matching request${answer.matched === 1 ? '' : 's'}${answer.matched > read ? `, the latest ${read} read` : ''}${outcome ? `; ${outcome}` : ''}; the journal keeps ${answer.limit}${answer.dropped ? ` (${answer.dropped} dropped)` : ''}.`,
        );
        replace(
          list,
          records.length === 0
            ? h('li', { class: 'muted' }, 'No requests yet.')
            : records.map((r) => {
                const body = entryBody(r);
                const entry = h(
                  'details',
                  { 'data-focus-key': `request:${r.id}`, class: isFault(r) ? 'failed' : null },
                  h(
                    'summary',
                    { 'data-focus-key': `request-summary:${r.id}` },
                    h('span', { class: 'op' }, r.operation ?? '(unrouted)'),
                    ' ',
                    h('span', { class: 'muted' }, r.company ?? ''),
                    ' ',
                    h('span', { class: `outcome ${isFault(r) ? 'bad' : 'good'}` }, outcomeText(r)),
                    ' ',
                    h('span', { class: 'muted' }, `#${r.id} · `, time(r.receivedAt)),
                  ),
                  body.node,
                );
                entry.addEventListener('toggle', () => {
                  if (entry.open) void body.fill();
                });
                return h('li', null, entry);
              }),
        );
      });
    },
  };
  return view;
}

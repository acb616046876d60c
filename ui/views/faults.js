// Injection rules (GET/POST/DELETE /__admin/faults): the active rules, and a
// form that adds one. The choices (operations, fault names, drop kinds) come
// from the control API's own OpenAPI document, so the page never lists its own.
import { api } from '../lib/api.js';
import { enumOf, ruleSchema } from '../lib/openapi.js';
import { h, replace, row, table, whenChanged } from '../lib/dom.js';
import { clearError, showError } from '../lib/status.js';

const KINDS = ['IPS fault', 'HTTP status', 'Broken connection', 'Delay only'];

/** @param {any} rule */
function describeAction(rule) {
  const a = rule.action;
  const act = a.kind === 'fault' ? `IPS fault ${a.fault}${a.reason ? ` (“${a.reason}”)` : ''}` : a.kind === 'http' ? `HTTP ${a.status}` : a.kind === 'drop' ? `drop: ${a.drop}` : 'answer normally';
  const d = rule.delay;
  return d ? `${act}, after ${d.minMs === d.maxMs ? `${d.minMs} ms` : `${d.minMs}–${d.maxMs} ms`}` : act;
}

/** @param {any} match */
const describeMatch = (match) =>
  Object.entries(match)
    .map(([k, v]) => `${k} = ${v}`)
    .join(', ') || 'every request';

/**
 * @param {string} id
 * @param {string} label
 * @param {string[]} options
 * @param {string} [first] a leading option meaning "none"
 */
const select = (id, label, options, first) => [
  h('label', { for: id }, label),
  h('select', { id, name: id }, first !== undefined ? h('option', { value: '' }, first) : null, options.map((o) => h('option', { value: o }, o))),
];

/** @type {import('./types.js').ViewFactory} */
export function faultsView(main) {
  const rules = h('div');
  const form = h('form', { class: 'rule-form', 'aria-labelledby': 'add-rule-title' });
  const changed = whenChanged();
  replace(
    main,
    h('h1', { tabindex: -1 }, 'Injection rules'),
    h('p', { class: 'muted' }, 'Make the mock misbehave for matching SOAP calls: answer with an IPS fault or an HTTP status, wait, or break the connection. Every firing shows in the journal.'),
    h('section', null, h('h2', null, 'Active rules'), rules),
    h('section', null, h('h2', { id: 'add-rule-title' }, 'Add a rule'), form),
  );

  /** @param {any} schema the POST /__admin/faults body schema */
  function drawForm(schema) {
    const value = (/** @type {string} */ id) => /** @type {HTMLInputElement} */ (form.querySelector(`#${id}`)).value.trim();
    replace(
      form,
      h(
        'fieldset',
        null,
        h('legend', null, 'Match (empty: any)'),
        select('rule-operation', 'Operation', enumOf(schema, 'operation'), 'any'),
        h('label', { for: 'rule-company' }, 'Company'),
        h('input', { id: 'rule-company', placeholder: 'c|2101', size: 10, autocomplete: 'off' }),
        h('label', { for: 'rule-job' }, 'Job handle'),
        h('input', { id: 'rule-job', size: 18, autocomplete: 'off' }),
        h('label', { for: 'rule-user' }, 'User'),
        h('input', { id: 'rule-user', size: 18, autocomplete: 'off' }),
      ),
      h(
        'fieldset',
        null,
        h('legend', null, 'Then'),
        select('rule-kind', 'Action', KINDS),
        h('span', { class: 'group', 'data-kind': 'IPS fault' }, select('rule-fault', 'Fault', enumOf(schema, 'name')), h('label', { for: 'rule-reason' }, 'Reason'), h('input', { id: 'rule-reason', size: 24, autocomplete: 'off', placeholder: '(the fault’s own)' })),
        h('span', { class: 'group', 'data-kind': 'HTTP status' }, h('label', { for: 'rule-status' }, 'HTTP status'), h('input', { id: 'rule-status', type: 'number', min: 200, max: 599, value: '503', size: 4 })),
        h('span', { class: 'group', 'data-kind': 'Broken connection' }, select('rule-drop', 'Connection', enumOf(schema, 'drop'))),
      ),
      h(
        'fieldset',
        null,
        h('legend', null, 'How'),
        h('label', { for: 'rule-delay' }, 'Delay'),
        h('input', { id: 'rule-delay', size: 6, placeholder: '250ms', autocomplete: 'off' }),
        h('label', { for: 'rule-times' }, 'Times'),
        h('input', { id: 'rule-times', type: 'number', min: 1, size: 4, placeholder: 'until removed' }),
        h('label', { for: 'rule-priority' }, 'Priority'),
        h('input', { id: 'rule-priority', type: 'number', min: 1, max: 100, value: '5', size: 4 }),
      ),
      h('button', { type: 'submit' }, 'Add rule'),
    );
    // Only the fields of the chosen action are shown.
    const kindSelect = /** @type {HTMLSelectElement} */ (form.querySelector('#rule-kind'));
    const showKind = () => {
      for (const g of form.querySelectorAll('[data-kind]')) /** @type {HTMLElement} */ (g).hidden = /** @type {HTMLElement} */ (g).dataset.kind !== kindSelect.value;
    };
    kindSelect.addEventListener('change', showKind);
    showKind();
    form.onsubmit = (e) => {
      e.preventDefault();
      /** @type {Record<string, unknown>} */
      const match = {};
      for (const [key, id] of [['operation', 'rule-operation'], ['company', 'rule-company'], ['jobHandle', 'rule-job'], ['user', 'rule-user']]) {
        const v = value(/** @type {string} */ (id));
        if (v) match[/** @type {string} */ (key)] = v;
      }
      /** @type {Record<string, unknown>} */
      const rule = { match, priority: Number(value('rule-priority') || 5) };
      const kind = value('rule-kind');
      if (kind === 'IPS fault') rule.fault = value('rule-reason') ? { name: value('rule-fault'), reason: value('rule-reason') } : value('rule-fault');
      if (kind === 'HTTP status') rule.http = { status: Number(value('rule-status')) };
      if (kind === 'Broken connection') rule.drop = value('rule-drop');
      if (value('rule-delay')) rule.delay = value('rule-delay');
      if (value('rule-times')) rule.times = Number(value('rule-times'));
      api('faults', { method: 'POST', body: rule }).then(() => (clearError(), view.refresh()), showError);
    };
  }

  let formDrawn = false;
  const view = {
    async refresh() {
      if (!formDrawn) {
        drawForm(await ruleSchema());
        formDrawn = true;
      }
      const answer = await api('faults');
      changed(answer, () =>
        replace(
          rules,
          table(
            'Active injection rules',
            ['Rule', 'When', 'Then', 'Times', 'Fired', 'Priority', ''],
            /** @type {any[]} */ (answer.rules).map((r) =>
              row(
                h('code', null, r.id),
                describeMatch(r.match),
                describeAction(r),
                r.times === undefined ? 'until removed' : String(r.times),
                String(r.fired),
                String(r.priority),
                h('button', { type: 'button', class: 'danger', 'data-focus-key': `remove:${r.id}`, 'aria-label': `Remove rule ${r.id}`, onclick: () => void api(`faults/${encodeURIComponent(r.id)}`, { method: 'DELETE' }).then(() => view.refresh(), showError) }, 'Remove'),
              ),
            ),
            'No injection rules: the mock answers as IPS would.',
          ),
          answer.rules.length > 1 ? h('p', null, h('button', { type: 'button', class: 'danger', onclick: () => void api('faults', { method: 'DELETE' }).then(() => view.refresh(), showError) }, 'Remove all rules')) : null,
        ),
      );
    },
  };
  return view;
}

// Tiny DOM helpers: the whole page is built with h(), so there is no template
// language and no library to vendor. Text always goes in as text nodes, never
// as HTML, so nothing a client sent can inject markup into the page.

/** @typedef {Node | string | number | null | undefined | false} Child */
/** @typedef {Record<string, unknown>} Props */

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Props | null} [props] attributes; `on…` keys are listeners, `class` the class name, true/false/null toggle an attribute
 * @param {...(Child | Child[])} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), /** @type {EventListener} */ (value));
    else if (key === 'class') el.className = String(value);
    else if (key === 'value' && 'value' in el) /** @type {HTMLInputElement} */ (el).value = String(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/**
 * @param {Element} el
 * @param {(Child | Child[])[]} children
 */
function append(el, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'object' ? c : document.createTextNode(String(c)));
  }
}

/**
 * Replaces an element's content, keeping keyboard focus on the element with the
 * same data-focus-key and the open <details data-focus-key> open (live refreshes
 * must not throw a keyboard user back to the top or fold what they unfolded).
 * @param {Element} el
 * @param {...(Child | Child[])} children
 */
export function replace(el, ...children) {
  const active = document.activeElement;
  const key = active instanceof HTMLElement && el.contains(active) ? active.dataset.focusKey : undefined;
  const open = [...el.querySelectorAll('details[open][data-focus-key]')].map((d) => /** @type {HTMLElement} */ (d).dataset.focusKey);
  el.replaceChildren();
  append(el, children);
  for (const k of open) el.querySelector(`details[data-focus-key="${CSS.escape(k ?? '')}"]`)?.setAttribute('open', '');
  if (key) {
    const again = el.querySelector(`[data-focus-key="${CSS.escape(key)}"]`);
    if (again instanceof HTMLElement) again.focus();
  }
}

/**
 * Runs `draw` only when `data` differs from last time: a poll that brings nothing new leaves the page alone.
 * @returns {(data: unknown, draw: () => void) => void}
 */
export function whenChanged() {
  let last = '';
  return (data, draw) => {
    const now = JSON.stringify(data);
    if (now === last) return;
    last = now;
    draw();
  };
}

/**
 * Keeps only the newest of overlapping loads: the page reloads a view both from
 * the poll and when the reader changes a filter, and an older answer arriving
 * last must not paint the view with a filter the reader already changed.
 * @returns {<T>(load: () => Promise<T>) => Promise<{ value: T } | undefined>} undefined: overtaken, draw nothing
 */
export function newestOnly() {
  let latest = 0;
  return async (load) => {
    const mine = ++latest;
    const value = await load();
    return mine === latest ? { value } : undefined;
  };
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });

/**
 * A mock-clock instant for people: in the reader's language, in UTC (the mock's time zone), inside <time>.
 * @param {string | null | undefined} iso
 */
export function time(iso) {
  if (!iso) return h('span', { class: 'muted' }, '—');
  return h('time', { datetime: iso, title: iso }, `${dateTime.format(new Date(iso))} UTC`);
}

/**
 * A table that scrolls sideways on its own on a narrow window instead of the page.
 * @param {string} caption
 * @param {string[]} headings
 * @param {HTMLTableRowElement[]} rows
 * @param {string} [empty] what to say when there are no rows
 */
export function table(caption, headings, rows, empty = 'None.') {
  if (rows.length === 0) return h('p', { class: 'muted' }, empty);
  return h(
    'div',
    { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': caption },
    h('table', null, h('caption', { class: 'sr-only' }, caption), h('thead', null, h('tr', null, headings.map((t) => h('th', { scope: 'col' }, t)))), h('tbody', null, rows)),
  );
}

/**
 * @param {...(Child | Child[])} cells
 */
export const row = (...cells) => h('tr', null, cells.map((c) => h('td', null, c)));

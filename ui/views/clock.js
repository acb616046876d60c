// The clock bar: what time the mock thinks it is, and the controls that move it
// (PUT /__admin/clock, POST /__admin/clock/advance, DELETE /__admin/clock).
import { api } from '../lib/api.js';
import { h, replace, time } from '../lib/dom.js';
import { clearError, showError } from '../lib/status.js';

/**
 * @typedef {{ now: string, pinned: boolean }} ClockState
 */

/**
 * @param {HTMLElement} bar where the clock and its controls go
 * @param {() => void} changed called after a control moved the clock, to redraw the page at once
 * @returns {{ update(state: ClockState): void }}
 */
export function clockBar(bar, changed) {
  const reading = h('output', { id: 'clock-now', 'aria-live': 'off' });
  const mode = h('span', { class: 'badge', id: 'clock-mode' });

  /** @param {() => Promise<ClockState>} action */
  const act = async (action) => {
    try {
      update(await action());
      clearError();
      changed();
    } catch (e) {
      showError(e);
    }
  };

  const by = h('input', { id: 'advance-by', name: 'by', value: '30s', size: 6, 'aria-describedby': 'advance-help', autocomplete: 'off' });
  const advance = h(
    'form',
    {
      class: 'inline',
      'aria-label': 'Advance the clock',
      onsubmit: (/** @type {Event} */ e) => {
        e.preventDefault();
        void act(() => api('clock/advance', { method: 'POST', body: { by: by.value.trim() } }));
      },
    },
    h('label', { for: 'advance-by' }, 'Advance by'),
    by,
    h('button', { type: 'submit' }, 'Advance'),
    h('span', { id: 'advance-help', class: 'sr-only' }, 'a duration such as 500ms, 30s, 5m, 1h or 1d'),
  );
  const quick = h(
    'span',
    { class: 'quick', role: 'group', 'aria-label': 'Advance quickly' },
    ['1s', '10s', '1m', '1h'].map((d) => h('button', { type: 'button', onclick: () => void act(() => api('clock/advance', { method: 'POST', body: { by: d } })) }, `+${d}`)),
  );
  const at = h('input', { id: 'pin-at', name: 'now', placeholder: '2026-11-28T10:00:00Z', size: 22, autocomplete: 'off' });
  const pin = h(
    'form',
    {
      class: 'inline',
      'aria-label': 'Pin the clock',
      onsubmit: (/** @type {Event} */ e) => {
        e.preventDefault();
        void act(() => api('clock', { method: 'PUT', body: { now: at.value.trim() } }));
      },
    },
    h('label', { for: 'pin-at' }, 'Pin at'),
    at,
    h('button', { type: 'submit' }, 'Pin'),
  );
  const real = h('button', { type: 'button', onclick: () => void act(() => api('clock', { method: 'DELETE' })) }, 'Back to real time');

  replace(bar, h('div', { class: 'clock-reading' }, h('span', { class: 'label' }, 'Mock clock'), reading, mode), advance, quick, pin, real);

  /** @param {ClockState} state */
  function update(state) {
    replace(reading, time(state.now));
    replace(mode, state.pinned ? 'pinned' : 'running');
    mode.title = state.pinned ? 'The clock stands still until moved' : 'The clock follows real time (plus any advance)';
    if (!at.value) at.value = state.now;
  }
  return { update };
}

// Asks for the control API's admin token when the mock answers 401 (it was
// started with --admin-token). The token stays in this tab's sessionStorage.
import { adminToken } from '../lib/api.js';
import { h, replace } from '../lib/dom.js';
import { clearError } from '../lib/status.js';

let asking = false;

/** @param {() => void} done called once a token was entered */
export function askForToken(done) {
  if (asking) return;
  asking = true;
  const status = /** @type {HTMLElement} */ (document.getElementById('status'));
  const input = h('input', { id: 'admin-token', type: 'password', autocomplete: 'off', required: true });
  status.hidden = false;
  replace(
    status,
    h(
      'form',
      {
        class: 'inline',
        onsubmit: (/** @type {Event} */ e) => {
          e.preventDefault();
          adminToken.set(input.value.trim());
          asking = false;
          clearError();
          done();
        },
      },
      h('label', { for: 'admin-token' }, 'This mock was started with --admin-token. Token:'),
      input,
      h('button', { type: 'submit' }, 'Use token'),
    ),
  );
  input.focus();
}

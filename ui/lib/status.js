// One place where problems are shown: the server's own error text, in an alert
// region that screen readers announce.
import { replace } from './dom.js';

/** @returns {HTMLElement} */
const region = () => /** @type {HTMLElement} */ (document.getElementById('status'));

/** @param {unknown} error */
export function showError(error) {
  const el = region();
  el.hidden = false;
  replace(el, error instanceof Error ? error.message : String(error));
}

export function clearError() {
  const el = region();
  el.hidden = true;
  replace(el);
}

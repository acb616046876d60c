// One place where problems are shown: the server's own error text, in an alert
// region that screen readers announce. A problem of something the reader did
// stays until they act again or dismiss it; a problem of the background poll
// goes away by itself when the poll works again.
import { h, replace } from './dom.js';

/** @returns {HTMLElement} */
const region = () => /** @type {HTMLElement} */ (document.getElementById('status'));

let fromPoll = false;

/**
 * @param {unknown} error
 * @param {boolean} [poll] raised by the background poll (cleared by the next good poll)
 */
export function showError(error, poll = false) {
  const el = region();
  fromPoll = poll;
  el.hidden = false;
  replace(
    el,
    h('span', null, error instanceof Error ? error.message : String(error)),
    poll ? null : h('button', { type: 'button', class: 'dismiss', 'aria-label': 'Dismiss this message', onclick: clearError }, '×'),
  );
}

export function clearError() {
  const el = region();
  el.hidden = true;
  replace(el);
}

/** Clears what the poll showed, never what the reader's own action showed. */
export function clearPollError() {
  if (fromPoll) clearError();
}

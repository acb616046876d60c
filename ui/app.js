// The inspector's entry point: a hash router over the views, and one poll per
// second of the mock clock and the current view (so jobs move on screen as the
// clock moves, pinned or real, and SOAP traffic shows up without a reload).
// Views redraw only what changed.
import { api, ApiError, onMockChanged } from './lib/api.js';
import { askForToken } from './views/token.js';
import { clearPollError, showError } from './lib/status.js';
import { catalogueView } from './views/catalogue.js';
import { clockBar } from './views/clock.js';
import { companiesView } from './views/companies.js';
import { companyView } from './views/company.js';
import { dataView } from './views/data.js';
import { faultsView } from './views/faults.js';
import { jobView } from './views/job.js';
import { journalView } from './views/journal.js';

const POLL_MS = 1000;

/** @type {Record<string, import('./views/types.js').ViewFactory>} */
const ROUTES = {
  companies: companiesView,
  journal: journalView,
  faults: faultsView,
  data: dataView,
  company: (main, [company = '', what, arg = '']) =>
    what === 'job' ? jobView(main, [company, arg]) : what === 'catalogue' ? catalogueView(main, [company, arg]) : companyView(main, [company]),
};

const main = /** @type {HTMLElement} */ (document.getElementById('main'));
/** @type {import('./views/types.js').View | undefined} */
let current;
let busy = false;
let again = false;

/** Redraws the current view (once more if asked while drawing); errors go to the status region, not the console. */
async function refresh() {
  if (busy) {
    again = true;
    return;
  }
  busy = true;
  try {
    do {
      again = false;
      await current?.refresh();
    } while (again);
    clearPollError();
  } catch (e) {
    failed(e);
  } finally {
    busy = false;
  }
}

function navigate() {
  const [name = 'companies', ...args] = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const factory = ROUTES[name] ?? companiesView;
  current = factory(main, args);
  for (const a of document.querySelectorAll('header nav a')) {
    const here = a.getAttribute('href') === `#/${name}` || (name === 'company' && a.getAttribute('href') === '#/companies');
    if (here) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  void refresh().then(() => main.querySelector('h1')?.focus());
}

const clock = clockBar(/** @type {HTMLElement} */ (document.getElementById('clock')), () => void refresh());

async function poll() {
  try {
    const state = await api('clock');
    clock.update(state);
    await refresh();
  } catch (e) {
    failed(e);
  }
}

/** @param {unknown} e */
function failed(e) {
  // 401: the mock runs with --admin-token; ask for it (once) rather than repeating the error every second.
  if (e instanceof ApiError && e.status === 401) askForToken(() => void poll());
  else showError(e, true);
}

window.addEventListener('hashchange', navigate);
onMockChanged(() => void poll());
navigate();
void poll();
setInterval(() => {
  if (document.visibilityState === 'visible') void poll();
}, POLL_MS);

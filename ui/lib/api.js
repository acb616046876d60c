// The page's only way to the server: the documented control API under /__admin,
// resolved relative to the page so a path prefix added by a proxy still works.

export const ADMIN_BASE = new URL('../', location.href);

// A mock started with --admin-token wants it on every control call: the reader types it once per tab.
const TOKEN_KEY = 'ips-mock-admin-token';

export const adminToken = {
  get: () => sessionStorage.getItem(TOKEN_KEY) ?? '',
  /** @param {string} token */
  set: (token) => sessionStorage.setItem(TOKEN_KEY, token),
};

export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {string} message what the server said (its JSON `error`, else its text)
   */
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * Calls a control-API route and returns its JSON; a non-2xx answer throws an
 * ApiError carrying the server's own words.
 * @param {string} path relative to /__admin/, e.g. "companies?q=acme"
 * @param {{ method?: string, body?: unknown }} [options]
 * @returns {Promise<any>}
 */
export async function api(path, options = {}) {
  /** @type {Record<string, string>} */
  const headers = { Accept: 'application/json' };
  const token = adminToken.get();
  if (token) headers.Authorization = `Bearer ${token}`;
  /** @type {string | undefined} */
  let body;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const res = await fetch(new URL(path, ADMIN_BASE), { method: options.method ?? 'GET', headers, body });
  const text = await res.text();
  /** @type {any} */
  let json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!res.ok) {
    const said = json && typeof json.error === 'string' ? json.error : text.trim() || res.statusText;
    throw new ApiError(res.status, `${res.status}: ${said}`);
  }
  return json;
}

/** @param {string} handle a company or job handle, for a path segment */
export const seg = (handle) => encodeURIComponent(handle);

// A control call that changed the mock (reset, fixtures) tells the page, which
// re-reads the clock and the view at once instead of at the next poll.
const CHANGED = 'ips-mock:changed';

export const mockChanged = () => window.dispatchEvent(new Event(CHANGED));

/** @param {() => void} listener */
export const onMockChanged = (listener) => window.addEventListener(CHANGED, listener);

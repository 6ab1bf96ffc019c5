// The only way the UI talks to the server: the public HTTP API under /api/v1.

export const API_BASE = '/api/v1';

/** localStorage that never throws (private windows, disabled storage). */
export const store = {
  get(key) {
    try { return window.localStorage.getItem(key); } catch { return null; }
  },
  set(key, value) {
    try {
      if (value === null || value === undefined) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch { /* storage unavailable: keep going without it */ }
  },
  getJson(key, fallback) {
    const raw = store.get(key);
    if (raw === null) return fallback;
    try { return JSON.parse(raw); } catch { return fallback; }
  },
  setJson(key, value) {
    store.set(key, value === null || value === undefined ? null : JSON.stringify(value));
  },
};

export const KEYS = {
  session: 'quarry.session_id',
  mode: 'quarry.mode',
  dbInfo: 'quarry.database_info',
  conn: 'quarry.connection',
  apiKey: 'quarry.api_key',
  history: 'quarry.history',
};

/** An error answer from the server (`{detail, code}`), or a network failure (status 0). */
export class ApiError extends Error {
  constructor(status, code, detail, body, retryAfter) {
    super(detail || code || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.body = body;
    this.retryAfter = retryAfter;
  }
}

/**
 * Calls the API. `query` values that are null/undefined are left out.
 * Resolves to the parsed JSON body (null for 204); rejects with ApiError, or with the
 * AbortError of `signal`.
 */
export async function api(method, path, { body, query, signal } = {}) {
  let url = API_BASE + path;
  if (query) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) {
      if (v !== null && v !== undefined && v !== '') params.set(k, String(v));
    }
    const qs = params.toString();
    if (qs) url += `?${qs}`;
  }
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const key = store.get(KEYS.apiKey);
  if (key) headers.Authorization = `Bearer ${key}`;

  let res;
  try {
    res = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      cache: 'no-store',
    });
  } catch (err) {
    if (err && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network', 'Could not reach the quarry server. Is it running?', null);
  }

  if (res.status === 204) return null;
  const text = await res.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = null; }
  }
  if (!res.ok) {
    const code = (data && typeof data.code === 'string') ? data.code : `http_${res.status}`;
    const detail = (data && typeof data.detail === 'string')
      ? data.detail
      : (text && text.length < 300 && !text.trimStart().startsWith('<') ? text : res.statusText || `HTTP ${res.status}`);
    throw new ApiError(res.status, code, detail, data, res.headers.get('Retry-After'));
  }
  if (data === null && text) {
    throw new ApiError(res.status, 'bad_response', 'The server sent an answer that is not JSON.', null);
  }
  return data;
}

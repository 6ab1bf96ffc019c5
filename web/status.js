// The status page: /stats/sessions and /stats/pools, refreshed every few seconds.

import { api, ApiError } from './api.js';

export const REFRESH_MS = 3000;

const $ = (id) => document.getElementById(id);

function label(key) {
  const s = key.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const TIME_KEY = /(_at|_since|last_used|time|timestamp)$/;

function display(v, key) {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'number' && key && TIME_KEY.test(key) && !/_s$|_ms$|timeout/.test(key)) {
    // Unix time in seconds or milliseconds.
    const ms = v > 1e12 ? v : v > 1e9 ? v * 1000 : null;
    if (ms !== null) return new Date(ms).toLocaleString();
  }
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function fillKv(dl, obj, skip) {
  dl.replaceChildren();
  for (const [k, v] of Object.entries(obj || {})) {
    if (skip.includes(k) || Array.isArray(v)) continue;
    const dt = document.createElement('dt');
    dt.textContent = label(k);
    const dd = document.createElement('dd');
    dd.textContent = display(v, k);
    dl.append(dt, dd);
  }
}

function fillPools(pools) {
  const table = $('status-pool-table');
  table.replaceChildren();
  const list = Array.isArray(pools) ? pools : [];
  $('status-pool-empty').hidden = list.length > 0;
  if (list.length === 0) return;
  const keys = [];
  for (const p of list) for (const k of Object.keys(p || {})) if (!keys.includes(k)) keys.push(k);
  const thead = document.createElement('thead');
  const hr = document.createElement('tr');
  for (const k of keys) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.className = 'plain-th';
    th.textContent = label(k);
    if (!TIME_KEY.test(k) && list.every((p) => p[k] === undefined || p[k] === null || typeof p[k] === 'number')) th.classList.add('num');
    hr.append(th);
  }
  thead.append(hr);
  const tbody = document.createElement('tbody');
  for (const p of list) {
    const tr = document.createElement('tr');
    for (const k of keys) {
      const td = document.createElement('td');
      const v = p ? p[k] : undefined;
      td.textContent = display(v, k);
      if (typeof v === 'number' && td.textContent === String(v)) td.className = 'num';
      tr.append(td);
    }
    tbody.append(tr);
  }
  table.append(thead, tbody);
}

/**
 * Starts refreshing; returns a function that stops it. `onAuth(err)` handles a 401
 * `unauthorized` (asks for a key).
 */
export function startStatus({ onAuth }) {
  let stopped = false;
  let timer = null;
  let controller = null;

  async function tick() {
    if (stopped) return;
    if (document.hidden) { timer = setTimeout(tick, REFRESH_MS); return; }
    controller = new AbortController();
    const errBox = $('status-error');
    try {
      const [sessions, pools] = await Promise.all([
        api('GET', '/stats/sessions', { signal: controller.signal }),
        api('GET', '/stats/pools', { signal: controller.signal }),
      ]);
      if (stopped) return;
      errBox.hidden = true;
      $('status-sessions').textContent = display(sessions && sessions.total_sessions);
      fillKv($('status-sessions-detail'), sessions, ['total_sessions']);
      $('status-pools').textContent = display(pools && pools.total_pools);
      fillKv($('status-pools-detail'), pools, ['total_pools', 'pools']);
      fillPools(pools && pools.pools);
      $('status-updated').textContent = `Updated ${new Date().toLocaleTimeString()} · every ${REFRESH_MS / 1000} s`;
    } catch (err) {
      if (stopped || (err && err.name === 'AbortError')) return;
      errBox.hidden = false;
      if (err instanceof ApiError && err.status === 401 && err.code === 'unauthorized') {
        errBox.textContent = 'The status page needs an API key.';
        onAuth(err);
      } else if (err instanceof ApiError && err.status === 403) {
        errBox.textContent = 'The status page is for admin keys only; this key is not an admin key.';
      } else {
        errBox.textContent = `Could not load the status: ${err.message || err}`;
      }
    }
    if (!stopped) timer = setTimeout(tick, REFRESH_MS);
  }

  tick();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    if (controller) controller.abort();
  };
}

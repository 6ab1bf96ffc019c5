// quarry's web UI: connect, ask, see the SQL and the rows. Talks only to the public API.

import { api, ApiError, store, KEYS } from './api.js';
import { highlightSql } from './sql.js';
import { describeColumns, renderTable, compareFor, toCsv, toMarkdown } from './table.js';
import { chartSpec, drawChart } from './chart.js';
import { startStatus } from './status.js';

const $ = (id) => document.getElementById(id);
const HISTORY_MAX = 50;
const DRIVER_LABEL = { postgres: 'PostgreSQL', mysql: 'MySQL', sqlite: 'SQLite' };
const DEFAULT_PORT = { postgres: '5432', mysql: '3306' };
const FIELDS = ['driver', 'host', 'port', 'database', 'username', 'password', 'url'];

const state = {
  sessionId: store.get(KEYS.session),
  mode: store.get(KEYS.mode), // null | 'demo' | 'session' | 'ended'
  dbInfo: store.getJson(KEYS.dbInfo, null),
  conn: store.getJson(KEYS.conn, null), // last connection, without secrets
  lastConnect: null, // the last connect request (in memory only), for Reconnect
  history: store.getJson(KEYS.history, []),
  historyPos: -1,
  draft: '',
  connectOpen: false,
  schema: null,
  schemaSeq: 0,
  result: null,
  metas: [],
  sorted: [],
  sort: null,
  page: 0,
  pageSize: 50,
  sqlOrig: '',
  question: null,
  spec: null,
  view: 'table',
  chartKind: 'bar',
  running: null,
  feedbackSupported: true,
  keyWaiters: [],
  stopStatus: null,
};

if (!Array.isArray(state.history)) state.history = [];
if (state.mode === 'session' && !state.sessionId) state.mode = null;
if (!['demo', 'session', 'ended'].includes(state.mode)) state.mode = null;

// ---------------------------------------------------------------- small helpers

let toastTimer = null;
function toast(text) {
  const t = $('toast');
  t.textContent = text;
  t.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { t.hidden = true; }, 2600);
}

async function copyText(text, what) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.className = 'visually-hidden';
    document.body.append(ta);
    ta.select();
    try { document.execCommand('copy'); } catch { /* nothing more to try */ }
    ta.remove();
  }
  toast(`${what} copied`);
}

function saveSession() {
  store.set(KEYS.session, state.sessionId);
  store.set(KEYS.mode, state.mode);
  store.setJson(KEYS.dbInfo, state.dbInfo);
  store.setJson(KEYS.conn, state.conn);
}

function withSession(body) {
  const b = { ...body };
  if (state.sessionId) b.session_id = state.sessionId;
  return b;
}

function safeUrl(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '';
    return u.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1@');
  }
}

// ---------------------------------------------------------------- API key

function askKey(retry, reason) {
  if (retry) state.keyWaiters.push(retry);
  const dlg = $('api-key-dialog');
  $('api-key-reason').textContent = reason
    || (store.get(KEYS.apiKey) ? 'The server refused the saved API key. Enter a valid one.' : 'This server needs an API key.');
  if (!dlg.open) {
    $('api-key').value = '';
    dlg.showModal();
    $('api-key').focus();
  }
}

function initKeyDialog() {
  const dlg = $('api-key-dialog');
  $('api-key-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const key = $('api-key').value.trim();
    if (!key) { $('api-key').focus(); return; }
    store.set(KEYS.apiKey, key);
    dlg.close();
    const waiters = state.keyWaiters;
    state.keyWaiters = [];
    toast('API key saved');
    waiters.forEach((f) => f());
    if (!state.schema && state.mode !== 'ended') loadSchema();
  });
  $('api-key-cancel').addEventListener('click', () => { state.keyWaiters = []; dlg.close(); });
  $('api-key-clear').addEventListener('click', () => {
    store.set(KEYS.apiKey, null);
    state.keyWaiters = [];
    dlg.close();
    toast('API key forgotten');
  });
  dlg.addEventListener('cancel', () => { state.keyWaiters = []; });
  $('api-key-btn').addEventListener('click', () => {
    askKey(null, store.get(KEYS.apiKey)
      ? 'A key is saved in this browser. Enter a new one to replace it.'
      : 'Enter the API key this browser should send (only needed when the server asks for one).');
  });
}

// ---------------------------------------------------------------- connection

function describeConn(conn) {
  if (!conn) return 'Connected';
  if (conn.url) return safeUrl(conn.url);
  const driver = DRIVER_LABEL[conn.driver] || conn.driver || 'Database';
  if (conn.driver === 'sqlite') return `${driver} · ${conn.database}`;
  const where = conn.host ? ` on ${conn.host}${conn.port ? `:${conn.port}` : ''}` : '';
  const who = conn.username ? ` as ${conn.username}` : '';
  return `${driver} · ${conn.database || ''}${where}${who}`;
}

function renderDbInfo() {
  const dl = $('db-info');
  dl.replaceChildren();
  let info = state.dbInfo;
  if (state.mode === 'demo') {
    info = { tables: state.schema ? state.schema.tables.length : '…' };
  }
  if (!info || typeof info !== 'object') {
    if (typeof info === 'string' && info) info = { info };
    else return;
  }
  for (const [k, v] of Object.entries(info)) {
    if (/pass|secret|token|key$/i.test(k) || v === null || v === undefined || v === '') continue;
    const wrap = document.createElement('div');
    const dt = document.createElement('dt');
    dt.textContent = k.replace(/_/g, ' ');
    const dd = document.createElement('dd');
    dd.textContent = typeof v === 'object' ? JSON.stringify(v) : String(v);
    wrap.append(dt, dd);
    dl.append(wrap);
  }
}

function renderConnection() {
  const badge = $('conn-badge');
  badge.dataset.state = state.mode || 'none';
  if (state.mode === 'session') badge.textContent = describeConn(state.conn);
  else if (state.mode === 'demo') badge.textContent = 'Demo database';
  else if (state.mode === 'ended') badge.textContent = 'Session ended';
  else badge.textContent = 'Not connected';
  badge.title = badge.textContent;

  const connected = state.mode === 'session' || state.mode === 'demo';
  const showPanel = state.connectOpen || state.mode === null;
  $('connect-panel').hidden = !showPanel;
  $('connect-close').hidden = state.mode === null;
  $('conn-summary').hidden = !connected || showPanel;
  $('disconnect').hidden = state.mode !== 'session';
  $('conn-title').textContent = state.mode === 'demo'
    ? "Demo database (the server's default database)"
    : describeConn(state.conn);
  $('session-banner').hidden = state.mode !== 'ended';
  renderDbInfo();
}

function openConnect(focusId) {
  state.connectOpen = true;
  renderConnection();
  $(focusId || 'connect-demo').focus();
}

function closeConnect() {
  state.connectOpen = false;
  renderConnection();
}

function connMode() {
  return $('conn-mode-url').checked ? 'url' : 'fields';
}

function applyFormMode() {
  const url = connMode() === 'url';
  $('url-block').hidden = !url;
  $('fields-block').hidden = url;
  const sqlite = $('conn-driver').value === 'sqlite';
  for (const f of document.querySelectorAll('[data-net]')) f.hidden = sqlite;
  $('conn-database-label').textContent = sqlite ? 'Database file (absolute path)' : 'Database';
  $('conn-database').placeholder = sqlite ? '/path/to/data.sqlite' : '';
  $('conn-port').placeholder = DEFAULT_PORT[$('conn-driver').value] || '';
}

function clearFieldErrors() {
  for (const f of FIELDS) {
    $(`err-${f}`).textContent = '';
    const input = $(`conn-${f}`);
    if (input) input.removeAttribute('aria-invalid');
  }
  $('err-connect').textContent = '';
}

function fieldError(field, message) {
  if (field && $(`err-${field}`)) {
    $(`err-${field}`).textContent = message;
    $(`conn-${field}`).setAttribute('aria-invalid', 'true');
    return `conn-${field}`;
  }
  $('err-connect').textContent = message;
  return null;
}

function prefillForm(conn) {
  if (!conn) return;
  if (conn.url) {
    $('conn-mode-url').checked = true;
    $('conn-url').value = safeUrl(conn.url);
  } else {
    $('conn-mode-fields').checked = true;
    $('conn-driver').value = conn.driver || 'postgres';
    $('conn-host').value = conn.host || '';
    $('conn-port').value = conn.port ? String(conn.port) : '';
    $('conn-database').value = conn.database || '';
    $('conn-username').value = conn.username || '';
  }
  applyFormMode();
}

/** Reads and checks the form; returns {body, errors:[[field, message]]}. */
function readForm() {
  const errors = [];
  if (connMode() === 'url') {
    const url = $('conn-url').value.trim();
    if (!url) errors.push(['url', 'Enter a connection URL.']);
    else if (!/^(postgres|postgresql|mysql|mariadb|sqlite):/i.test(url)) {
      errors.push(['url', 'The URL should start with postgres://, mysql:// or sqlite://.']);
    }
    return { body: { url }, errors };
  }
  const driver = $('conn-driver').value;
  const database = $('conn-database').value.trim();
  if (driver === 'sqlite') {
    if (!database) errors.push(['database', 'Enter the path of the SQLite file.']);
    else if (!database.startsWith('/')) errors.push(['database', 'Give the absolute path of the file (starting with /).']);
    return { body: { driver, database }, errors };
  }
  const host = $('conn-host').value.trim();
  const portText = $('conn-port').value.trim();
  const username = $('conn-username').value.trim();
  const password = $('conn-password').value;
  if (!host) errors.push(['host', 'Enter the host name or address of the database server.']);
  let port = null;
  if (portText) {
    port = Number(portText);
    if (!/^\d+$/.test(portText) || port < 1 || port > 65535) errors.push(['port', 'The port is a number from 1 to 65535.']);
  } else {
    port = Number(DEFAULT_PORT[driver]);
  }
  if (!database) errors.push(['database', 'Enter the name of the database.']);
  if (!username) errors.push(['username', 'Enter the user name to connect as.']);
  return { body: { driver, host, port, database, username, password }, errors };
}

/** Which form field a failed connect is about, from the server's words. */
function fieldFor(err, body) {
  if (body.url !== undefined) return 'url';
  const d = String(err.detail || '').toLowerCase();
  if (err.code === 'target_denied') return body.driver === 'sqlite' ? 'database' : 'host';
  if (err.code === 'bad_request') {
    for (const f of ['port', 'host', 'database', 'username', 'password', 'driver']) if (d.includes(f)) return f;
  }
  if (body.driver === 'sqlite') return 'database';
  if (/password|authenticat|access denied|credential/.test(d)) return 'password';
  if (/role .* does not exist|unknown user|user .* does not exist/.test(d)) return 'username';
  if (/database .*(does not exist|not found)|unknown database|no such (file|database)|not a database|unable to open/.test(d)) return 'database';
  if (/\bport\b/.test(d)) return 'port';
  if (/host|resolve|refused|unreachable|timed? ?out|timeout|dns|name or service|no route|network|connect/.test(d)) return 'host';
  return null;
}

async function endSession(id) {
  try {
    await api('DELETE', `/sessions/${encodeURIComponent(id)}`);
  } catch {
    /* already ended or unreachable: nothing to undo */
  }
}

async function connectWith(body) {
  clearFieldErrors();
  const submit = $('connect-submit');
  submit.disabled = true;
  submit.textContent = 'Connecting…';
  try {
    const res = await api('POST', '/database/connect', { body });
    if (!res || !res.session_id) throw new ApiError(500, 'bad_response', 'The server did not return a session.', res);
    const old = state.sessionId;
    if (old && old !== res.session_id) endSession(old);
    state.sessionId = res.session_id;
    state.mode = 'session';
    state.dbInfo = res.database_info ?? null;
    const { password, ...rest } = body;
    state.conn = body.url ? { url: safeUrl(body.url), hadPassword: safeUrl(body.url) !== body.url } : { ...rest, hadPassword: Boolean(password) };
    state.lastConnect = body;
    saveSession();
    $('conn-password').value = '';
    state.connectOpen = false;
    renderConnection();
    loadSchema();
    toast(res.message || 'Connected');
    $('question').focus();
    return true;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401 && err.code === 'unauthorized') {
      askKey(() => connectWith(body));
      return false;
    }
    state.connectOpen = true;
    renderConnection();
    const focus = fieldError(fieldFor(err, body), err.detail || err.message || 'Could not connect.');
    if (focus) $(focus).focus();
    return false;
  } finally {
    submit.disabled = false;
    submit.textContent = 'Connect';
  }
}

function useDemo() {
  if (state.sessionId) endSession(state.sessionId);
  state.sessionId = null;
  state.mode = 'demo';
  state.dbInfo = null;
  state.connectOpen = false;
  saveSession();
  clearFieldErrors();
  renderConnection();
  loadSchema();
  toast('Using the demo database');
  $('question').focus();
}

async function disconnect() {
  const id = state.sessionId;
  if (id) {
    try {
      await api('DELETE', `/sessions/${encodeURIComponent(id)}`);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401 && err.code === 'unauthorized') {
        askKey(disconnect);
        return;
      }
      // 404: the server had already forgotten it; anything else: clear locally anyway.
    }
  }
  state.sessionId = null;
  state.mode = null;
  state.dbInfo = null;
  state.lastConnect = null;
  saveSession();
  state.connectOpen = true;
  renderConnection();
  loadSchema();
  toast('Disconnected');
  $('connect-demo').focus();
}

function sessionEnded() {
  state.sessionId = null;
  state.mode = 'ended';
  saveSession();
  state.connectOpen = false;
  renderConnection();
  state.schema = null;
  $('schema-list').replaceChildren();
  $('schema-status').textContent = 'The session ended.';
  $('reconnect').focus();
}

async function reconnect() {
  const saved = state.lastConnect || (state.conn && !state.conn.hadPassword ? stripMeta(state.conn) : null);
  if (saved) {
    const ok = await connectWith(saved);
    if (ok) return;
    prefillForm(state.conn);
    return;
  }
  prefillForm(state.conn);
  openConnect(state.conn && state.conn.url ? 'conn-url' : 'conn-password');
}

function stripMeta(conn) {
  const { hadPassword, ...body } = conn;
  return body;
}

function initConnect() {
  prefillForm(state.conn);
  applyFormMode();
  $('conn-mode-fields').addEventListener('change', applyFormMode);
  $('conn-mode-url').addEventListener('change', applyFormMode);
  $('conn-driver').addEventListener('change', applyFormMode);
  $('connect-form').addEventListener('submit', (e) => {
    e.preventDefault();
    clearFieldErrors();
    const { body, errors } = readForm();
    if (errors.length) {
      let first = null;
      for (const [field, message] of errors) first = first || fieldError(field, message);
      if (first) $(first).focus();
      return;
    }
    connectWith(body);
  });
  for (const f of FIELDS) {
    const input = $(`conn-${f}`);
    input.addEventListener('input', () => {
      $(`err-${f}`).textContent = '';
      input.removeAttribute('aria-invalid');
    });
  }
  $('connect-demo').addEventListener('click', useDemo);
  $('banner-demo').addEventListener('click', useDemo);
  $('change-db').addEventListener('click', () => openConnect());
  $('connect-close').addEventListener('click', () => { closeConnect(); $('question').focus(); });
  $('disconnect').addEventListener('click', disconnect);
  $('reconnect').addEventListener('click', reconnect);
}

// ---------------------------------------------------------------- schema

function normalizeSchema(data) {
  let tables = [];
  const src = data && (data.tables || (data.schema && data.schema.tables));
  if (Array.isArray(src)) tables = src;
  else if (src && typeof src === 'object') tables = Object.entries(src).map(([name, t]) => ({ name, ...t }));
  else if (Array.isArray(data)) tables = data;
  const defaultSchema = data && (data.default_schema || (data.schema && data.schema.default_schema));
  return {
    tables: tables.map((t) => {
      const columns = (t.columns || []).map((c) => (typeof c === 'string' ? { name: c } : c));
      const pk = new Set(t.primary_key || columns.filter((c) => c.primary_key || c.pk || c.is_primary_key).map((c) => c.name));
      const fks = new Map();
      for (const fk of t.foreign_keys || []) {
        const cols = fk.columns || (fk.column ? [fk.column] : []);
        const refCols = fk.ref_columns || fk.references_columns || (fk.ref_column ? [fk.ref_column] : []);
        const refTable = fk.ref_table || fk.references_table || fk.foreign_table || '';
        cols.forEach((c, i) => fks.set(c, `${refTable}${refCols[i] ? `.${refCols[i]}` : ''}`));
      }
      const qualified = t.schema && t.schema !== defaultSchema ? `${t.schema}.${t.name}` : t.name;
      return {
        name: qualified,
        kind: t.kind || 'table',
        rows: t.row_estimate ?? t.row_count ?? t.rows ?? null,
        comment: t.comment || '',
        columns: columns.map((c) => ({
          name: c.name,
          type: String(c.data_type ?? c.type ?? ''),
          nullable: c.nullable,
          pk: pk.has(c.name),
          fk: fks.get(c.name) || null,
        })),
      };
    }),
  };
}

function compactCount(n) {
  if (typeof n !== 'number') return String(n);
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (n >= 1e4) return `${Math.round(n / 1e3)}k`;
  return String(n);
}

function markText(parent, text, needle) {
  if (!needle) { parent.textContent = text; return; }
  const i = text.toLowerCase().indexOf(needle);
  if (i < 0) { parent.textContent = text; return; }
  const mark = document.createElement('mark');
  mark.textContent = text.slice(i, i + needle.length);
  parent.append(text.slice(0, i), mark, text.slice(i + needle.length));
}

const expanded = new Set();

function renderSchema() {
  const list = $('schema-list');
  list.replaceChildren();
  if (!state.schema) return;
  const needle = $('schema-filter').value.trim().toLowerCase();
  let shown = 0;
  for (const t of state.schema.tables) {
    const tableHit = !needle || t.name.toLowerCase().includes(needle);
    const colHits = needle ? t.columns.filter((c) => c.name.toLowerCase().includes(needle) || c.type.toLowerCase().includes(needle)) : [];
    if (!tableHit && colHits.length === 0) continue;
    shown++;
    const open = expanded.has(t.name) || (needle && colHits.length > 0);
    const li = document.createElement('li');
    li.className = 'schema-table';
    li.dataset.table = t.name;
    const head = document.createElement('div');
    head.className = 'schema-table-head';
    const exp = document.createElement('button');
    exp.type = 'button';
    exp.className = 'schema-expand';
    exp.setAttribute('aria-expanded', String(Boolean(open)));
    exp.setAttribute('aria-label', `${open ? 'Hide' : 'Show'} columns of ${t.name}`);
    exp.innerHTML = '<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M9 6l6 6-6 6"/></svg>';
    exp.addEventListener('click', () => {
      if (expanded.has(t.name)) expanded.delete(t.name); else expanded.add(t.name);
      renderSchema();
      const again = list.querySelector(`li[data-table="${CSS.escape(t.name)}"] .schema-expand`);
      if (again) again.focus();
    });
    const name = document.createElement('button');
    name.type = 'button';
    name.className = 'schema-table-name';
    name.title = `Ask “show ${t.name}”`;
    name.dataset.testid = 'schema-table';
    markText(name, t.name, needle);
    if (t.kind === 'view') name.append(' ', Object.assign(document.createElement('span'), { className: 'muted small', textContent: 'view' }));
    name.addEventListener('click', () => {
      const q = $('question');
      q.value = `show ${t.name}`;
      state.historyPos = -1;
      q.focus();
      q.setSelectionRange(q.value.length, q.value.length);
      if (window.matchMedia('(max-width: 860px)').matches) toggleSidebar(false);
    });
    head.append(exp, name);
    if (t.rows !== null && t.rows !== undefined && t.rows >= 0) {
      const rows = document.createElement('span');
      rows.className = 'schema-rows';
      rows.textContent = `~${compactCount(t.rows)}`;
      rows.title = `about ${t.rows} rows`;
      head.append(rows);
    }
    li.append(head);
    if (open) {
      const ul = document.createElement('ul');
      ul.className = 'schema-cols';
      for (const c of t.columns) {
        const cli = document.createElement('li');
        const cname = document.createElement('span');
        cname.className = 'schema-col-name';
        markText(cname, c.name, needle);
        cli.append(cname);
        if (c.pk) cli.append(Object.assign(document.createElement('span'), { className: 'key key-pk', textContent: 'PK', title: 'primary key' }));
        if (c.fk) cli.append(Object.assign(document.createElement('span'), { className: 'key key-fk', textContent: 'FK', title: `references ${c.fk}` }));
        const type = document.createElement('span');
        type.className = 'schema-col-type';
        type.textContent = c.type;
        type.title = `${c.type || 'no declared type'}${c.nullable === false ? ', not null' : ''}`;
        cli.append(type);
        ul.append(cli);
      }
      li.append(ul);
    }
    list.append(li);
  }
  const total = state.schema.tables.length;
  $('schema-status').textContent = needle
    ? `${shown} of ${total} tables match`
    : `${total} table${total === 1 ? '' : 's'}${state.mode === 'session' ? '' : ' · default database'}`;
}

async function loadSchema() {
  const seq = ++state.schemaSeq;
  if (state.mode === 'ended') return;
  $('schema-status').textContent = 'Loading the schema…';
  try {
    const data = await api('GET', '/schema', { query: { session_id: state.sessionId } });
    if (seq !== state.schemaSeq) return;
    state.schema = normalizeSchema(data);
    renderSchema();
    if (state.mode === 'demo') renderDbInfo();
  } catch (err) {
    if (seq !== state.schemaSeq) return;
    state.schema = null;
    $('schema-list').replaceChildren();
    if (err instanceof ApiError && err.status === 401 && err.code === 'session_not_found') {
      sessionEnded();
    } else if (err instanceof ApiError && err.status === 401) {
      $('schema-status').textContent = 'The server needs an API key.';
    } else if (err instanceof ApiError && err.code === 'no_database') {
      $('schema-status').textContent = 'Connect to a database to see its schema.';
    } else {
      $('schema-status').textContent = `Could not load the schema: ${err.detail || err.message}`;
    }
  }
}

function toggleSidebar(force) {
  const sb = $('schema-sidebar');
  const open = force === undefined ? !sb.classList.contains('open') : force;
  sb.classList.toggle('open', open);
  $('schema-toggle').setAttribute('aria-expanded', String(open));
  if (open) $('schema-filter').focus();
}

function initSchema() {
  $('schema-filter').addEventListener('input', renderSchema);
  $('schema-refresh').addEventListener('click', loadSchema);
  $('schema-toggle').addEventListener('click', () => toggleSidebar());
}

// ---------------------------------------------------------------- asking

function pushHistory(q) {
  const h = state.history.filter((x) => x !== q);
  h.push(q);
  state.history = h.slice(-HISTORY_MAX);
  state.historyPos = -1;
  store.setJson(KEYS.history, state.history);
}

function startProgress(text, controller) {
  const started = performance.now();
  const run = { controller, started, timer: null };
  $('progress-text').textContent = text;
  $('elapsed').textContent = '0.0 s';
  $('progress').hidden = false;
  run.timer = setInterval(() => {
    $('elapsed').textContent = `${((performance.now() - started) / 1000).toFixed(1)} s`;
  }, 100);
  return run;
}

function stopProgress(run) {
  clearInterval(run.timer);
  if (state.running === run) {
    state.running = null;
    $('progress').hidden = true;
  }
}

function cancelRun() {
  if (state.running) {
    state.running.controller.abort();
    toast('Cancelled');
  }
}

function showError(err, retry) {
  const box = $('query-error');
  box.replaceChildren();
  const title = document.createElement('p');
  title.className = 'err-title';
  const detail = document.createElement('p');
  detail.textContent = err.detail || err.message || String(err);
  const titles = {
    not_understood: 'quarry could not turn that into SQL.',
    read_only_violation: 'quarry only runs read-only statements.',
    sql_error: 'The database rejected the SQL.',
    no_database: 'There is no database to ask.',
    too_expensive: 'That query would read too many rows.',
    statement_timeout: 'The query took too long and was stopped.',
    rate_limited: 'Too many requests.',
    quota_exceeded: 'A limit was reached.',
    unavailable: 'The database is busy or unreachable.',
    llm_unavailable: 'The language model is not answering.',
    forbidden: 'Not allowed.',
    network: 'No connection to the server.',
  };
  title.textContent = titles[err.code] || 'Something went wrong.';
  if (err.code && err.code !== 'network') {
    const code = document.createElement('span');
    code.className = 'err-code';
    code.textContent = `${err.status || ''} ${err.code}`.trim();
    title.append(code);
  }
  box.append(title, detail);
  if (err.retryAfter) {
    const p = document.createElement('p');
    p.className = 'small muted';
    p.textContent = `Try again in ${err.retryAfter} s.`;
    box.append(p);
  }
  const attempts = err.body && Array.isArray(err.body.attempts) ? err.body.attempts : [];
  if (attempts.length) {
    const ol = document.createElement('ol');
    for (const a of attempts) {
      const li = document.createElement('li');
      if (a.sql) { const c = document.createElement('code'); c.textContent = a.sql; li.append(c, document.createElement('br')); }
      li.append(a.error || 'no error');
      ol.append(li);
    }
    box.append(ol);
  }
  if (err.code === 'not_understood') {
    const hint = document.createElement('p');
    hint.className = 'small muted';
    hint.textContent = 'Try other words, name a table from the schema, or write the SQL yourself below.';
    box.append(hint);
    if ($('answer').hidden) {
      // Give the user an editor to write SQL in.
      state.question = $('question').value.trim() || null;
      setSql(attempts.length && attempts[attempts.length - 1].sql ? attempts[attempts.length - 1].sql : '');
    }
  }
  if (retry && err.status === 0) {
    const again = document.createElement('button');
    again.type = 'button';
    again.className = 'btn btn-sm';
    again.textContent = 'Try again';
    again.addEventListener('click', retry);
    box.append(again);
  }
  box.hidden = false;
}

async function run(path, body, ctx) {
  if (state.running) state.running.controller.abort();
  const controller = new AbortController();
  const runRec = startProgress(path === '/query' ? 'Thinking…' : 'Running the SQL…', controller);
  state.running = runRec;
  $('query-error').hidden = true;
  try {
    const res = await api('POST', path, { body: withSession(body), signal: controller.signal });
    if (state.running !== runRec) return;
    showResult(res || {}, ctx);
  } catch (err) {
    if (err && err.name === 'AbortError') return;
    if (state.running !== runRec && state.running !== null) return;
    if (err instanceof ApiError && err.status === 401 && err.code === 'session_not_found') {
      sessionEnded();
      return;
    }
    if (err instanceof ApiError && err.status === 401) {
      askKey(() => run(path, body, ctx));
      return;
    }
    showError(err, () => run(path, body, ctx));
  } finally {
    stopProgress(runRec);
  }
}

function ask() {
  const q = $('question').value.trim();
  if (!q) {
    $('question').focus();
    toast('Type a question first');
    return;
  }
  if (state.mode === 'ended') {
    renderConnection();
    $('reconnect').focus();
    return;
  }
  pushHistory(q);
  run('/query', { question: q }, { question: q, sqlOnly: false });
}

function runSql() {
  const sql = $('sql-editor').value.trim();
  if (!sql) { $('sql-editor').focus(); return; }
  if (state.mode === 'ended') {
    renderConnection();
    $('reconnect').focus();
    return;
  }
  run('/sql', { sql }, { question: state.question, sqlOnly: true });
}

function initAsk() {
  const q = $('question');
  $('ask-form').addEventListener('submit', (e) => { e.preventDefault(); ask(); });
  q.addEventListener('keydown', (e) => {
    if (e.isComposing) return;
    if (e.key === 'ArrowUp' && state.history.length) {
      e.preventDefault();
      if (state.historyPos === -1) state.draft = q.value;
      state.historyPos = Math.min(state.historyPos + 1, state.history.length - 1);
      q.value = state.history[state.history.length - 1 - state.historyPos];
      q.setSelectionRange(q.value.length, q.value.length);
    } else if (e.key === 'ArrowDown' && state.historyPos >= 0) {
      e.preventDefault();
      state.historyPos -= 1;
      q.value = state.historyPos === -1 ? state.draft : state.history[state.history.length - 1 - state.historyPos];
      q.setSelectionRange(q.value.length, q.value.length);
    }
  });
  q.addEventListener('input', () => { state.historyPos = -1; });
  $('cancel').addEventListener('click', cancelRun);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.running && !$('api-key-dialog').open) cancelRun();
  });
}

// ---------------------------------------------------------------- the answer

function setSql(sql) {
  state.sqlOrig = sql;
  const ed = $('sql-editor');
  ed.value = sql;
  syncSql();
  $('answer').hidden = false;
  $('welcome').hidden = true;
}

function syncSql() {
  const ed = $('sql-editor');
  $('sql-highlight').innerHTML = highlightSql(ed.value);
  $('sql-edited').hidden = ed.value.trim() === state.sqlOrig.trim();
}

function fmtMs(v) {
  if (typeof v !== 'number') return String(v);
  if (v < 1) return v.toFixed(2);
  return v < 10 ? v.toFixed(1) : String(Math.round(v));
}

function showResult(res, ctx) {
  const columns = Array.isArray(res.columns) ? res.columns.map((c) => (typeof c === 'string' ? { name: c, type: '' } : c)) : [];
  const rows = Array.isArray(res.rows) ? res.rows : [];
  state.result = { ...res, columns, rows };
  state.question = res.question || ctx.question || null;
  state.metas = describeColumns(columns, rows);
  state.sorted = rows.slice();
  state.sort = null;
  state.page = 0;
  if (state.mode === null && !state.sessionId) {
    // A sessionless answer came from the server's default database.
    state.mode = 'demo';
    saveSession();
    renderConnection();
  }
  if (res.session_id && state.sessionId && res.session_id !== state.sessionId) {
    state.sessionId = res.session_id;
    saveSession();
  }

  $('engine').textContent = res.engine ? `engine: ${res.engine}` : (ctx.sqlOnly ? 'your SQL' : '');
  const t = res.timings_ms || {};
  const parts = [];
  if (t.total !== undefined) parts.push(`total ${fmtMs(t.total)} ms`);
  const rest = Object.entries(t).filter(([k, v]) => k !== 'total' && v !== 0).map(([k, v]) => `${k} ${fmtMs(v)}`);
  if (rest.length) parts.push(`(${rest.join(' · ')})`);
  $('timings').textContent = parts.join(' ');
  $('explanation').textContent = res.explanation || '';

  const attempts = Array.isArray(res.attempts) ? res.attempts : [];
  $('attempts').hidden = attempts.length <= 1;
  $('attempts-summary').textContent = `${attempts.length} attempts (the first ${attempts.length - 1} failed)`;
  const ol = $('attempts-list');
  ol.replaceChildren();
  for (const a of attempts) {
    const li = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = a.sql || '(no SQL)';
    li.append(code);
    const meta = [a.engine, typeof a.ms === 'number' ? `${fmtMs(a.ms)} ms` : null].filter(Boolean).join(' · ');
    if (meta) li.append(` — ${meta}`);
    if (a.error) {
      const e = document.createElement('div');
      e.className = 'attempt-error';
      e.textContent = a.error;
      li.append(e);
    }
    ol.append(li);
  }

  setSql(res.sql || (ctx.sqlOnly ? $('sql-editor').value : ''));

  const summary = $('result-summary');
  summary.replaceChildren();
  const count = typeof res.row_count === 'number' ? res.row_count : rows.length;
  if (rows.length === 1 && columns.length === 1) {
    const v = rows[0][0];
    summary.append('Answer: ', Object.assign(document.createElement('strong'), { textContent: v === null ? 'NULL' : (typeof v === 'object' ? JSON.stringify(v) : String(v)) }));
  } else {
    summary.append(Object.assign(document.createElement('strong'), { textContent: String(count) }), ` row${count === 1 ? '' : 's'}`);
  }
  if (res.truncated) {
    summary.append(' · ', Object.assign(document.createElement('span'), { className: 'truncated-note', textContent: 'more rows exist; only these were returned (row cap)' }));
  }

  for (const id of ['feedback-up', 'feedback-down']) {
    $(id).setAttribute('aria-pressed', 'false');
    $(id).disabled = false;
  }
  // Feedback rates a question's generated SQL; SQL the user ran is not an answer to rate.
  $('feedback').hidden = !state.feedbackSupported || !state.question || ctx.sqlOnly;
  $('download-csv').disabled = columns.length === 0;
  $('copy-markdown').disabled = columns.length === 0;

  state.spec = chartSpec(state.metas, rows);
  $('tab-chart').hidden = !state.spec;
  if (state.spec) {
    state.chartKind = state.spec.isDate ? 'line' : 'bar';
    $(state.chartKind === 'line' ? 'chart-line' : 'chart-bar').checked = true;
  }
  if (!state.spec && state.view === 'chart') selectView('table');
  renderPage();
  if (state.view === 'chart') renderChart();
  $('answer').hidden = false;
  $('welcome').hidden = true;
}

function applySort() {
  const rows = state.result ? state.result.rows : [];
  if (!state.sort) { state.sorted = rows.slice(); return; }
  const meta = state.metas[state.sort.index];
  const cmp = compareFor(meta, state.sort.dir);
  state.sorted = rows.map((r, i) => [r, i]).sort((a, b) => cmp(a[0], b[0]) || a[1] - b[1]).map((x) => x[0]);
}

function onSort(index) {
  if (!state.sort || state.sort.index !== index) state.sort = { index, dir: 'asc' };
  else if (state.sort.dir === 'asc') state.sort = { index, dir: 'desc' };
  else state.sort = null;
  applySort();
  state.page = 0;
  renderPage();
  const btn = document.querySelector(`#result-table th[data-col="${index}"] button`);
  if (btn) btn.focus();
}

function renderPage() {
  const total = state.sorted.length;
  const size = state.pageSize;
  const pages = Math.max(1, Math.ceil(total / size));
  state.page = Math.min(state.page, pages - 1);
  const start = state.page * size;
  const slice = state.sorted.slice(start, start + size);
  renderTable($('result-table'), state.metas, slice, { sort: state.sort, onSort, start });
  $('pager').hidden = total <= 25 && size >= total;
  $('page-info').textContent = total ? `Rows ${start + 1}–${start + slice.length} of ${total}` : 'No rows';
  $('prev-page').disabled = state.page === 0;
  $('next-page').disabled = state.page >= pages - 1;
}

function renderChart() {
  if (!state.spec || !state.result) return;
  const note = drawChart($('chart'), state.spec, state.sorted, state.chartKind);
  $('chart-note').textContent = note;
}

function selectView(view) {
  state.view = view;
  const table = view === 'table';
  $('tab-table').setAttribute('aria-selected', String(table));
  $('tab-chart').setAttribute('aria-selected', String(!table));
  $('tab-table').tabIndex = table ? 0 : -1;
  $('tab-chart').tabIndex = table ? -1 : 0;
  $('table-panel').hidden = !table;
  $('chart-panel').hidden = table;
  if (!table) renderChart();
}

function downloadCsv() {
  if (!state.result) return;
  const csv = toCsv(state.result.columns, state.sorted);
  const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = 'quarry-result.csv';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  toast('CSV downloaded');
}

async function sendFeedback(correct) {
  if (!state.result) return;
  // Rate the SQL that produced the rows on screen, not whatever the editor holds now.
  const body = withSession({ question: state.question, sql: state.result.sql || $('sql-editor').value.trim(), correct });
  try {
    await api('POST', '/feedback', { body });
    $('feedback-up').setAttribute('aria-pressed', String(correct));
    $('feedback-down').setAttribute('aria-pressed', String(!correct));
    toast('Thanks for the feedback');
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.status === 405 || err.status === 501)) {
      state.feedbackSupported = false;
      $('feedback').hidden = true;
      toast('This server does not take feedback');
    } else if (err instanceof ApiError && err.status === 401 && err.code === 'unauthorized') {
      askKey(() => sendFeedback(correct));
    } else if (err instanceof ApiError && err.code === 'session_not_found') {
      sessionEnded();
    } else {
      toast(`Feedback not sent: ${err.detail || err.message}`);
    }
  }
}

function initAnswer() {
  const ed = $('sql-editor');
  ed.addEventListener('input', syncSql);
  ed.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); runSql(); }
  });
  $('run-sql').addEventListener('click', runSql);
  $('copy-sql').addEventListener('click', () => copyText(ed.value, 'SQL'));
  $('download-csv').addEventListener('click', downloadCsv);
  $('copy-markdown').addEventListener('click', () => {
    if (state.result) copyText(toMarkdown(state.metas, state.sorted), 'Markdown table');
  });
  $('feedback-up').addEventListener('click', () => sendFeedback(true));
  $('feedback-down').addEventListener('click', () => sendFeedback(false));
  $('prev-page').addEventListener('click', () => { state.page = Math.max(0, state.page - 1); renderPage(); });
  $('next-page').addEventListener('click', () => { state.page += 1; renderPage(); });
  $('page-size').addEventListener('change', () => {
    state.pageSize = Number($('page-size').value) || 50;
    state.page = 0;
    renderPage();
  });
  $('tab-table').addEventListener('click', () => selectView('table'));
  $('tab-chart').addEventListener('click', () => selectView('chart'));
  for (const tab of [$('tab-table'), $('tab-chart')]) {
    tab.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      if ($('tab-chart').hidden) return;
      const next = state.view === 'table' ? 'chart' : 'table';
      selectView(next);
      $(`tab-${next}`).focus();
    });
  }
  for (const id of ['chart-bar', 'chart-line']) {
    $(id).addEventListener('change', () => {
      state.chartKind = $('chart-line').checked ? 'line' : 'bar';
      renderChart();
    });
  }
}

// ---------------------------------------------------------------- routing

function route() {
  const view = location.hash.startsWith('#/status') ? 'status' : 'ask';
  $('view-ask').hidden = view !== 'ask';
  $('view-status').hidden = view !== 'status';
  for (const a of document.querySelectorAll('.mainnav a')) {
    if (a.dataset.route === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.title = view === 'status' ? 'Status · quarry' : 'quarry';
  $('schema-toggle').hidden = view !== 'ask';
  if (view === 'status' && !state.stopStatus) {
    let prompted = false;
    state.stopStatus = startStatus({
      onAuth: () => {
        if (!prompted) askKey(null, 'The status page needs an admin API key.');
        prompted = true;
      },
    });
  } else if (view !== 'status' && state.stopStatus) {
    state.stopStatus();
    state.stopStatus = null;
  }
}

// ---------------------------------------------------------------- start

function init() {
  window.addEventListener('error', (e) => toast(`Unexpected error: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => {
    const r = e.reason;
    toast(`Unexpected error: ${(r && (r.detail || r.message)) || r}`);
  });
  initKeyDialog();
  initConnect();
  initSchema();
  initAsk();
  initAnswer();
  document.querySelector('.skip-link').addEventListener('click', (e) => {
    e.preventDefault();
    if (location.hash.startsWith('#/status')) location.hash = '#/';
    $('question').focus();
  });
  window.addEventListener('hashchange', route);
  route();
  renderConnection();
  if (state.mode !== 'ended') loadSchema();
  document.documentElement.dataset.ready = 'true';
}

init();

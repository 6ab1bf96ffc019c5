// Result rows: column kinds, the table, sorting, CSV and Markdown.

const NUMERIC_TYPE = /^(tinyint|smallint|mediumint|int|integer|bigint|int2|int4|int8|serial|bigserial|smallserial|numeric|decimal|dec|real|float|float4|float8|double|double precision|money|number|unsigned|oid)\b/i;
const NUMERIC_STRING = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE_TYPE = /^(date|datetime|timestamp|timestamptz|year)\b/i;
const DATE_STRING = /^\d{4}-\d{2}(-\d{2})?([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
export const ELIDE_AT = 60;

/** True when a value is a number, or a string that holds one (numeric/decimal, big integers). */
export function isNumericValue(v) {
  if (typeof v === 'number') return true;
  if (typeof v === 'string') return NUMERIC_STRING.test(v) || v === 'NaN' || v === 'Infinity' || v === '-Infinity';
  return false;
}

export function toNumber(v) {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const n = Number(v);
    return Number.isNaN(n) && v !== 'NaN' ? null : n;
  }
  if (typeof v === 'boolean') return v ? 1 : 0;
  return null;
}

/**
 * Decides for each column whether it is numeric (right-aligned, chartable) or a date, from its
 * type name and its values. A text column whose values look like numbers stays text.
 */
export function describeColumns(columns, rows) {
  return columns.map((col, i) => {
    const type = String(col.type || '').toLowerCase();
    let nonNull = 0;
    let nums = 0;
    let jsonNums = 0;
    let dates = 0;
    let bools = 0;
    const limit = Math.min(rows.length, 500);
    for (let r = 0; r < limit; r++) {
      const v = rows[r][i];
      if (v === null || v === undefined) continue;
      nonNull++;
      if (typeof v === 'number') { nums++; jsonNums++; } else if (isNumericValue(v)) nums++;
      if (typeof v === 'string' && DATE_STRING.test(v)) dates++;
      if (typeof v === 'boolean') bools++;
    }
    const typedNumeric = NUMERIC_TYPE.test(type) && !/^tinyint\(1\)/.test(type);
    const typedText = /char|text|clob|string|uuid|enum|json|bytea|blob/.test(type);
    let numeric;
    if (typedNumeric) numeric = nonNull === 0 || nums === nonNull;
    else if (typedText) numeric = false;
    else numeric = nonNull > 0 && jsonNums === nonNull; // untyped (computed SQLite columns): JSON numbers only
    const date = !numeric && (DATE_TYPE.test(type) || (nonNull > 0 && dates === nonNull));
    return { name: col.name, type, index: i, numeric, date, bool: nonNull > 0 && bools === nonNull };
  });
}

/** The text of a value as shown and exported (null -> null). */
export function valueText(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Comparator for a column: numbers numerically, text naturally, nulls always last. */
export function compareFor(meta, dir) {
  const sign = dir === 'desc' ? -1 : 1;
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  return (a, b) => {
    const va = a[meta.index];
    const vb = b[meta.index];
    const na = va === null || va === undefined;
    const nb = vb === null || vb === undefined;
    if (na || nb) return na === nb ? 0 : (na ? 1 : -1);
    if (meta.numeric || (typeof va === 'number' && typeof vb === 'number')) {
      const x = toNumber(va);
      const y = toNumber(vb);
      if (x !== null && y !== null && x !== y) return (x < y ? -1 : 1) * sign;
      if (x !== null && y !== null) return 0;
    }
    if (typeof va === 'boolean' && typeof vb === 'boolean') return (Number(va) - Number(vb)) * sign;
    return collator.compare(valueText(va), valueText(vb)) * sign;
  };
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

function cell(value, meta) {
  const td = el('td');
  if (meta.numeric) td.className = 'num';
  if (value === null || value === undefined) {
    td.append(el('span', { class: 'null', text: 'NULL' }));
    return td;
  }
  if (typeof value === 'boolean') {
    td.append(el('span', { class: 'bool', text: String(value) }));
    return td;
  }
  const text = valueText(value);
  if (meta.numeric) {
    td.textContent = text;
    return td;
  }
  const span = el('span', { class: typeof value === 'object' ? 'cell-text json' : 'cell-text', text });
  if (text.length > ELIDE_AT || text.includes('\n')) span.title = text;
  td.append(span);
  return td;
}

/**
 * Fills `table` with one page of rows. `sort` is {index, dir} or null; `onSort(index)` is
 * called when a header is activated.
 */
export function renderTable(table, metas, rows, { sort, onSort, start = 0 }) {
  table.replaceChildren();
  const thead = el('thead');
  const hr = el('tr');
  for (const meta of metas) {
    const dir = sort && sort.index === meta.index ? sort.dir : null;
    const th = el('th', {
      scope: 'col',
      class: meta.numeric ? 'num' : null,
      'aria-sort': dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none',
      'data-col': meta.index,
    });
    const btn = el('button', { type: 'button', class: 'sort-btn', title: `Sort by ${meta.name}` });
    btn.append(el('span', { class: 'col-name', text: meta.name }));
    if (meta.type) btn.append(el('span', { class: 'col-type', text: meta.type }));
    btn.append(el('span', { class: 'sort-ind', 'aria-hidden': 'true', text: dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '' }));
    btn.addEventListener('click', () => onSort(meta.index));
    th.append(btn);
    hr.append(th);
  }
  thead.append(hr);
  const tbody = el('tbody');
  if (rows.length === 0) {
    tbody.append(el('tr', { class: 'empty-row' }, el('td', { colspan: Math.max(1, metas.length), text: 'No rows.' })));
  }
  rows.forEach((row, r) => {
    const tr = el('tr', { 'data-row': start + r });
    for (const meta of metas) tr.append(cell(row[meta.index], meta));
    tbody.append(tr);
  });
  table.append(thead, tbody);
}

function csvField(v) {
  const t = valueText(v);
  if (t === null) return '';
  return /[",\r\n]/.test(t) || /^\s|\s$/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/** RFC 4180 CSV with a header line; NULL is an empty field. */
export function toCsv(columns, rows) {
  const lines = [columns.map((c) => csvField(c.name)).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function mdField(v) {
  const t = valueText(v);
  if (t === null) return 'NULL';
  return t.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** A GitHub-flavoured Markdown table, numbers right-aligned. */
export function toMarkdown(metas, rows) {
  const head = `| ${metas.map((m) => mdField(m.name)).join(' | ')} |`;
  const rule = `| ${metas.map((m) => (m.numeric ? '---:' : '---')).join(' | ')} |`;
  const body = rows.map((row) => `| ${metas.map((m) => mdField(row[m.index])).join(' | ')} |`);
  return [head, rule, ...body].join('\n');
}

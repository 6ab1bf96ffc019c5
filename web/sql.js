// A small SQL highlighter: a tokenizer good enough for display, never used to decide anything.

const KEYWORDS = new Set(`
select from where and or not in is null as on join inner left right full outer cross natural
using group by order having limit offset fetch first next rows row only distinct all any some
union intersect except case when then else end asc desc nulls last with recursive values table
between like ilike similar exists cast over partition window filter within true false
explain analyze show lateral collate interval date time timestamp escape top percent ties
insert update delete into set create drop alter grant revoke truncate returning
`.trim().split(/\s+/));

const FUNCTIONS = new Set(`
count sum avg min max coalesce nullif round floor ceil ceiling abs lower upper length trim
substr substring strftime date_trunc extract now current_date current_timestamp greatest least
concat replace row_number rank dense_rank lag lead first_value last_value ntile cume_dist
percent_rank string_agg group_concat array_agg json_agg to_char year month day julianday
datetime printf ifnull iif total
`.trim().split(/\s+/));

const TOKEN = new RegExp([
  /(--[^\n]*|\/\*[\s\S]*?(?:\*\/|$))/.source, // 1 comment
  /('(?:[^']|'')*'?)/.source, // 2 string
  /("(?:[^"]|"")*"?|`(?:[^`]|``)*`?|\[[^\]\n]*\]?)/.source, // 3 quoted identifier
  /(\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b|\.\d+\b)/.source, // 4 number
  /([A-Za-z_][A-Za-z0-9_$]*)/.source, // 5 word
].join('|'), 'g');

export function escapeHtml(s) {
  return String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** HTML for `sql` with spans around keywords, functions, strings, numbers and comments. */
export function highlightSql(sql) {
  let out = '';
  let last = 0;
  TOKEN.lastIndex = 0;
  let m;
  while ((m = TOKEN.exec(sql)) !== null) {
    if (m[0] === '') { TOKEN.lastIndex++; continue; }
    out += escapeHtml(sql.slice(last, m.index));
    const text = escapeHtml(m[0]);
    if (m[1] !== undefined) out += `<span class="tok-com">${text}</span>`;
    else if (m[2] !== undefined) out += `<span class="tok-str">${text}</span>`;
    else if (m[3] !== undefined) out += `<span class="tok-id">${text}</span>`;
    else if (m[4] !== undefined) out += `<span class="tok-num">${text}</span>`;
    else {
      const lower = m[0].toLowerCase();
      const next = sql.slice(TOKEN.lastIndex).match(/^\s*\(/);
      if (KEYWORDS.has(lower) && !(next && FUNCTIONS.has(lower))) out += `<span class="tok-kw">${text}</span>`;
      else if (next && FUNCTIONS.has(lower)) out += `<span class="tok-fn">${text}</span>`;
      else out += text;
    }
    last = TOKEN.lastIndex;
  }
  out += escapeHtml(sql.slice(last));
  // A trailing newline needs a character after it to take up a line in a <pre>.
  if (sql.endsWith('\n') || sql === '') out += ' ';
  return out;
}

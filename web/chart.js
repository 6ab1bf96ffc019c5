// Bar and line charts as SVG, drawn here (no library, works offline).

import { toNumber } from './table.js';

const SVG = 'http://www.w3.org/2000/svg';
const MAX_SERIES = 6;
const MAX_BARS = 200;
const MAX_POINTS = 5000;

/**
 * What can be charted: one label column (text or date) and numeric columns, at least two rows.
 * Returns {label, series, isDate} or null.
 */
export function chartSpec(metas, rows) {
  if (rows.length < 2 || metas.length < 2) return null;
  const label = metas.find((m) => !m.numeric);
  if (!label) return null;
  const series = metas.filter((m) => m.numeric && m !== label).slice(0, MAX_SERIES);
  if (series.length === 0) return null;
  return { label, series, isDate: label.date };
}

function node(tag, attrs = {}, text) {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) n.setAttribute(k, String(v));
  if (text !== undefined) n.textContent = text;
  return n;
}

/** Round tick values covering [min, max]. */
export function niceTicks(min, max, count = 5) {
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.5;
    min -= pad; max += pad;
  }
  const span = max - min;
  const step0 = span / count;
  const mag = 10 ** Math.floor(Math.log10(step0));
  const err = step0 / mag;
  const step = (err >= 7.5 ? 10 : err >= 3.5 ? 5 : err >= 1.5 ? 2 : 1) * mag;
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const ticks = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

function fmt(n) {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${(n / 1e9).toPrecision(3).replace(/\.?0+$/, '')}B`;
  if (abs >= 1e6) return `${(n / 1e6).toPrecision(3).replace(/\.?0+$/, '')}M`;
  if (abs >= 1e4) return `${(n / 1e3).toPrecision(3).replace(/\.?0+$/, '')}k`;
  return String(Number(n.toPrecision(6)));
}

function shorten(s, max) {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/**
 * Draws the chart into `container`. `kind` is 'bar' or 'line'. Returns a note for the user
 * (e.g. when rows were left out), or ''.
 */
export function drawChart(container, spec, rows, kind) {
  container.replaceChildren();
  let note = '';
  const cap = kind === 'bar' ? MAX_BARS : MAX_POINTS;
  let data = rows;
  if (spec.isDate) {
    data = rows.filter((r) => r[spec.label.index] !== null && r[spec.label.index] !== undefined)
      .slice().sort((a, b) => String(a[spec.label.index]).localeCompare(String(b[spec.label.index])));
  }
  if (data.length > cap) {
    note = `Showing the first ${cap} of ${data.length} rows.`;
    data = data.slice(0, cap);
  }
  const labels = data.map((r) => (r[spec.label.index] === null || r[spec.label.index] === undefined ? 'NULL' : String(r[spec.label.index])));
  const values = spec.series.map((s) => data.map((r) => toNumber(r[s.index])));
  const finite = values.flat().filter((v) => v !== null && Number.isFinite(v));
  if (finite.length === 0) {
    container.append(document.createTextNode('Nothing to chart: no numeric values.'));
    return note;
  }
  let min = Math.min(0, ...finite);
  let max = Math.max(0, ...finite);
  if (kind === 'line' && finite.every((v) => v > 0)) {
    // A line need not start at zero; keep some headroom below the lowest point.
    const lo = Math.min(...finite);
    if (lo > (max - lo)) min = lo - (max - lo) * 0.1;
  }
  const ticks = niceTicks(min, max, 5);
  min = ticks[0];
  max = ticks[ticks.length - 1];

  const W = 800;
  const H = 360;
  const tickWidth = Math.max(...ticks.map((t) => fmt(t).length)) * 7 + 14;
  const n = labels.length;
  const rotate = n > 8 || labels.some((l) => l.length > 14 && n > 4);
  const maxLabelChars = rotate ? 16 : Math.max(4, Math.floor(((W - tickWidth) / n) / 7));
  const legend = spec.series.length > 1;
  // Rotated labels hang left of their tick: leave room for the first one.
  const firstLabel = rotate ? Math.min(labels[0].length, maxLabelChars) * 7 * 0.77 + 8 : 0;
  const m = { top: legend ? 34 : 16, right: 16, bottom: rotate ? 86 : 34, left: Math.max(tickWidth, firstLabel) };
  const pw = W - m.left - m.right;
  const ph = H - m.top - m.bottom;
  const y = (v) => m.top + ph - ((v - min) / (max - min)) * ph;

  const title = `${kind === 'bar' ? 'Bar' : 'Line'} chart of ${spec.series.map((s) => s.name).join(', ')} by ${spec.label.name}`;
  const svg = node('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': title, preserveAspectRatio: 'xMidYMid meet' });
  svg.append(node('title', {}, title));

  const grid = node('g', { class: 'grid' });
  const axis = node('g', { class: 'axis' });
  for (const t of ticks) {
    const ty = y(t);
    grid.append(node('line', { x1: m.left, x2: W - m.right, y1: ty, y2: ty }));
    axis.append(node('text', { x: m.left - 8, y: ty + 4, 'text-anchor': 'end' }, fmt(t)));
  }
  axis.append(node('line', { x1: m.left, x2: W - m.right, y1: y(Math.max(min, Math.min(0, max))), y2: y(Math.max(min, Math.min(0, max))) }));
  svg.append(grid, axis);

  // x positions: bands for bars, time or even spacing for lines.
  const band = pw / n;
  let xs = labels.map((_, i) => m.left + band * (i + 0.5));
  if (kind === 'line') {
    const times = labels.map((l) => (spec.isDate ? Date.parse(l.length === 7 ? `${l}-01` : l) : NaN));
    const timed = spec.isDate && times.every((t) => Number.isFinite(t)) && n > 1 && times[n - 1] > times[0];
    if (timed) {
      const t0 = times[0];
      const t1 = times[n - 1];
      xs = times.map((t) => m.left + ((t - t0) / (t1 - t0)) * pw);
    } else if (n > 1) {
      xs = labels.map((_, i) => m.left + (pw * i) / (n - 1));
    }
  }

  const xAxis = node('g', { class: 'axis' });
  const every = Math.max(1, Math.ceil(n / (rotate ? 30 : 12)));
  labels.forEach((l, i) => {
    if (i % every !== 0) return;
    const tx = xs[i];
    const ty = m.top + ph + 16;
    const t = node('text', rotate
      ? { x: tx, y: ty, 'text-anchor': 'end', transform: `rotate(-40 ${tx} ${ty})` }
      : { x: tx, y: ty, 'text-anchor': 'middle' }, shorten(l, maxLabelChars));
    if (l.length > maxLabelChars) t.append(node('title', {}, l));
    xAxis.append(t);
  });
  svg.append(xAxis);

  const plot = node('g');
  if (kind === 'bar') {
    const inner = band * 0.8;
    const bw = inner / spec.series.length;
    const base = y(Math.max(min, Math.min(0, max)));
    spec.series.forEach((s, si) => {
      values[si].forEach((v, i) => {
        if (v === null || !Number.isFinite(v)) return;
        const x = m.left + band * i + (band - inner) / 2 + bw * si;
        const yv = y(v);
        const rect = node('rect', {
          class: `bar series-${si}`, x: x.toFixed(1), y: Math.min(yv, base).toFixed(1),
          width: Math.max(1, bw - (spec.series.length > 1 ? 1 : 0)).toFixed(1),
          height: Math.max(0.5, Math.abs(base - yv)).toFixed(1), rx: Math.min(3, bw / 4).toFixed(1),
        });
        rect.append(node('title', {}, `${labels[i]} · ${s.name}: ${data[i][s.index]}`));
        plot.append(rect);
      });
    });
  } else {
    spec.series.forEach((s, si) => {
      let d = '';
      let pen = false;
      values[si].forEach((v, i) => {
        if (v === null || !Number.isFinite(v)) { pen = false; return; }
        d += `${pen ? 'L' : 'M'}${xs[i].toFixed(1)},${y(v).toFixed(1)}`;
        pen = true;
      });
      plot.append(node('path', { class: `line series-${si}`, d }));
      if (n <= 120) {
        values[si].forEach((v, i) => {
          if (v === null || !Number.isFinite(v)) return;
          const c = node('circle', { class: `pt series-${si}`, cx: xs[i].toFixed(1), cy: y(v).toFixed(1), r: n > 40 ? 2.5 : 3.5 });
          c.append(node('title', {}, `${labels[i]} · ${s.name}: ${data[i][s.index]}`));
          plot.append(c);
        });
      }
    });
  }
  svg.append(plot);

  if (legend) {
    const g = node('g', { class: 'legend' });
    let lx = m.left;
    spec.series.forEach((s, si) => {
      g.append(node('rect', { class: `series-${si}`, x: lx, y: 10, width: 12, height: 12, rx: 2 }));
      const name = shorten(s.name, 24);
      g.append(node('text', { x: lx + 17, y: 20 }, name));
      lx += 17 + name.length * 7 + 18;
    });
    svg.append(g);
  }
  container.append(svg);
  return note;
}

/**
 * Incidents and casualties per year as inline SVG, drawn here: two bar
 * panels sharing the year axis (incidents; killed and wounded stacked).
 * Integer coordinates only, so the same events always give the same bytes.
 */
import { escapeHtml as esc } from './html.js';

export interface ChartEvent {
  year: number | null;
  killed: number | null;
  wounded: number | null;
  aggregate: boolean;
}


/** A round step so that max/step gives about four gridlines. */
function niceStep(max: number): number {
  const raw = Math.max(1, max / 4);
  const pow = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow);
}

interface Bar {
  value: number;
  cls: string;
  /** What the value counts, for the tooltip ("incidents", "killed"). */
  what: string;
}

function panel(x0: number, title: string, years: number[], stacks: Bar[][]): string {
  const width = 440;
  const [top, height, left] = [28, 170, 44];
  const max = Math.max(1, ...stacks.map((s) => s.reduce((t, b) => t + b.value, 0)));
  const step = niceStep(max);
  const ceiling = Math.ceil(max / step) * step;
  const y = (v: number) => top + height - Math.round((v / ceiling) * height);
  const slot = Math.floor((width - left - 8) / Math.max(1, years.length));
  const barWidth = Math.max(2, Math.min(28, slot - 3));
  const out: string[] = [`<g transform="translate(${x0},0)">`, `<text class="ct" x="${left}" y="16">${esc(title)}</text>`];
  for (let v = 0; v <= ceiling; v += step) out.push(`<line class="grid" x1="${left}" x2="${width - 8}" y1="${y(v)}" y2="${y(v)}"/><text class="tick" x="${left - 5}" y="${y(v) + 4}" text-anchor="end">${v.toLocaleString('en-US')}</text>`);
  const labelEvery = Math.ceil(years.length / Math.max(1, Math.floor((width - left) / 34)));
  years.forEach((year, i) => {
    const x = left + i * slot + Math.floor((slot - barWidth) / 2);
    let base = 0;
    for (const bar of stacks[i]!) {
      if (bar.value > 0) out.push(`<rect class="${bar.cls}" x="${x}" y="${y(base + bar.value)}" width="${barWidth}" height="${y(base) - y(base + bar.value)}"><title>${year}: ${bar.value.toLocaleString('en-US')} ${esc(bar.what)}</title></rect>`);
      base += bar.value;
    }
    if (i % labelEvery === 0) out.push(`<text class="tick" x="${x + Math.floor(barWidth / 2)}" y="${top + height + 16}" text-anchor="middle">${year}</text>`);
  });
  out.push('</g>');
  return out.join('');
}

/** The chart, or null when no event has a year. Totals over several incidents and undated events are left out (the caption says how many). */
export function incidentChart(events: readonly ChartEvent[]): string | null {
  const dated = events.filter((e) => e.year !== null && !e.aggregate);
  if (dated.length === 0) return null;
  const ys = dated.map((e) => e.year!);
  const years: number[] = [];
  for (let y = Math.min(...ys); y <= Math.max(...ys); y++) years.push(y);
  const per = years.map((y) => dated.filter((e) => e.year === y));
  const incidents = panel(0, 'Incidents per year', years, per.map((es) => [{ value: es.length, cls: 'bar-i', what: es.length === 1 ? 'incident' : 'incidents' }]));
  const casualties = panel(
    450,
    'Killed and wounded per year',
    years,
    per.map((es) => [
      { value: es.reduce((t, e) => t + (e.killed ?? 0), 0), cls: 'bar-k', what: 'killed' },
      { value: es.reduce((t, e) => t + (e.wounded ?? 0), 0), cls: 'bar-w', what: 'wounded' },
    ]),
  );
  const legend = `<g transform="translate(${450 + 290},8)"><rect class="bar-k" x="0" y="0" width="10" height="10"/><text class="tick" x="14" y="9">killed</text><rect class="bar-w" x="60" y="0" width="10" height="10"/><text class="tick" x="74" y="9">wounded</text></g>`;
  return `<svg class="chart" viewBox="0 0 890 222" width="890" height="222" role="img" aria-label="Incidents and casualties per year">${incidents}${casualties}${legend}</svg>`;
}

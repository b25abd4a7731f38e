/**
 * The review page: one self-contained HTML file. Everything a reader sees is
 * rendered here (so the page reads and prints without its script); the inline
 * script only adds the clicks, the sort, the filter and the keys. The
 * Content-Security-Policy allows nothing but that one script and that one
 * style, by their hashes, so the page can fetch nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffRecords } from '../diff/index.js';
import { changeLines, type Line } from '../diff/render.js';
import type { Changes } from '../diff/schema.js';
import { packageRoot } from '../package-root.js';
import type { CrtxEvent, CrtxRecord } from '../record/schema.js';
import { incidentChart, type ChartEvent } from './chart.js';
import { countText, eventDate, factsOf, FIELDS, type Fact } from './facts.js';
import { escapeHtml as esc, jsonForScript } from './html.js';
import type { ReviewItem } from './load.js';
import { segment, type Mark } from './segments.js';

/** How a diagnostic is marked in the text: a sentence no rule read, a warning or error, or other information. */
type DiagKind = 'u' | 'w' | 'i';
const diagKind = (d: CrtxRecord['diagnostics'][number]): DiagKind => (d.code === 'unconsumed' ? 'u' : d.severity === 'info' ? 'i' : 'w');
const DIAG_LABEL: Record<DiagKind, string> = { u: 'unconsumed', w: 'warning', i: 'note' };

interface Org {
  item: ReviewItem;
  facts: Array<Fact & { id: number }>;
  diags: Array<{ id: number; kind: DiagKind; d: CrtxRecord['diagnostics'][number] }>;
}

export interface ReviewPage {
  html: string;
  organizations: number;
  facts: number;
}

function asset(name: string): string {
  return readFileSync(join(packageRoot(), 'src', 'review', name), 'utf8');
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
const title = (o: { name: string; acronym: string | null }) => o.name + (o.acronym ? ` (${o.acronym})` : '');
const orgTitle = (r: CrtxRecord) => title(r.organization);

/** The profile's part of the text: from the first to the last evidence, widened to whole lines. */
function profileRange(text: string, org: Org): { from: number; to: number } {
  const spans = [...org.facts.flatMap((f) => f.spans), ...org.diags.flatMap((d) => (d.d.evidence ? [d.d.evidence] : [])), ...org.item.record.sections.map((s) => s.evidence)];
  const from = Math.min(...spans.map((s) => s.start));
  const to = Math.max(...spans.map((s) => s.end));
  const lineEnd = text.indexOf('\n', to);
  return { from: text.lastIndexOf('\n', from - 1) + 1, to: lineEnd === -1 ? text.length : lineEnd };
}

/** The text with every evidence span and marked diagnostic as flat segments. */
function renderText(text: string, org: Org): string {
  const { from, to } = profileRange(text, org);
  const owners: Array<{ fact?: Org['facts'][number]; diag?: Org['diags'][number]; length: number }> = [];
  const marks: Mark[] = [];
  for (const fact of org.facts) {
    for (const s of fact.spans) {
      marks.push({ start: s.start, end: s.end, key: owners.length });
      owners.push({ fact, length: s.end - s.start });
    }
  }
  for (const diag of org.diags) {
    if (!diag.d.evidence) continue;
    marks.push({ start: diag.d.evidence.start, end: diag.d.evidence.end, key: owners.length });
    owners.push({ diag, length: diag.d.evidence.end - diag.d.evidence.start });
  }
  const out: string[] = [];
  for (const seg of segment(from, to, marks)) {
    const piece = esc(text.slice(seg.start, seg.end));
    if (seg.keys.length === 0) {
      out.push(piece);
      continue;
    }
    const covering = seg.keys.map((k) => owners[k]!);
    const facts = [...new Set(covering.flatMap((o) => (o.fact ? [o.fact.id] : [])))];
    const diags = [...new Set(covering.flatMap((o) => (o.diag ? [o.diag] : [])))];
    const classes: string[] = [];
    if (facts.length > 0) {
      // The innermost span gives the color: a leader's name inside an event sentence shows as a leader.
      const inner = covering.filter((o) => o.fact).reduce((a, b) => (b.length < a.length ? b : a));
      classes.push('m', `f-${inner.fact!.field}`);
      if (facts.length > 1) classes.push('multi');
    }
    for (const kind of ['u', 'w', 'i'] as const) if (diags.some((d) => d.kind === kind)) classes.push(`d-${kind}`);
    const attrs = [`class="${classes.join(' ')}"`, `data-s="${seg.start}"`];
    if (facts.length > 0) attrs.push(`data-f="${facts.join(' ')}"`);
    if (diags.length > 0) attrs.push(`data-d="${diags.map((d) => d.id).join(' ')}"`);
    out.push(`<span ${attrs.join(' ')}>${piece}</span>`);
  }
  return out.join('');
}

/** Why a text cannot be highlighted: missing, or shorter than the record's offsets. */
function textProblem(org: Org): string | null {
  const { text, textSource } = org.item;
  if (text === null) return `The text this record points into (${textSource}) was not found, so nothing is highlighted.`;
  const end = Math.max(...org.facts.flatMap((f) => f.spans.map((s) => s.end)), ...org.diags.map((d) => d.d.evidence?.end ?? 0));
  if (end > text.length) return `The text ${textSource} is shorter (${text.length} characters) than the record's evidence (up to ${end}): it is not the text this record was made from, so nothing is highlighted.`;
  return null;
}

function renderOrg(org: Org): string {
  const r = org.item.record;
  const problem = textProblem(org);
  const count = (k: DiagKind) => org.diags.filter((d) => d.kind === k).length;
  const facts = org.facts
    .map((f) => `<li class="fact f-${f.field}" id="f${f.id}" tabindex="-1"><b>${esc(f.label)}</b> ${esc(f.value)} <small>${esc(f.spans[0]!.section)} ${f.spans[0]!.start}–${f.spans[0]!.end}</small></li>`)
    .join('');
  const diags = org.diags
    .map(({ id, kind, d }) => {
      const quote = d.evidence && org.item.text && !problem ? org.item.text.slice(d.evidence.start, d.evidence.end).replace(/\s+/g, ' ') : '';
      const shown = quote.length > 140 ? `${quote.slice(0, 137)}…` : quote;
      return `<li class="diag d-${kind}" id="d${id}" tabindex="-1"><b>${DIAG_LABEL[kind]}</b> ${d.code === DIAG_LABEL[kind] ? '' : `<code>${esc(d.code)}</code> `}${esc(d.message)}${shown ? ` <q>${esc(shown)}</q>` : ''}</li>`;
    })
    .join('');
  return `<article class="org" id="${esc(r.id)}">
<h2><span class="yr">${r.report.year}</span> ${esc(orgTitle(r))}</h2>
<p class="meta">record <code>${esc(r.id)}</code> · text <code>${esc(org.item.textSource)}</code> · ${plural(org.facts.length, 'fact')} · ${plural(count('w'), 'warning')} · ${count('u')} unconsumed</p>
<div class="cols"><div class="txt">${problem ? `<p class="problem">${esc(problem)}</p>` : renderText(org.item.text!, org)}</div>
<aside><h3>Facts</h3><ol class="facts">${facts}</ol>${diags ? `<h3>Diagnostics</h3><ul class="diags">${diags}</ul>` : ''}</aside></div>
</article>`;
}

function renderIndex(orgs: Org[]): string {
  const rows = orgs
    .map((o) => {
      const r = o.item.record;
      const key = [r.report.year, r.organization.name, r.organization.acronym ?? '', ...r.aliases.map((a) => a.value)].join(' ').toLowerCase();
      const n = (k: DiagKind) => o.diags.filter((d) => d.kind === k).length;
      return `<tr data-org="${esc(r.id)}" data-key="${esc(key)}"><td>${r.report.year}</td><td><a href="#${esc(r.id)}">${esc(orgTitle(r))}</a></td><td class="n">${o.facts.length}</td><td class="n">${n('w')}</td><td class="n">${n('u')}</td></tr>`;
    })
    .join('\n');
  return `<section id="index"><h2>Organizations</h2>
<p class="controls"><label>Filter <input id="filter" type="search" placeholder="name, acronym, alias or year (press /)" autocomplete="off"></label> <span id="shown">${plural(orgs.length, 'organization')}</span></p>
<table class="sortable"><thead><tr><th data-sort="num"><button>Year</button></th><th data-sort="text"><button>Organization</button></th><th data-sort="num"><button>Facts</button></th><th data-sort="num"><button>Warnings</button></th><th data-sort="num"><button>Unconsumed</button></th></tr></thead>
<tbody>${rows}</tbody></table></section>`;
}

/**
 * The incidents for the chart, each counted once: a profile repeats past
 * incidents year after year, so events of one group (by slug) with the same
 * date and country in several report years are one incident. Per group, date
 * and country, the report that lists the most such events is taken (the
 * latest among equals, for its revised counts).
 */
function distinctIncidents(orgs: Org[]): { events: ChartEvent[]; repeated: number } {
  const byKey = new Map<string, CrtxEvent[][]>();
  for (const o of orgs) {
    const r = o.item.record;
    const here = new Map<string, CrtxEvent[]>();
    for (const e of r.events) {
      const key = JSON.stringify([r.organization.slug, e.date.year, e.date.month, e.date.day, e.location?.countryCode ?? null]);
      here.set(key, [...(here.get(key) ?? []), e]);
    }
    for (const [key, events] of here) byKey.set(key, [...(byKey.get(key) ?? []), events]);
  }
  const events: ChartEvent[] = [];
  let all = 0;
  for (const reports of byKey.values()) {
    all += reports.reduce((n, es) => n + es.length, 0);
    const chosen = reports.reduce((best, es) => (es.length >= best.length ? es : best));
    for (const e of chosen) events.push({ year: e.date.year, killed: e.killed?.value ?? null, wounded: e.wounded?.value ?? null, aggregate: e.aggregate });
  }
  return { events, repeated: all - events.length };
}

function renderIncidents(orgs: Org[]): string {
  const rows: string[] = [];
  for (const o of orgs) {
    const r = o.item.record;
    const eventFacts = o.facts.filter((f) => f.field === 'events');
    r.events.forEach((e, i) => {
      const dateKey = e.date.year === null ? -1 : e.date.year * 10000 + (e.date.month ?? 0) * 100 + (e.date.day ?? 0);
      const count = (c: typeof e.killed) => `<td class="n" data-v="${c?.value ?? -1}">${esc(countText(c))}</td>`;
      rows.push(
        `<tr data-org="${esc(r.id)}"><td data-v="${dateKey}"><a href="#f${eventFacts[i]!.id}">${esc(eventDate(e.date))}</a></td><td>${esc(e.type)}${e.aggregate ? ' <small>(total)</small>' : ''}</td><td>${esc(e.location?.place ?? e.location?.text ?? '')}</td><td>${esc(e.location?.countryCode ?? '')}</td>${count(e.killed)}${count(e.wounded)}${count(e.kidnapped)}<td>${e.claimed ? 'yes' : ''}</td><td><a href="#${esc(r.id)}">${esc(r.organization.acronym ?? r.organization.name)}</a> ${r.report.year}</td></tr>`,
      );
    });
  }
  const { events: chartEvents, repeated } = distinctIncidents(orgs);
  const chart = incidentChart(chartEvents);
  const left = chartEvents.filter((e) => e.year === null || e.aggregate).length;
  const th = (label: string, sort: 'num' | 'text') => `<th data-sort="${sort}"><button>${label}</button></th>`;
  return `<section id="incidents"><h2>Incidents</h2>
${chart ? `<figure>${chart}<figcaption>${plural(chartEvents.length - left, 'dated incident')} by the year they happened, across all report years given${repeated ? ` (${plural(repeated, 'event')} repeated from another year's report of the same group, date and country counted once)` : ''}${left ? `; ${left} undated or totals over several incidents left out` : ''}. Counts as written ("dozens" is not counted).</figcaption></figure>` : '<p>No dated incidents.</p>'}
<table class="sortable" id="incident-table"><thead><tr>${th('Date', 'num')}${th('Type', 'text')}${th('Place', 'text')}${th('Country', 'text')}${th('Killed', 'num')}${th('Wounded', 'num')}${th('Kidnapped', 'num')}${th('Claimed', 'text')}${th('Organization', 'text')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}

/** The diff's own wording of a change (the year names say which side a value is missing from). */
const describeChanges = changeLines as (changes: Changes, sides: { old: string; new: string }) => Line[];

/** The year-over-year diff of each pair of consecutive report years, with links to both records and to the events' evidence. */
function renderChanges(orgs: Org[]): string {
  const years = [...new Set(orgs.map((o) => o.item.record.report.year))].sort((a, b) => a - b);
  if (years.length < 2) return '';
  const eventFact = new Map<string, number>();
  for (const o of orgs) for (const f of o.facts) if (f.field === 'events') eventFact.set(`${o.item.record.id}:${f.spans[0]!.start}:${f.spans[0]!.end}`, f.id);
  const link = (id: string, label = id) => `<a href="#${esc(id)}">${esc(label)}</a>`;
  const toEvent = (recordId: string, e: { start: number; end: number }, label: string) => {
    const f = eventFact.get(`${recordId}:${e.start}:${e.end}`);
    return f === undefined ? esc(label) : `<a href="#f${f}">${esc(label)}</a>`;
  };
  const out: string[] = [`<section id="changes"><h2>Changes between years</h2>`];
  for (let i = 0; i + 1 < years.length; i++) {
    const [a, b] = [years[i]!, years[i + 1]!];
    const side = (y: number) => ({ source: String(y), records: orgs.filter((o) => o.item.record.report.year === y).map((o) => o.item.record) });
    const report = diffRecords(side(a), side(b));
    const matched = report.changed.length + report.unchanged.length;
    out.push(`<section class="pair"><h3>${a} → ${b}</h3><p>${plural(matched, 'organization')} matched (${report.changed.length} changed, ${report.unchanged.length} unchanged), ${report.added.length} only in ${b}, ${report.removed.length} only in ${a}.</p>`);
    const why = (m: (typeof report.unchanged)[number]['match']) => `<div class="why">matched by ${m.map((x) => `<b>${esc(x.kind)}</b>: ${esc(x.detail)}`).join('; ')}</div>`;
    if (report.changed.length > 0) {
      out.push('<h4>Changed</h4><ul class="changed">');
      for (const c of report.changed) {
        const revised = [...(c.changes.events?.revised ?? [])];
        const lines = describeChanges(c.changes, { old: String(a), new: String(b) }).map((l) => {
          const html = esc(l.text).replace(/\[chars (\d+)-(\d+)\]/, (_m, s: string, e: string) => {
            const now = toEvent(c.new.id, { start: Number(s), end: Number(e) }, `text ${b}`);
            const old = l.text.startsWith('revised event') ? revised.shift() : undefined;
            return `[${now}${old ? `, ${toEvent(c.old.id, old.old.evidence, `text ${a}`)}` : ''}]`;
          });
          return `<li class="t-${l.tone}">${html}</li>`;
        });
        out.push(`<li>${link(c.new.id, title(c.new))} ${link(c.new.id)} ← ${link(c.old.id)}${why(c.match)}<ul class="lines">${lines.join('')}</ul></li>`);
      }
      out.push('</ul>');
    }
    if (report.added.length > 0) out.push(`<h4>Only in ${b}</h4><p>${report.added.map((o) => link(o.id, title(o))).join(' · ')}</p>`);
    if (report.removed.length > 0) out.push(`<h4>Only in ${a}</h4><p>${report.removed.map((o) => link(o.id, title(o))).join(' · ')}</p>`);
    if (report.unchanged.length > 0) out.push(`<h4>Unchanged</h4><ul class="unchanged">${report.unchanged.map((u) => `<li>${link(u.new)} ← ${link(u.old)}${why(u.match)}</li>`).join('')}</ul>`);
    out.push('</section>');
  }
  out.push('</section>');
  return out.join('\n');
}

export function buildReviewPage(items: readonly ReviewItem[]): ReviewPage {
  let factId = 0;
  let diagId = 0;
  const orgs: Org[] = [...items]
    .sort((x, y) => (x.record.id < y.record.id ? -1 : x.record.id > y.record.id ? 1 : 0))
    .map((item) => ({
      item,
      facts: factsOf(item.record).map((f) => ({ ...f, id: factId++ })),
      diags: item.record.diagnostics.map((d) => ({ id: diagId++, kind: diagKind(d), d })),
    }));
  const years = [...new Set(orgs.map((o) => o.item.record.report.year))].sort((a, b) => a - b);
  const yearText = years.length === 0 ? 'no records' : years.length === 1 ? String(years[0]) : years.length === years[years.length - 1]! - years[0]! + 1 ? `${years[0]}–${years[years.length - 1]}` : years.join(', ');
  const data = {
    orgs: orgs.map((o) => ({ id: o.item.record.id, name: orgTitle(o.item.record) })),
    facts: orgs.flatMap((o, i) => o.facts.map((f) => [i, f.field, f.label, f.value])),
    diags: orgs.flatMap((o, i) => o.diags.map((d) => [i, DIAG_LABEL[d.kind], d.d.code, d.d.message])),
  };
  const style = asset('page.css');
  const script = asset('client.js');
  const csp = `default-src 'none'; style-src 'sha256-${sha256(style)}'; script-src 'sha256-${sha256(script)}'`;
  const legend = FIELDS.map((f) => `<span class="chip m f-${f}">${f}</span>`).join('') + '<span class="chip d-u">unconsumed</span><span class="chip d-w">warning</span>';
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="crtx review">
<title>crtx review: ${esc(yearText)}, ${plural(orgs.length, 'organization')}</title>
<style>${style}</style>
</head>
<body>
<header class="bar"><div class="head"><strong>crtx review</strong> <span>${esc(yearText)} · ${plural(orgs.length, 'organization')} · ${plural(factId, 'fact')}</span>
<nav><a href="#index">Index</a> <a href="#incidents">Incidents</a>${years.length > 1 ? ' <a href="#changes">Changes</a>' : ''}</nav>
<span class="keys"><kbd>j</kbd>/<kbd>k</kbd> next/previous fact · <kbd>n</kbd> next unconsumed · <kbd>/</kbd> filter</span></div>
<div class="legend">${legend}</div></header>
<main>
${renderIndex(orgs)}
${renderIncidents(orgs)}
${renderChanges(orgs)}
${orgs.map(renderOrg).join('\n')}
</main>
<div id="pop" role="dialog" aria-label="Facts this text supports" hidden></div>
<script type="application/json" id="crtx-data">${jsonForScript(data)}</script>
<script>${script}</script>
</body>
</html>
`;
  return { html, organizations: orgs.length, facts: factId };
}

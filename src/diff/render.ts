/**
 * The diff report for people: a terminal report (colors only when asked, i.e.
 * on a TTY) and Markdown for pasting into a note. Both are built from the same
 * lines, so they never say different things.
 */
import { strengthWords } from './fields.js';
import type { Changes, DiffReport, EventRefT } from './schema.js';

type Tone = 'added' | 'removed' | 'changed' | 'absent' | 'plain' | 'dim' | 'heading';
export interface Line {
  depth: number;
  tone: Tone;
  text: string;
}

const date = (d: EventRefT['date']) => (d.year === null ? 'undated' : [d.year, d.month, d.day].filter((x) => x !== null).map((x, i) => (i === 0 ? String(x) : String(x).padStart(2, '0'))).join('-'));
const n = (x: number | null) => (x === null ? '?' : x.toLocaleString('en-US'));

function event(e: EventRefT): string {
  const where = e.place ? ` in ${e.place}${e.countryCode && e.countryCode !== e.place ? ` (${e.countryCode})` : ''}` : e.countryCode ? ` (${e.countryCode})` : '';
  const counts = (['killed', 'wounded', 'kidnapped'] as const).filter((k) => e.counts[k] !== null).map((k) => `${k} ${n(e.counts[k])}`);
  return `${date(e.date)} ${e.type}${where}${counts.length ? `: ${counts.join(', ')}` : ''}${e.aggregate ? ' (total over several incidents)' : ''} [chars ${e.evidence.start}-${e.evidence.end}]`;
}

const range = (s: NonNullable<Changes['strength']>['old'], gone: string) => (s ? strengthWords(s) : gone);

const place = (p: { countryCode: string | null; name: string }) => (p.countryCode ? `${p.countryCode} (${p.name})` : p.name);
const list = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(', ');

export function changeLines(c: Changes, sides: { old: string; new: string }): Line[] {
  const out: Line[] = [];
  const add = (tone: Tone, text: string) => out.push({ depth: 2, tone, text });
  if (c.name) add('changed', `name: "${c.name.old}" → "${c.name.new}"`);
  if (c.acronym) add('changed', `acronym: ${c.acronym.old ?? 'none'} → ${c.acronym.new ?? 'none'}`);
  if (c.aliases?.added.length) add('added', `aliases added: ${list(c.aliases.added)}`);
  if (c.aliases?.removed.length) add('removed', `aliases removed: ${list(c.aliases.removed)}`);
  if (c.designation) add('changed', `designation date: ${c.designation.old ?? 'not stated'} → ${c.designation.new ?? 'not stated'}`);
  if (c.founded) add('changed', `founded: ${c.founded.old ?? 'not stated'} → ${c.founded.new ?? 'not stated'}`);
  if (c.leaders) {
    for (const l of c.leaders.added) add('added', `${l.status === 'current' ? 'new current leader' : `leader named (${l.status})`}: ${l.name}${l.role ? `, ${l.role}` : ''}`);
    for (const l of c.leaders.statusChanged) add('changed', `leader ${l.name}: ${l.old} → ${l.new}`);
    for (const l of c.leaders.removed) add('removed', `leader no longer named: ${l.name} (was ${l.status})`);
  }
  // Both texts have the Strength section here (else it is under notInText): a value gone from it is removed.
  if (c.strength) add('changed', `strength: ${range(c.strength.old, 'not stated')} → ${range(c.strength.new, 'removed (the Strength section no longer gives one)')}`);
  if (c.areas?.added.length) add('added', `areas added: ${c.areas.added.map(place).join(', ')}`);
  if (c.areas?.removed.length) add('removed', `areas removed: ${c.areas.removed.map(place).join(', ')}`);
  if (c.funding) {
    if (c.funding.sources.added.length) add('added', `funding sources added: ${c.funding.sources.added.join(', ')}`);
    if (c.funding.sources.removed.length) add('removed', `funding sources removed: ${c.funding.sources.removed.join(', ')}`);
    if (c.funding.sponsors.added.length) add('added', `sponsors added: ${c.funding.sponsors.added.map(place).join(', ')}`);
    if (c.funding.sponsors.removed.length) add('removed', `sponsors removed: ${c.funding.sponsors.removed.map(place).join(', ')}`);
  }
  if (c.events) {
    for (const e of c.events.added) add('added', `new event: ${event(e)}`);
    for (const r of c.events.revised) {
      const before = (['killed', 'wounded', 'kidnapped'] as const).filter((k) => r.old.counts[k] !== r.new.counts[k]).map((k) => `${k} ${n(r.old.counts[k])} → ${n(r.new.counts[k])}`);
      add('changed', `revised event ${date(r.new.date)}${r.new.countryCode ? ` (${r.new.countryCode})` : ''}: ${before.join(', ')} [chars ${r.new.evidence.start}-${r.new.evidence.end}]`);
    }
  }
  for (const x of c.notInText ?? []) {
    const other = x.side === 'old' ? sides.new : sides.old;
    add('absent', `${x.field}: not in the ${sides[x.side]} text (no ${x.section} section), so not compared; ${other}: ${x.values.join(', ')}`);
  }
  return out;
}

const org = (o: { id: string; name: string; acronym: string | null }) => `${o.name}${o.acronym ? ` (${o.acronym})` : ''}  ${o.id}`;

function lines(report: DiffReport): Line[] {
  const out: Line[] = [];
  const matched = report.changed.length + report.unchanged.length;
  out.push({
    depth: 0,
    tone: 'heading',
    text: `crtx diff ${report.old.source} → ${report.new.source}: ${matched} organizations matched (${report.changed.length} changed, ${report.unchanged.length} unchanged), ${report.added.length} only in new, ${report.removed.length} only in old`,
  });
  if (report.added.length) {
    out.push({ depth: 0, tone: 'heading', text: `Only in ${report.new.source} (new designations, or not in the old input)` });
    for (const o of report.added) out.push({ depth: 1, tone: 'added', text: org(o) });
  }
  if (report.removed.length) {
    out.push({ depth: 0, tone: 'heading', text: `Only in ${report.old.source} (revoked, dropped, or not in the new input)` });
    for (const o of report.removed) out.push({ depth: 1, tone: 'removed', text: org(o) });
  }
  if (report.changed.length) {
    out.push({ depth: 0, tone: 'heading', text: 'Changed' });
    for (const c of report.changed) {
      out.push({ depth: 1, tone: 'changed', text: c.old.id === c.new.id ? org(c.new) : `${org(c.new)}  (was ${c.old.id})` });
      out.push({ depth: 2, tone: 'dim', text: `matched by ${c.match.map((m) => `${m.kind}: ${m.detail}`).join('; ')}` });
      out.push(...changeLines(c.changes, { old: report.old.source, new: report.new.source }));
    }
  }
  if (report.unchanged.length) out.push({ depth: 0, tone: 'dim', text: `Unchanged: ${report.unchanged.map((u) => u.new).join(', ')}` });
  return out;
}

const MARK: Record<Tone, string> = { added: '+', removed: '-', changed: '~', absent: '?', plain: ' ', dim: ' ', heading: '' };

export function toTerminal(report: DiffReport, color: (tone: Tone, text: string) => string = (_t, s) => s): string {
  return (
    lines(report)
      .map((l) => (l.tone === 'heading' ? color('heading', l.text) : '  '.repeat(Math.max(0, l.depth - 1)) + color(l.tone, l.depth === 0 ? l.text : `${MARK[l.tone]} ${l.text}`)))
      .join('\n') + '\n'
  );
}

export function toMarkdown(report: DiffReport): string {
  const out: string[] = [];
  for (const l of lines(report)) {
    const text = l.text.replace(/([*_`|])/g, '\\$1');
    if (l.tone === 'heading') out.push(out.length === 0 ? `# ${text}` : `\n## ${text}\n`);
    else if (l.depth === 0) out.push(`\n${text}`);
    else out.push(`${'  '.repeat(l.depth - 1)}- ${l.depth === 1 ? `**${text}**` : text}`);
  }
  return out.join('\n') + '\n';
}

export type { Tone };

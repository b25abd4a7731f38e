/** Two sets of records (two report years) → the diff report: matched, added, removed, and what changed. */
import type { CrtxRecord } from '../record/schema.js';
import { diffFields } from './fields.js';
import { matchOrganizations } from './match.js';
import { DIFF_SCHEMA_VERSION, type DiffReport } from './schema.js';

const ref = (r: CrtxRecord) => ({ id: r.id, name: r.organization.name, acronym: r.organization.acronym });

export function diffRecords(old: { source: string; records: readonly CrtxRecord[] }, now: { source: string; records: readonly CrtxRecord[] }): DiffReport {
  const { matches, onlyOld, onlyNew } = matchOrganizations(old.records, now.records);
  const report: DiffReport = {
    schemaVersion: DIFF_SCHEMA_VERSION,
    old: { source: old.source, records: old.records.length },
    new: { source: now.source, records: now.records.length },
    added: onlyNew.map(ref),
    removed: onlyOld.map(ref),
    changed: [],
    unchanged: [],
  };
  for (const m of matches) {
    const changes = diffFields(m.old, m.new);
    if (Object.keys(changes).length === 0) report.unchanged.push({ old: m.old.id, new: m.new.id, match: m.reasons });
    else report.changed.push({ old: ref(m.old), new: ref(m.new), match: m.reasons, changes });
  }
  return report;
}

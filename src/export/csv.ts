/**
 * Records → CSV, one table at a time, one row per fact (RFC 4180: CRLF
 * between records, fields quoted when they hold a comma, quote or line
 * break). An empty cell is an absent value, never "null". With `excel`, a
 * byte-order mark and formula escaping (a cell starting with =, +, -, @, tab
 * or CR gets a leading ') so a spreadsheet opens it as text.
 */
import { stringify } from 'csv-stringify/sync';
import type { CrtxRecord } from '../record/schema.js';
import { datePrecision, organizationsOf, type Organization } from './ids.js';
import type { TextOf } from './texts.js';

export const CSV_TABLES = ['organizations', 'incidents', 'aliases', 'leaders', 'areas', 'funding'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export interface CsvWriteOptions {
  table?: CsvTable;
  /** BOM and formula escaping, for spreadsheets. */
  excel?: boolean;
  /** The text a record's offsets point into, for the incidents' quoted evidence (see textReader). */
  textOf?: TextOf;
}

type Cell = string | number | boolean | null | undefined;
type Row = Record<string, Cell>;

interface Context {
  organization: Organization;
  record: CrtxRecord;
  textOf: TextOf;
}

const owner = ({ organization, record }: Context) => ({ organization_id: organization.key, organization_name: record.organization.name, report_year: record.report.year });
const at = (evidence: { start: number; end: number }) => ({ evidence_start: evidence.start, evidence_end: evidence.end });

/** Each table: its columns, in order, and its rows for one record. */
const TABLES: Record<CsvTable, { columns: string[]; rows: (c: Context) => Row[] }> = {
  organizations: {
    columns: ['id', 'name', 'acronym', 'report_year', 'designation', 'founded', 'strength_min', 'strength_max', 'area_codes', 'leader_count', 'incident_count'],
    rows: ({ organization, record: r }) => [
      {
        id: organization.key,
        name: r.organization.name,
        acronym: r.organization.acronym,
        report_year: r.report.year,
        designation: r.designation?.date,
        founded: r.founded?.year,
        strength_min: r.strength?.min,
        strength_max: r.strength?.max,
        area_codes: [...new Set(r.areas.flatMap((a) => (a.countryCode ? [a.countryCode] : [])))].join(';'),
        leader_count: r.leaders.length,
        incident_count: r.events.length,
      },
    ],
  },
  incidents: {
    columns: ['organization_id', 'organization_name', 'report_year', 'year', 'month', 'day', 'date_precision', 'country', 'place', 'type', 'target', 'killed', 'killed_qualifier', 'wounded', 'wounded_qualifier', 'kidnapped', 'claimed', 'aggregate', 'evidence_start', 'evidence_end', 'evidence_text', 'source_path'],
    rows: (c) => {
      const text = c.record.events.length > 0 ? c.textOf(c.record) : null;
      return c.record.events.map((e) => ({
        ...owner(c),
        year: e.date.year,
        month: e.date.month,
        day: e.date.day,
        date_precision: datePrecision(e.date),
        country: e.location?.countryCode,
        place: e.location?.place ?? e.location?.text,
        type: e.type,
        target: e.target,
        killed: e.killed?.value,
        killed_qualifier: e.killed?.qualifier,
        wounded: e.wounded?.value,
        wounded_qualifier: e.wounded?.qualifier,
        kidnapped: e.kidnapped?.value,
        claimed: e.claimed,
        aggregate: e.aggregate,
        ...at(e.evidence),
        evidence_text: text?.slice(e.evidence.start, e.evidence.end),
        source_path: c.record.source.path,
      }));
    },
  },
  aliases: {
    columns: ['organization_id', 'organization_name', 'report_year', 'alias', 'evidence_start', 'evidence_end'],
    rows: (c) => c.record.aliases.map((a) => ({ ...owner(c), alias: a.value, ...at(a.evidence) })),
  },
  leaders: {
    columns: ['organization_id', 'organization_name', 'report_year', 'name', 'role', 'status', 'year', 'evidence_start', 'evidence_end'],
    rows: (c) => c.record.leaders.map((l) => ({ ...owner(c), name: l.name, role: l.role, status: l.status, year: l.year, ...at(l.evidence) })),
  },
  areas: {
    columns: ['organization_id', 'organization_name', 'report_year', 'name', 'country_code', 'evidence_start', 'evidence_end'],
    rows: (c) => c.record.areas.map((a) => ({ ...owner(c), name: a.name, country_code: a.countryCode, ...at(a.evidence) })),
  },
  funding: {
    columns: ['organization_id', 'organization_name', 'report_year', 'kind', 'category', 'text', 'country_code', 'evidence_start', 'evidence_end'],
    rows: (c) => [
      ...c.record.funding.sources.map((s) => ({ ...owner(c), kind: 'source', category: s.category, text: s.text, ...at(s.evidence) })),
      ...c.record.funding.sponsors.map((s) => ({ ...owner(c), kind: 'sponsor', text: s.name, country_code: s.countryCode, ...at(s.evidence) })),
    ],
  },
};

const cell = (value: Cell): string => (value === null || value === undefined ? '' : String(value));

/** One table of the records as CSV text: organizations by id, each one's years in order. */
export function recordsToCsv(records: Iterable<CrtxRecord>, options: CsvWriteOptions = {}): string {
  const table = TABLES[options.table ?? 'organizations'];
  const textOf = options.textOf ?? (() => null);
  const rows: string[][] = [];
  for (const organization of organizationsOf(records)) {
    for (const record of organization.records) {
      for (const row of table.rows({ organization, record, textOf })) rows.push(table.columns.map((c) => cell(row[c])));
    }
  }
  return stringify(rows, {
    header: true,
    columns: table.columns,
    record_delimiter: '\r\n',
    quote_record_delimiter: true,
    bom: options.excel === true,
    escape_formulas: options.excel === true,
  });
}

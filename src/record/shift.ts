/**
 * Moves every evidence range of a record by `base`: records read from a piece
 * of a large file point into the whole file.
 *
 * Returns a new record and never changes the one given: the extractor may
 * hand one object to several facts (every event of a paragraph that names
 * one country shares that place), and moving a shared range in place moves
 * it once per fact that holds it.
 */
import type { CrtxRecord } from './schema.js';

function shifted(value: unknown, base: number): unknown {
  if (Array.isArray(value)) return value.map((v) => shifted(v, base));
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if (typeof o.section === 'string' && typeof o.start === 'number' && typeof o.end === 'number') return { ...o, start: o.start + base, end: o.end + base };
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, shifted(v, base)]));
}

export function shiftEvidence(record: CrtxRecord, base: number): CrtxRecord {
  return base === 0 ? record : (shifted(record, base) as CrtxRecord);
}

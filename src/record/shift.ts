/** Moves every evidence range of a record by `base`: records read from a piece of a large file point into the whole file. */
import type { CrtxRecord } from './schema.js';

function shift(value: unknown, base: number): void {
  if (Array.isArray(value)) {
    for (const v of value) shift(v, base);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (typeof o.section === 'string' && typeof o.start === 'number' && typeof o.end === 'number') {
    o.start += base;
    o.end += base;
    return;
  }
  for (const v of Object.values(o)) shift(v, base);
}

export function shiftEvidence(record: CrtxRecord, base: number): CrtxRecord {
  if (base !== 0) shift(record, base);
  return record;
}

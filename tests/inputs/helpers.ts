import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparableRecord } from '../../scripts/chapter.js';
import { documentFromText } from '../../src/ingest/document.js';
import { extractDocument } from '../../src/pipeline.js';
import type { CrtxRecord } from '../../src/record/schema.js';

const PROFILES = 'fixtures/profiles';

export interface Single {
  name: string;
  text: string;
  record: CrtxRecord;
}

const SUFFIXES = ['', ' North', ' South'];

/**
 * Fixture profiles, each in three variants with the organization renamed
 * ("Test Front", "Test Front North", ...) so a chapter of 21 distinct
 * organizations can be built from the 7 fixtures. `skip` leaves out fixtures
 * whose characters a given writer cannot encode.
 */
export function singleProfiles(skip: (name: string) => boolean = () => false): Single[] {
  const out: Single[] = [];
  for (const file of readdirSync(PROFILES).filter((f) => f.endsWith('.txt')).sort()) {
    if (skip(file)) continue;
    const original = readFileSync(join(PROFILES, file), 'utf8');
    const [base] = extractDocument(documentFromText(file, original)).records;
    for (const suffix of SUFFIXES) {
      const text = original.replaceAll(base!.organization.name, base!.organization.name + suffix);
      const [record] = extractDocument(documentFromText(file, text)).records;
      out.push({ name: file + suffix, text, record: record! });
    }
  }
  return out;
}

/** Every single profile must come back from `records` with the same fields, evidence quoted from `text`. */
export function expectSameRecords(singles: readonly Single[], records: readonly CrtxRecord[], text: string, check: (a: unknown, b: unknown, name: string) => void): void {
  for (const s of singles) {
    const found = records.find((r) => r.organization.slug === s.record.organization.slug);
    check(found ? comparableRecord(found, text) : null, comparableRecord(s.record, s.text), s.name);
  }
}

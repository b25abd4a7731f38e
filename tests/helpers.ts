import { documentFromText } from '../src/ingest/document.js';
import { extractDocument } from '../src/pipeline.js';
import type { CrtxRecord } from '../src/record/schema.js';

/** A profile in the reports' style around the given sections, for rule tests. */
export function profile(sections: Record<string, string>, title = 'Country Report on Terrorism 2020 - Chapter 5 - Test Front (TF)', aka = 'Aka TF; Test Group'): string {
  const body = Object.entries(sections).map(([h, t]) => `${h}: ${t}`).join('\n\n');
  return `${title}\n\n${aka}\n\n${body}\n`;
}

/** Extract the one record of a profile text; fails the test if there is none. */
export function recordOf(text: string, path = 'test.txt'): CrtxRecord {
  const { records, diagnostics } = extractDocument(documentFromText(path, text));
  if (records.length !== 1) throw new Error(`expected one record, got ${records.length}: ${JSON.stringify(diagnostics)}`);
  return records[0]!;
}

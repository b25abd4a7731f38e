import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { recordsToCsv } from '../src/export/csv.js';
import { recordsToFtm, type FtmEntity } from '../src/export/ftm.js';
import { CRTX_NAMESPACE, organizationsOf, uuidv5 } from '../src/export/ids.js';
import { EXTENSION_ID, PUBLISHER_ID, recordsToStix, type StixObject } from '../src/export/stix.js';
import type { CrtxRecord } from '../src/record/schema.js';
import { FTM_DATE, FTM_MODEL, FTM_TOPICS, isA } from './ftm-model.js';
import { profile, recordOf } from './helpers.js';
import { tempDir } from './temp.js';

const crtx = (args: string[]) => {
  const r = spawnSync('node', ['dist/bin/crtx.cjs', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const jsonl = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l) as CrtxRecord);

// The fixture years of the diff tests: a renamed group (Test Levant → Testland), one dropped, one new.
const out = tempDir();
crtx(['extract', 'fixtures/diff', '--out', out]);
const years = [2020, 2021].map((y) => jsonl(readFileSync(join(out, `${y}/profiles.jsonl`), 'utf8')));
const both = years.flat();
const sources = readdirSync('sources').length > 0 ? jsonl(crtx(['extract', 'sources', '--stdout']).stdout) : [];
// Every corpus year together, when ../shared is here: real records, renamed groups (ISIL → ISIS) and all.
const CORPUS = '../shared/corpus/texts';
const corpus = existsSync(CORPUS) ? jsonl(crtx(['extract', CORPUS, '--stdout', '--out', tempDir()]).stdout) : [];

describe('ids shared by the export formats', () => {
  it('UUIDv5 matches the RFC 4122 example (DNS namespace, "www.example.com")', () => {
    expect(uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(CRTX_NAMESPACE).not.toBe('00abedb4-aa42-466c-9c01-fed23315a9b7'); // the OASIS SCO namespace
  });

  it('matches organizations across years as the diff does: a renamed group keeps its earliest slug', () => {
    const keys = organizationsOf(both).map((o) => [o.key, o.records.map((r) => r.id)]);
    expect(keys).toEqual([
      ['coastal-liberation-army', ['2020/coastal-liberation-army', '2021/coastal-liberation-army']],
      ['islamic-state-of-the-test-levant', ['2020/islamic-state-of-the-test-levant', '2021/islamic-state-of-testland']],
      ['jamaat-al-qaida-fi-testland', ['2020/jamaat-al-qaida-fi-testland', '2021/jamaat-al-qaida-fi-testland']],
      ['movement-for-testland-unity', ['2021/movement-for-testland-unity']],
      ['revolutionary-old-brigade', ['2020/revolutionary-old-brigade']],
    ]);
  });

  it.runIf(existsSync(CORPUS))('makes ISIL (2014) and ISIS (2022) of the corpus one organization', () => {
    const isis = organizationsOf(corpus).find((o) => o.records.some((r) => r.id === '2022/islamic-state-of-iraq-and-syria'))!;
    expect(isis.key).toBe('islamic-state-in-iraq-and-the-levant');
    expect(isis.records.map((r) => r.id)).toContain('2014/islamic-state-in-iraq-and-the-levant');
  });

  it('does not depend on the order records come in', () => {
    const reversed = [...both].reverse();
    expect(recordsToCsv(reversed, { table: 'incidents' })).toBe(recordsToCsv(both, { table: 'incidents' }));
    expect(JSON.stringify(recordsToStix(reversed))).toBe(JSON.stringify(recordsToStix(both)));
    expect(JSON.stringify(recordsToFtm(reversed))).toBe(JSON.stringify(recordsToFtm(both)));
  });

  it('exported alone, an organization is keyed by its own slug', () => {
    expect(organizationsOf(years[1]!).map((o) => o.key)).toContain('islamic-state-of-testland');
  });
});

describe('CSV', () => {
  it('writes one row per organization and year, CRLF line ends, empty cells for absent values', () => {
    const csv = recordsToCsv(both);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,name,acronym,report_year,designation,founded,strength_min,strength_max,area_codes,leader_count,incident_count');
    expect(lines.filter(Boolean)).toHaveLength(1 + both.length);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(csv).not.toMatch(/null|undefined/);
    const levant = lines.filter((l) => l.startsWith('islamic-state-of-the-test-levant,'));
    expect(levant.map((l) => l.split(',').slice(1, 4))).toEqual([
      ['Islamic State of the Test Levant', 'ISTL', '2020'],
      ['Islamic State of Testland', 'IST', '2021'],
    ]);
  });

  it('quotes each incident’s evidence from the text the record names', () => {
    const record = both.find((r) => r.events.length > 0)!;
    const text = readFileSync(record.source.path, 'utf8');
    const csv = recordsToCsv([record], { table: 'incidents', textOf: () => text });
    const rows = csv.trim().split('\r\n');
    expect(rows).toHaveLength(1 + record.events.length);
    const e = record.events[0]!;
    expect(csv).toContain(`,${e.evidence.start},${e.evidence.end},`);
    expect(csv).toContain(text.slice(e.evidence.start, e.evidence.end).replace(/"/g, '""'));
  });

  it('--excel adds a BOM and escapes cells that a spreadsheet would run as formulas', () => {
    const record = recordOf(profile({ Description: 'The group was designated as an FTO on May 1, 2015.' }, undefined, 'Aka =HYPERLINK("http://x"); +Plus Front; @Home; -Minus; Test Group'));
    const plain = recordsToCsv([record], { table: 'aliases' });
    const excel = recordsToCsv([record], { table: 'aliases', excel: true });
    expect(plain.startsWith('\ufeff')).toBe(false);
    expect(plain).toContain(',"=HYPERLINK(""http://x"")",');
    expect(excel.startsWith('\ufefforganization_id,')).toBe(true);
    expect(excel.split('\r\n').slice(1, -1).map((l) => l.split(',')[3])).toEqual([`"'=HYPERLINK(""http://x"")"`, "'+Plus Front", "'@Home", "'-Minus", 'Test Group']);
  });

  it('has every table', () => {
    for (const table of ['aliases', 'leaders', 'areas', 'funding'] as const) {
      const header = recordsToCsv(both, { table }).split('\r\n')[0]!;
      expect(header.startsWith('organization_id,organization_name,report_year,')).toBe(true);
    }
    const rows = (table: 'leaders' | 'areas' | 'aliases') => recordsToCsv(both, { table }).trim().split('\r\n').length - 1;
    expect(rows('leaders')).toBe(both.reduce((n, r) => n + r.leaders.length, 0));
    expect(rows('areas')).toBe(both.reduce((n, r) => n + r.areas.length, 0));
    expect(rows('aliases')).toBe(both.reduce((n, r) => n + r.aliases.length, 0));
  });
});

const STIX_DIR = '../shared/vendor/cti-stix2-json-schemas/schemas';

/** Every object of a bundle against its OASIS type schema; messages for the invalid ones. */
function stixProblems(objects: readonly StixObject[]): string[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats.default(ajv);
  const files: string[] = [];
  const walk = (dir: string) => readdirSync(dir, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.json') && files.push(join(dir, e.name))));
  walk(STIX_DIR);
  const byTitle = new Map<string, string>();
  for (const file of files) {
    const schema = JSON.parse(readFileSync(file, 'utf8')) as { $id: string };
    ajv.addSchema(schema);
    byTitle.set(file.split('/').pop()!.replace(/\.json$/, ''), schema.$id);
  }
  return objects.flatMap((o) => {
    const validate = ajv.getSchema(byTitle.get(o.type)!);
    if (!validate) return [`${o.id}: no schema for type ${o.type}`];
    return validate(o) ? [] : [`${o.id}: ${ajv.errorsText(validate.errors)}`];
  });
}

describe('STIX 2.1', () => {
  const bundle = recordsToStix(both);
  const byId = new Map(bundle.objects.map((o) => [o.id, o]));
  const ofType = (type: string) => bundle.objects.filter((o) => o.type === type);
  const group = (name: string) => ofType('threat-actor').find((o) => o.name === name)!;

  it('every object validates against the OASIS cti-stix2-json-schemas', (context) => {
    if (!existsSync(STIX_DIR)) {
      const note = `STIX objects not validated: ${STIX_DIR} is absent (../shared holds the OASIS schemas)`;
      console.warn(note);
      context.skip(note);
    }
    expect(stixProblems(bundle.objects)).toEqual([]);
    if (sources.length > 0) expect(stixProblems(recordsToStix(sources).objects)).toEqual([]);
    if (corpus.length > 0) expect(stixProblems(recordsToStix(corpus).objects)).toEqual([]);
  });

  it('has one threat-actor per organization across years, with earlier names as aliases, created and modified from the reports', () => {
    expect(ofType('threat-actor').filter((o) => o.resource_level === 'organization')).toHaveLength(5);
    const testland = group('Islamic State of Testland');
    expect(testland.id).toBe(`threat-actor--${uuidv5('threat-actor:islamic-state-of-the-test-levant', CRTX_NAMESPACE)}`);
    expect(testland.aliases).toContain('Islamic State of the Test Levant');
    expect(testland.aliases).toContain('IST');
    expect(testland.threat_actor_types).toEqual(['terrorist']);
    expect([testland.created, testland.modified]).toEqual(['2021-01-01T00:00:00.000Z', '2022-01-01T00:00:00.000Z']);
    expect(testland.created_by_ref).toBe(PUBLISHER_ID);
    expect(byId.get(PUBLISHER_ID)).toMatchObject({ type: 'identity', name: 'U.S. Department of State', identity_class: 'organization' });
    // Unchanged between the years (only re-worded): modified stays at the first year.
    const coastal = group('Coastal Liberation Army');
    expect([coastal.created, coastal.modified]).toEqual(['2021-01-01T00:00:00.000Z', '2021-01-01T00:00:00.000Z']);
  });

  it('puts the facts STIX has no property for in the crtx extension, defined in the bundle', () => {
    const definition = byId.get(EXTENSION_ID)!;
    expect(definition).toMatchObject({ type: 'extension-definition', extension_types: ['property-extension'] });
    const facts = (group('Jamaat al-Qaida fi Testland').extensions as Record<string, Record<string, unknown>>)[EXTENSION_ID]!;
    const record = years[1]!.find((r) => r.organization.slug === 'jamaat-al-qaida-fi-testland')!;
    expect(facts).toMatchObject({ extension_type: 'property-extension', record_id: record.id, strength: { min: record.strength!.min, max: record.strength!.max, text: record.strength!.text } });
    expect(facts.designation).toEqual({ date: record.designation!.date, evidence: record.designation!.evidence, rule: record.designation!.rule });
    expect(JSON.stringify(bundle)).not.toMatch(/:null|\[\]|countryCode/);
  });

  it('links areas (located-at), leaders (individual threat-actors) and incidents (attributed-to, targets), one report per profile', () => {
    const rel = (type: string, source: string) => ofType('relationship').filter((r) => r.relationship_type === type && r.source_ref === source).map((r) => byId.get(r.target_ref as string)!);
    const jqt = group('Jamaat al-Qaida fi Testland');
    const record = years[1]!.find((r) => r.organization.slug === 'jamaat-al-qaida-fi-testland')!;
    expect(rel('located-at', jqt.id).map((l) => l.country).sort()).toEqual([...new Set(record.areas.flatMap((a) => (a.countryCode ? [a.countryCode] : [])))].sort());
    const leaders = ofType('threat-actor').filter((o) => o.resource_level === 'individual' && rel('related-to', o.id).some((g) => g.id === jqt.id));
    expect(leaders.map((l) => l.name).sort()).toEqual([...new Set(years.flat().filter((r) => r.organization.slug === 'jamaat-al-qaida-fi-testland').flatMap((r) => r.leaders.map((l) => l.name)))].sort());
    const incidents = ofType('incident').filter((i) => rel('attributed-to', i.id).some((g) => g.id === jqt.id));
    expect(incidents.length).toBeGreaterThan(0);
    for (const incident of incidents) {
      const facts = (incident.extensions as Record<string, { location?: { country_code?: string } }>)[EXTENSION_ID]!;
      expect(rel('targets', incident.id).map((l) => l.country)).toEqual(facts.location?.country_code ? [facts.location.country_code] : []);
    }
    const report = ofType('report').find((r) => r.name === `Country Reports on Terrorism 2021: ${record.organization.name}`)!;
    expect(report.published).toBe('2022-01-01T00:00:00.000Z');
    expect(report.object_refs).toEqual(expect.arrayContaining([jqt.id, ...incidents.filter((i) => (i.extensions as Record<string, { record_id: string }>)[EXTENSION_ID]!.record_id === record.id).map((i) => i.id)]));
    for (const ref of report.object_refs as string[]) expect(byId.has(ref)).toBe(true);
    expect(ofType('report')).toHaveLength(both.length);
  });

  it('gives a region no location object', () => {
    const sahel = recordOf(profile({ Description: 'The group was designated as an FTO on May 1, 2015.', 'Location/Area of Operation': 'the Sahel and Mali' }));
    const objects = recordsToStix([sahel]).objects;
    expect(objects.filter((o) => o.type === 'location').map((o) => o.country)).toEqual(['ML']);
    expect(objects.find((o) => o.type === 'threat-actor')!.description).toContain('Sahel');
  });

  it('takes timestamps from report.published when the record has one', () => {
    const record = { ...years[1]![0]!, report: { ...years[1]![0]!.report, published: '2023-02-27' } } as CrtxRecord;
    expect(recordsToStix([record]).objects.find((o) => o.type === 'report')!.published).toBe('2023-02-27T00:00:00.000Z');
  });
});

describe('FollowTheMoney', () => {
  const entities = recordsToFtm(both);
  const byId = new Map(entities.map((e) => [e.id, e]));

  /** Each entity against the FtM model: known schema, required properties, property types, entity ranges. */
  function ftmProblems(list: readonly FtmEntity[]): string[] {
    const ids = new Map(list.map((e) => [e.id, e.schema]));
    return list.flatMap((e) => {
      const model = FTM_MODEL[e.schema];
      if (!model) return [`${e.id}: unknown schema ${e.schema}`];
      const problems = model.required.filter((p) => !e.properties[p]?.length).map((p) => `${e.id}: required ${p} missing`);
      for (const [property, values] of Object.entries(e.properties)) {
        const type = model.properties[property];
        if (!type) problems.push(`${e.id}: ${e.schema} has no property ${property}`);
        for (const v of values) {
          const ok =
            typeof v !== 'string' || v === '' ? false
            : type === 'date' ? FTM_DATE.test(v)
            : type === 'country' ? /^[a-z]{2}$/.test(v)
            : type === 'url' ? /^https?:\/\/\S+$/.test(v)
            : type === 'topic' ? FTM_TOPICS.has(v)
            : typeof type === 'object' ? ids.has(v) && isA(ids.get(v)!, type.entity)
            : true;
          if (!ok) problems.push(`${e.id}: ${property} ${JSON.stringify(v)} is not a valid ${JSON.stringify(type)}`);
        }
      }
      return problems;
    });
  }

  it('every entity fits the FtM model (required properties, property types, entity ranges)', () => {
    expect(ftmProblems(entities)).toEqual([]);
    if (sources.length > 0) expect(ftmProblems(recordsToFtm(sources))).toEqual([]);
    if (corpus.length > 0) expect(ftmProblems(recordsToFtm(corpus))).toEqual([]);
  });

  it('models an organization as OpenSanctions models the FTO list: Organization + Sanction', () => {
    const org = byId.get('crtx-org-islamic-state-of-the-test-levant')!;
    expect(org.schema).toBe('Organization');
    expect(org.properties.name).toEqual(['Islamic State of Testland']);
    expect(org.properties.previousName).toEqual(['Islamic State of the Test Levant']);
    expect(org.properties.alias).toEqual(expect.arrayContaining(['IST', 'ISTL']));
    expect(org.properties.topics).toEqual(['crime.terror']);
    const sanction = entities.find((e) => e.schema === 'Sanction' && e.properties.entity?.[0] === org.id)!;
    const designation = years[0]!.find((r) => r.organization.slug === 'islamic-state-of-the-test-levant')!.designation!.date;
    expect(sanction.properties).toMatchObject({ authority: ['U.S. Department of State'], country: ['us'], program: ['Foreign Terrorist Organizations'], programId: ['US-FTO219'], startDate: [designation] });
  });

  it('gives leaders a Person and a Membership, incidents an Event with partial dates and the counts', () => {
    const memberships = entities.filter((e) => e.schema === 'Membership');
    expect(memberships.length).toBe(entities.filter((e) => e.schema === 'Person').length);
    for (const m of memberships) expect(byId.get(m.properties.member![0]!)!.schema).toBe('Person');
    const events = entities.filter((e) => e.schema === 'Event');
    expect(events.length).toBeGreaterThan(0);
    const killed = events.find((e) => /killed \d+/.test(e.properties.summary?.[0] ?? ''))!;
    expect(killed.properties.date![0]).toMatch(FTM_DATE);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });
});

describe('crtx export', { timeout: 120_000 }, () => {
  it('writes each format from the years under --out, byte-identical on a second run', () => {
    for (const format of ['csv', 'stix', 'ftm']) {
      const first = crtx(['export', '2020', '2021', '--out', out, '--format', format]);
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      expect(crtx(['export', '2020', '2021', '--out', out, '--format', format]).stdout).toBe(first.stdout);
    }
    expect(crtx(['export', '2020', '2021', '--out', out, '--format', 'ftm']).stdout).toBe(recordsToFtm(both).map((e) => JSON.stringify(e) + '\n').join(''));
  });

  it('reads records from standard input (JSON Lines or one JSON array), as from the folder they were written to', () => {
    const fromFolder = crtx(['export', '2020', '2021', '--out', out, '--format', 'stix']).stdout;
    const lines = both.map((r) => JSON.stringify(r) + '\n').join('');
    for (const input of [lines, JSON.stringify(both, null, 2)]) {
      const r = spawnSync('node', ['dist/bin/crtx.cjs', 'export', '-', '--format', 'stix'], { encoding: 'utf8', input });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(fromFolder);
    }
    const bad = spawnSync('node', ['dist/bin/crtx.cjs', 'export', '-', '--format', 'csv'], { encoding: 'utf8', input: 'not json\n' });
    expect(bad.stderr).toContain('<stdin>:1:1: error [invalid-json]');
    expect(bad.status).toBe(1);
  });

  it('writes --output FILE, and reads texts beside records through source.textPath', () => {
    const dir = tempDir();
    const html = crtx(['extract', 'fixtures/inputs/chapter-2021.html', '--out', dir]);
    expect(html.status).toBe(0);
    const file = join(dir, 'incidents.csv');
    const r = crtx(['export', join(dir, '2021'), '--format', 'csv', '--table', 'incidents', '--output', file]);
    expect(r.stderr).toBe('');
    const records = jsonl(readFileSync(join(dir, '2021/profiles.jsonl'), 'utf8'));
    const withEvent = records.find((rec) => rec.events.length > 0)!;
    const text = readFileSync(join(dir, withEvent.source.textPath!), 'utf8');
    const e = withEvent.events[0]!;
    expect(readFileSync(file, 'utf8')).toContain(text.slice(e.evidence.start, e.evidence.end).replace(/"/g, '""'));
  });

  it('says once when a text cannot be read, and leaves those cells empty', () => {
    const dir = tempDir();
    crtx(['extract', 'fixtures/inputs/chapter-2021.html', '--out', dir]);
    const r = crtx(['export', join(dir, '2021/profiles.jsonl'), '--format', 'csv', '--table', 'incidents', '--texts', tempDir()]);
    expect(r.status).toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const textPath = (JSON.parse(readFileSync(join(dir, '2021/profiles.jsonl'), 'utf8').split('\n')[0]!) as CrtxRecord).source.textPath!;
    expect(r.stderr).toContain(`warning [no-text] cannot read the text `);
    expect(r.stderr).toContain(textPath);
  });

  it('rejects bad usage with exit 2, and an empty input with exit 1', () => {
    expect(crtx(['export', '--format', 'xml', '--out', out])).toMatchObject({ status: 2, stderr: expect.stringContaining('--format must be one of csv, stix, ftm, not "xml"') });
    expect(crtx(['export', '--format', 'stix', '--table', 'leaders', '--out', out])).toMatchObject({ status: 2, stderr: expect.stringContaining('--table and --excel go with --format csv') });
    expect(crtx(['export', '1999', '--format', 'csv', '--out', out]).status).toBe(2);
    const empty = tempDir();
    writeFileSync(join(empty, 'none.jsonl'), '');
    expect(crtx(['export', join(empty, 'none.jsonl'), '--format', 'csv'])).toMatchObject({ status: 1, stderr: expect.stringContaining('error [no-records]') });
  });

  it('crtx extract --stdout --format gives what crtx export gives on the written records', () => {
    for (const format of ['csv', 'stix', 'ftm']) {
      const direct = crtx(['extract', 'fixtures/diff', '--stdout', '--out', tempDir(), '--format', format]);
      expect(direct.status).toBe(0);
      expect(direct.stdout).toBe(crtx(['export', '2020', '2021', '--out', out, '--format', format]).stdout);
    }
  });
});

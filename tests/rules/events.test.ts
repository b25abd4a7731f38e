import { describe, expect, it } from 'vitest';
import { recordOf, profile } from '../helpers.js';

const eventsOf = (activities: string) =>
  recordOf(profile({ Description: 'The Test Front was designated as an FTO on May 1, 2019.', Activities: activities })).events.map((e) => ({
    year: e.date.year,
    month: e.date.month,
    killed: e.killed?.value ?? null,
    wounded: e.wounded?.value ?? null,
    country: e.location?.countryCode ?? null,
  }));

describe('events: counts, incidents, frames', () => {
  it.each([
    ['killing 3 and injuring 30 is one incident', 'In 2018, TF set off a truck bomb in Gao, Mali, killing 3 and injuring 30.', [{ year: 2018, month: null, killed: 3, wounded: 30, country: 'ML' }]],
    [
      'several incidents in one sentence are several events',
      'In 2019, TF claimed an attack against a UN base in northern Mali, killing 10 Chadian Peacekeepers and wounding 25 others; an assault on a Malian military base, killing 11 soldiers; and a landmine under a passenger bus in central Mali, killing 14 civilians and injuring another 24.',
      [
        { year: 2019, month: null, killed: 10, wounded: 25, country: 'ML' },
        { year: 2019, month: null, killed: 11, wounded: null, country: 'ML' },
        { year: 2019, month: null, killed: 14, wounded: 24, country: 'ML' },
      ],
    ],
    ['the frame year gives a month its year', 'In 2021, TF claimed an April attack on a camp in Niger that killed four soldiers.', [{ year: 2021, month: 4, killed: 4, wounded: null, country: 'NE' }]],
    ['no year anywhere stays null', 'TF attacked a convoy in Chad, killing five soldiers.', [{ year: null, month: null, killed: 5, wounded: null, country: 'TD' }]],
    ['counted groups are added up', 'In 2015, TF gunmen attacked a hotel in Kenya, killing eight soldiers and two civilian contractors.', [{ year: 2015, month: null, killed: 10, wounded: null, country: 'KE' }]],
    ['an article counts one', 'In 2016, TF killed a security officer and injured another in Tunisia.', [{ year: 2016, month: null, killed: 1, wounded: 1, country: 'TN' }]],
    ['passive counts', 'In January 2014, at least 24 people were killed and 40 others wounded in a bus bombing in Pakistan.', [{ year: 2014, month: 1, killed: 24, wounded: 40, country: 'PK' }]],
    ['vague counts have no value', 'In 2017, TF attacks in Somalia killed dozens of civilians.', [{ year: 2017, month: null, killed: null, wounded: null, country: 'SO' }]],
    ['a nationality of the victims does not set the place', 'In 2020, TF attacked a camp in Mali, killing four Chadian peacekeepers.', [{ year: 2020, month: null, killed: 4, wounded: null, country: 'ML' }]],
  ])('%s', (_name, text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });

  it('quotes each count of a "respectively" list in its own event\'s evidence', () => {
    const doc = profile({ Activities: 'In 2021, TF suicide bombers attacked mosques in Kunduz and Kandahar, killing at least 50 and 60 worshipers, respectively.' });
    const quoted = recordOf(doc).events.map((e) => ({ killed: e.killed?.text, quote: doc.slice(e.evidence.start, e.evidence.end) }));
    expect(quoted.map((q) => q.killed)).toEqual(['at least 50', '60 worshipers']);
    for (const q of quoted) expect(q.quote).toContain(q.killed);
  });

  it('keeps the qualifier and the words as written', () => {
    const [e] = recordOf(profile({ Activities: 'In 2016, TF bombed a market in Parachinar, Pakistan that killed more than 250 people.' })).events;
    expect(e?.killed).toEqual({ value: 250, qualifier: 'more-than', text: 'more than 250 people' });
    expect(e?.type).toBe('bombing');
  });

  it('marks totals over many incidents as aggregate', () => {
    const [e] = recordOf(profile({ Activities: 'TF carried out attacks that killed more than 1,000 people in 2015.' })).events;
    expect(e?.aggregate).toBe(true);
    expect(e?.killed?.value).toBe(1000);
  });

  it('finds nothing in sentences without counts', () => {
    expect(eventsOf('TF engages in kidnappings, bombings, and extortion. In 2019, it expanded into Burkina Faso.')).toEqual([]);
  });
});

describe('events: which date belongs to an incident', () => {
  it.each([
    ['relative phrases do not move the year frame', 'In 2013, TF abducted five engineers in Colombia. They were not released until August, after seven months of captivity. In May, TF killed 10 soldiers in Colombia.', [{ year: 2013, month: null, killed: null, wounded: null, country: 'CO' }, { year: 2013, month: 5, killed: 10, wounded: null, country: 'CO' }]],
    ['the year nearest before the count wins', 'Since 2016, TF has claimed many attacks, including 2017 fighting in Mali that claimed more than 1,000 lives; and a 2018 attack in Niger that killed at least 11 people.', [
      { year: 2017, month: null, killed: 1000, wounded: null, country: 'ML' },
      { year: 2018, month: null, killed: 11, wounded: null, country: 'NE' },
    ]],
  ])('%s', (_name, text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });
});

describe('events: incidents with no toll, ambiguous counts, where the year came from', () => {
  const facts = (activities: string) =>
    recordOf(profile({ Description: 'The Test Front was designated as an FTO on May 1, 2019.', Activities: activities })).events.map((e) => ({
      date: e.date,
      type: e.type,
      killed: e.killed?.value ?? null,
      kidnapped: e.kidnapped?.value ?? null,
      claimed: e.claimed,
      rule: e.rule,
    }));

  it.each([
    ['an attack with no toll is an event', 'In 2017, TF carried out an attack at a resort outside of Bamako, Mali.', [{ date: { year: 2017, month: null, day: null, yearFrom: 'sentence' }, type: 'attack', killed: null, kidnapped: null, claimed: false, rule: 'untolled' }]],
    ['a claimed abduction counts one kidnapped, its year from the frame', 'In 2021, TF attacked army posts. TF also claimed responsibility for the April abduction of a French reporter working in Mali.', [{ date: { year: 2021, month: 4, day: null, yearFrom: 'frame' }, type: 'kidnapping', killed: null, kidnapped: 1, claimed: true, rule: 'harm-of-victims' }]],
    ['generic and anaphoric wording is no event', 'TF has conducted attacks against civilians. TF claimed responsibility for the attack.', []],
    ['"the following year" moves from the last dated incident', 'In 2015, TF killed 18 tourists in Tunisia. The following year, TF gunmen killed 13 people in Tunisia.', [
      { date: { year: 2015, month: null, day: null, yearFrom: 'sentence' }, type: 'attack', killed: 18, kidnapped: null, claimed: false, rule: 'harm-victims' },
      { date: { year: 2016, month: null, day: null, yearFrom: 'frame' }, type: 'shooting', killed: 13, kidnapped: null, claimed: false, rule: 'harm-victims' },
    ]],
  ])('%s', (_name, text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it('gives "killed or wounded N" no number and says why', () => {
    const text = 'In 2018, TF attacks in Kunduz killed or wounded more than 300 people.';
    const r = recordOf(profile({ Activities: text }));
    expect(r.events.map((e) => [e.killed, e.wounded, e.date.year])).toEqual([[null, null, 2018]]);
    const d = r.diagnostics.find((x) => x.code === 'ambiguous-count');
    expect(d?.message).toBe('"killed or wounded more than 300 people" counts the dead and the wounded together; the event has neither number. Check the source text.');
    expect(d?.severity).toBe('warning');
  });

  it('does not give a new paragraph the year of the paragraph before', () => {
    const r = recordOf(profile({ Activities: 'In 2017, TF killed 14 soldiers in Niger.\n\nIn September, TF fighters killed six police officers in Mali.' }));
    expect(r.events.map((e) => e.date)).toEqual([{ year: 2017, month: null, day: null, yearFrom: 'sentence' }, { year: null, month: 9, day: null, yearFrom: null }]);
    expect(r.diagnostics.find((x) => x.code === 'year-frame-unclear')?.message).toBe('No year for "In September...": its paragraph writes none, and the paragraph before is about 2017; the year is left empty rather than taken from there.');
  });

  it('quotes the whole victim phrase and starts the next incident at a word (issue 12)', () => {
    const text = 'In 2017, TF kidnapped a Canadian executive in Mindanao; in 2018, TF killed four soldiers in Sulu.';
    const r = recordOf(profile({ Activities: text }));
    expect(r.events.map((e) => e.kidnapped?.text ?? e.killed?.text)).toEqual(['a Canadian executive', 'four soldiers']);
    const second = r.events[1]!.evidence;
    const source = profile({ Activities: text });
    expect(source.slice(second.start, second.end)).toBe(' in 2018, TF killed four soldiers in Sulu.');
  });
});

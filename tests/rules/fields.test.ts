import { describe, expect, it } from 'vitest';
import { recordOf, profile } from '../helpers.js';

describe('aliases', () => {
  it.each([
    ['Aka A; B; C', ['A', 'B', 'C']],
    ['aka A, B, C.', ['A', 'B', 'C']],
    ['Also known as (aka) A; ; B;; C', ['A', 'B', 'C']],
    ['Aka al Harakat al Islamiyya (the Islamic Movement), ASG', ['al Harakat al Islamiyya (the Islamic Movement)', 'ASG']],
  ])('%s', (aka, expected) => {
    expect(recordOf(profile({ Description: 'x' }, undefined, aka)).aliases.map((a) => a.value)).toEqual(expected);
  });
});

describe('designation', () => {
  it.each([
    ['The TF was designated as a Foreign Terrorist Organization on October 8, 1997.', '1997-10-08'],
    ['Designated as a Foreign Terrorist Organization (FTO) on December 26, 2001, TF is ...', '2001-12-26'],
    ['The TF was designated as a FTO on September 6, 2018.', '2018-09-06'],
    ['On May 15, 2014, the Department of State amended the designation of TF.', null],
    // Active voice, this group the object ("The Department of State designated X as an FTO on ...").
    ['The Department of State designated TF as a Foreign Terrorist Organization on March 22, 2013.', '2013-03-22'],
    ['The Department of State designated the Test Front (TF) as an FTO on February 28, 2018.', '2018-02-28'],
    ['In 2004, the Department of State designated AQI, the parent group, as an FTO on October 15, 2004.', null],
    // Two groups designated together, in the plural: this group one of them.
    ['Kach and the Test Front were designated as Foreign Terrorist Organizations on October 8, 1997.', '1997-10-08'],
    ['The Department of State designated Kach and TF as FTOs on October 8, 1997.', '1997-10-08'],
    ['The Department of State designated Kach and Kahane Chai as FTOs on October 8, 1997.', null],
    // Under an earlier name: the date is still this group's designation.
    ['TF was originally designated as an FTO under the name Ansar Bayt al-Maqdis (ABM) on April 9, 2014.', '2014-04-09'],
    ['TF was designated as an FTO under its former name, the Northern Hills Brigade, on April 9, 2014.', '2014-04-09'],
    // The object with its name at the time set off: "the group, then known as X, as an FTO".
    ["The Department of State designated the group, then known as Jama'at al-Tawhid wa'al-Jihad, as an FTO on October 15, 2004.", '2004-10-15'],
    ['The Department of State designated TF, at the time called the Northern Brigade, as a Foreign Terrorist Organization on May 1, 2012.', '2012-05-01'],
    ['The Department of State designated AQI, then known as the Tawhid Network, as an FTO on October 15, 2004.', null],
    // The day before the month, as British usage writes it (held-out round 135).
    ['The TF, which was designated as a Foreign Terrorist Organization on 8 October 1997, is the smallest of the groups.', '1997-10-08'],
    ['TF was designated as an FTO on 1 September, 2010.', '2010-09-01'],
    ['On 15 May 2014, the Department of State amended the designation of TF.', null],
    // A cleft puts the date first (held-out round 143): its "that" clause says what happened on it, to whom.
    ['It was on 4 June 2009 that TF was designated as a Foreign Terrorist Organization.', '2009-06-04'],
    ['It was on July 2, 2012 - two weeks after the bombing of the embassy, in which six people died - that the Test Front was designated by the Secretary of State as an FTO.', '2012-07-02'],
    ['It was on 4 June 2009 that Kach was designated as a Foreign Terrorist Organization.', null],
    ['It was on 4 June 2009 that the Department of State amended the designation of TF.', null],
  ])('%s', (text, date) => {
    expect(recordOf(profile({ Description: text })).designation?.date ?? null).toBe(date);
  });

  it('reports an impossible date instead of guessing', () => {
    const r = recordOf(profile({ Description: 'TF was designated as an FTO on February 30, 2019.' }));
    expect(r.designation).toBeNull();
    expect(r.diagnostics.map((d) => d.code)).toContain('impossible-date');
  });
});

describe('founded', () => {
  /** The whole fact: year, rule, and the words its evidence points at. */
  const founded = (text: string) => {
    const doc = profile({ Description: text });
    const f = recordOf(doc).founded;
    return f && { year: f.year, rule: f.rule, evidence: doc.slice(f.evidence.start, f.evidence.end) };
  };
  it.each([
    ['The TF is a Colombian Marxist-Leninist group formed in 1964.', { year: 1964, rule: 'formed', evidence: 'formed in 1964' }],
    ['TF has claimed numerous attacks since its 2017 formation.', { year: 2017, rule: 'its-formation', evidence: 'its 2017 formation' }],
    ['TF emerged in 2012 as a splinter of a larger movement.', { year: 2012, rule: 'formed', evidence: 'emerged in 2012' }],
    ['TF was established in 2013 by former members of another group.', { year: 2013, rule: 'formed', evidence: 'established in 2013' }],
    ['TF formed in 2012 from a merger of two factions.', { year: 2012, rule: 'formed', evidence: 'formed in 2012' }],
    ['TF has existed since 1969.', { year: 1969, rule: 'existed-since', evidence: 'has existed since 1969' }],
    ['Founded by a former officer in 1978 as a separatist organization, the TF was designated in 1997.', { year: 1978, rule: 'formed', evidence: 'Founded by a former officer in 1978' }],
    ['In 2014, TF was founded by commanders who had left another group.', { year: 2014, rule: 'formed', evidence: 'In 2014, TF was founded' }],
    ['In 2017, four militant groups merged to form TF.', { year: 2017, rule: 'merged-to-form', evidence: 'In 2017, four militant groups merged to form' }],
    ['The Test Front (TF) - is a Maoist group formed in March 1969.', { year: 1969, rule: 'formed', evidence: 'formed in March 1969' }],
    ['AQI was founded in 2004. TF split from AQI in 2013.', { year: 2013, rule: 'split-from', evidence: 'split from AQI in 2013' }],
  ])('%s', (text, fact) => {
    expect(founded(text)).toEqual(fact);
  });

  it.each([
    ['TF formed in the late 1980s as a wing of another group.'],
    ['TF formally announced its establishment in a July 2009 video statement.'],
    ['TF announced its formation in a July 2009 video.'],
    ['TF grew out of the Youth Movement, which was formed in 1999.'],
    ['TF is an offshoot of the Northern Front, established in 1980 to fight the government.'],
    ['TF pledged allegiance to ISIS in 2015.'],
    ['TF has been active in the region since 1996.'],
    ['TF formed a new alliance with two other groups in 2017.'],
    ['Hundreds have been killed since its emergence in 2009.'],
  ])('no founding year: %s', (text) => {
    expect(founded(text)).toBeNull();
  });
});

describe('leaders', () => {
  const leaders = (text: string) => recordOf(profile({ Description: text })).leaders.map((l) => [l.name, l.status, l.year]);
  it.each([
    ['TF is led by Iyad ag Ghali.', [['Iyad ag Ghali', 'current', null]]],
    ['TF is led by Specially Designated Global Terrorist Abu Muhammad al-Jawlani aka al-Julani.', [['Abu Muhammad al-Jawlani', 'current', null]]],
    ["The group's leader is Ahmed Diriye aka Ahmed Umar.", [['Ahmed Diriye', 'current', null]]],
    ['It was reported that TF leader Hafiz Saeed Khan was killed in July 2016.', [['Hafiz Saeed Khan', 'killed', 2016]]],
    ['ISIS leader Abu Bakr al-Baghdadi praised TF.', []],
    ["It was reported that TF's leader Hafiz Saeed Khan was killed in July 2016.", [['Hafiz Saeed Khan', 'killed', 2016]]],
    ['In April 2012, TF leader Abu Usman Adil died.', [['Abu Usman Adil', 'former', 2012]]],
    ['In 2019, ISIS’s leader Abu Bakr al-Baghdadi praised TF.', []],
    // A second in command and a senior leader are not the group's leaders (the gold's convention; see tests/challenge/leaders.jsonl).
    ['Multiple TF leaders have been killed, including its former second in command, Ali Maychou, in 2019, and senior leader Bah Ag Moussa in 2020.', []],
  ])('%s', (text, expected) => {
    expect(leaders(text)).toEqual(expected);
  });
});

describe('strength', () => {
  const strength = (text: string) => {
    const s = recordOf(profile({ Strength: text })).strength;
    return s && [s.min, s.max, s.unit];
  };
  it.each([
    ['TF is estimated to have between 1,000 and 2,000 fighters.', [1000, 2000, 'fighters']],
    ['Approximately 2,000 armed combatants and an unknown number of supporters.', [2000, 2000, 'combatants']],
    ["TF's membership is small, with possibly fewer than 50 members.", [null, 50, 'members']],
    ['TF has more than 1,000 members.', [1000, null, 'members']],
    ['A few hundred members.', [null, null, 'members']],
    ['TF leaders claim that up to 400 of its members are veterans; its total membership is unknown.', [null, null, null]],
    ['TF has 1,000-1,500 fighters.', [1000, 1500, 'fighters']],
    ['As of 2020, TF was estimated to have approximately 1,200 fighters.', [1200, 1200, 'fighters']],
    ['Exact numbers are unknown. TF is estimated to have 2,000 fighters.', [2000, 2000, 'fighters']],
    ['TF had 12,000 fighters at its peak in 2015 but now has fewer than 2,000.', [null, 2000, null]],
    ['TF has a few hundred core fighters, although as many as 1,000 individuals allegedly joined the group.', [null, null, 'fighters']],
    ['The coalition that TF leads has up to 5,000 fighters; TF itself has an estimated 800.', [800, 800, null]],
    ['Security forces killed 350 TF fighters in 2020. The group retains about 1,000 fighters.', [1000, 1000, 'fighters']],
    ['Authorities arrested more than 600 TF suspects in 2019. TF is estimated to have 2,500 members.', [2500, 2500, 'members']],
    ['TF has roughly 2,000 fighters, of whom 500 are foreign terrorist fighters.', [2000, 2000, 'fighters']],
    ['Estimates of TF range from several dozen to 300 fighters.', [null, 300, 'fighters']],
  ])('%s', (text, expected) => {
    expect(strength(text)).toEqual(expected);
  });

  it('reports a range whose minimum is above its maximum', () => {
    const r = recordOf(profile({ Strength: 'TF has between 2,000 and 1,000 fighters.' }));
    expect([r.strength?.min, r.strength?.max]).toEqual([null, null]);
    expect(r.diagnostics.map((d) => d.code)).toContain('strength-min-above-max');
  });
});

describe('areas', () => {
  const areas = (text: string) => recordOf(profile({ 'Location/Area of Operation': text })).areas.map((a) => [a.name, a.countryCode]);
  it.each([
    ['Mali, Burkina Faso, Benin, and Niger', [['Mali', 'ML'], ['Burkina Faso', 'BF'], ['Benin', 'BJ'], ['Niger', 'NE']]],
    ['Northern Ireland and the Republic of Ireland', [['Northern Ireland', 'GB'], ['Republic of Ireland', 'IE']]],
    ['Gaza, Israel and the West Bank', [['Gaza', 'PS'], ['Israel', 'IL']]],
    ['the Sahel and Lake Chad Basin', [['Sahel', null], ['Lake Chad Basin', null]]],
    ['Burma and Syria', [['Burma', 'MM'], ['Syria', 'SY']]],
  ])('%s', (text, expected) => {
    expect(areas(text)).toEqual(expected);
  });
});

describe('funding sponsors', () => {
  const sponsors = (text: string) => {
    const doc = profile({ 'Funding and External Aid': text });
    return recordOf(doc).funding.sponsors.map((s) => ({ name: s.name, code: s.countryCode, rule: s.rule, evidence: doc.slice(s.evidence.start, s.evidence.end) }));
  };
  it.each([
    ['Iran continues to provide TF with most of its funding.', [{ name: 'Iran', code: 'IR', rule: 'state-provides', evidence: 'Iran' }]],
    ['Iran and Syria have funded TF for decades.', [{ name: 'Iran', code: 'IR', rule: 'state-provides', evidence: 'Iran' }, { name: 'Syria', code: 'SY', rule: 'state-provides', evidence: 'Syria' }]],
    ['TF is funded primarily by Iran.', [{ name: 'Iran', code: 'IR', rule: 'support-from', evidence: 'Iran' }]],
    ['TF receives weapons and financial support from the Government of Iran.', [{ name: 'Iran', code: 'IR', rule: 'support-from', evidence: 'Iran' }]],
    ["Iran is TF's primary source of funding.", [{ name: 'Iran', code: 'IR', rule: 'state-is-source', evidence: 'Iran' }]],
    ['TF relies on Iranian financial and military support.', [{ name: 'Iranian', code: 'IR', rule: 'state-adjective', evidence: 'Iranian' }]],
    ['TF receives financial assistance from Hizballah.', [{ name: 'Hizballah', code: null, rule: 'support-from', evidence: 'Hizballah' }]],
  ])('%s', (text, expected) => {
    expect(sponsors(text)).toEqual(expected);
  });

  it.each([
    ['TF receives support from Islamic extremists in the region.'],
    ['TF has received arms from Russia-backed separatists.'],
    ['Private donors in Qatar have funded TF.'],
    ['TF obtains weapons smuggled from Libya.'],
    ['There is no evidence that Iran funds TF.'],
    ['TF receives donations from sympathizers in Saudi Arabia and Kuwait.'],
  ])('no sponsor: %s', (text) => {
    expect(sponsors(text)).toEqual([]);
  });
});

describe('funding', () => {
  it('reads categories and state sponsors', () => {
    const f = recordOf(profile({ 'Funding and External Aid': 'TF receives funding through kidnapping for ransom and extortion. It has received weapons from Iran.' })).funding;
    expect(f.sources.map((s) => s.category)).toEqual(['kidnapping-for-ransom', 'extortion', 'state-sponsorship']);
    expect(f.sponsors).toMatchObject([{ name: 'Iran', countryCode: 'IR' }]);
  });
  it('finds nothing in "no known external aid"', () => {
    const f = recordOf(profile({ 'Funding and External Aid': 'There is no known external aid.' })).funding;
    expect(f).toEqual({ sources: [], sponsors: [] });
  });
});

describe('sections', () => {
  // Held-out round 146: a note-like author heads parts of Activities with headings the reports do not have.
  it('reads an unknown heading inside a known section as a part of it', () => {
    const text = profile({ Description: 'TF was designated as an FTO on May 3, 2015.', Activities: 'TF attacks police posts.\n\nNotable:\nOn 4 Aug 2019: attack on a checkpoint near Gao, Mali: 5 soldiers killed, 3 wounded.\n\nKey prior attacks:\nIn March 2016, TF gunmen killed 12 villagers in Kidal, Mali.', Strength: 'About 300 fighters.' });
    const r = recordOf(text);
    expect(r.sections.map((s) => [s.heading, s.known])).toEqual([['Description', true], ['Activities', true], ['Strength', true]]);
    expect(r.events.map((e) => [e.date.year, e.killed?.value ?? null, e.wounded?.value ?? null, e.location?.countryCode ?? null])).toEqual([[2019, 5, 3, 'ML'], [2016, 12, null, 'ML']]);
    const notable = text.indexOf('Notable');
    expect(r.diagnostics).toContainEqual({ severity: 'warning', code: 'unknown-section', message: 'Unknown section heading "Notable" inside Activities: read as part of Activities.', evidence: { section: 'Activities', start: notable, end: notable + 'Notable'.length } });
  });
  it('keeps an unknown heading before any known one apart, unread', () => {
    const r = recordOf(`Country Report on Terrorism 2020 - Chapter 5 - Test Front (TF)\n\nAka TF\n\nBackground: TF gunmen killed 12 villagers in Kidal, Mali, in 2016.\n\nDescription: TF was designated as an FTO on May 3, 2015.\n`);
    expect(r.sections.map((s) => [s.heading, s.known])).toEqual([['Background', false], ['Description', true]]);
    expect(r.events).toEqual([]);
  });
});

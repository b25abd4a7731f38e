/**
 * Leader relations: each row's example yields the whole fact it claims (name,
 * role, status, year), read through the full pipeline; the lexicon-built cue
 * lets every example through; and the mention tagger's pieces on their own.
 */
import { describe, expect, it } from 'vitest';
import { LEADER_CUE, RELATION_ROWS } from '../../src/extract/leaders/index.js';
import { personMentions, roleMentions } from '../../src/extract/leaders/mentions.js';
import { matchView } from '../../src/text/view.js';
import { profile, recordOf } from '../helpers.js';

const leadersOf = (description: string, year = 2020) =>
  recordOf(profile({ Description: description }, `Country Report on Terrorism ${year} - Chapter 5 - Test Front (TF)`)).leaders.map(({ name, role, status, year: y }) => ({ name, role, status, year: y }));

describe('leader relation rows', () => {
  it.each(RELATION_ROWS.flatMap((r) => r.example.split(' / ').map((e) => [r.id, e] as const)))('%s: the cue lets "%s" through', (_id, example) => {
    expect(LEADER_CUE.test(matchView(example))).toBe(true);
  });
  it('names each row once, so the rule a record gives says which row read it', () => {
    const ids = RELATION_ROWS.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('leaders: whole facts', () => {
  const cases: Array<[string, string, ReturnType<typeof leadersOf>]> = [
    ['led-by', 'TF is led by Iyad ould Hamma.', [{ name: 'Iyad ould Hamma', role: 'leader', status: 'current', year: null }]],
    ['name-is-role with an alias', "Abu Hamza al-Tunsi, also known as Abu Bilal, is TF's emir.", [{ name: 'Abu Hamza al-Tunsi', role: 'emir', status: 'current', year: null }]],
    ['honorific left out', 'Mullah Abdul Ghani Noori leads TF.', [{ name: 'Abdul Ghani Noori', role: 'leader', status: 'current', year: null }]],
    ['killed, dated after the cue', "TF's emir, Abu Usman Kabir, was killed in a drone strike in March 2019.", [{ name: 'Abu Usman Kabir', role: 'emir', status: 'killed', year: 2019 }]],
    ['active voice before the name', 'In 2018 government forces captured Tahir Jan, the group\'s emir.', [{ name: 'Tahir Jan', role: 'emir', status: 'captured', year: 2018 }]],
    ['status in the next clause, successor by pronoun', 'Idris Mahdi led TF until he was killed in 2016; his deputy Zakaria Hamdan succeeded him.', [
      { name: 'Idris Mahdi', role: 'leader', status: 'killed', year: 2016 },
      { name: 'Zakaria Hamdan', role: 'leader', status: 'current', year: null },
    ]],
    ['status in the next sentence', 'Rafiq Sultani became TF\'s leader in 2012. He was killed in an airstrike in 2015.', [{ name: 'Rafiq Sultani', role: 'leader', status: 'killed', year: 2015 }]],
    ['a status change with no date of its own takes the paragraph\'s year frame', 'In 2017, TF expanded into the north. Its leader, Omar Bakari, was killed in an airstrike.', [{ name: 'Omar Bakari', role: 'leader', status: 'killed', year: 2017 }]],
    ['appointment in the report year', 'In May 2020, TF named Sami Barakat its new emir.', [{ name: 'Sami Barakat', role: 'emir', status: 'current', year: null }]],
  ];
  it.each(cases)('%s', (_what, text, want) => expect(leadersOf(text)).toEqual(want));

  const negatives: Array<[string, string]> = [
    ['a deputy', "The group's deputy leader is Hamid Yaqubi."],
    ['a founder', 'TF was founded by Rahim Jalali in 2004.'],
    ["another group's leader", 'In October 2019, ISIS leader Abu Bakr al-Baghdadi was killed in a U.S. raid.'],
    ['one of several commanders', 'Hassan Darwish, a senior TF commander, was killed in 2019.'],
    ['a convoy, not the group, led by someone', 'TF militants attacked a convoy led by Colonel Daniel Okafor in 2017.'],
    ['an announcement of a later appointment', 'In 2016, ISIS announced that Abu Karim al-Turki was to become the new leader of TF.'],
  ];
  it.each(negatives)('no leader: %s', (_what, text) => expect(leadersOf(text)).toEqual([]));

  it('a dated past appointment is not current, and says why in a diagnostic', () => {
    const r = recordOf(profile({ Description: 'In 2014, TF named Sami Barakat its new emir.' }));
    expect(r.leaders).toEqual([]);
    expect(r.diagnostics.find((d) => d.code === 'leader-status-unstated')?.message).toBe(
      'Sami Barakat is named emir in a sentence about 2014, before the report year 2020; the text does not say Sami Barakat still leads, so no current leader is listed from it.',
    );
  });

  it('first names that share a surname are two leaders, each with name parts', () => {
    const text = profile({ Description: 'The brothers Karim and Samir Benali lead TF.' });
    const r = recordOf(text);
    expect(r.leaders.map((l) => [l.name, l.status, text.slice(l.evidence.start, l.evidence.end)])).toEqual([
      ['Karim Benali', 'current', 'Karim and Samir Benali'],
      ['Samir Benali', 'current', 'Samir Benali'],
    ]);
    expect(r.leaders[0]!.nameParts!.map((p) => [p.text, text.slice(p.evidence.start, p.evidence.end)])).toEqual([['Karim', 'Karim'], ['Benali', 'Benali']]);
  });
});

describe('mentions', () => {
  it('names keep particles and drop honorifics, places and organizations', () => {
    const v = matchView('Sheikh Abdallah bin Yusuf al-Harithi met Iyad ag Ghali in Burkina Faso near the Islamic State camp.');
    expect(personMentions(v, 0, v.length).map((p) => v.slice(p.evidence.start, p.evidence.end))).toEqual(['Abdallah bin Yusuf al-Harithi', 'Iyad ag Ghali']);
  });
  it("a role's owner: this group, another group, or unstated", () => {
    const v = matchView("TF's emir met ISIS leader X, the group's chief, a senior TF commander and al-Qa'ida in Iraq (AQI) leader Y.");
    const roles = roleMentions(v, 0, v.length, (w) => ['TF', 'the group'].includes(w)).map((r) => [v.slice(r.start, r.end), r.owner, r.notTheLeader]);
    expect(roles).toEqual([
      ["TF's emir", 'own', false],
      ['ISIS leader', 'other', false],
      ["the group's chief", 'own', false],
      ['senior TF commander', 'own', true],
      ['AQI) leader', 'other', false],
    ]);
  });
});

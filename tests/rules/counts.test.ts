import { describe, expect, it } from 'vitest';
import { RELATIONS, findCounts } from '../../src/extract/events/counts.js';
import { parseVictims } from '../../src/extract/events/victims.js';
import { matchView } from '../../src/text/view.js';

const countsIn = (text: string) =>
  findCounts(text, matchView(text), 0, text.length).map((c) => ({ rule: c.rule, role: c.role, value: c.count?.value ?? null, qualifier: c.count?.qualifier ?? null, text: c.count?.text ?? null }));
const one = (rule: string, role: string, value: number | null, text: string, qualifier = 'exact') => ({ rule, role, value, qualifier, text });

describe('count relations', () => {
  it.each(RELATIONS.map((r) => [r.id, r.example] as const))('%s matches its own example', (id, example) => {
    expect(countsIn(example).map((c) => c.rule)).toContain(id);
  });

  it.each(RELATIONS.filter((r) => typeof r.needs === 'string').map((r) => [r.id, r.needs as string, r.pattern.source] as const))('%s: its speed cue "%s" is a literal of its own pattern', (_id, needs, source) => {
    expect(source.replace(/\\b/g, '')).toContain(needs.trim());
  });

  it.each([
    ['harm-victims, two roles', 'killing 10 Chadian Peacekeepers and wounding 25 others', [one('harm-victims', 'killed', 10, '10 Chadian Peacekeepers'), one('harm-victims', 'wounded', 25, '25 others')]],
    ['counted groups are added up', 'killing eight soldiers and two civilian contractors', [one('harm-victims', 'killed', 10, 'eight soldiers and two civilian contractors')]],
    ['a comma list closed by "and" is added up', 'killing five teachers, a guard and two students', [one('harm-victims', 'killed', 8, 'five teachers, a guard and two students')]],
    ['a named victim counts inside a list', 'killing the ambassador and three other embassy staff', [one('harm-victims', 'killed', 4, 'the ambassador and three other embassy staff')]],
    ['an article counts one, "another" too', 'killed a security officer and injured another', [one('harm-victims', 'killed', 1, 'a security officer'), one('harm-victims', 'wounded', 1, 'another')]],
    ['the count text is the whole victim phrase', 'kidnapped a Canadian executive from a resort', [one('harm-victims', 'kidnapped', 1, 'a Canadian executive')]],
    ['a stated sum', 'killed a combined 150 people', [one('harm-victims', 'killed', 150, 'a combined 150 people')]],
    ['passive with qualifiers', 'at least 24 people were killed and 40 others wounded', [one('victims-harm', 'killed', 24, 'at least 24 people', 'at-least'), one('victims-harm', 'wounded', 40, '40 others')]],
    ['intransitive', 'twelve soldiers died when the outpost fell', [one('victims-harm', 'killed', 12, 'twelve soldiers')]],
    ['a passive coordination', 'two soldiers and a civilian interpreter were killed', [one('victims-harm', 'killed', 3, 'two soldiers and a civilian interpreter')]],
    ['the named one before "and N other" counts', 'its deputy, Ali Musa, and four other members were killed', [one('victims-harm', 'killed', 5, 'its deputy, Ali Musa, and four other members')]],
    ['along with others', 'its commander was killed along with two other fighters', [one('along-with-others', 'killed', 3, 'two other fighters')]],
    ['harm noun of', 'the massacre of 40 villagers', [one('harm-of-victims', 'killed', 40, '40 villagers')]],
    ['lives of', 'a bombing claimed the lives of 26 people', [one('harm-of-victims', 'killed', 26, '26 people')]],
    ['claimed N lives', 'the siege claimed more than 1,000 lives', [one('claimed-lives', 'killed', 1000, 'more than 1,000', 'more-than')]],
    ['count then result noun', 'three raids that resulted in 57 deaths', [one('count-result', 'killed', 57, '57')]],
    ['left N dead and M wounded', 'a truck bomb left at least 15 dead and 30 wounded', [one('left-victims', 'killed', 15, 'at least 15', 'at-least'), one('victims-harm', 'wounded', 30, '30')]],
    ['hostages taken', 'militants took 20 hostages at the plant', [one('took-hostages', 'kidnapped', 20, '20 hostages')]],
    ['elliptical second incident', 'killed one hostage in May and another in October', [one('harm-victims', 'killed', 1, 'one hostage'), one('elliptical', 'killed', 1, 'another')]],
    ['killed or wounded is ambiguous', 'attacks killed or wounded more than 300 people', [one('ambiguous-verb', 'ambiguous', 300, 'more than 300 people', 'more-than')]],
    ['casualties are ambiguous', 'a bombing caused 150 casualties', [one('ambiguous-casualties', 'ambiguous', 150, '150')]],
    ['a range gives its lower bound, at least', 'a bombing killed between 12 and 15 soldiers', [one('harm-victims', 'killed', 12, 'between 12 and 15 soldiers', 'at-least')]],
    ['a passive range is one phrase, never two numbers added up', 'between 30 and 40 villagers were killed', [one('victims-harm', 'killed', 30, 'between 30 and 40 villagers', 'at-least')]],
    ['"N to M" and "N-M" are ranges too', 'killing 20 to 25 guests and wounding 40-50 others', [one('harm-victims', 'killed', 20, '20 to 25 guests', 'at-least'), one('harm-victims', 'wounded', 40, '40-50 others', 'at-least')]],
    ['a qualifier before a range is kept', 'killing approximately 20 to 25 people', [one('harm-victims', 'killed', 20, 'approximately 20 to 25 people', 'about')]],
    ['the attackers themselves are not counted, the others are', 'killing himself and 19 shoppers', [one('harm-victims', 'killed', 19, 'himself and 19 shoppers')]],
    ['people captured are kidnapped', 'gunmen captured four aid workers and a French journalist', [one('harm-victims', 'kidnapped', 5, 'four aid workers and a French journalist')]],
    ['a nationality in the plural names people', 'TG seized three U.S. citizens and 17 Filipinos', [one('harm-victims', 'kidnapped', 20, 'three U.S. citizens and 17 Filipinos')]],
    ['captured people, passive', 'eight Chadian soldiers were captured by TG', [one('victims-harm', 'kidnapped', 8, 'eight Chadian soldiers')]],
    ['captured fighters are an arrest, captured towns and weapons no harm', 'troops captured 35 TG fighters; TG captured three towns and seized 40 rifles', []],
    ['a possessive starts a counted item', 'seized a German engineer and his two local guards', [one('harm-victims', 'kidnapped', 3, 'a German engineer and his two local guards')]],
    ['"whose" ends the victims\' noun', 'captured 22 aid workers whose vehicles were stopped', [one('harm-victims', 'kidnapped', 22, '22 aid workers')]],
    ['a place before ", and" is no named victim', 'attacked a market in Gao Region, and between 30 and 40 villagers were killed', [one('victims-harm', 'killed', 30, 'between 30 and 40 villagers', 'at-least')]],
    ['years are no range of victims', 'between 2015 and 2017 attacks killed 12 soldiers', [one('harm-victims', 'killed', 12, '12 soldiers')]],
    ['an unnumbered plural is harm with no count', 'the hostages were beheaded', [{ rule: 'unnumbered-plural', role: 'killed', value: null, qualifier: null, text: null }]],
    ['vague counts keep no value', 'killed dozens of civilians', [one('harm-victims', 'killed', null, 'dozens', 'vague')]],
    ['a word with accented letters stays whole in the victim phrase', 'the katiba kidnaps a Burkinabè trader near Djibo', [one('harm-victims', 'kidnapped', 1, 'a Burkinabè trader')]],
    ['... and in a named body after "of"', 'the assassination of a municipal councillor of Tibú, killed in front of his house', [one('harm-of-victims', 'killed', 1, 'a municipal councillor of Tibú')]],
  ])('%s', (_name, text, expected) => {
    expect(countsIn(text)).toEqual(expected);
  });

  it.each([
    ['a year after a verb is not a count', 'the attacks killed 2019 was a bad year'],
    ['"killed the ambassador" names a victim, no count', 'gunmen killed the ambassador in his residence'],
    ['arrests are not harm', 'police arrested 12 members of the group'],
    ['"claimed 12 attacks" is not lives', 'the group claimed 12 attacks'],
    ['a size is not a count', 'some 300 fighters attacked the base'],
    ['an incident named after "and a" is not a victim', 'wounded by gunfire and a March raid'],
    ['a passive singular with no number is no count', 'the commander was killed in a strike'],
  ])('%s', (_name, text) => {
    expect(countsIn(text)).toEqual([]);
  });
});

describe('victim phrases', () => {
  it.each([
    ['20 Nigerian and five Chadian soldiers', 25, 'exact'],
    ['11 civilians, two police officers, and a soldier', 14, 'exact'],
    ['30 people, including six Canadians', 30, 'exact'],
    ['an estimated 20 members', 20, 'about'],
    ['a 14-year-old student', 1, 'exact'],
    ['a number of soldiers', null, 'vague'],
    ['two Canadians, a Norwegian and a Filipina', 4, 'exact'],
  ])('%s', (text, value, qualifier) => {
    const v = parseVictims(text, 0);
    expect({ value: v?.value, qualifier: v?.qualifier }).toEqual({ value, qualifier });
  });

  it('does not add an item after a comma without a closing "and"', () => {
    expect(parseVictims('30 people, a record for the city', 0)).toMatchObject({ value: 30, end: 9 });
  });
});

import { describe, expect, it } from 'vitest';
import { COUNT_RULES, findCounts } from '../../src/extract/events/counts.js';
import { matchView } from '../../src/text/view.js';

const countsIn = (text: string) =>
  findCounts(text, matchView(text), 0, text.length).map((c) => ({ rule: c.rule, role: c.role, value: c.count.value, qualifier: c.count.qualifier }));

describe('count rules', () => {
  it.each(COUNT_RULES.map((r) => [r.id, r.example] as const))('%s matches its own example', (id, example) => {
    expect(countsIn(example).map((c) => c.rule)).toContain(id);
  });

  it.each([
    ['verb-count', 'killing 10 Chadian Peacekeepers and wounding 25 others', [
      { rule: 'verb-count', role: 'killed', value: 10, qualifier: 'exact' },
      { rule: 'verb-count', role: 'wounded', value: 25, qualifier: 'exact' },
    ]],
    ['verb-count adds a second counted group', 'killing eight soldiers and two civilian contractors', [{ rule: 'verb-count', role: 'killed', value: 10, qualifier: 'exact' }]],
    ['verb-article', 'killed a security officer and injured another', [
      { rule: 'verb-article', role: 'killed', value: 1, qualifier: 'exact' },
      { rule: 'verb-article', role: 'wounded', value: 1, qualifier: 'exact' },
    ]],
    ['verb-named-and-others', 'killing the Ambassador and three other embassy staff members', [{ rule: 'verb-named-and-others', role: 'killed', value: 4, qualifier: 'exact' }]],
    ['count-verb', 'at least 24 people were killed and 40 others wounded', [
      { rule: 'count-verb', role: 'killed', value: 24, qualifier: 'at-least' },
      { rule: 'count-verb', role: 'wounded', value: 40, qualifier: 'exact' },
    ]],
    ['claimed-lives', 'the siege of the city claimed more than 1,000 lives', [{ rule: 'claimed-lives', role: 'killed', value: 1000, qualifier: 'more-than' }]],
    ['claimed-lives needs "lives"', 'the group claimed 12 attacks', []],
    ['deaths-of', 'resulting in the deaths of seven police officers', [{ rule: 'deaths-of', role: 'killed', value: 7, qualifier: 'exact' }]],
    ['deaths-of: massacre of', 'after the 1996 massacre of 40 villagers', [{ rule: 'deaths-of', role: 'killed', value: 40, qualifier: 'exact' }]],
    ['count-deaths', 'three raids that resulted in 57 deaths', [{ rule: 'count-deaths', role: 'killed', value: 57, qualifier: 'exact' }]],
    ['along-with-others counts the named one', 'its commander was killed along with two other fighters', [{ rule: 'along-with-others', role: 'killed', value: 3, qualifier: 'exact' }]],
    ['named-and-others-verb counts the named one', 'the group’s deputy, Ali Musa, and four other members were killed', [{ rule: 'named-and-others-verb', role: 'killed', value: 5, qualifier: 'exact' }]],
    ['a year after a verb is not a count', 'the attacks killed 2019 was a bad year', []],
    ['vague counts keep no value', 'killed dozens of civilians', [{ rule: 'verb-count', role: 'killed', value: null, qualifier: 'vague' }]],
  ])('%s', (_name, text, expected) => {
    expect(countsIn(text)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/text/sentences.js';
import { parseNumber } from '../../src/text/numbers.js';
import { findDates } from '../../src/text/dates.js';
import { matchView } from '../../src/text/view.js';

describe('sentence splitting (pinned parse-latin traps)', () => {
  const split = (t: string) => sentences(t, 0, t.length).map((s) => t.slice(s.start, s.end));
  it('ends a sentence after a short number and a period', () => {
    expect(split('Killing 14 and injuring another 24. In 2021, TF claimed more.')).toEqual(['Killing 14 and injuring another 24.', 'In 2021, TF claimed more.']);
  });
  it('does not end a sentence after "No."', () => {
    expect(split('Under Resolution No. 2253. Next one.')).toEqual(['Under Resolution No. 2253.', 'Next one.']);
  });
  it('keeps U.S. and al-Qa’ida whole and treats each line as a paragraph', () => {
    expect(split('The U.S. named al-Qa’ida.\nNext line')).toEqual(['The U.S. named al-Qa’ida.', 'Next line']);
  });
});

describe('numbers', () => {
  it.each([
    ['1,000', 1000], ['24', 24], ['four', 4], ['twenty-three', 23], ['a dozen', 12], ['two hundred and fifty', 250], ['several', null],
  ])('%s → %s', (written, value) => {
    expect(parseNumber(written)).toBe(value);
  });
});

describe('matching view', () => {
  it('folds without changing length', () => {
    const t = '\uFEFFJama\u2019at\u00A0al\u2011Wadi \u201Cx\u201D\r\n';
    expect(matchView(t)).toBe(" Jama'at al-Wadi \"x\" \n");
    expect(matchView(t).length).toBe(t.length);
  });
});

describe('date mentions', () => {
  /** Each mention as [text, year, month, day]. */
  const datesOf = (text: string) => findDates(text, 0, text.length).map((d) => [text.slice(d.start, d.end), d.year, d.month, d.day]);

  it.each([
    ['Between January and March 2019, attacks rose.', [['Between January and March 2019', 2019, null, null]]],
    ['From late January through March 2021, attacks rose.', [['From late January through March 2021', 2021, null, null]]],
    ['In January and February 2018, attacks rose.', [['January and February 2018', 2018, null, null]]],
    ['Between March 3 and 5, 2019, TG besieged a base.', [['Between March 3 and 5, 2019', 2019, 3, null]]],
    ['From April to June, 2020, the group grew.', [['From April to June, 2020', 2020, null, null]]],
  ])('a period is one mention, dated by its year (its month only when both ends share it): %s', (text, want) => {
    expect(datesOf(text)).toEqual(want);
  });

  it.each([
    ['On March 8, 2020, and again in April 2020, TG struck.', [['March 8, 2020', 2020, 3, 8], ['April 2020', 2020, 4, null]]],
    ['In January 2019 and March 2020, TG struck.', [['January 2019', 2019, 1, null], ['March 2020', 2020, 3, null]]],
    ['In March 2019, TG struck.', [['March 2019', 2019, 3, null]]],
    ['In January 2018, TG, active between 2015 and 2017, struck.', [['January 2018', 2018, 1, null], ['between 2015 and 2017', null, null, null]]],
  ])('two dates joined by "and" stay two; a period of years is one mention with no year: %s', (text, want) => {
    expect(datesOf(text)).toEqual(want);
  });
});

import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/text/sentences.js';
import { parseNumber } from '../../src/text/numbers.js';
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

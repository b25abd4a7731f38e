import { describe, expect, it } from 'vitest';
import { ParseEnglish } from 'parse-english';
import { piecesOf } from '../../src/extract/context.js';
import type { ProfileContext } from '../../src/extract/context.js';
import { sentences, sentencesOf } from '../../src/text/sentences.js';
import { parseNumber } from '../../src/text/numbers.js';
import { findDates, plainMonthDate } from '../../src/text/dates.js';
import { monthNameDates } from '../../src/text/lazy.js';
import { collapseSpace, matchView } from '../../src/text/view.js';

describe('sentence splitting (pinned parse-latin traps)', () => {
  const split = (t: string) => sentences(t, 0, t.length).map((s) => t.slice(s.start, s.end));
  it('ends a sentence after a short number and a period', () => {
    expect(split('Killing 14 and injuring another 24. In 2021, TF claimed more.')).toEqual(['Killing 14 and injuring another 24.', 'In 2021, TF claimed more.']);
    expect(split('It wounded more than 1,800. In 2005, police came.')).toEqual(['It wounded more than 1,800.', 'In 2005, police came.']);
  });
  it('does not end a sentence after "No."', () => {
    expect(split('Under Resolution No. 2253. Next one.')).toEqual(['Under Resolution No. 2253.', 'Next one.']);
  });
  it('keeps U.S. and al-Qa’ida whole and treats each line as a paragraph', () => {
    expect(split('The U.S. named al-Qa’ida.\nNext line')).toEqual(['The U.S. named al-Qa’ida.', 'Next line']);
  });
});

describe('sentence shortcuts agree with retext', () => {
  // The shortcuts exist for speed: cutting a paragraph at clear ends and not parsing a piece
  // whose only inner full stops are followed by a lower-case word must give retext's sentences.
  const pieces = (t: string) => piecesOf({ view: t } as ProfileContext, { start: 0, end: t.length }).map((p) => t.slice(p.start, p.end));
  const viaShortcuts = (t: string) =>
    piecesOf({ view: t } as ProfileContext, { start: 0, end: t.length }).flatMap((p) => sentencesOf(t, p.start, p.end)).map((s) => t.slice(s.start, s.end));
  const viaRetext = (t: string) => {
    const tree = new ParseEnglish().parse(t) as unknown as { children: Array<{ children: Array<{ type: string; position: { start: { offset: number }; end: { offset: number } } }> }> };
    return tree.children.flatMap((p) => p.children).filter((n) => n.type === 'SentenceNode').map((n) => t.slice(n.position.start.offset, n.position.end.offset));
  };
  it('cuts at a year before a capital, not at a thousands group or a short number', () => {
    expect(pieces('It left in 2015. In 2016 it paid $1,500. The army came.')).toEqual(['It left in 2015.', 'In 2016 it paid $1,500. The army came.']);
  });
  it('reads "the U.S. citizens" as one sentence without parsing, as retext does', () => {
    expect(viaShortcuts('Militants shot two U.S. citizens in 2019. The U.S. Embassy closed.')).toEqual(['Militants shot two U.S. citizens in 2019.', 'The U.S. Embassy closed.']);
  });
  it('ends a sentence at "etc." before a capital, where retext alone would run on', () => {
    expect(viaShortcuts('They used guns, etc. The army came.')).toEqual(['They used guns, etc.', 'The army came.']);
    expect(viaRetext('They used guns, etc. The army came.')).toEqual(['They used guns, etc. The army came.']);
  });
  it.each([
    'It paid $1,500 in fees. The group left in 2015. In 2016 it returned.',
    'The U.S. Embassy was hit. The U.S. citizens were safe. The attack on U.S. forces came in 2019. Then more.',
    'They used guns. The army came. Dr. Ayman al-Zawahiri led it since 2011. Sheikh Ali said so in 2011! Why? In 2011? Yes.',
    'The plane was an A320. The crash killed many in 2014. It happened on Jan. 5, 2015. Nobody knew.',
    'He said "we won in 1999." The group grew. In 12345. The end came. Lt. Gen. X spoke in 2013. St. Louis. Mar. 2013. In 2014.',
  ])('%s', (t) => {
    expect(viaShortcuts(t)).toEqual(viaRetext(t));
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

describe('values in plain form', () => {
  it.each([
    ['Abu Muhammad al\u2011Jawlani', 'Abu Muhammad al-Jawlani'],
    ['al\u2010Shabaab\u00A0 fighters', 'al-Shabaab fighters'],
    [' 2,000\u20133,000 ', '2,000\u20133,000'],
  ])('%s', (written, value) => {
    expect(collapseSpace(written)).toBe(value);
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

  it.each([
    ['In July, 15 residents of Lamu were killed.', [['July', null, 7, null]]],
    ['In March, 2 soldiers died.', [['March', null, 3, null]]],
    ['On July 15, 2014, TG struck.', [['July 15, 2014', 2014, 7, 15]]],
  ])('a number after a month and a comma is a count, not the day: %s', (text, want) => {
    expect(datesOf(text)).toEqual(want);
  });
});

describe('plain month dates agree with chrono', () => {
  // The plain forms are read without chrono for speed; wherever they are read, chrono must read the same date.
  const viaChrono = (t: string, frameYear: number | null) => {
    const [r] = monthNameDates().parse(t, { instant: new Date(Date.UTC(frameYear ?? 2000, 6, 1)), timezone: 0 }, { forwardDate: false });
    if (!r || r.index !== 0) return null;
    const yearWritten = r.start.isCertain('year');
    return { length: r.text.replace(/[\s,.;:]+$/, '').length, date: { year: yearWritten ? r.start.get('year') : frameYear, month: r.start.get('month'), day: r.start.isCertain('day') ? r.start.get('day') : null, yearWritten, valid: true } };
  };
  it.each(['March 2019, the group', 'March 3, 2019.', 'on March 3 the group', 'June 30, 2014;', 'December 31 2020, when', 'May 2019'])('%s', (t) => {
    for (const frameYear of [null, 2016]) {
      const plain = plainMonthDate(t.replace(/^on /, ''), 0, frameYear);
      expect(plain).not.toBeNull();
      expect(plain).toEqual(viaChrono(t.replace(/^on /, ''), frameYear));
    }
  });
  it.each(['March alone', 'March 3-5, 2019', 'March 3 to 5', 'March of 2019', 'February 30, 2019', 'February 30', 'Sept. 5, 2019', 'March 3 and 4'])('leaves %s to chrono', (t) => {
    expect(plainMonthDate(t, 0, null)).toBeNull();
  });
  it('reads "a September 19 ambush", which chrono takes for a time of day and drops', () => {
    expect(viaChrono('September 19 ambush', null)).toBeNull();
    expect(plainMonthDate('September 19 ambush', 0, 2010)).toEqual({ length: 12, date: { year: 2010, month: 9, day: 19, yearWritten: false, valid: true } });
  });
});

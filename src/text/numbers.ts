/**
 * Numbers as the reports write them: digits with thousands separators
 * ("1,000"), number words ("four", "twenty-three", "a dozen", "two hundred"),
 * and vague quantities ("dozens", "several hundred") whose value is unknown.
 */

/** Number words as data: word → value. Multipliers are listed apart. */
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** "two dozen" is 24, as "two hundred" is 200; "a dozen" is 12. */
export const MULTIPLIER_WORDS: Readonly<Record<string, number>> = {
  dozen: 12, hundred: 100, thousand: 1000, million: 1_000_000,
};

/** Plural quantity words with no number attached: the value is unknown. */
export const VAGUE_WORDS = ['dozens', 'scores', 'hundreds', 'thousands', 'tens of thousands', 'several', 'numerous', 'many', 'multiple', 'some'] as const;

const UNIT = `(?:${Object.keys(UNIT_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
const WORD = `(?:${[...Object.keys(UNIT_WORDS), ...Object.keys(MULTIPLIER_WORDS)].sort((a, b) => b.length - a.length).join('|')})`;

/**
 * A number as written: digits (with optional thousands commas, not followed
 * by more digits) or a run of number words joined by spaces, hyphens or "and",
 * starting with a unit word ("twenty-three", "two hundred") or with "a"/"an"
 * ("a dozen", "a hundred"): a bare "hundred" is part of "a few hundred", not 100.
 */
// (Not an age: "a six-year-old boy", "a 12-year-old". Nor digits joined by a slash: "since 9/11", "24/7", "3/4".)
export const NUMBER_SOURCE = `(?<![\\w'-]|\\d/)(?:\\d{1,3}(?:,\\d{3})+(?!\\d)(?![,.]\\d)(?!/\\d)|\\d+(?!\\d)(?![,./]\\d)|(?:${UNIT}|an? ${WORD})\\b(?:(?:-| )${WORD}\\b|(?<=hundred|thousand) and ${UNIT}\\b)*)(?!-(?:year|month|week|day)-old)`;

const NUMBER_EXACT = new RegExp(`^${NUMBER_SOURCE}$`, 'i');

/** The integer value of a number as written, or null when it is not one. */
export function parseNumber(written: string): number | null {
  const text = written.trim().toLowerCase();
  if (!NUMBER_EXACT.test(text)) return null;
  if (/^\d/.test(text)) {
    const value = Number(text.replace(/,/g, ''));
    return Number.isSafeInteger(value) ? value : null;
  }
  let total = 0;
  let current = 0;
  for (const word of text.replace(/^an? /, '').split(/[\s-]+/)) {
    if (word === 'and' || word === '') continue;
    const unit = UNIT_WORDS[word];
    if (unit !== undefined) {
      current += unit;
      continue;
    }
    const multiplier = MULTIPLIER_WORDS[word];
    if (multiplier === undefined) return null;
    current = (current || 1) * multiplier;
    if (multiplier >= 1000) {
      total += current;
      current = 0;
    }
  }
  return total + current;
}

/**
 * The lower end of a range that writes its scale once, after the upper end: "between eight and nine thousand" is 8,000
 * to 9,000, "from two to three hundred" 200 to 300. The lower end takes the scale when it is written without one and
 * is below the upper end's own number ("between 500 and two thousand" keeps 500, "between two thousand and three
 * thousand" has its own).
 */
export function withSharedScale(minWritten: string, min: number, maxWritten: string): number {
  const scale = /[\s-](hundred|thousand|million)$/i.exec(maxWritten.trim());
  if (!scale || /\b(?:hundred|thousand|million)\b/i.test(minWritten)) return min;
  const multiplier = MULTIPLIER_WORDS[scale[1]!.toLowerCase()]!;
  const upperOwn = parseNumber(maxWritten.trim().slice(0, scale.index));
  return upperOwn !== null && min < upperOwn ? min * multiplier : min;
}


/**
 * Words that qualify a number ("at least 300", "up to 400", "about 1,200"),
 * as data, with the bound each sets: `lower` (the number is a minimum),
 * `upper` (a maximum) or `about` (an estimate of the number itself). One list
 * for every field that reads quantities (strength today; casualty counts in
 * src/extract/events/counts.ts keep their own list until they move here).
 */
export type Bound = 'lower' | 'upper' | 'about';

export const QUALIFIERS: ReadonlyArray<{ words: string; bound: Bound }> = [
  { words: 'at least', bound: 'lower' },
  { words: 'more than', bound: 'lower' },
  { words: 'over', bound: 'lower' },
  { words: 'in excess of', bound: 'lower' },
  { words: 'upwards of', bound: 'lower' },
  { words: 'fewer than', bound: 'upper' },
  { words: 'less than', bound: 'upper' },
  { words: 'up to', bound: 'upper' },
  { words: 'as many as', bound: 'upper' },
  { words: 'no more than', bound: 'upper' },
  { words: 'under', bound: 'upper' },
  { words: 'approximately', bound: 'about' },
  { words: 'about', bound: 'about' },
  { words: 'around', bound: 'about' },
  { words: 'roughly', bound: 'about' },
  { words: 'nearly', bound: 'about' },
  { words: 'almost', bound: 'about' },
  { words: 'an estimated', bound: 'about' },
  { words: 'estimated at', bound: 'about' },
  { words: 'some', bound: 'about' },
];

/** The qualifiers as one alternation, longest first ("no more than" before "more than"). */
export const QUALIFIER_SOURCE = `(?:${QUALIFIERS.map((q) => q.words)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

const BOUND = new Map(QUALIFIERS.map((q) => [q.words, q.bound]));

/** The bound a qualifier sets; a number without one is `about` itself. */
export const boundOf = (qualifier: string | undefined): Bound => (qualifier ? BOUND.get(qualifier.toLowerCase()) ?? 'about' : 'about');

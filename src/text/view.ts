/**
 * A matching view of a text: the same length as the original, so an index in
 * the view is the same index in the original. Only characters that stand for
 * the same thing are folded (space-like, quote-like, hyphen-like), so patterns
 * can be written once with plain ASCII while evidence offsets stay exact.
 */

// One table, kept as data: character → its plain form in the view.
const FOLD: Record<string, string> = {
  '\u00A0': ' ', // no-break space
  '\u202F': ' ', // narrow no-break space
  '\u2007': ' ', // figure space
  '\u2009': ' ', // thin space
  '\u200A': ' ', // hair space
  '\u2002': ' ',
  '\u2003': ' ',
  '\u3000': ' ',
  '\uFEFF': ' ', // byte-order mark (kept in the text, so offsets match the file)
  '\t': ' ',
  '\r': ' ',
  '\u2018': "'",
  '\u2019': "'",
  '\u201B': "'",
  '\u02BC': "'",
  '\u2032': "'",
  '`': "'",
  '\u00B4': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u2013': '-', // en dash
  '\u2014': '-', // em dash
  '\u2212': '-', // minus
};

const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('').replace(/[-\]\\^]/g, '\\$&')}]`, 'g');

/** The view of `text`: same length, folded characters. */
export function matchView(text: string): string {
  return text.replace(FOLDABLE, (ch) => FOLD[ch] ?? ch);
}

/**
 * A value as the text writes it, in plain form: every run of white space (including no-break spaces) one space, trimmed,
 * and a hyphen written as the Unicode hyphen or the non-breaking hyphen the plain one ("al‑Jawlani" is "al-Jawlani"; a
 * dash is left as it is).
 */
export function collapseSpace(value: string): string {
  return value.replace(/[\s\u00A0\u202F\uFEFF]+/g, ' ').replace(/[\u2010\u2011]/g, '-').trim();
}

/** The form used to compare two strings loosely: view folding, collapsed space, lower case. */
export function comparable(value: string): string {
  return collapseSpace(matchView(value)).toLowerCase();
}

/**
 * Length-changing clean-up of text as people actually hold it: ligatures from
 * PDF fonts, soft hyphens and zero-width characters from web pages, words
 * hyphenated across a line break by copy-paste out of a PDF. Each repair is a
 * row of data with an id, counted, so the caller can say what was changed.
 *
 * These change offsets, so a text that needed any of them is written beside
 * the record and offsets refer to that copy. Folding that keeps the length
 * (no-break spaces, curly quotes, soft line wraps) happens in the matching
 * view instead, and offsets keep pointing into the file itself.
 */
export interface Repair {
  id: string;
  example: string;
  pattern: RegExp;
  replace: (match: string, ...groups: string[]) => string;
  /** How the count reads in a message: "3 ligatures expanded". */
  describe: string;
}

const LIGATURES: Record<string, string> = { '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\uFB05': 'st', '\uFB06': 'st' };

export const REPAIRS: readonly Repair[] = [
  {
    id: 'soft-hyphen-break',
    example: 'organi\u00AD\nzation → organization',
    pattern: /\u00AD[ \t]*\r?\n[ \t]*/g,
    replace: () => '',
    describe: 'soft hyphens at line ends joined',
  },
  {
    id: 'invisible',
    example: 'al\u200B-Qaida → al-Qaida (zero-width space, soft hyphen, word joiner)',
    pattern: /[\u00AD\u200B\u200C\u200D\u2060]/g,
    replace: () => '',
    describe: 'invisible characters removed',
  },
  {
    id: 'ligature',
    example: '\uFB01nancing → financing',
    pattern: /[\uFB00-\uFB06]/g,
    replace: (ch) => LIGATURES[ch] ?? ch,
    describe: 'ligatures expanded',
  },
  {
    // Only lower case on both sides: "al-\nQa'ida" keeps its hyphen (and is joined by the view's unwrapping instead).
    id: 'hyphenated-line-break',
    example: 'organi-\nzation → organization',
    pattern: /(?<=[a-z])-[ \t]*\r?\n[ \t]*(?=[a-z])/g,
    replace: () => '',
    describe: 'words hyphenated across a line break re-joined',
  },
];

/** Applied after the others, where the matching view finds soft line wraps (document.ts); listed here so messages describe it. */
export const CR_AT_SOFT_WRAP: Repair = {
  id: 'cr-at-soft-wrap',
  example: 'designated as an FTO on\r\nSeptember 6 → on\nSeptember 6 (a hard-wrapped CRLF text)',
  pattern: /(?!)/g,
  replace: () => '',
  describe: 'carriage returns at soft line wraps removed',
};

export interface Normalized {
  text: string;
  /** Repair id → how many times it applied; empty when the text is unchanged. */
  repairs: Map<string, number>;
}

// Anything any repair could act on, in one pass: most texts need none of them.
const ANY_REPAIR = new RegExp(REPAIRS.map((r) => r.pattern.source).join('|'));

export function normalizeText(text: string): Normalized {
  const repairs = new Map<string, number>();
  if (!ANY_REPAIR.test(text)) return { text, repairs };
  let out = text;
  for (const r of REPAIRS) {
    out = out.replace(r.pattern, (...args: unknown[]) => {
      repairs.set(r.id, (repairs.get(r.id) ?? 0) + 1);
      return r.replace(...(args as [string, ...string[]]));
    });
  }
  return { text: out, repairs };
}

export function describeRepairs(repairs: ReadonlyMap<string, number>): string {
  return [...REPAIRS, CR_AT_SOFT_WRAP]
    .filter((r) => repairs.has(r.id))
    .map((r) => `${repairs.get(r.id)} ${r.describe}`)
    .join(', ');
}

/**
 * A list of phrases as one regular-expression alternation, factored into a
 * tree of words: "is named|is named as|was named|was chosen as" becomes
 * is named(?: as)?|was (?:named|chosen as). V8's engine tries the
 * alternatives of a flat list one after another at every position it reaches;
 * with shared first words tried once, the leader rules' copulas and cues
 * (hundreds of phrases) cost a fraction of the flat list. `between` is what
 * may stand between two words (a space, "[ -]", a space with room for adverbs).
 * Phrases are plain words: letters, digits, hyphens, apostrophes.
 */
export function phraseAlternation(phrases: Iterable<string>, between = ' '): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const phrase of phrases) {
    const words = phrase.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    let node = root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const emit = (node: Node): string => {
    // Longer words first, so "commanders" is not cut to "commander" by an alternative that ends sooner.
    const words = [...node.next].sort(([a], [b]) => b.length - a.length || (a < b ? -1 : 1));
    // Words that go on alike share one copy of what follows ("(?:continues|continued) to serve as"): with adverbs
    // allowed between words, each copy of a continuation is long, and V8 compiles every copy (the leader rows'
    // patterns went from 219 KB to 166 KB, and their compiling on a run's first profile from about 105 ms to 80 ms).
    // A word joins an earlier branch only when it passes no longer word it begins, so the order stays longest first
    // wherever it matters.
    const branches: Array<{ rest: string; words: string[]; at: number }> = [];
    words.forEach(([w, child], i) => {
      const rest = child.next.size > 0 ? `(?:${between}${emit(child)})${child.end ? '?' : ''}` : '';
      const same = branches.find((b) => b.rest === rest && !words.slice(b.at + 1, i).some(([v]) => v.startsWith(w)));
      if (same) same.words.push(escape(w));
      else branches.push({ rest, words: [escape(w)], at: i });
    });
    const emitted = branches.map((b) => (b.words.length === 1 || b.rest === '' ? b.words.join('|') : `(?:${b.words.join('|')})`) + b.rest);
    return words.length === 1 ? emitted[0]! : `(?:${emitted.join('|')})`;
  };
  return emit(root);
}

/**
 * An aside between spaced dashes, as the matching view writes em and en dashes (" - ... - ", or " -- ... -- "): "TG - a
 * Sunni extremist organization whose cadres trace their roots to the IMU - was founded in 2002". A pattern source,
 * from the space before the first dash to the last dash; a semicolon ends a clause and so the search.
 */
export const DASH_ASIDE = ' -{1,2} (?!-)[^;]*? -{1,2}';

/**
 * A cleft that puts a time first, its "that" clause telling what happened then: "It was in 1982 that the group was
 * formed", "It was on 18 March 2008 that TG was designated", "it was there, in 1993, that", "it was not until 2002 that",
 * "It was in 1982, in the aftermath of the invasion, that", "It was in July 1964 - within weeks of ... - that students
 * formed the ELN", "It was out of the split of August 2016 that ISIS-WA emerged". A pattern source around `time` (each
 * field's own pattern for the time it reads, with its groups), up to and with "that ".
 */
export const cleftTime = (time: string): string =>
  `\\b[Ii]t was (?:(?:there|then|here),? )?(?:in|on|during|by|not until|only in|(?:out of|after|from|through|amid|with) (?:the|an?) [a-z-]+(?: of| in)?) ${time}(?:,|,? [^,;]{1,100},|${DASH_ASIDE})? that `;

/** A word as a pattern whose first letter may be either case: "toll" → "[Tt]oll" (a sentence may open with it). */
export const eitherCase = (word: string): string => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;

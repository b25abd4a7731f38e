/**
 * The nouns for people a victim phrase may end in, beyond our own short list (lexicon.ts PEOPLE_NOUNS): compromise's
 * lexicon tags about a thousand nouns #Actor (occupations, kin, offices: "clerk", "cleric", "blogger", "cook", "guest",
 * "spectator"), and the reports name their victims by exactly these words. A hand list only ever held the words its
 * author had met. Left out: the words for fighters (a capture of fighters is an arrest, not a kidnapping, and "the
 * marines lost two commanders" is told of fighters too) and those that name no one in this text.
 *
 * The build writes the list to dist/data/people-nouns.txt (scripts/build-data.ts), one singular noun per line, so a
 * run reads a small file and never loads compromise.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';

/** #Actor nouns that name a fighter, or no person in these reports. */
const NOT_VICTIMS = new Set([
  'fighter', 'commander', 'leader', 'warrior', 'recruit', 'conscript', 'enemy', 'foe', 'outlaw', 'rogue', 'villain', 'gladiator', 'deserter',
  'revolutionary', 'radical', 'instigator', 'minion', 'anarchist', 'dictator', 'autocrat', 'nemesis', 'affiliate',
  'ghost', 'apparition', 'phantom', 'spirit', 'soul', 'deity', 'god', 'goddess', 'phrase', 'population', 'character', 'nobody', 'anybody',
  'somebody', 'beings', 'boogeyman', 'superhero', 'superhuman', 'sorcerer', 'sorceress', 'witch', 'wizard', 'oracle', 'icon', 'idol',
  'user', 'player', 'winner', 'loser', 'maker', 'creator', 'originator', 'progenitor', 'forerunner', 'forebear', 'parental', 'pawn', 'mate',
]);

/** compromise's lexicon (word → tag or tags) to the list: single lower-case words tagged Actor, in their singular form. */
export function peopleNounsFromLexicon(lexicon: Readonly<Record<string, string | readonly string[]>>): string[] {
  const words = Object.entries(lexicon)
    .filter(([word, tags]) => (typeof tags === 'string' ? [tags] : tags).includes('Actor') && /^[a-z][a-z-]*[a-z]$/.test(word))
    .map(([word]) => word);
  const all = new Set(words);
  // The lexicon lists plurals too ("clerics"): keep a word whose singular is listed only as that singular.
  return words.filter((w) => !NOT_VICTIMS.has(w) && !(w.endsWith('s') && (all.has(w.slice(0, -1)) || all.has(w.replace(/es$/, '')) || all.has(w.replace(/ies$/, 'y'))))).sort();
}

export const PEOPLE_NOUNS_FILE = 'dist/data/people-nouns.txt';

/** The list the build wrote. */
export function peopleNouns(): string[] {
  const path = join(packageRoot(), PEOPLE_NOUNS_FILE);
  if (!existsSync(path)) throw new Error(`crtx: ${path} is missing: run \`npm run build\` (it writes the people nouns from compromise's lexicon)`);
  return readFileSync(path, 'utf8').split('\n').filter(Boolean);
}

/**
 * The ways a profile refers to its own group: the title's name, acronym and initials,
 * parenthesized acronyms in the first section ("Ansar al-Dine (AAD) was
 * designated ..."; after the first, only those after one of its names), every alias on the aka line and the short upper-case ones
 * inside it, "the group", "the organization", "the said organisation" (SELF_REFERENCE_NOUNS after SELF_REFERENCE_DETERMINERS), and "the brigade" or "the party" when
 * one of its names ends so. Rules use them to tell
 * "AAD's leader" (this group's) from "ISIS leader" (another group's).
 */
import type { ProfileContext } from './context.js';
import { section } from './context.js';
import { BRANCH_NOUNS, OWN_NAME_HEAD_NOUNS, SELF_REFERENCE_DETERMINERS, SELF_REFERENCE_NOUNS } from './lexicon.js';
import { countryCode } from '../geo/places.js';
import { DEMONYMS } from '../geo/place-names.js';

const known = new WeakMap<ProfileContext, string[]>();

/** Read once per profile: the leader, founding and place rules all ask. */
export function groupReferences(ctx: ProfileContext): string[] {
  let refs = known.get(ctx);
  if (!refs) known.set(ctx, (refs = referencesOf(ctx)));
  return refs;
}

/** Whether `text` holds `name` as a whole word (no letter, digit or hyphen on either side): a string search, not a pattern per name. */
function mentions(text: string, name: string): boolean {
  const joined = (c: string | undefined) => c !== undefined && /[\w-]/.test(c);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (!joined(text[at - 1]) && !joined(text[at + name.length])) return true;
  return false;
}

/** The initials of a name's capitalized words: "LTTE" for "Liberation Tigers of Tamil Eelam". */
const initialsOf = (name: string) => name.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');

function referencesOf(ctx: ProfileContext): string[] {
  const refs = new Set<string>(SELF_REFERENCE_DETERMINERS.flatMap((the) => SELF_REFERENCE_NOUNS.flatMap((noun) => [`${the} ${noun}`, `T${the.slice(1)} ${noun}`])));
  const { title, aka } = ctx.profile;
  const name = ctx.view.slice(title.name.start, title.name.end).trim();
  refs.add(name);
  // The initials of the title's name, where the text writes them: "the LTTE" under the title "Liberation Tigers of Tamil
  // Eelam", which gives no acronym.
  const initials = initialsOf(name);
  if (initials.length > 1 && mentions(ctx.view, initials)) refs.add(initials);
  if (title.acronym) refs.add(ctx.view.slice(title.acronym.start, title.acronym.end).trim());
  // An alias that is an acronym by itself ("ISIS-K"), not an acronym inside a longer alias: "ISIS Wilayat Khorasan" does not make ISIS this group.
  // Every alias whole is a name of this group ("Mokhtar Belmokhtar leads al-Murabitoun").
  // (And its initials, of three letters or more, where the text writes them: "ETA" for the alias "Euskadi Ta Askatasuna"
  // under the title "Basque Fatherland and Liberty".)
  if (aka)
    for (const alias of ctx.view.slice(aka.start, aka.end).replace(/^\s*(?:aka|a\.k\.a\.?|also known as)\b:?/i, '').split(/;/)) {
      if (alias.trim().length <= 2) continue;
      refs.add(alias.trim().replace(/\.$/, ''));
      const aliasInitials = initialsOf(alias);
      if (aliasInitials.length > 2 && mentions(ctx.view, aliasInitials)) refs.add(aliasInitials);
    }
  if (aka) for (const m of ctx.view.slice(aka.start, aka.end).matchAll(/(?<=^|[;,:]|\b[Aa]ka|a\.k\.a\.)\s*(\p{Lu}[\p{Lu}0-9/-]{1,10})\.?\s*(?=[;,]|$)/gmu)) refs.add(m[1]!);
  const description = section(ctx, 'Description');
  if (description) {
    const head = ctx.view.slice(description.body.start, Math.min(description.body.end, description.body.start + 400));
    // "Ansar al-Dine (AAD)", and the possessive "Ansar al-Islam's (AI's)": the first one names the group the profile is
    // about; a later one only after one of its names ("the offshoot of Sipah-i-Sahaba Pakistan (SSP)" is another group's).
    let first = true;
    // (Any capital: "(TDİC)", "(ADÇ)".)
    for (const m of head.matchAll(/\((\p{Lu}[\p{L}/-]{1,11})(?:'s)?\)/gu)) {
      const before = head.slice(0, m.index).trimEnd().replace(/['’]s$/, '');
      // (Not when the sentence has named the group already: in "The LT is the armed wing of Markaz-ud-Dawa-wal-Irshad
      // (MDI)" the first acronym is the other body's.)
      const namedBefore = [...refs].some((r) => r.length > 1 && mentions(before, r));
      if ((first && !namedBefore) || [...refs].some((r) => r.length > 2 && before.endsWith(r))) refs.add(m[1]!);
      first = false;
    }
  }
  for (const name of [...refs]) {
    // The head noun is the last word before "of" or "for", with a trailing parenthesis left out: "Communist Party of India
    // (Lal Morcha)" is "the party", "Army of Islam" "the army".
    const bare = name.replace(/\s*\([^()]*\)\s*$/, '');
    // (In either case: "the brigade", and "The Front's amir" as the name writes it.)
    const written = /\b([A-Z][a-z]+)$/.exec(/^(.+?)\s+(?:of|for)\s/.exec(bare)?.[1] ?? bare)?.[1];
    const head = written?.toLowerCase();
    if (head !== undefined && OWN_NAME_HEAD_NOUNS.includes(head) && name.includes(' ')) refs.add(`the ${head}`).add(`The ${head}`).add(`the ${written}`).add(`The ${written}`);
  }
  for (const ref of [name, title.acronym ? ctx.view.slice(title.acronym.start, title.acronym.end).trim() : ''].flatMap(branchReferences)) refs.add(ref);
  // An alias that names the group as its parent's ("Islamic State's Khorasan Province") is the parent's "its" too: "ISIL
  // announced the establishment of its Khorasan Province", as a branch named by its country is (branchReferences).
  for (const ref of [...refs]) {
    const possessed = POSSESSED_ALIAS.exec(ref)?.groups!.rest;
    if (possessed) refs.add(`its ${possessed}`);
  }
  // An acronym said as a word is written as one too: "Aum" for AUM, "Hamas" for HAMAS.
  for (const ref of [...refs]) if (/^[A-Z]{3,}$/.test(ref)) refs.add(ref[0] + ref.slice(1).toLowerCase());
  return [...refs].filter((r) => r.length > 1);
}

/** An alias made of a parent's possessive and capitalized words: "Islamic State's Khorasan Province", "ISIL's South Asia Branch". */
const POSSESSED_ALIAS = /^[A-Z][^'’]*['’]s (?<rest>[A-Z][\w-]*(?: [A-Z][\w-]*)+)$/;

/**
 * A branch named by its parent and its country ("ISIS-Kenya", "ISIL-Libya", "al-Qa'ida in Yemen") is its parent's
 * branch there: "its Kenyan branch", "the Libyan province", "ISIS's branch in Kenya", "the ISIS branch in Kenya" (the
 * parent's "its" is read as this group's only together with the place). Another place's branch stays another body.
 */
function branchReferences(name: string): string[] {
  const m = /^(?<parent>.+?)(?:\s*-\s*| in (?:the )?)(?<place>[A-Z][^()-]*?)\s*(?:\([^()]*\))?$/.exec(name);
  if (!m) return [];
  const { parent, place } = m.groups!;
  const code = countryCode(place!);
  if (code === null) return [];
  const adjectives = [place!, ...Object.entries(DEMONYMS).filter(([, c]) => c === code).map(([d]) => d)];
  // The parent as the title names it, before the place: "ISIS" of "ISIS-Kenya".
  const owners = ['its', 'the', `${parent}'s`, `${parent}’s`, `the ${parent}`];
  return BRANCH_NOUNS.flatMap((noun) => [
    ...owners.flatMap((o) => adjectives.map((a) => `${o} ${a} ${noun}`)),
    ...owners.map((o) => `${o} ${noun} in ${place}`),
  ]);
}

/**
 * Rules that need "this group" ("JNIM's leader", "The PFLP-GC split from")
 * capture the words in that place as `owner` with this fixed pattern, and the
 * match counts only if isOwnGroup accepts them. Building each profile's names
 * into its patterns instead cost about 1 ms of regular-expression compilation
 * per pattern per profile, more than all the rest of the extraction.
 */
export const OWNER = "(?<owner>[^.;,()]{1,80}?)";
/**
 * The same words as a lookbehind, for owners that stand before the rest of the
 * match. Put a cheap lookahead for what follows in front of it ("(?=')"), or the
 * engine looks 80 characters back at every position of every sentence.
 */
export const OWNER_BEFORE = "(?<=(?<owner>[^.;,()]{1,80}))";

/**
 * Whether captured owner words name this group. `ending`: the owner may start
 * earlier in the sentence ("In 2019 JNIM" → JNIM); otherwise it must be a reference itself.
 */
export function isOwnGroup(owner: string | undefined, refs: readonly string[], ending: boolean): boolean {
  if (owner === undefined) return false;
  // (A name's first letter may be capitalized where it opens a sentence: "Al-Shabaab was formed" for al-Shabaab.)
  const words = owner.trim();
  if (foldedOf(refs).has(lowerFirst(words))) return true;
  return ending && refs.some((r) => words.length > r.length && words.endsWith(r) && words[words.length - r.length - 1] === ' ');
}
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Whether the words open with one of the group's capitalized names, whole: "Jaish al-Adl in 2012 ..." (first letter in either case). */
export function opensWithOwnName(words: string, refs: readonly string[]): boolean {
  const folded = lowerFirst(words);
  return refs.some((r) => /^[A-Z]/.test(r) && words.length > r.length && folded.startsWith(lowerFirst(r)) && !/[\w'’-]/.test(words[r.length]!));
}

// Each reference list's folded names, made once: the rules ask isOwnGroup for every owner they capture, and folding the
// hundred-odd references each time was a tenth of the run's allocation.
const folded = new WeakMap<readonly string[], Set<string>>();
function foldedOf(refs: readonly string[]): Set<string> {
  let set = folded.get(refs);
  if (!set) folded.set(refs, (set = new Set(refs.map(lowerFirst))));
  return set;
}

/**
 * Mentions in a sentence that leader relations are matched over: people's
 * names (a name grammar: capitalized words with the particles of Arabic,
 * Tuareg and other names, honorifics left out), roles (with their owner:
 * this group, another group, or unstated) and this group's references.
 *
 * `shapeOf` then writes the sentence with each mention replaced by a
 * placeholder ("⟦P0⟧ is ⟦R0⟧."), so the relation rows are short patterns
 * over tags, not over every way a name or an owner can be written.
 */
import { city, countryCode, SUBDIVISION_TYPE_WORDS } from '../../geo/places.js';
import { DEMONYMS, IGNORED_COUNTRY_NAMES } from '../../geo/place-names.js';
import { MONTH_WORD } from '../../text/dates.js';
import type { Span } from '../../text/span.js';
import { matchesOf } from '../../text/matches.js';
import { eitherCase } from '../../text/phrases.js';
import { BRANCH_NOUNS } from '../lexicon.js';
import { DESCRIBING_COMPOUND_ENDS, GROUP_NOUNS, HONORIFICS, STATE_OFFICES, OTHER_GROUP_ADJECTIVES, SELF_REFERENCE_NOUNS, UNIT_NOUNS, LEADING_BODIES, NAME_PARTICLES, SURNAME_PARTICLES, NAME_WORDS_AFTER_A_NAME, NOT_NAME_WORDS, ORGANIZATION_WORDS, SENTENCE_OPENERS, ROLE_FOLLOWERS, ROLE_LEAD_IN_WORDS, ROLE_MODIFIERS, ROLES, type Status } from './lexicon.js';

/** A person named in a sentence. Its span is what the sentence shape replaces (honorifics included). */
export interface PersonMention extends Span {
  /** Where the name was read: the name itself, or the whole phrase "Karim and Samir Benali" for a shared surname. */
  evidence: Span;
  /** The name's own words, honorifics left out; for "Karim and Samir Benali", [Karim, Benali]. */
  parts: Span[];
  /** One capitalized word ("Warsame"), no honorific before it ("Mullah Fazlullah" is a person): a person only when it names someone already mentioned. */
  short: boolean;
}

export interface RoleMention extends Span {
  role: string;
  leads: boolean;
  owner: 'own' | 'other' | 'unstated';
  /** A modifier says the role is no longer held ("former", "then-", "late"). */
  status: Status | null;
  /** One of several ("a senior commander"), not the group's leader. */
  notTheLeader: boolean;
  /** "current leader", "present emir": held now, whatever date the sentence tells. */
  now: boolean;
  /** "its new emir": a change, even after "was". */
  fresh: boolean;
  /** "its two co-leaders": several hold it. */
  plural: boolean;
  /** "Karimi's successor": the words of the person whose role it is. */
  ofPerson?: string;
}

// Organizations' names that read like a person's ("al-Qa'ida") are no name either.
const NOT_NAME = new Set([...NOT_NAME_WORDS, ...ORGANIZATION_WORDS.filter((w) => !w.includes(' '))]);
// A nationality does not start a name ("Malian militant Amadou Barry", "Kenyan national Yusuf Haji"); it may end one ("Hamza Kuwaiti").
const NATIONALITY = new Set(Object.keys(DEMONYMS));
const PARTICLE = new RegExp(`^(?:${NAME_PARTICLES})$`);
const SURNAME_PARTICLE = new RegExp(`^(?:${SURNAME_PARTICLES})$`, 'i');
const AFTER_A_NAME = new Set(NAME_WORDS_AFTER_A_NAME);
const PARTICLE_COMPOUND = /^(?:al|el|ad|an|ar|as|ash|at|az|ul|ud|ur|aw|ag|bin|ibn|ben)-[A-Z][A-Za-z\u00C0-\u024F']*$/;
// (Any capital may start one: "Öztürk", "Çelik", "Şahin".)
const NAME_WORD = /^\p{Lu}[\p{Ll}'][\p{L}']*(?:-\p{L}[\p{Ll}']+)*$|^\p{Lu}'\p{Lu}\p{Ll}+$/u;
const HONORIFIC_WORDS = new Set(HONORIFICS.flatMap((h) => h.split(' ')));
const TOKEN = /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'.-]*/g;

interface Token extends Span {
  text: string;
}

function tokensOf(view: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (const m of matchesOf(TOKEN, view.slice(from, to))) {
    let text = m[0];
    // A sentence's full stop, a possessive and a closing quote are not part of the word.
    text = text.replace(/\.+$/, (dots) => (/^(?:[A-Z]\.)+$/.test(text) || HONORIFIC_WORDS.has(text) ? dots : ''));
    // (But an ayn written as an apostrophe ends a name word when another follows and no quote opened before it:
    // "Rafi' Jassim al-Hamdani".)
    const ayn = /[a-z]'$/.test(text) && text.length > 3 && /^ [A-Z]/.test(view.slice(from + m.index + text.length, from + m.index + text.length + 2)) && view[from + m.index - 1] !== "'";
    if (!ayn) text = text.replace(/'s?$/, '');
    if (text === '') continue;
    out.push({ start: from + m.index, end: from + m.index + text.length, text });
  }
  return out;
}

/** A surname with its particle: "Bin Qumu" for Abu Sufian bin Qumu. */
export const isParticleSurname = (words: readonly string[]) => words.length === 2 && SURNAME_PARTICLE.test(words[0]!);
/** A surname alone: one word ("Ospina"), or a particle and one word ("Bin Qumu"); "al-Masri" is a whole name of its own. */
const isSurname = (words: readonly Token[]) => (words.length === 1 && !PARTICLE_COMPOUND.test(words[0]!.text)) || isParticleSurname(words.map((w) => w.text));
const DESCRIBING_COMPOUND = new RegExp(`-(?:${DESCRIBING_COMPOUND_ENDS.join('|')})$`);
const isNameWord = (t: string) => (NAME_WORD.test(t) || PARTICLE_COMPOUND.test(t)) && !NOT_NAME.has(t) && !NOT_NAME.has(t.split('-')[0]!) && !(t.includes('-') && DESCRIBING_COMPOUND.test(t));

/** A word of place before a name: "a Tunisian from Sidi Bouzid" (a town the city table knows there is no person). */
const PLACE_WORD_BEFORE = /\b(?:from|in|near|outside)\s+$/;
/**
 * A country's part named by its type, which no person is, known to the gazetteer or not: "districts of Khyber
 * Pakhtunkhwa", "Kurram agency", and every name of a list the type word ends ("in Orakzai, Khyber, and Kurram
 * agencies"). (With the tribal agencies, which the subdivision table does not hold.)
 */
// (A list needs the plural: in "Shekau and Borno State" the state is Borno alone.)
const PART_TYPE_WORDS = [...SUBDIVISION_TYPE_WORDS, 'agency'].join('|');
const PART_TYPE_PLURALS = [...SUBDIVISION_TYPE_WORDS.map((w) => `${w}s`), 'agencies'].join('|');
const PART_TYPE_BEFORE = new RegExp(`\\b(?:${PART_TYPE_WORDS}|${PART_TYPE_PLURALS}) of (?:the )?$`, 'i');
const PART_TYPE_AFTER = new RegExp(`^(?: (?:${PART_TYPE_WORDS}|${PART_TYPE_PLURALS})|(?:(?:,| and| or)+ [A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*)?)+,? (?:${PART_TYPE_PLURALS}))\\b`, 'i');
const namesCountryPart = (view: string, span: Span) => PART_TYPE_BEFORE.test(view.slice(Math.max(0, span.start - 30), span.start)) || PART_TYPE_AFTER.test(view.slice(span.end, span.end + 120));

/** People named in view[from, to), in order; honorifics are outside the spans. */
export function personMentions(view: string, from: number, to: number): PersonMention[] {
  const tokens = tokensOf(view, from, to);
  const out: PersonMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    // Honorifics first ("Sheikh", "Specially Designated Global Terrorist"): skipped, not part of the name.
    let j = i;
    while (j < tokens.length && HONORIFIC_WORDS.has(tokens[j]!.text) && adjacent(view, tokens[j - 1], tokens[j]!, j > i)) j++;
    if (j < tokens.length && (!isNameWord(tokens[j]!.text) || NATIONALITY.has(tokens[j]!.text))) {
      i = Math.max(j, i + 1);
      continue;
    }
    const words: Token[] = [];
    let k = j;
    for (; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (words.length > 0 && !adjacent(view, tokens[k - 1]!, t, true)) break;
      if (isNameWord(t.text) || (words.length > 0 && AFTER_A_NAME.has(t.text))) words.push(t);
      else if (words.length > 0 && PARTICLE.test(t.text) && k + 1 < tokens.length && isNameWord(tokens[k + 1]!.text)) words.push(t);
      else break;
      // A possessive ends the name ("Saidi's death").
      if (/^'s?\b/.test(view.slice(t.end, t.end + 2))) {
        k++;
        break;
      }
    }
    if (words.length === 0) {
      i = k + 1;
      continue;
    }
    const span = { start: words[0]!.start, end: words[words.length - 1]!.end };
    const name = view.slice(span.start, span.end);
    // (Nor a town the gazetteer knows after a word of place: "a Tunisian from Sidi Bouzid", "born in Untsukul".)
    // (A name in quotes, as a nom de guerre is written, is the person with its quotes: "announced that “Alfonso Cano” had
    // been named commander in chief".)
    const quoted = j === i && QUOTE_OPENS.test(view[span.start - 1] ?? '') && QUOTE_CLOSES.test(view[span.end] ?? '');
    if (!countryCode(name) && !(PLACE_WORD_BEFORE.test(view.slice(Math.max(0, span.start - 8), span.start)) && city(name)) && !namesCountryPart(view, span)) out.push({ start: quoted ? span.start - 1 : tokens[i]!.start, end: quoted ? span.end + 1 : span.end, evidence: span, parts: [span], short: isSurname(words) && j === i });
    i = k;
  }
  return joinSharedSurnames(view, out);
}

const QUOTE_OPENS = /["“]/;
const QUOTE_CLOSES = /["”]/;

/** Only one space (or a hyphen) between two tokens of one name. */
function adjacent(view: string, a: Token | undefined, b: Token, needed: boolean): boolean {
  if (!needed || !a) return true;
  // (A doubled space inside a name is one of the reports' typos: "Abu Bakar  Ba'asyir".)
  return /^ {1,2}$/.test(view.slice(a.end, b.start));
}

/** "Karim and Samir Benali": first names that share one surname are two people, each with the surname. */
function joinSharedSurnames(view: string, people: PersonMention[]): PersonMention[] {
  for (let i = 0; i + 1 < people.length; i++) {
    const a = people[i]!;
    const b = people[i + 1]!;
    // (Not when a title opens the second name: "Wahid and Mullah Sher Zaman" are a surname and a full name of their own.)
    if (!a.short || b.short || view.slice(a.end, b.start) !== ' and ' || b.start !== b.evidence.start) continue;
    const words = view.slice(b.evidence.start, b.evidence.end).split(' ');
    if (words.length !== 2) continue;
    const surname = { start: b.evidence.end - words[1]!.length, end: b.evidence.end };
    people[i] = { ...a, evidence: { start: a.evidence.start, end: b.evidence.end }, parts: [a.evidence, surname], short: false };
  }
  return people;
}

const word = (w: string) => w.replace(/[ -]/g, '[ -]');
const ROLE_WORDS = ROLES.flatMap((r) => r.words.split('|').map((w) => ({ w, r }))).sort((a, b) => b.w.length - a.w.length);
const MODIFIER_WORDS = ROLE_MODIFIERS.flatMap((m) => m.words.split('|').map((w) => ({ w, m })));
// "to head the group" is a verb, not a role.
// A role may be quoted ("its new \"caliph\"", "\"emir.\""): the quotes are the role's when they enclose just it, not a
// nickname that starts with one ("Commander Zahid").
const MODS_SOURCE = `(?:(?:${MODIFIER_WORDS.map((x) => word(x.w)).join('|')})(?:-| |(?<=-)))*`;
const ROLES_SOURCE = ROLE_WORDS.map((x) => word(x.w)).join('|');
const ROLE_PATTERN = new RegExp(`(?<!\\bto )(?:"(?=${MODS_SOURCE}(?:${ROLES_SOURCE})s?[.,]?"))?\\b(?<mods>${MODS_SOURCE})(?:"(?=(?:${ROLES_SOURCE})s?[.,]?"))?(?<role>${ROLES_SOURCE})(?<plural>s)?\\b(?:"(?!\\w))?`, 'gi');
const norm = (w: string) => w.toLowerCase().replace(/[- ]+/g, ' ');
const ROLE_OF = new Map(ROLE_WORDS.map((x) => [norm(x.w), x.r]));
const OPENERS = new Set(SENTENCE_OPENERS);
const OWN_PRONOUN_BEFORE = new RegExp(`(?:^|\\b)(?:its|their|the (?:${GROUP_NOUNS})'s)\\s+$`, 'i');
// "That group's commander", "the rival group's leader", "another faction's emir": a group pointed away from this one.
// Whom a group swears allegiance to leads another body: "pledged allegiance to his successor, X" (the caliph's). ("its"
// stays its own: "fighters swore loyalty to their new emir" may be the group's.)
const SWORN_TO_BEFORE = /\b(?:allegiance|loyalty|fealty|bay['’]ah?)\s+to\s+(?:(?:the|his|her)\s+)?(?:[a-z-]+\s+)?$/i;
const OTHER_GROUP_BEFORE = new RegExp(`(?:^|\\b)(?:that|those|another|(?:the|an?) (?:${OTHER_GROUP_ADJECTIVES})) (?:[a-z-]+ )?(?:${GROUP_NOUNS})['’]s?\\s+$`, 'i');
// "a rival faction whose leader": a group introduced with "a" is another one; "the rival Ansar brigade, whose commander"
// is another when its words do not name this group ("the group, whose leader" does); "Jaish al-Nasr, whose leader" is the named one's.
// (A unit is named as a group is: "the rival Suqour brigade, whose commander".)
const GROUP_WHOSE_BEFORE = new RegExp(`\\b(?<article>an?|the) (?<words>(?:[\\w'-]+ ){0,4}(?:${GROUP_NOUNS}|brigade|battalion|front|army|party|wing|cell|unit)),? whose\\s+$`, 'i');
// A group's name written just before "whose" or "and its": "Jaish al-Nasr, whose leader", "the Caucasus Emirate and its leader".
// (The name may carry its acronym: "the Army of the Faithful (AF), whose leader".)
const NAME_BEFORE = `(?<owner>[A-Z][\\w'’-]*(?:[ -](?:[A-Z][\\w'’-]*|al|ul|e|i|wa|of|the)){0,5})(?: \\((?<acronym>[A-Z][\\w'’-]*)\\))?`;
/** Whether a group's name written before "whose" or "and its" (with its acronym, if any) is this group's. */
const namesOwnBefore = (namesOwn: (words: string) => boolean, m: RegExpExecArray) => namesOwn(m.groups!.owner!) || (m.groups!.acronym !== undefined && namesOwn(m.groups!.acronym));
const AND_ITS_BEFORE = new RegExp(`${NAME_BEFORE} and (?:its|their)\\s+$`);
/**
 * One body of many, introduced with "a", before "whose": "issued by a media committee whose head, X" heads that body
 * only. Not a body the group is governed by ("TG is governed by a council whose head, X"), nor one of its leading
 * bodies ("a shura council whose head").
 */
const A_BODY_WHOSE_BEFORE = /\ban? (?:[\w'-]+ ){0,3}(?:committee|council|commission|office|bureau|department|body)\s*,? whose\s+$/i;
const GOVERNED_BY_BEFORE = /\b(?:governed|led|run|directed|headed|ruled|controlled|commanded) by\s+$/i;
const LEADING_BODY_IN = new RegExp(`\\b(?:${LEADING_BODIES})\\b`, 'i');
const oneBodyOfMany = (before: string) => {
  const m = A_BODY_WHOSE_BEFORE.exec(before);
  return m !== null && !GOVERNED_BY_BEFORE.test(before.slice(0, m.index)) && !LEADING_BODY_IN.test(m[0]);
};
/** "whose" joined to a relative clause on a person: "X, who answers to ..., and whose overall leader". */
const PERSON_WHOSE_BEFORE = /\bwho\b[^;.]*?,? and whose\s+$/;
const NAMED_WHOSE_BEFORE = new RegExp(`${NAME_BEFORE},? whose\\s+$`);
// "chief recruiter", "head cook": a lower-case word right after an adjective role word, other than these, is the noun it qualifies.
const ROLE_FOLLOWER = new Set(ROLE_FOLLOWERS);
const HEAD_OF_A_PART = /^ of (?!(?:the|its|their|all)\b)[a-z]/;
/** A parent's branch named by its place, after "of": "of its Kenyan branch", "of ISIS's branch in Kenya". */
const OF_BRANCH_AFTER = new RegExp(`^\\s+of\\s+(?<branch>(?:its|the|[\\w'’-]+['’]s)(?:\\s+[A-Z][\\w'’-]*){0,2}\\s+(?:${BRANCH_NOUNS.join('|')})(?:\\s+in\\s+(?:the\\s+)?[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)?)?)`);
const BODY_BEFORE = new RegExp(`\\b(?:${LEADING_BODIES})\\s+$`, 'i');
const OF_A_LEADING_BODY = new RegExp(`^ of (?:its|their|the group's|the organization's|the) (?:${LEADING_BODIES})\\b`, 'i');
// (A region of a place too, "its commander for northern Gaza", or a region alone, "its commander in the south".)
const LEADER_OF_A_PLACE = new RegExp(`^ (?:in|for|inside|within) (?:(?:the )?(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?|central) (?=[A-Z])|the )?(?:(?!${MONTH_WORD}\\b)[A-Z][a-z]|(?<=the )(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|cent(?:er|re))\\b)`);
const qualifiesNextNoun = (after: string) => {
  const next = /^ ([a-z][a-z-]*)\b/.exec(after)?.[1];
  return next !== undefined && !ROLE_FOLLOWER.has(next);
};
const STATE_OFFICE_END = new RegExp(`\\b(?:${STATE_OFFICES.join('|')})$`);
const STATE_OFFICE_TITLE = new RegExp(`^(?:${STATE_OFFICES.join('|')})\\s+$`);
/** "the brigade's ": a noun with its article before a role, this group when the profile's references hold it (group-refs.ts). */
const THE_POSSESSIVE_BEFORE = /(?:^|\b)(?<owner>[Tt]he [A-Za-z][\w-]*)['’]s?\s+$/;
const ARTICLE_BEFORE = /(?:^|\b)(?:an?|one of (?:the|its|their)|among (?:the|its|their))\s+$/i;
// Capitalized words or an acronym right before a role name its owner ("ISIS leader", "al-Qa'ida's emir").
const OWNER_WORD = "(?:al-)?[A-Z][A-Za-z0-9.-]*(?:'(?!s?\\s)[A-Za-z0-9.-]+)*";
const OWNER_BEFORE = new RegExp(`(?:^|[\\s(])(?:then-|former\\s+)?(?<owner>${OWNER_WORD}(?:\\s+(?:of\\s+(?:the\\s+)?)?${OWNER_WORD})*?)(?:'s?)?\\s+$`);
/** Words that may stand right before a role without making it a part's role ("is leader", "as emir", "and chief"). */
const ROLE_LEAD_IN = new Set(ROLE_LEAD_IN_WORDS);
// Another organization named before "its": "al-Qa'ida and its leader" is al-Qa'ida's.
// (An acronym with its hyphened rest is one name: "ISIS-Sahel, under its leader X" names the profile's own group, not ISIS.)
const ORGANIZATION_MENTION = new RegExp(`\\b(?:[A-Z][A-Z0-9]+(?:-[A-Za-z0-9]+)*|${ORGANIZATION_WORDS.join('|')})\\b`, 'g');
// (A country's initials are no organization: "who was held in US and then Iraqi custody, is its Secretary General".)
const namesACountry = (words: string) => IGNORED_COUNTRY_NAMES.includes(words) || countryCode(words) !== null;
/** Whether the words open with one of this group's names of several words: "al-Qa'ida in Yemen, X," (an alias) is its own. */
function opensOwnName(words: string, isOwn: (words: string) => boolean): boolean {
  const split = words.split(/\s+/, 7);
  for (let n = 2; n <= split.length; n++) if (isOwn(split.slice(0, n).join(' ').replace(/[,;.]$/, ''))) return true;
  return false;
}
function otherGroupNearer(before: string, isOwn: (words: string) => boolean): boolean {
  const found = [...before.matchAll(ORGANIZATION_MENTION)].filter((m) => !namesACountry(m[0])).pop();
  if (found === undefined || isOwn(found[0]) || opensOwnName(before.slice(found.index), isOwn) || /\b(?:the group|the organization)\b/.test(before.slice(found.index))) return false;
  // "TG remains al-Qa'ida's official affiliate in Syria, and X continues to serve as its emir": in a clause joined after
  // one whose subject is this group, "its" is that subject's, whatever the first clause named after its verb.
  const joined = JOINED_CLAUSE.exec(before);
  return !(joined !== null && found.index < joined.index && opensWithOwn(before, isOwn));
}
const JOINED_CLAUSE = /(?:, (?:and|but|while|whereas)|;) (?!.*(?:, (?:and|but|while|whereas)|;) )/;
/** Whether the words open with one of this group's names (its acronym too), perhaps after "the": the clause's subject. */
function opensWithOwn(words: string, isOwn: (words: string) => boolean): boolean {
  const split = words.replace(/^\s*(?:the\s+)?/i, '').split(/\s+/, 7);
  for (let n = 1; n <= split.length; n++) if (isOwn(split.slice(0, n).join(' ').replace(/[,;.]$/, ''))) return true;
  return false;
}
const IS_MODIFIER = new RegExp(`^(?:${MODIFIER_WORDS.map((x) => word(x.w)).join('|')})$`, 'i');
const PAREN_OWNER_BEFORE = /\((?<owner>[A-Za-z][^()]{0,20})\)\s+$/;
const PRE_OWNER_MODIFIERS = new RegExp(`(?:\\b(?:${MODIFIER_WORDS.map((x) => word(x.w)).join('|')})[ -]?)+\\s*$`, 'i');
const PART_AFTER_OWNER = /^\s+(?:faction|wing|branch|cell|unit|chapter|office|affiliate|splinter)\b/i;
const FIRST_BEFORE = /\bfirst\b/i;
const FIRST_OF_A_KIND = /^\s+(?:from|to|outside|not|born|since|ever to)\b/;
// (A name's later words are capitalized, or lower-case particles joined to one: "Ansar al-Sharia", "Jama'at al-Hijra
// wal-Nusra", "Jamaat al-Tawhid wa al-Jihad". Not a unit's name read so (UNIT_NOUNS): the aka line may list a group's
// armed wing, "the commander of the Izz al-Din al-Qassam Brigades" commands that wing.)
const UNITS_ANY_CASE = UNIT_NOUNS.split('|').map(eitherCase).join('|');
const OF_OWNER_AFTER = new RegExp(`^\\s+of\\s+(?<owner>(?:all\\s+)?(?:the\\s+)?[^\\s,.;()]+(?:\\s+[A-Z][^\\s,.;()]*)*(?:(?:\\s+(?:[a-z]{1,4}-[A-Z][^\\s,.;()]*|wa(?=\\s+[a-z]{1,4}-[A-Z])|[A-Z][^\\s,.;()]*))+(?<!\\b(?:${UNITS_ANY_CASE})s?))?)`);

/** What the modifiers before a role say: no longer held ("former", "late"), or one of many ("senior"). */
function modifiersIn(words: string): { status: Status | null; notTheLeader: boolean; unlessOwned: boolean } {
  let mods = ` ${norm(words)} `;
  let status: Status | null = null;
  let notTheLeader = false;
  let unlessOwned = false;
  // (Longest first, each read once: "most senior" is not "senior".)
  for (const { w, m } of MODIFIERS_LONGEST_FIRST) {
    const key = ` ${norm(w).trim()} `;
    if (!mods.includes(key)) continue;
    mods = mods.replace(key, ' ');
    status = m.status ?? status;
    notTheLeader ||= m.notTheLeader === true;
    unlessOwned ||= m.notTheLeader === 'unlessOwned';
  }
  return { status, notTheLeader, unlessOwned };
}
const MODIFIERS_LONGEST_FIRST = [...MODIFIER_WORDS].sort((a, b) => b.w.length - a.w.length);
/** A possessive of the group just before a role's modifiers: "TG's senior leader", "its senior leader", "the group's". */
const POSSESSIVE_BEFORE = /(?:['’]s|\b(?:its|their))\s+$/i;

/**
 * Roles in view[from, to) with their owner. `isOwn` says whether words name
 * this group (its name, acronym, "the group").
 */
export function roleMentions(view: string, from: number, to: number, isOwn: (words: string) => boolean): RoleMention[] {
  const text = view.slice(from, to);
  const out: RoleMention[] = [];
  // A name whose last words are this group's ("Testland Group", "the Testland Group").
  const namesOwn = (name: string) => {
    const words = name.split(/\s+/);
    return words.some((_, i) => isOwn(words.slice(i).join(' ')));
  };
  for (const m of matchesOf(ROLE_PATTERN, text)) {
    const entry = ROLE_OF.get(norm(m.groups!.role!));
    // "TG's leader in Tripoli" leads one place, "the group's chief of operations" one department: not the group.
    // "two leaders of equal rank": after a plural, "of" and a bare lower-case word describe the leaders (no part, no owner).
    const describedPlural = m.groups!.plural !== undefined && /^ of (?!the\b|all\b|a[ln]-|e[ln]-)[a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10));
    const regional = LEADER_OF_A_PLACE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) || (!describedPlural && HEAD_OF_A_PART.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)));
    // A plural is read for leading roles only ("its two top leaders"), and "heads" is a verb ("X heads TG").
    if (m.groups!.plural && (!entry?.leads || entry.role === 'head')) continue;
    if (!entry || (entry.adjective && qualifiesNextNoun(text.slice(m.index + m[0].length, m.index + m[0].length + 30)))) continue;
    // "Supreme Leader X", "President X": a state's office, a title of the person (shapeOf), not a role in the group.
    if (STATE_OFFICE_END.test(text.slice(Math.max(0, m.index - 20), m.index + m[0].length)) && /^ [A-Z]/.test(text.slice(m.index + m[0].length))) continue;
    let start = m.index;
    let end = m.index + m[0].length;
    let { status, notTheLeader, unlessOwned } = modifiersIn(m.groups!.mods ?? '');
    let owner: RoleMention['owner'] = 'unstated';
    let ofPerson: string | undefined;
    // "TG's two top leaders": a number before a plural role leaves the owner as it is.
    const before = m.groups!.plural ? text.slice(0, start).replace(/\b(?:two|three|four|both)\s+$/i, '') : text.slice(0, start);
    const pronoun = OWN_PRONOUN_BEFORE.exec(before);
    const paren = PAREN_OWNER_BEFORE.exec(before);
    const named = paren ? null : OWNER_BEFORE.exec(before);
    const pointedAway = OTHER_GROUP_BEFORE.exec(before);
    if (SWORN_TO_BEFORE.test(before)) {
      owner = 'other';
    } else if (pointedAway) {
      owner = 'other';
      start = pointedAway.index + pointedAway[0].search(/\S/);
    } else if (pronoun) {
      // "the Caucasus Emirate and its leader": "its" is the group just named.
      const joined = AND_ITS_BEFORE.exec(before);
      owner = joined !== null && !namesOwnBefore(namesOwn, joined) ? 'other' : 'own';
      start = pronoun.index + pronoun[0].search(/\S/);
    } else if (PERSON_WHOSE_BEFORE.test(before) || oneBodyOfMany(before)) {
      // "led by X, who answers to the Directorate, and whose overall leader, Y, ...": the one above X, not this group's.
      owner = 'other';
    } else if (GROUP_WHOSE_BEFORE.test(before)) {
      const { article, words } = GROUP_WHOSE_BEFORE.exec(before)!.groups!;
      owner = /^an?$/i.test(article!) || !namesOwn(`the ${words}`) ? 'other' : 'own';
    } else if (NAMED_WHOSE_BEFORE.test(before)) {
      owner = namesOwnBefore(namesOwn, NAMED_WHOSE_BEFORE.exec(before)!) ? 'own' : 'other';
    } else if (THE_POSSESSIVE_BEFORE.test(before) && namesOwn(THE_POSSESSIVE_BEFORE.exec(before)!.groups!.owner!)) {
      // "the brigade's amir" where the profile's name ends in "Brigade": one of its own references.
      owner = 'own';
      start = THE_POSSESSIVE_BEFORE.exec(before)!.index + THE_POSSESSIVE_BEFORE.exec(before)![0].search(/\S/);
    } else if (ARTICLE_BEFORE.test(before) && !/\bnew\b/i.test(m.groups!.mods ?? '')) {
      notTheLeader = true;
    } else if (paren?.groups?.owner || named?.groups?.owner) {
      // "al-Qa'ida in Iraq (AQI) leader", "The Islamic State of Testland's leader": openers ("The", "In") are not the owner.
      const ownerAt = paren ? paren.index : named!.index;
      const written = before.slice(ownerAt);
      const words = (paren?.groups?.owner ?? named!.groups!.owner!).split(/\s+/);
      while (words.length > 0 && (OPENERS.has(words[0]!) || IS_MODIFIER.test(words[0]!))) words.shift();
      if (words.length > 0) {
        // "The Order's leader": the owner with its article is a name too.
        const ownPart = [...words.map((_, i) => words.slice(i).join(' ')), (paren?.groups?.owner ?? named!.groups!.owner!)].find(isOwn);
        // "Karimi's successor": a person's, so no group owns it; the name stays inside the role's words.
        owner = entry.ofPerson ? 'unstated' : ownPart !== undefined ? 'own' : 'other';
        if (entry.ofPerson) ofPerson = words.join(' ');
        // (Its own name alone, when capitalized words before it are not: "consider Quispe Palomino SL's top leader".)
        const ownerStart = ownerAt + (ownPart !== undefined && !entry.ofPerson ? written.lastIndexOf(ownPart) : written.indexOf(words[0]!));
        start = ownerStart;
        // Modifiers can stand before the owner too: "Senior JNIM commander", "then-ISIS leader", "Former TG leader".
        const lead = before.slice(0, ownerStart);
        const preMods = PRE_OWNER_MODIFIERS.exec(lead);
        if (preMods) {
          const before = modifiersIn(preMods[0]);
          status = status ?? before.status;
          notTheLeader ||= before.notTheLeader;
          unlessOwned ||= before.unlessOwned;
          start = Math.min(start, preMods.index);
        }
        // "a TG commander", "an alleged JNIM leader": one of its commanders, as "a commander" is (ARTICLE_BEFORE).
        if (ARTICLE_BEFORE.test(before.slice(0, preMods ? preMods.index : ownerStart))) notTheLeader = true;
      }
    } else {
      // A word of its own before the role makes it a part's role: "media chief", "Kunar province commander".
      const previous = /([A-Za-z'-]+)\s+$/.exec(before)?.[1];
      if (previous && /^[a-z]/.test(previous) && !ROLE_LEAD_IN.has(previous.toLowerCase()) && !BODY_BEFORE.test(before)) notTheLeader = true;
    }
    if (pronoun && /^(?:its|their)/i.test(pronoun[0].trim()) && otherGroupNearer(before.slice(0, pronoun.index), isOwn)) owner = 'other';
    // "head of its political bureau" leads the group.
    const body = OF_A_LEADING_BODY.exec(text.slice(end));
    if (body && owner === 'unstated') {
      owner = 'own';
      end += body[0].length;
    }
    // "the new leader of its Kenyan branch" in ISIS-Kenya's profile: a branch this group is (group-refs.ts).
    const ofBranch = owner === 'unstated' ? OF_BRANCH_AFTER.exec(text.slice(end)) : null;
    if (ofBranch && isOwn(ofBranch.groups!.branch!)) {
      owner = 'own';
      end += ofBranch[0].length;
    }
    const of = OF_OWNER_AFTER.exec(text.slice(end));
    if (of?.groups?.owner && owner === 'unstated' && !describedPlural) {
      const words = of.groups.owner.replace(/^the\s+(?=group|organization)/i, 'the ');
      // "the head of TG" is this group's; "the head of the regional administration" is not.
      owner = isOwn(words) || isOwn(words.replace(/^the\s+/i, '')) ? 'own' : 'other';
      if (owner === 'own') end += of[0].length;
      // "leader of the TG faction in the Upper Huallaga Valley": one part's leader.
      if (PART_AFTER_OWNER.test(text.slice(end))) notTheLeader = true;
      // "the head of TG in the Gaza Strip": its leader in one place, as "TG's leader in Gaza".
      if (owner === 'own' && LEADER_OF_A_PLACE.test(text.slice(end))) notTheLeader = true;
    }
    notTheLeader ||= regional;
    // "TG's senior leader", "the senior leader of TG": one role the group owns, singular, is its leader; else one of many.
    const ownedOne = owner === 'own' && !m.groups!.plural && (POSSESSIVE_BEFORE.test(text.slice(0, m.index)) || (/\bthe\s+$/i.test(text.slice(0, m.index)) && end > m.index + m[0].length));
    notTheLeader ||= unlessOwned && !ownedOne;
    // "President Ivan Duque": a state's title before a name, when no group owns it.
    if (owner === 'unstated' && /^President$/.test(m.groups!.role!)) notTheLeader = true;
    // "Two commanders, X and Y": a count of a plural role with no owner, opening its clause, names some of its holders,
    // not the group's leaders ("TG has two leaders of equal standing" is told of the group).
    // (Only with the names in apposition: "two co-chairs stand at the top of TG: X and Y" is told of the group.)
    if (m.groups!.plural && owner === 'unstated' && /(?:^|[.;:,]\s*)(?:two|three|four|five|several|some)\s+$/i.test(text.slice(0, m.index)) && /^,\s+\p{Lu}/u.test(text.slice(m.index + m[0].length))) notTheLeader = true;
    // "the first TG leader from outside the clan": first of a kind, not the founding leader.
    if (status === 'former' && FIRST_BEFORE.test(text.slice(Math.max(0, start - 8), m.index + m[0].length)) && FIRST_OF_A_KIND.test(text.slice(end))) status = null;
    // "chose X as its chairman, a post he held until 2019": an aside that ends the tenure makes the role a past one.
    if (HELD_UNTIL_AFTER.test(text.slice(end))) status ??= 'former';
    out.push({ start: from + start, end: from + end, role: entry.role, leads: entry.leads, owner, status, notTheLeader, now: /\b(?:current|present|incumbent)\b/i.test(m.groups!.mods ?? '') || HELD_SINCE_AFTER.test(text.slice(end)), fresh: /\bnew\b/i.test(m.groups!.mods ?? ''), plural: m.groups!.plural !== undefined, ...(ofPerson === undefined ? {} : { ofPerson }) });
  }
  return joinedRoles(view, out);
}

/**
 * After a role, an aside that says its holder has it still: "as emir, a post he has held since", "a position he still
 * holds", "a role he has retained despite ...". Held now, as "current leader" is, whatever date the sentence tells.
 * (Not "a post he held until 2019", nor "had held once before".)
 */
// The aside's words up to its verb: ", a post he", ", which she".
const POST_ASIDE = `^(?: in \\d{4})?,? (?:a|an|the|which|that)(?: (?:post|position|role|office|title|seat|job))?(?: (?:that|which))? (?:he|she|they) `;
const HELD_SINCE_AFTER = new RegExp(`${POST_ASIDE}(?:(?:has|have) (?:[a-z]+ly |since |ever since )?(?:held|kept|retained|occupied|filled)|(?:still |now )?(?:holds|hold|retains|retain|occupies|occupy|keeps|keep|continues? to (?:hold|occupy|fill))|(?:has|have) (?:[a-z]+ly )?(?:continued|remained) (?:to hold|in))\\b`);
const HELD_UNTIL_AFTER = new RegExp(`${POST_ASIDE}(?:held|kept|retained|occupied|filled) until\\b`);

/** "the group's founder and current leader": two roles of one person are one mention, a leading one when either leads. */
function joinedRoles(view: string, roles: RoleMention[]): RoleMention[] {
  for (let i = 0; i + 1 < roles.length; i++) {
    const [a, b] = [roles[i]!, roles[i + 1]!];
    if (!/^ and $/.test(view.slice(a.end, b.start))) continue;
    const leading = [a, b].find((r) => r.leads && !r.notTheLeader && r.owner !== 'other');
    if (!leading) continue;
    roles.splice(i, 2, { ...leading, start: a.start, end: b.end, owner: a.owner !== 'unstated' ? a.owner : b.owner });
  }
  return roles;
}

// Not a faction or an alliance: "The pro-Syrian faction was led by X" may be one part of several. Not "The rival outfit".
const OWN_GROUP_SUBJECT = new RegExp(`^The (?:(?!(?:${OTHER_GROUP_ADJECTIVES})\\b)[\\w'-]+ ){1,2}(?:${SELF_REFERENCE_NOUNS.join('|')})(?= (?:is|was|has|had|remains|continues|operates)\\b|,)`);

const searched = new WeakMap<readonly string[], ReadonlyArray<{ ref: string; first: ReadonlySet<string>; rest: string }>>();

/** A profile's references as groupMentions searches them, made once per profile: longest first, one per spelling after the first letter ("the group" and "The group" are one). */
function searchable(refs: readonly string[]): ReadonlyArray<{ ref: string; first: ReadonlySet<string>; rest: string }> {
  let list = searched.get(refs);
  if (!list) {
    const seen = new Set<string>();
    list = [...refs]
      .sort((a, b) => b.length - a.length)
      .filter((ref) => !seen.has(ref[0]!.toLowerCase() + ref.slice(1)) && seen.add(ref[0]!.toLowerCase() + ref.slice(1)))
      .map((ref) => ({ ref, first: new Set([ref[0]!, ref[0]!.toLowerCase(), ref[0]!.toUpperCase()]), rest: ref.slice(1) }));
    searched.set(refs, list);
  }
  return list;
}

/**
 * Spans of this group's references in view[from, to) (whole words; the first
 * letter in either case: "al-Shabaab" for "Al-Shabaab"). A name followed by
 * its acronym in parentheses, "the Testland Front (TF)", is one mention.
 */
export function groupMentions(view: string, from: number, to: number, refs: readonly string[]): Span[] {
  const text = view.slice(from, to);
  const out: Span[] = [];
  for (const { ref, first, rest } of searchable(refs)) {
    for (let i = text.indexOf(rest, 1); i >= 1; i = text.indexOf(rest, i + 1)) {
      const at = i - 1;
      if (!first.has(text[at]!)) continue;
      if (/[\w-]/.test(text[at - 1] ?? ' ') || /[\w-]/.test(text[at + ref.length] ?? ' ')) continue;
      const span = { start: from + at, end: from + at + ref.length };
      if (!out.some((s) => s.start < span.end && span.start < s.end)) out.push(span);
    }
  }
  // A sentence that opens with "The Sahel-based group is ..." speaks of this group, the profile's subject.
  const subject = OWN_GROUP_SUBJECT.exec(text);
  if (subject && !out.some((s) => s.start < from + subject[0].length)) out.push({ start: from, end: from + subject[0].length });
  out.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < out.length; i++) {
    if (view.slice(out[i]!.end, out[i + 1]!.start) === ' (' && view[out[i + 1]!.end] === ')') out.splice(i, 2, { start: out[i]!.start, end: out[i + 1]!.end + 1 });
  }
  return out;
}

export interface Shape {
  /** The sentence with ⟦Pn⟧, ⟦Rn⟧ and ⟦G⟧ in place of its mentions. */
  text: string;
  /** The view offset of a shape offset. */
  toView(at: number): number;
}

/** Words that stand before a person's name as an article does, in translations: "the named X", "the aforementioned X". */
const NAMED_BEFORE = /\bthe (?:named|aforementioned|above-mentioned|abovementioned) $/i;

/** Write the sentence with its mentions replaced by placeholders; people win over roles, roles over group references. */
export function shapeOf(view: string, sentence: Span, people: readonly PersonMention[], roles: readonly RoleMention[], groups: readonly Span[]): Shape {
  const tags: Array<Span & { label: string }> = [];
  const free = (s: Span) => !tags.some((t) => t.start < s.end && s.start < t.end);
  // An honorific that is a role's last word ("Secretary General Hassan Nasrallah") is the role's, not the name's.
  // "the named X", "the aforementioned X", as translations write a person: the words are the name's own, so the rows
  // read "⟦R0⟧ is ⟦P0⟧" and "⟦R0⟧, ⟦P0⟧," as they do with a bare name.
  people.forEach((p, i) => {
    // A state's office stays written before the person ("answers to President ⟦P0⟧"): the rows tell a head of state apart.
    const titled = roles.some((r) => r.start < p.evidence.start && r.end > p.start) || STATE_OFFICE_TITLE.test(view.slice(p.start, p.evidence.start));
    const start = titled ? p.evidence.start : p.start;
    const named = NAMED_BEFORE.exec(view.slice(Math.max(sentence.start, start - 24), start));
    tags.push({ ...p, start: named ? start - named[0].length : start, label: `⟦P${i}⟧` });
  });
  // A person who owns a role ("al-Khorasani's successor") stays a person; the role starts after the possessive.
  roles.forEach((r, i) => {
    const owner = people.find((p) => p.start <= r.start && p.end > r.start && p.end < r.end);
    const gap = owner ? /^['’]s?\s+/.exec(view.slice(owner.end, r.end)) : null;
    const tag = owner && gap ? { ...r, start: owner.end + gap[0].length } : r;
    if (free(tag)) tags.push({ ...tag, label: `⟦R${i}⟧` });
  });
  for (const g of groups) if (free(g)) tags.push({ ...g, label: '⟦G⟧' });
  tags.sort((a, b) => a.start - b.start);
  let text = '';
  let at = sentence.start;
  const marks: Array<{ shape: number; view: number }> = [];
  for (const t of tags) {
    text += view.slice(at, t.start);
    marks.push({ shape: text.length, view: t.start });
    text += t.label;
    at = t.end;
    marks.push({ shape: text.length, view: t.end });
  }
  text += view.slice(at, sentence.end);
  return {
    text,
    toView(pos) {
      let base = { shape: 0, view: sentence.start };
      for (const m of marks) if (m.shape <= pos) base = m;
      return base.view + (pos - base.shape);
    },
  };
}

/**
 * The victim-phrase grammar: who was harmed and how many, as one phrase.
 *
 *   item   := qualifier? ("another" | "the" | "all" | "his" | "their" ...)? (number | range) ("other" | "more")? noun-word{0,5}
 *                                                             a range ("between 30 and 40", "20 to 25", "40-50")
 *                                                             counts its lower bound, "at least"
 *           | ("a" | "an" | "another") noun-word{0,5}        one victim ("a security officer", "another")
 *           | ("the" | "his" | "their" ...) noun-word{1,3}   one named victim, only inside a list
 *                                                             ("the ambassador and three other embassy staff",
 *                                                             "six aid workers, their guide, and their driver")
 *           | Name Words                                      one named victim, only before a counted item
 *                                                             ("HUJI-B leader Hannan and two associates")
 *           | "himself" | "themselves"                        the attackers, not counted, only before a counted item
 *                                                             ("killing himself and 19 shoppers" → 19)
 *   list   := item ((", " item)* ","? " and " item)?         added up ("five teachers, a guard and two students" → 8)
 *
 * A vague quantity ("dozens", "a number of") makes the whole list vague (no
 * value). Noun words stop at prepositions, conjunctions and harm words, so
 * "killing 10, including two soldiers" is 10 (an "including" list is inside
 * the total).
 */
import type { Count } from '../../record/schema.js';
import type { Span } from '../../text/span.js';
import { NUMBER_SOURCE, UNIT_WORDS, parseNumber } from '../../text/numbers.js';
import { ALIAS_MARKERS, ATTACK_VERBS, GROUP_NOUNS, IRREGULAR_PASTS, SEX_AGE_NOUNS, HARM_WORDS, INCIDENT_NOUNS, STATED_SUM, SUM_ADJECTIVES, THING_NOUNS, TOLL_NOUNS, QUALIFIERS, TIME_NOUN, VAGUE_QUANTITIES, alternation, namesPeople } from '../lexicon.js';
import { findPlaces } from '../../geo/places.js';
import { DEMONYMS } from '../../geo/place-names.js';
import { matchesOf } from '../../text/matches.js';
import { MONTH_WORD } from '../../text/dates.js';

export interface VictimItem {
  /** Where the item stands in the text parsed. */
  start: number;
  end: number;
  value: number | null;
  /** Noun words after the count. */
  words: number;
  /** "three other militants": others besides someone named before. */
  other: boolean;
  /** "four of his bodyguards": counted out of a group. */
  of: boolean;
  /** Joined to the list by a comma (not "and"). */
  comma: boolean;
  /** The number as written, when there is one. */
  written: string | null;
}

export interface Victims {
  start: number;
  end: number;
  value: number | null;
  qualifier: Count['qualifier'];
  items: VictimItem[];
}

const QUALIFIER = alternation(QUALIFIERS.map((q) => q.words));
// ("an unspecified number of others": a number the text declines to give.)
const VAGUE = alternation([...VAGUE_QUANTITIES, 'a number of', 'a large number of', 'a few', ...['unknown', 'unspecified', 'undisclosed', 'undetermined', 'unconfirmed'].flatMap((w) => [`an ${w} number of`, `an ${w} number`])]);
/** How a counted item may start (a qualifier, "another", or a number): for other rules' lookaheads. */
export const COUNT_HEAD = `(?:${STATED_SUM} )?(?:${QUALIFIER} |another |an additional |a further )?(?:${NUMBER_SOURCE})`;

// Words that end a victim's noun: prepositions, conjunctions, verbs of the clause, harm words.
const STOP = '(?:and|or|but|in|on|at|near|during|while|when|after|before|with|including|includ\\w+|as|by|from|of|to|for|into|who|which|that|whom|whose|were|was|is|are|had|have|has|been|being|the|a|an|their|its|his|her|across|outside|inside|aboard|along|off|onto|over|between|among|since|until|later|earlier|another|each|both|dead|wounded|injured|hurt|killed|kidnapped|abducted|died|succumbed|perished|drowned|and|lives|casualties|deaths|injuries|fatalities|held|taken|captured|seized|received|sustained|suffered|working|living|travel+ing|serving|based|stationed|employed|it|they|he|she|we|them|this|last|per|than|respectively|said|says|told|added|stated)';
const NUMBER_WORD = `(?:${Object.keys(UNIT_WORDS).join('|')})\\b`;
// (A hyphen before a number joins no word: the matching view writes a dash as one, "four aid workers—three Kenyans".)
// (Latin letters with their accents too: "a Burkinabè trader", "a councillor of Tibú" are whole words.)
const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
// (A stop word with a hyphen after it opens a compound: "an off-duty detective", "an in-house guard".)
const NOUN_WORD = `(?:U\\.S\\.|U\\.N\\.|(?!${STOP}\\b(?!-))[${LETTER}](?:[${LETTER}'.\\u2019]|-(?!(?:\\d|${NUMBER_WORD})))*(?<!\\.)|\\d+-[a-z][a-z-]*)`;
const NOUNS = (name: string) => `(?<${name}>(?: ${NOUN_WORD}){0,5})`;
// Not one victim after an article: quantities and time words ("a day later", "a total of"). ("a second": itemAt.)
const SECOND_ALONE = new RegExp(`^second(?: ${TIME_NOUN})?$`, 'i');
// (A time word before another noun may describe a person: "a night watchman", "a day laborer"; itemAt keeps it only then.)
const NOT_A_VICTIM = `(?:(?:number|total|series|few|couple|lot|handful|dozen|quantity|amount|${SUM_ADJECTIVES.join('|')}|further|variety|range|wave|string|spate|result|similar|separate|new|statement|video)\\b|${TIME_NOUN}\\b(?! ${NOUN_WORD}))`;
// An incident's thing or a time after an article ("a truck bomb", "a car", "a suicide attack", "a night raid") is no
// victim, unless a people noun heads the phrase: "a truck driver", "a bomb disposal technician", "a night watchman" (itemAt).
const THING_FIRST = new RegExp(`^(?:attack|bomb\\w*|suicide|car|truck|raid|ambush|${TIME_NOUN})\\b`, 'i');

/**
 * A range of victims: "between 30 and 40", "20 to 25", "40-50". Its count is
 * the lower bound, qualified "at least" (unless a qualifier before it says
 * otherwise): the record has one number per harm, and the lower bound is what
 * the text asserts. After a hyphen the number pattern's own lookbehind would
 * refuse the digits, so they are read here.
 */
// ("and" is a range only after "between": "30 and 40 villagers" alone is a list. The number pattern is written
// twice, not four times: it is the largest part of this grammar's regex, compiled on every run.)
const RANGE = `(?:(?:between )?(?<from>${NUMBER_SOURCE})(?:(?:(?<=\\bbetween (?:\\S+ ){0,2}\\S+) and | to )(?<upper>${NUMBER_SOURCE})| ?- ?(?<hyphenUpper>\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d,])))`;

// The body a counted group belongs to, by name: "four members of the Presidential Security Group and one soldier".
// (Its own regex: the item's is case-insensitive, and "one of the dead" names no body.)
// ... or what the person is a member of, in lower case, when the list goes on: "a member of parliament and two of his
// bodyguards".
// ... or, after "members", any body, tried first so that a name does not end it at its last capital: "three members of
// a vigilante group", "two members of his family", "13 members of the Tunisian security forces".
// (Or one written with no article: "nine members of staff", "two members of parliament".)
const OF_NAMED_BODY = new RegExp(`(?:(?<=\\bmembers?) of (?:(?:an? |the |his |her |its |their )(?:${NOUN_WORD} ){0,3}${NOUN_WORD}|(?:staff|personnel|parliament|congress|crew)\\b)| of (?:the )?[A-Z][${LETTER}\\d_-]*(?: [A-Z][${LETTER}\\d_-]*){0,4}| of (?!(?:the|his|her|its|their|them|those)\\b)[a-z]+(?= and | ?,)| of (?:an? |the |these |those |its |their )(?:${NOUN_WORD} ){0,2}${NOUN_WORD}(?=,? and ))`, 'y');
// Nouns for one counted group, where the phrase goes on with more of the list ("165 soldiers and police, and 47
// civilians", "31 soldiers and police and nine civilians"), with the group's own verb ("14 guests and staff were killed";
// a subject is parsed on the text before its verb, so there the phrase ends with the text), with a place or a time, or
// ends its clause ("killing 18 soldiers and communal guards."). Several, listed with commas: "more than 120 SDF
// members, prison guards, and civilians were killed". (No verb in -ing or -ed and no number: "and wounded three
// civilians" is another clause; nor a vague count, ", and several more were hurt".)
const JOINED_WORD = `(?![a-z]+(?:ing|ed)\\b|${NUMBER_WORD}|${VAGUE}\\b|(?:more|others?)\\b)${NOUN_WORD}`;
// (Nor a number after its first word: ", and some seventy wounded" is a count of its own.)
const JOINED_PHRASE = `${JOINED_WORD}(?: (?![a-z]+(?:ing|ed)\\b|${NUMBER_WORD}\\b)${NOUN_WORD})?`;
const JOINED_NOUN = `(?:(?:, ${JOINED_PHRASE})*,? and ${JOINED_PHRASE}(?=,|\\s*$|[.;]| (?:were|was|died|had|have|dead|wounded|injured|in|at|near|on|outside|inside|during|when|while|after)\\b| and (?:an?|another|${NUMBER_SOURCE})\\b))?`;
const ITEM = new RegExp(
  [
    // (A possessive may stand for the determiner: "the organizer's three children", "a village chief's two sons".)
    // (A count may be written as a multiple, as note-form briefs do: "2 x US soldiers"; and "30+" is more than 30.)
    // (Or out of a whole: "11 of 12 provincial deputies" counts 11.)
    `(?:${STATED_SUM} )?(?<q>${QUALIFIER} )?(?:another |an additional |a further |the |all |all of the |his |her |its |their |(?:the |an? )?(?:[a-z-]+ ){0,2}[a-z-]+['’]s )?(?:(?<vague>${VAGUE})|${RANGE}|(?<n>${NUMBER_SOURCE}|both(?= [a-z]|\\s*$)))(?<plus>\\+)?(?! ${TIME_NOUN}\\b)(?: x(?= [A-Za-z]))?(?<other> others?| more| additional)?(?<of> of (?:(?:his|her|its|their|the) [A-Za-z-]+|them|those))?(?: of (?:the )?(?:\\d+|${NUMBER_WORD}))?${NOUNS('nouns')}${JOINED_NOUN}`,
    `(?<article>(?:an?|another)(?= (?!${NOT_A_VICTIM})[A-Za-z\\d]))${NOUNS('anouns')}`,
    `(?<bare>another)\\b`,
    // Not a gerund: "the deaths of 12 soldiers and the wounding of 30 others" is two harms, not a list.
    // Nor a time: "killing 8 civilians, and the same week raided ...".
    `(?<the>the|his|her|its|their)(?! [a-z]+ing\\b)(?!(?: [a-z]+)? ${TIME_NOUN}\\b)(?<tnouns>(?: ${NOUN_WORD}){1,3})`,
  ]
    .map((alt) => `(?:${alt})`)
    .join('|'),
  'iy',
);
const THING_HEAD = new RegExp(`^(?:${THING_NOUNS})s?$`, 'i');
const TOLL_WORD = new RegExp(`\\b(?:${TOLL_NOUNS.join('|')})\\b`, 'i');
const GROUP_NOUN = new RegExp(`^(?:${GROUP_NOUNS})$`, 'i');
/**
 * A group with "the", then a word that is no preposition or conjunction: its verb ("the group took control"). With words
 * before the group noun, a past tense only ("the VRAE faction repeatedly fired"; "the local militia commander" is a victim).
 */
const GROUP_THEN_VERB = new RegExp(`^the (?:(?:${GROUP_NOUNS}) (?!${STOP}\\b)[a-z]+|(?:[\\w'’-]+ ){1,2}(?:${GROUP_NOUNS}) (?:[a-z]+ly |also |then |later )?[a-z]+ed\\b)`, 'i');
const DEFINITE_THEN_VERB = new RegExp(`^the (?:(?!(?:and|or|but)\\b)[\\w'’-]+ ){0,2}?(?!(?:and|or|but)\\b)[\\w'’-]+(?:, [^,;]{1,40},)? (?:${IRREGULAR_PASTS}|[a-z]{3,}ed)\\b(?! (?:by|in|on|during|when|while|with)\\b)`);
const HARM_NOUN = new RegExp(`^(?:${HARM_WORDS.flatMap((h) => (h.noun ? [h.noun] : [])).join('|')})$`, 'i');
// A phrase naming an incident is not a victim ("wounded 5 others and a March raid ..."), nor is one naming a date
// ("killed 19 soldiers, and the July 2015 attack ...").
const INCIDENT_OR_ATTEMPT = new RegExp(`^(?:${alternation(INCIDENT_NOUNS)}|attempts?|plots?|bids?)$`, 'i');
const INCIDENT_WORD = new RegExp(`\\b${alternation(INCIDENT_NOUNS)}\\b`, 'i');
const MONTH_NAME = new RegExp(`\\b${MONTH_WORD}\\b`);
const NONE_OF_BEFORE = /\b(?:none|no one|not one|neither) of (?:the |its |their |those )?$/i;
const DAY_OF_MONTH_BEFORE = new RegExp(`\\b${MONTH_WORD}\\.? $`);
const TOLL_OF = /^ of the (?:dead|wounded|injured|victims|casualties|killed)$/i;
/** A nationality as a noun phrase's head: "one Kenyan", "two Kenyans". */
const isNationality = (word: string) => Object.hasOwn(DEMONYMS, word) || (word.endsWith('s') && Object.hasOwn(DEMONYMS, word.slice(0, -1)));
/**
 * Nouns that say only that the victims were people, or what befell them: "three people, two soldiers and a guard", "two
 * hostages, a U.S. photojournalist and a South African teacher" name who they were.
 */
const PEOPLE_IN_GENERAL = /^(?:people|persons|individuals|victims|hostages|captives)$/i;
const SEX_AGE = new Set(SEX_AGE_NOUNS);
// ("nine officers as well as two civilians"; after a comma, ", as well as both bombers" sets its item apart and ends the list.)
// ("along with", "together with": another "and", "killed Bilal al-Sudani, a key financier, along with 10 of his associates".)
const SEP = /(?<comma>,)? and | as well as |,? along with |,? together with |(?<comma2>,) /y;
// A part of the item before it, after which the list may go on: ", including six Canadians", ", among them three U.S. citizens".
const SUBSET_MARK = /^, (?:including|among them|among whom|of whom) /;
const LIST_GOES_ON_AFTER_SUBSET = /^, (?:and|as well as|along with|together with) /;
const UNCOUNTED_SUBSET = /^, (?:including|among them|among whom) [^,;()]{1,80}(?=, (?:and|as well as|along with|together with) )/;
// "six villagers, four of them children, and two soldiers", "14 passengers, most of them migrant workers, and a driver":
// who some of the item before were, set off by commas; the list goes on after it.
// (Or between dashes: "20 hostages - among them nine Italians and seven Japanese - and two police officers".)
// (An abbreviation's full stops are inside it: "- including nine Italians, seven Japanese, and a U.S. citizen - and".)
// (Or in parentheses: "seven American citizens (employees and contractors of the agency) and a Jordanian officer".)
const PART_ASIDE = /^, (?:[\w-]+ ){1,2}of (?:them|whom) [^,;.()]{1,50}(?=, and )|^ - (?:[^;.()-]|(?<=\b[A-Z])\.){1,100}? -(?= and )|^ \([^()]{1,80}\)(?= and )/;
// After a definite victim, its office's place and the person's name, when a list goes on after them.
// (Or only the office's place, when the list goes on at once: "the mayor of Teorama and two of his bodyguards".)
// (The name may follow a description in lower case: "a 15-year-old schoolgirl, education activist X, and two of her
// classmates".)
const NAMED_OFFICE = /(?: of (?:the )?[A-Z][\w'’-]*(?: [A-Za-z][\w'’-]*){0,2}?)?, (?:(?![a-z]+(?:ed|ing)\b)[a-z][a-z-]* ){0,3}(?:[A-Z][\w'’.-]* ){0,4}[A-Z][\w'’.-]*(?=, and )| of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}(?=,? and )/y;
// (With its province after a comma: "a village chief in Balabagan, Lanao del Sur, and two of his sons".)
const ITEM_PLACE = new RegExp(` (?:from|in|near|at) (?:the )?(?!${MONTH_WORD}\\b)[A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*){0,2}(?:, [A-Z][\\w'’-]*(?: (?:[A-Z][\\w'’-]*|del|de|da|do|al|el)){0,3})?(?=,? and )`, 'y');
// (Perhaps after an adjective: "and more than 40 civilians in the nearby Nganzai area".)
const OWN_PLACE = /^ (?:in|at|near) (?:the )?(?:(?:nearby|neighbou?ring|adjacent|surrounding|northern|southern|eastern|western|central) )?[A-Z]/;
/** The head noun of an item of a victim phrase: its last word ("three U.S. citizens" → citizens). */
export const headNoun = (text: string, item: Span) => /([A-Za-z'’-]+)\W*$/.exec(text.slice(item.start, item.end))?.[1] ?? '';
const OF_THEM = /^\S+ of (?:them|those)\b/i;
const AMONG_THEM = /^,? (?:among|including|of) (?:them|whom)\b/i;
// In an object list, an item followed by a verb is the subject of a new clause ("killing 30 people, and 19 were wounded").
// ("..., and scores of others were injured": a vague quantity's "of others" is part of that subject.)
// ("The deaths of 14 civilians and three gendarmes were caused by the attack", "the deaths of a doctor and three patients
// were reported": the verb is the whole phrase's.)
const NEW_CLAUSE = /^(?: of (?:others|them|those|the [a-z]+))? (?:were|was|had|have|are|died|dead|wounded|injured|killed|received|sustained|suffered)\b(?! (?:[a-z]+ly )?(?:caused|attributed|blamed|confirmed|recorded|registered|reported|announced|acknowledged)\b)/i;

interface Parsed extends VictimItem {
  qualifier: string | null;
  definite: boolean;
  /** A range ("between 30 and 40"): its value is the lower bound. */
  range: boolean;
}

/** The word after a body's name in a victim's noun: "a Police Service of Northern Ireland officer" (itemAt). */
const PEOPLE_AFTER_BODY = /^ ([a-z][a-z-]*)\b/;

function itemAt(text: string, at: number): Parsed | null {
  if (!canStart(text, at)) return null;
  ITEM.lastIndex = at;
  const m = ITEM.exec(text);
  if (!m?.groups) return null;
  const g = m.groups;
  // "both" before nouns joined by "and" coordinates them, no count: "the deaths of both security forces and civilians".
  if (g.n !== undefined && /^both$/i.test(g.n) && / and /.test(m[0])) return null;
  let nouns = (g.nouns ?? g.anouns ?? g.tnouns ?? '').trim();
  let length = m[0].length;
  // "three laborers building a clinic": an -ing word after people in the plural is what they were doing, not the
  // phrase's head (not "a police building", where the people word describes the site).
  const participle = /(?<=^|\s)(\S+) (\S+ing)$/.exec(nouns);
  if (participle && /s$|men$/i.test(participle[1]!) && namesPeople(participle[1]!) && m[0].endsWith(` ${participle[2]}`)) {
    nouns = nouns.slice(0, -participle[2]!.length - 1);
    length -= participle[2]!.length + 1;
  }
  const words = nouns === '' ? 0 : nouns.split(/\s+/).length;
  if (g.article !== undefined && words === 0 && !/^another$/i.test(g.article)) return null;
  if (g.article !== undefined && THING_FIRST.test(nouns) && !namesPeople(nouns.split(/\s+/).pop()!)) return null;
  // "a second reservist" is one victim more; "a second", "a second time", "a second attacker" none (a person, not a fighter).
  if (g.article !== undefined && /^second\b/i.test(nouns) && (SECOND_ALONE.test(nouns.trim()) || !namesPeople(nouns.split(/\s+/).pop()!))) return null;
  if (INCIDENT_WORD.test(nouns) || MONTH_NAME.test(nouns)) return null;
  // A vehicle or a site is no victim: "attacked a police vehicle, and one officer was killed"; nor is a toll, "leaving as
  // a balance two dead".
  if (words > 0 && (THING_HEAD.test(nouns.split(/\s+/).pop()!) || TOLL_WORD.test(nouns))) return null;
  // "one of the dead, ..., died of his wounds weeks later": a part of a toll already counted, no new victims.
  if (g.of !== undefined && TOLL_OF.test(g.of)) return null;
  // A number, or the lower bound of a range.
  const n = g.n ?? g.from;
  const range = g.from !== undefined;
  // A bare year is a date, not a count ("In 2017, two soldiers ..."; "between 2015 and 2017").
  if (n !== undefined && words === 0 && /^(?:19|20)\d\d$/.test(n)) return null;
  let value: number | null;
  if (g.vague !== undefined) value = null;
  // "both hostage-takers": two; "both Libyan security forces and civilians" is a pair of words, no count.
  else if (n !== undefined && /^both$/i.test(n)) {
    if (/^,? and /.test(text.slice(at + length))) return null;
    value = 2;
  } else if (n !== undefined) value = parseNumber(n);
  else if (g.the !== undefined) {
    // Its nouns end before a verb: "the attackers escaped across the border" is a clause, no victim. Nor is a harm one:
    // "causing injuries to four contractors and the death of a cook" (the cook is the next harm's).
    if (nouns.split(/\s+/).slice(1).some((w) => /[a-z]ed$/.test(w)) || HARM_NOUN.test(nouns.split(/\s+/)[0]!)) return null;
    // "their driver" is one more victim in a list; "their families" says no number and ends the list, as "its members"
    // does with a verb after it ("killed 19 people, and its members took part in ...").
    if (g.the.toLowerCase() !== 'the' && (/s$/i.test(nouns) || nouns.split(/\s+/).slice(0, -1).some((w) => /(?:^|[^su])s$|men$/.test(w)))) return null;
    value = /s$/i.test(nouns) ? null : 1;
  }
  else value = 1;
  OF_NAMED_BODY.lastIndex = at + length;
  let body = words > 0 && g.the === undefined ? OF_NAMED_BODY.exec(text) : null;
  // "20 members of Mali’s security forces": a possessive names the body's owner, and the count needs no body.
  if (body && /^['’]/.test(text.slice(OF_NAMED_BODY.lastIndex))) body = null;
  // A body's name may be the first part of the victim's noun: "an off-duty Police Service of Northern Ireland officer",
  // "two Armed Forces of the Philippines soldiers" (the head is the people word after it).
  const headAfter = body && /^[A-Z]/.test(body[0].replace(/^ of (?:the )?/, '')) ? PEOPLE_AFTER_BODY.exec(text.slice(OF_NAMED_BODY.lastIndex, OF_NAMED_BODY.lastIndex + 30)) : null;
  const bodyLength = (body?.[0].length ?? 0) + (headAfter && namesPeople(headAfter[1]!) ? headAfter[0].length : 0);
  return { start: at, end: at + length + bodyLength, value, written: n ?? null, words, other: g.other !== undefined, of: g.of !== undefined, comma: false, qualifier: g.q?.trim().toLowerCase() ?? (g.plus ? 'more than' : null), definite: g.the !== undefined, range };
}

// A person named with title words and no article: one victim only when others are counted after it
// ("former Interior Minister Hamid Sadr and 11 other people": "former" opens a title too)
// ("TG leader Abu Musa and four of his bodyguards", "Salman Badini, and two other militants").
const TITLE = 'former|leader|commander|chief|emir|deputy|spokesman|minister|senior|provincial|governor|mayor|judge|official|lawmaker|senator|member|of|al-[\\w\'’-]+|bin|ibn';
// (Or described after the name, before the list goes on: "killed Raul Reyes, the group's spokesman, and 24 other people".)
// (Or another name of the person: "Mushtaq al-Saidi, also known as Abu Taqwa, and another member".)
// (Or the person's age: "Sara Khan, then 15, and two of her classmates", "Omar Ali, 62, and his two sons".)
const NAMED_DESCRIBED = `, (?:(?:an?|the|his|her|its|their|${ALIAS_MARKERS}) [^,;()]{1,60}|(?:then |now |aged )?\\d{1,3}(?: years old)?)`;
const NAMED_LIST_GOES_ON = ',? (?:and|along with|together with) ';
// (Words may stand two spaces apart, as the reports' names sometimes do: "Bilal  al-Sudani".)
const NAMED = new RegExp(`(?:[A-Z][\\w'’.-]*|${TITLE})(?: +(?:[A-Z][\\w'’.-]*|${TITLE})){0,6}(?=(?:${NAMED_DESCRIBED})?${NAMED_LIST_GOES_ON})`, 'y');
const DESCRIBED_AFTER_NAME = new RegExp(`${NAMED_DESCRIBED}(?=,${NAMED_LIST_GOES_ON.slice(2)})`, 'y');

// (Or after what the person is, in lower case, the last word a person's noun: "15-year-old education activist Malala
// Yousafzai and two other schoolgirls", "journalist Ali Khan and two others".)
const DESCRIBED_BEFORE_NAME = /(?:(?:\d+-year-old|[a-z][a-z-]*) ){1,3}(?=[A-Z])/y;

function namedHead(text: string, at: number): Parsed | null {
  if (!/[A-Za-z\d]/.test(text[at] ?? '')) return null;
  DESCRIBED_BEFORE_NAME.lastIndex = at;
  const what = DESCRIBED_BEFORE_NAME.exec(text);
  const noun = what?.[0].trim().split(' ').pop();
  // (An agent noun there names a person too, known to the lexicon or not: "rights campaigner", "aid coordinator".)
  const from = what && noun && (namesPeople(noun) || /(?:ist|er|or|ian)$/.test(noun)) ? at + what[0].length : at;
  NAMED.lastIndex = from;
  const named = NAMED.exec(text);
  if (!named) return null;
  // (The description and the name, as one victim.)
  const head = text.slice(at, from) + named[0];
  // A name starts where its capitalized words do ("Region" of "Gao Region" is not one), and a place is no named
  // victim: "attacked a market in Gao Region, and between 30 and 40 villagers were killed".
  if (/[A-Z][\w'’.-]* $/.test(text.slice(Math.max(0, at - 40), at))) return null;
  if (findPlaces(head, 0, head.length).some((p) => p.start === 0 && p.end === head.length)) return null;
  DESCRIBED_AFTER_NAME.lastIndex = at + head.length;
  const described = DESCRIBED_AFTER_NAME.exec(text)?.[0].length ?? 0;
  SEP.lastIndex = at + head.length + described;
  const sep = SEP.exec(text);
  const next = sep ? itemAt(text, at + head.length + described + sep[0].length) : null;
  // (A number, or an article: "killing himself and a police officer"; not a definite "and the driver".)
  if (!next || (next.written === null && (next.value === null || next.definite))) return null;
  return { start: at, end: at + head.length, value: 1, written: null, words: 0, other: false, of: false, comma: false, qualifier: null, definite: true, range: false };
}

// A pronoun before the others harmed with it, a victim phrase only when counted victims follow: the attackers
// themselves ("killing himself and 19 shoppers": not counted), or the victim just named ("ambushed the car of a judge,
// killing him and three of his guards": one).
const PRONOUN = /(?:(?<reflexive>themselves|himself|herself)|him|her)\b(?=,? and )/y;

function pronounHead(text: string, at: number): Parsed | null {
  PRONOUN.lastIndex = at;
  const m = PRONOUN.exec(text);
  if (!m) return null;
  SEP.lastIndex = at + m[0].length;
  const sep = SEP.exec(text);
  const next = sep ? itemAt(text, at + m[0].length + sep[0].length) : null;
  // (A number, or an article: "killing himself and a police officer"; not a definite "and the driver".)
  if (!next || (next.written === null && (next.value === null || next.definite))) return null;
  return { start: at, end: at + m[0].length, value: m.groups!.reflexive ? 0 : 1, written: null, words: 0, other: false, of: false, comma: false, qualifier: null, definite: true, range: false };
}

export interface ParseOptions {
  /** The list is the subject before its verb: keep a last item followed by a verb. */
  subject?: boolean;
}

/** The victim phrase starting at `at`, or null when none starts there. */
export function parseVictims(text: string, at: number, options: ParseOptions = {}): Victims | null {
  const head = itemAt(text, at) ?? namedHead(text, at) ?? pronounHead(text, at);
  if (!head) return null;
  const items: Parsed[] = [head];
  let pos = head.end;
  // Items after a comma wait for the closing "and": "A, B and C", never "killing 30 people, a record".
  let pending: Parsed[] = [];
  for (;;) {
    // "18 guests, including six Canadians and two Swiss, and three police officers": the subset is inside the
    // item before it; the list goes on after it.
    const subsetMark = SUBSET_MARK.exec(text.slice(pos, pos + 20));
    if (subsetMark) {
      const subset = parseVictims(text, pos + subsetMark[0].length);
      // The subset ends at its own "and" ("six Canadians and two Swiss"); what follows ", and" is the outer list's.
      // A subset of one item ends at its comma: "20 hostages, including an American citizen, and two police officers".
      const closing = subset?.items.find((item, k) => k > 0 && !item.comma);
      // (Or at ", as well as": "killed 20 hostages, including one U.S. citizen and nine Italians, as well as two police officers".)
      let end = [closing?.end ?? subset?.end, subset?.items[0]?.end].find((e) => e !== undefined && LIST_GOES_ON_AFTER_SUBSET.test(text.slice(e, e + 20)));
      // (A subset told otherwise, "65 civilians, including foreign nationals from 13 countries, and six soldiers": its
      // words up to the comma before the list goes on.)
      if (end === undefined) {
        const uncounted = UNCOUNTED_SUBSET.exec(text.slice(pos, pos + 120));
        if (uncounted) end = pos + uncounted[0].length;
      }
      if (end === undefined) break;
      // (", as well as" goes on only after a subset: "killing four soldiers and two civilians, as well as both bombers"
      // counts six.)
      pos = text.startsWith(', as well as ', end) ? end + 1 : end;
    }
    const aside = PART_ASIDE.exec(text.slice(pos, pos + 110));
    if (aside) pos += aside[0].length;
    // "the governor of Kunar province, Abdul Rahim Safi, and two of his guards": a definite victim's office and name (or
    // one counted by its article: "a brigade commander, Brigadier General Dzarma Zirkusu, and three soldiers");
    // "Raul Reyes, the group's spokesman, and 24 other people": a named one's description.
    const last = items[items.length - 1]!;
    if (pending.length === 0 && (last.definite || (last.written === null && last.value === 1))) {
      NAMED_OFFICE.lastIndex = pos;
      const named = NAMED_OFFICE.exec(text);
      if (named) pos += named[0].length;
      else if (items.length === 1 && items[0]!.written === null && items[0]!.value === 1 && /^[A-Z]/.test(text.slice(items[0]!.start, items[0]!.end))) {
        DESCRIBED_AFTER_NAME.lastIndex = pos;
        const described = DESCRIBED_AFTER_NAME.exec(text);
        if (described) pos += described[0].length;
      }
    }
    // "a tourist from Norway and a Turkish barman", "an officer in Mukalla and two of his colleagues": a person's origin or
    // place, when the list goes on with more people (not a date, "two soldiers in March and three more in June"; nor a
    // thing's place, "a market in Gao Region, and 30 villagers"; nor "officers near Aktau, and the group released";
    // nor a second site with its own place, "18 soldiers in Agadez and one civilian at the Arlit site").
    ITEM_PLACE.lastIndex = pos;
    const place = ITEM_PLACE.exec(text);
    // (The one before is a person when its head says so, or when the next are counted out of that person's own: "a village
    // chief in Balabagan, Lanao del Sur, and two of his sons".)
    if (place) {
      SEP.lastIndex = pos + place[0].length;
      const sep = SEP.exec(text);
      const next = sep ? itemAt(text, pos + place[0].length + sep[0].length) : null;
      const person = namesPeople(headNoun(text, items[items.length - 1]!)) || next?.of === true;
      if (person && next && (!next.definite || namesPeople(headNoun(text, next))) && !OWN_PLACE.test(text.slice(next.end, next.end + 40))) pos += place[0].length;
    }
    SEP.lastIndex = pos;
    const sep = SEP.exec(text);
    if (!sep) break;
    const next = itemAt(text, pos + sep[0].length);
    if (!next) break;
    // One more told by an article and followed by an infinitive is a thing with a purpose, unless it names a person:
    // "wounded three soldiers at Bagram, and a plot to kill the governor was uncovered" ends at "Bagram".
    if (next.written === null && !next.definite && /^ to [a-z]+/.test(text.slice(next.end, next.end + 12)) && !namesPeople(headNoun(text, next))) break;
    // "killed seven U.S. citizens, and the failed attempt by X to detonate ...": an incident or an attempt is a thing the
    // sentence goes on to list, not a victim.
    if (next.written === null && INCIDENT_OR_ATTEMPT.test(headNoun(text, next))) break;
    // "..., and the truce which had been agreed": "which" says a thing, no victim.
    if (/^,? (?:which|that)\b/.test(text.slice(next.end, next.end + 7))) break;
    // ("along with" joins people only: "killing four soldiers, along with two mules carrying supplies" counts four.)
    // (A part of someone's people is people, "along with about 10 of his associates", and so are others of the kind
    // before them, "Bilal al-Sudani, a key financier, along with 10 other operatives".)
    if (/with $/.test(sep[0]) && !next.of && !next.other && !namesPeople(headNoun(text, next))) break;
    const closing = /\b(?:and|as well as|along with|together with) $/.test(sep[0]);
    next.comma = !closing;
    if (closing) {
      items.push(...pending, next);
      pending = [];
    } else pending.push(next);
    pos = next.end;
  }
  if (!options.subject && items.length > 1 && NEW_CLAUSE.test(text.slice(items[items.length - 1]!.end))) items.pop();
  // "killing 21 separatist fighters, and the group took control of the city": a group named with "the" after ", and",
  // then a verb, is the next clause's subject (the noun words of the item ran on into its predicate).
  // (So is any "the ..." item with a past verb after it, perhaps past an aside: "killed more than 50 worshippers, and the
  // second, in Kandahar, killed at least 47"; "killed approximately 1,200 people, ..., and the attackers took some 240
  // hostages".)
  if (items.length > 1 && /(?:^|,) ?and $/.test(text.slice(items[items.length - 2]!.end, items[items.length - 1]!.start)) && (GROUP_THEN_VERB.test(text.slice(items[items.length - 1]!.start)) || DEFINITE_THEN_VERB.test(text.slice(items[items.length - 1]!.start)))) items.pop();
  // "13 people died, eight of them soldiers, and 40 more were wounded": a part of a count told before starts no list
  // (the list, if any, starts after it).
  if (items.length > 1 && OF_THEM.test(text.slice(head.start, head.end))) return null;
  // "seven people, two engineers and their driver among them": the items after the first are a part of it.
  if (items.length > 1 && items[1]!.comma && AMONG_THEM.test(text.slice(items[items.length - 1]!.end))) items.splice(1);
  // "two men, a shopkeeper and his son,": items after a count that add up to it, the last one told as the one before's
  // ("his son", "her driver"), restate the count (not "two soldiers, a policeman and a street vendor": four).
  const restated = items.slice(1).reduce((n, item) => n + (item.value ?? Number.NaN), 0);
  if (items.length > 2 && items[1]!.comma && head.value === restated && /^(?:his|her|their) /i.test(text.slice(items[items.length - 1]!.start))) items.splice(1);
  // "three people, two French visitors and a Moroccan waiter": a count of people, then who they were, adding up to it.
  // (Or a count of some of a body's people: "two of its workers, the manager and a guard"; or any count, then its
  // people by nationality alone: "two teachers, one British and one Kenyan", "three aid workers, two Kenyans and a
  // Somali"; not "two soldiers, a French tourist and a German tourist", four.)
  // (Or by sex or age, set off by commas on both sides: "two Israelis, a man and a four-year-old boy, in the town of
  // Sderot"; without the closing comma "killed two soldiers, a man and a woman" may be four.)
  // (Or bare numbers, each with where they came from: "21 laborers, 20 from Egypt and one from Ghana".)
  const parts = items.slice(1);
  const bare = (i: VictimItem) => i.written !== null && [i.written.toLowerCase(), ''].includes(headNoun(text, i).toLowerCase());
  if (parts.length > 1 && parts[0]!.comma && head.value !== null && (PEOPLE_IN_GENERAL.test(headNoun(text, head)) || head.of || parts.every((i) => isNationality(headNoun(text, i))) || parts.every(bare) || (parts.every((i) => SEX_AGE.has(headNoun(text, i).toLowerCase())) && text.startsWith(',', parts[parts.length - 1]!.end))) && parts.every((i) => i.value !== null) && parts.reduce((n, i) => n + i.value!, 0) === head.value) items.splice(1);
  // ... and only a person: "by the end of the battle, 94 soldiers ... had lost their lives" starts its list after the comma.
  if (items.length > 1 && head.definite && items[1]!.comma && !namesPeople(headNoun(text, head))) return null;
  // Nor, before ", and", a name or the group itself: "the Red Sea, and three of its crew members were wounded", "a cell
  // affiliated with the group, and a resident was injured" (but "injuring the Army Commander and 26 others").
  // (A person named with no article, "chief, Salman Badini, and two other militants", is a victim.)
  if (items.length > 1 && /^the\b/i.test(text.slice(head.start, head.end)) && text.startsWith(',', head.end) && (/^[A-Z]/.test(headNoun(text, head)) || GROUP_NOUN.test(headNoun(text, head)))) return null;
  // A definite head is one named victim only in a list ("the ambassador and three other embassy staff"), or the one
  // left of a pair counted before it ("killing one and wounding the other").
  if (items.length === 1 && head.definite && !/^the other$/i.test(text.slice(head.start, head.end))) return null;
  const vague = items.some((i) => i.value === null);
  const value = vague ? null : items.reduce((n, i) => n + i.value!, 0);
  const q = QUALIFIERS.find((x) => x.words === head.qualifier);
  return {
    start: at,
    end: items[items.length - 1]!.end,
    value,
    qualifier: vague ? 'vague' : q?.count ?? (items.some((i) => i.range) ? 'at-least' : 'exact'),
    items,
  };
}

// Words that make a phrase the object of something before it, not a subject: "killed 10 people and ...", and a verb of
// attack ("shot the mayor, and three guards died", "struck the market again, and 20 people were killed").
const OBJECT_BEFORE = new RegExp(`\\b(?:kill\\w*|murder\\w*|wound\\w*|injur\\w*|kidnap\\w*|abduct\\w*|behead\\w*|execut\\w*|left|leaving|took|taking|shot|${alternation(ATTACK_VERBS)})\\s$`, 'i');
// A toll's value starts no list that runs on into the next clause's subject: "The death toll reached 41, and some 70
// people were treated" (but "Its casualties numbered three soldiers dead" is one item, the toll's own).
const TOLL_VALUE_BEFORE = /\b(?:reached|rose to|climbed to|stood at|numbered|total+ed)\s$/i;
/** A count just told with its harm, then a comma: what follows may say who they were ("two dead, a guard and a child,"). */
const COUNT_TOLD_BEFORE = /\b(?:dead|killed)\s*,\s$/i;
// The object of a preposition is no subject: "21 people died in the blasts and more than 100 were injured".
// ("resulted in 118 deaths" is a count, not a place; nor is "the toll stood at 14 dead").
// Nor is a subset after "including" or "among them": "35 people were killed, including eight children, and 50 others were wounded";
// nor those among whom a count was made ("six victims among the soldiers, and four others are wounded").
// (But not a part of a count of casualties: CASUALTY_PART.)
// (Not "with": "killed 14 people, with 30 others wounded" tells the second harm's victims; the caller checks that the
// participle after them ends the phrase.)
// Nor the object of "of": "gunmen entered the offices of a construction contractor in Yanbu, and two engineers were killed"
// (but "the bodies of 27 soldiers killed by TG": the bodies are the victims'; "a toll of six dead", "the toll was of six
// dead": the toll is the count.)
const NUMBERING_BEFORE = /, numbering\s$/;
const PREPOSITION_BEFORE = new RegExp(`(?<!\\bresult(?:ed|ing|s)? )(?<!\\b(?:stood|stands) )\\b(?:in|during|at|on|from|after|near|inside|outside|by|(?<!\\b(?:bodies|remains|corpses|${TOLL_NOUNS.join('|')}|was|is) )of|including|among(?: them| whom)?|of whom|according to)\\s$`, 'i');
/**
 * A part of a count of casualties (which names no harm) told by the harm it names: "78 casualties, including nine
 * deaths", "40 casualties, among them 12 dead", "30 casualties, including four people killed": that harm's count.
 */
export const CASUALTY_PART = /\bcasualties,? (?:including|among(?: them| whom)?|of whom) [^,;.]*$/i;
// A short clause between the subject and its verb: "three hostages held by TG were executed", "nine aid workers held hostage by TG since 2018 were killed";
// where or when it befell them: "35 soldiers captured there were later executed", "19 policemen taken prisoner in the
// assault were beheaded", "two guards wounded in a TG attack in Kano, Nigeria, later died of their wounds", "a prison
// officer hurt when a bomb exploded under his van ... earlier this month died in hospital".
// (Its time may come first, its captors named at more length: "held hostage since 2011 by militants now associated with TG".)
const HELD_FOR = String.raw` since (?:19|20)\d\d| for (?:\w+ ){0,2}(?:days|weeks|months|years)`;
const HELD_BY = new RegExp(String.raw`^ (?:held|taken|abducted|kidnapped|captured|seized|wounded|injured|hurt)(?: hostage| captive| prisoner)?(?:(?:${HELD_FOR})?(?: by (?:the )?[A-Za-z-]+(?: [A-Za-z-]+){0,4}?)?(?:${HELD_FOR})?| there| (?:in|during|at|near|when) [^,;.]{1,80}?(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?,(?: [a-z]+(?: [a-z]+){0,2})?)?)(?:,? (?:later|subsequently|eventually))?$`);
// A relative clause between the subject and its verb: "a police reservist who had been guarding the mast was killed",
// "11 provincial deputies who had been held since 2002 were shot dead" (a year or a name in it too).
// (Or one with no relative pronoun, whose subject is the group: "nine of the 11 provincial lawmakers it had held since
// 2002 had been killed".)
// (Or with "whom" or "that", after where they were from: "11 of the 12 deputies from the Valle del Cauca department whom it
// had kidnapped in 2002 had been killed".)
// (Set off by commas too, and after the body they sat in: "11 provincial legislators from Valle del Cauca, who had been
// held by TG since 2002, were killed"; "11 deputies from the Valle del Cauca assembly were killed".)
const WHO_CLAUSE = /^(?: from (?:the )?[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|del|de|da|do|dos|al|el|la|department|province|region|district|state|assembly|council|legislature|parliament)){0,5})?(?:, who (?:[\w'’-]+ ){0,12}[\w'’-]+,| (?:who (?:[\w'’-]+ ){0,9}[\w'’-]+|(?:(?:whom|that) (?:the [a-z]+|[A-Z][\w'’-]*) |(?:(?:whom|that) )?(?:it|they) )(?:had |has |have )?(?:held|kept|taken|took|seized|abducted|kidnapped|captured|[a-z]+ed)(?: [\w'’-]+){0,9}))$/;
// Where the subject was or came from, between it and its verb: "a police officer in Makassar died", "14 farmers near
// Djibo were killed", "a farm worker from Thailand was injured"
// (people only: in "bombings in Kathmandu and three towns in the Terai killed four people" the towns are no victims);
// or aboard what they travelled in: "all 63 people on board were killed", "11 passengers aboard the vehicle".
// (A name with its particles, or after its kind: "from Valle del Cauca", "from the town of Cali".)
// (Then perhaps an apposition: "11 former deputies from Valle del Cauca, held hostage since 2002, had been killed".)
const SUBJECT_PLACE = /^ (?:(?:in|near|at|outside|from) (?:the )?(?:(?:town|city|village|province|region|district|state|department) of )?[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|del|de|da|do|dos|al|el|la)){0,3}(?: (?:assembly|council|legislature|parliament|department|province|region|district|state))?|(?:on board|aboard|inside)(?: (?:it|the [a-z]+))?)(?=,|$)/;
const placedSubject = (rest: string) => {
  const place = SUBJECT_PLACE.exec(rest);
  const after = place ? rest.slice(place[0].length) : null;
  return after !== null && (after === '' || APPOSITIVE.test(after));
};
// What the people were doing, between them and their verb: the victim words take its participle and object ("49
// recruits returning home"), and the rest is its place or time ("on leave", "in line at a bank").
const DOING_IN_ITEM = /\b[a-z]{3,}ing(?: [a-z][\w'’-]*){0,3}$/;
const DOING_GOES_ON = /^ (?:on|in|at|to|from|near|outside|inside|for|with|into|toward|towards|after|before) [\w'’-]+(?: [\w'’-]+){0,5}$/;
// (Or the whole clause is left when the victim words end before it: "49 unarmed Iraqi National Guard recruits" + "returning
// home on leave".)
// (Its last word may be a place with its region or country set off: "investigating a suspected camp near Poso, Central
// Sulawesi,".)
const DOING_REST = /^ (?!(?:including|during|following|according|regarding|concerning)\b)[a-z]{3,}ing(?: [\w'’-]+){0,8}(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2},)?$/;
const doingGoesOn = (text: string, v: Victims, rest: string) =>
  (DOING_GOES_ON.test(rest) && DOING_IN_ITEM.test(text.slice(v.items[v.items.length - 1]!.start, v.end))) || (DOING_REST.test(rest) && !THING_HEAD.test(headNoun(text, v.items[v.items.length - 1]!)));
// An aside between the subject and its verb: "at least 35 people, most of them Christians, were killed"; a subset
// may run longer ("16 Afghans, including at least five police officers and several children, were killed").
// (Or a subset by its count: "two hostages, one of them U.S. missionary Martin Burnham, were killed".)
// (Or the people it counts, named: "Two of the hostages, US missionary Mark Burton and Filipina nurse Ana Reyes, were killed";
// and who most of them were may be a list: "nine people, most of them security guards, police and passers-by, were killed".)
const NAME_WITH_DESCRIPTION = `(?:[A-Za-z'-]+ ){0,3}[A-Z][\\w'’-]+(?: [A-Z][\\w'’-]+){0,3}`;
const APPOSITIVE = new RegExp(`^, (?:[^,;]{1,40}|${NAME_WITH_DESCRIPTION} and ${NAME_WITH_DESCRIPTION}|(?:including|among them|mostly|(?:most|many|some|all|both|each|several|${Object.keys(UNIT_WORDS).join('|')}|\\d+) of (?:them|whom)) [^;]{1,100}),$`);
/** An aside between dashes before the verb, whatever stands before it: "All 224 people on board - passengers and crew - were killed". */
const DASH_ASIDE_BEFORE_VERB = / - [^;-]{1,80} - ?$/;

// The words a victim phrase can start with, from the same lists the grammar uses: other word starts are not tried.
const HEAD_WORDS = new Set(['a', 'an', 'another', 'the', 'all', 'his', 'her', 'its', 'their', 'between', 'both', ...QUALIFIERS.map((q) => q.words), ...VAGUE_QUANTITIES, ...Object.keys(UNIT_WORDS)].map((w) => w.split(' ')[0]!.toLowerCase()));
const FIRST_WORD = /[A-Za-z]+|\d/y;
const canStart = (text: string, at: number) => {
  FIRST_WORD.lastIndex = at;
  const w = FIRST_WORD.exec(text)?.[0];
  // (A number that is part of a name counts no one: "TWA Flight 847", "Resolution 1267", "Highway 1".)
  if (w !== undefined && /^\d/.test(w) && NUMBERED_NAME_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return false;
  return w !== undefined && (/\d/.test(w) || HEAD_WORDS.has(w.toLowerCase()));
};
const NUMBERED_NAME_BEFORE = /\b(?:Flight|Flights|Route|Highway|Road|Resolution|No\.|Number|Article|Chapter|Section|Camp|Gate|Terminal|Platform|Bus|Train|Line|Block|Sector|Battalion|Brigade|Unit|Division|Regiment|Company|Zone|Kilometer|Km|KM|Mile) $/;
// Where a victim phrase may start, found in one pass: a digit, a capital (a named head, or a head word opening the
// sentence), or a head word.
// (Not inside a word: "\w" knows no accented letter, and "Chréa area" is no "a area".)
const CANDIDATE = new RegExp(`(?<![\\w\\u00C0-\\u024F'’.-])(?:\\d|[A-Z]|(?:${[...HEAD_WORDS].join('|')})\\b)`, 'g');

/** The victim phrase that ends where `target` starts (a space before it), searching a few words back. */
export function victimsEndingAt(text: string, target: number): Victims | null {
  const from = Math.max(0, target - 130);
  const before = text.slice(0, target);
  const window = text.slice(from, target);
  const starts: number[] = [];
  for (const m of matchesOf(CANDIDATE, window)) starts.push(from + m.index);
  for (const at of starts) {
    // (Nor a day after its month: "lasted until May 14, and 14 guests were killed" starts its victims at the second 14.)
    // (Nor a count no one of whom was harmed: "none of the 289 people on board was killed".)
    if (NONE_OF_BEFORE.test(text.slice(Math.max(0, at - 16), at)) || DAY_OF_MONTH_BEFORE.test(text.slice(Math.max(0, at - 12), at)) || OBJECT_BEFORE.test(text.slice(Math.max(0, at - 12), at)) || (PREPOSITION_BEFORE.test(text.slice(Math.max(0, at - 20), at)) && !CASUALTY_PART.test(text.slice(Math.max(0, at - 32), at))) || /\bno\s$/i.test(text.slice(Math.max(0, at - 4), at))) continue;
    // A name after "the" is a place's or a thing's ("the Gulf of Aden, and two of its crew members"), not a person's.
    if (/[A-Z]/.test(text[at]!) && /\bthe\s$/i.test(text.slice(Math.max(0, at - 4), at))) continue;
    // Parsed on the text before the verb, so a noun word cannot run into it ("21 soldiers lost their lives").
    let v = parseVictims(before, at, { subject: true });
    if (!v || (v.items.length > 1 && TOLL_VALUE_BEFORE.test(text.slice(Math.max(0, at - 12), at)))) continue;
    // "one dead, a corporal, and five wounded", "two dead, a guard and a child, and nine wounded": who the count just
    // told were is no part of the next count, which starts after ", and".
    // (Without ", and" the count's verb is left out: "two policemen were killed, a third injured".)
    const after = COUNT_TOLD_BEFORE.test(text.slice(Math.max(0, at - 12), at)) ? v.items.findLast((item, k) => k > 0 && text.slice(v!.items[k - 1]!.end, item.start) === ', and ') : undefined;
    if (after) v = parseVictims(before, after.start, { subject: true });
    if (!v) continue;
    const rest = before.slice(v.end).replace(DASH_ASIDE_BEFORE_VERB, ' ');
    // "The victims, numbering nine, all died": a count set off after its noun stands for the subject.
    if (NUMBERING_BEFORE.test(text.slice(Math.max(0, at - 12), at)) && /^,(?: (?:all|both|each))? ?$/.test(rest)) return v;
    if (rest === ' ' || rest === '' || HELD_BY.test(rest.trimEnd()) || APPOSITIVE.test(rest.trimEnd()) || WHO_CLAUSE.test(rest.trimEnd()) || (placedSubject(rest.trimEnd()) && namesPeople(headNoun(text, v.items[0]!))) || doingGoesOn(text, v, rest.trimEnd())) return v;
  }
  return null;
}

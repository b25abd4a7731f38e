/**
 * Leader relations as short rows over a sentence's shape (mentions.ts):
 * ⟦Pn⟧ a person, ⟦Rn⟧ a role with its owner, ⟦G⟧ this group. Each row
 * says what its match claims: that a person leads (now, in the past, by a
 * choice made or only announced) or what happened to a person (killed,
 * captured, no longer leading). Which role counts, whose group it is, and
 * how claims combine is for the refiners in index.ts.
 */
import { MONTH_WORD } from '../../text/dates.js';
import { DASH_ASIDE, eitherCase, phraseAlternation } from '../../text/phrases.js';
import { ALIAS_MARKERS, IRREGULAR_PASTS, SPELLING_MARKERS } from '../lexicon.js';
import { REPORTED_WORDS, ANSWERING_VERBS, KEPT_POST, KEPT_VERBS, KEPT_VERBS_PRESENT, KIN_NOUNS, STATE_OFFICES, LEADING_PARTICIPLES, NAME_KINDS, RALLYING_VERBS, CHOOSING_VERBS, CHOSEN_VERBS, COPULA_ADVERBS, GROUP_NOUNS, OTHER_GROUP_ADJECTIVES, HANDING_VERBS, INTRANSITIVE_STATUS, LEAD_VERBS, LEADING_FRONTED, LEADERSHIP_NOUNS, LEADING_BODIES, PLACE_FILLED, PLACE_NOUNS, RELEASE_CUES, RETURNED, ROLE_COPULAS, SENTENCE_OPENERS, LEAD_CUE_WORDS, STATUS_NOUNS, STATUS_WORD_LIST, STEERING_NOUNS, STATUS_CUES, SUCCESSION_VERBS, TAKE_OVER_VERBS, UNIT_NOUNS, TAKING_OVER_NOUNS, HELD_VERBS, LEAVING_VERBS, OFFICE_NOUNS, TOP_OFFICE_WORDS, statusOfCue, type Status } from './lexicon.js';

/** `apposition`: a role beside a name with no verb of its own ("TG's leader, X, ..."): current as of the sentence's date. */
export type How = 'current' | 'former' | 'appointed' | 'announced' | 'apposition';

export type Claim =
  /**
   * `describes`: the role only describes the person ("led by militant X"); the verb says who leads.
   * `untensed`: the words say who leads but not when ("under the leadership of X", "Led by X, TG ..."): no present.
   */
  /**
   * `implied`: the person directs the group's work ("directs the group's operations", "commands its fighters"), which
   * implies leading it but does not say so: it yields to a leader the profile names outright (index.ts).
   */
  /**
   * `antecedents`: "they continue to lead it": the leaders named together before it. `listed`: one of a list after a
   * role ("its two co-leaders, X, who ..., and Y"), a leader only when the role is plural. `title`: a role written as a
   * title right before the name ("Commander X"), which with no owner makes no claim of its own (index.ts). `inner`: such a
   * title after another role in apposition ("the PMF's deputy chairman, KH leader X"), read only with this group as owner.
   */
  /** `keeps`: the person stays in a post the profile gave before ("he remained in that position"), said only of a leader. */
  /** `part`: one faction of the group is led ("The smaller faction ... is led by X"): a leader of the group only where the profile says the group is its factions (index.ts). */
  | { kind: 'leads'; who: number | 'antecedent' | 'antecedents'; role: number | null; how: How; at: number; describes?: true; untensed?: true; implied?: true; listed?: true; title?: true; inner?: true; keeps?: true; part?: true }
  /** `aside`: told in a relative clause (", who was detained in 2008"), a past beside what the sentence says of now. */
  /** `antecedents`: "Both were killed", "They were arrested": the leaders the last sentence about several named. */
  | { kind: 'status'; who: number | 'antecedent' | 'antecedents'; status: Status; at: number; aside?: true }
  /** "X succeeded him": X leads; the one before no longer does. */
  /** `named`: a choice of successor ("was named to succeed him") says the post is the leadership even with no role word. */
  /** `vacated`: the one succeeded must have left already ("X took his place" after a death, a capture, a resignation). */
  | { kind: 'succeeds'; who: number; old: number | 'antecedent'; role: number | null; at: number; named?: true; vacated?: true };

interface RelationRow {
  id: string;
  example: string;
  pattern: RegExp;
  /** Words the pattern cannot match without, tested first: a sentence without them skips the row (its pattern opens with an alternation V8 cannot scan for). */
  needs?: RegExp;
  claims: (m: RegExpExecArray) => Claim[];
}

const alt = (words: string) => words.split('|').sort((a, b) => b.length - a.length).join('|');
const KEPT_NOW = new RegExp(`^(?:${KEPT_VERBS_PRESENT})$`);
/** Words in either case of their first letter: "[Ll]eadership|[Cc]ommand". */
const anyCase = (words: string) => alt(words).replace(/\b[a-z]+/g, eitherCase);
const P = (name: string) => `⟦P(?<${name}>\\d+)⟧`;
/** The last of several people may be named by kin: "⟦P0⟧ and his wife, TG ⟦R1⟧ ⟦P1⟧", "and his wife ⟦P1⟧". */
const KIN = `(?:(?:his|her) (?:[a-z]+ )?[a-z]+,? (?:[^⟦,;.]{0,20}⟦R\\d+⟧ )?)?`;
/** A word of leading, in any case: "Authority over the group is divided", "share command of TG", "is led by". */
const LEADING_WORD = `(?:${anyCase(LEADERSHIP_NOUNS)}|${alt(LEAD_CUE_WORDS)})`;
// (Or claimed to lead: "two men have claimed to lead TG: X and Y".)
const CONTESTED = /\b(?:(?:claimed|claim|contested|contest|disputed|dispute|vied for|vie for|competed for|compete for|sought|seek) (?:the |its )?(?:leadership|command|control)|(?:claimed|claim|claims|claiming) to (?:lead|head|command|direct|run))\b/;
const LEADING_WORD_IN = new RegExp(`\\b${LEADING_WORD}\\b`);
/** Several people: "⟦P0⟧ and ⟦P1⟧", "⟦P0⟧, ⟦P1⟧, and ⟦P2⟧". */
// (", and" only after a list of two or more: "arrested TG leader ⟦P0⟧, and ⟦P1⟧ has led the group since" is two
// clauses. "and then" tells them in turn: "⟦P0⟧ and then ⟦P1⟧ were killed".)
const AND = ' and(?: then| later)? ';
/** One person, or a list of them whose last one is `last`. */
const peopleEndingIn = (last: string) => `⟦P\\d+⟧(?:(?:, ⟦P\\d+⟧)+,?${AND}${last}|${AND}${last})?`;
const PEOPLE = peopleEndingIn('⟦P\\d+⟧');
const PS = (name: string) => `(?<${name}>${PEOPLE})`;
/** A plural pronoun for leaders named together before ("They", "Both men", "The two leaders"), capitalized or in either case. */
const PLURAL_SUBJECT = (capitalized: boolean) => {
  const first = (w: string) => (capitalized ? w[0]!.toUpperCase() + w.slice(1) : eitherCase(w));
  return `(?:${first('they')}|${first('both')}(?: men| women| of them)?|${first('the')} two(?: men| women| leaders)?)`;
};
/** The same, where what happened to them or what they do is told of all ("⟦P0⟧ and his brother, ⟦P1⟧, were arrested"),
 * unlike a role ("TG's emir, ⟦P0⟧, and his brother, ⟦P1⟧" names one emir). */
const PS_KIN = (name: string) => `(?<${name}>${peopleEndingIn(`${KIN}⟦P\\d+⟧`)})`;
const R = (name: string) => `⟦R(?<${name}>\\d+)⟧`;
/** Another name for the person right after it: "(aka Abu Bilal)", ", also known as ⟦P1⟧,". */
// A nickname may be quoted, with the closing comma inside the quotes: 'also known as "the Doctor,"'.
const NICKNAME = `"(?:[^"⟦]|⟦[PR]\\d+⟧){1,40}"`;
// A short description may come first: ", an Algerian also known as ⟦P1⟧,".
// The alias is a name the person finder read, or capitalized words it did not ("alias Serhat"), perhaps after a title
// ("alias Commander Chakar").
const ALIAS_NAME = `(?:⟦R\\d+⟧ )?(?:[A-Z][\\w'-]*(?: [A-Z][\\w'-]*)*(?: ?⟦P\\d+⟧)?|⟦P\\d+⟧)`;
// (A spelling in parentheses too: "X (also spelled al-Julani)".)
const AKA = `(?:,? \\((?:${ALIAS_MARKERS}|${SPELLING_MARKERS})[^)]*\\)|,? (?:an? [a-z]*[A-Za-z]+ )?${ALIAS_MARKERS}(?: ${NICKNAME}| ${ALIAS_NAME})(?:(?:,? (?:aka|or)| and) (?:${NICKNAME}|${ALIAS_NAME}))*)?`;
/** An apposition between commas: ", the son of the group's founder,". */
// Not ", whose son, X,": a relative clause about someone else is no apposition of the subject.
// (Its closing comma may stand inside a quoted name: ', who calls himself "Amir al-Mu\'minin,"'.)
// (So may the opening one, after a quoted alias: 'X, alias "Tirofijo," who founded the group, still commands it'.)
// (Or an aside between dashes: "X - a former army officer who fought in the 1990s war - leads the group".)
// (A full date's comma is inside it: ", the architect of the October 7, 2023 attack,".)
const APPOS = `(?:(?:, |(?<=,") )(?!whose\\b)(?:[^,;⟦]|⟦[RGP]\\d*⟧|(?<=\\d),(?= (?:19|20)\\d\\d\\b))*?,"?|${DASH_ASIDE}(?= ))?`;
// ("it" as a word: not the end of "unit".)
// (Or the first of two it leads: "leads both ⟦G⟧ and its charity front".)
const GROUP = `(?:(?:both )?(?:the )?⟦G⟧|\\b[Ii]t\\b)`;
/** A person whose role it is: "as ⟦P1⟧'s ⟦R0⟧" ("as al-Khorasani's successor"). */
const POSSESSOR = `⟦P\\d+⟧['’]s?`;
/** Several people, each perhaps described first: "Chechen commander A and Dagestani cleric B", "an Uzbek fighter, B". */
const DESCRIBED = (p: string) => `(?:(?:⟦R\\d+⟧ |${DESCRIPTOR}|${POSSESSED_APPOSITION}))?${p}`;
/**
 * What the group does or is made of, standing for the group: "continues to direct the group's operations", "directs its
 * fighters", "runs its remaining cells", "heads the group's central committee". Cells and units only in the plural:
 * "heads its Freetown cell" leads one part.
 */
// (A leading body may be written as a name: "its Central Command".)
const WORK_NOUNS = `operations|activities|affairs|forces|fighters|militants|cells|units|cadres|${anyCase(LEADING_BODIES)}`;
/** What is left of the group, which is the group: "the remnants of TG", "what is left of it". */
const REMNANTS_OF = `(?:[Tt]he (?:remnants|rest|survivors|rump) of |what (?:is left|remains) of )`;
/** The group, or its work ("TG's operations", "its operations": "its" only before a work noun, never "its armed wing"). */
// (Its people or units in one place are one part of it: "directs the group's cells on Basilan".)
const GROUP_OBJECT = `(?:${REMNANTS_OF}?${GROUP}|\\b[Ii]t(?=s (?:[\\w-]+ )?(?:${WORK_NOUNS})\\b))(?<work>(?:['’]s?|(?<=\\b[Ii]t)s) (?:[\\w-]+ )?(?:${WORK_NOUNS}))?(?!(?<=\\b(?:cells|units|fighters|forces|militants|cadres)) (?:in|on|around|near) (?:the )?(?:[a-z]+ )?(?:[A-Z]|⟦))`;
/** Whether the object was the group's work (GROUP_OBJECT), not the group: a claim that yields to one said outright. */
const implied = (m: RegExpExecArray) => (m.groups!.work ? { implied: true as const } : {});
/** The group is the whole object ("leads TG, which ..."), not a word of a longer one ("directs TG activity"). */
// (Or goes on with the subject's founding of it: "continues to lead the group he founded".)
const CLAUSE_GOES_ON = `(?=[,.;:)]|$| (?:(?:that|which) )?(?:he|she|they) (?:had |has |have )?(?:co-)?(?:founded|created|established|formed|started|built)\\b| (?:since|ever|from|until|in|inside|outside|across|throughout|for|after|before|during|with|without|alongside|beside|and|as|while|when|which|who|through|between|at|to|on|under|today|now|alone|together|unchallenged|unopposed|day-to-day|[a-z]+ly)\\b)`;
const STATUS_WORDS = alt([STATUS_WORD_LIST, RELEASE_CUES].join('|'));
// The adverbs a copula may hold (COPULA_ADVERBS) may also stand before it: "X nonetheless remains TG's leader".
// (Or the emphatic reflexive: "Adil was himself killed in April 2012".)
const ADVERB = `(?: (?:${COPULA_ADVERBS}|allegedly|eventually|finally|ultimately|reported|himself|herself|(?:reported|believed|said|thought) to have been))?`;
/** What may stand between a subject and its verb: "had", "is believed to have", "reportedly". */
// ("It is X who succeeded to him": a cleft's relative pronoun stands where an auxiliary may.)
const AUXILIARIES = `(?: (?:who|had|has|have|reportedly|later|subsequently|then|(?:is|was|are|were) (?:believed|reported|said|thought) to have))*`;
/** Roles before a name: "TG's emir", "TG founder and leader". */
const ROLES_BEFORE = `(?:⟦R\\d+⟧(?: and ⟦R\\d+⟧)?,? )`;
/** Words that describe a person before the name ("former army officer", "Jordanian militant"), none of them a function word. */
// (No participle either: ", replacing X" is a clause, not a description of X.)
// (Nor a preposition: "remains its amir, with former schoolteacher X as his deputy" sets X beside the amir.)
const DESCRIPTOR = `(?:(?![a-z]+ing\\b)(?!(?:and|or|but|while|whereas|although|when|after|before|since|because|as|if|where|of|the|its|their|his|her|a|an|who|which|whose|that|members?|several|two|three|with|without|alongside|beside|besides|by|for|from|to|under|against|including|plus|except)\\b)[A-Za-z][\\w'-]* ){1,3}`;

// A name of something else: a capitalized word that opens no sentence and names no month ("Jund al-Haqq", "the Tigray Brigades").
const OTHER_NAME = new RegExp(`(?<![\\w'’-])(?!(?:${SENTENCE_OPENERS.join('|')}|${MONTH_WORD})\\b)[A-Z][a-z'’-]+`);

/** One part of this group as the subject right before a predicate: "its armed wing is ", "The group's military wing operates ". */
const UNIT_BEFORE = new RegExp(`(?<!\\w)(?:its|their|[Tt]he group's|⟦G⟧['’]s) (?:[a-z-]+ )?(?:${UNIT_NOUNS})s? (?:is|are|was|were|remains?|operates?|(?:has|have) been)(?: [a-z]+ly)? $`);
// (No word boundary before the group's tag, which opens with no word character.)
const PART_OF_GROUP = new RegExp(`(?:\\b(?:its|their|the group's)|⟦G⟧['’]s) (?:[a-z-]+ )?(?:${UNIT_NOUNS})$`);
/** A part of a group as a clause's subject: an article or possessive, up to three words (this group's name among them), then a unit noun. */
const PART_NOUNS = `${UNIT_NOUNS}|faction`;
/** What is left of the group, which is the group: "its remaining fighters", "the only surviving faction". */
const REMAINING = '(?:remaining|surviving)';
const THE_ONE_REMAINING = `(?:(?:only|sole|last) )?${REMAINING}`;
// (Not the one part left, which is the group: "SL's remaining active faction operates in the VRAEM ... and is led by X".)
const PART_SUBJECT = new RegExp(`^\\s*(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?|⟦G⟧['’]s)(?! ${THE_ONE_REMAINING}\\b)(?: (?:⟦G⟧['’]?s?|[\\w'’-]+)){0,3}? (?:${PART_NOUNS})s?\\b`);
/** An aside after a subject that says where it is or what it does: "in the north", "which operates in the VRAE". */
const PLACE_OR_RELATIVE_ASIDE = /^\s*(?:in|of|near|based|operating|which|that|who)\b/;
/** A part "of" this group, ending its phrase: "a faction of TG", "One wing of the group". */
const PART_OF_NAMED = new RegExp(`\\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Ii]ts|[Tt]heir) (?:[\\w'’-]+ ){0,2}(?:${PART_NOUNS})s? of ⟦G⟧$`);
const PART_LED_BY_BEFORE = new RegExp(`\\b(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:[^,;⟦]+ )?(?:${GROUP_NOUNS}|wing|branch|cell|unit|splinter)s? (?:${LEADING_PARTICIPLES}) by (?:the )?$`);
const INDEFINITE_GROUP = new RegExp(`^(?:An?|an?) (?:[^,;⟦]+ )?(?:${GROUP_NOUNS}|wing|branch|cell|unit|splinter)\\b`);
/** A group pointed away from this one at the end of a phrase: "The rival outfit", "clashed with the other faction". */
const OTHER_GROUP_AT_END = new RegExp(`\\b(?:[Tt]he|[Aa]n?) (?:${OTHER_GROUP_ADJECTIVES}) (?:[\\w-]+ ){0,2}(?:${GROUP_NOUNS})$`);

/**
 * Whether the clause before a phrase is told of another body or one part of this one, its subject opening it after a
 * fronted time: "By 2003, a breakaway faction, Jamaat al-Nur, had split off under the command of X", "A cell of TG,
 * under the orders of X, ...". Not when this group stands beside it: "An offshoot of AQ, TG operates under ...".
 */
function clauseOfOtherBody(before: string): boolean {
  const clause = before.slice(before.lastIndexOf(';') + 1).trimStart().replace(FRONTED_TIME, '');
  return (INDEFINITE_GROUP.test(clause) && !/, ⟦G⟧/.test(clause)) || PART_SUBJECT.test(clause);
}
/** A place phrase opening a sentence: "In the Upper Huallaga Valley", "Across the Sulu Archipelago". */
const FRONTED_PLACE = /^(?:In|At|Across|Along|Throughout|Within|Inside|Outside|Near|Around|On)\b/;
const FRONTED_TIME = /^(?:In|By|During|After|Before|Since|Until|Later|Then|Eventually|Subsequently)\b[^,;⟦]{0,40}, /;

/** An aside between dashes right before "led by": "TG - a Sunni extremist organization - is led by" (TG is what is led). */
const ASIDE_BEFORE = new RegExp(`${DASH_ASIDE} $`);
/**
 * Where the subject is, set off before its verb: "The remaining active faction, based in the VRAEM, is led by"; the place
 * may be a list of names ("concentrated in the Apurimac, Ene, and Mantaro River Valley (VRAEM), are led by").
 */
const PLACE_ASIDE_BEFORE = /, (?:based|active|operating|headquartered|concentrated) (?:in|out of|along|near|around) (?:[^,;⟦]|,(?= (?:and )?[A-Z])){1,80}, $/;

/** The words after this group's last mention in a phrase (all of it when there is none). */
function afterOwnName(phrase: string): string {
  const at = phrase.lastIndexOf('⟦G⟧');
  return at < 0 ? phrase : phrase.slice(at + '⟦G⟧'.length);
}

/** This group's leading body, perhaps counted and with its acronym: "TG's five-member Central Command (COCE)". */
const OWN_BODY = `(?:⟦G⟧['’]s|\\b[Ii]ts) (?:[\\w-]*(?:⟦R\\d+⟧)? ){0,2}(?:${anyCase(LEADING_BODIES)})(?: \\((?:[^()⟦]|⟦G⟧){1,16}\\))?`;
/** What is left of the group, which is the group: "TG's remaining forces", "its surviving cadres". */
const OWN_REMNANT = `(?:⟦G⟧['’]s|\\b[Ii]ts) ${REMAINING} (?:[a-z]+ )?(?:forces|fighters|cadres|members|militants|cells|units)`;
const OWN_LEADING_BODY = new RegExp(`${OWN_BODY}\\s*$`);
const OWN_SUB_BODY = new RegExp(`(?:⟦G⟧['’]s|\\b[Ii]ts) (?:[\\w-]+ ){1,2}(?:committee|commission|council|department|office|bureau|apparatus|section)\\s*$`);

/**
 * Whether what a "led by" stands after is something other than this group: in "Its affiliate, Jund al-Haqq, led by X"
 * the phrase before the comma, in "Harakat al-Nasr, a splinter faction ..., is led by X" the subject before its
 * apposition. This group (⟦G⟧), "it", a date or a description are not.
 */
function ledIsOther(before: string, tensed: boolean): boolean {
  // A semicolon ends a clause: nothing before it is this clause's subject or stands in apposition to it ("Its founder
  // now lives in Afrin; the group is led by X" names no other group).
  before = before.slice(before.lastIndexOf(';') + 1).replace(ASIDE_BEFORE, ' ').replace(PLACE_ASIDE_BEFORE, ' ');
  // "The 2015 talks with TG were chaired by X": the group is the object of a preposition; what is led is the thing before it.
  // (Or compared with it: "ISIS-Mozambique, designated the same day as ISIS-DRC, is led by X"; not a name it is known by:
  // "the Front, now known as TG, is led by X".)
  if (/\b(?:with|against|on|from|for|into|about|between|towards?|to|at|than|like|unlike|(?<!\b(?:known|referred to|renamed|rebranded|designated|listed|operating|also|and|or|such))\s+as)\s+(?:the\s+)?⟦G⟧[,\s]*$/.test(before)) return true;
  // "TG's fighters operate in the Apurimac, Ene, and Mantaro valleys and are led by X": a second predicate of the
  // sentence's subject, whatever the first one named.
  const secondPredicate = tensed && /\band\s*$/.test(before);
  if (secondPredicate) before = before.split(/[;,] /)[0]!;
  // ... unless that subject is one part of this group or a faction of it: "Its southern wing operates in the valleys and
  // is commanded by X", "The only TG faction still active, ..., operates ... and is commanded by X".
  if (secondPredicate && PART_SUBJECT.test(before)) return true;
  const phrases = before.replace(/[,\s]+$/, '').split(/[;,] /);
  // "The first faction, in the north, is led by X": a part of this group with its place set off (faction-led-by reads it).
  if (phrases.length > 1 && PART_SUBJECT.test(phrases[0]!) && phrases.slice(1).every((p) => PLACE_OR_RELATIVE_ASIDE.test(p))) return true;
  // A name the person finder took for someone's ("Harakat al-Nasr") is still a name: only a group or a person is led.
  const names = (phrase: string) => !phrase.includes('⟦G⟧') && (/⟦P\d+⟧/.test(phrase) || OTHER_NAME.test(phrase.replace(/⟦[^⟧]*⟧/g, '')));
  const phrase = phrases.pop() ?? '';
  // "its armed wing, the People's Army, is commanded by X": one part of this group, named by one of its names; and the
  // other way round, "The Majeed Brigade, TG's suicide squad, is commanded by X".
  if (phrase.includes('⟦G⟧') && PART_OF_GROUP.test(phrases[phrases.length - 1] ?? '')) return true;
  if (phrases.length > 0 && PART_OF_GROUP.test(phrase)) return true;
  // "A rival faction, led by X", "A splinter cell of TG, commanded by X": a group the sentence opens with "a" is another
  // one, or one part of this one.
  if (phrases.length === 0 && INDEFINITE_GROUP.test(phrase)) return true;
  if (OTHER_GROUP_AT_END.test(phrase)) return true;
  // "TG fighters have clashed with both the Taliban, led by X": the name nearest before is another group's.
  // "alongside Ansar al-Dine, the group led by X": "the group" set off after another name is that name's apposition.
  const last = phrases[phrases.length - 1];
  // (Not an attribution: "According to X, the group is directed by Y".)
  // (Nor a place the sentence opens with, before a tensed clause: "In the Upper Huallaga Valley, the group is headed by X".)
  // (Nor a lone word opening it, a sentence adverb: "Overall, the movement is led by X".)
  if (phrase === '⟦G⟧' && last !== undefined && !/^(?:[Aa]ccording to|[Aa]s)\b/.test(last) && !(tensed && phrases.length === 1 && (FRONTED_PLACE.test(last) || /^[A-Z][a-z]+$/.test(last))) && /(?:⟦P\d+⟧|[A-Z][\w'’-]*)$/.test(last) && names(afterOwnName(last))) return true;
  // (This group's leading body is no other name: "TG's five-member Central Command (COCE) is headed by X", "TG is governed
  // by a Central Command (COCE) headed by X".)
  if (OWN_LEADING_BODY.test(phrase) || GOVERNED_BY_BODY.test(phrase)) return false;
  // ... but another of its bodies is one part of it: "TG's finance committee, headed by X, raises money"; so is a
  // faction or unit the clause opens with ("The remaining active faction, based in the VRAEM, is led by X").
  if (OWN_SUB_BODY.test(phrase) || (phrases.length === 0 && PART_SUBJECT.test(phrase)) || PART_OF_NAMED.test(phrase)) return true;
  if (phrase.includes('⟦G⟧')) return !secondPredicate && names(afterOwnName(phrase));
  // A description ("a splinter faction that emerged in 2015") stands beside the phrase before it, or the words of that
  // phrase after this group's name ("TG was formed by militants who fought alongside Ansar al-Dine, the group led by X").
  if (/^(?:an?|the|which|who|that)\b/.test(phrase) && !names(phrase)) {
    // (A relative clause on this group's leading body: "TG is governed by its Central Command (COCE), which is headed by X".)
    if (last !== undefined && /^(?:which|that)\b/.test(phrase) && (OWN_LEADING_BODY.test(last) || GOVERNED_BY_BODY.test(last))) return false;
    return last !== undefined && names(afterOwnName(last));
  }
  return names(phrase);
}

/** Whether the words before a person end in "led by" said of another group ("Ansar Khalifa, TG's rival, is led by "). */
function ledByOther(before: string): boolean {
  const led = LED_BY_BEFORE.exec(before);
  return led !== null && ledIsOther(before.slice(0, led.index), led.groups!.aux !== undefined);
}
const LED_BY_BEFORE = new RegExp(`(?<aux>\\b(?:is|are|was|were|has been|had been) )?(?:${anyCase(LEADING_PARTICIPLES)}) by (?:⟦R\\d+⟧,? )?$`);

// An alias named beside a person ("⟦P0⟧, also known as ⟦P1⟧,") is that person, not another one.
const ALIAS_OF_BEFORE = new RegExp(`(?:\\(|\\b)${ALIAS_MARKERS}(?: [A-Z][\\w'-]*| ⟦R\\d+⟧)* ?⟦P\\d+⟧(?:(?:,? (?:aka|or)| and)(?: [A-Z][\\w'-]*)* ⟦P\\d+⟧)*`, 'g');
/** A leading body named with its members: "by a three-member committee that includes", "by a shura council made up of". */
// ("three-member" may hold a role word's tag: "three-⟦R0⟧".)
// (It may open the sentence and be capitalized: "A three-member council consisting of", "a two-man Central Command made up of".)
const LEADING_BODY_NOUNS = anyCase('committee|council|shura|leadership|secretariat|directorate|presidium|triumvirate|body|command');
/** The body the group is governed by, named after it: "TG is governed by a seven-member secretariat" (headed by X). */
/** A body's acronym after its name: "a Central Command (COCE)". */
const BODY_ACRONYM = `(?: \\([^()⟦]{1,16}\\))?`;
// (Its acronym may follow it: "governed by a Central Command (COCE) headed by X".)
const GOVERNING_BODY = `⟦G⟧,? (?:is|are|was|were) (?:governed|led|run|directed|ruled|controlled) by (?:an?|the|its) (?:[\\w-]*(?:⟦R\\d+⟧)? ){0,2}(?:${LEADING_BODY_NOUNS})${BODY_ACRONYM}`;
const GOVERNED_BY_BODY = new RegExp(`${GOVERNING_BODY}\\s*$`);
// (What the body is made of or where it sits may stand between: "a council of senior commanders based in the Qandil
// Mountains, including", "a five-member shura whose members include".)
const BODY_THAT_INCLUDES = `(?:[Aa]n? |[Tt]he |[Ii]ts )(?:[\\w-]*(?:⟦R\\d+⟧)? ){0,2}(?:${LEADING_BODY_NOUNS})(?: (?:of|based|drawn|from|in)\\b(?:[^⟦;.,]|⟦R\\d+⟧){0,80}?)?(?: (?:that|which))?,? (?:includes|included|including|comprises|comprised|comprising|consists of|consisting of|composed of|(?:is |was )?made up of|whose members (?:include|included|are|were)) `;
/** ... or with the one who heads it: "led by a five-man Central Command headed by", "by a shura council chaired by". */
// (Its acronym may follow it: "by a Central Command (COCE) headed by".)
const BODY_HEADED_BY = `(?:[Aa]n? |[Tt]he |[Ii]ts )(?:[\\w-]*(?:⟦R\\d+⟧)? ){0,2}(?:${LEADING_BODY_NOUNS})${BODY_ACRONYM},? (?:(?:that|which) is )?(?:headed|led|chaired|presided over) by `;
/** A subject, not the object of a preposition: in "led 200 fighters out of ⟦P1⟧ ... and has commanded TG" ⟦P1⟧ leads nothing. */
const PREPOSITIONS = 'of|from|by|with|to|against|for|at|on|in|into|under|than|about|between';
// (Nor a name in apposition to a role after one, "The wife of ⟦R0⟧, ⟦P0⟧, was arrested" telling of the wife; but a
// name after a fronted phrase's comma is its clause's subject: "Since the arrest of ⟦R0⟧, ⟦P0⟧ is leading the group".)
const SUBJECT = `(?<!\\b(?:${PREPOSITIONS}) )(?:(?<!\\b(?:${PREPOSITIONS}) ⟦R\\d+⟧, )|(?!⟦P\\d+⟧,))`;
const AFTER_PREPOSITION = new RegExp(`\\b(?:${PREPOSITIONS}) (?<role>⟦R\\d+⟧, )?$`);
/** A name that is a preposition's object, or in apposition to one ("of ⟦R0⟧, ⟦P0⟧,"), where the match starts. */
const afterPreposition = (m: RegExpExecArray) => {
  const before = AFTER_PREPOSITION.exec(m.input.slice(0, m.index));
  return before !== null && (!before.groups!.role || /^⟦P\d+⟧,/.test(m[0]));
};
/** A capture or death that is sought, not told: "a reward for information leading to X's capture", "for the arrest of X". */
const NOT_SOUGHT = `(?<!\\b(?:for|leading to|lead to|led to|seeking|sought)(?: information leading to)? (?:the )?)`;
/** A person described before being named: "by a Mauritanian cleric who goes by the kunya ⟦P0⟧", "by a ⟦R0⟧ known only by his nom de guerre, ⟦P0⟧". */
/** The kinds of name a person goes by: "the kunya X", "his nom de guerre, X". */
const NAME_KIND = `(?:${NAME_KINDS})`;
// (Known to some, or signing so: "a man known to his followers only as X", "a fugitive who lives in Iran and is known
// within TG as X", "a bomb-maker who signs his communiques as X".)
const DESCRIBED_THEN_NAMED = `an? (?:[^⟦,;.]|⟦[RG]\\d*⟧){1,80}? (?:who goes by|who is known as|who calls (?:himself|herself)|who signs (?:his|her) [a-z]+ as|known(?: (?:to|within|among|in) (?:[^⟦,;.]|⟦G⟧){1,30}?)?(?: only)? (?:by|as)|who uses|using|going by|called|named)(?: (?:the|his|her) ${NAME_KIND})?,? `;
const CHOSEN_AS_ROLE = /^,? as (?:(?:his|her|its|their|the group's|the) )?⟦R(\d+)⟧/;
/** Someone's kin, role or kind before the name, in apposition: "by his younger brother, ⟦P0⟧", "by its ⟦R0⟧, ⟦P0⟧", "by a cleric, ⟦P0⟧", "by Jalaluddin's son, ⟦P0⟧". */
// (Its words before the head may be capitalized: "a Syrian preacher, ⟦P0⟧".)
// (Up to three words before the head, none of them a relative pronoun: "two former FARC mid-level commanders, ⟦P0⟧ and
// ⟦P1⟧", not "a Mauritanian cleric whose brother, ⟦P0⟧".)
const POSSESSED_APPOSITION = `(?:his|her|its|their|an?|two|three|(?:⟦P\\d+⟧|[A-Z][\\w-]*)['’]s) (?:(?:(?!(?:whose|who|which|that)\\b)[A-Za-z-]+|⟦R\\d+⟧) ){0,3}(?:[a-z-]+|⟦R\\d+⟧), (?=⟦P)`;
/** A number of leaders announced before their list, by a colon or a dash: "by a three-man council: ⟦P0⟧, ...", "by two ⟦R0⟧ - a woman, ⟦P0⟧, and ...". */
const LIST_OPENER = `(?:an? |two |three |four )(?:[\\w-]+ )?(?:[a-z-]+|⟦R\\d+⟧)(?::| -) `;
/** What one of several people does or is, told between them: "⟦P0⟧, who handles its finances, and ⟦P1⟧", "⟦P0⟧, a preacher from Kano, and ⟦P1⟧". */
// (The list goes on after it, by a comma or a semicolon: "⟦P0⟧, a former soldier; ⟦P1⟧, a preacher; and ⟦P2⟧".)
// ("under whose authority its courts are placed", "to whom its finances are entrusted"; after a quoted alias that
// closes its own comma, 'alias "Rubén," who writes its statements'.)
// (A name after "from", "in", "near" or "of" inside it is a place's or someone else's, no one of the list: "⟦P0⟧, a
// fisherman from ⟦P1⟧, and ⟦P2⟧", where the person finder read "Mocímboa da Praia" as a name.)
// (Or a kin of someone named: "Osvaldo Villalba, Carmen's brother, and Manuel Cristaldo Mieres".)
// (Or a role token alone: "⟦P0⟧, ⟦R0⟧, and his brother, ⟦P1⟧", "by X, its chairman, and Y".)
const RELATIVE_ASIDE = `(?:(?:, |(?<=,") )(?:⟦R\\d+⟧|(?:who|whom|whose|an?|the|his|her|[A-Z][\\w-]*['’]s|(?:[a-z]+ ){1,2}(?:whom|whose)) (?:[^⟦,;.:]|⟦[RG]\\d*⟧|(?<=\\b(?:from|in|near|of) )⟦P\\d+⟧){1,120})(?=[,;] (?:and )?(?:[^⟦;.:]|⟦R\\d+⟧){0,40}?⟦P))?`;
/**
 * Another predicate of the same subject before the one a row reads: "X founded TG in 1987 and remains its leader",
 * "X succeeded him, pledged the group to ISIS in 2016, and is still its leader", "X was detained in 2019 but still
 * leads the group". Never empty; a person it names is its object ("succeeded ⟦P1⟧ and currently heads the group" is
 * the subject's).
 */
// (Lazy: a sentence's own predicate first, "X is TG's leader and also serves as Bin Ladin's deputy".)
// (It may name the one it was done to: "X succeeded ⟦P1⟧ and now heads TG".)
const FIRST_PREDICATE = `(?: (?:[^⟦;.]|⟦[RGP]\\d*⟧){1,80}? (?:and|but))??`;
/** Adverbs inside a relative clause before its copula: "who until now remains", "who is still". */
const RELATIVE_ADVERBS = `(?: (?:until now|to this day|to date|once|formerly|${COPULA_ADVERBS}))*`;
/**
 * A person and the relative clause told of them: "⟦P0⟧, who", "⟦P0⟧, alias ⟦P1⟧, a former teacher, who", "⟦P0⟧, an
 * engineer from Bogura who". The person may be an object ("handed control to X, who has remained at its head"): the
 * clause is about them wherever they stand.
 */
// (An apposition may name someone inside it, "a popular ⟦P2⟧ commander", but not last: then "who" is that one.)
// (A second relative clause joins the first with "and": "X, a fighter who had trained with the group, and who continues to direct it".)
// (The comma may stand inside a quoted alias: 'X alias "Abu Yusuf," who remains in command'.)
// (A place after "at", "in", "from" or "near" inside a person's aside is no subject of the "who" after it, which is still
// the person's: "X, a former detainee at Camp Bucca, who has led TG since 2012", where the place reads as a name.)
const PLACE_IN_ASIDE = '(?:at|in|from|near)';
const RELATIVE_SUBJECT = (name: string) => `(?<!⟦P\\d+⟧, (?:[^,;⟦]|⟦[RG]\\d*⟧)+ ${PLACE_IN_ASIDE} )${P(name)}${AKA}(?:(?:, (?!whose\\b)(?:[^,;⟦]|⟦[RP]\\d+⟧|⟦G⟧)+?(?<!(?<!\\b${PLACE_IN_ASIDE} )⟦P\\d+⟧))?(?:,|(?<=,"))(?: and)? who|, (?:an?|the) (?:[^,;⟦]|⟦R\\d+⟧|⟦G⟧)+? (?:and )?who)`;
/** Several people, each with an alias or what they do or are told between them: "⟦P0⟧ (a.k.a. ⟦P1⟧), a herder, and ⟦P2⟧". */
// ("directed jointly by X, who ..., and by Y": the preposition may be said again.)
const LISTED_PEOPLE = `(?!⟦P\\d+⟧, and (?:by )?⟦P\\d+⟧)⟦P\\d+⟧${AKA}${RELATIVE_ASIDE}(?:[,;] ${DESCRIBED('⟦P\\d+⟧')}${AKA}${RELATIVE_ASIDE})*[,;]? and (?:by )?${KIN}${DESCRIBED('⟦P\\d+⟧')}`;
/** Words in -s that are no verb, where a finite verb is told by its -s: "its", "alias", "thus". */
const NOT_VERBS_IN_S = 'its|his|hers|this|thus|as|plus|alias|whereas|perhaps|unless|besides|nevertheless|towards|afterwards';
/**
 * The people after "by" who lead: "by ⟦P0⟧", "by his nephew, ⟦P0⟧", "by a Syrian preacher, ⟦P0⟧, and an Uzbek fighter, ⟦P1⟧",
 * "by a committee that includes ...", "by a three-man council: ⟦P0⟧, a former soldier; ⟦P1⟧, ...; and ⟦P2⟧". A role
 * before them is `role`; the people are `who`.
 * (A list followed by its own verb is not the list of leaders: "by ⟦P0⟧, ⟦R0⟧, and his deputy, ⟦P1⟧, handles the
 * finances": the last one is the subject of a new clause.)
 */
// (Kin before the name needs no comma: "under the leadership of his son Sirajuddin Haqqani".)
const BY_LEADERS = `(?:${R('role')},? |${LIST_OPENER})?(?:${POSSESSED_APPOSITION}|(?:his|her|their) (?:${KIN_NOUNS}) (?=⟦P))?(?:${BODY_THAT_INCLUDES}|${BODY_HEADED_BY}|${DESCRIBED_THEN_NAMED})?(?:the )?(?:${DESCRIPTOR})?(?:⟦R\\d+⟧ )?(?<who>${LISTED_PEOPLE}(?!,? (?:has|have|had|is|was|were|are|will|would|can|could|(?!(?:${NOT_VERBS_IN_S})\\b)[a-z]+s(?! (?:from|of|who|whom|with|based|born|in)\\b))\\b)|⟦P\\d+⟧${AKA}${RELATIVE_ASIDE})`;
/** A word of leading as a noun, in either case: "Leadership", "command". */
const LEADING_NOUN_ANY_CASE = anyCase(LEADERSHIP_NOUNS);
const STEERING_NOUN_ANY_CASE = anyCase(STEERING_NOUNS);
/** The office taken: the leadership, a leading role, or a post of one ("the position of emir"). */
const OFFICE_OF = `(?:${OFFICE_NOUNS}) of `;
const LEADERSHIP_OFFICE = `(?:(?:${OFFICE_OF})?${R('role')}|(?:${alt(LEADERSHIP_NOUNS)})\\b)`;
/** Where the one taking over goes: "to the leadership", "to the position of emir", "as the group's new emir". */
// (Or a verb of leading with the group: "the selection of X to head TG", "the appointment of X to lead the group".)
const TO_THE_OFFICE = `(?:(?:to (?:the |its )?(?:${OFFICE_OF})?|as (?:the |its |a |an |the group['’]s |⟦G⟧['’]s? )?(?:new )?)${R('role2')}|to (?:the |its )?(?:${alt(LEADERSHIP_NOUNS)})\\b|to (?:lead|head|command|run|direct) ${GROUP}(?=[\\s,.;:)]|$))`;
// (Not a name inside an aside after a place preposition: RELATIVE_ASIDE.)
const people = (group: string | undefined): number[] => [...(group ?? '').replace(ALIAS_OF_BEFORE, '').matchAll(/(?<!\b(?:from|in|near|of) )⟦P(\d+)⟧/g)].map((x) => Number(x[1]));
const num = (s: string | undefined): number | null => (s === undefined ? null : Number(s));
/**
 * Copulas and lead verbs as trees of words, with adverbs allowed between any two words ("is now widely regarded
 * as", "has since led", "is believed to currently head"); what a matched phrase says is read with its adverbs left
 * out. The patterns are compiled once: these run on every claim.
 */
// (The adverbs in -ly as one pattern: the slot stands between every two words of about 90 phrases, and with the whole
// list in each the leader rows came to 227 KB of pattern, 58% of it this list, which V8 compiled to machine code in
// about 100 ms on every run's first profile.)
const ADVERB_WORD = `(?:[a-z]+ly|${COPULA_ADVERBS.split('|').filter((w) => !w.endsWith('ly')).join('|')})`;
const ADVERB_SLOT = `(?: ${ADVERB_WORD})* `;
const ADVERBS_INSIDE = new RegExp(` ${ADVERB_WORD}(?= )`, 'g');
const withoutAdverbs = (words: string) => words.replace(ADVERBS_INSIDE, '');
const statusOf = <S>(lists: ReadonlyArray<{ words: string; status: S }>, fallback: S) => {
  // ("~", where a pattern allows adverbs, is a space once they are left out.)
  const tests = lists.map((c) => ({ pattern: new RegExp(`^(?:${c.words.replace(/~/g, ' ')})$`), status: c.status }));
  return (words: string): S => tests.find((t) => t.pattern.test(withoutAdverbs(words)))?.status ?? fallback;
};
const COPULAS = phraseAlternation(ROLE_COPULAS.flatMap((c) => c.words.split('|')), ADVERB_SLOT);
const copula = statusOf(ROLE_COPULAS, 'current');
const LEADS = `(?:${LEAD_VERBS.map((c) => c.words).join('|')})`.replace(/~/g, ADVERB_SLOT);
/** The verbs of leading said of now: "X, whom police describe as the man who sits atop the organization". */
const LEADS_NOW = LEAD_VERBS.find((c) => c.status === 'current')!.words.replace(/~/g, ADVERB_SLOT);
const leadVerb = statusOf(LEAD_VERBS, 'current');
/** Others' account in the perfect infinitive: "is believed to have led", "is thought to have been headed by". */
const PERFECT_INFINITIVE = new RegExp(`\\b(?:${REPORTED_WORDS}) to have\\b`);
/** The clause a match stands in: its sentence between semicolons. */
function clauseAt(m: RegExpExecArray): string {
  const from = m.input.lastIndexOf(';', m.index) + 1;
  const to = m.input.indexOf(';', m.index + m[0].length);
  return m.input.slice(from, to < 0 ? undefined : to);
}
/**
 * The time a verb of leading tells. A perfect infinitive is the past ("is believed to have led TG until 2015"), or,
 * with "since" in its clause, a state that goes on, as the present perfect is ("is believed to have led TG since 2008",
 * "Since then, TG is thought to have been headed by X").
 */
const toldAsPast = (words: string, m: RegExpExecArray) => PERFECT_INFINITIVE.test(words) && !/\b[Ss]ince\b/.test(clauseAt(m));
function leadTense(words: string, m: RegExpExecArray): How {
  const how = leadVerb(words);
  return how === 'former' && PERFECT_INFINITIVE.test(words) && /\b[Ss]ince\b/.test(clauseAt(m)) ? 'current' : how;
}
/** Present verbs of naming or judging by others: "Authorities identify X as", "whom police describe as". */
const ATTRIBUTING_NOW = 'identify|identifies|regard|regards|consider|considers|describe|describes|recognize|recognizes|see|sees';
/** Present verbs that name someone a role with no "as": "X, whom TG calls its emir". */
const NAMING_NOW = 'calls?|names?|hails?';
/** "the man police describe as ", "the woman officials identified as ": someone named by how others see them. */
const THE_ONE_SEEN_AS = `(?: (?:man|woman|person|individual|suspect)(?: (?:whom|who|that))?(?: [\\w'’-]+){1,3}? (?:${ATTRIBUTING_NOW}|described|called|identified|considered|regarded|named) as)`;
/**
 * The status cues that take an object, killing and capturing: "killed TG's emir", "neutralised its chief", "arrested X".
 * Not "charged": "prosecutors later charged X with ordering the kidnapping" says nothing of where X is.
 */
const TRANSITIVE_STATUS = STATUS_CUES.filter((c) => c.status !== 'former')
  .flatMap((c) => c.words.split('|'))
  .filter((w) => !INTRANSITIVE_STATUS.split('|').includes(w) && !/(?:himself|herself)$|^(?:slain|taken into custody|charged|(?:placed|put) under .+)$/.test(w))
  .join('|');
const at = (m: RegExpExecArray, group?: string) => m.index + (group && m.groups?.[group] ? m[0].indexOf(m.groups[group]!) : 0);

/** A time that opens a clause: "Since then", "Since 2011", "From March 2014", "By that time". */
const TIME_OPENER = `(?:(?:[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y|[Ii]n|[Aa]fter) (?:then|that time|(?:[A-Z][a-z]+ )?\\d{4})|[Tt]oday|[Nn]ow|[Cc]urrently|[Aa]t present),? `;
/**
 * Leadership resting with a person: "Overall command rests with X", "leadership has been vested in X", "is in the hands
 * of X", "is widely believed to be vested in X", "lies jointly with X and Y"; present or past as its verb.
 */
const RESTING_ADVERBS = `(?:(?:${COPULA_ADVERBS}|[a-z]+ly|solely|squarely) )*`;
// (A time may stand before "with": "Day-to-day leadership has rested since 2002 with X".)
// ("has lain with X", perhaps with a time before the participle: "has for several years lain with X".)
const RESTS_WITH = `${RESTING_ADVERBS}(?:(?:rests|lies|rested|lay|(?:has|had) ${RESTING_ADVERBS}(?:(?:since|for) [^⟦,;]{1,40}? )?(?:rested|lain)) ${RESTING_ADVERBS}(?:(?:since|from|for) [^⟦,;]{1,40}? )?with|(?:is|are|has been|was|had been|remains|remained|(?:is|are) ${RESTING_ADVERBS}(?:believed|thought|said|assessed|understood|reported) to be) ${RESTING_ADVERBS}(?:vested in|in the hands of))`;
const RESTED_BEFORE = new RegExp(`^${RESTING_ADVERBS}(?:rested|lay|was|were|had|remained)\\b`);
const restsNow = (words: string) => !RESTED_BEFORE.test(words);

/**
 * A relative clause or apposition on the sentence's subject that goes on past its commas before the main verb: "⟦P0⟧,
 * who took over after ⟦R0⟧, ⟦P1⟧, was arrested in 2015, leads ⟦G⟧", "⟦P0⟧, a bodyguard to ⟦R0⟧, ⟦P1⟧, was killed"; after
 * the subject's role too: "⟦P0⟧, ⟦R0⟧, for whom RFJ offers up to $10 million, was convicted".
 * The rows take a subject as the name right before its verb, which here is someone the clause names; the last predicate
 * is the subject's (index.ts reads it again with the clause taken out). `clause` is everything between "who" and that
 * predicate; `predicate` starts with a finite verb, after adverbs.
 */
// (Greedy: the last comma before a finite verb ends the clause, so "was arrested in 2015" stays inside it, told of ⟦P1⟧;
// but not past "and,", an aside in the main predicate: "leads ⟦G⟧ and, according to ..., exercises command"; nor past
// "and ⟦P1⟧" or "while ⟦P1⟧", a second subject ("⟦P0⟧, a cleric, and ⟦P1⟧, who ..., have shared authority"; "⟦P0⟧, who
// ..., is ⟦R0⟧, while ⟦P1⟧, who ..., has led ⟦G⟧"), or past ", and" before
// a new subject ("⟦P0⟧, who founded ⟦G⟧, was detained in 2008, and ⟦R0⟧, ⟦P1⟧, was arrested").)
// (A finite verb: an auxiliary, a verb in -s or -ed, or a common irregular past; not NOT_VERBS_IN_S.)
// (Nor at the comma after a subordinate clause's own subject: "⟦P0⟧, who lives in Damascus, has served as ⟦R0⟧ since
// ⟦R1⟧, ⟦P1⟧, was assassinated in 1996" tells ⟦P1⟧'s death.)
export const SUBJECT_RELATIVE = new RegExp(`^(?<subject>(?:[^⟦;]{0,40}?, )?⟦P(?<who>\\d+)⟧)(?:, ⟦R\\d+⟧)?, (?:who|whose|(?:for|to|of|with|from) whom|an?) (?<clause>(?:(?!\\band, |,? (?:and|while|whereas|but|though|although) ⟦P|, and (?:⟦|(?:the|its|his|her|their|an?) ))[^;])*)(?<!\\b(?:since|after|when|until|because|before|once) (?:(?:the|its|his|her|their|⟦G⟧['’]s?) )?(?:[a-z-]+ )?⟦R\\d+⟧, ⟦P\\d+⟧), (?<predicate>(?:(?:now|currently|still|also|later|today|since|then|eventually|reportedly|allegedly|has since) )*(?:is|are|was|were|has|have|had|remains|became|becomes|will|would|may|might|sits|${IRREGULAR_PASTS}|(?!(?:${NOT_VERBS_IN_S})\\b)[a-z]+(?:s|ed))\\b[^;]*)(?=;|$)`);

export const RELATION_ROWS: readonly RelationRow[] = [
  {
    id: 'name-is-role',
    example: "Abu Hamza al-Tunsi, also known as Abu Bilal, is TG's emir.",
    // "X founded TG in 1987 and remains its leader": another predicate of the same subject may come first.
    // Two roles may be coordinated, one of another body: "X remains head of the council and the group's overall leader".
    pattern: new RegExp(`${SUBJECT}${PS('who')}${AKA}${APPOS},?${FIRST_PREDICATE}${ADVERB} (?<cop>${COPULAS})(?: also| now| today| still)?(?: the| a| an| his| her| ${POSSESSOR})? ${R('role')}(?:(?: of [^⟦,;.]{1,40}?)? and(?: the| its| his| her| ⟦G⟧['’]s?| ${POSSESSOR})? ${R('also')})?`, 'g'),
    // (Said at its copula: "X, a commander who had led the group's fighters, ... remains TG's emir" says now after the past.)
    claims: (m) => people(m.groups!.who).flatMap((who) => [m.groups!.role, m.groups!.also].filter((role) => role !== undefined).map((role) => ({ kind: 'leads' as const, who, role: num(role), how: copula(m.groups!.cop!), at: at(m, 'cop') }))),
  },
  {
    id: 'role-is-name',
    example: "Its chief is Tariq Mansour. / TG's leader, Mahmud Sadiq, has called ... / TG leader Jamil Rifai was arrested",
    // "The group's amir since its formation has been X": a time may stand between the role and its copula; so may the
    // office the role holds ("The successor in that role is X"), and others' judgment may be the copula ("The group's
    // present leader is believed to be X").
    pattern: new RegExp(`(?<chosen>\\b(?:${CHOOSING_VERBS}) (?:that )?(?:an? |the |its )?)?${R('role')}(?: in (?:that|this|the same) (?:role|office|post|position))?(?:(?<cop>,| -{1,2}|(?: (?:today|now|currently))? is(?: (?:now|currently|still|today)(?= ⟦P| an? ))?(?: (?:widely |generally )?(?:believed|thought|said|reported|assessed|understood) to be)?| remains| was| are| were|(?: since [^⟦,;.]{1,40}?)? has been| had been|, is| is known (?:only )?(?:by|as)(?: the ${NAME_KIND})?|, who (?:uses|goes by|is known as|calls (?:himself|herself))(?: the ${NAME_KIND})?,?)? (?:${DESCRIBED_THEN_NAMED})?|, (?:(?:${DESCRIPTOR})?⟦R(?<inner>\\d+)⟧ |${DESCRIPTOR}))(?<who>${LISTED_PEOPLE}|${PEOPLE})`, 'g'),
    // "named its ⟦R1⟧, ⟦P2⟧, as his ⟦R2⟧": the role chosen is the one after "as"; the first says what the person was.
    claims: (m) => {
      // "a faction led by commander X": a part or another group the sentence names with "a" is led, not this one; the
      // title only describes X.
      if (!m.groups!.chosen && PART_LED_BY_BEFORE.test(m.input.slice(Math.max(0, m.index - 60), m.index))) return [];
      const as = m.groups!.chosen ? CHOSEN_AS_ROLE.exec(m.input.slice(m.index + m[0].length)) : null;
      const role = as ? Number(as[1]) : num(m.groups!.role);
      // A list with asides ("its two co-leaders, X, who directs ..., and Y, who ..."): the people after the first lead only
      // when the role is plural ("TG's emir, X, who ..., and his brother, Y" names one emir).
      const title = !m.groups!.chosen && /^⟦R\d+⟧ ⟦P/.test(m[0]);
      const asides = /⟧,? [a-z(]/.test(m.groups!.who!.replace(/⟦P\d+⟧(?:,? and|,)(?= ⟦P)/g, ''));
      const claims: Claim[] = people(m.groups!.who).map((who, i) => ({ kind: 'leads', who, role, how: m.groups!.chosen ? 'appointed' : m.groups!.cop && !/^(?:,| -{1,2})$/.test(m.groups!.cop) ? copula(m.groups!.cop.replace(/^,\s*/, '').trim()) : 'apposition', at: at(m, 'role'), ...(asides && i > 0 ? { listed: true as const } : {}), ...(title ? { title: true as const } : {}) }));
      // "the PMF's deputy chairman, KH leader X": the title before the name is a role of the person's too, whoever the
      // first role's owner is, when the title names this group as its owner (index.ts): not "Khomeini's successor,
      // Supreme Leader Ali Khamenei".
      if (m.groups!.inner !== undefined && !m.groups!.chosen) claims.push(...people(m.groups!.who).slice(0, 1).map((who) => ({ kind: 'leads' as const, who, role: Number(m.groups!.inner), how: 'apposition' as const, at: at(m, 'role'), title: true as const, inner: true as const })));
      return claims;
    },
  },
  {
    id: 'role-label',
    example: 'Leader: X, a former army major. / Ldr: X; dep: Y.',
    // A role written as a label before the name, as note-form briefs write them: the role beside a name with no verb,
    // read as an apposition is (current as of the sentence's date). Only at a sentence's or clause's start: "Rival
    // katiba leader: X" has its owner before it, and the role's owner decides (index.ts).
    pattern: new RegExp(`(?:^|[.;] |\\n)${R('role')}: ${P('who')}`, 'g'),
    claims: (m) => [{ kind: 'leads', who: Number(m.groups!.who), role: Number(m.groups!.role), how: 'apposition', at: at(m, 'who') }],
  },
  {
    id: 'name-comma-role',
    example: "In 2018 government forces captured Tahir Jan, the group's emir. / X, who became TG's emir in 2018, ...",
    // ("X, the founder, who is still its leader", "X, a cleric, who until now remains its leader": an apposition first.)
    // (Another person's possessive may follow the role: "who has served as ⟦R1⟧ since ⟦P1⟧'s death".)
    pattern: new RegExp(`(?:${P('who')}${AKA}(?:, (?:an?|the) (?:[^,;⟦]|⟦R\\d+⟧){1,60}(?=, who))?, (?:the |who${RELATIVE_ADVERBS} (?<cop>${COPULAS}) (?:(?:once|formerly|${COPULA_ADVERBS}) )*(?:the |also )?)?${R('role')}(?=(?:[^⟦;,.]|⟦[RG]\\d*⟧|⟦P\\d+⟧['’]s\\b){0,60}(?:[,.;]|$)| (?:was|were|is|has|had|and|who|died)\\b)|${RELATIVE_SUBJECT('who2')}${RELATIVE_ADVERBS} (?<cop2>is|remains|has been|became) (?:(?:${COPULA_ADVERBS}) )*(?:(?:assessed|believed|thought|said|reported|understood|considered) to be )?(?:the |also |its |his |her )?${R('role2')}(?=[,.;]|$| (?:and|since|until|in)\\b))`, 'g'),
    // (Or a relative clause after an apposition that holds a clause of its own: "X, a cleric who had run the group's
    // fundraising wing and who remains its amir".)
    claims: (m) => {
      const cop = m.groups!.cop ?? m.groups!.cop2;
      return [{ kind: 'leads', who: Number(m.groups!.who ?? m.groups!.who2), role: num(m.groups!.role ?? m.groups!.role2), how: cop ? copula(cop) : 'apposition', at: at(m) }];
    },
  },
  {
    id: 'names-who-are-role',
    example: "Treasury designated X and Y, who serve as TG's co-commanders.",
    // Several people, then a relative clause that gives them one plural role (a singular one is the last person's:
    // "A and B, who is the emir" is read by no row).
    pattern: new RegExp(`(?<who>⟦P\\d+⟧(?:, ⟦P\\d+⟧)*,? and ⟦P\\d+⟧), who${RELATIVE_ADVERBS} (?<cop>${COPULAS}) (?:(?:${COPULA_ADVERBS}) )*(?:the |also )?${R('role')}`, 'g'),
    claims: (m) => people(m.groups!.who).map((who) => ({ kind: 'leads', who, role: num(m.groups!.role), how: copula(m.groups!.cop!), at: at(m), listed: true })),
  },
  {
    id: 'led-by',
    example: 'TG is led by Iyad ould Hamma. / TG is governed by a secretariat headed by X / Led by Sheikh Ahmad Rifat, TG ... / TG, led by X, operates ... / led by former army officer X / led by the Jordanian-born militant X / led by a cleric who goes by the kunya X / jointly led by X, who handles its finances, and Y',
    // Only this group is led: what stands before is the group ("TG itself", "the group as a whole"), "It", or nothing of
    // its own ("Led by X, TG ...", "..., and led by X, TG is").
    // (Or its leading body, perhaps counted and with its acronym: "TG's five-member Central Command (COCE) is headed by X",
    // "TG is governed by its Central Command (COCE), which is headed by X".)
    // "TG, which has been led since 1976 by X", "TG has been led - in so far as it has one head - by X", "TG is a small
    // militant group that is headed by X", "TG is led from its
    // headquarters in the Qandil Mountains of northern Iraq by a leadership council that includes X".
    // (Another participle may share the tense: "TG was founded and led by X" is past, as "TG was led by X".)
    // (Or what is left of it: "SL's remaining forces are led by X", as "the remnants of TG" are the group.)
    pattern: new RegExp(`(?<=(?:^|⟦G⟧,? |⟦G⟧${DASH_ASIDE} |⟦G⟧ (?:itself|as a whole|overall|in its entirety) |\\b[Ii]t |${OWN_BODY},? (?:(?:which|that) )?|${OWN_REMNANT} |${GOVERNING_BODY},? (?:(?:which|that) )?|, and |, |\\band |⟦G⟧,? (?:which|that) |⟦G⟧ (?:is|was) (?:an?|the) (?:[^⟦,;.]|⟦R\\d+⟧){0,60}?\\b(?:${GROUP_NOUNS}),? (?:that|which) ))(?<aux>(?:is|are|was|were|(?:has|had|have)(?: (?:since|long|now|also|[a-z]+ly)|, (?:since|from|in) [^⟦,;.]{1,30},)? been|remains|(?:continues|continue) to be)(?: (?:${COPULA_ADVERBS}|(?:${REPORTED_WORDS}|assessed) to (?:be|have been)))* )?(?:jointly |currently |now )?(?:(?:co-)?[a-z]+ed and )?(?:${anyCase(LEADING_PARTICIPLES)})(?: (?:jointly|now|currently|today))?(?: (?:since|from) [^⟦,;]{1,80}?)?(?:${DASH_ASIDE})? by ${BY_LEADERS}`, 'g'),
    claims: (m) =>
      ledIsOther(m.input.slice(0, m.index), m.groups!.aux !== undefined)
        ? []
        : people(m.groups!.who).map((who) => ({ kind: 'leads', who, role: num(m.groups!.role), how: /^(?:was|were|had been)\b/.test(m.groups!.aux ?? '') || toldAsPast(m.groups!.aux ?? '', m) ? 'former' : 'current', at: at(m), describes: true, ...(m.groups!.aux ? {} : { untensed: true as const }) })),
  },
  {
    id: 'faction-led-by',
    needs: /\b(?:faction|group|wing)s?\b|\b[Tt]he (?:first|second|third|other|latter|former)\b/,
    example: 'The smaller faction in the Upper Huallaga Valley is led by X, while the larger faction in the VRAEM is led by Y. / two remnant factions: a group in the Upper Huallaga led by X, and a larger group in the VRAE led by Y',
    // One part of the group, named by its place or size, and who leads it: read as the group's leader only where the
    // profile says the group is divided into such parts (index.ts), as a faction of a whole is otherwise one part's.
    // (Or by its order alone, its place set off: "The first, in the Upper Huallaga River Valley, is led by X"; "The second
    // and larger faction, which operates in the VRAE, is led by Y".)
    // (Its place may be a predicate of its own: "The larger faction operates in the VRAE and is led by Y".)
    // The one faction left is the group: "The remaining SL faction, based in the VRAEM, is led by X", "the only
    // surviving faction of TG".
    pattern: new RegExp(`(?<=(?:^|[:;] |, (?:while |whereas |and )?|\\band ))(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Oo]ne) (?<sole>(?<=[Tt]he |[Ii]ts )${THE_ONE_REMAINING} (?:⟦G⟧ |[\\w'’-]+ )?(?=faction\\b))?(?:⟦G⟧ |[\\w'’-]+ ){0,4}(?:faction|group|wing)|[Tt]he (?:first|second|third|other|latter|former))(?:,? (?:in|of|based in|operating in|(?:which|that) operates in) (?:[^⟦;]|⟦[GP]\\d*⟧){1,80}?,?| (?:operates|is based|is active) in (?:[^⟦;]|⟦[GP]\\d*⟧){1,80}? and)?(?: \\(⟦G⟧\\)| \\([A-Z]{2,8}\\))? (?:(?:is|was) (?:now )?)?(?:led|headed|commanded) by ${P('who')}`, 'g'),
    claims: (m) => [{ kind: 'leads', who: Number(m.groups!.who), role: null, how: 'current', at: at(m, 'who'), describes: true, ...(m.groups!.sole ? {} : { part: true as const }) }],
  },
  {
    id: 'under-the-leadership-of',
    needs: /\b[Uu]nder the\b/,
    example: 'TG operates under the leadership of Sheikh Amin Rahmani. / the bloc operates under the orders of X',
    // The people are listed as after "by": "under the joint leadership of X, a former organiser, and Y, a nurse".
    pattern: new RegExp(`\\b[Uu]nder the (?:(?:joint|overall|sole|collective|shared) )?(?:leadership|command|orders|${STEERING_NOUNS}) of ${BY_LEADERS}`, 'g'),
    // Not one part's: "while its armed wing is under the command of X" names the wing's commander.
    claims: (m) => (UNIT_BEFORE.test(m.input.slice(Math.max(0, m.index - 60), m.index)) || clauseOfOtherBody(m.input.slice(0, m.index)) ? [] : people(m.groups!.who).map((who) => ({ kind: 'leads', who, role: num(m.groups!.role), how: 'current', at: at(m), untensed: true }))),
  },
  {
    id: 'under-name-leadership',
    example: "Under Hamid Yusuf's leadership, TG expanded its operations.",
    pattern: new RegExp(`\\b[Uu]nder ${P('who')}'s? (?:${LEADERSHIP_NOUNS}|${STEERING_NOUNS})\\b`, 'g'),
    claims: (m) => [{ kind: 'leads', who: Number(m.groups!.who), role: null, how: 'current', at: at(m), untensed: true }],
  },
  {
    id: 'name-leads-group',
    example: 'Khalid Osman has headed the group since 2015. / The brothers Karim and Samir Benali lead TG. / X was chosen as emir and currently leads the group',
    // A first predicate may come before it: "X founded TG and leads it", "X was chosen as emir and currently leads the group".
    // A cleft's "who" may, right after the name: "it is X who assures the direction of the group", or after an aside
    // between dashes: "it is X - who has appeared in videos - who continues to lead it" (not "X, who has been linked to
    // ... and signed ...": a relative clause's own predicates).
    // The people may be listed with asides: "X (a.k.a. Z), a herder from Tapoa, and Y, who ..., lead TG jointly".
    // Or the members of a body that leads: "A three-member council consisting of A, B and C now leads the group".
    pattern: new RegExp(`(?:${SUBJECT}|${BODY_THAT_INCLUDES})(?:(?<listed>${LISTED_PEOPLE})|${PS_KIN('who')})(?:(?:${DASH_ASIDE})? who|${AKA}${APPOS},?${FIRST_PREDICATE})(?: (?:once|nominally|${COPULA_ADVERBS}))* (?<verb>${LEADS}) ${GROUP_OBJECT}${CLAUSE_GOES_ON}(?! in (?:the )?(?!${MONTH_WORD}\\b)[A-Z])`, 'g'),
    // ("leads the group in Tripoli" leads one place.)
    claims: (m) => people(m.groups!.listed ?? m.groups!.who).map((who) => ({ kind: 'leads', who, role: null, how: leadTense(m.groups!.verb!, m), at: at(m, 'verb'), ...implied(m) })),
  },
  {
    id: 'at-the-head-of',
    example: 'At the head of the group stands X. / X is at the head of TG. / handed control to X, who has remained at its head / X has stood at the head of TG since 2016',
    // "head of the group" is itself a role mention (⟦R⟧): who stands at it leads. In a relative clause the person may be
    // an object ("handed control to X, who has remained at its head"); as a subject, not.
    // (A title may stand before the name: "At the head of TG is Emir X".)
    // (With its owner and a time between: "at its head, since the spring of 2008, is X".)
    pattern: new RegExp(`\\b[Aa]t (?:the )?${R('role')}(?:, (?:since|from|for) [^⟦,;.]{1,40},)?,? (?:stands|is|sits|remains) (?:⟦R\\d+⟧ )?${PS('who')}|(?:${SUBJECT}${PS('who2')}${AKA}${APPOS},?|${RELATIVE_SUBJECT('who3')})${ADVERB} (?<verb>is|remains|stands|sits|was|stood|had been|had stood|has been|has remained|has stood) at (?:the )?${R('role2')}`, 'g'),
    claims: (m) => {
      const first = m.groups!.who !== undefined;
      const who3 = m.groups!.who3 === undefined ? [] : [Number(m.groups!.who3)];
      return (first ? people(m.groups!.who) : m.groups!.who2 !== undefined ? people(m.groups!.who2) : who3).map((who) => ({ kind: 'leads', who, role: num(first ? m.groups!.role : m.groups!.role2), how: /^(?:was|had|stood)/.test(m.groups!.verb ?? '') ? 'former' : 'current', at: at(m) }));
    },
  },
  {
    id: 'fronted-leading-is-name',
    example: 'Running TG today is X. / Heading the group is X.',
    // The predicate fronted, the subject after the copula; the object is this group (not "Leading the investigation").
    pattern: new RegExp(`^(?<verb>${LEADING_FRONTED}) ${GROUP}(?: (?:today|now|currently))?,? (?<cop>is|remains|was) ${PS('who')}`, 'g'),
    claims: (m) => people(m.groups!.who).map((who) => ({ kind: 'leads', who, role: null, how: m.groups!.cop === 'was' ? 'former' : 'current', at: at(m, 'who') })),
  },
  {
    id: 'not-regarded-as',
    example: "Analysts do not regard X as TG's leader. / ... and analysts no longer consider him as its emir",
    // A negated attribution: whoever is named leads not (now); a leader named so before no longer does.
    pattern: new RegExp(`\\b(?:not|never|no longer) (?:${ATTRIBUTING_NOW}) (?:(?<pronoun>him|her)|${P('who')}) as (?:the |its |${POSSESSOR} )?${R('role')}`, 'g'),
    claims: (m) => [{ kind: 'status', who: m.groups!.pronoun ? 'antecedent' : Number(m.groups!.who), status: 'former', at: at(m) }],
  },
  {
    id: 'attributed-as-role',
    example: "Authorities identify X as the group's leader. / The fighters regard X as TG's emir. / Sources later identified X as the group's new commander. / Police consider X TG's top leader.",
    // A present verb of naming or judging, by others: "regarded as" in the past or passive says nothing of now. An
    // identification in the past is one of that time, as a role beside a name is (current unless dated before the report year).
    // Or the person first, in a relative clause: "X, whom police describe as TG's current political chief"; the group
    // itself may be who names them ("X, whom the group describes as its general commander", "whom TG calls its emir",
    // "who the organization refers to as its leader"); or in the passive, with who judges: "X is identified by several
    // Member States as the group's overall emir".
    // Several people may be named, with a count before them: "identify two men, X, a trader, and Y, who ..., as the
    // group's joint leaders" (a leading role only when it is plural).
    // ("consider" and "deem" take the role with no "as": "Peruvian authorities now consider X SL's top leader".)
    // (Described at more length first, a place's name perhaps among the words: "identify two brothers from the coastal
    // town of Bhatkal, X and Y, as the group's leaders", "identify a former teacher from Medan, X, as TG's leader".)
    pattern: new RegExp(`(?<!\\b(?:not|never|longer) )\\b(?:(?<past>identified)|${ATTRIBUTING_NOW}) (?:(?:an?|two|three|four) (?:[^⟦,;.]|(?<=\\b(?:of|from|in|near) )⟦P\\d+⟧){1,60}?, )?(?:(?<listed>${LISTED_PEOPLE})${APPOS},?|${P('who')}${AKA}${APPOS},?) as (?:the )?${R('role')}|${P('who2')}${AKA}, whom? (?:[^⟦,;.]|⟦G\\d*⟧){1,40}? (?:(?:${ATTRIBUTING_NOW}|refers? to) as|${NAMING_NOW}) ${R('role2')}|\\b(?:${ATTRIBUTING_NOW}) ${P('who3')}${AKA}${APPOS},? as the (?:man|woman|person|one|figure) (?:who|that)${ADVERB} (?:${LEADS_NOW}) ${GROUP_OBJECT}${CLAUSE_GOES_ON}|${SUBJECT}${P('who4')}${AKA}${APPOS},? (?:is|are)(?: (?:${COPULA_ADVERBS}))* (?:identified|regarded|described|considered|recognized|seen|viewed) by (?:[^⟦,;.]|⟦[GP]\\d*⟧){1,60}? as (?:the )?${R('role4')}|\\b(?:consider|considers|deem|deems) ${P('who5')}${AKA}(?: to be)?(?: the| its| ⟦G⟧['’]s?)? ${R('role5')}|(?<!\\b(?:not|never|longer) )\\b(?:(?<stillPast>still (?:regarded|considered|saw|viewed|described))|${ATTRIBUTING_NOW}) (?<pronoun>him|her) as (?:the )?${R('role6')}`, 'g'),
    // (Or the person told before, by a pronoun: "officials said in 2018 that they still regarded him as the group's leader",
    // a judgment as of when it was said.)
    claims: (m) =>
      (m.groups!.pronoun ? ['antecedent' as const] : m.groups!.listed ? people(m.groups!.listed) : [Number(m.groups!.who ?? m.groups!.who2 ?? m.groups!.who3 ?? m.groups!.who4 ?? m.groups!.who5)]).map((who) => ({
        kind: 'leads',
        who,
        role: num(m.groups!.role ?? m.groups!.role2 ?? m.groups!.role4 ?? m.groups!.role5 ?? m.groups!.role6),
        how: m.groups!.past || m.groups!.stillPast ? 'apposition' : 'current',
        at: at(m, m.groups!.role ? 'role' : m.groups!.role2 ? 'role2' : m.groups!.role4 ? 'role4' : m.groups!.role6 ? 'role6' : 'who3'),
        ...(m.groups!.listed ? { listed: true as const } : {}),
        // "police arrested X, whom investigators describe as TG's leader": the relative clause says what X is, not that
        // X still leads after what the sentence tells.
        ...(m.groups!.who2 !== undefined ? { untensed: true as const } : {}),
      })),
  },
  {
    id: 'name-at-the-helm',
    example: 'Karim Bouzid has been at the helm since 2003.',
    // With no object: the helm is this group's ("at the helm of ISIS" is read by the lead verbs, and is another's).
    // "Under X, who remains in charge, TG expanded": told in a relative clause too. Not "in charge of a rival militia".
    // Or of a pronoun, and beside another state: "He remains at large and in command of the network".
    // (Whatever follows but another object: "remains at the helm despite sanctions", not "in charge of its finances".)
    pattern: new RegExp(`(?:${SUBJECT}${P('who')}${AKA}${APPOS},?${FIRST_PREDICATE}|${RELATIVE_SUBJECT('who2')}|(?<pronoun>\\b(?:[Hh]e|[Ss]he)\\b))${ADVERB} (?<verb>has been|is|remains|has remained|was|had been)(?: (?:${COPULA_ADVERBS}))* (?:(?:at large|alive|free|active|in hiding) and )?(?:at (?:the |its |⟦G⟧['’]s? |the (?:${GROUP_NOUNS})['’]s )helm|in charge|in command)(?: of ${GROUP}(?!['’]))?(?! (?:of|over)\\b)`, 'g'),
    claims: (m) => [{ kind: 'leads', who: m.groups!.pronoun ? 'antecedent' : Number(m.groups!.who ?? m.groups!.who2), role: null, how: /^(?:was|had)/.test(m.groups!.verb!) ? 'former' : 'current', at: at(m, 'verb') }],
  },
  {
    id: 'name-who-led',
    example: 'Mahdi Karrar, who had led TG since 2008, died in 2019. / X, a former schoolteacher, who has led the group ever since',
    // Not "who heads TG's southern sector": the group, if named, is the whole object.
    // (An apposition may name someone inside it, "a popular ⟦P2⟧ commander", but not last: then "who" is that one.)
    // The relative clause may close an apposition with no comma: "X, an engineer from Bogura who has led TG since 2015".
    pattern: new RegExp(`${RELATIVE_SUBJECT('who')}${ADVERB} (?<verb>${LEADS})(?: ${GROUP_OBJECT})?${CLAUSE_GOES_ON}`, 'g'),
    // ("TG's rival, Ansar Khalifa, is led by X, who directs its operations": the group X was just said to lead is another.)
    claims: (m) => (ledByOther(m.input.slice(0, m.index)) ? [] : [{ kind: 'leads', who: Number(m.groups!.who), role: null, how: leadTense(m.groups!.verb!, m), at: at(m), ...implied(m) }]),
  },
  {
    id: 'pronoun-is-role',
    example: "She remains the group's leader. / ..., and he is still its emir.",
    pattern: new RegExp(`\\b(?:[Hh]e|[Ss]he)\\b${ADVERB} (?<cop>${COPULAS})(?: also| now)?(?: the| a| an| its| his| her)? ${R('role')}`, 'g'),
    claims: (m) => [{ kind: 'leads', who: 'antecedent', role: num(m.groups!.role), how: copula(m.groups!.cop!), at: at(m, 'cop') }],
  },
  {
    id: 'pronoun-leads',
    example: 'He remains at large and continues to lead the organization.',
    pattern: new RegExp(`\\b(?:[Hh]e|[Ss]he)\\b(?: [^⟦;.]{0,40}? and)?${ADVERB} (?<verb>${LEADS}) ${GROUP_OBJECT}${CLAUSE_GOES_ON}`, 'g'),
    claims: (m) => [{ kind: 'leads', who: 'antecedent', role: null, how: leadTense(m.groups!.verb!, m), at: at(m, 'verb'), ...implied(m) }],
  },
  {
    id: 'kept-the-post',
    needs: new RegExp(`\\b(?:${OFFICE_NOUNS})\\b`),
    example: 'X took over as its leader; he remained in that position throughout 2022. / He still holds the post.',
    // The post the profile gave the person before, named by no role word: a leader's only (index.ts), and not one left
    // "until" a date. Present: held now; past: held at the year written with it (an appointment's dating).
    pattern: new RegExp(`(?:${P('who')}|\\b(?<pronoun>[Hh]e|[Ss]he))${ADVERB} (?<verb>${alt(KEPT_VERBS)}) (?:in )?(?:${KEPT_POST})\\b(?! of\\b)(?!,? until\\b)`, 'g'),
    claims: (m) => [{ kind: 'leads', who: m.groups!.pronoun ? 'antecedent' : Number(m.groups!.who), role: null, how: KEPT_NOW.test(m.groups!.verb!) ? 'current' : 'appointed', at: at(m, 'verb'), keeps: true }],
  },
  {
    id: 'plural-pronoun-leads',
    needs: /\b(?:[Tt]hey|[Bb]oth|[Tt]he two)\b/,
    example: 'X and Y took joint charge of TG in 2019, and they continue to lead it together. / They still lead the group.',
    // The leaders named together before it (index.ts), as for "Both were killed".
    pattern: new RegExp(`(?:^|[;,] (?:and |but )?|\\b(?:and|but) )${PLURAL_SUBJECT(false)}${ADVERB} (?<verb>${LEADS}) ${GROUP_OBJECT}${CLAUSE_GOES_ON}`, 'g'),
    claims: (m) => [{ kind: 'leads', who: 'antecedents', role: null, how: leadTense(m.groups!.verb!, m), at: at(m, 'verb'), ...implied(m) }],
  },
  {
    id: 'group-answers-to',
    needs: / to /,
    example: "Today the group answers to X. / TG's cells now answer to X.",
    // The group answering to someone: led by that person. Not one cell's commander.
    // (Not to a state's head: "TG answers to Supreme Leader X" is a state's force.)
    pattern: new RegExp(`${GROUP}(?<work>['’]s? (?:[\\w-]+ )?(?:cells|fighters|members|units|commanders))?(?: (?:now|today|still|currently|ultimately))? (?:${ANSWERING_VERBS.replace(/ to/g, '')}) (?:directly )?to (?!(?:the )?(?:${STATE_OFFICES.join('|')}) )${DESCRIBED(P('who'))}`, 'g'),
    // (Its fighters or cells answering to someone, as directing its operations, yield to a leader named outright: "TG's
    // fighters answer to X, the group's military chief".)
    claims: (m) => [{ kind: 'leads', who: Number(m.groups!.who), role: null, how: 'current', at: at(m, 'who'), ...implied(m) }],
  },
  {
    id: 'group-which-name-led',
    example: 'TG, which Malian preacher Amadou Barry has headed since 2016, ...',
    pattern: new RegExp(`⟦G⟧,? which (?:${DESCRIPTOR})?${P('who')}${ADVERB} (?<verb>${LEADS})\\b`, 'g'),
    claims: (m) => [{ kind: 'leads', who: Number(m.groups!.who), role: null, how: leadTense(m.groups!.verb!, m), at: at(m, 'who') }],
  },
  {
    id: 'took-over',
    example: "Nasir Qadri took over as TG's leader in 2021. / Bilal Hamdi assumed leadership of the group.",
    // "is widely believed to have assumed leadership": a change reported as holding now.
    // Or with no object, the leadership being the sentence's matter: "X ... took over soon afterward", "took over after the arrest".
    // The subject may be a relative clause's ("X, who has since consolidated control over the group") or a pronoun
    // ("he was freed in 2013 and has since resumed command of the group").
    pattern: new RegExp(`(?:${PS('who')}${AKA}${APPOS},?${FIRST_PREDICATE}|${RELATIVE_SUBJECT('who2')}|(?<pronoun>\\b(?:[Hh]e|[Ss]he)\\b)(?: [^⟦;.]{0,40}? and)?)(?:(?<perfect> has| have| is(?: (?:${COPULA_ADVERBS}))* (?:believed|thought|said|reported|understood) to have)| had)?(?: since)?${ADVERB} (?:(?<verb2>took over|taken over)(?=(?: (?:soon|shortly|immediately|quickly|later|then|afterwards?|thereafter))*(?: (?:after|following|when|upon)\\b|[.;]|$))|(?<verb>${alt(TAKE_OVER_VERBS)}|${RETURNED} to(?= (?:the |his |her |their |its )?(?:${LEADERSHIP_NOUNS})\\b)) (?:as ${R('role')}|(?:the |his |her |their |its )?(?:(?:interim|temporary|acting|overall|full|sole|joint|effective|operational) )?(?:${LEADERSHIP_NOUNS})\\b(?! (?:of|over) (?!(?:the remaining )?${REMNANTS_OF}?(?:the )?⟦G⟧|the group))|${GROUP}${CLAUSE_GOES_ON}))`, 'g'),
    // "has taken over", "has since resumed leadership": a change that holds now.
    claims: (m) =>
      (m.groups!.pronoun ? ['antecedent' as const] : m.groups!.who !== undefined ? people(m.groups!.who) : [Number(m.groups!.who2)]).map((who) => ({ kind: 'leads', who, role: num(m.groups!.role), how: m.groups!.perfect ? 'current' : 'appointed', at: at(m, m.groups!.verb ? 'verb' : 'verb2') })),
  },
  {
    id: 'rallied-behind',
    example: "TG's remaining cadres rallied behind X. / Its fighters have regrouped around X. / The remnants of TG gathered around X.",
    // The group's own people gathering behind a person: a change then, or one that holds now ("have regrouped around").
    // Not anyone else's: "Protesters in Dhaka rallied behind X".
    pattern: new RegExp(`(?:(?:⟦G⟧['’]s?|\\b(?:[Tt]he|[Ii]ts|[Tt]heir)) (?:(?:${REMAINING}|scattered|own) )?(?:members|fighters|cadres|militants|followers|ranks)|\\b${REMNANTS_OF}${GROUP})(?: (?<perfect>have|has))?(?: (?:soon|quickly|later|then|since|eventually))? (?:${RALLYING_VERBS}) (?:behind|around) ${P('who')}`, 'g'),
    claims: (m) => [{ kind: 'leads', who: Number(m.groups!.who), role: null, how: m.groups!.perfect ? 'current' : 'appointed', at: at(m, 'who') }],
  },
  {
    id: 'chose-name-as-role',
    example: 'In 2019 the group chose Yusuf Haddad as its new leader. / The group then named Maulana Idris Khan its emir. / selected X, a veteran commander, as its emir / elevated X to the chairmanship / elevated X to the top post / elevated X to the post of emir',
    // (The one chosen may be described by someone's role first: "named al-Deiri's former deputy, X, as the new emir",
    // "elevated its former operations chief, X, to the top post".)
    pattern: new RegExp(`\\b(?:${CHOOSING_VERBS}) (?:(?:(?:its|their|his|her|the|⟦G⟧['’]s?) )?(?:[a-z-]+ ){0,2}(?:⟦P\\d+⟧['’]s? )?⟦R\\d+⟧, |⟦R\\d+⟧ ){0,2}${P('who')}${AKA}${APPOS}(?:,? as(?: the| his| her| ${POSSESSOR})? ${R('role')}|(?: the)? ${R('role2')}|,? to (?:lead|head|command|run) ${GROUP}|,? to (?:the |its )?(?:${LEADERSHIP_NOUNS})\\b(?! (?:of|over) (?!(?:the )?⟦G⟧|the group))|,? to (?:the |its |⟦G⟧['’]s? )?(?:${TOP_OFFICE_WORDS}) (?:${OFFICE_NOUNS})\\b(?! of (?!(?:the )?⟦G⟧))|,? to the (?:${OFFICE_NOUNS}) of (?:the |its |⟦G⟧['’]s? )?${R('role3')})`, 'g'),
    claims: (m) => [{ kind: 'leads', who: Number(m.groups!.who), role: num(m.groups!.role ?? m.groups!.role2 ?? m.groups!.role3), how: 'appointed', at: at(m) }],
  },
  {
    id: 'declared-himself',
    example: 'X announced the creation of the emirate in 2007 and declared himself its amir, a position he still holds.',
    pattern: new RegExp(`${SUBJECT}${P('who')}${AKA}${APPOS},?${FIRST_PREDICATE}${ADVERB} (?:declared|proclaimed|named|crowned) (?:himself|herself) (?:the |a |an |${POSSESSOR} )?${R('role')}(?<still>,? a (?:position|post|title|role) (?:he|she) (?:still )?(?:holds|retains|has held))?`, 'g'),
    claims: (m) => [{ kind: 'leads', who: Number(m.groups!.who), role: num(m.groups!.role), how: m.groups!.still ? 'current' : 'appointed', at: at(m) }],
  },
  {
    id: 'handed-to',
    example: "The ailing emir handed leadership of the group to his deputy, X. / passed command of TG to X / X, the group's founder, has handed day-to-day leadership to his son, Y",
    // The one who hands it on, when named as the subject, no longer leads; the one it goes to may be named by kin ("his son, Y").
    pattern: new RegExp(`(?:(?<giver>⟦P\\d+⟧)${AKA}${APPOS},?(?: (?:has|had)(?: [a-z]+){0,3}?)?${ADVERB} )?\\b(?<verb>${HANDING_VERBS})(?: over)? (?:the |its |his |her )?(?:[a-z][\\w-]* )?(?:${LEADERSHIP_NOUNS})(?: of (?:${GROUP}|the (?:${GROUP_NOUNS})))?(?: over)? to (?:(?:his|her|its|the group's) )?(?:${R('role')},? |[a-z]+, )?${P('who')}`, 'g'),
    claims: (m) => [
      // "has (in recent years) handed": a change that holds now.
      { kind: 'leads', who: Number(m.groups!.who), role: null, how: /\b(?:has|have)\b[^⟦;.]{0,30}$/.test(m.input.slice(0, m.index + m[0].indexOf(m.groups!.verb!))) ? 'current' : 'appointed', at: at(m) },
      ...(m.groups!.giver ? [{ kind: 'leads' as const, who: Number(m.groups!.giver.slice(2, -1)), role: null, how: 'former' as const, at: at(m) }] : []),
    ],
  },
  {
    id: 'leadership-passed-to',
    example: 'Leadership has since passed to X. / Command of TG passed to X in 2019.',
    // The leadership itself as the subject: "has passed" holds now, "passed in 2019" is an appointment then.
    // "Leadership eventually passed, after a long dispute, to X". (Taken by someone, in the passive: leadership-held-by.)
    // (What is left of the group stands for it: "Leadership of the remaining fighters has since fallen to X".)
    pattern: new RegExp(`\\b(?:[Ll]eadership|[Cc]ommand|[Cc]ontrol)(?: of (?:${GROUP}|the (?:${GROUP_NOUNS})|the ${REMAINING} (?:fighters|members|militants|cadres)))? (?<aux>has |had )?(?:since |then |later |now |thereafter |[a-z]+ly )?(?:passed|fell|fallen|gone|went)(?:,? [^⟦;,.]{1,80},)? (?:to|into the hands of) (?:(?:his|her|its|the group's) )?(?:${R('role')},? |(?:[a-z]+ )?[a-z]+, )?${P('who')}`, 'g'),
    claims: (m) => [{ kind: 'leads', who: Number(m.groups!.who), role: null, how: m.groups!.aux === 'has ' ? 'current' : 'appointed', at: at(m) }],
  },
  {
    id: 'leadership-held-by',
    // (The cue for resting is its verbs alone: RESTS_WITH opens with adverbs, which would be tried at every position.)
    needs: new RegExp(`\\b(?:${HELD_VERBS.state}|${HELD_VERBS.change})\\b[^.;⟦]{0,60} by |\\b(?:rests|rested|lies|lay|lain|vested in|in the hands of)\\b`),
    example: 'Leadership of TG is exercised by X. / The position of emir has been held by X. / Command was assumed shortly thereafter by X. / Authority within the group is shared by X and Y. / Overall command rests with X.',
    // The leadership (of this group, or with no owner) as the subject of a passive, at a clause's start: holding it is
    // present or past as its tense; taking it is a change then, or one that holds now ("has since been assumed").
    // Not "Command of the raid was exercised by X", "leadership of which is exercised by X": another thing's.
    // A time may open the clause with no comma after it: "Since then the leadership of the group has been held by X"; an
    // adverb set off may follow the subject: "The direction of the group, however, has for years lain with X".
    pattern: new RegExp(`(?:^|[;:,] |\\b(?:and|but|while|after|when|that) )(?:${TIME_OPENER})?(?:(?:[Tt]he|[Ii]ts|⟦G⟧['’]s?|the (?:${GROUP_NOUNS})['’]s) )?(?:(?:[Oo]verall|[Uu]ltimate|[Jj]oint|[Dd]ay-to-day|[Ee]ffective|[Oo]perational|[Ss]upreme|[Ss]ole|[Tt]op|[Cc]urrent|[Pp]resent|[Rr]emaining|[Ss]urviving) )?(?:${LEADING_NOUN_ANY_CASE}|${STEERING_NOUN_ANY_CASE}|(?:${anyCase(OFFICE_NOUNS)}) of ${R('office')}|${anyCase(TOP_OFFICE_WORDS)} (?:${OFFICE_NOUNS}))(?: (?:of|over|within|in) (?:${GROUP}|the (?:${GROUP_NOUNS})))?(?:, (?:however|${COPULA_ADVERBS}|in practice|in turn|in effect),)? (?:(?<aux>is|are|was|were|has|have|had)${ADVERB_SLOT}(?<been>been )?(?:(?:${COPULA_ADVERBS}|[a-z]+ly|then|thereafter|thereupon|shortly thereafter|eventually|initially) )*(?:(?<state>${HELD_VERBS.state})|(?:${HELD_VERBS.change}))(?: (?:jointly|together|thereupon|(?:shortly |soon )?(?:thereafter|afterwards?|later|then)))?(?: (?:since|from) [^⟦,;]{1,40}?)? by|(?<rests>${RESTS_WITH})) ${BY_LEADERS}`, 'g'),
    claims: (m) => {
      const { aux, been, state, rests } = m.groups!;
      // Resting with someone is a state, told in the present or the past.
      if (rests) return people(m.groups!.who).map((who) => ({ kind: 'leads', who, role: num(m.groups!.office ?? m.groups!.role), how: restsNow(rests) ? 'current' : 'former', at: at(m, 'who') }));
      const present = aux === 'is' || aux === 'are' || ((aux === 'has' || aux === 'have') && been !== undefined);
      const how: How = present ? 'current' : state ? 'former' : 'appointed';
      return people(m.groups!.who).map((who) => ({ kind: 'leads', who, role: num(m.groups!.office ?? m.groups!.role), how, at: at(m, 'who') }));
    },
  },
  {
    id: 'taking-over-noun',
    needs: new RegExp(`\\b(?:${TAKING_OVER_NOUNS})\\b`),
    example: 'the assumption of the leadership by X / the succession to the command of TG by X / the rise of X as the group\'s new emir / X\'s elevation to the post of emir',
    // Taking the leadership told as a noun: a choice made, dated as any other. The office is this group's leadership, a
    // leading role, or a post of one; not "the assumption of responsibility", "the appointment of X as governor".
    pattern: new RegExp(`\\b(?:${TAKING_OVER_NOUNS}) (?:of|to) (?:the |its )?${LEADERSHIP_OFFICE}(?: of (?:${GROUP}|the (?:${GROUP_NOUNS})))? by (?:${POSSESSED_APPOSITION})?${P('who')}|(?:\\b(?:${TAKING_OVER_NOUNS}) of (?:${POSSESSED_APPOSITION})?${P('who2')}${AKA}${APPOS},?|${P('who3')}['’]s? (?:${TAKING_OVER_NOUNS})) ${TO_THE_OFFICE}`, 'g'),
    claims: (m) => [{ kind: 'leads', who: Number(m.groups!.who ?? m.groups!.who2 ?? m.groups!.who3), role: num(m.groups!.role ?? m.groups!.role2), how: 'appointed', at: at(m) }],
  },
  {
    id: 'place-taken-by',
    example: "His place was taken by X. / Karimi's place as emir was taken by X in 2008.",
    // The place is the leader's named before: "his" or a name; the one taking it is chosen then, as with "succeeded by".
    pattern: new RegExp(`(?:\\b(?<pronoun>[Hh]is|[Hh]er)|${P('old')}['’]s?) (?:${PLACE_NOUNS})(?: as ${R('role')})? (?:${PLACE_FILLED}) by (?:(?:his|her|its) (?:[a-z]+ )?[a-z]+,? )?${P('new')}`, 'g'),
    claims: (m) => [{ kind: 'succeeds', who: Number(m.groups!.new), old: m.groups!.pronoun ? 'antecedent' : Number(m.groups!.old), role: num(m.groups!.role), at: at(m, 'new') }],
  },
  {
    id: 'several-leaders-listed',
    example: 'TG has two leaders of equal standing: X, a former officer, and Y. / Authority over the group is divided between two men: X, who ..., and Y, who ....',
    // After a colon, a list of the people a number announced: as leaders when the number counts a leading role, or
    // people ("two men", "two former guerrillas") in a clause about leadership ("Authority", "command").
    // ("Two clerics share command of TG: X and Y": the word of leading may come after the number too; a title may stand
    // before each name, "two men who share command of the group: Commander X, whose base is on Basilan, and Y".)
    pattern: new RegExp(`(?<lead>\\b${LEADING_WORD}\\b(?:[^⟦;:.]|⟦G⟧)*?)?\\b(?:[Tt]wo|[Tt]hree|[Bb]oth) (?:[a-z-]+ ){0,2}?(?:${R('role')}|(?:[a-z]*men|[a-z]+s)\\b)(?<after>(?:[^⟦;:.]|⟦G⟧)*?)(?<sep>[:,]) (?<who>(?:⟦R\\d+⟧ )?⟦P\\d+⟧${AKA}${RELATIVE_ASIDE}(?:, (?:⟦R\\d+⟧ )?⟦P\\d+⟧${AKA}${RELATIVE_ASIDE})*,? and (?:⟦R\\d+⟧ )?⟦P\\d+⟧)`, 'g'),
    // A leadership claimed or contested by several is held by none of them: "Two figures then claimed the leadership: X and Y".
    // With a word of leading, a role counted is only what the people are ("Two veteran commanders share control of TG:").
    claims: (m) => {
      const leading = m.groups!.lead !== undefined || LEADING_WORD_IN.test(m.groups!.after!);
      // After a comma instead of a colon ("Two clerics are leading TG together at this time, X, ..., and Y"), only
      // with a word of leading: "Two TG commanders, X and Y, were arrested" names no leaders.
      if ((m.groups!.role === undefined && !leading) || (m.groups!.sep === ',' && !leading) || CONTESTED.test(m[0])) return [];
      // The clause's tense: "was directed jointly by two men: X and Y" tells a past.
      const how: How = /\b(?:was|were|had been)\b/.test(`${m.input.slice(Math.max(0, m.index - 30), m.index).split(/[;:.]/).pop()}${m.groups!.lead ?? ''}${m.groups!.after}`) ? 'former' : 'current';
      return people(m.groups!.who).map((who) => ({ kind: 'leads', who, role: leading ? null : num(m.groups!.role), how, at: at(m, 'who') }));
    },
  },
  {
    id: 'was-chosen-to-lead',
    example: 'Ismail Dawud was chosen to lead TG.',
    pattern: new RegExp(`${P('who')}${AKA},? (?:was|has been|had been) (?:${CHOSEN_VERBS}) to (?:lead|head|command|run) ${GROUP}`, 'g'),
    claims: (m) => [{ kind: 'leads', who: Number(m.groups!.who), role: null, how: 'appointed', at: at(m) }],
  },
  {
    id: 'chosen-to-succeed',
    example: 'X was named to succeed him. / X was chosen to succeed Y.',
    pattern: new RegExp(`${P('new')}${AKA}${APPOS},? (?:was|has been|had been) (?:${CHOSEN_VERBS}) to (?:succeed|replace) (?:${P('old')}|(?<pronoun>him|her))`, 'g'),
    claims: (m) => [{ kind: 'succeeds', who: Number(m.groups!.new), old: m.groups!.pronoun ? 'antecedent' : Number(m.groups!.old), role: null, at: at(m), named: true }],
  },
  {
    id: 'replacing',
    example: 'TG elected X as its emir, replacing Y, who had held the post since 2009.',
    pattern: new RegExp(`${P('new')}(?:[^⟦;.]|⟦R\\d+⟧)*?, (?:replacing|succeeding) ${P('old')}`, 'g'),
    claims: (m) => [{ kind: 'succeeds', who: Number(m.groups!.new), old: Number(m.groups!.old), role: null, at: at(m, 'old'), named: true }],
  },
  {
    id: 'replaced-with',
    example: "ISIS replaced TG's leader, X, with Y. / The group replaced X with his deputy, Y.",
    // With no role, a person replaced by another is the leadership changing hands ("ISIS replaced al-Barnawi with Y");
    // a role that does not lead says otherwise ("replaced its spokesman, X, with Y").
    pattern: new RegExp(`\\b(?:replaced|superseded) (?:(?:the |its |his |her )?(?:[a-z]+ )?${R('role')},? )?${P('old')},? with ${DESCRIBED(P('new'))}`, 'g'),
    claims: (m) => [{ kind: 'succeeds', who: Number(m.groups!.new), old: Number(m.groups!.old), role: num(m.groups!.role), at: at(m, 'new'), named: true }],
  },
  {
    id: 'succeeded',
    example: 'Ahmed Guled succeeded Farah Ismail as leader in 2014. / his deputy Zakaria Hamdan succeeded him. / X is believed to have succeeded him / X succeeded the deceased (a court\'s word for him)',
    pattern: new RegExp(`${P('new')}${AKA}${APPOS},?${AUXILIARIES} (?:${SUCCESSION_VERBS}) (?:to )?(?:${P('old')}|(?<pronoun>him|her|the deceased))(?: as (?:the )?${R('role')})?`, 'g'),
    claims: (m) => [{ kind: 'succeeds', who: Number(m.groups!.new), old: m.groups!.pronoun ? 'antecedent' : Number(m.groups!.old), role: num(m.groups!.role), at: at(m) }],
  },
  {
    id: 'name-list-shares-leadership',
    needs: /\bshared? /,
    example: 'X, a former army colonel, and Y, a preacher from Baquba, share its leadership. / X and Y now share command of TG.',
    // Several people, each perhaps described, sharing this group's leadership (not "the leadership of a rival militia").
    pattern: new RegExp(`${SUBJECT}(?<who>⟦P\\d+⟧${AKA}${RELATIVE_ASIDE}(?:, ⟦P\\d+⟧${AKA}${RELATIVE_ASIDE})*,? and ${KIN}⟦P\\d+⟧${AKA}${APPOS}),?(?: (?:now|currently|jointly|still))? (?<verb>share|shared) (?:its |their |the |⟦G⟧['’]s? )?(?:${alt(LEADERSHIP_NOUNS)})(?= of (?:${GROUP}|the (?:${GROUP_NOUNS})\\b)|[,.;]|$| (?:since|and|while|with|in)\\b)`, 'g'),
    claims: (m) => people(m.groups!.who).map((who) => ({ kind: 'leads', who, role: null, how: m.groups!.verb === 'shared' ? 'former' : 'current', at: at(m, 'verb') })),
  },
  {
    id: 'took-his-place',
    needs: / (?:his|her) (?:place|post|position)\b/,
    example: "X, a Ugandan who had commanded the group's fighters, took his place. / X, who had been his deputy, took his place.",
    // The place of the one named before, as "in his place"; only a leader's is the leadership (index.ts).
    pattern: new RegExp(`${P('new')}${AKA}${APPOS},?(?: has)? (?:took|taken|stepped into) (?:his|her) (?:place|post|position)\\b`, 'g'),
    // (A place is taken only once its holder has left it: "TG is led by X. After a guard was killed, a recruit took his place"
    // replaces no leader.)
    claims: (m) => [{ kind: 'succeeds', who: Number(m.groups!.new), old: 'antecedent', role: null, at: at(m, 'new'), vacated: true }],
  },
  {
    id: 'chose-in-his-place',
    needs: / in (?:his|her) (?:place|stead)\b/,
    example: 'The shura removed its emir, X, and installed Y in his place.',
    // "in his place": a successor chosen for the one named before, as "to succeed him".
    pattern: new RegExp(`\\b(?:${CHOOSING_VERBS}) (?:⟦R\\d+⟧ ){0,2}${P('new')}${AKA}${APPOS},? in (?:his|her) (?:place|stead)\\b`, 'g'),
    claims: (m) => [{ kind: 'succeeds', who: Number(m.groups!.new), old: 'antecedent', role: null, at: at(m, 'new'), named: true }],
  },
  {
    id: 'chose-to-succeed',
    example: 'The council chose Khalid Nasser, alias "the Engineer," to replace him. / selected his deputy, Yasin Adan, to succeed him / named X to take his place / chose X to succeed Y.',
    // (No word boundary after a name's tag: "⟦P1⟧." has none.)
    // (The kin may be two words or hyphenated: "his younger brother", "his son-in-law".)
    pattern: new RegExp(`\\b(?:${CHOOSING_VERBS}) (?:(?:his|her|its) (?:⟦R\\d+⟧|(?:[a-z-]+ )?[a-z-]+),? )?${P('new')}${AKA}${APPOS},? to (?:(?:replace|succeed) (?:${P('old')}|(?<pronoun>him|her)\\b)|take (?<pronoun2>his|her) place\\b)`, 'g'),
    // A choice of successor, as "was named to succeed him": the post is the leadership, with no role word.
    claims: (m) => [{ kind: 'succeeds', who: Number(m.groups!.new), old: m.groups!.pronoun || m.groups!.pronoun2 ? 'antecedent' : Number(m.groups!.old), role: null, at: at(m, 'new'), named: true }],
  },
  {
    id: 'succeeded-by',
    example: 'He was succeeded by Omar Diallo. / ... was killed in 2019 and replaced by Abu Zaid al-Kufi. / succeeded by his younger brother, X',
    // The successor may be named by kin or role first, as after "led by" ("by his younger brother, X", "by his deputy, X").
    pattern: new RegExp(`(?:${P('old')}|\\b(?<pronoun>He|She|he|she))(?:[^⟦;]|⟦R\\d+⟧)*? (?:was |had been |and (?:was )?)?(?:${SUCCESSION_VERBS})(?: as (?:the )?${R('role')})? by (?:${POSSESSED_APPOSITION})?${P('new')}`, 'g'),
    claims: (m) => [{ kind: 'succeeds', who: Number(m.groups!.new), old: m.groups!.pronoun ? 'antecedent' : Number(m.groups!.old), role: num(m.groups!.role), at: at(m, 'new') }],
  },
  {
    id: 'name-was-status',
    example: "TG's emir, Abu Usman Kabir, was killed in a drone strike in March 2020. / His successor is X, who was reported killed in 2021. / His successor, X, and the head of its council, Y, were killed",
    // Not the object of a preposition inside the subject ("Two aides close to X were killed"); one person alone is no
    // "were" ("X and two aides were arrested" is X and others).
    // (Or as the person's second predicate: "X ... was named to replace Y in August 2024 and was killed in October".)
    // (The relative clause may follow an apposition: "X, the group's political chief for a decade, who was captured in 2004";
    // or close it, when the apposition says what X is with no "of": "X, a South Waziristan militant who was himself killed".)
    // (An apposition with no one else in it: not "X, replaced Y, who was killed".)
    pattern: new RegExp(`${PS_KIN('who')}${AKA}(?:(?<rel>(?:, (?:[^,;⟦]|⟦[RG]\\d*⟧){1,80}?)?, who|, (?:an?|the) (?:(?!of\\b)(?:[^,;⟦]|⟦[RG]\\d*⟧)){1,60}? who)|${APPOS}(?<others>,? and (?:[^⟦;]|⟦[RG]\\d*⟧){1,40}?|,? and (?:[^⟦;]|⟦[RG]\\d*⟧){1,80}?,["”]? (?<second>⟦P\\d+⟧)${AKA},)?,?${FIRST_PREDICATE}) (?<be>was|were|(?:had|has)(?: (?:${COPULA_ADVERBS}))? been|remains|remained|is still|is(?= (?:presumed|believed|feared|thought) dead))${ADVERB} (?<cue>${STATUS_WORDS})\\b`, 'g'),
    // (A relative clause is told of its antecedent wherever it stands: "under the leadership of X, who was killed".)
    // (Two people each named after a role: "His successor, X, and the head of its council, Y, were killed together".)
    claims: (m) => ((m.groups!.be === 'were' && !m.groups!.others && people(m.groups!.who).length === 1) || (!m.groups!.rel && afterPreposition(m)) ? [] : [...people(m.groups!.who), ...(m.groups!.second ? people(m.groups!.second) : [])]).map((who) => ({ kind: 'status', who, status: statusOfCue(m.groups!.cue!), at: at(m, 'cue'), ...(m.groups!.rel ? { aside: true as const } : {}) })),
  },
  {
    id: 'name-serving-sentence',
    example: "TG's spiritual leader, X, is serving a 15-year prison sentence.",
    pattern: new RegExp(`${PS_KIN('who')}${AKA}${APPOS},? (?:is|was|has been|remains)(?: currently| still)? serving (?:a |an |his |her )?[^⟦;,.]{0,30}?\\b(?:sentence|prison term|term in prison)\\b`, 'g'),
    claims: (m) => people(m.groups!.who).map((who) => ({ kind: 'status', who, status: 'captured', at: at(m) })),
  },
  {
    id: 'name-held-in-prison',
    example: "TG's secretary general, X, has been held in a Jordanian prison since 2015.",
    pattern: new RegExp(`${PS_KIN('who')}${AKA}${APPOS},? (?:has been|have been|was|were|had been|is|are|remains|remain|remained)(?: (?:held|imprisoned|jailed|detained|kept)(?: [^⟦;,.]{0,30}?)?)? (?:in|at|behind) (?:an? |the )?(?:[\\w'-]+ ){0,2}(?:prison|jail|custody|detention|bars)\\b`, 'g'),
    claims: (m) => people(m.groups!.who).map((who) => ({ kind: 'status', who, status: 'captured', at: at(m) })),
  },
  {
    id: 'name-died',
    example: 'Mahdi Karrar, who had led TG since 2008, died in 2019. / X and more than 40 other commanders surrendered',
    // (With others, as name-was-status takes them: "X and more than 40 other commanders surrendered".)
    pattern: new RegExp(`${PS_KIN('who')}${AKA}${APPOS}(?: and (?:[^⟦;]|⟦R\\d+⟧){1,40}?)?${ADVERB},?(?: had| has)? (?<cue>${INTRANSITIVE_STATUS})\\b`, 'g'),
    claims: (m) => people(m.groups!.who).map((who) => ({ kind: 'status', who, status: statusOfCue(m.groups!.cue!), at: at(m, 'cue') })),
  },
  {
    id: 'name-left-group',
    example: 'In late 2012 the veteran TG commander X split from the group to create his own battalion. / X left TG in 2021.',
    // Leaving the group ends leading it, whatever the person leads next; leaving another body says nothing of this one
    // ("split from al-Qa'ida to create TG").
    pattern: new RegExp(`${PS_KIN('who')}${AKA}${APPOS}${ADVERB},?(?: had| has)? (?<cue>${LEAVING_VERBS}) (?:the )?⟦G⟧(?!['’])`, 'g'),
    claims: (m) => people(m.groups!.who).map((who) => ({ kind: 'status', who, status: 'former', at: at(m, 'cue') })),
  },
  {
    id: 'name-killing-himself',
    example: "TG's emir, X, detonated an explosive vest during a raid, killing himself.",
    pattern: new RegExp(`${PS_KIN('who')}${AKA},? (?:[^⟦;.]|⟦[GR]\\d*⟧){1,100}?, (?<cue>killing (?:himself|herself))\\b`, 'g'),
    claims: (m) => people(m.groups!.who).map((who) => ({ kind: 'status', who, status: statusOfCue(m.groups!.cue!), at: at(m, 'cue') })),
  },
  {
    id: 'until-his',
    example: 'Anwar Basri led the group from 2009 until his capture in 2014. / led by X until police killed him in 1998 / led by X until February 2010, when police took him into custody',
    // (The killing and capturing verbs are the status list's: "until he was liquidated", "until police arrested him",
    // "until he, too, was killed".)
    // (A name after "from", "in", "near" or "of" on the way is a place's, as in RELATIVE_ASIDE: "X, a preacher from the
    // area of al-Nuaimiya, until he was killed".)
    pattern: new RegExp(`${P('who')}(?:[^⟦;]|⟦[GR]\\d*⟧|(?<=\\b(?:from|in|near|of) )⟦P\\d+⟧)*? until (?:(?:[^⟦;,]{1,30}, when )?(?:he|she)(?:, (?:too|also|in turn),)? was${ADVERB} (?<cue>${TRANSITIVE_STATUS})|his (?<noun>${STATUS_NOUNS})|(?:[^⟦;,]{1,30}, when )?[^⟦;,]{1,40}? (?:(?<verb>${TRANSITIVE_STATUS}) him|(?<custody>took|had taken|have taken|has taken) him into custody))\\b`, 'g'),
    claims: (m) => {
      // (Custody has its object inside: "until February 2010, when authorities took him into custody".)
      if (m.groups!.custody) return [{ kind: 'status', who: Number(m.groups!.who), status: 'captured' as const, at: at(m, 'custody') }];
      const cue = m.groups!.cue ? 'cue' : m.groups!.noun ? 'noun' : 'verb';
      return [{ kind: 'status', who: Number(m.groups!.who), status: statusOfCue(m.groups![cue]!), at: at(m, cue) }];
    },
  },
  {
    id: 'verb-role-name',
    example: "Security forces killed TG's emir, Abu Usman Adil, in March 2020. / killed members of its leadership including leader X / killed TG founder and emir X / arrested five TG members, among them X / arrested his successor, X,",
    // (A title may stand before the name after the role: "captured TG's leader, Commander X".)
    // The person may be named as others see them: "arrested the man police describe as TG's leader, X".
    pattern: new RegExp(`\\b(?<cue>${TRANSITIVE_STATUS})(?: the)?(?:(?:[^;⟦]|⟦G⟧){0,80}?\\b(?:including|among them|among whom(?: (?:was|were))?)(?: (?:one|two|three|four|five|six|both|several|some|many) of)?)?${THE_ONE_SEEN_AS}? (?:${POSSESSOR} |(?:his|her|their) (?=⟦R))?${ROLES_BEFORE}?(?:⟦R\\d+⟧ )?(?:(?<listed>${LISTED_PEOPLE})|${PS_KIN('who')})(?!['’])`, 'g'),
    // (The people may be listed with their other names: "among them two of its most senior commanders, X (aka Comrade
    // Alipio) and Y (aka Comrade Gabriel)".)
    claims: (m) => people(m.groups!.listed ?? m.groups!.who).map((who) => ({ kind: 'status', who, status: statusOfCue(m.groups!.cue!), at: at(m, 'cue') })),
  },
  {
    id: 'death-of-name',
    example: 'Following the death of longtime leader X in a 2021 airstrike, ... / after the capture of TG emir X / announced the death of its emir, X, and',
    pattern: new RegExp(`${NOT_SOUGHT}\\b(?<cue>${STATUS_NOUNS}) of (?:(?:the |its |their |his |her )?⟦R\\d+⟧(?: |, (?=⟦P\\d+⟧(?:,|\\.|;| \\(|$))))?${P('who')}`, 'g'),
    // A comma after the role only when one closes the name too ("announced the death of its emir, X, and named ..."), or
    // the sentence ends there ("after the 2012 capture of its commander, X."): in "Following the death of its founder, X
    // assumed ..." X is the next clause's subject.
    claims: (m) => [{ kind: 'status', who: Number(m.groups!.who), status: statusOfCue(m.groups!.cue!), at: at(m, 'cue') }],
  },
  {
    id: 'name-possessive-status',
    example: "after Abdelmalek Saidi's death in 2020",
    pattern: new RegExp(`${NOT_SOUGHT}${P('who')}'s? (?<cue>${STATUS_NOUNS})\\b`, 'g'),
    claims: (m) => [{ kind: 'status', who: Number(m.groups!.who), status: statusOfCue(m.groups!.cue!), at: at(m, 'cue') }],
  },
  {
    id: 'group-lost-role-name',
    example: 'In 2020 TG lost its leader, X, in a French airstrike. / The group lost its founder and emir, X, to illness.',
    // The group as the subject of the loss: the person is no longer its leader (killed when a violent cause follows,
    // index.ts). Only a role and a name: "TG lost its base in Mora" loses no one.
    pattern: new RegExp(`${GROUP}(?: (?:has|had))? (?<cue>lost) ⟦R\\d+⟧(?: and ⟦R\\d+⟧)?, ${PS('who')}`, 'g'),
    claims: (m) => people(m.groups!.who).map((who) => ({ kind: 'status', who, status: 'former', at: at(m, 'cue') })),
  },
  {
    id: 'plural-pronoun-was-status',
    example: 'TG was led jointly by X and Y. Both were killed in an airstrike in 2016. / They were arrested in 2019.',
    needs: /^(?:Both|They|The two)\b/,
    pattern: new RegExp(`^${PLURAL_SUBJECT(true)}(?: were| had been| have been)${ADVERB} (?<cue>${STATUS_WORDS})\\b`, 'g'),
    claims: (m) => [{ kind: 'status', who: 'antecedents', status: statusOfCue(m.groups!.cue!), at: at(m, 'cue') }],
  },
  {
    id: 'pronoun-was-status',
    example: 'He was killed in an airstrike in 2015.',
    // At the sentence's start or its clause's: "...; he died in custody in 2004".
    // Without an auxiliary, only a cue that takes no object: "He replaced X" is active, X is the one replaced.
    // (A time may open the clause or the sentence: "...; in 2016 he stepped down", "In March 2012, he was killed".)
    // (Or after ", but": "X took control of TG after the founder's death, but he was arrested in June 2012".)
    // (Or reported: "...: officials told reporters that he was killed near Vedeno".)
    pattern: new RegExp(`(?:^(?:(?:In|On|By|After|Later|During|Within|Eventually|Finally|Subsequently)\\b[^⟦,;]{0,30}?, (?:he|she)|He|She)|[;:] (?:(?:in|on|by|after|later) [^⟦,;]{1,30}?,? )?(?:he|she)|, (?:but|yet) (?:he|she)|\\b(?:said|says|reported|confirmed|announced|stated|(?:told|informed) [^⟦,;.]{1,30}?) that (?:he|she))(?:(?: was| had been| were)${ADVERB} (?<cue>${STATUS_WORDS}|died)|${ADVERB} (?<cue2>${INTRANSITIVE_STATUS}))\\b`, 'g'),
    claims: (m) => [{ kind: 'status', who: 'antecedent', status: statusOfCue(m.groups!.cue ?? m.groups!.cue2!), at: at(m, m.groups!.cue ? 'cue' : 'cue2') }],
  },
  {
    id: 'verb-pronoun-status',
    example: 'His successor, X, aligned TG with al-Qaida, but troops killed him in a 2004 clash. / ...; police arrested her in 2019.',
    // A clause after the one that told of the person, its object the pronoun: what pronoun-was-status reads in the passive.
    // ("her" as an object, not a possessive: "killed her brother" is someone else.)
    // (Not denied: "security forces have never captured him".)
    pattern: new RegExp(`(?:, (?:but|and|yet|before)|[;:]) (?:(?:(?!\\b(?:never|not|yet to|failed|unable|trying|tried|attempt(?:ed|ing)?)\\b)[^⟦,;]){1,40}? )?(?<cue>${TRANSITIVE_STATUS}) (?:him|her)(?=[,.;]|\\s+(?:in|on|at|near|during|after|before|and|while|when|along|together|as|with|outside|inside|last|early|late)\\b|$)`, 'g'),
    claims: (m) => [{ kind: 'status', who: 'antecedent', status: statusOfCue(m.groups!.cue!), at: at(m, 'cue') }],
  },
];

/**
 * Casualty counts in a sentence, in three steps (as in chrono and compromise):
 *
 * 1. Tag: harm words from the lexicon (kill, murder, behead, die, wound,
 *    kidnap, capture: of people who are not fighters only, "deaths",
 *    "casualties", ...) and victim phrases (victims.ts: a count, a range or
 *    an article with its noun, coordinations added up: "five teachers, a
 *    guard and two students" → 8).
 * 2. Relate: RELATIONS below, short rows of data, each a way a harm word and
 *    a victim phrase stand to each other:
 *      harm-victims      "killing 10 soldiers", "kidnapped two Canadians, a Norwegian and a Filipina"
 *      victims-harm      "twelve soldiers died", "at least 24 people were killed and 40 others wounded"
 *      harm-of-victims   "the murder of 14 farmers", "the April abduction of a French reporter", "claimed the lives of 26 people"
 *      count-result      "resulted in 118 deaths", "claimed more than 1,000 lives"
 *      left-victims      "left 71 soldiers dead"
 *      took-hostages     "took 20 hostages", "were taken hostage"
 *      ambiguous         "killed or wounded more than 300", "150 casualties": no value for either (a diagnostic)
 *      along-with-others "was killed along with three other militants" (the named one counts too)
 *      unnumbered-plural "the hostages were beheaded": an incident with no number
 *      elliptical        "killed one hostage in May and another in October": a second incident, same harm
 * 3. Refine: a number that is a year is no count; a mention overlapping an
 *    earlier one is dropped (rows run in order, most specific first).
 */
import type { Count } from '../../record/schema.js';
import type { Span } from '../../text/span.js';
import { collapseSpace } from '../../text/view.js';
import { matchesOf } from '../../text/matches.js';
import { AMBIGUOUS_HARM, DIRECT_ATTACK_VERBS, HARM_WORDS, NATURAL_DEATH, ORDINALS, TOLL_NOUNS, alternation, literalStems, namesPeople, type HarmRole } from '../lexicon.js';
import { MONTH_NAME } from '../../text/dates.js';
import { NUMBER_SOURCE, VAGUE_WORDS } from '../../text/numbers.js';
import { eitherCase } from '../../text/phrases.js';
import { CASUALTY_PART, COUNT_HEAD, headNoun, parseVictims, victimsEndingAt, type VictimItem, type Victims } from './victims.js';
import { isPlaceName } from '../../geo/places.js';

export type Role = HarmRole | 'ambiguous';

export interface CountMention extends Span {
  role: Role;
  /** null: harm with no number at all ("the hostages were beheaded"). */
  count: Count | null;
  rule: string;
  /** "killing 71 and 89 soldiers, respectively": this count's place in such a list, and the list's length. */
  respective: { index: number; of: number } | null;
}

const forms = (key: 'verb' | 'participle' | 'noun' | 'result') => HARM_WORDS.filter((h) => h[key]).map((h) => h[key]!);
const VERB = alternation(forms('verb'));
/** Deaths told with no object: "died", "lost their lives", "succumbed to their injuries". */
// (In the present too, as narration in the present tells them: "two traders die"; and as translations from French write
// them: "six soldiers lost life", "three gendarmes find death"; from Spanish: "two soldiers lost the life".)
// (And as the Arabic press writes them: "nine soldiers fell as martyrs", "a policeman fell as a martyr", "seven soldiers
// attained martyrdom".)
const DIED = 'fell (?:as )?(?:an? )?martyrs?|attained martyrdom|attains martyrdom|embraced martyrdom|embraces martyrdom|achieved martyrdom|died|dies|die|perished|perishes|drowned|lost their lives|lose their lives|lost (?:the )?life|loses? (?:the )?life|found death|finds? death|dead|succumb(?:ed|s)? to (?:(?:his|her|their) )?(?:injuries|wounds)';
const PARTICIPLE = alternation([...forms('participle'), DIED]);
const NOUN = alternation(forms('noun'));
const AMBIGUOUS = AMBIGUOUS_HARM.join('|');
const INTRANSITIVE = new RegExp(`^(?:${DIED})$`, 'i');
const LIVES_LOST = /^,? (?:were|was|had been|have been) (?:lost|taken)\b/i;
const LIVES_TAKEN = /\b(?:claim(?:ed|ing|s)?|t(?:ook|aking|akes?)|cost(?:ing|s)?)(?: the)? $/i;
// A verb of reporting before a count and a bare participle: "officials confirmed 19 soldiers killed".
// (Or a toll told as a list after its copula: "The toll was seven cadets killed and 11 wounded".)
// ("The casualties were reported as four soldiers killed and 10 wounded", "given by the army as five soldiers killed".)
// ("a toll of six dead and 22 injured"; as translations from French write it, "a balance sheet of nine dead"; with its
// source: "The toll released by the army was four soldiers killed".)
/** A toll noun before its count, in either case: "a toll of", "Casualties of", "a balance sheet of". */
const TOLL_OF = `(?:${TOLL_NOUNS.map(eitherCase).join('|')}) of`;
/** The same nouns before a copula; a bare "balance" only before "is of" or "was of" ("the balance was tipped" is none). */
const TOLL_NOUN = `${TOLL_NOUNS.filter((w) => w !== 'balance').map(eitherCase).join('|')}|[Bb]alance(?= (?:is|was) of)`;
const REPORTING_VERB = '(?:confirmed|reported|announced|acknowledged|recorded|documented|counted|listed|estimated|' + TOLL_OF + '|(?:reported|given|listed|put|records?|recorded)(?: by (?:the )?[A-Za-z]+(?: [A-Za-z]+)?)?(?: the (?:death )?toll)? as|(?:' + TOLL_NOUN + ')(?:, [^,;]{1,80},| (?:given|released|issued|published|announced|provided|reported) by [^,;]{1,60}?)? (?:(?:was|is) of|was|were|is|are|numbered|totaled|totalled|included|comprised|stood at|stands at))';
// A count told with its verb, then a comma: the next count's verb is left out ("two policemen were killed, a third injured").
// (Or a toll listed in parentheses: "(one dead, four hurt)".)
const TOLD_WITH_VERB = '\\b(?:were|was) (?:[a-z]+ly )?(?:killed|wounded|injured|hurt)\\b';
const TOLD_IN_PARENTHESES = '\\((?:at least |about |some )?(?:[a-z]+|\\d+)(?: [a-z]+)? (?:dead|killed), ';
// (Or a toll told with no verb at all: "a bomb hits a vehicle: three soldiers dead, one lightly wounded".)
// (In note form too: "; 2 x US soldiers KIA, 6 WIA".)
// (A list may be counted so: "– 4 UAE soldiers and 1 Bahraini officer killed, 2 injured".)
const TOLD_BARE = '(?:^|[:;.-] )(?:at least |about |some )?(?:[A-Za-z]+|\\d+)(?: x)?(?:[ -](?:[A-Za-z]+|\\d+)){0,7} (?:dead|killed|died|KIA), ';
const ELLIPSIS_BEFORE = new RegExp(`${TOLD_WITH_VERB}[^,;.]{0,30}, $|${TOLD_IN_PARENTHESES}$|${TOLD_BARE}$`);
const COUNT_TOLD = new RegExp(`${TOLD_WITH_VERB}|${TOLD_IN_PARENTHESES}|${TOLD_BARE}`);
const REPORTED = new RegExp(`\\b${REPORTING_VERB}\\b`);
const REPORTED_BEFORE = new RegExp(`\\b${REPORTING_VERB} $`);
/** Where a toll that is a whole clause starts and ends: "Jul: rocket fire on the prison; 1 guard killed, 3 hurt." */
// (A dash opens one too, as the matching view writes it: "near Tuz Khurmatu – five killed, three injured".)
// (Or the comma after a date's year: "the bombing of a market on 18 July 1994, eighty-five killed and hundreds injured".)
const CLAUSE_OPENER = '(?:^|[:;-] |(?<=\\b(?:19|20)\\d\\d), )';
const CLAUSE_START = new RegExp(`${CLAUSE_OPENER}$`);
/** A clause opened within the last words before a participle: such a toll may be its clause's whole (CLAUSE_START). */
const CLAUSE_OPENED_NEAR = new RegExp(`${CLAUSE_OPENER}[^:;,.()]{1,40}$`);
// (Or "and" before the next count: "; a police conscript killed and another injured", "- five officers killed and more
// than forty wounded".)
// (Or a closing dash: "on 25 July 1995 - eight killed - and in that of ...". Or "and" before a vague count: "eighty-five
// killed and hundreds injured".)
const CLAUSE_END = new RegExp(`^(?:[,.;)]|$| -(?= )| and (?=another|an? |\\d|[a-z]+ (?:others?|more)\\b|(?:(?:more than|at least|some|about|over|nearly|almost|around|up to) )?${NUMBER_SOURCE}|(?:${VAGUE_WORDS.join('|')})\\b))`);
/** A count added to one just told: "the toll of the dead reached 19, in addition to 13 wounded". */
const ADDED_BEFORE = /\b(?:in addition to|as well as|besides) $/;
/** Words that open a part of a toll just told: "11 dead, among them four Israelis", "including six children". */
const PART_OF_TOLL_BEFORE = /\b(?:among them|among whom|of whom|of them|including) [^;.]*, and $/i;
// The auxiliary before a passive participle, read backwards from it (a pattern starting with an optional group scans slowly),
// with up to two adverbs between: any "-ly" word ("reportedly", "seriously", "lightly") and a few others.
// ("were reported killed", "were said to have been killed": a passive told at second hand; "were later found beheaded".)
// ("were shot and killed", "was abducted and beheaded": a participle coordinated before it shares the auxiliary.)
// "some 40 persons were reported to have lost their lives", "nine passengers are believed to have died": a death told at
// second hand (only with a verb that takes no object: "were reported to have killed" is the active).
const REPORTED_TO_HAVE = /(?:^|\s)(?:were|was|are|is) (?:[a-z]+ly )?(?:reported|said|believed|thought|known|confirmed) to have $/i;
// ("Approximately 30,000 persons have died in Peru since 1980": a death with no object, in the perfect.)
const PERFECT_BEFORE = /(?:^|\s)(?:have|has)(?: (?:[a-z]+ly|since|also|now|all))? $/i;
const AUX_BEFORE = /(?:^|\s)(?:were|was|had been|have been|has been|are|is|being|been|had)(?: (?:[a-z]+ly|also|later|all|then)){0,2}(?: (?:reported|said|believed|thought|confirmed|found)(?: to have been)?)?(?: (?:[a-z]+ed|shot|beaten|stabbed) and)? $/i;

/** Harm words that harm only people who are not fighters (a capture), read from the lexicon. */
const PEOPLE_ONLY = new RegExp(`^(?:${HARM_WORDS.filter((h) => h.peopleOnly).flatMap((h) => [h.verb, h.participle].filter(Boolean)).join('|')})$`, 'i');

/** The role a harm word stands for, read from the lexicon. */
const ROLE_PATTERNS: Array<[RegExp, HarmRole]> = HARM_WORDS.map((h) => [new RegExp(`^(?:${[h.verb, h.participle, h.noun, h.result].filter(Boolean).join('|')})$`, 'i'), h.role]);
export function roleOf(word: string): HarmRole {
  if (INTRANSITIVE.test(word)) return 'killed';
  return ROLE_PATTERNS.find(([re]) => re.test(word))?.[1] ?? 'killed';
}

/** Every word a relation needs, from the lexicon: a sentence without one is not read (the speed cue). */
export const COUNT_CUE = new RegExp(`\\b(?:${literalStems([...(['verb', 'participle', 'noun', 'result'] as const).flatMap(forms), DIED, 'lost|losing|loss of', 'bodily harm', 'victims', AMBIGUOUS, 'hostage', 'toll', 'treated', 'hospital', 'revised|corrected|count']).join('|')})`, 'i');

interface Found {
  /** Where the harm and the victims stand, together. */
  span: Span;
  role: Role;
  victims: Victims | null;
}

/**
 * A relation: a pattern over the sentence that finds the harm word, and how
 * the victims stand to it. `victims` is 'after' (parse from the end of the
 * match), 'before' (the phrase ending where the match starts), or 'none'.
 */
interface Relation {
  id: string;
  example: string;
  pattern: RegExp;
  victims: 'after' | 'before' | 'none';
  /** The role, when the pattern does not name it through a harm word group. */
  role?: Role;
  /** A literal the pattern cannot match without (or, for several forms, a pattern of them): the row is skipped on a sentence without it (a test checks a literal is in the pattern). */
  needs?: string | RegExp;
  /** Extra one for a named victim ("X was killed along with three other militants"). */
  plusOne?: boolean;
  /** The list is followed by its own predicate ("left 17 militants and eight soldiers dead"): its last item is no new clause's subject. */
  predicateAfter?: boolean;
  /** Only a count in figures or words makes a toll here, not a vague quantity. */
  numbered?: boolean;
}

/** Words right before a number that make it no count of victims: a month ("October 7"), "all but". */
const NOT_A_COUNT_BEFORE = new RegExp(`(?:${MONTH_NAME.source}\\.?|\\b[Aa]ll but) $`);

/** The rows whose count replaces the one of its harm told before it for the same incident (incidents.ts, index.ts). */
export const REVISING: ReadonlySet<string> = new Set(['toll-revised', 'toll-corrected', 'final-count']);

export const RELATIONS: readonly Relation[] = [
  { id: 'ambiguous-verb', needs: ' or ', example: 'killed or wounded more than 300 people', pattern: new RegExp(`\\b(?:killed|killing) (?:or|and) (?:wounded|wounding|injured|injuring) (?=\\S)`, 'gi'), victims: 'after', role: 'ambiguous' },
  { id: 'ambiguous-passive', needs: ' or ', example: '45 people were killed or injured', pattern: /\b(?:killed|dead) or (?:wounded|injured)\b/gi, victims: 'before', role: 'ambiguous' },
  { id: 'ambiguous-casualties', needs: 'casualties', example: 'caused 150 casualties', pattern: /\bcasualties\b/gi, victims: 'before', role: 'ambiguous' },
  // (The others may come after where and when: "was killed in a gunfight with soldiers in Anantnag in July 2016, along with
  // two other militants".)
  { id: 'along-with-others', needs: / (?:along|together) with /, example: 'was killed along with three other militants; was killed in an airstrike near Jilib together with four of his guards', pattern: new RegExp(`\\b(?:was|were) (?<harm>${PARTICIPLE})(?: [^.;]{1,100}?,?)? (?:along|together) with (?=\\S)`, 'gi'), victims: 'after', plusOne: true },
  { id: 'took-hostages', needs: 'hostage', example: 'took 20 hostages', pattern: /\b(?:took|taking|seized|seizing|held|holding) (?=(?:\S+ ){1,6}?hostages?\b)/gi, victims: 'after', role: 'kidnapped' },
  // Not a subject's description before its own harm: "nine aid workers held hostage by TG since 2018 were killed".
  { id: 'taken-hostage', needs: 'hostage', example: '800 people were taken hostage', pattern: /\b(?:taken|held) hostage\b(?![^.;]{0,80}? (?:were|was|had been) (?:killed|executed|murdered|beheaded|shot))/gi, victims: 'before', role: 'kidnapped' },
  { id: 'put-toll-at', needs: ' at', example: 'put the death toll at 37; put the number of injured at "over 100"; put the final toll of the bombing at 33 dead and 70 wounded; the toll was put at six dead; put the dead at 41', pattern: /\bput(?:s|ting)? the (?:(?:final|official|overall|total) )?(?:death toll|toll|number of (?:[a-z]+ (?:and [a-z]+ )?)?(?<harm>dead|killed|injured|wounded)|(?<harm2>dead|wounded|injured))(?: (?:of|from|in) [^.;"]{1,80}?)? at "?(?=\S)|\b(?:death toll|toll)(?: (?:of|from|in) [^.;"]{1,80}?)? (?:was|had been|has been)(?: [a-z]+ly| later)? (?:put|placed|estimated|fixed) at "?(?=\S)|\b(?:the )?(?<harm3>fatalities|deaths|dead|injuries|injured|wounded)(?: (?:of|from|in) [^.;"]{1,80}?)? (?:were|was|had been|have been)(?: [a-z]+ly| later)? (?:put|placed|estimated|fixed) at "?(?=\S)/gi, victims: 'after' },
  // Treated in hospital: the wounded ("16 others were being treated in hospital", "had treated 9 for injuries"); not "treated for shock".
  { id: 'treated-wounded', needs: 'treated', example: '16 others were being treated in hospital', pattern: /\b(?:were|was) (?:being )?treated\b(?! for (?:shock|trauma|smoke))/gi, victims: 'before', role: 'wounded' },
  { id: 'treated-for-injuries', needs: 'treated', example: 'the hospital had treated 9 for injuries', pattern: /\btreated (?=(?:\S+ ){1,4}?for (?:injuries|wounds)\b)/gi, victims: 'after', role: 'wounded' },
  // In hospital: the wounded ("with 65 people in hospital", "Thirty remain in hospital"; not "two more died in hospital",
  // whose victims stand before their verb, nor "killing 12 people in the hospital", an object), or sent there.
  { id: 'in-hospital', needs: 'hospital', example: 'with 65 people in hospital; thirty remain in hospital', pattern: /\b(?:(?:are|were|is|was|remain|remains|remained|lay|lie|lies) (?:still )?)?(?<!\b(?:died|dies|die|dying|succumbed|passed away|later|has|have|had) )in (?:a |the )?hospitals?\b/gi, victims: 'before', role: 'wounded' },
  { id: 'sent-to-hospital', needs: 'hospital', example: 'sending 30 others to hospital; rushed 12 people to a hospital', pattern: /\b(?:sending|sent|taking|took|rushing|rushed|admitting|admitted) (?=(?:\S+ ){1,5}?to (?:a |the )?hospitals?\b)/gi, victims: 'after', role: 'wounded' },
  // A toll revised: the later figure replaces the one told before it (incidents.ts, index.ts).
  { id: 'toll-revised', needs: /toll|number of|death count/, example: 'the toll rose to 18; the death toll later climbed to 15; an initial toll of six dead later rose to 11; a toll of six was later raised to 11; bringing the death toll to three; bringing the number of dead to three', pattern: /\b(?:(?:the |its )?(?:death )?toll(?: of [^,;.]{1,30}?)? (?:(?:was|has been|had been) )?(?:(?:later|eventually|subsequently|then|since|soon|quickly) )?(?:rose|had risen|has risen|climbed|grew|increased|went up|raised|revised(?: upward)?) to|(?:bringing|raising|taking|pushing) the (?:(?:death )?toll|death count|number of (?:the )?(?:dead|deaths|fatalities)) to) (?=\S)/gi, victims: 'after', role: 'killed' },
  // A toll corrected: "later revised the toll down to eight", "the figure was later corrected to seven", "announced a
  // final count of 14", "the army's official count, confirmed by hospital records, was six" (REVISING).
  // (Raised only with its object: "later raised it to 305", not "raised to the rank of".)
  { id: 'toll-corrected', example: 'later revised the toll down to eight; the figure was later corrected to seven; prosecutors later raised it to 74', pattern: /\b(?:(?:revised|corrected|lowered|reduced|adjusted|amended)(?: (?:it|(?:the|its|their) (?:death )?(?:toll|figure|count|number|total)))?|(?:raised|increased|updated) (?:it|(?:the|its|their) (?:death )?(?:toll|figure|count|number|total)))(?: (?:down|downward|downwards|upward|upwards|up))? to (?=\S)/gi, victims: 'after', role: 'killed' },
  { id: 'final-count', needs: 'count', example: 'announced a final count of 14; the army\'s official count was six', pattern: /\b(?:a|the|its|[\w-]+['’]s) (?:final|official|revised|corrected) (?:death )?(?:figure|count|tally|total)(?:, [^,;.]{1,60},)? (?:of|was|stood at) (?=\S)/gi, victims: 'after', role: 'killed' },
  // (Among whom may come first: "the death toll among the servicemen reached nine". A bare "toll:" before people, as a
  // note: "(toll: 9 soldiers)".)
  { id: 'death-toll', needs: 'toll', example: 'a death toll of 27 soldiers; the death toll rose to 31; the death toll among officers reached eight; (toll: 9 soldiers)', pattern: /\bdeath toll(?: among [^,;.\d]{1,40}?)? (?:of|(?:[a-z]+ly )?(?:(?:rose|climbed|reached|stood|grew) (?:to|at)|reached|was)) (?=\S)|\b(?:death )?toll: (?=\S)/gi, victims: 'after', role: 'killed' },
  { id: 'to-death-passive', needs: 'to death', example: 'a priest was hacked to death; three teachers were stabbed to death; 29 pupils were burned or shot to death', pattern: /\b(?:was|were|had been|have been|has been)(?: [a-z]+ly)? (?:(?:stabbed|beaten|burned|hacked|stoned|bludgeoned|clubbed|shot) (?:or|and) )?(?:stabbed|beaten|burned|hacked|stoned|bludgeoned|clubbed|shot) to death\b/gi, victims: 'before', role: 'killed' },
  // Told as a noun: "the hacking to death of a bookseller", "the shooting dead of two policemen".
  { id: 'nominal-to-death', needs: ' of ', example: 'the hacking to death of a bookseller; the shooting dead of two policemen', pattern: /\b(?:stabbing|hacking|beating|burning|stoning|bludgeoning|clubbing|shooting) (?:to death|dead) of (?=\S)/gi, victims: 'after', role: 'killed' },
  { id: 'to-death', needs: 'to death', example: 'stabbed two people to death; hacked to death three bloggers', pattern: /\b(?:stabbed|stabbing|beat|beaten|beating|burned|burning|hacked|hacking|stoned|stoning|bludgeoned|shot|shooting) (?:to death (?=\S)|(?=(?:\S+ ){1,8}?to death\b))/gi, victims: 'after', role: 'killed' },
  { id: 'left-victims-passive', needs: 'left', example: 'six civilians were left dead', pattern: /\b(?:was|were|had been|have been) left (?<harm>dead|wounded|injured)\b/gi, victims: 'before' },
  { id: 'left-victims', example: 'left 71 soldiers dead', pattern: /\b(?:left|leaving) (?=\S)/gi, victims: 'after', predicateAfter: true },
  // The harm told as a noun with its victims after "to" or "by": "injuries to 11 customers", "injuries were sustained by 23 others".
  { id: 'harm-to-victims', needs: 'injur', example: 'causing injuries to four contractors; injuries were sustained by 23 others; with injuries caused to 22 persons', pattern: /\b(?<harm>injuries) (?:(?:caused |inflicted )?to|(?:were|was) (?:sustained|suffered|received|caused|inflicted) by) (?=\S)/gi, victims: 'after' },
  // The legal register's wounding: "caused grievous bodily harm to six commuters".
  { id: 'bodily-harm-to-victims', needs: 'bodily harm', example: 'caused grievous bodily harm to six commuters', pattern: /\b(?:grievous |serious |actual )?bodily harm (?:caused |inflicted )?to (?=\S)/gi, victims: 'after', role: 'wounded' },
  // A toll stated as a number: "fatalities numbered seven", "the number of wounded was put at 16 by a military spokesman".
  // The number of a harm going up to its toll, as the Arabic press writes it: "the number of the dead rose to 26", "the
  // number of dead among the police climbed by nightfall to seven", "the toll of the dead reached 19" (the number of
  // anything else, "the number of its fighters rose to 300", is no harm).
  { id: 'toll-numbered', example: 'fatalities numbered seven; the number of wounded was put at 16; the number of the dead rose to 26; the toll of the dead reached 19', pattern: /\b(?:(?<harm>fatalities|deaths|dead|injuries|wounded|injured) (?:numbered|totaled|totalled|stood at|reached)|(?:the number|the toll) of (?:the )?(?<harm2>dead|killed|injured|wounded)(?: (?:among|of|in) [^,;.\d]{1,40}?)? (?:(?:was|were) (?:put|estimated|given|placed|reported) at|(?:(?:[a-z]+ly|later|then|soon|since) )?(?:rose|had risen|has risen|climbed|increased|grew|went up)(?: [^,;.\d]{1,30}?)? to|reached|had reached|has reached|stood at)) (?=\S)/gi, victims: 'after' },
  // The toll as the subject: "the dead were 31 recruits and three passers-by" (a count must follow: "the dead were never
  // counted"; "the dead included 12 children", "Among the dead were 30 U.S. citizens" are a part of a toll told before).
  { id: 'the-dead-were', example: 'the dead were 31 recruits and three passers-by; the dead comprised four soldiers and two vendors; the deceased were three police officers; the deceased, numbering five,', pattern: /(?<!\b[Aa]mong )\b[Tt]he (?<harm>dead|deceased|wounded|injured)(?: (?:were|numbered|totaled|totalled|comprised)|, numbering) (?=\S)/g, victims: 'after' },
  // People lost: "The marines lost two men", "with the loss of eleven soldiers" (not "lost two trucks": every item names people).
  { id: 'lost-people', needs: 'los', example: 'the marines lost two men; with the loss of eleven soldiers', pattern: /\b(?:lost|losing|loss(?:es)? of) (?=\S)/gi, victims: 'after', role: 'killed' },
  { id: 'received-wounds', example: 'four more received gunshot wounds', pattern: /\b(?:received|suffered|sustained)(?: [a-z-]+)? (?<harm>wounds|injuries)\b/gi, victims: 'before', role: 'wounded' },
  { id: 'harm-of-victims', needs: ' of ', example: 'the murder of 14 farmers', pattern: new RegExp(`\\b(?<harm>${NOUN}) of (?=\\S)`, 'gi'), victims: 'after' },
  // "The attack makes eleven victims", "made seven dead among the passengers": a French toll ("faire onze victimes"),
  // told with a number ("made many victims" is none).
  { id: 'made-victims', example: 'the attack makes eleven victims; the explosion made seven dead', pattern: new RegExp(`\\b(?:makes?|made|making) (?=(?:${COUNT_HEAD}) (?:\\S+ ){0,2}?(?:victims|dead)\\b)`, 'gi'), victims: 'after', role: 'killed' },
  // (Or cost: "had cost more than four thousand five hundred lives".)
  { id: 'claimed-lives', needs: 'lives', example: 'claimed more than 1,000 lives; had cost more than four thousand five hundred lives', pattern: new RegExp(`\\b(?:claim(?:ed|ing|s)?|cost(?:s|ing)?) (?=(?:\\S+ ){1,6}?lives\\b)`, 'gi'), victims: 'after', role: 'killed' },
  { id: 'count-result', example: 'resulted in 118 deaths', pattern: new RegExp(`\\b(?<harm>deaths|fatalities|injuries)\\b`, 'gi'), victims: 'before' },
  // (Numbered only: "has admitted to numerous killings of Shia leaders" tells no toll.)
  { id: 'count-killings', example: 'responsible for more than 400 killings; attributed 15 assassinations to TG', pattern: new RegExp(`\\b(?<harm>killings|assassinations)\\b`, 'gi'), victims: 'before', numbered: true },
  // (Not before "or", which joins another harm, "were killed or wounded", unless it joins another death: "forty passengers
  // drowned or died in the blast".)
  { id: 'victims-harm', example: 'twelve soldiers died; 24 people were killed and 40 others wounded', pattern: new RegExp(`\\b(?<harm>${PARTICIPLE})\\b(?! along with\\b| or (?!(?:${DIED})\\b))`, 'gi'), victims: 'before' },
  { id: 'harm-victims', example: 'killing five teachers, a guard and two students', pattern: new RegExp(`\\b(?<harm>${VERB}) (?!by\\b)(?=\\S)`, 'gi'), victims: 'after' },
];

// "left 71 soldiers dead", "took 20 hostages": what must follow the victims for these rows, and the role it says.
// (Or "with injuries": "left fourteen more with injuries".)
const LEFT_AS = /^ (?:(dead|wounded|injured)\b|with (?:[a-z]+ )?(injuries|wounds)\b)/i;
const HARM_THEM = /\b(?:(?:killed|killing|executed|executing|murdered|murdering|beheaded|beheading|massacred|massacring)(?: all(?: of)?)? (?<who>them|him|her)|shot (?<who2>them|him|her) dead)\b/g;
/** A second harm joined to a passive first one: " and killed", " and later executed". */
const AND_THEN_HARM = new RegExp(`^ and (?:(?:later|then|subsequently|eventually|ultimately) )?(?<harm>${PARTICIPLE})\\b`, 'i');
/** A harm told of the people just attacked: "wounding both", "killing them", "killing all of them", "killing him". */
const HARM_OBJECT_BACK = /\b(?<harm>killing|wounding|injuring)(?: all(?: of)?)? (?<who>both|them|him|her)\b/g;
/** An attack on people named as its object: "stabbed two police officers", "ambushed three soldiers". */
// (Or the attack as a noun: "the shooting of an off-duty police officer, wounding him".)
const ATTACK_ON_OBJECT = new RegExp(`\\b(?:${alternation([...DIRECT_ATTACK_VERBS, 'stabbed', 'shot', 'shot at', 'fired on', 'opened fire on', 'hacked', 'targeted', 'struck', 'shooting of', 'stabbing of', 'attack on', 'assault on'])}) `, 'g');
// A plural subject and a harm verb with no number: "the hostages were beheaded", an incident with no count.
const UNNUMBERED_PLURAL = new RegExp(`\\b(?:the|their|its|TG|[A-Z][A-Za-z-]+) (?:[a-z-]+ )?(?:hostages|captives|prisoners|soldiers|civilians|workers|villagers) (?:were|had been|have been) (?<harm>${forms('participle').join('|')})\\b`, 'g');
// The second of two incidents told with one verb: "... in May and another in October", "... in March and three more in June".
// (The first place may be a town and its province: "two police officers in Soledad, Atlantico, and another in Santa Rosa".)
// (Or repeating the noun's "of": "the killings of an Italian aid worker in Dhaka in September and of a Japanese researcher".)
const ELLIPSIS = new RegExp(`^(?<gap> (?:in|on|during|at) [^,;]{1,40}?(?:, [A-Z][^,;]{0,30}?)?,? and,? (?:of )?(?:(?:[a-z]+ ){1,2}later,? )?)(?=(?:another|${COUNT_HEAD})\\b|(?<=\\bof )an? )`, 'i');

type Counted = Found & { rule: string; respective?: { index: number; of: number } };

const COUNT_START = new RegExp(COUNT_HEAD, 'g');
/** The last people counted in slice[from, to) that no count read: a number of people, each item a people noun. */
function peopleCountedBefore(slice: string, from: number, to: number, free: (s: Span) => boolean): Victims | null {
  let last: Victims | null = null;
  for (const c of matchesOf(COUNT_START, slice.slice(from, to))) {
    const v = parseVictims(slice, from + c.index);
    if (v && v.value !== null && v.end <= to && free(v) && v.items.every((item) => namesPeople(headNoun(slice, item)))) last = v;
  }
  return last;
}

/** Count mentions in view[start, end) (the matching view), in order, none overlapping. */
export function findCounts(text: string, view: string, start: number, end: number): CountMention[] {
  const slice = view.slice(start, end);
  if (!COUNT_CUE.test(slice)) return [];
  const found: Counted[] = [];
  const free = (s: Span) => !found.some((f) => f.span.start < s.end && s.start < f.span.end);
  const lower = slice.toLowerCase();
  for (const relation of RELATIONS) {
    if (relation.needs && !(typeof relation.needs === 'string' ? lower.includes(relation.needs) : relation.needs.test(lower))) continue;
    for (const m of matchesOf(relation.pattern, slice)) {
      let counted = countOf(relation, m, slice);
      // "the deaths of 20 guests and four guards, and more than 60 people were wounded": a subject list that runs into
      // a count already read keeps its last item only.
      if (counted && !free(counted.span)) counted = lastItemOnly(counted, relation);
      if (!counted || !free(counted.span)) continue;
      const each = respectively(counted, slice);
      if (each) {
        found.push(...each);
        continue;
      }
      const later = diedLater(counted, slice) ?? alongWith(counted, slice);
      if (later) {
        // Those more, told with a verb of their own, may have been read already ("..., and two more died later"): they
        // are this count's now.
        for (let i = found.length - 1; i >= 0; i--) if (found[i]!.span.start >= counted.span.end && found[i]!.span.start < later.span.end) found.splice(i, 1);
        found.push(later);
        continue;
      }
      found.push(counted);
      // An elliptical second incident after this one, with the same harm.
      const second = relation.victims === 'after' ? ellipticalAfter(counted, slice) : null;
      if (second && free(second.span)) found.push(second);
    }
  }
  // "kidnapped seven workers ... and later killed them": the pronoun counts the hostages taken before it.
  // ("beheaded him": the one person taken, counted by an article or a number.)
  for (const m of / (?:them|him|her)\b/.test(lower) ? matchesOf(HARM_THEM, slice) : []) {
    const one = (m.groups!.who ?? m.groups!.who2) !== 'them';
    const taken = found.filter((f) => f.role === 'kidnapped' && f.victims?.value != null && (!one || f.victims.value === 1) && f.span.end <= m.index).pop();
    const span = { start: m.index, end: m.index + m[0].length };
    if (taken && free(span)) found.push({ span, role: 'killed', victims: taken.victims, rule: 'harm-them' });
    // ... or the people counted just before it in its clause that no harm has read: "pulled 14 soldiers off a bus and
    // executed them", "rounded up nine villagers and shot them dead".
    else if (!taken && !one && free(span)) {
      const counted = peopleCountedBefore(slice, Math.max(slice.lastIndexOf(';', m.index), slice.lastIndexOf('. ', m.index)) + 1, m.index, free);
      if (counted) found.push({ span, role: 'killed', victims: counted, rule: 'harm-them' });
    }
  }
  // "stabbed two police officers at a checkpoint, wounding both", "ambushed three soldiers, killing them": the pronoun
  // counts the people the attack took as its object, in the same clause.
  for (const m of / (?:both|them|him|her)\b/.test(lower) ? matchesOf(HARM_OBJECT_BACK, slice) : []) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (!free(span)) continue;
    const clause = slice.slice(0, m.index);
    const attack = [...clause.matchAll(ATTACK_ON_OBJECT)].pop();
    if (!attack || clause.slice(attack.index).includes(';')) continue;
    const victims = parseVictims(slice, attack.index + attack[0].length);
    // ("him": one person, counted by an article; a victim named without one is no count, "attacked Senator X, wounding him".)
    const expected = m.groups!.who === 'both' ? 2 : m.groups!.who === 'them' ? null : 1;
    if (!victims || victims.value === null || (expected !== null && victims.value !== expected) || !victims.items.every((item) => namesPeople(headNoun(slice, item)))) continue;
    found.push({ span, role: roleOf(m.groups!.harm!), victims, rule: 'harm-object-them' });
  }
  // "two police officers were abducted and killed", "were kidnapped and later beheaded": the captives taken are the dead.
  for (const f of [...found]) {
    if (f.role !== 'kidnapped' || !f.victims || f.rule !== 'victims-harm') continue;
    const m = AND_THEN_HARM.exec(slice.slice(f.span.end, f.span.end + 40));
    const role = m ? roleOf(m.groups!.harm!) : null;
    const span = m ? { start: f.span.end + m[0].length - m.groups!.harm!.length, end: f.span.end + m[0].length } : null;
    if (span && (role === 'killed' || role === 'wounded') && free(span)) found.push({ span, role, victims: f.victims, rule: 'victims-harm-and' });
  }
  for (const m of lower.includes('were ') || lower.includes('been ') ? matchesOf(UNNUMBERED_PLURAL, slice) : []) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (free(span)) found.push({ span, role: roleOf(m.groups!.harm!), victims: null, rule: 'unnumbered-plural' });
  }
  // "killing four guards; a fifth victim, a cook, died the next day": one more of the same harm adds to its count.
  found.sort((a, b) => a.span.start - b.span.start);
  for (let i = found.length - 1; i > 0; i--) {
    const f = found[i]!;
    // (The count right before it, of the same harm: in "killing two officers and wounding a third" the third is wounded.)
    const p = found[i - 1]!.role === f.role ? found[i - 1] : undefined;
    if (!f.victims || f.victims.value !== 1 || !ONE_MORE.test(slice.slice(f.victims.start, f.victims.end)) || !p?.victims || p.victims.value === null || slice.slice(p.span.end, f.span.start).includes('.')) continue;
    found.splice(i - 1, 2, withMore(p, f.victims, f.span.end));
  }
  return found
    // (Nor a day after its month, "the October 7, 2023 attack, was killed", nor what "all but" leaves out: "all but one of
    // the attackers were killed" counts no one.)
    .filter((f) => !f.victims || (!isYear(f.victims) && !NOT_A_COUNT_BEFORE.test(slice.slice(Math.max(0, f.victims.start - 12), f.victims.start))))
    .map((f) => ({
      start: start + f.span.start,
      end: start + f.span.end,
      role: f.role,
      count: f.victims ? { value: f.victims.value, qualifier: f.victims.qualifier, text: collapseSpace(text.slice(start + f.victims.start, start + f.victims.end)) } : null,
      rule: f.rule,
      respective: f.respective ?? null,
    }))
    .sort((a, b) => a.start - b.start);
}

/**
 * The count a relation's match makes in the sentence, or null when its
 * victims are not there. (Its own function: V8 recompiles a whole function
 * when one of its sites meets a new object shape, and this runs on every
 * match of every row.)
 */
function countOf(relation: Relation, m: RegExpExecArray, slice: string): Counted | null {
  const harmWord = m.groups?.harm ?? m.groups?.harm2 ?? m.groups?.harm3 ?? m[0].trim();
  let victims: Victims | null = null;
  let span: Span;
  if (relation.victims === 'after') {
    victims = parseVictims(slice, m.index + m[0].length, { subject: relation.predicateAfter });
    if (!victims) return null;
    span = { start: m.index, end: victims.end };
  } else {
    // A bare participle with victims after it is the active verb ("a TG bomb killed 12"): harm-victims reads it.
    // Without "were"/"was", a transitive participle is passive only after "and" ("... were killed and 40 others wounded")
    // or "with" ("killed 14 people, with 30 others wounded").
    // ... or before its agent ("the bodies of 27 soldiers killed by TG").
    const aux = AUX_BEFORE.exec(slice.slice(Math.max(0, m.index - 40), m.index)) ?? (INTRANSITIVE.test(harmWord) ? (REPORTED_TO_HAVE.exec(slice.slice(Math.max(0, m.index - 40), m.index)) ?? PERFECT_BEFORE.exec(slice.slice(Math.max(0, m.index - 20), m.index))) : null);
    // (With no auxiliary, an adverb may still stand before a bare participle: "three soldiers dead, one lightly wounded".)
    const adverb = aux ? null : /(?<=\s)[a-z]+ly $/.exec(slice.slice(Math.max(0, m.index - 20), m.index));
    const at = aux ? m.index - aux[0].replace(/^\s/, '').length : m.index - (adverb?.[0].length ?? 0);
    const bare = relation.id === 'victims-harm' && !aux && !INTRANSITIVE.test(harmWord) && !slice.startsWith(' by ', m.index + m[0].length);
    const lead = bare ? slice.slice(Math.max(0, at - 90), at) : '';
    const told = !lead.includes(' and ') && !lead.includes(' with ') && !ADDED_BEFORE.test(lead) && !REPORTED.test(lead) && !COUNT_TOLD.test(lead);
    // ... or as a part of a count of casualties told by its harm: "30 casualties, including four people killed".
    const casualtyPart = bare && CASUALTY_PART.test(lead);
    if (bare && told && !/\([^()]{1,30}$/.test(lead) && !CLAUSE_OPENED_NEAR.test(lead) && !casualtyPart) return null;
    // A single "a bank" before a plural "were" is not its subject: in "two cops guarding a bank were killed" the
    // victims stand before what they were doing.
    const direct = victimsEndingAt(slice, at);
    const disagrees = direct !== null && direct.value === 1 && direct.items.length === 1 && /^an? /i.test(slice.slice(direct.start, direct.end)) && aux !== null && /^\s?(?:were|are|have been)\b/.test(aux[0]);
    victims = (disagrees ? null : direct) ?? victimsBeforeParticiple(slice, at);
    if (!victims || (relation.numbered && victims.value === null)) return null;
    // "the toll was 15 dead, among them three Germans and a Briton, and 30 wounded": the part of a toll told before
    // ends at ", and"; only what follows is this count's.
    const last = victims.items[victims.items.length - 1]!;
    if (victims.items.length > 1 && PART_OF_TOLL_BEFORE.test(slice.slice(Math.max(0, victims.start - 30), last.start))) victims = alone(last, victims);
    // ... or a toll in parentheses after the incident: "a bomb exploded in Kano (14 killed, 30 wounded)".
    const parenthesized = bare && slice[victims.start - 1] === '(';
    // ... or a toll that is its clause's whole, as note-form briefs write it: "...; 1 guard killed, 3 hurt."
    const wholeClause = bare && CLAUSE_START.test(slice.slice(Math.max(0, victims.start - 8), victims.start)) && CLAUSE_END.test(slice.slice(m.index + m[0].length));
    if (bare && told && !parenthesized && !wholeClause && !casualtyPart) return null;
    // ... or after a verb of reporting: "officials confirmed 19 soldiers killed"; or after "with": "killed 14, with 30 others wounded".
    // ("a clash with 20 soldiers killed three militants": after "with", only a participle with no object of its own.)
    if (bare && /\bwith $/.test(slice.slice(0, victims.start)) && parseVictims(slice, m.index + m[0].length + 1) !== null) return null;
    // ... or after a comma that elides the verb of a count just told: "ten were killed, over twenty wounded".
    if (bare && !parenthesized && !wholeClause && !casualtyPart && !/\b(?:and|with) $/.test(slice.slice(0, victims.start)) && !ADDED_BEFORE.test(slice.slice(Math.max(0, victims.start - 20), victims.start)) && !REPORTED_BEFORE.test(slice.slice(Math.max(0, victims.start - 110), victims.start)) && !ELLIPSIS_BEFORE.test(slice.slice(Math.max(0, victims.start - 60), victims.start))) return null;
    span = { start: victims.start, end: m.index + m[0].length };
  }
  // A figure the group claimed that others denied is no count: "said it had killed 30 soldiers; the army denied any
  // losses", "The group's website claimed that 15 officers had died, a figure officials rejected".
  if (GROUP_CLAIMED.test(slice.slice(Math.max(0, span.start - 60), span.start)) && DENIED.test(slice.slice(span.end))) return null;
  let role: Role = relation.role ?? roleOf(harmWord);
  // "A co-founder died of natural causes in 2008": a natural death is no incident.
  if (role === 'killed' && NATURAL_DEATH.test(slice.slice(m.index, m.index + 80))) return null;
  // "an attempt to kill a researcher", "plotted to kill 20 officers": a harm intended is no harm done. (A kidnapping
  // attempted is still read, for the harm told of its victim after it: "attempting to abduct a tourist, shot him dead".)
  if (relation.victims === 'after' && role !== 'kidnapped' && /\bto $/.test(slice.slice(Math.max(0, m.index - 10), m.index))) return null;
  // ", the first killing of a police officer in years": a description of the incident just told, no second one.
  if (relation.id === 'harm-of-victims' && /\bthe (?:first|second|third|last|latest|deadliest|worst|only|biggest|largest)(?: [a-z]+)? $/i.test(slice.slice(Math.max(0, m.index - 30), m.index))) return null;
  // "the lives of 100 employees" are lost only when something claimed, took or cost them ("put the lives of ... at risk").
  // (Or lost, in the passive: "the lives of 14 cadets were lost".)
  if (relation.id === 'harm-of-victims' && /^li(?:ves|fe)$/i.test(harmWord) && !LIVES_TAKEN.test(slice.slice(Math.max(0, m.index - 24), m.index)) && !LIVES_LOST.test(slice.slice(victims.end, victims.end + 30))) return null;
  // A bomber's own death is no victim's ("the three bombers also died", "a would-be bomber died"), as "killing himself" is not.
  // (Listed with the others, they are counted as the sentence counts them: "killed 33 civilians and the 12 bombers".)
  if (victims.items.every((item) => /\bbombers?\b/i.test(slice.slice(item.start, item.end)))) return null;
  // ... nor are attackers who died in their own attack ("both attackers died"); killed by someone, they count.
  if (INTRANSITIVE.test(harmWord) && victims.items.every((item) => /\b(?:attackers?|assailants?)\b/i.test(slice.slice(item.start, item.end)))) return null;
  // A capture is a kidnapping only of people who are not fighters: "captured 35 TG fighters" is an arrest, "captured three towns" no harm.
  if ((PEOPLE_ONLY.test(harmWord) || relation.id === 'lost-people') && !victims.items.every((item) => namesPeople(headNoun(slice, item)))) return null;
  if (relation.id === 'left-victims') {
    const as = LEFT_AS.exec(slice.slice(victims.end));
    if (!as) return null;
    role = as[1] ? roleOf(as[1]) : 'wounded';
    span = { start: span.start, end: victims.end + as[0].length };
  }
  if (relation.id === 'took-hostages' && !/\bhostages?$/i.test(slice.slice(victims.start, victims.end)) && !/^ hostages?\b/i.test(slice.slice(victims.end))) return null;
  if (relation.id === 'claimed-lives' && !/\blives$/i.test(slice.slice(victims.start, victims.end)) && !/^ lives\b/i.test(slice.slice(victims.end))) return null;
  if (relation.plusOne && victims.value !== null) victims = { ...victims, value: victims.value + 1 };
  // "X and two other militants were killed": the named one before "and" counts too (a name, not "children, and 50 others").
  // (Only a name that starts its clause is its subject: not "in Kabul, and 30 others", nor "killed Governor X, and two others".)
  // (Nor a place: "killed 12 people in Kabul, Afghanistan, and 30 others were wounded".)
  const named = relation.victims === 'before' && victims.items[0]?.other ? NAMED_SUBJECT_BEFORE.exec(slice.slice(0, victims.start)) : null;
  if (named && victims.value !== null && !isPlaceName(named.groups!.name!)) {
    victims = { ...victims, value: victims.value + 1 };
  }
  return { span, role, victims, rule: relation.id };
}

// People described by what they were doing, between them and their harm: "three guards manning the gate of a prison in
// Jamalpur were killed", "two nurses working at a clinic near Beni were wounded". The -ing word is a verb with its object
// or place after it (not "during", "including", "the building"), with no clause break to the harm.
const DOING = /\s(?!(?:during|including|according|following|regarding|concerning|morning|evening|building|wedding|meeting|gathering|shooting|bombing|fighting|training|uprising|nothing|something|anything|everything)\b)[a-z]+ing(?=\s(?:the|a|an|at|in|on|to|from|for|with|near|along|inside|outside|his|her|their|its)\b)[^,;.]{0,70}$/;

function victimsBeforeParticiple(slice: string, at: number): Victims | null {
  const from = Math.max(0, at - 90);
  const doing = DOING.exec(slice.slice(from, at));
  if (!doing) return null;
  const victims = victimsEndingAt(slice, from + doing.index);
  return victims && victims.items.every((item) => namesPeople(headNoun(slice, item))) ? victims : null;
}

const GROUP_CLAIMED = /\b(?:(?:the )?(?:group|militants|attackers|insurgents)(?:['’]s (?:website|statement|spokesman|media))?|its (?:website|statement|spokesman|media)) (?:(?:had|has|have|later|also) )*(?:claimed|boasted|said|asserted)\b[^.;]{0,50}$|\b(?:claimed|boasted|said) (?:that )?it had\b[^.;]{0,30}$/i;
// (Or set against the authorities' own figure: "The group claimed more than 50 deaths, while officials put the toll at 12".)
const DENIED = /^[^.]{0,80}?\b(?:denied|dismissed|rejected|disputed|discounted|never (?:corroborated|confirmed|verified)|no evidence|(?:while|but|whereas) (?:officials|authorities|the (?:army|government|police|military|ministry)))\b/i;

// A name that opens its clause, then "and": "Commander X and two other militants were killed".
const NAMED_SUBJECT_BEFORE = /(?:^|[.;:] |, |\b(?:and|but|while|when|after) |\b(?:[a-z]+ )?(?:commander|leader|emir|chief|militant|member)s? )(?<name>(?:[A-Z][\w'’.-]* ){0,3}[A-Z][a-z]+),? and $/;

/** One item of a victim phrase as a phrase of its own, with the phrase's qualifier. */
const alone = (item: VictimItem, v: Victims, start = item.start): Victims => ({ start, end: item.end, value: item.value, qualifier: v.qualifier, items: [item] });

/** A subject list that overlaps a count already read, cut to its last item (the subject of this harm). */
function lastItemOnly(counted: Counted, relation: Relation): Counted | null {
  const v = counted.victims;
  if (relation.victims !== 'before' || !v || v.items.length < 2) return null;
  const last = v.items[v.items.length - 1]!;
  return { ...counted, span: { start: last.start, end: counted.span.end }, victims: alone(last, v) };
}

/**
 * "killing at least 46 and 63 worshippers, respectively": one count for each place or incident named before,
 * not their sum. The first keeps the harm word's span; each other is its own item, so the incidents split there.
 */
function respectively(counted: Counted, slice: string): Counted[] | null {
  const v = counted.victims;
  // (After the list, or after the word that says its harm: "left 17 and 11 villagers dead, respectively".)
  if (!v || v.items.length < 2 || !/^,? respectively\b/.test(slice.slice(Math.max(v.end, counted.span.end)))) return null;
  return v.items.map((item, i) => ({
    ...counted,
    // Each count ends with its own item, so the incident of the next one starts there and quotes its number.
    span: i === 0 ? { start: Math.min(counted.span.start, item.start), end: item.end } : { start: item.start, end: item.end },
    victims: alone(item, v, i === 0 ? v.start : item.start),
    respective: { index: i, of: v.items.length },
  }));
}

/** One more victim told with an ordinal: "a fifth victim", "a third soldier", "a second reservist", "a third". */
export const ONE_MORE = new RegExp(`^an? (?:${ORDINALS})\\b`, 'i');
// More victims of the same harm later, in hospital or of their wounds: "nine policemen died at the scene and three more in
// hospital", "killed five shoppers ... and two more later in hospital" (one incident, not an elliptical second one).
// (Or in a clause of their own after a semicolon, naming whom: "killed four soldiers; two more soldiers died of their wounds".)
// (Or told as also killed, in a clause of their own: "killing eight policemen; a civilian was also killed in the attack".)
const DIED_LATER = new RegExp(
  `^(?<gap>[^,;.]{0,50}?(?:,? and |; ))(?=(?:(?:${COUNT_HEAD}) more|an? (?:${ORDINALS}))(?: [a-z]+)? (?:(?:later|subsequently|afterwards) )?(?:in (?:the |a )?hospital|(?:of|from) (?:their|his|her) (?:wounds|injuries)|(?:${DIED}))\\b|(?:${COUNT_HEAD}|an?)(?: [\\w'-]+){0,4} (?:was|were) also (?:killed|slain|shot dead)\\b)`,
  'i',
);

/** A count with more victims of its harm added: its victims and its span run on to theirs. */
function withMore(counted: Counted, more: Victims, spanEnd = more.end): Counted {
  const v = counted.victims!;
  return {
    ...counted,
    span: { start: counted.span.start, end: Math.max(counted.span.end, spanEnd) },
    victims: { ...v, end: Math.max(v.end, more.end), value: v.value! + more.value!, items: [...v.items, ...more.items] },
  };
}

/** The count with the victims who died later added, or null when none are told. */
function diedLater(counted: Counted, slice: string): Counted | null {
  const v = counted.victims;
  if (!v || v.value === null || counted.role !== 'killed') return null;
  const from = Math.max(v.end, counted.span.end);
  const later = DIED_LATER.exec(slice.slice(from));
  const more = later ? parseVictims(slice, from + later.groups!.gap!.length) : null;
  return more && more.value !== null ? withMore(counted, more) : null;
}

// People harmed with those counted, told after the harm: "Four more were wounded, along with a civilian guide".
const ALONG_WITH = /^,? (?:along|together) with /;

/** The count with those harmed along with them added, when every one of them names people; else null. */
function alongWith(counted: Counted, slice: string): Counted | null {
  const v = counted.victims;
  if (!v || v.value === null || counted.rule === 'along-with-others') return null;
  const from = Math.max(v.end, counted.span.end);
  const along = ALONG_WITH.exec(slice.slice(from));
  const more = along ? parseVictims(slice, from + along[0].length) : null;
  return more && more.value !== null && more.items.every((item) => namesPeople(headNoun(slice, item))) ? withMore(counted, more) : null;
}

/** "killed 12 in May and another in October": the second incident, told with the first one's harm. */
function ellipticalAfter(first: Counted, slice: string): Counted | null {
  if (first.role === 'ambiguous' || !first.victims) return null;
  const ellipsis = ELLIPSIS.exec(slice.slice(first.victims.end));
  const second = ellipsis ? parseVictims(slice, first.victims.end + ellipsis.groups!.gap!.length) : null;
  // Not a subject with a verb of its own: "shot dead a colonel in Minya, and two members of the cell were arrested".
  if (second && /^ (?:were|was|are|is|had|have|has)\b/.test(slice.slice(second.end))) return null;
  return second ? { span: second, role: first.role, victims: second, rule: 'elliptical' } : null;
}

// "killed 2019 ..." is a year, not a count.
const isYear = (v: Victims) => v.items.length === 1 && v.value !== null && v.value >= 1900 && v.value <= 2100 && !/,/.test(v.items[0]!.written ?? ',');

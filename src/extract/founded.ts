/**
 * Founded: the year the group itself was formed.
 *
 * Three steps, as data below: a founding cue (FOUNDING_CUES: "formed",
 * "emerged", "split from", "has existed since",
 * "its founding in", "merged to form"), its year (written after the cue —
 * "in 2012", "in a July 2009 video", "since 1969" — or opening the sentence:
 * "In 2014, TG was founded by ..."), and whether the group is what was
 * founded (OWNERSHIP): the cue's subject, the antecedent of "which was
 * formed", the main clause after an opening participle ("Founded in 1976,
 * TG ..."), or the object of "merged to form". A predecessor's founding
 * ("AQI was founded in 2004"; "an offshoot of the Front, established in
 * 1980") is not the group's. A decade ("in the late 1980s") is not a year.
 * The first founding of the group in the profile wins.
 *
 * An announcement is not a founding: "announced its establishment in a July
 * 2009 video" tells when the group made itself known (the reports' own
 * example goes on to claim an attack from February 2009), and the corpus
 * gold leaves such a group's founding year empty. A date written at once
 * after the founding noun is the founding's, though: "announced its formation
 * in January 2012" (so the held-out authors of rounds 72 and 74, three
 * profiles, all read it). Nor is "its emergence" a founding.
 */
import type { CrtxRecord } from '../record/schema.js';
import type { ProfileContext } from './context.js';
import { consume, evidenceOf, sectionsInOrder } from './context.js';
import { groupReferences, isOwnGroup, opensWithOwnName } from './group-refs.js';
import { countryCode } from '../geo/places.js';
import { GROUP_NOUNS, IRREGULAR_PASTS, OTHER_GROUP_ADJECTIVES, SELF_REFERENCE_NOUNS } from './lexicon.js';
import { DASH_ASIDE, cleftTime } from '../text/phrases.js';
import { HONORIFICS } from './leaders/lexicon.js';

// (Or abbreviated, as note-form briefs write them: "formed Apr 2003".)
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';
const YEAR = '(?<year>(?:19|20)\\d\\d)(?![\\d,]\\d|s\\b)';
// ("the 9th of March 2012", "the end of the year 2004": as translations from Arabic write dates; "26 January 2015", the
// day first, as British usage writes them.)
const WHEN = `(?:(?:late|early|mid|mid-|the (?:early|late) part of|the (?:spring|summer|autumn|fall|winter) of|the (?:end|beginning|start|middle) of) ?)?(?:the year )?(?:(?:the \\d{1,2}(?:st|nd|rd|th) of |\\d{1,2} )?${MONTH} (?:\\d{1,2}, )?)?${YEAR}`;

/** The nouns of a founding after "its": "its formation", "since its 2017 founding". */
const FOUNDING_NOUNS = 'formation|founding|creation|establishment|inception';

/** This group as a possessor: "the group's", "The organisation's". */
const SELF_POSSESSIVE = `[Tt]he (?:${SELF_REFERENCE_NOUNS.join('|')})['’]s`;

/** The verbs that found something, in any cue: "TG was formed in 2012", and "X, a study circle set up in 1996" (INNER_CUE). */
// (Not "re-emerged", a group active again: "went underground and re-emerged in 2010 under the leadership of X".)
const FOUNDING_VERBS = 'formed|founded|created|established|started|(?<!re-?)emerged|originated|set up|organi[sz]ed|constituted|launched';

/** The events that make a group out of others: "born out of a 2009 schism", "created by a merger of A and B in 2013". */
const FOUNDING_EVENTS = 'merger|split|union|alliance|schism|rift|breakaway|fusion|amalgamation|unification';
/** Whose founding a cue tells: the clause's subject, or the object after the cue ("merged to form TG"). */
type Ownership = 'subject' | 'object' | 'its';

/** `yearNext`: the year must follow the cue at once ("began operations in 2011"), since a place there ("began operations in Mozambique in 2017") tells of a move, not a start. */
/**
 * `implies`: the cue tells of an event that implies a founding (a split, growing out of something, the start of
 * operations), not the founding itself: a founding stated outright later replaces it.
 */
export const FOUNDING_CUES: ReadonlyArray<{ id: string; example: string; cue: string; owner: Ownership; yearNext?: true; implies?: true }> = [
  {
    id: 'began-operations',
    implies: true,
    example: 'TG began operations in 2011; the group began operating in mid-2013',
    cue: '(?:began|started|commenced) (?:its )?(?:operations|operating)',
    owner: 'subject',
    yearNext: true,
    // First: where both match ("started operations"), this reading wins over "started".
  },
  {
    id: 'formed',
    example: 'TG was formed in 2012; TG emerged in 2012; TG was co-founded in 1993 by A and B; TG took shape in 2018; TG came together in 2007; Since coming into being in 2016, TG ...; TG saw the light in 2003; TG first surfaced in 2009; Launched in 2003 by veterans, TG ...; The ELN is a Colombian group formed in 1964; Founded in 1976, TG ...; TG was started in 1991; TG began in 1978 under the name Dev Sol',
    // (In the passive only, "raised" and "floated" found a group: "the outfit was raised in 1990"; a group that raised
    // money or floated a proposal founded nothing. So do "forged", "pieced together", "cobbled together" and "put
    // together": "TG was forged in 1982", not "TG forged close ties in 2009". So does "born", passive or opening a sentence: "TG was born in 2007",
    // "Born in 2004 of a split, TG ...".)
    // ("Militants who later formed part of TG", "formed the core of TG": members of it, not its founding.)
    // ("came together" founds its subject, but not before what it came together to form: "two groups came together to
    // form TG" is merged-to-form's. "began" founds it with a year and what it began as: "began in 1978 under the name
    // Dev Sol", "began in 1994 as a student movement"; not "began attacks in 1994".)
    cue: `(?:(?:co-)?(?:${FOUNDING_VERBS})(?! (?:part|(?:the |a )?(?:core|backbone|nucleus|bulk|majority)) of\\b)|took shape|(?:came|coming) into (?:being|existence)|(?:came|coming) together(?![^,;.]{0,60}? to (?:form|create|found|establish)\\b)|saw the light|had its birth|est\\.(?= (?:in )?(?:19|20)\\d\\d(?:[.;,)]| (?:in|by|as|through|from|after)\\b))|first (?:appeared|surfaced)|became operational|began(?= in (?:[A-Z][a-z]+ )?(?:19|20)\\d\\d,? (?:under the name|as an? )\\b)|became (?:a|an) (?:separate|independent|distinct) (?:organization|group|entity)|(?:raised|floated|born|forged|pieced together|cobbled together|put together)(?<=\\b(?:was|were|been) (?:raised|floated|born|forged|pieced together|cobbled together|put together))|born(?<=(?:^|[.;]\\s+)born))`,
    owner: 'subject',
  },
  {
    id: 'creation-dates-back',
    example: "TG is a guerrilla whose creation dates back to 1983; its founding goes back to 2001; the group's genesis can be traced to 1997; the organisation's origins lie in 2002",
    // (The lookbehind after the noun, so it is tried only where the noun stands. The think-tank register's "genesis" and
    // "origins" take "its" or "the group's" only: "the Muslim Brotherhood, whose origins lie in 1928" is another's.
    // "roots" are no founding: "Its roots go back to 2007, ...; the armed group itself was formed in 2017".)
    // (What it dates back to is a time, not a body: "The group's origins lie in Boko Haram, whose leader ... pledged
    // allegiance to ISIS in March 2015" is no founding year.)
    cue: `(?:(?:creation|founding|foundation|formation)(?<=\\b(?:[Ii]ts|whose|${SELF_POSSESSIVE}) (?:creation|founding|foundation|formation)) (?:dates|date|dated|goes|go|went) back to|(?:genesis|origins?)(?<=\\b(?:[Ii]ts|${SELF_POSSESSIVE}) (?:genesis|origins?)) (?:(?:can|may|could) be traced(?: back)? to|(?:lie|lies|lay) in))(?= (?:the )?(?:(?:early|late|mid|middle|end|start|beginning|spring|summer|autumn|fall|winter)(?: of)?[ -])?(?:[A-Z][a-z]+ )?(?:19|20)\\d\\d)`,
    owner: 'its',
  },
  {
    id: 'dates-its-founding-to',
    example: 'The PKK dates its founding to a November 1978 meeting; TG traces its formation to 2003',
    // The subject dates its own founding; a time must follow ("traces its origins to a student circle" is no year).
    cue: `(?:dates|dated|traces|traced) (?:its|their) (?:founding|foundation|formation|creation|birth) (?:back )?to(?= (?:an? |the )?(?:(?:early|late|mid)[ -])?(?:[A-Z][a-z]+ )?(?:19|20)\\d\\d)`,
    owner: 'subject',
  },
  {
    id: 'grew-out-of',
    implies: true,
    example: 'TG grew out of the militias of the Islamic courts in late 2006; TG was born out of a 2012 merger of three brigades; TG is the product of a 2016 split',
    // What it grew out of is its source, not what was founded (unlike "formed the ISIS branch").
    // ("TG is the product of a 2016 split within Boko Haram": the event that made it, dated before its noun.)
    cue: '(?:grew|arose) out of|(?:was )?born (?:out )?of|(?:is|was) the (?:product|result|outcome) of(?= an? (?:\\w+ ){0,2}(?:19|20)\\d\\d (?:' + FOUNDING_EVENTS + ')\\b)',
    owner: 'subject',
  },
  // Before split-from: "broke away from that group to form TG" tells of TG's founding, not the faction's split.
  {
    id: 'merged-to-form',
    example: 'In 2017, four militant groups merged to form TG; factions agreed in 2007 to unite as TG; a faction broke away from that group to form TG; two branches merged to create TG; the Front merged with smaller factions to form TG; three groups merged in 2013 to form TG; militant groups in the tribal areas coalesced to form TG in December 2007',
    // (The partner and the year may stand before "to form": "merged with several smaller factions", "joined forces in 2013".)
    // (Or whom they rallied under: "13 factions joined together under Baitullah Mehsud to form TG".)
    // (Or what they united as: "thirteen factions agreed to unite as TG".)
    cue: `(?:(?:merged|united|combined|joined together|joined forces|came together|coalesced|banded together|allied)(?: (?:with|under|behind) [^,;.]{1,80}?)?|(?:broke away|split|splintered)(?: from [^,;.]{1,60}?)?)(?: in (?<merged_in>${WHEN}))? to (?:form|create|found|establish)|(?:unite|united|uniting) as(?= )`,
    owner: 'object',
  },
  {
    id: 'set-up-object',
    example: 'Veterans of the jihad set TG up in 1991; disaffected members set the group up in 2008; two clerics brought it into being in 1993',
    // The object between the verb and its particle is what was founded.
    cue: 'set(?= [^,;.]{1,30}? up\\b)|brought(?= [^,;.]{1,30}? into (?:being|existence)\\b)',
    owner: 'object',
  },
  {
    id: 'forming-object',
    example: 'In October 2015, X and some 20 of his followers pledged allegiance to the caliph, forming the group; ..., creating TG',
    // A participle after a comma with this group as its object: what the clause told formed the group, at its time.
    cue: '(?<=, )(?:forming|creating|founding|establishing)(?= )',
    owner: 'object',
  },
  {
    id: 'split-from',
    implies: true,
    example: 'TG split from its parent organization in 2013; In 2013, TG broke away from AQ; TG split in 2016 from a larger group',
    // (The date may stand between the verb and "from": "broke away in March 2009 from".)
    cue: '(?:split|broke away|splintered|separated)(?: from|(?= in (?:[A-Z][a-z]+ )?(?:19|20)\\d\\d from\\b))',
    owner: 'subject',
  },
  {
    id: 'broke-away-from-which',
    implies: true,
    example: 'TG began as a wing of the Front, from which it broke away in 2009',
    // The relative form of split-from: the group is the subject after "from which".
    cue: 'from which (?:it|the group) (?:split|broke away|splintered|separated)',
    owner: 'its',
  },
  {
    id: 'origins',
    implies: true,
    example: 'TG traces its origins to 1979; TG dates its founding to July 4, 1984',
    cue: '(?:traces?|dates?) (?:its|their) (?:origins?|roots|beginnings|founding|formation|creation) (?:back )?to',
    owner: 'subject',
    // (The year at once: "traces its roots to a cell of fighters who fled to the mountains in 2010" dates another body.)
    yearNext: true,
  },
  {
    id: 'existed-since',
    implies: true,
    example: 'TG has existed since 1969; In existence since 1983, TG ...',
    cue: '(?:has existed|(?:has been )?in existence)(?= since)',
    owner: 'subject',
  },
  {
    id: 'formation-of',
    example: 'Ayman al-Zawahiri announced the formation of TG in a video released in September 2014; the shura approved the creation of TG',
    // What was formed is the noun's object.
    cue: `(?:${FOUNDING_NOUNS}) of(?= )`,
    owner: 'object',
  },
  {
    id: 'its-formation',
    example: 'since its founding in 2009; since its 2017 formation; Since its inception in 2014',
    // ("its founding leader" is a person, not a founding: the noun is followed by its date or the clause's end; "its
    // founding congress" is the founding's own event.)
    // ("its birth in 2006"; "The group's formation in late 2006": the group's own noun. Not "since its emergence in
    // 2009": the corpus's Boko Haram of 2014, which had existed for years before it emerged as an armed group, founds
    // nothing there.)
    cue: `(?:its|${SELF_POSSESSIVE}) (?:${FOUNDING_NOUNS}|birth)(?: (?:congress|conference|convention|meeting|assembly))?(?=[,.;)]|\\s+(?:in|on|during|as|at|by|since|(?:19|20)\\d\\d)\\b)|its (?=(?:19|20)\\d\\d (?:${FOUNDING_NOUNS})\\b)`,
    owner: 'its',
  },
];

// The year after a cue, in the same clause: "in 2012", "in a July 2009 video", "since 1969", "on March 2, 2017", "its 2017 formation".
// ... or a year before the event that made it: "born out of a 2012 merger".
// (A year may be approximate: "created around 2015", "formed in about 2009", "founded circa 1999".)
// (Not in a clause joined after it: "merged ... to form TG, and on May 31, 2018, the Department amended ...".)
// (After its founder described at length: "founded by X, a philosophy professor at the University of Huancavelica, in
// 1969"; the description closed by its comma, then the time.)
/** A title's full stop, which ends no clause: "founded by Dr. Khaled Hilal in 2000" (the titles the leader rules know). */
const TITLE_STOP = `\\.(?<=\\b(?:${HONORIFICS.filter((h) => h.endsWith('.')).map((h) => h.slice(0, -1)).join('|')})\\.)`;
const BY_DESCRIBED_AGENT = `(?:by (?:[^,.;]|${TITLE_STOP}){1,60}, (?:an?|the) [^.;]{1,90}?, (?=(?:in|during|on|around|about|circa) ))?`;
// (After the groups a merger joined, named at length: "created by a merger of the Tuareg-led Katibat al-Ansar and a
// Niger-based faction of the Movement for Unity and Jihad in August 2013".)
const BY_MERGER_OF = `(?:(?:by|through|from|in|with|out of|after) (?:a|the) (?:${FOUNDING_EVENTS}) (?:of|between) [^.;]{1,140}?(?=,? (?:in|during|on) ))?`;
const YEAR_AFTER = new RegExp(`^${BY_DESCRIBED_AGENT}${BY_MERGER_OF}(?:(?:(?!, (?:and|but|while|whereas) )[^.;]|${TITLE_STOP}){0,70}?\\b(?:(?:in|during|since|on|at)(?: (?:about|around|approximately|roughly|circa))?|around|about|approximately|roughly|circa|c\\.) (?:a |an |the year )?|(?:an?|the) (?=(?:\\w+ ){0,2}(?:19|20)\\d\\d (?:${FOUNDING_EVENTS}|meeting|congress|conference|assembly|gathering)\\b)|)${WHEN}`);
// (What the group began as may come first: "began operating as the armed wing of the Courts in 2006"; not a place.)
const YEAR_NEXT = new RegExp(`^(?:as (?:an? |the )(?:(?! in [A-Z])[^,;.]){1,80}? )?(?:(?:in|during|by) )?${WHEN}`);
// A clause after ", and" or a semicolon that opens with its year, the cue in it: "..., and in 1995 a number of them founded".
const CLAUSE_OPENING_YEAR = new RegExp(`(?:, and|, but|;) (?:in|by|during) ${WHEN},? (?=[^,;]*$)`);
/** A clause that glosses the group's name: ", which means "Kahane Lives" in Hebrew,", ", whose name means ...,", ", meaning ...,". */
const NAME_GLOSS = /, (?:(?:which|whose name) (?:means|translates (?:as|to)|stands for)|meaning|[A-Z][a-z]+ for) [^,;]*,$/;
/** A cleft's time before its "that" clause, the cue in it: "It was in 1998 that veterans founded", "it was there, in 1993, that they". */
// (Or the time it waited for: "it was not until 2002 that the organization itself took shape".)
// (The "that" clause may hold commas, not another clause joined to it: "It was in 1998 that X left the GIA, and years
// later founded TG" dates the leaving.)
const CLEFT_YEAR = new RegExp(`${cleftTime(WHEN)}(?=(?:(?!, (?:and|but) )[^;])*$)`);
// A sentence that opens with its year: "In 2014, ...", "In January 2015, ...", "On January 26, 2015, ...".
// (Or its full date: "On January 26, 2015, ISIL's spokesman announced the formation of TG".)
const OPENING_YEAR = new RegExp(`^(?:In|By|During|On) ${WHEN},? `);
// Words between a subject and its verb that say nothing about who: "TG was first formed", "It was originally".
// (And "proper" after a name: "the FARC proper was established in 1964".)
const AUX_WORDS = 'was|were|is|has|had|have|been|be|first|originally|initially|officially|formally|publicly|reportedly|later|then|also|itself|proper';
const AUXILIARIES = new RegExp(`(?:\\s+(?:${AUX_WORDS}|and))*\\s*$`);
// The subject of a clause whose second predicate is the cue: "TG is a group that broke away from X and was established".
const SECOND_PREDICATE = new RegExp(`^(?<subject>[^,;]+?) (?:is|was|are|were|has|had|${IRREGULAR_PASTS}|[a-z]{2,}ed)\\b[^;]*?\\band(?:\\s+(?:${AUX_WORDS}))*\\s*$`);
/** A second predicate inside a relative clause: "TG fought alongside the Union, which grew out of village militias and". */
const RELATIVE_SECOND_PREDICATE = new RegExp(`(?<antecedent>[^,;]+), (?:which|that) [^,;]+\\band(?:\\s+(?:${AUX_WORDS}))*\\s*$`);
// "announced its formation in a July 2009 video": an announcement, not a founding (see the header) ...
const ANNOUNCED = /\b(?:announced|declared|proclaimed|publicized|celebrated)\s+$/i;
// ... unless the date is the founding noun's own, at once after it: "announced its formation in January 2012". Where
// the clause names the announcement's medium, the date is the announcement's: "announced its formation in October 2013
// in a statement read by a masked fighter".
const ANNOUNCEMENT_MEDIA = 'video|statement|message|recording|communiqu[eé]|broadcast|speech|audio|post|posting|tape|audiotape|videotape|address|sermon|press conference';
const ANNOUNCED_DATE_OF_FOUNDING = new RegExp(`^(?:in|on) ${WHEN}(?![\\w-])(?![^,;.]{0,60}?\\b(?:${ANNOUNCEMENT_MEDIA})\\b)`);
/** An object with no article: a lower-case word that is no preposition, adverb or pronoun of this group ("it"). */
const BARE_OBJECT = /^(?!(?:in|on|at|by|as|during|with|from|after|before|under|through|near|inside|outside|around|across|among|between|since|until|to|into|and|but|or|while|when|which|that|who|whom|it|itself|themselves|early|late|[a-z]+ly|mid|about|some|sometime|jointly|together|formally|officially|initially|originally|first|only|shortly|soon|later|again|back|up|out)\b)(?<np>[a-z][\w'-]*(?: [a-z][\w'-]*)*?)(?= in | into | from | during | on | against | across | along | near | toward | towards |,|;|\.|$)/;
const INNER_CUE = new RegExp(`\\b(?:${FOUNDING_VERBS})\\b`, 'i');
// "TG's predecessor, the GSPC,", "the GSPC, the forerunner of TG,", "Kach, the ideological parent of Kahane Chai,": another
// body, though the aka line may list its name. Of another body it says nothing of the subject: "TG, the forerunner of the
// Northern Front," may be this group.
const PREDECESSOR = /\b(?:predecessor|forerunner|precursor|parent(?: group| organization| movement| body)?(?= of )|parent (?:group|organization|movement|body))\b(?: of (?<of>[^,;]+))?/i;
const SUCCEEDED_BODY = /\b(?:successor|offshoot|outgrowth|descendant|heir|spin-?off) (?:to|of)(?: or (?:an? )?[a-z-]+ (?:to|of))? [^;]*$/i;
// "which was formed", "that emerged": the antecedent before it is the subject.
const RELATIVE = /,?\s*(?:which|that|who)$/;
// Nouns for a group, as a predicate or object says it: "is a Maoist group formed in 1969", "formed the ISIS branch".
// Besides the nouns for a whole group, those for a part of one: "formed the ISIS branch".
const GROUP_NOUN = `(?:${GROUP_NOUNS}|wing|party|front|branch|cell|offshoot|affiliate)`;
const GROUP_HEAD = new RegExp(`^${GROUP_NOUN}s?$`, 'i');
/** A plural noun in lower case ending the words before a cue ("hundreds of rockets"), and what may follow a participle on it. */
const THINGS_BEFORE = /\b([a-z]{3,}s)\s*$/;
const PARTICIPLE_GOES_ON = /^(?:before|during|after|against|at|from|into|across|in|on|by|since)\b/;
// "X is a Maoist group formed in 1969", "X is a terrorist splinter group that became operational in 1986",
// "X is a violent extremist group based in northern Iraq that became operational in 2013".
// The noun is lower-case and heads its phrase: "an offshoot of the Northern Front" is another group.
// (Its place may follow the noun: "an Iran-aligned Shia militia in Iraq, established in 2013".)
// (Its adjectives may be listed with commas: "an Iran-backed, Bahrain-based Shia militant organization established in 2013".)
// ("X is a coalition of Salafi jihadist groups based in Gaza that was formed in 2012": the body of groups, named in the
// plural with no article; "a splinter group of a student movement which was founded" tells of the movement.)
const PREDICATE = new RegExp(`^(?<subject>.+?)(?:,|(?<!-)-)? (?:is|was|are|were) (?:a|an|the) (?:(?!of |from |by )[\\w'-]+,? ){0,4}${GROUP_NOUN}(?: of (?!(?:a|an|the|its|their)\\b)(?:[\\w'-]+ ){0,3}${GROUP_NOUN}s)?(?: (?:(?:based|active|operating|headquartered) [^,]*|in [^,]*))?$`);
/** The group as one part of a larger body, which a relative clause after it tells of: "TG is one member of a coalition of armed groups that was formed in 2012". */
const MEMBER_OF = /\b(?:is|was|are|were) (?:a|an|one|the) (?:[a-z-]+ )?(?:member|part|component|constituent|signatory) of\b/;
/** An object relative on a group noun, its subject someone else: "a militant group that X, a former army officer,". */
const OBJECT_RELATIVE = new RegExp(`^(?<head>.*?\\b${GROUP_NOUN}s?) (?:that|which) (?:[A-Z]|(?:its|their|his|her|the|an?) )[^;]*$`);
// After an opening participle ("Founded in 1976 and designated ..., the LTTE is ..."): the main clause's subject.
// Its verb is any finite verb ("receives", "launched"); a possessive is not the subject ("the group's fighters").
// (Irregular pasts too: "Founded in 2014 by ..., KMM began as a study circle"; adverbs may stand before the verb: "now controls",
// "today only nominally fights".)
// (The subject may have its apposition: "Formed in 1982, Hizballah, a Lebanese-based radical Shia group, takes ...",
// and adverbs before its verb: "TG first claimed attacks in 2016".)
// (A plural noun before "of" is no verb, nor a word in -ous, -ss or -is: "Founded in 1959 with the aim of ..., the
// autonomous region of Navarra, and the southwestern French departments of Labourd and Soule." has no main clause.)
const MAIN_SUBJECT = new RegExp(`, (?<subject>[^,]+?)(?<!'s)(?:, (?:an?|the) [^,;]{1,80},)?(?: (?:[a-z]+ly|now|still|also|today|then|later|soon|often|only|first)){0,3} (?:is|was|are|were|has|have|had|${IRREGULAR_PASTS}|[a-z]{2,}(?:(?<![siu])s|ed))\\b(?! of\\b)`);
/** Every candidate, for an opening participle whose main clause comes after an aside. */
const MAIN_SUBJECTS = new RegExp(MAIN_SUBJECT, 'g');

const ASIDE_AT_END = new RegExp(`${DASH_ASIDE}$`);
const ASIDES = new RegExp(`${DASH_ASIDE}(?= |$)`, 'g');

const CUE = new RegExp(FOUNDING_CUES.map((c) => `(?<${c.id.replace(/-/g, '_')}>\\b${c.cue})`).join('|'), 'gi');

/** Where a group is based, as a compound: "Lebanon-based", "Iraq-based". */
const BASE_WORD = "[A-Z][\\w'-]*-based";
/** A creed's capitalized adjective that names no country: "Shia", "Sunni". */
const CREED_WORD = "(?:Shia|Shiite|Shi'a|Shi'ite|Sunni|Salafi|Salafi-jihadist|Deobandi|Wahhabi|Islamic)";
/** A capitalized word of an ideology: "Maoist", "Salafist", "Marxist-Leninist". */
const IDEOLOGY_WORD = '[A-Z][a-z]+ist(?:-[A-Z][a-z]+ist)*';

/** This group described, as a profile opens a sentence on it: "This Basque separatist organization" (not "the rival group"). */
// (Or "the" with words in lower case: "Created in 2007 by Kenyan militants, the terror network seeks ..."; not "the
// Egyptian movement", another one named by its country.)
// (Its words may be an ideology's, capitalized: "The Marxist-Leninist group", "The Maoist organization"; not a name or a
// nationality: "The Haqqani network", "The Egyptian movement".)
// (Or at length, with a base and a creed: "the Lebanon-based Shia Islamist group", "the Iraq-based Shiite paramilitary
// organization"; a base alone is no name, as "Egyptian" is.)
const DESCRIBED_OWN = new RegExp(`^(?:[Tt]his (?:(?!(?:${OTHER_GROUP_ADJECTIVES})\\b)[\\w'-]+ ){0,3}|[Tt]he (?:(?!(?:${OTHER_GROUP_ADJECTIVES})\\b)(?:[a-z][\\w'-]*|${IDEOLOGY_WORD}|${BASE_WORD}|${CREED_WORD}) ){1,4})(?:${SELF_REFERENCE_NOUNS.join('|')})$`);

/**
 * A group noun's "of" complements that name no other body, left out: a country or a description ("a Marxist-Leninist
 * organization of Turkey", "a group of the northeast of Nigeria", "a militant group of Sunni orientation"), so that a
 * relative clause after them ("which was founded in 1978") is read as said of the group. Not a name ("the armed wing of
 * the Peoples Front") nor another group noun ("a splinter group of a student movement").
 */
function withoutDescribingOf(words: string): string {
  const m = GROUP_NOUN_THEN_OF.exec(words);
  if (!m) return words;
  const parts = m.groups!.of!.split(/ of /).slice(1);
  const describes = (part: string) => {
    const bare = part.replace(/^(?:the|an?) /, '');
    if (GROUP_NOUN_IN.test(bare)) return false;
    return countryCode(bare) !== null || /(?:^| )[a-z][a-z'-]*$/.test(bare);
  };
  return parts.every(describes) ? words.slice(0, m.index + m[0].length - m.groups!.of!.length) : words;
}
const GROUP_NOUN_THEN_OF = new RegExp(`\\b${GROUP_NOUN}s?(?<of>(?: of [^,;:]+?)+)$`, 'i');
const AS_A_GROUP = new RegExp(` as (?:an?|one) (?:[a-z-]+ ){0,2}${GROUP_NOUN}$`, 'i');
const GROUP_NOUN_IN = new RegExp(`\\b${GROUP_NOUN}s?\\b`, 'i');
const GROUP_NOUN_AT_END = new RegExp(`${GROUP_NOUN}$`);

/**
 * A description set off after a subject, which says what it is or what it is called: "TG, a Marxist movement,", "TG,
 * al-Qa'ida's affiliate in the Sahel,", "TG, known locally as the Brigades,", "TG, commonly referred to as ...". Not a
 * name, nor "the Front": a phrase with a definite article may be the subject itself ("In Syria, the group is ...").
 */
const NAMING_ADVERBS = 'also|commonly|locally|widely|often|sometimes|better|formerly|previously|popularly';
const DESCRIBING = `(?:an? |[\\w'’-]+['’]s |(?:(?:${NAMING_ADVERBS}) )?(?:known|referred to|called|dubbed|described)(?: (?:${NAMING_ADVERBS}))? as\\b)`;
const DESCRIBING_ASIDE = new RegExp(`^${DESCRIBING}`);
/** A subject and the description set off after it: "TG, the armed wing of the Front", "TG, al-Qa'ida's affiliate in the Sahel". */
const APPOSITION_OF_SUBJECT = new RegExp(`^(?<subject>[^,;]+), (?:(?:the|its|their) |${DESCRIBING})[^,;]+$`);

/**
 * Whether a noun phrase is this group as a whole, not a phrase that ends in its name ("The founder of TG"); its acronym
 * or a gloss may follow it in parentheses ("The Salafist Group for Call and Combat (GSPC)").
 */
function isWhollyOwn(words: string, refs: readonly string[]): boolean {
  const bare = words.replace(/\s*\([^()]+\)$/, '');
  if (bare !== words && bare !== '') return isWhollyOwn(bare, refs);
  // (Its name may stand before the describing words as an adjective: "The ANO international terrorist organization".)
  const named = NAME_THEN_DESCRIBED.exec(words);
  return isOwnGroup(words, refs, false) || isOwnGroup(words.replace(/^(?:The|the) /, ''), refs, false) || /^it$/i.test(words) || DESCRIBED_OWN.test(words) || (named !== null && isOwnGroup(named[1]!, refs, false) && DESCRIBED_OWN.test(`the ${named[2]}`));
}
const LISTED_IN_PARENTHESES = /\s*\([^()]*,[^()]*\)$/;
const NAME_THEN_DESCRIBED = /^[Tt]he (\S+) ((?:[a-z][\w'-]* )+[a-z]+)$/;

/** Whether a noun phrase names this group: one of its references, "it", "the group", or ending in its acronym "(NPA)". */
function isOwn(phrase: string, refs: readonly string[]): boolean {
  const words = phrase.trim().replace(/,$/, '').trim();
  const acronym = /\(([^()]+)\)$/.exec(words);
  if (acronym && isOwnGroup(acronym[1], refs, false)) return true;
  // (Or a gloss, 'Kahane Chai (Hebrew for "Kahane Lives")': isWhollyOwn.)
  return isOwnGroup(words, refs, true) || isOwnGroup(words.replace(/^(?:The|the) /, ''), refs, true) || isWhollyOwn(words, refs);
}

/**
 * The subject of "X is a ... group": the last phrase before the verb ("Designated as an FTO on May 1, 2016, TG is a cult
 * formed in 1987"); a relative clause after the subject is an aside ("TG, which was designated ... on March 22, 2004, is
 * a group formed in 1998").
 */
function predicateSubject(words: string): string | null {
  // (An aside between dashes first: "TG - commonly referred to as the militias - is an umbrella organization".)
  const predicate = PREDICATE.exec(words.replace(ASIDES, ''));
  return predicate ? subjectBeforeAsides(predicate.groups!.subject!.replace(/,\s*(?:which|who)\b.*$/, '')) : null;
}


/**
 * The subject among the comma-set phrases before a verb: the last one that is no describing aside after another phrase
 * ("Designated as an FTO on May 1, 2016, TG is"; "TG, a Marxist movement, is"; "The Alliance, an ally of TG, is" is the
 * Alliance). Asides between dashes are left out first.
 */
function subjectBeforeAsides(words: string): string {
  const phrases = words.replace(ASIDES, '').split(/,\s+/);
  let subject = phrases.pop()!;
  while (phrases.length > 0 && DESCRIBING_ASIDE.test(subject)) subject = phrases.pop()!;
  return subject;
}

/** A capitalized name in the phrase (not a hyphenated adjective like "Fatah-affiliated", not a sentence's first article). */
const namesSomething = (phrase: string) => phrase.split(/\s+/).some((w) => /^[A-Z]/.test(w) && !/-[a-z]+$/.test(w) && !/^(?:The|A|An|Its|It|In|Since)$/.test(w));

/**
 * Whether what a founding cue says was founded is this group. `lead` is the
 * sentence before the cue, `rest` the sentence from the cue on, `after` the words after it
 * (`transitive`: the cue can take an object, "formed the ISIS branch").
 */
function foundsOwnGroup(lead: string, rest: string, after: string, refs: readonly string[], transitive: boolean): boolean {
  // (An aside between dashes after the subject says nothing of who: "TG - a Sunni extremist organization whose ... - was founded".)
  // (So does a list in parentheses after the subject's name: "Kongra-Gel (KGK, formerly the Kurdistan Workers' Party,
  // PKK) was founded", whose commas set nothing off.)
  // (Nor does what its name means: "Kahane Chai, which means "Kahane Lives" in Hebrew, was founded".)
  let words = lead.replace(OPENING_YEAR, '').replace(AUXILIARIES, '').trim().replace(ASIDE_AT_END, '').replace(OPENING_TIME_WORD, '').replace(LISTED_IN_PARENTHESES, '').replace(NAME_GLOSS, '');
  // An opening participle: "Founded in 1976, TG seeks ...".
  // (An aside may stand first: "Created in mid-2004, only weeks after the elections, TG drew ...".)
  // (With no subject at all, as note-form briefs write: "Founded in 2012 in Beni territory, by ...; camps in ...": the
  // profile's own group. Not "Founded in 1987, Hamas is TG's rival": a subject there is whoever it names.)
  if (words === '') {
    const clause = rest.replace(/^\S+/, '').split(/;|\.(?:\s|$)/)[0]!.replace(ASIDES, '');
    const subjects = [...clause.matchAll(MAIN_SUBJECTS)];
    return subjects.length === 0 || subjects.some((m) => isOwn(m.groups!.subject!, refs));
  }
  // A second predicate of the clause's subject: "TG is a Maoist group that broke away from X and was formally
  // established in 1998", "TG split from X and was formed in 2010": the subject is the clause's first words.
  // ... unless the predicate is a relative clause's, which tells of its antecedent: "TG fought alongside the Union, which
  // grew out of village militias and was founded in 1985" founds the Union.
  const relativeSecond = RELATIVE_SECOND_PREDICATE.exec(lead);
  if (relativeSecond) {
    const antecedent = relativeSecond.groups!.antecedent!.trim();
    return isOwn(antecedent, refs) || isOwn(antecedent.split(/\s(?=(?:the|a|an)\s)/).pop()!, refs);
  }
  const second = SECOND_PREDICATE.exec(lead.replace(OPENING_YEAR, ''));
  if (second && isOwn(second.groups!.subject!, refs)) return true;
  const onAntecedent = RELATIVE.test(words);
  if (onAntecedent) words = words.replace(RELATIVE, '');
  // "the AUC, commonly referred to as the paramilitaries, was formed": an apposition closed before the verb.
  const apposition = words.endsWith(',');
  // ("TG as an organization was formally established in 1993": the subject, whatever it was before.)
  words = words.replace(/,$/, '').trim().replace(AS_A_GROUP, '');
  const predecessor = PREDECESSOR.exec(words.split(';').pop()!);
  if (predecessor && (predecessor.groups!.of === undefined || isOwn(predecessor.groups!.of, refs))) return false;
  // "TG is believed to be the successor to or offshoot of Greece's ELA, which was formed in 1971": what TG succeeds is
  // another body, though the aka line may list its name. (Not the subject's own apposition: "TG, the successor to the
  // Front, was formed in 1999".)
  if (onAntecedent && SUCCEEDED_BODY.test(words.split(';').pop()!)) return false;
  // An active verb with an object ("later formed the ISIS branch in 2016"): the object was founded.
  // ... or this group by name: "X, a mission founded in 1987, established LeT as its militant wing in 1990".
  // (The name may hold lower-case particles: "Former members established Jaish al-Adl in 2012".)
  if (transitive && (isOwn(/^[^\s,;.]+(?: [A-Z][^\s,;.]*)*/.exec(after)?.[0] ?? '', refs) || opensWithOwnName(after, refs)) && !/^(?:was|were|been)\b/.test(lead.trim().split(' ').pop() ?? '')) return true;
  // ("launched its first attack", "formed its armed wing": an object the group owns is not the group.)
  // (Or a bare one: "the sect launched coordinated attacks on police posts in 2009", "set up checkpoints in 2013".)
  // (The object may run to the sentence's end: "it also launched an incursion into Ethiopia.")
  const object = transitive ? (/^(?:the|a|an|its|their) (?<np>[^,;.]+?)(?= in | during |,|;|\.|$)/.exec(after) ?? BARE_OBJECT.exec(after)) : null;
  if (object && !/^(?:was|were|been)\b/.test(lead.trim().split(' ').pop() ?? '')) {
    // The clause's subject is its first words, up to the verb ("a faction of ASG militants ... pledged"); a clause joined
    // by ", and" has its own ("TG grew out of a student movement, and it launched its armed insurgency in 2017").
    const subject = words.split(/;|, (?:and|but) /).pop()!.split(/ (?:is|was|has|have|had|[a-z]+ed)\b/)[0]!;
    // ("launched an offensive against TG": the group inside the object's prepositional phrase is not what was founded.)
    const head = object[0].split(/\s(?:against|on|of|for|with|at|into|by|to|toward|towards)\s/)[0]!;
    // (What the subject owns, "launched its insurgency", "formed its armed wing", is its work or a part of it, whatever
    // stands before the subject.)
    // (Its head only: in "launched a joint offensive against the group" the group is what the offensive was against.)
    return isOwn(head, refs) || (!/^(?:its|their) /.test(object[0]) && GROUP_NOUN_AT_END.test(head) && !isOwn(subject, refs));
  }
  // "TG, the forerunner of the Northern Front, was established in 1979", "TG, the armed wing of the Front, was formed":
  // the group, then what it is, set off by commas before the cue. (After an object's check: in "The group, known
  // locally as al-Shabaab, launched its insurgency in 2017" the insurgency is what was launched.)
  const described = apposition ? APPOSITION_OF_SUBJECT.exec(words) : null;
  if (described && isWhollyOwn(described.groups!.subject!, refs)) return true;
  // "TG is a militant group that X, a former army officer, founded in 1998": with no object after the cue, the
  // antecedent of the object relative before it is what was founded.
  // (The cue active, its subject the relative's: not "an organization that splintered from X, which had been formed".)
  const relative = transitive && !/\b(?:was|were|been|be|is|are)\s*$/.test(lead) ? OBJECT_RELATIVE.exec(words) : null;
  if (relative) {
    const head = relative.groups!.head!;
    const described = predicateSubject(head);
    return isOwn(head, refs) || (described !== null && isOwn(described, refs));
  }
  words = withoutDescribingOf(words);
  if (isOwn(words, refs)) return true;
  if (MEMBER_OF.test(words)) return false;
  const predicate = predicateSubject(words);
  if (predicate !== null) return isOwn(predicate, refs);
  // The nearest noun phrase before the cue: another group's name there is a predecessor's founding.
  // (A semicolon or colon starts a new clause: "...; the armed group itself was formed in 2017", "TG is a separate
  // organization: it was formed in 2006".)
  const phrases = words.split(/[,;:]\s*|\s(?:of|from|by|with|and|to)\s/);
  const nearest = phrases.pop() ?? '';
  // "but he appeared in a video": a person's pronoun is no group.
  if (/^(?:but |and )?(?:he|she|him|her)$/i.test(nearest.trim())) return false;
  // "..., but as an armed organization it came into being in 1991": the group's own pronoun after what it was then.
  if (/^(?:(?:but|and|yet) )?as an? [\w' -]+? it$/i.test(nearest.trim())) return true;
  // "claiming a rocket attack launched ... in 2013", "joining the uprising that started in 2011": a participle or a
  // relative clause after a noun that names no group tells of that noun.
  // (Opening the sentence too: "The armed struggle was launched in May 1980".)
  const head = /\b(?:[Aa]n?|[Tt]he) (?:[\w'-]+ ){0,3}([\w'-]+)$/.exec(nearest);
  if (head && !apposition && !GROUP_HEAD.test(head[1]!)) return false;
  // An apposition describes the phrase before it: "the armed wing of the Peoples Front, a movement founded in 1978".
  // (Of this group's own name, it describes this group: "TG (TG), a Libyan militia that was established in 2011".)
  if (/^an? /.test(nearest) && /,\s*an? [^,]*$/.test(words) && phrases.length > 0) {
    const described = phrases.pop()!;
    return isOwn(described, refs) || !namesSomething(described);
  }
  // ... and without the comma it is the object of what comes before: "TG grew out of a student movement that was founded in 1979".
  if (/^an? /.test(nearest) && phrases.length > 0) return false;
  return !namesSomething(nearest);
}


/** "its 2017 formation": the noun after the year, part of the evidence. */
const FOUNDING_NOUN_AFTER = new RegExp(`^ (?:${FOUNDING_NOUNS})\\b`);

/** A year told before, named again after the cue, in its clause: "founded the GSPC that year", "in the same year". */
const THAT_YEAR = /^(?:[^.;]{0,40}?\s)?(?:in )?(?:that|the same|that same|this same) year\b/;
const YEARS_IN = /\b(?:19|20)\d\d\b(?!s)/g;

/** A preposition of time that opens a participle: "Since coming into being in 2016, TG ...", "After being founded in 2009, TG ...". */
const OPENING_TIME_WORD = /^(?:Since|After|Following|Upon|Shortly after)(?: being)?$/;

/** A person's relative clause before the cue: ", who founded", ", who set up". */
const FOUNDER_RELATIVE = /,\s*who\s+$/;

/** What a group split from: the words after "from", up to a lower-case word ("from TG in 2016", "from the Front"). */
const SPLIT_FROM_WHAT = /\bfrom ((?:the )?[^\s,;.]+(?: [A-Z][^\s,;.]*)*)/;

// A sentence end after a full stop: spaces, then a capital (perhaps after a quote or parenthesis).
const NEXT_SENTENCE = /^["')]?\s+["'(]?[A-Z]/;

/** Where the sentence holding body[at] starts: after the last sentence end or line break before it (at most 400 characters back). */
function sentenceStart(body: string, at: number): number {
  const limit = Math.max(0, at - 400);
  for (let i = at - 1; i >= limit; i--) {
    const c = body[i];
    if (c === '\n') return i + 1;
    if ((c === '.' || c === '?' || c === '!') && NEXT_SENTENCE.test(body.slice(i + 1, i + 4))) return i + 1 + /^["')]?\s+/.exec(body.slice(i + 1))![0].length;
  }
  return limit;
}

export function extractFounded(ctx: ProfileContext): CrtxRecord['founded'] {
  // Read only once a cue with a year asks whose founding it is.
  let known: string[] | undefined;
  const refsOf = () => (known ??= groupReferences(ctx));
  // The first founding told, unless a later one says it is of the group itself ("The battalion was formed in late 2012
  // ... Al-Murabitoun itself was created in August 2013").
  let first: { year: number; section: string; span: { start: number; end: number }; rule: string; implied: boolean } | null = null;
  const found = (f: NonNullable<typeof first>) => {
    consume(ctx, f.span);
    return { year: f.year, evidence: evidenceOf(f.section, f.span), rule: f.rule };
  };
  for (const s of sectionsInOrder(ctx, ['Description'])) {
    const body = ctx.view.slice(s.body.start, s.body.end);
    for (const c of body.matchAll(CUE)) {
      // (Once a founding is stated, only one said of the group itself can take its place: others are not read.)
      if (first && !first.implied && !ITSELF_BEFORE.test(body.slice(Math.max(0, c.index - 80), c.index))) continue;
      const family = FOUNDING_CUES.find((f) => c.groups![f.id.replace(/-/g, '_')] !== undefined)!;
      const cueEnd = c.index + c[0].length;
      // The year after the cue lies within its clause: no sentence end need be found for it.
      const after = body.slice(cueEnd, cueEnd + 160);
      const tail = after.replace(/^,?\s*/, '');
      // (A founder's relative clause ends at its comma: "X, who founded TG, was arrested in December 2008" dates the arrest.)
      const scope = FOUNDER_RELATIVE.test(body.slice(Math.max(0, c.index - 8), c.index)) ? tail.split(/,\s/)[0]! : tail;
      const written = (family.yearNext ? YEAR_NEXT : YEAR_AFTER).exec(scope);
      // "traces its origins to X, a group founded in 1980": the year is the founding named after it, another cue's.
      if (written && INNER_CUE.test(tail.slice(0, written.index + written[0].length - written.groups!.year!.length))) continue;
      const start = sentenceStart(body, c.index);
      // (Far enough for an opening participle's main clause after a long aside: Boko Haram's founding sentence.)
      const text = body.slice(start, cueEnd + 320);
      const at = c.index - start;
      const lead = text.slice(0, at);
      // (Or the opening of the cue's own clause: "..., and in 1995 a number of them founded TG".)
      // (Or the time a cleft sets before "that": "it was there, in January 1993, that they formally established TG".)
      const opening = written || family.yearNext ? null : OPENING_YEAR.exec(text) ?? CLAUSE_OPENING_YEAR.exec(lead) ?? CLEFT_YEAR.exec(lead);
      // (Or the year inside the cue: "merged in 2013 to form TG".)
      // ("... walked out of the GIA in 1998 ..., and founded the GSPC that year": the last year written before it.)
      const thatYear = written || family.yearNext || !THAT_YEAR.test(scope) ? undefined : [...lead.matchAll(YEARS_IN)].pop()?.[0];
      const year = written?.groups?.year ?? c.groups!.merged_in?.match(/\d{4}$/)![0] ?? (opening && opening.index + opening[0].length <= at ? opening.groups!.year : undefined) ?? thatYear;
      if (!year) continue;
      // "A faction split from TG in 2016": what split from this group is another one.
      if (family.id === 'split-from' && isOwn(SPLIT_FROM_WHAT.exec(body.slice(c.index, cueEnd + 80))?.[1] ?? '', refsOf())) continue;
      // "hundreds of rockets launched before and during the operations", "checkpoints established in 2012": a participle
      // right after a plural noun, with no object, tells of that noun, not of a founding.
      const things = family.id === 'formed' ? THINGS_BEFORE.exec(lead)?.[1] : undefined;
      if (things !== undefined && !GROUP_HEAD.test(things) && PARTICIPLE_GOES_ON.test(tail)) continue;
      const owned =
        family.owner === 'its'
          ? (!ANNOUNCED.test(lead) || ANNOUNCED_DATE_OF_FOUNDING.test(tail)) && !itsIsAnothers(lead, refsOf())
          : family.owner === 'object'
            ? isOwn(tail.split(/[,;.]| -| (?:in|into|on|as|which|that|and|up)\b/)[0]!, refsOf())
            : foundsOwnGroup(lead, text.slice(at), tail, refsOf(), family.id === 'formed');
      if (!owned) continue;
      // People are born too: "born" founds only a subject that is this group as a whole ("The founder of TG was born in 1962").
      if (/born$/i.test(c[0]) && family.id === 'formed' && lead.trim() !== '' && !isWhollyOwn(lead.replace(AUXILIARIES, '').trim().replace(/,$/, ''), refsOf())) continue;
      const base = s.body.start;
      // "its 2017 formation": the noun after the year belongs to the evidence too.
      const noun = written ? FOUNDING_NOUN_AFTER.exec(tail.slice(written[0].length)) : null;
      const span = { start: written ? base + c.index : base + start, end: written ? base + cueEnd + (after.length - tail.length) + written[0].length + (noun?.[0].length ?? 0) : base + cueEnd };
      const told = { year: Number(year), section: s.name, span, rule: family.id, implied: family.implies === true };
      if (ITSELF_BEFORE.test(lead)) return found(told);
      // A founding the text states outright replaces an event that only implies one, told before it ("In 2013, the group
      // split from ISI. TG was formed in January 2017").
      if (!first || (first.implied && !told.implied)) first = told;
    }
  }
  return first && found(first);
}

/**
 * Whether "its" before the cue stands in a relative clause on another body named just before it: "emerged from the
 * Armed Islamic Group (GIA), which had been waging an insurgency since its formation in 1992".
 */
function itsIsAnothers(lead: string, refs: readonly string[]): boolean {
  const m = RELATIVE_ON_A_NAME.exec(lead);
  if (!m) return false;
  const { name, acronym } = m.groups!;
  return !isOwn(name!, refs) && !(acronym !== undefined && isOwn(acronym, refs));
}
const RELATIVE_ON_A_NAME = /(?<name>\b[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|the|al-[\w'’-]+|and))*)(?: \((?<acronym>[^()]+)\))?, (?:which|that)\b[^;.]*$/;

/** "TG itself was created", "the armed group itself was formed": the subject named as itself, over other names before. */
// (Not in a relative clause, which tells of its antecedent: "walked out of that organization, which had itself split from
// the Official IRA in 1969".)
const ITSELF_BEFORE = new RegExp(`(?<!\\b(?:which|that|who)(?:\\s+(?:had|has|have))?\\s+)\\bitself(?:\\s+(?:${AUX_WORDS}))*\\s*$`);

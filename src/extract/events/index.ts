/**
 * Events: incidents with their date, type, target, place and casualty counts.
 *
 * counts.ts finds the counts of a sentence (victims.ts is the victim-phrase
 * grammar), incidents.ts groups them into incidents, untolled.ts finds
 * incidents told with no toll, describe.ts says what, location.ts where, and the year
 * frame (../year-frame.ts) says when: a month with no year takes its
 * paragraph's frame, and each date says where its year came from. With no
 * year before it in the paragraph, the year is null, never the report year.
 * "killed or wounded 300" and "150 casualties" give an incident with no
 * counts and an `ambiguous-count` diagnostic, never a guess.
 */
import type { CrtxEvent } from '../../record/schema.js';
import { MONTHS, MONTH_WORD, type DateMention } from '../../text/dates.js';
import type { Span } from '../../text/span.js';
import type { ProfileContext } from '../context.js';
import { consume, datesIn, evidenceOf, paragraphsOf, piecesOf, sectionsNamed, sentencesIn, valueAt } from '../context.js';
import { RELATIVE, WHEN_AFTER, YearFrame } from '../year-frame.js';
import { ATTACK_VERBS, INCIDENT_NOUNS, INCIDENT_VERBS, THING_NOUNS, alternation } from '../lexicon.js';
import { COUNT_CUE, REVISING, findCounts, type CountMention } from './counts.js';
import { eventTarget, eventType, incidentsClaimed, isAggregate, isClaimed } from './describe.js';
import { PART_OF_PLACE_WORDS, incidentLocator } from './location.js';
import { groupIncidents, type Incident } from './incidents.js';
import { findUntolled } from './untolled.js';
import { matchesOf } from '../../text/matches.js';
import { DASH_ASIDE } from '../../text/phrases.js';
import { UNIT_WORDS } from '../../text/numbers.js';

const SECTIONS = ['Description', 'Activities'];

/**
 * An incident told in one sentence and its toll in the next: "On June 3, 2021, gunmen stormed a hotel in
 * Mogadishu. At least 30 people were killed." The toll sentence has no date, no relative date and no new
 * incident ("in an ambush") of its own, and the sentence before tells an attack with no toll: one incident,
 * dated and placed by the first sentence, counted by the second.
 */
const SINCE_BEFORE = /\bsince\s+$/i;
/**
 * A period of years a count may be told over: "since 1994", "since it took up arms in 1972", "between 1985 and 1999",
 * "from 2003 to 2011", "1992-1997". A count whose only dates bound such a period has no year: the deaths are spread
 * over it, and any one year would be a guess. ("From March to May 2018" is in one year.)
 */
// ("since 2001, when a bomber blew himself up ... killing three": the "when" clause is that year's incident. A decade,
// "during the 1980s and 1990s", is a period too; so is one from an act, "Since announcing its campaign ... in 1993".)
const PERIOD = new RegExp(
  `\\b(?:[Ss]ince (?:(?:${MONTH_WORD}|early|late|mid-?) )?(?:19|20)\\d\\d(?!\\d|,? when\\b)|[Ss]ince (?:it|they|the group|its|their|[A-Z0-9][\\w'’-]*|[a-z]+ing)\\b[^,;.]{0,60}?\\b(?:19|20)\\d\\d` +
    // (Or the start of what the count was told over: "its campaign, which began in 1968, has killed more than 800", "The
    // PKK's insurgency in Turkey, which began in 1984, has claimed more than 30,000 lives".)
    `|\\b(?:campaign|insurgency|struggle|war|rebellion|uprising)(?: (?:in|against) [^,;.]{1,40}?)?,? (?:which|that) (?:began|started|was launched) in (?:${MONTH_WORD} )?(?:19|20)\\d\\d` +
    // (Or years of it, from a start told in them: "during the years of violence that followed its decision to take up
    // arms in 1980".)
    `|\\b(?:years|decades) of (?:violence|conflict|war|warfare|fighting|insurgency|terror|terrorism|bloodshed|unrest)\\b[^,;.]{0,80}?(?:19|20)\\d\\d` +
    // (Or with "of", or no word before it: "the internal conflict of 1980 to 2000 cost some 69,000 lives".)
    `|[Bb]etween (?:${MONTH_WORD} )?(?:19|20)\\d\\d (?:and|to|until|through|till) (?:${MONTH_WORD} )?(?:19|20)\\d\\d|\\b(?:(?:[Ff]rom|of) )?(?:${MONTH_WORD} )?(?:19|20)\\d\\d (?:to|until|through|till) (?:${MONTH_WORD} )?(?:19|20)\\d\\d|(?:19|20)\\d\\d ?- ?(?:19|20)?\\d\\d|(?:19|20)\\d0s\\b)(?!\\d)`,
  'g',
);
/**
 * The end of a period before a year: "through the end of 2004", "between its founding and the end of 2005". (Not "until"
 * alone: "abducted 13 nuns in December 2013 and held them until March 2014" tells of the captivity, not of a tally.)
 */
const PERIOD_END_BEFORE = new RegExp(`\\b(?:until|till|through|up to|to|and)\\s+the\\s+(?:end|close)\\s+of\\s+(?:${MONTH_WORD}\\s+)?$`, 'i');
/**
 * A period with no year written: one that starts at a time told before it ("since then", "ever since", "since its
 * founding"), or one counted in years ("In 27 years of operations", "over the past three decades", "a campaign lasting
 * more than a quarter of a century").
 */
const PERIOD_WITHOUT_A_YEAR = new RegExp(
  `\\b(?:[Ss]ince (?:then|that time|that year|its (?:founding|formation|creation|inception|emergence))|[Ee]ver since|(?:[Ii]n|[Oo]ver|[Dd]uring|[Aa]cross|[Tt]hroughout) (?:the (?:past|last|previous) |its |their )?(?:\\d+|${Object.keys(UNIT_WORDS).join('|')}|several|many) (?:years|decades)\\b` +
    // (Or the length of what the count was told over: "Over a campaign lasting more than a quarter of a century", "in a
    // campaign spanning three decades".)
    `|\\b(?:lasting|spanning|that lasted|that spanned) (?:more than |nearly |almost |about |some |over )?(?:a quarter of a century|half a century|a century|a decade|(?:\\d+|${Object.keys(UNIT_WORDS).join('|')}|several|many) (?:years|decades))\\b)`,
);
/** A superlative's comparison, which frames no count: "the deadliest attack on Indian forces in three decades", "the worst since 1989". */
const SUPERLATIVE_COMPARISON = /\b(?:deadliest|worst|bloodiest|largest|biggest|most (?:lethal|deadly|violent|serious|devastating))\b[^,;.]{0,80}/g;
/** A plural incident noun right after a date: "1983 bombings", "1983 suicide truck bombings". */
const PLURAL_INCIDENT_AFTER = new RegExp(`^ (?:[\\w-]+ ){0,2}(?:${alternation(INCIDENT_NOUNS)})(?<=s)\\b`, 'i');
const NO_DATE = { year: null, month: null, day: null, yearFrom: null } as const;
const SPAN_END_BEFORE = /\b(?:until|till|through)\s+$/i;
const DASH_ASIDES = new RegExp(DASH_ASIDE, 'g');
/** What follows a year that dates a document: "a 2005 study", "a 2019 UN report", "its 2021 annual assessment". */
const PUBLISHED_IN = /^ (?:[A-Z][\w.]*\s+|annual\s+|final\s+){0,3}(?:study|studies|report|reports|survey|assessment|census|review|estimate|analysis|tally|yearbook|index)\b/;
/** ... or a finding: "a truth commission found in 2004 that", "concluded in 2003 that". */
const FOUND_IN = /\b(?:found|concluded|reported|estimated|stated|announced|determined|calculated|assessed)\s+in\s+(?:[A-Z][a-z]+\s+)?$/;
const TELLS_ATTACK = new RegExp(`\\b(?:${alternation(ATTACK_VERBS)}|${alternation(INCIDENT_VERBS)})\\b`, 'i');
const NEW_INCIDENT = new RegExp(`\\b(?:an?|another) (?:[\\w'-]+ ){0,3}?${alternation(INCIDENT_NOUNS)}\\b`, 'i');

interface Told {
  sentence: Span;
  /** Its incidents with no dead or wounded (told with no toll, or hostages taken): the incident the toll that follows is of. */
  open: CrtxEvent[];
  /** Whether it told a dead or wounded toll of its own. */
  tolled: boolean;
  /** The events it made. */
  made?: CrtxEvent[];
}

const hasToll = (e: CrtxEvent) => e.killed !== null || e.wounded !== null;

function tollOf(ctx: ProfileContext, sentence: Span, incidents: readonly Incident[], previous: Told | null): Told | null {
  if (!previous || previous.tolled || incidents.length !== 1 || incidents[0]!.counts.length === 0) return null;
  const text = ctx.view.slice(sentence.start, sentence.end);
  // (A date that ends the incident's span is the same incident's: "The siege lasted until November 29; 166 people were killed".)
  // (Nor does a toll told over a period: "Its insurgency during the 1990s killed more than 1,200".)
  if (datesIn(ctx, sentence).some((d) => !SPAN_END_BEFORE.test(ctx.view.slice(Math.max(0, d.start - 8), d.start))) || NEW_INCIDENT.test(text) || RELATIVE.some((r) => !r.keepsIncident && r.pattern.test(text)) || matchesOf(PERIOD, text).length > 0) return null;
  // "The synagogue attack killed 22": a definite incident named by a word of the sentence before is the item of it
  // that holds the word ("... the Neve Shalom synagogue in Istanbul in 1986, ..."), with its date and place.
  const named = itemNamed(ctx, text, previous.sentence);
  if (named) return { sentence: named, open: previous.open.filter((e) => e.evidence.start < named.end && named.start < e.evidence.end), tolled: false };
  if (previous.open.length > 1) return null;
  // Hostages counted in both sentences are two counts, not one incident's.
  if (previous.open[0]?.kidnapped && incidents[0]!.counts.some((c) => c.role === 'kidnapped')) return null;
  // ("The explosion killed 22" after "... drove a car loaded with explosives into a police academy in Bogotá.": a definite
  // incident as the subject points back to the sentence before, which told it with no attack verb.)
  return previous.open.length > 0 || TELLS_ATTACK.test(ctx.view.slice(previous.sentence.start, previous.sentence.end)) || POINTING_SUBJECT.test(text) || POINTING_OPENER.test(text) ? previous : null;
}

const ANOTHER_TIME = /\b(?:again|later|afterwards?|next|then|also|subsequently)\b/i;
const HAPPENED = /\b(?:took place|occurred|happened|tore through|ripped through)\b/;
/** One who did the incident just told, as a sentence's subject: "He", "The bomber", "The gunmen". */
const POINTING_ATTACKER = /^(?:He|She|They|The (?:[a-z-]+ )?(?:bomber|attacker|gunman|assailant|militant)s?|The (?:gun)?men)\b/;
/**
 * "A suicide bomber killed 11 people. He struck a crowded restaurant beside Tel Aviv's central bus station.": a sentence
 * with no incident of its own that opens with the incident or its doer places the one event the sentence before made,
 * when that one had no place. Returns that event, else null.
 */
function unplacedBefore(ctx: ProfileContext, sentence: Span, incidents: readonly Incident[], previous: Told | null): CrtxEvent | null {
  const event = previous?.made?.length === 1 ? previous.made[0]! : null;
  if (!event || event.location !== null || !hasToll(event) || incidents.length > 0) return null;
  const text = ctx.view.slice(sentence.start, sentence.end);
  // (What it says is the attack itself, not of the doer's past: "The bomber had trained in Mali" places nothing; nor of
  // what they did next: "They later attacked churches in Kano", "the bombers struck again".)
  return (POINTING_SUBJECT.test(text) || POINTING_ATTACKER.test(text)) && (TELLS_ATTACK.test(text) || HAPPENED.test(text)) && !NEW_INCIDENT.test(text) && !ANOTHER_TIME.test(text) ? event : null;
}

/**
 * "Five people died. Twenty were hurt.": a sentence that opens with a count of the other harm, with no date, incident
 * or attack of its own, completes the one event the sentence before made (which has the first harm and not this one).
 * Returns whether it did.
 */
function completes(ctx: ProfileContext, sentence: Span, incidents: readonly Incident[], previous: Told | null): boolean {
  const event = previous?.made?.length === 1 ? previous.made[0]! : null;
  if (!event || incidents.length !== 1 || incidents[0]!.counts.length !== 1) return false;
  const count = incidents[0]!.counts[0]!;
  // ("The death toll later climbed to 15.": a revised toll replaces the one told.)
  const revises = REVISING.has(count.rule);
  if ((count.role !== 'killed' && count.role !== 'wounded') || (event[count.role] !== null && !revises) || !hasToll(event) || count.count === null) return false;
  const text = ctx.view.slice(sentence.start, sentence.end);
  // (The sentence opens with the count, or with the incident itself as its subject: "The explosion also injured nineteen.")
  const lead = ctx.view.slice(sentence.start, count.start);
  // (A revised toll points back by itself, whatever opens its sentence: "One of the wounded later died in hospital,
  // bringing the number of dead to three.")
  if ((lead.length > 2 && !INCIDENT_SUBJECT.test(lead) && !revises) || datesIn(ctx, sentence).length > 0 || NEW_INCIDENT.test(text) || TELLS_ATTACK.test(text) || RELATIVE.some((r) => !r.keepsIncident && r.pattern.test(text))) return false;
  event[count.role] = count.count;
  event.rule = `${event.rule}+${count.rule}`;
  // The event's words now run through this sentence's count.
  event.evidence = { ...event.evidence, end: Math.max(event.evidence.end, incidents[0]!.end) };
  consume(ctx, incidents[0]!);
  return true;
}

/**
 * The incident told before, named as the same one ("in the same attack", "during the same operation"), or its place
 * ("at the same cafe", "in the same village").
 */
const SAME_INCIDENT = new RegExp(`\\b(?:(?:in|during|by) the same (?:${alternation(INCIDENT_NOUNS)})|(?:in|at|on|near|outside|inside|to) the same (?:${THING_NOUNS}|${PART_OF_PLACE_WORDS.join('|')}))\\b`, 'i');

/** The incident just told, with a definite word: "The explosion", "this attack", "The suicide bombing". */
const THE_INCIDENT = `(?:[Tt]he|[Tt]his|[Tt]hat) (?:[a-z-]+ )?(?:${alternation(INCIDENT_NOUNS)})`;

/**
 * The incident just told as a sentence's subject, before its verb: "The explosion also ", "The blast ", "It "; perhaps
 * after who reports it: "According to hospital officials, ", "Police said the explosion also ", "Provincial officials said ", "Medics at a nearby hospital
 * said ", "The minister later told reporters that ", "Provincial police director Col. Ramon Dizon said " (then the
 * count opens the clause);
 * or after a clause about those counted: "Most of the dead were policemen; some 30 others were wounded", "Three soldiers
 * were among those killed; 11 others were injured", "Among the dead were an American and a Briton; 28 others were wounded".
 */
const INCIDENT_SUBJECT = new RegExp(`^(?:(?:(?:Most|All|Many|Some|Several|Half|None) of (?:the|them)\\b[^;.]{0,80}|[^;.]{1,80}\\b(?:were|was) among (?:those|the) (?:killed|dead|victims)|Among (?:the|those) (?:dead|killed|victims) (?:were|was)\\b[^;.]{1,80}); )?(?:According to [^,;.]{1,60}, )?(?:[A-Z][\\w'’-]*(?: [\\w'’-]+\\.?){0,9}? (?:later |also )?(?:said|reported|added|stated|confirmed|told (?:reporters|journalists))(?: that)? )?(?:${THE_INCIDENT} |[Ii]t )?(?:also |further )?$`);
/** A sentence that opens with the incident just told as its subject: "The explosion killed", "The blast also wounded". */
const POINTING_SUBJECT = new RegExp(`^${THE_INCIDENT} `);
/** ... or in a clause the sentence opens with: "By the time commandos ended the three-day siege, at least 166 people were dead", "During the attack, ...". */
const POINTING_OPENER = new RegExp(`^(?:(?:By the time|When|After|As|Once|Until|Before)\\b[^,;.]{0,60}?|(?:During|In|Throughout) )${THE_INCIDENT}\\b[^,;.]{0,40}, `);
// "The synagogue attack", "The Marine barracks bombing": a definite incident noun with words of its own before it.
const DEFINITE_INCIDENT = new RegExp(`^The (?<words>(?:[A-Za-z][\\w'-]* ){1,3}?)(?:${alternation(INCIDENT_NOUNS)})\\b`);
// Words that say how, not which: they name no item of a list.
const NOT_NAMING = /^(?:ensuing|twin|deadly|same|suicide|coordinated|simultaneous|later|latest|second|first|car|truck|bomb|terrorist|[\d-]+|\w+-day)$/i;

/** The item of the sentence before (between commas or semicolons) that holds a naming word of the definite incident. */
function itemNamed(ctx: ProfileContext, text: string, before: Span): Span | null {
  const m = DEFINITE_INCIDENT.exec(text);
  if (!m) return null;
  const words = m.groups!.words!.trim().split(' ').filter((w) => !NOT_NAMING.test(w));
  const prior = ctx.view.slice(before.start, before.end);
  for (const w of words) {
    const at = new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').exec(prior)?.index;
    if (at === undefined) continue;
    const start = Math.max(prior.lastIndexOf(',', at), prior.lastIndexOf(';', at)) + 1;
    const ends = [prior.indexOf(',', at), prior.indexOf(';', at)].filter((i) => i >= 0);
    const end = ends.length > 0 ? Math.min(...ends) : prior.length;
    return { start: before.start + start, end: before.start + end };
  }
  return null;
}

// One small function per step: V8 recompiles a whole function each time one of its sites meets an object
// shape not seen before, and these run on every sentence of every profile.

export function extractEvents(ctx: ProfileContext): CrtxEvent[] {
  const events: CrtxEvent[] = [];
  const locate = incidentLocator(ctx);
  for (const s of sectionsNamed(ctx, SECTIONS)) {
    const frame = new YearFrame(ctx, s.name);
    for (const p of paragraphsOf(ctx, s)) {
      frame.paragraph();
      // A piece without a casualty word need not be split: as one span it moves the frame the same way,
      // and an incident with no toll in it is read on the piece (cut at clear sentence ends).
      const sentences = piecesOf(ctx, p).flatMap((piece) => (COUNT_CUE.test(ctx.view.slice(piece.start, piece.end)) ? sentencesIn(ctx, piece) : [piece]));
      // The last sentence's last event: a claim told in the next sentence is its claim ("both attacks": the last two).
      let last: CrtxEvent | null = null;
      const inParagraph: CrtxEvent[] = [];
      let previous: Told | null = null;
      for (const sentence of sentences) {
        const before = last;
        last = null;
        frame.open(sentence);
        const opening = frame.openingOf(sentence);
        const incidents = incidentsIn(ctx, sentence);
        if (completes(ctx, sentence, incidents, previous)) {
          // The event may be completed again by the next sentence ("... 120 were wounded. The toll rose to 87.").
          previous = { sentence, open: [], tolled: true, made: previous!.made };
          frame.close(sentence);
          continue;
        }
        const unplaced = unplacedBefore(ctx, sentence, incidents, previous);
        if (unplaced) {
          unplaced.location = locate(sentence, sentence, p, s.name);
          consume(ctx, sentence);
        }
        const told = tollOf(ctx, sentence, incidents, previous);
        for (const e of told?.open ?? []) events.splice(events.indexOf(e), 1);
        const made: CrtxEvent[] = [];
        // "... were killed during the same operation": with no place of its own, the place of the sentence before.
        // (Not when the sentence tells an incident before it, which "the same town" may name: "hijacked a bus near
        // Mandera ...; ten days later, the group attacked a quarry camp outside the same town".)
        const sameBefore = previous && incidents.length === 1 && SAME_INCIDENT.test(ctx.view.slice(sentence.start, sentence.end)) ? previous.sentence : null;
        for (const incident of incidents) {
          last = eventOf(ctx, frame, s.name, sentence, incident, opening, (told) => locate(incident, sentence, p, s.name, told ?? sameBefore), told?.sentence ?? null);
          // The hostages the first sentence counted stay the incident's.
          last.kidnapped ??= told?.open[0]?.kidnapped ?? null;
          made.push(last);
        }
        events.push(...made);
        for (const e of told?.open ?? []) inParagraph.splice(inParagraph.indexOf(e), 1);
        inParagraph.push(...made);
        previous = { sentence, open: made.filter((e) => !hasToll(e)), tolled: made.some(hasToll), made };
        const claimed = incidents.length === 0 && before ? incidentsClaimed(ctx.view, sentence) : 0;
        if (claimed > 0) {
          for (const e of inParagraph.slice(-claimed)) e.claimed = true;
          consume(ctx, sentence);
        }
        frame.close(sentence);
      }
    }
  }
  return events;
}

/** The incidents a sentence tells: those its counts make, else those told with no toll. */
function incidentsIn(ctx: ProfileContext, sentence: Span): Incident[] {
  const counts = findCounts(ctx.text, ctx.view, sentence.start, sentence.end);
  if (counts.length > 0) return groupIncidents(ctx.view, sentence, counts);
  return findUntolled(ctx.view, sentence).map((u) => ({ ...u, counts: [] }));
}

/**
 * One incident as an event. `opening`: the sentence's opening date phrase, read when an incident is ("In 2019, ...").
 * `told`: the sentence before, when it told this incident and this one gives its toll: its date and place are the
 * incident's, and the event's words run from it.
 */
function eventOf(ctx: ProfileContext, frame: YearFrame, sectionName: string, sentence: Span, incident: Incident, opening: Span | null, location: (told: Span | null) => CrtxEvent['location'], told: Span | null): CrtxEvent {
  const all = datesIn(ctx, told ?? incident);
  for (const d of all) if (!d.valid) impossible(ctx, sectionName, d);
  // "Since 1978, the group has ... killed two settlers ... in December 1996": a period's start dates no incident
  // when the sentence gives one (and "has killed 20,000 people since 2009", whose only date is the period's, has no year: PERIOD).
  // ("According to a 2005 study, attacks killed 250 people in 2004": the year of a study or report is when it was
  // published, not when anyone was killed; so is that of a finding, "found in 2004 that TG was responsible for ...".)
  // (Nor a superlative's comparison: "in the deadliest terrorist attack in Libya since 2011" dates nothing; "its deadliest
  // attack was the 2015 bombing" does.)
  const span = told ?? incident;
  const compared = matchesOf(SUPERLATIVE_COMPARISON, ctx.view.slice(span.start, span.end)).map((m) => ({ start: span.start + m.index, end: span.start + m.index + m[0].length }));
  const valid = all.filter((d) => d.valid && !(d.month === null && PUBLISHED_IN.test(ctx.view.slice(d.end, d.end + 30))) && !(FOUND_IN.test(ctx.view.slice(Math.max(0, d.start - 30), d.start)) && /^,? that\b/.test(ctx.view.slice(d.end, d.end + 7))) && !(compared.some((c) => d.start >= c.start && d.end <= c.end) && SINCE_BEFORE.test(ctx.view.slice(Math.max(0, d.start - 8), d.start))));
  // ("The truck bombing in Zliten (January 7, 2016) -- the deadliest since the 2011 revolution -- killed 60": a date in a
  // dash aside tells of something else when the incident has another.)
  const asides = matchesOf(DASH_ASIDES, ctx.view.slice(span.start, span.end)).map((m) => ({ start: span.start + m.index, end: span.start + m.index + m[0].length }));
  const outside = asides.length === 0 ? valid : valid.filter((d) => !asides.some((a) => d.start >= a.start && d.end <= a.end));
  const dated = (outside.length > 0 ? outside : valid).filter((d) => !SINCE_BEFORE.test(ctx.view.slice(Math.max(0, d.start - 8), d.start)) || WHEN_AFTER.test(ctx.view.slice(d.end, d.end + 8)));
  // (A relative phrase of the sentence that told the incident dates it too: "The following year, TG shelled ... . Four
  // officers were killed.")
  // (Not a superlative's comparison: "the blast left 40 dead and was the deadliest attack on the police since 1989".)
  const periods = matchesOf(PERIOD, ctx.view.slice(span.start, span.end))
    .map((m) => ({ start: span.start + m.index, end: span.start + m.index + m[0].length }))
    .filter((p) => !compared.some((c) => p.start >= c.start && p.end <= c.end));
  // (The dates of the count's own clause: "Before the 1997 ceasefire, TG attacked ...; fighting ... killed more than 1,200
  // people between 1992 and 1997".)
  const clauseStart = ctx.view.lastIndexOf(';', incident.anchor) + 1;
  const clauseEnd = ctx.view.indexOf(';', incident.anchor);
  const own = valid.filter((d) => d.start >= clauseStart && (clauseEnd < 0 || d.end <= clauseEnd));
  // ("Since then, its attacks have killed more than 4,000 people": a period that starts at a time told before, with no
  // date of the count's own, has no year either.)
  const clause = ctx.view.slice(Math.max(clauseStart, sentence.start), clauseEnd < 0 ? sentence.end : Math.min(clauseEnd, sentence.end));
  // (A count up to the end of a period, "... through the end of 2004", has none either, unless every date is of that year:
  // "Between October 17 and the end of November 2023", its start's year unwritten.)
  const ends = own.filter((d) => PERIOD_END_BEFORE.test(ctx.view.slice(Math.max(0, d.start - 24), d.start)));
  const overPeriod =
    own.length > 0
      ? own.every((d) => periods.some((p) => d.start >= p.start && d.end <= p.end)) || (ends.length > 0 && (ends.length === own.length || new Set(own.filter((d) => d.yearWritten).map((d) => d.year)).size > 1))
      : PERIOD_WITHOUT_A_YEAR.test(clause.replace(SUPERLATIVE_COMPARISON, '')) || periods.length > 0;
  // "the 1992 attack ... and the 1994 bombing ..., which killed 29 and 85 people, respectively": each count takes the date
  // of its place in the list, when the sentence dates each incident of it before the counts.
  const respective = incident.counts.find((c) => c.respective !== null)?.respective;
  const listed = respective ? datesIn(ctx, sentence).filter((d) => d.valid && d.year !== null && d.end <= incident.anchor) : [];
  // (One date for all, before a plural incident noun: "the 1983 bombings of the U.S. Embassy and the Marine barracks, which
  // killed 63 and 241 people, respectively".)
  const shared = respective && listed.length === 1 && PLURAL_INCIDENT_AFTER.test(ctx.view.slice(listed[0]!.end, listed[0]!.end + 40));
  const respectiveDate = respective && (listed.length === respective.of || shared) ? [listed[shared ? 0 : respective.index]!] : null;
  const date = overPeriod ? { ...NO_DATE } : frame.dateOf(told ? { start: told.start, end: incident.end } : incident, told ? told.end : incident.anchor, respectiveDate ?? (dated.length > 0 ? dated : valid));
  const words = told ? { start: told.start, end: incident.end } : incident;
  const byRole = (role: string) => incident.counts.find((c) => c.role === role)?.count ?? null;
  // ("78 casualties, including nine deaths": a part that names its harm gives that number, and the event has one.)
  const named = incident.counts.some((c) => c.role === 'killed' || c.role === 'wounded');
  for (const c of incident.counts) if (c.role === 'ambiguous' && !named) ambiguous(ctx, sectionName, c);
  consume(ctx, incident);
  if (opening) consume(ctx, opening);
  return {
    date,
    type: eventType(ctx.view, words),
    location: location(told),
    target: eventTarget(ctx.text, ctx.view, words),
    killed: byRole('killed'),
    wounded: byRole('wounded'),
    kidnapped: byRole('kidnapped'),
    claimed: isClaimed(ctx.view, sentence, incident),
    aggregate: isAggregate(ctx.view, { start: incident.start, end: incident.anchor }),
    evidence: evidenceOf(sectionName, words),
    rule: incident.counts.length > 0 ? incident.counts.map((c) => c.rule).join('+') : 'untolled',
  };
}

/** "February 30, 2019": no such day, said where it was read. */
function impossible(ctx: ProfileContext, sectionName: string, d: DateMention): void {
  ctx.diagnostics.push({
    severity: 'warning',
    code: 'impossible-date',
    message: `Date "${valueAt(ctx, d)}" cannot be real (${MONTHS[d.month! - 1]} has no day ${d.day}); the event's date comes from the rest of the text. Check the source text.`,
    evidence: evidenceOf(sectionName, d),
  });
}

/** "killed or wounded more than 300": no number for either, said where it was read. */
function ambiguous(ctx: ProfileContext, sectionName: string, c: CountMention): void {
  ctx.diagnostics.push({
    severity: 'warning',
    code: 'ambiguous-count',
    message: `"${valueAt(ctx, c)}" counts the dead and the wounded together; the event has neither number. Check the source text.`,
    evidence: evidenceOf(sectionName, c),
  });
}

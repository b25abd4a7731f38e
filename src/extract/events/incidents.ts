/**
 * Incidents: the counts of one sentence grouped into the incidents they
 * belong to. A new incident starts where a clause boundary (";") or a new
 * incident noun ("an assault", "a truck bomb", "a March raid"; not "the blasts", which points back) stands between
 * two counts, or where a role repeats ("killed 20 ... and a raid ... that
 * killed 29", "killed one hostage in May and another in October"). "killing
 * 3 and injuring 30" stays one incident. The new incident's words start at
 * the last clause boundary between the two (";", ", and", " and"), so a date
 * or a relative phrase there ("and the following year, ...") is its own.
 */
import type { Span } from '../../text/span.js';
import { DIRECT_ATTACK_VERBS, INCIDENT_NOUNS, TIME_NOUN, alternation } from '../lexicon.js';
import { ONE_MORE, REVISING, type CountMention } from './counts.js';
import { matchesOf } from '../../text/matches.js';
import { MONTH_WORD } from '../../text/dates.js';
import { city, countryCode } from '../../geo/places.js';

export const INCIDENT_NOUN = new RegExp(`\\b(?:${alternation(INCIDENT_NOUNS)})\\b`, 'i');
// A noun with a definite article points back to the incident being told ("died in the blasts", "during the
// four-day siege"); only another one ("an assault", "a March raid") starts a new incident.
const NEW_INCIDENT_NOUN = new RegExp(`(?<!\\b(?:the|this|that|these|those|its|their)(?: [\\w-]+){0,2} )\\b(?:${alternation(INCIDENT_NOUNS)})\\b`, 'i');
// The words between one count and the next when the second stands alone in a clause after a semicolon, perhaps reported.
// ("Iraqi police said that a further 40 were hurt"; before "put the number of injured at", its subject alone: "a
// provincial official".)
// ("; the hospital said it had treated 9 for injuries": the one saying may be the subject of the count's verb.)
const TOLL_CLAUSE = /^[^;]*;\s*(?:(?:[\w'’.-]+ ){1,5}(?:said|says|reported|added|confirmed|stated)(?: that)? (?:(?:it|they) (?:had |has |have )?)?(?:another |a further )?)?$/;
const TOLL_SUBJECT = /^[^;]*;\s*(?:an? |the )?(?:[\w'’.-]+ ){1,4}$/;
const CLAUSE_BOUNDARY = /;|,? and,? |, (?:while|but|then) /g;
/**
 * A clause that opens with its own date after a comma ("..., and in March TG gunmen shot dead four officers", ", while
 * in October ...", ", and in the spring of 2008 ...", ", and two days later bombed"), or with another attack (", and
 * ambushed a supply convoy"): another incident, though it names no incident noun. An undated clause (", and in the
 * firefight that followed wounded six", ", and set fire to its lobby") goes on with the same one.
 */
/** A time that opens a clause: "in March", "on 22 March", "in 2016", "the following month", "two days later". */
/** A month or a year as written: "March", "22 March", "2016". */
const WRITTEN_DATE = `(?:(?:\\d{1,2} )?${MONTH_WORD}\\b|(?:19|20)\\d\\d\\b)`;
/** A written date or season after its preposition: "in November 2012", "on 22 March", "in the spring". */
const ON_A_DATE = `(?:in|on|during|by) (?:(?:early|late|mid-)\\s*)?`;
export const CLAUSE_TIME = `(?:(?:then|later|again|only|just|barely) )?(?:${ON_A_DATE}(?:${WRITTEN_DATE}|the (?:winter|spring|summer|autumn|fall)\\b)|(?:the following|the next|later that|(?:the|that)(?: very)? same) (?:${TIME_NOUN}|spring|summer|autumn|fall|winter)\\b|(?:(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few) )?${TIME_NOUN} later\\b)`;
const DATED_CLAUSE = new RegExp(`(?:,? and,? |, (?:while|whereas|but|then) )(?<date>${CLAUSE_TIME}|(?:then )?(?:${DIRECT_ATTACK_VERBS.join('|')}) (?:an?|the|two|three|four|several)\\b)`, 'g');

/**
 * A written date opening a dated clause: "in November 2012", "on 22 March". (Not a time counted from the clause before,
 * "a day later", "the following month": the incident then keeps what that clause says of where and when.)
 */
const TIME_AT_START = new RegExp(`^(?:(?:then|later|again) )?${ON_A_DATE}${WRITTEN_DATE}`);

/** A clause that opens by pointing back to the incident just told: "the attack took place ...", "it happened ...". */
const POINTS_BACK = new RegExp(`^\\s*(?:(?:the|this|that)(?: [\\w-]+){0,2} (?:${alternation(INCIDENT_NOUNS)})\\b|(?:it|this) (?:took place|happened|occurred|was)\\b)`, 'i');

/**
 * A definite incident noun with a year of its own: "and for the February 2004 bombing of a ferry" names another incident
 * when the one being told has no such year ("In March 2015, gunmen killed 21 ..., and the 2015 attack also wounded 45"
 * points back).
 */
const DATED_INCIDENT_NOUN = `(?:${MONTH_WORD} )?(?:\\d{1,2},? )?(?<year>(?:19|20)\\d\\d) (?:[\\w-]+ ){0,2}?(?:${alternation(INCIDENT_NOUNS)})\\b`;
const DATED_DEFINITE_NOUN = new RegExp(`\\b(?:the|its|their) ${DATED_INCIDENT_NOUN}`, 'i');
/** ", and an October 1995 car bombing": another incident, indefinite and dated, coordinated after the one before. */
const DATED_NEW_INCIDENT = new RegExp(`,? and (?=(?:an?|another) ${DATED_INCIDENT_NOUN})`, 'g');
// (A date of its own, not one counted from the clause before: "...in 2004; the following summer, ..." needs that year.)
const DATED_SEMICOLON = new RegExp(`;\\s*(?=(?:in|on|during) (?:(?:early|late|mid-)\\s*)?${WRITTEN_DATE})`, 'g');
function anotherYearsIncident(view: string, current: Span, between: string): boolean {
  const m = DATED_DEFINITE_NOUN.exec(between);
  return m !== null && !view.slice(current.start, current.end).includes(m.groups!.year!);
}
/**
 * ... or with a place of its own: "The Kirkuk bombing killed a police officer and two civilians, while the Tuz Khurmatu
 * attack wounded 16" (not "the Kirkuk attack" after an incident in Kirkuk, nor "the TG attack": a group is no place).
 */
const PLACED_DEFINITE_NOUN = new RegExp(`\\b(?:the|its|their) (?<place>[A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*){0,2}) (?:[a-z-]+ )?(?:${alternation(INCIDENT_NOUNS)})\\b`);
function anotherPlacesIncident(view: string, current: Span, between: string): boolean {
  const place = PLACED_DEFINITE_NOUN.exec(between)?.groups!.place;
  return place !== undefined && !view.slice(current.start, current.end).includes(place) && (countryCode(place) !== null || city(place) !== null);
}

/** Words of giving an account of a toll: its verbs and nouns ("reported", "put", "confirmed", "estimates", "figures"). */
const ACCOUNT_WORDS = '(?:said|says|reported|reports?|put|acknowledged|announced|confirmed|gave|stated|estimated|estimates?|figures?|counted|counts?|tally|toll|recovered|raised|revised|accounts?)';
/** An account of a toll told as the first one: "Officials first put the toll at", "The army initially reported", "Initial reports said". */
const FIRST_ACCOUNT = new RegExp(`\\b(?:first|initially|initial|early|earlier|preliminary)(?: [\\w'’-]+){0,2}? ${ACCOUNT_WORDS}\\b`, 'i');
/** A later account: "it later confirmed that", "later estimates put the toll at", "the prosecutor subsequently said". */
const LATER_ACCOUNT = new RegExp(`\\b(?:later|subsequently|eventually)(?: [\\w'’-]+){0,2}? ${ACCOUNT_WORDS}\\b`, 'i');
/**
 * "The army first acknowledged 23 dead; it later confirmed that 44 had been killed", "Initial reports said 150 were
 * killed; later estimates put the toll at about 400": a count of the same harm in a later account of the toll told
 * first revises it, as "the toll rose to" does. (Not a sequence of acts: "fighters first attacked a post, killing three;
 * they later stormed a bank, killing four" tells no account.)
 */
function laterAccount(view: string, sentence: Span, current: Incident, c: CountMention, between: string): boolean {
  if (!LATER_ACCOUNT.test(between)) return false;
  const first = current.counts.find((k) => k.role === c.role);
  return first !== undefined && FIRST_ACCOUNT.test(view.slice(Math.max(sentence.start, view.lastIndexOf(';', first.start) + 1), first.start));
}

/**
 * ... or two predicates joined by "and", each with its own place: "assassinated two contractors in Adana and wounded an
 * officer in Izmir" (not "killed three officers in Gao and wounded four others in the town", nor one place for both).
 */
const PLACE_BEFORE_AND = /\b(?:in|near|at|outside) (?<place>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}),? and\b/;
const PLACE_RIGHT_AFTER = /^ (?:in|near|at|outside) (?<place>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})/;
function placedApart(view: string, c: CountMention, between: string): boolean {
  const first = PLACE_BEFORE_AND.exec(between)?.groups!.place;
  const second = first === undefined ? undefined : PLACE_RIGHT_AFTER.exec(view.slice(c.end, c.end + 60))?.groups!.place;
  const isPlace = (name: string) => countryCode(name) !== null || city(name) !== null;
  return second !== undefined && second !== first && isPlace(first!) && isPlace(second);
}

export interface Incident extends Span {
  counts: CountMention[];
  /** Where the incident's first mention starts: its date is the one nearest before. */
  anchor: number;
}

export function groupIncidents(view: string, sentence: Span, counts: readonly CountMention[]): Incident[] {
  const incidents: Incident[] = [];
  let current: Incident | null = null;
  let boundary = sentence.start;
  for (const c of counts) {
    if (current) {
      // "first reported 14 dead, and the toll rose to 18": a revised toll replaces the one of its harm told before it.
      // (Not across a clause with its own date or incident: "...; and on March 22, gunmen stormed a concert hall, where the
      // death toll rose to 145" is another incident's toll.)
      const between = view.slice(current.end, c.start);
      // A clause with its own date or attack, or a new incident told by its noun, between this count and the last.
      const dated = matchesOf(DATED_CLAUSE, between).pop();
      const anotherIncident = dated !== undefined || NEW_INCIDENT_NOUN.test(between) || anotherYearsIncident(view, current, between) || anotherPlacesIncident(view, current, between) || placedApart(view, c, between);
      const revised = (REVISING.has(c.rule) || laterAccount(view, sentence, current, c, between)) && !anotherIncident ? current.counts.findIndex((k) => k.role === c.role) : -1;
      if (revised >= 0) {
        current.counts[revised] = c;
        current.end = c.end;
        continue;
      }
      // "killing 20 soldiers, and that same week it abducted five aid workers, later executing them": the killing told
      // of a kidnapping's victims ("them") is that kidnapping's incident, not the one before it in the same clause.
      const taken = c.rule === 'harm-them' ? current.counts.findIndex((k) => k.role === 'kidnapped') : -1;
      if (taken > 0 && current.counts.some((k) => k.role === c.role)) {
        const kidnapping: CountMention = current.counts[taken]!;
        incidents.push({ ...current, end: current.counts[taken - 1]!.end, counts: current.counts.slice(0, taken) });
        current = { start: kidnapping.start, end: c.end, counts: [kidnapping, c], anchor: kidnapping.start };
        continue;
      }
      // "Nine people were killed; more than 180 were hurt", "... killed 19 at a shrine outside Islamabad; officials said
      // more than 100 were wounded": a clause that tells only another harm's toll is the same incident's.
      const reported = TOLL_CLAUSE.test(between) || (c.rule === 'put-toll-at' && TOLL_SUBJECT.test(between));
      // "killing at least 132 civilians; some local sources put the toll at 160": another estimate of a toll already
      // told is no new incident, and the first one stands.
      if (reported && c.rule === 'put-toll-at' && current.counts.some((k) => k.role === c.role)) continue;
      // (Or one more victim of another harm: "killing a reservist; a second reservist was seriously injured".)
      const tollGoesOn = (reported || ONE_MORE.test(c.count?.text ?? '')) && !current.counts.some((k) => k.role === c.role);
      const split = !tollGoesOn && (between.includes(';') || anotherIncident || current.counts.some((k) => k.role === c.role));
      if (split) {
        incidents.push(current);
        const semicolon = between.lastIndexOf(';');
        // The new incident's words start after a semicolon, else at its own date or attack, else at the last clause boundary.
        let cut = semicolon >= 0 ? semicolon + 1 : dated ? dated.index + dated[0].indexOf(dated.groups!.date!) : -1;
        // (... at the clause boundary before the next incident's noun, when one names it: "..., and a series of truck
        // bombings in Istanbul against two synagogues, the consulate and a bank that together killed 57" starts at "a series".)
        const noun = cut < 0 ? (NEW_INCIDENT_NOUN.exec(between) ?? DATED_DEFINITE_NOUN.exec(between)) : null;
        if (cut < 0) for (const m of matchesOf(CLAUSE_BOUNDARY, between)) if (!noun || m.index + m[0].length <= noun.index) cut = m.index + m[0].length;
        boundary = current.end + Math.max(0, cut);
        current = null;
      }
    }
    if (!current) {
      // "claimed the June 1995 attempt to kill X in Addis Ababa, Ethiopia, and an October 1995 car bombing ... that wounded
      // 29 people": an incident named with its own date after ", and" starts the count's words; what comes before it told
      // of another (untolled) incident.
      // (So does a clause after a semicolon that opens with its own date: "... near the Gaza Strip; on September 29, 2004,
      // a rocket killed two children in the town of Sderot".)
      // (And a clause after ", and" that opens with its own date: "Since taking over Gaza, the group has ..., and in
      // November 2012 a bomb ... on a Tel Aviv bus wounded 28 people" is the bus bombing's, not Gaza's.)
      const own = matchesOf(DATED_NEW_INCIDENT, view.slice(boundary, c.start)).pop() ?? matchesOf(DATED_SEMICOLON, view.slice(boundary, c.start)).pop();
      const dated = own ? null : matchesOf(DATED_CLAUSE, view.slice(boundary, c.start)).filter((m) => TIME_AT_START.test(m.groups!.date!)).pop();
      const start = own ? boundary + own.index + own[0].length : dated ? boundary + dated.index + dated[0].indexOf(dated.groups!.date!) : boundary;
      current = { start, end: c.end, counts: [c], anchor: c.start };
    } else {
      current.counts.push(c);
      current.end = c.end;
    }
  }
  if (current) incidents.push(current);
  // An incident's words run on to where the next one starts ("killing three soldiers in Angeles City"), or to the end of
  // its clause: in "attacks included a bombing in Kandahar that killed 11; a raid in Pakistan's Khyber Agency that
  // destroyed two vehicles; and ...", the raid, which counts no one, is not the bombing's.
  incidents.forEach((incident, i) => {
    const next = i + 1 < incidents.length ? incidents[i + 1]!.start : sentence.end;
    const semicolon = view.indexOf(';', incident.counts[incident.counts.length - 1]!.end);
    // (A clause that points back goes on with it: "... were killed; the attack took place in April 2007".)
    incident.end = semicolon >= 0 && semicolon < next && !POINTS_BACK.test(view.slice(semicolon + 1, semicolon + 60)) ? semicolon : next;
  });
  return incidents;
}

/**
 * Leaders: the people the profile names as this group's leaders, with their
 * status and the year the text gives for a change.
 *
 * Three steps, as in compromise and chrono:
 *   1. tag the mentions of each candidate sentence (mentions.ts): people, roles with their owner, this group;
 *   2. match the relation rows over the tagged sentence (relations.ts);
 *   3. refine, in this order:
 *      - identity: a later "Warsame" or "al-Baghdadi" is the person named in full before;
 *      - ownership and rank: a role counts when it is a leading role ("emir", not "deputy" or
 *        "a senior commander") that is not another group's ("ISIS leader X" in TG's profile);
 *      - time: an appointment the sentence dates before the report year does not say the
 *        person still leads (a diagnostic, no current leader); an announcement of a future
 *        appointment ("was to become") says nothing yet;
 *      - status: what a sentence says happened to a person (killed, captured, died, was
 *        succeeded) overrides that sentence's "leads"; across sentences the later one wins;
 *      - year: the date after the status cue, else the last before the person in the sentence.
 */
import type { Diagnostic } from '../../diagnostics.js';
import type { Leader } from '../../record/schema.js';
import type { Span } from '../../text/span.js';
import type { ProfileContext } from '../context.js';
import { consume, datesIn, evidenceOf, paragraphsOf, piecesOf, sectionSentences, sectionsInOrder, sentencesIn, valueAt } from '../context.js';
import { groupReferences, isOwnGroup } from '../group-refs.js';
import { frameAt } from '../year-frame.js';
import { ALIAS_MARKERS, NATURAL_DEATH, namesPeople } from '../lexicon.js';
import { matchesOf } from '../../text/matches.js';
import { phraseAlternation } from '../../text/phrases.js';
import { UNIT_WORDS } from '../../text/numbers.js';
import { comparable } from '../../text/view.js';
import { ANSWERING_VERBS, LEAVING_VERBS, GROUP_PEOPLE, KEPT_POST, KIN_NOUNS, HONORIFICS, RALLYING_VERBS, OFFICE_NOUNS, RANK_TITLE_ROLES, TOP_OFFICE_WORDS, CHOOSING_VERBS, CHOSEN_VERBS, HANDING_VERBS, LEAD_CUE_WORDS, NAME_KINDS, ALIAS_VERBS, RELEASE_CUES, ROLES, ROLE_COPULAS, STATUS_NOUNS, STATUS_WORD_LIST, SUCCESSION_VERBS, TAKE_OVER_VERBS, LEADERSHIP_NOUNS, PLACE_FILLED, PLACE_NOUNS, VIOLENT_DEATH, type Status } from './lexicon.js';
import { groupMentions, isParticleSurname, personMentions, roleMentions, shapeOf, type PersonMention, type RoleMention } from './mentions.js';
import { RELATION_ROWS, SUBJECT_RELATIVE, type Claim, type How } from './relations.js';

export { RELATION_ROWS } from './relations.js';

const cueOf = (lists: readonly string[]) =>
  new RegExp(
    `\\b${phraseAlternation(
      lists
        .join('|')
        .split('|')
        .map((w) => w.replace(/-/g, ' ')),
      '[ -]',
    )}s?\\b`,
    'i',
  );

/**
 * A sentence is read when it holds a word of leading (a leading role, a verb
 * of leading, choosing, taking over or succeeding; a plural too: "its two top
 * leaders"), or a status cue once a leader is known. Both cues are built from
 * the lexicons, so a word added to a lexicon is never hidden by a stale cue list.
 */
export const LEADERSHIP_CUE = cueOf([
  ...ROLES.filter((r) => r.leads).map((r) => r.words),
  LEAD_CUE_WORDS,
  ...ROLE_COPULAS.map((c) => c.words.split('|').filter((w) => / /.test(w)).join('|')),
  CHOOSING_VERBS,
  CHOSEN_VERBS,
  HANDING_VERBS,
  TAKE_OVER_VERBS,
  LEADERSHIP_NOUNS,
  SUCCESSION_VERBS,
  RALLYING_VERBS,
  ANSWERING_VERBS,
  PLACE_NOUNS.split('|').flatMap((n) => PLACE_FILLED.split('|').map((v) => `${n} ${v}`)).join('|'),
  TOP_OFFICE_WORDS.split('|').flatMap((t) => OFFICE_NOUNS.split('|').map((o) => `${t} ${o}`)).join('|'),
  // (The post kept, "that position", "the post": its verbs are the row's to check, and every pairing made the cue slow.)
  KEPT_POST,
]);
export const STATUS_CUE = cueOf([STATUS_WORD_LIST, RELEASE_CUES, LEAVING_VERBS]);
/**
 * Whether words tell of taking or holding a role (not rallying or answering to someone): "who took over in 2016", "who
 * was appointed in 2016"; not a choice as something else: "who was designated as a Specially Designated Global Terrorist".
 */
const ROLE_TAKEN_CUE = cueOf([...ROLES.filter((r) => r.leads).map((r) => r.words), LEAD_CUE_WORDS, TAKE_OVER_VERBS, SUCCESSION_VERBS]);
const CHOSEN_CUE = cueOf([CHOOSING_VERBS, CHOSEN_VERBS]);
const CHOSEN_AS_ANOTHER = new RegExp(`\\b(?:${CHOOSING_VERBS}|${CHOSEN_VERBS}) as an? `, 'i');
const tellsOfRole = (words: string) => ROLE_TAKEN_CUE.test(words) || (CHOSEN_CUE.test(words) && !CHOSEN_AS_ANOTHER.test(words));
/** Another name given to a person, which later sentences may lead by: "X, better known as Y, founded TG. Y leads it." */
const ALIAS_CUE = cueOf([ALIAS_MARKERS, ALIAS_VERBS]);
const RELEASE = new RegExp(`^(?:${RELEASE_CUES})\\b`, 'i');
const IN_ABSENTIA = /^[^,;.]{0,80}\bin absentia\b/;
const DETENTION_ENDED = /^[^,;.]{0,60}\b(?:from (?:19|20)\d\d (?:to|until) (?:19|20)\d\d|between (?:19|20)\d\d and (?:19|20)\d\d)\b/;
const BRIEFLY = /\bbriefly (?:been )?$/;
// (Or the release told as the capture's second verb: "was captured by British forces in March 2007 and released in
// January 2010".)
const RELEASED_LATER = new RegExp(`\\b(?:${RELEASE_CUES}|releasing|freeing) (?:him|her)\\b|\\b(?:and|but|before being) (?:was |were )?(?:later |subsequently |eventually )?(?:${RELEASE_CUES})\\b`, 'i');
export const LEADER_CUE = new RegExp(`${LEADERSHIP_CUE.source}|${STATUS_CUE.source}|${ALIAS_CUE.source}`, 'i');

interface Person {
  name: string;
  /** The span read as the name: its first mention in full (the whole phrase for a shared surname). */
  evidence: Span;
  section: string;
  parts: Span[];
  words: string[];
  /** For another name of someone ("Karim Nasser, alias \"the Engineer,\"", "X, better known as Y"): that someone. */
  aliasOf?: Person;
}

interface Outcome {
  person: Person;
  role: string | null;
  /** `earlier`: named leader in a sentence dated before the report year, and nothing said since. */
  status: Status | 'earlier';
  year: number | null;
  rule: string;
  sentence: Span;
  /**
   * Where the sentence says it in the present tense ("is led by", "leads", "remains"): a dated past status in an aside
   * of the same sentence does not undo it, nor does a status told before it ("was detained in 2019 but still leads").
   */
  presentAt?: number;
  /** Said only by directing the group's work ("commands its fighters"): it yields to a leader named outright. */
  implied?: true;
  /** Where a status change was told in its sentence: a leading told before it there is undone by it. */
  changedAt?: number;
}

// (Compared as the view reads them: "al‑Jawlani" with a non-breaking hyphen is al-Jawlani.)
const wordsOf = (name: string) => comparable(name).split(' ');
// "Abu", "Umm": the first word of a kunya, by which the reports shorten a name.
const KUNYA = /^(?:abu|abou|umm)$/i;
/** An indefinite apposition right after a name, which introduces someone: ", a local trader". */
const INTRODUCED_AFTER = /^,? an? /;
const onlyOne = <T>(xs: readonly T[]): T | undefined => (xs.length === 1 ? xs[0] : undefined);
// (A surname is the same with or without its article: "Tarabulsi" for Umar al-Tarabulsi, as the reports shorten it.)
// (Word by word, without building strings: it is asked for every person met before, for every mention.)
const ARTICLE = /^(?:al|el|ad|ash|as|at|az|ar|an|ud|ul)-(?=\p{L}{3})/u;
const sameWord = (x: string, y: string) => x === y || ((x.includes('-') || y.includes('-')) && x.replace(ARTICLE, '') === y.replace(ARTICLE, ''));
const endsWith = (a: string[], b: string[]) => b.length <= a.length && b.every((w, i) => sameWord(a[a.length - b.length + i]!, w));

/** What the leader rules know so far in one profile, sentence after sentence. */
interface LeaderState {
  ctx: ProfileContext;
  isOwn: (words: string) => boolean;
  persons: Person[];
  outcomes: Map<Person, Outcome>;
  /** The person a later "he" or "his successor" refers to. */
  antecedent: Person | null;
  /** The leaders the last sentence that named several together named: what a later "Both" or "They" refers to. */
  several: Person[];
  refs: readonly string[];
  /** People told killed who led nothing the profile had told of yet, with the sentence that told it: the dead lead no more. */
  dead: Map<Person, Span>;
  /** The year of the last killing or capture told with one: what "within days of his death" dates. */
  lastEnd: number | null;
  /** Whether the profile says the group is divided into factions ("SL is divided into two factions"): then each faction's leader is one of its leaders. */
  inFactions: boolean;
}

/** One sentence being read: its tagged mentions, the dates it writes, and what it says of each person. */
interface SentenceReading {
  sentence: Span;
  section: string;
  shape: ReturnType<typeof shapeOf>;
  roles: RoleMention[];
  mentions: PersonMention[];
  who: Person[];
  dates: ReturnType<typeof datesIn>;
  outcomes: Map<Person, Outcome>;
  /** Who "he" and "him" refer to: the last leader named before this sentence (a claim read in it may change the state's). */
  antecedent: Person | null;
  /** Where the main predicate starts, in the view, after a subject's long relative clause (SUBJECT_RELATIVE); else the sentence's end. */
  mainAt: number;
}

// The functions below are kept small on purpose: V8 recompiles a whole function each time one of its
// sites meets an object shape not seen before, and one function for all of this was recompiled
// eleven times over a 10 MB batch, at about 50 ms each.

export function extractLeaders(ctx: ProfileContext): Leader[] {
  const refs = groupReferences(ctx);
  const state: LeaderState = { ctx, isOwn: (words) => isOwnGroup(words, refs, false), persons: [], outcomes: new Map(), antecedent: null, several: [], refs, dead: new Map(), lastEnd: null, inFactions: IN_FACTIONS.test(ctx.view) };
  // Every known section, in document order: a leader is named now and then in Funding ("the group's Secretary-General,
  // X, lives in Damascus"), Strength ("fighters who answer to X") or Location ("its leader, X, is based in ...").
  for (const s of sectionsInOrder(ctx, [])) {
    for (const sentence of sectionSentences(ctx, s, LEADER_CUE)) readSentence(state, refs, s.name, sentence);
  }
  return leadersOf(ctx, state.outcomes);
}

/** The person a mention names: one met before when the names match, else a new one (never for a lone short name). */
function personOf(state: LeaderState, m: PersonMention, section: string): Person | null {
  const name = m.parts.map((p) => valueAt(state.ctx, p)).join(' ');
  const words = wordsOf(name);
  // The same person: one name ends the other ("al-Baghdadi", "Abu Bakr al-Baghdadi"); "Karim Benali" is not "Samir Benali".
  // Or a name of two words or more starts the other ("Abu al-Hasan" for Abu al-Hasan al-Hashimi al-Qurashi, "Farooq
  // Kashmiri" for Farooq Kashmiri Khalil), when it starts only that one.
  // Or a first name alone names the one person it starts ("Hakimullah" after Hakimullah Mehsud).
  // Or a word inside a longer name names that person when no other has it.
  // (The one named last, when several end so: "the younger Mangal" after Gul Agha Mangal and his son Zabihullah Mangal.)
  const known =
    state.persons.findLast((p) => endsWith(p.words, words) || (p.words.length >= 2 && endsWith(words, p.words))) ??
    // (Not a name that is then introduced as someone new: "Muhammad Ali, a local trader," after Muhammad Ali Khan.)
    onlyOne(state.persons.filter((p) => words.length >= 2 && (KUNYA.test(words[0]!) || !INTRODUCED_AFTER.test(state.ctx.view.slice(m.end, m.end + 5))) && p.words.length > words.length && p.words.slice(0, words.length).join(' ') === words.join(' '))) ??
    onlyOne(state.persons.filter((p) => words.length === 1 && !KUNYA.test(words[0]!) && p.words.length >= 2 && p.words[0] === words[0] && !p.aliasOf)) ??
    // Or the one name inside a longer one that a single word names ("Pérez" for Jhon Jairo Pérez Lozano: the first surname).
    onlyOne(state.persons.filter((p) => words.length === 1 && p.words.length >= 3 && p.words.slice(1, -1).includes(words[0]!) && !p.aliasOf));
  if (known) return known.aliasOf ?? known;
  // (A one-word name set off as a person's, "Al-Tamimi, also known as Abu Karim al-Shami, has led TG", is still the
  // full name written before it when there is one.)
  // (So is a surname with its particle: "Ben Hassine, a veteran of the camps, remains its leader" after "founded by
  // Seifallah Ben Hassine".)
  if (m.short || words.length === 1 || isParticleSurname(words)) {
    const earlier = earlierFullName(state, m, words);
    if (earlier) {
      state.persons.push(earlier);
      return earlier;
    }
    // (A surname with its particle, "Ben Salah", is a name of its own when no full name was written before it.)
    if (m.short && !isParticleSurname(words)) return null;
  }
  const person = { name, evidence: m.evidence, section, parts: m.parts, words };
  state.persons.push(person);
  return person;
}

/**
 * A lone surname whose full name the profile wrote before, in a sentence the leader rules did not read ("Masood Azhar is a
 * cleric from Bahawalpur. ... Azhar, who continues to head TG"): the last full name before it that ends so, not a group's.
 * Found by searching the text for the surname and reading the name that ends there, not by reading every sentence.
 */
function earlierFullName(state: LeaderState, m: PersonMention, words: string[]): Person | null {
  const { ctx } = state;
  const view = ctx.view;
  const written = view.slice(m.parts[m.parts.length - 1]!.start, m.parts[m.parts.length - 1]!.end);
  // (Its first letter in either case: "Al-Khazali" opening a sentence after "Qays al-Khazali".)
  const rest = written.slice(1);
  for (let i = view.lastIndexOf(rest, m.start - 1); i >= 1; i = view.lastIndexOf(rest, i - 1)) {
    const at = i - 1;
    if (view[at]!.toLowerCase() !== written[0]!.toLowerCase()) continue;
    const end = at + written.length;
    const section = ctx.profile.sections.find((s) => s.body.start <= at && end <= s.body.end);
    if (!section) continue;
    // From a space some words back, so that no word is cut.
    const from = Math.max(section.body.start, view.lastIndexOf(' ', Math.max(section.body.start, at - 80)));
    const full = personMentions(view, from, end).find((x) => x.end === end && /\s/.test(view.slice(x.start, x.end)));
    if (!full || groupMentions(view, from, end, state.refs).some((g) => g.start < full.evidence.end && full.evidence.start < g.end)) continue;
    const name = full.parts.map((p) => valueAt(ctx, p)).join(' ');
    if (!endsWith(wordsOf(name), words)) continue;
    return { name, evidence: full.evidence, section: section.name, parts: full.parts, words: wordsOf(name) };
  }
  return null;
}

// "since 2014" starts a state that goes on; "the May 2004 grenade attack", "two December 2003 attempts" name other events.
const STATUS_NOUN_AFTER = new RegExp(`^ (?:${STATUS_NOUNS}) of\\b`);
const NOT_A_CHANGE_DATE = new RegExp(`\\b(?:since\\s+(?:\\w+\\s+)?|the\\s+|an?\\s+|its\\s+|their\\s+|(?:\\d+|${Object.keys(UNIT_WORDS).join('|')}|several|both|multiple)\\s+)$`, 'i');

// Right before the name, with lower-case words and one first name between at most ("Jibril's son and onetime heir
// apparent, Jihad Jibril").
const KIN_BEFORE = new RegExp(`\\b(?:[Hh]is|[Hh]er|[Tt]heir|\\w+['’]s) (?:${KIN_NOUNS})(?: [a-z][\\w-]*)*,?(?: [A-Z][\\w'-]*)? $`);

// Another name told right after a person's: 'alias "the Engineer,"', ', better known as Abu Abbas'; or in a relative
// clause of its own, after a description perhaps: ", a cleric who ... and who is better known by his nom de guerre, X",
// ", who goes by the name X".
const ALIAS_AFTER = new RegExp(`^(?:,? \\(?${ALIAS_MARKERS} |, (?:(?:an?|the) [^,;.]{0,80}? )?who (?:is |was )?(?:(?:better|also|widely|commonly|more commonly|popularly) )?(?:${ALIAS_VERBS})(?: (?:his|her|the) (?:${NAME_KINDS}))?,? )(?:"(?<nick>[^"]{1,40}?)[,.]?"|(?=[A-Z]))`);

/**
 * Another name of a person is that person wherever it is used later ("... and Timochenko leads the group today").
 * Called after each mention is read: a quoted nickname after it is registered; a mention that is the alias of the one
 * before it ("X, better known as Y") becomes that person.
 */
function aliasOf(state: LeaderState, view: string, section: string, mentions: readonly PersonMention[], who: Person[]): void {
  const i = mentions.length - 1;
  const previous = mentions[i - 1];
  const before = previous && ALIAS_AFTER.exec(view.slice(previous.end, previous.end + 160));
  if (before && !before.groups!.nick && mentions[i]!.start === previous.end + before[0].length && who[i] !== who[i - 1]) {
    who[i]!.aliasOf ??= who[i - 1]!;
    who[i] = who[i - 1]!;
  }
  const m = mentions[i]!;
  const nick = ALIAS_AFTER.exec(view.slice(m.end, m.end + 160))?.groups!.nick;
  if (nick === undefined) return;
  const words = wordsOf(nick.replace(/^the\s+/i, ''));
  if (state.persons.some((p) => p.words.join(' ') === words.join(' '))) return;
  const at = view.indexOf(nick, m.end);
  state.persons.push({ name: nick, evidence: { start: at, end: at + nick.length }, section, parts: [], words, aliasOf: who[i]!.aliasOf ?? who[i]! });
}

// After a one-word name: a role set off as its apposition ("Fazlullah, the former head of its Swat chapter,"), or a
// relative clause only a person takes ("Mangal, who is thought to live in Kunar,").
const ROLE_ASIDE_GAP = /^, (?:(?:the|an?|its|his|her|their) )?(?:[a-z-]+ ){0,2}$/;
const WHO_AFTER = /^, who\b/;
const ROLE_COPULA_GAP = /^ (?:is|was|remains|remained|became|has been|had been)(?: (?:now|still|currently))? $/;
const KNOWN_AS_AFTER = /^,? (?:also |better |widely |popularly |commonly )?known (?:to [^,;]{1,30} )?as\b/;
/** A description after a name, its head word the last before a preposition, clause or comma: ", a veteran of ...", ", a Saudi cleric who". */
const DESCRIBED_AFTER = /^, (?:an?|the) (?:[\w'’-]+ ){0,3}?([a-z]+)(?= of\b| who\b| from\b| in\b|,)/;
// Before it, a choosing verb whose "as" names a role after it: "the council named Qaisrani, a former teacher, as emir".
const CHOOSING_BEFORE = new RegExp(`\\b(?:${CHOOSING_VERBS}) $`);
const AS_ROLE_GAP = /^(?:, [^,;.]{1,60},)? as (?:(?:its|the|their|his|her) )?(?:new )?$/;

/** Whether a lone capitalized word is set off as a person's name by what stands around it (a place or a group's is not). */
function setOffAsPerson(view: string, m: PersonMention, lead: string, roles: readonly RoleMention[]): boolean {
  const after = view.slice(m.end, m.end + 100);
  if (WHO_AFTER.test(after)) return true;
  // ... or a description of a person after it: "Zarkasih, a veteran of the Afghan training camps who ..." (not "Kidal, a
  // town in the north").
  const described = DESCRIBED_AFTER.exec(after);
  if (described && namesPeople(described[1]!)) return true;
  if (roles.some((r) => r.start > m.end && ROLE_ASIDE_GAP.test(view.slice(m.end, r.start)))) return true;
  // ... or what a role is, or another name a person goes by: "The group's current emir is Fazlullah, known to his
  // followers as "Mullah Radio"".
  if (roles.some((r) => r.end <= m.start && ROLE_COPULA_GAP.test(view.slice(r.end, m.start))) || KNOWN_AS_AFTER.test(after)) return true;
  return CHOOSING_BEFORE.test(lead) && roles.some((r) => r.start > m.end && AS_ROLE_GAP.test(view.slice(m.end, r.start)));
}

function readSentence(state: LeaderState, refs: ReturnType<typeof groupReferences>, section: string, sentence: Span): void {
  const { ctx } = state;
  const view = ctx.view;
  const words = view.slice(sentence.start, sentence.end);
  // A sentence with only a status cue ("was killed") matters only for a leader already named; one that gives a person
  // another name only for the names ("X, better known as Y, founded TG. Y still leads it").
  const claimsAnything = LEADERSHIP_CUE.test(words) || (state.outcomes.size > 0 && STATUS_CUE.test(words));
  if (!claimsAnything && !ALIAS_CUE.test(words)) return;
  // A lone capitalized word ("Warsame", "Commanded") is a person only when it names someone met before.
  const mentions: PersonMention[] = [];
  const who: Person[] = [];
  // This group's own name is never a person, even when it reads like one ("al-Testiya", "Abu Sayyaf Group").
  const groups = groupMentions(view, sentence.start, sentence.end, refs);
  let roles: RoleMention[] | undefined;
  const rolesOf = () => (roles ??= roleMentions(view, sentence.start, sentence.end, state.isOwn));
  for (const m of personMentions(view, sentence.start, sentence.end)) {
    if (groups.some((g) => g.start < m.evidence.end && m.evidence.start < g.end)) continue;
    // "His son Jihad Jibril" is not the father named before.
    const lead = view.slice(Math.max(0, m.start - 60), m.start);
    if (m.short && KIN_BEFORE.test(lead)) continue;
    // ...unless it stands in apposition to a role: "TG's emir, Bakri, consolidated control", or another name of it
    // follows ("Santoso, also known as Abu Wardah,": one-word names are common in Indonesia and elsewhere).
    // After "the", only a name already known ("the Engineer") is a person: "the Lahore High Court" names no one.
    const named = /\bthe $/.test(lead) ? { ...m, short: true } : m.short && (rolesOf().some((r) => view.slice(r.end, m.start) === ', ' && view.startsWith(',', m.end)) || ALIAS_AFTER.test(view.slice(m.end, m.end + 80)) || setOffAsPerson(view, m, lead, rolesOf())) ? { ...m, short: false } : m;
    const person = personOf(state, named, section);
    if (person === null) continue;
    mentions.push(named);
    who.push(person);
    // Read in text order, so a nickname given here names the person later in the same sentence.
    aliasOf(state, view, section, mentions, who);
  }
  if (!claimsAnything) return;
  // (A pronoun may stand later in a sentence that names no one: "The army announced that he had been killed.")
  if (mentions.length === 0 && !/^(?:He|She|Both|They|The two)\b/.test(words) && !/\b(?:he|she|him|her)\b/.test(words)) return;
  const allRoles = rolesOf();
  const shape = shapeOf(view, sentence, mentions, allRoles, groups);
  const main = mainClauseOf(shape.text);
  // A faction's leader leads the group only where the profile says the group is its factions.
  let claims = claimsOf(shape.text, main).filter((c) => c.kind !== 'leads' || !c.part || state.inFactions);
  if (claims.length === 0) return;
  // "According to some sources, TG is led by X, while others say Y": two accounts, neither told as the case.
  if (SOURCES_DISAGREE.test(words) && claims.some((c) => c.kind === 'leads')) {
    ctx.diagnostics.push(disputed(ctx, section, sentence, mentions.map((m) => valueAt(ctx, m.evidence))));
    claims = claims.filter((c) => c.kind !== 'leads');
  }
  // (A change named by its noun keeps its date: "the February 2012 capture of its commander".)
  const dates = datesIn(ctx, sentence).filter((d) => d.yearWritten && d.year !== null && d.valid && (!NOT_A_CHANGE_DATE.test(view.slice(Math.max(0, d.start - 20), d.start)) || STATUS_NOUN_AFTER.test(view.slice(d.end, d.end + 16))));
  // (With no leader named yet, "he" opening a clause is the last person the sentence before named: "Abu Iyadh went into
  // hiding in 2012 ... He remains the group's leader".)
  // (Or, with no one named in it, a pronoun anywhere: "officials said that they still regarded him as its leader".)
  const antecedent = state.antecedent ?? (PRONOUN_SUBJECT.test(words) || (mentions.length === 0 && /\b(?:he|she|him|her)\b/.test(words)) ? namedInSentenceBefore(state, section, sentence) : null);
  const reading: SentenceReading = { sentence, section, shape, roles: allRoles, mentions, who, dates, outcomes: new Map(), antecedent, mainAt: main ? shape.toView(main.from) : sentence.end };
  // Leads claims first, then what happened to each person overrides them.
  // ("they continue to lead it" last: the leaders it refers to are those the sentence's other claims name.)
  // (A post kept, "he remained in that position in 2022", last of all: it is said of whom the sentence made a leader.)
  const last = (c: RuledClaim) => c.kind === 'leads' && (c.who === 'antecedents' || c.keeps === true);
  for (const c of claims) if (!last(c)) applyLead(state, reading, c);
  for (const c of claims) if (last(c)) applyLead(state, reading, c);
  for (const c of claims) applyStatus(state, reading, c);
  // Several leaders named together are what a later "Both" or "They" refers to.
  const named = [...reading.outcomes.keys()].filter((p) => reading.who.includes(p));
  if (named.length >= 2) state.several = named;
  for (const [person, outcome] of reading.outcomes) {
    // A mention dated before the report year adds nothing to what is known of a person.
    if (outcome.status === 'earlier' && state.outcomes.has(person)) continue;
    state.outcomes.set(person, outcome);
    if ((outcome.status === 'killed' || outcome.status === 'captured') && outcome.year !== null) state.lastEnd = outcome.year;
    consume(ctx, sentence);
  }
}

type RuledClaim = Claim & { rule: string };

/**
 * Every relation row's claims over a sentence's shape, in row order. When the subject's relative clause runs on past
 * commas (SUBJECT_RELATIVE), the main predicate is read again with the clause taken out ("⟦P0⟧ leads ⟦G⟧."), and what
 * the rows said of it for a person inside the clause is dropped.
 */
function claimsOf(shapeText: string, main: MainClause | null): RuledClaim[] {
  const claims: RuledClaim[] = [];
  for (const row of RELATION_ROWS) {
    if (row.needs && !row.needs.test(shapeText)) continue;
    for (const m of matchesOf(row.pattern, shapeText)) for (const c of row.claims(m)) if (!main || !main.misread(c)) claims.push({ ...c, rule: row.id });
    if (!main || (row.needs && !row.needs.test(main.text))) continue;
    for (const m of matchesOf(row.pattern, main.text)) {
      // (A match within the subject alone was read on the whole sentence.)
      if (m.index + m[0].length <= main.predicateAt) continue;
      for (const c of row.claims(m)) {
        // (A claim placed at the subject, "⟦P0⟧ is ⟦R0⟧" read at its start, is where the subject is in the sentence.)
        const read = { ...c, at: c.at < main.predicateAt ? c.at : c.at + main.shift, ...(c.who === 'antecedent' ? { who: main.subject } : {}), rule: row.id } as RuledClaim;
        if (!claims.some((o) => o.kind === read.kind && o.who === read.who && o.at === read.at && o.rule === read.rule)) claims.push(read);
      }
    }
  }
  return claims;
}

type MainClause = NonNullable<ReturnType<typeof mainClauseOf>>;

/** The subject and main predicate of a sentence whose subject has a long relative clause, as SUBJECT_RELATIVE reads it. */
function mainClauseOf(shapeText: string) {
  const m = SUBJECT_RELATIVE.exec(shapeText);
  if (!m) return null;
  const g = m.groups!;
  const from = m[0].length - g.predicate!.length;
  const text = `${g.subject} ${g.predicate}`;
  const inside = new Set([...g.clause!.matchAll(/⟦P(\d+)⟧/g)].map((p) => Number(p[1])));
  return {
    text,
    from,
    subject: Number(g.who),
    predicateAt: g.subject!.length + 1,
    shift: from - (g.subject!.length + 1),
    // A claim on the main predicate said of someone the clause names, or of "the last person named".
    misread: (c: Claim) => c.at >= from && (c.who === 'antecedent' || (typeof c.who === 'number' && inside.has(c.who))),
  };
}

/**
 * The year of a change: the first date after its cue in the same clause, else the last one before the person there.
 * `own`: only a date told of this person, before the next one is named (an apposition, "TG's emir, X, replaced Y,
 * who was killed in 2017", is not dated by what the sentence goes on to tell of Y).
 */
function yearNear(r: SentenceReading, view: string, shapeAt: number, personAt: number, own = false): number | null {
  const { sentence } = r;
  const cue = r.shape.toView(shapeAt);
  const text = view.slice(sentence.start, sentence.end);
  const clauseStart = sentence.start + text.lastIndexOf(';', Math.min(cue, personAt) - sentence.start) + 1;
  const next = text.indexOf(';', cue - sentence.start);
  const clauseEnd = next < 0 ? sentence.end : sentence.start + next;
  // (Not a date in a relative clause told of the person between the choice and its role: "chose X, the leader of its
  // Swat faction who had imposed sharia there in 2007-2009, as its new emir" dates the faction, not the choice.)
  const inClause = r.dates.filter((d) => d.start >= clauseStart && d.end <= clauseEnd && !inAsideBeforeRole(view, clauseStart, d));
  if (own) {
    // (Not past the main predicate when the person is named inside the subject's relative clause: "X, who guarded the
    // group's leader, Y, was killed in 2019" dates X's death, not Y's leading.)
    // (Nor past a second predicate of the subject: "Its leader, X, also chairs the council and was designated a terrorist
    // in June 2017" dates the designation, not the leading the apposition tells.)
    const after = Math.max(cue, personAt);
    const second = SECOND_PREDICATE.exec(view.slice(after, clauseEnd));
    // (A time the role has held since dates no appointment: "The group's chief - ... X - has headed it since at least
    // 2017" holds now.)
    const since = (d: { start: number }) => SINCE_BEFORE.test(view.slice(Math.max(sentence.start, d.start - 40), d.start));
    // (Nor by a relative clause after it that tells of something else: "TG's chief, X, who was sanctioned in June 2017,
    // also chairs the council"; "who was appointed in 2016" tells of the role.)
    const relative = RELATIVE_CLAUSE.exec(view.slice(after, clauseEnd));
    const relativeAt = relative && !tellsOfRole(view.slice(after + relative.index, clauseEnd).split(',', 2)[1]!) ? after + relative.index : clauseEnd;
    const next = Math.min(r.mentions.find((m) => m.start > personAt)?.start ?? clauseEnd, personAt < r.mainAt ? r.mainAt : clauseEnd, second ? after + second.index : clauseEnd, relativeAt);
    return (inClause.find((d) => d.start >= cue && d.end <= next && !since(d)) ?? inClause.filter((d) => d.end <= Math.min(personAt, cue) && !since(d)).pop())?.year ?? null;
  }
  // ("...stepped aside in February 2000; that month, the shura named X as emir": a time pointing back takes the date
  // of the clause before.)
  const pointed = inClause.length === 0 && THAT_TIME.test(text.slice(clauseStart - sentence.start, clauseEnd - sentence.start)) ? r.dates.filter((d) => d.end <= clauseStart).pop() : undefined;
  return (inClause.find((d) => d.start >= cue) ?? inClause.filter((d) => d.end <= Math.max(personAt, cue)).pop() ?? pointed)?.year ?? null;
}

/** A date inside a relative clause ("who had imposed ... in 2007") that closes before an "as" phrase goes on. */
function inAsideBeforeRole(view: string, clauseStart: number, d: Span): boolean {
  return RELATIVE_OPEN_BEFORE.test(view.slice(clauseStart, d.start)) && AS_ROLE_AFTER.test(view.slice(d.end, d.end + 80));
}
const RELATIVE_CLAUSE = /, (?:who|whose|whom)\b/;
const RELATIVE_OPEN_BEFORE = /\b(?:who|whom|whose)\b[^,;]*$/;
const AS_ROLE_AFTER = /^[^,;.]*, as\b/;

const SINCE_BEFORE = /\bsince (?:at least |early |late |mid-|the (?:spring|summer|autumn|fall|winter|start|end|beginning|middle) of )?(?:[A-Z][a-z]+ )?$/;
/** A second predicate of the same subject: ", and was designated", " and has lived". */
const SECOND_PREDICATE = /,? and (?:(?:also|later|since|then|himself|herself) )?(?:was|were|has|have|had|is|are)\b/;

/** A time that points back to the date told before it: "that month", "later that year", "the same week". */
const THAT_TIME = /\b(?:that|the same) (?:day|week|month|year|spring|summer|autumn|fall|winter)\b/i;

/**
 * Whether the person these words name ("Hadid") held a role of this group before this sentence: one of its leaders, or
 * named right after a role it owns ("TG's founder, Omar Hadid, was killed in 2014"). Khomeini, whose successor a
 * profile names as the one whose guidance the group follows, held none.
 */
function heldRoleHere(state: LeaderState, r: SentenceReading, name: string): boolean {
  const words = wordsOf(name);
  if ([...state.outcomes.keys(), ...r.outcomes.keys()].some((p) => endsWith(p.words, words))) return true;
  const view = state.ctx.view;
  // (Searched as written: the words compare folded.)
  const last = name.split(/\s+/).pop()!;
  for (let at = view.lastIndexOf(last, r.sentence.start); at > 0; at = view.lastIndexOf(last, at - 1)) {
    const from = Math.max(0, at - 120);
    if (roleMentions(view, from, at, state.isOwn).some((role) => role.owner === 'own' && ROLE_THEN_NAME.test(view.slice(role.end, at)))) return true;
  }
  return false;
}
/** A sentence saying that what it told still holds: "and no later change at the top has been reported", "and no successor has been named since". */
const NO_CHANGE_SINCE = /\bno (?:later |subsequent |further |other )?(?:change|successor|replacement|new leader)\b[^.;]{0,60}\b(?:has|have) (?:since )?been (?:reported|announced|named|confirmed)\b/;
// Between a role and the name it names: an apposition's comma, a name's first words ("TG's founder, Omar Hadid").
const ROLE_THEN_NAME = /^,? (?:[A-Z][\w'’-]* ){0,3}$/;

/** The role of a claim when it is a leading role of this group; null when the claim names none; false when it names another. */
function leadingRole(r: SentenceReading, role: number | null): RoleMention | null | false {
  if (role === null) return null;
  const mention = r.roles[role]!;
  return mention.leads && !mention.notTheLeader && mention.owner !== 'other' ? mention : false;
}

/** The last year written in the clauses of the sentence before the one at `at`, which a semicolon ends. */
function yearOfClauseBefore(view: string, r: SentenceReading, at: number): number | null {
  const cut = view.lastIndexOf(';', at);
  if (cut < r.sentence.start) return null;
  const years = r.dates.filter((d) => d.end <= cut).map((d) => d.year!);
  return years.length > 0 ? Math.max(...years) : null;
}

/** A time the sentence's past is told as of: "By the end of 2017, TG was headed by X", "As of December 2020, ...". */
const AS_OF_YEAR_END = /\b(?:[Bb]y|[Aa]t|[Aa]s of) (?:the end of |the close of |late |December )(?<year>(?:19|20)\d\d)\b/;

function lead(state: LeaderState, r: SentenceReading, person: Person | null, role: RoleMention | null, how: How, year: number | null, rule: string, at: number, tensed = true, implied = false): void {
  if (!person || how === 'announced') return;
  // A past told as of the report year's end is the state the report ends in: "By the end of 2017, ISIS-K was reportedly
  // headed by X" in the 2017 report.
  // (In its own clause: "TG had named no successor by the end of 2021; X was serving as acting leader" tells a past.)
  if (how === 'former' && Number(AS_OF_YEAR_END.exec(state.ctx.view.slice(Math.max(r.sentence.start, state.ctx.view.lastIndexOf(';', at) + 1), at))?.groups!.year) === state.ctx.year) how = 'current';
  // A choice or a role beside a name, dated before the report year, does not say the person still leads.
  // "announced that X was its new emir": a change, told in the past.
  if (how === 'former' && role?.fresh) how = 'appointed';
  // An appointment the sentence does not date took place when its paragraph is about ("In June 2015, X was killed.
  // Within days, TG named Y as its new emir."), as for a status change.
  // (Not before a clause of the same sentence that writes a later year: "In late 2014 ... X died in May 2016; Y was
  // subsequently named". A clause's year alone dates nothing: "X was killed in 2016; his deputy Y succeeded him".)
  // (A choice told as after an end takes the end's year: "Within days of Godane's death, TG announced that X had been
  // chosen", after a paragraph that went back to earlier years.)
  // (Nor a choice told in the present perfect, which says its result holds now: "X was killed in 1998. His brother, Y,
  // has replaced him as leader".)
  const undated = how === 'appointed' && year === null && PERFECT_CHOICE.test(clauseAt(state.ctx.view, r.sentence, at));
  const afterEnd = how === 'appointed' && year === null && !undated && state.lastEnd !== null && AFTER_AN_END.test(state.ctx.view.slice(r.sentence.start, at)) ? state.lastEnd : null;
  const frame = how === 'appointed' && afterEnd === null && !undated ? frameAt(state.ctx, r.section, r.sentence.start) : null;
  const when = year ?? afterEnd ?? (frame === null ? null : Math.max(frame, yearOfClauseBefore(state.ctx.view, r, at) ?? frame));
  // (Unless the sentence goes on to say nothing has changed since: "TG then named X as its new leader, and no later
  // change at the top has been reported".)
  const dated = when !== null && when < state.ctx.year && !role?.now && !NO_CHANGE_SINCE.test(state.ctx.view.slice(at, r.sentence.end));
  const status = role?.status ?? (how === 'appointed' || how === 'apposition' ? (dated ? 'earlier' : 'current') : how);
  // "X, who was named emir in 2012, remains the group's leader": what the sentence says of now outweighs its dated past.
  if (status === 'earlier' && r.outcomes.get(person)?.status === 'current') return;
  // A past told before what the sentence says of now is that person's past: "X, who led TG until his arrest in 2011,
  // returned to lead it after his release" (the claims are read in row order, not text order).
  const toldNow = r.outcomes.get(person)?.presentAt;
  if (status === 'former' && toldNow !== undefined && toldNow > at) return;
  // "X ... was named to replace Y in August 2024 and was killed in October": a change told after the choice in the same
  // sentence is where it left X (the claims are read in row order, not text order).
  const changedAfter = r.outcomes.get(person)?.changedAt;
  if (changedAfter !== undefined && changedAfter > at && r.outcomes.get(person)!.status !== 'current') return;
  // (A second claim of the same person as current, "TG's emir, X, ... still leads the group", keeps what the first said of now.)
  // A change to leading that holds now is said of now too: "X, who led TG until his arrest in 2011, returned to lead it
  // after his release in 2016" (the arrest before it in the sentence is undone).
  const presentAt = status !== 'current' ? undefined : tensed && (how === 'current' || how === 'appointed') ? at : r.outcomes.get(person)?.presentAt;
  // What was said outright of the person stays said: directing the work later does not weaken it.
  // "After Kahane was assassinated in 1990, ... Fifteen years after his death, the elder Kahane remains the movement's
  // spiritual leader": someone told killed before, when no leader, leads nothing after.
  const died = state.dead.get(person);
  if (status === 'current' && died !== undefined && died !== r.sentence) return;
  // A tenure told as past after the person was killed or captured adds nothing: "X was killed on September 1. X had
  // headed the group since 2008" (the end told first is the more exact; a release, a status of its own, still counts).
  const ended = state.outcomes.get(person)?.status;
  if (status === 'former' && (ended === 'killed' || ended === 'captured') && !r.outcomes.has(person)) return;
  const prior = r.outcomes.get(person) ?? state.outcomes.get(person);
  const weak = implied && status === 'current' && !(prior?.status === 'current' && !prior.implied);
  // (A tenure told as ended is a change at its place in the sentence: "X succeeded him and led TG until 2018".)
  const changedAt = status === 'former' ? at : undefined;
  r.outcomes.set(person, { person, role: role?.role ?? 'leader', status, year: status === 'current' ? null : status === 'earlier' ? when : year, rule, sentence: r.sentence, ...(presentAt !== undefined ? { presentAt } : {}), ...(changedAt !== undefined ? { changedAt } : {}), ...(weak ? { implied: true as const } : {}) });
  state.antecedent = person;
}

/** The group as its factions: "Today SL is divided into two factions", "SL now operates as two separate remnant factions". */
const IN_FACTIONS = /\b(?:(?:is|are) (?:now |today )?(?:divided|split) into|(?:now )?operates as|has (?:since )?split into|consists of) (?:two|three|four|several) (?:[a-z]+ ){0,2}factions\b/;

/** A choice of leader in the present perfect: "has replaced", "has since been named", "have taken over". */
const PERFECT_CHOICE = new RegExp(`\\b(?:has|have)(?: (?:since|now|already|recently|reportedly|officially|formally))*(?: been)? (?:${SUCCESSION_VERBS}|${CHOOSING_VERBS}|${TAKE_OVER_VERBS})\\b`);

/** The clause of a sentence that holds `at`: between the semicolons around it. */
function clauseAt(view: string, sentence: Span, at: number): string {
  const start = view.lastIndexOf(';', at);
  const end = view.indexOf(';', at);
  return view.slice(Math.max(sentence.start, start + 1), end < 0 ? sentence.end : Math.min(end, sentence.end));
}

/** A time told from an end: "within days of his death", "after Godane's killing", "following the arrest of". */
const AFTER_AN_END = new RegExp(`\\b(?:[Aa]fter|[Ff]ollowing|[Ww]ithin (?:hours|days|weeks|a (?:day|week|month)) of|[Ii]n the wake of|[Uu]pon|[Ss]oon after|[Ss]hortly after) (?:his |her |the |[A-Z][\\w'’-]*['’]s? )(?:${STATUS_NOUNS})\\b`);

/** A past verb of saying or believing, in the clause before what it reports: "police said they believed TG ", "officials said in 2015 that ". */
const REPORTED_BEFORE = /\b(?:said|stated|reported|believed|assessed|claimed|told [a-z]+|indicated|noted|added|alleged|suspected|concluded|judged)\b[^;.]{0,60}$/;

/**
 * Whether a claim told before a list of people ("led by ⟦P0⟧ and his deputy, ⟦P1⟧") reaches one of them that the list
 * names by a possessive role that does not lead, after another person. A former one may lead now ("and his former
 * deputy"); so may one described so with no one named before ("to the popular commander and his second-in-command, X").
 */
function subordinateInList(r: SentenceReading, who: number, claimAt: number): boolean {
  const at = r.shape.text.indexOf(`⟦P${who}⟧`);
  if (at < 0 || claimAt > at) return false;
  const role = /⟦P\d+⟧[^⟦;]{0,40}? and (?:by )?(?:his|her|its|their) ⟦R(\d+)⟧,? $/.exec(r.shape.text.slice(Math.max(0, at - 80), at));
  const mention = role ? r.roles[Number(role[1])] : undefined;
  return mention !== undefined && !mention.leads && mention.status === null;
}

/** A "leads" or "succeeds" claim. */
function applyLead(state: LeaderState, r: SentenceReading, c: RuledClaim): void {
  const view = state.ctx.view;
  if (c.kind === 'leads') {
    const leading = leadingRole(r, c.role);
    if (leading === false && !c.describes) return;
    const role = leading || null;
    // "the religious guidance of Khomeini's successor, Iranian Supreme Leader Ali Khamenei": a person's successor told
    // as who holds the post is this group's leader only when that person held a role of it; a choice of one ("TG named
    // X as Karimi's successor") needs no more.
    if (role?.ofPerson !== undefined && c.how !== 'appointed' && !heldRoleHere(state, r, role.ofPerson)) return;
    if (c.listed && !role?.plural) return;
    if (c.inner && role?.owner !== 'own') return;
    // "directed by Commander X", "a splinter faction led by Commander X": a rank as a title with no owner says nothing of
    // this group (RANK_TITLE_ROLES; "Emir X was killed" still names its emir).
    // (The role's own word is capitalized, not only a modifier opening the sentence: "Longtime commander X stepped down".)
    if (c.title && role && RANK_TITLE_ROLES.has(role.role) && role.owner === 'unstated' && /(?:^|\s)\p{Lu}[\p{L}-]*$/u.test(view.slice(role.start, role.end))) return;
    if (c.who === 'antecedents') {
      // The leaders named before it in this sentence when there are several ("X and Y took joint charge of TG in 2019,
      // and they continue to lead it"), else those the last sentence about several named.
      const before = r.mentions.flatMap((m, i) => (m.end <= r.shape.toView(c.at) ? [r.who[i]!] : []));
      // (Only those who may still lead: not a founder who died earlier in the sentence.)
      const mayLead = (p: Person) => ['current', 'earlier'].includes((r.outcomes.get(p) ?? state.outcomes.get(p))?.status ?? '');
      const here = [...new Set(before)].filter(mayLead);
      for (const person of here.length >= 2 ? here : state.several) lead(state, r, person, role, c.how, null, c.rule, r.shape.toView(c.at), true, c.implied === true);
      return;
    }
    // "he": the last person named before it in the sentence ("a court released him; he now runs the group"), else the
    // last leader named before the sentence.
    // "led by X and his deputy, Y": the one a list names by a role that does not lead is that role's holder, not a leader.
    if (typeof c.who === 'number' && subordinateInList(r, c.who, c.at)) return;
    const person = c.who === 'antecedent' ? (r.who[lastMentionBefore(r, c.at, view)] ?? r.antecedent) : (r.who[c.who] ?? null);
    // (A post kept is a leader's only when the profile made the person one: "he remained in that position".)
    if (c.keeps && !['current', 'earlier'].includes((r.outcomes.get(person!) ?? state.outcomes.get(person!))?.status ?? '')) return;
    const personAt = c.who === 'antecedent' ? r.shape.toView(c.at) : r.mentions[c.who]!.start;
    // "Police said they believed TG was directed by X": a past reported after a past verb of saying is the present of
    // that time, as a role beside a name is (current as of the sentence's date). A past perfect reported stays past: "the
    // prosecutor told the court that X had directed the group".
    const perfect = view.startsWith('had ', r.shape.toView(c.at));
    const how = c.how === 'former' && !c.untensed && !perfect && REPORTED_BEFORE.test(view.slice(r.sentence.start, r.shape.toView(c.at))) ? 'apposition' : c.how;
    lead(state, r, person, role, how, yearNear(r, view, c.at, personAt, how === 'apposition'), c.rule, r.shape.toView(c.at), !c.untensed, c.implied === true);
  } else if (c.kind === 'succeeds') {
    const role = leadingRole(r, c.role);
    if (role === false) return;
    // "him": the last person named before it in the sentence, else the last leader named.
    // (Only a leader is replaced: the nearest leader named before, past a place read as a name, "killed its leader, X, in a
    // raid near Sheikh Zuweid; he has been replaced by Y".)
    const old = c.old === 'antecedent' ? (lastLeaderBefore(state, r, c.at) ?? r.who[lastMentionBefore(r, c.at)] ?? r.antecedent) : (r.who[c.old] ?? null);
    // No one succeeds themselves ("X, alias "Y," succeeded him": him is someone before X).
    if (old !== null && old === r.who[c.who]) return;
    const oldIsLeader = old !== null && (r.outcomes.has(old) || state.outcomes.has(old));
    if (c.vacated && (!old || (r.outcomes.get(old) ?? state.outcomes.get(old))?.status === 'current')) return;
    if (!role && !oldIsLeader && !c.named) return;
    // The one succeeded no longer leads, though this sentence or an earlier one called them leader; a death or capture told stays.
    const prior = old ? (r.outcomes.get(old) ?? state.outcomes.get(old)) : undefined;
    if (old && (!prior || prior.status === 'current' || prior.status === 'earlier')) {
      r.outcomes.set(old, { person: old, role: role ? role.role : 'leader', status: 'former', year: yearNear(r, view, c.at, r.sentence.start), rule: c.rule, sentence: r.sentence });
    }
    lead(state, r, r.who[c.who] ?? null, role || null, 'appointed', yearNear(r, view, c.at, r.mentions[c.who]!.start), c.rule, r.shape.toView(c.at));
  }
}

const PRONOUN_SUBJECT = /(?:^|[;,] (?:and |but )?)(?:He|he|She|she)\b/;

/** The person the sentence before `sentence`, in its paragraph, names last (not this group's own name), or null. */
function namedInSentenceBefore(state: LeaderState, section: string, sentence: Span): Person | null {
  const { ctx } = state;
  const s = ctx.profile.sections.find((x) => x.body.start <= sentence.start && sentence.start < x.body.end);
  const paragraph = s && paragraphsOf(ctx, s).find((p) => p.start <= sentence.start && sentence.start < p.end);
  const before = paragraph && piecesOf(ctx, paragraph).flatMap((piece) => sentencesIn(ctx, piece)).filter((x) => x.end <= sentence.start).pop();
  if (!before) return null;
  const groups = groupMentions(ctx.view, before.start, before.end, state.refs);
  const m = personMentions(ctx.view, before.start, before.end).filter((p) => !groups.some((g) => g.start < p.evidence.end && p.evidence.start < g.end)).pop();
  return m ? personOf(state, m, section) : null;
}

/**
 * The index of the last person mentioned before a shape offset, or -1. `subjectIn` (the view): the one a subject pronoun
 * ("he leads") stands for, which is never a possessor ("X, Omari's deputy, was elected emir; he leads TG": X, not Omari)
 * nor what one possesses ("after breaking away from al-Sadr's Jaysh al-Mahdi, and he continues ..."), nor a name in an
 * aside on the one before it.
 */
function lastMentionBefore(r: SentenceReading, shapeAt: number, subjectIn?: string): number {
  const at = r.shape.toView(shapeAt);
  return r.mentions.findLastIndex((m, i) => m.end <= at && !(subjectIn !== undefined && (/^['’]s\b/.test(subjectIn.slice(m.end, m.end + 3)) || /['’]s $/.test(subjectIn.slice(Math.max(0, m.start - 3), m.start)) || insideAnAside(subjectIn, r.mentions[i - 1], m) || HARMED_BEFORE.test(subjectIn.slice(Math.max(0, m.start - 40), m.start)))));
}
/** A person named as what was done to them: "for his part in the 1995 killing of Sheikh X; he went into hiding" (he is not X). */
const HARMED_BEFORE = /\b(?:killing|murder|assassination|death|execution|beheading|kidnapping|abduction)s? of (?:the )?(?:[A-Z][\w.'’-]* )?$/;

/** A name inside an aside on the person named before it: "X, the son of TG's founder Y, took over as emir". */
function insideAnAside(view: string, previous: PersonMention | undefined, m: PersonMention): boolean {
  return previous !== undefined && /^, (?:the|a|an|his|her|their) [^,;.]*$/.test(view.slice(previous.end, m.start)) && view.startsWith(',', m.end);
}

/** The person of the last mention before a shape offset who is known as a leader, in this sentence or before it. */
function lastLeaderBefore(state: LeaderState, r: SentenceReading, shapeAt: number): Person | null {
  for (let i = lastMentionBefore(r, shapeAt); i >= 0; i--) {
    const person = r.who[i]!;
    if (r.outcomes.has(person) || state.outcomes.has(person)) return person;
  }
  return null;
}

/** A "status" claim: what happened to a person already known as a leader. */
function applyStatus(state: LeaderState, r: SentenceReading, c: RuledClaim): void {
  if (c.kind !== 'status') return;
  if (c.who === 'antecedents') {
    for (const person of state.several) applyStatusTo(state, r, c, person);
    return;
  }
  // A pronoun after someone this sentence names who leads nothing is that person ("kidnapped an aid worker, X, and later
  // announced that he had been killed"), or after someone it introduces unnamed ("seized a French tourist near Kidal; he
  // was killed weeks later"): no leader's. Else it is the leader last named.
  // (Only when the sentence names no leader before it: "X, the commander who led the split from Boko Haram, headed TG
  // until he was ousted; he was executed" is X's.)
  if (c.who === 'antecedent') {
    const before = r.who.slice(0, lastMentionBefore(r, c.at) + 1);
    const leaderNamed = before.some((p) => r.outcomes.has(p) || state.outcomes.has(p));
    if (!leaderNamed && (before.length > 0 || introducesSomeone(state.ctx.view.slice(r.sentence.start, r.shape.toView(c.at))))) return;
  }
  const person = c.who === 'antecedent' ? state.antecedent : (r.who[c.who] ?? null);
  if (person) applyStatusTo(state, r, c, person);
}

/** A group's people, whom namesPeople leaves out (it names victims): "arrested a Hizballah operative ...; he was convicted". */
const SOMEONE_OF_A_GROUP = new Set([...ROLES.flatMap((r) => r.words.split('|')), ...GROUP_PEOPLE]);
/** Whether the words introduce one person with an indefinite article ("a French tourist", "an aid worker"). */
function introducesSomeone(words: string): boolean {
  for (const m of words.matchAll(/\b(?:an?|another)((?: [A-Za-z'-]+){1,4})/g)) {
    const phrase = m[1]!.trim().split(' ');
    const head = phrase.findIndex((w) => /^(?:in|on|at|near|from|of|with|by|for|and|who|that|which|to)$/.test(w));
    if (phrase.slice(0, head < 0 ? phrase.length : head).some((w) => !/s$/.test(w) && (namesPeople(w) || SOMEONE_OF_A_GROUP.has(w)))) return true;
  }
  return false;
}

/** What a status claim says of one person already known as a leader. */
function applyStatusTo(state: LeaderState, r: SentenceReading, c: RuledClaim & { kind: 'status' }, person: Person): void {
  const { ctx } = state;
  const view = ctx.view;
  const known = r.outcomes.get(person) ?? state.outcomes.get(person);
  if (!known) {
    if (c.status === 'killed' && !REPORTED_CHANGE.test(view.slice(Math.max(r.sentence.start, r.shape.toView(c.at) - 80), r.shape.toView(c.at)))) state.dead.set(person, r.sentence);
    return;
  }
  // The dead are arrested or replaced no more: a later "he was arrested" is about someone else.
  if (known.status === 'killed' && c.status !== 'killed' && known.sentence !== r.sentence) return;
  const cueAt = r.shape.toView(c.at);
  if (RELEASE.test(view.slice(cueAt, cueAt + 10)) && known.status !== 'captured') return;
  // A change reported by others and then denied or never confirmed is no change: "state media reported that X had been
  // killed ... The report was never confirmed, and X has since released an audio message".
  if (REPORTED_CHANGE.test(view.slice(Math.max(r.sentence.start, cueAt - 80), cueAt)) && REFUTED.test(view.slice(cueAt, nextSentenceEnd(view, r.sentence.end)))) return;
  // "TG is led by X, who was detained in 2008": a dated past in an aside does not undo what the sentence says of now
  // (unlike "X, who leads TG, was arrested in 2020", where the arrest is the sentence's news).
  const statusYear = yearNear(r, view, c.at, typeof c.who === 'number' ? r.mentions[c.who]!.start : r.sentence.start);
  const presentHere = known.presentAt !== undefined && known.sentence === r.sentence;
  if (c.aside && presentHere && statusYear !== null && statusYear < ctx.year) return;
  // "Police briefly detained X in 2009, releasing him after several weeks": a capture the same sentence ends changes
  // nothing of a leader who leads.
  if (c.status === 'captured' && known.status === 'current' && RELEASED_LATER.test(view.slice(cueAt, r.sentence.end))) return;
  // "sentenced Rahimov to life imprisonment in absentia": a sentence passed on someone not held.
  if (c.status === 'captured' && IN_ABSENTIA.test(view.slice(cueAt, r.sentence.end))) return;
  // "who was detained by US forces from 2007 to 2010": a detention told with its end is over.
  if (c.status === 'captured' && DETENTION_ENDED.test(view.slice(cueAt, r.sentence.end))) return;
  // "Police briefly detained X in Istanbul": a detention told as brief is over.
  if (c.status === 'captured' && BRIEFLY.test(view.slice(Math.max(r.sentence.start, cueAt - 12), cueAt))) return;
  // "was detained in 2019 but still leads the group", "had been reported killed, but ... continues to command it": what
  // the sentence says of now after the change is the state it left.
  if (presentHere && known.presentAt! > cueAt) return;
  // "died in an airstrike", and "the death of longtime leader X in an airstrike": the cause after the cue or after the person.
  // ("lost his life in an airstrike", "lost his life to cancer", "succumbed to his wounds": a death, told otherwise.)
  const personEnd = typeof c.who === 'number' ? r.mentions[c.who]!.end : cueAt;
  const cueOn = view.slice(cueAt, r.sentence.end).replace(LOST_LIFE, 'died').replace(SUCCUMBED, 'died of');
  const violent = VIOLENT_DEATH.test(cueOn) || VIOLENT_DEATH.test(`died${view.slice(personEnd, r.sentence.end)}`);
  const natural = NATURAL_DEATH.test(cueOn);
  const status = c.status === 'former' && DEATH_CUE.test(cueOn) && violent && !natural ? 'killed' : c.status;
  // A death told twice in one sentence ("the death of its leader, X, who was killed in a strike"): the cause stays.
  const told = r.outcomes.get(person);
  if (status === 'former' && told?.sentence === r.sentence && told.status === 'killed' && DEATH_CUE.test(cueOn)) return;
  // With no date in its clause, a status change takes the paragraph's year frame (the one events use).
  const year = yearNear(r, view, c.at, typeof c.who === 'number' ? r.mentions[c.who]!.start : r.sentence.start) ?? frameAt(ctx, r.section, r.sentence.start);
  r.outcomes.set(person, { ...known, status, year, rule: c.rule, sentence: r.sentence, changedAt: cueAt });
}

/** A death as a status cue: "died", "the death of", and the group's loss of a leader ("TG lost its emir, X, in a raid"). */
const DEATH_CUE = /^(?:died|death|lost)\b/;
const LOST_LIFE = /^lost (?:his|her) life\b/;
const SUCCUMBED = /^succumbed to\b/;

// (Or the change itself told as reported: "X, who has been reported killed on several occasions".)
// (The report's time or frequency may come before "that": "announced several times that", "claimed in March that".)
const REPORTED_CHANGE = /\b(?:reported|claimed|said|alleged|announced|asserted|(?:reports|claims|rumou?rs|allegations)(?: in (?:early |late |mid-)?(?:[A-Z][a-z]+ )?(?:19|20)\d\d)?)(?: (?:in (?:[A-Z][a-z]+ )?(?:19|20)\d\d|in [A-Z][a-z]+|(?:several|many|multiple|two|three|numerous) times|repeatedly|more than once|on (?:several|many|multiple) occasions|(?:again|later|falsely|wrongly|erroneously|prematurely)))? that\b[^.;]{0,60}$|\b(?:reportedly|reported|rumou?red)(?: to have)?(?: been)? $/;
// (Denied, withdrawn or shown false, not merely unconfirmed: "The group has not confirmed his death" leaves the death
// told. What is withdrawn is the statement, not troops: "the troops withdrew from the area" refutes nothing. "he remains
// at large" after a reported arrest says the arrest did not happen; "his deputy remains at large" does not. Reports that
// "have not been substantiated" are refuted, as the group's silence is not. Seen alive
// after it, too: "a new video in which he appeared alive", "he was seen alive at a rally weeks later".)
const REFUTED = /\b(?:denied|denying|retracted|retracting|(?:withdrew|withdrawn|withdrawing|disputed|contradicted|rejected) (?:the|that|this|these|its|their) (?:claim|report|account|statement|announcement)s?|(?:claim|report|account|statement|announcement)s? (?:was|were) (?:later |quickly |soon )?withdrawn|(?:he|she) (?:remains|is still|was still) at large|(?:as|to be|were|was|proved) false|unfounded|(?:have|has|had) (?:not|never) been substantiated|unsubstantiated|has since (?:appeared|released|addressed|spoken)|released an? (?:audio|video)|appeared in an? (?:new |later )?(?:video|recording|audio)|(?:is|remains|still|to (?:be|remain)|appeared|reappeared|seen|shown|found) alive|survived)\b/;
/** The end of the sentence after the one that ends at `end` (a refutation is often told there). */
const nextSentenceEnd = (view: string, end: number) => {
  const stop = view.slice(end + 1).search(/[.!?](?:\s|$)/);
  return stop < 0 ? view.length : end + 1 + stop + 1;
};

/** Titles before a name that stand for the person alone, lower-case after "the": "the mullah", "the sheikh". */
const HONORIFIC_TITLES = new Set(HONORIFICS.filter((h) => /^\p{Lu}\p{Ll}+$/u.test(h)));

/** The leaders in text order; an appointment dated before the report year gives a diagnostic instead. */
function leadersOf(ctx: ProfileContext, outcomes: Map<Person, Outcome>): Leader[] {
  const leaders: Leader[] = [];
  const sorted = [...outcomes.values()].sort((a, b) => a.person.evidence.start - b.person.evidence.start);
  // Named leader in a sentence about an earlier year, then told of in the present after it: still the leader. (Their role
  // stands for them when no leader is named after them; one who only directs the work does not count.)
  const all = sorted.map((o, i) => (o.status === 'earlier' && toldInThePresent(ctx, o, sorted.slice(i + 1).every((later) => later.implied || (later.status !== 'current' && later.status !== 'earlier'))) ? { ...o, status: 'current' as const, year: null } : o));
  // A leader named outright: whoever only directs the group's work ("commands its fighters") is a commander under them.
  const named = all.find((o) => o.status === 'current' && !o.implied);
  for (const o of all) {
    if (o.status === 'earlier') {
      ctx.diagnostics.push(appointedEarlier(ctx, o));
      continue;
    }
    if (o.status === 'current' && o.implied && named) {
      ctx.diagnostics.push(directsUnderLeader(ctx, o, named));
      continue;
    }
    const leader: Leader = { name: o.person.name, role: o.role, status: o.status, year: o.year, evidence: evidenceOf(o.person.section, o.person.evidence), rule: o.rule };
    if (o.person.parts.length > 1) leader.nameParts = o.person.parts.map((p) => ({ text: valueAt(ctx, p), evidence: evidenceOf(o.person.section, p) }));
    leaders.push(leader);
  }
  return leaders;
}

// A present auxiliary after its subject, not one that says the person was removed: "has since moved", "is believed to live".
// (Or a plain present verb, "Tsechoev keeps a low profile": a word in -s after the name, not one of NOT_VERBS.)
const NOT_VERBS = 'alias|whereas|as|was|has|is|remains|continues|his|its|this|thus|plus|perhaps|always|afterwards|towards|besides|unless|sometimes|nevertheless|various|previous|famous|us|news|series';
const NOW_ADVERBS = '(?:(?:also|still|now|since|reportedly|widely|currently|long) )*';
const PRESENT = ` ${NOW_ADVERBS}(?:(?:has|is|remains|continues)\\b(?! ${NOW_ADVERBS}(?:been (?:[a-z]+ed\\b|in\\b|held\\b)|dead|deceased|(?:a|the) former|in (?:[\\w-]+ )?(?:custody|prison|jail|detention)|serving|awaiting|(?:believed|thought|reported|said) to have)\\b)|(?!(?:${NOT_VERBS})\\b)[a-z]{2,}s\\b)`;
const PRESENT_AFTER = new RegExp(PRESENT, 'y');
// The same subject's second predicate ("X succeeded him and has since exercised command", "X took over the reins, and he
// is now leading the outfit"), or a relative clause on the person wherever they stand ("passed to X, who remains at large").
const SECOND_PREDICATE_AFTER = new RegExp(`[^.;]{0,120}? and(?: (?:he|she))?(?=${PRESENT})`, 'y');
// (After an apposition too: "passed to X, a preacher from Fallujah, who is assessed to retain that position".)
const RELATIVE_AFTER = new RegExp(`(?:, [^,;.:()]{1,60})?,? who(?=${PRESENT})`, 'y');
// The words that may stand before a subject: a clause's start, or an apposition of its own ("A veteran commander, X has ...").
// (Or a coordinated clause's: "..., but the group denied this, and Qodirov has since addressed his followers"; or a
// reported one's: "The court found that Wazir succeeded the deceased and has since exercised command".)
const SUBJECT_START = /(?:^|[.;:]\s+|,\s+|\n|\b(?:and|but|that) )$/;

/**
 * Whether a later sentence tells of the person in the present: "Fadl has since moved the group's bases", "Under Fadl,
 * TG has expanded", "The chairman has since broadened ..." (a leader named in a sentence about an earlier year that the
 * profile goes on to tell of as leading now). The person is referred to by surname, full name, or, when no other leader
 * is named after them (`last`), by their role or the title before their name ("the mullah", "its new chief").
 */
function toldInThePresent(ctx: ProfileContext, o: Outcome, last: boolean): boolean {
  const view = ctx.view;
  const words = o.person.words;
  const refs = [words.join(' '), words[words.length - 1]!];
  // A kunya stands for its bearer: "Abu Hamza" for Abu Hamza al-Tikriti; so does a first surname, "Ospina" for Germán
  // Ospina Vargas (as personOf reads a single word inside a longer name).
  if (words.length > 2 && KUNYA.test(words[0]!)) refs.push(words.slice(0, 2).join(' '));
  if (words.length > 2) refs.push(...words.slice(1, -1).filter((w) => w.length >= 4 && !KUNYA.test(w)));
  if (last) {
    if (o.role) refs.push(`the ${o.role}`, `the new ${o.role}`, `its ${o.role}`, `its new ${o.role}`);
    const title = /(\p{Lu}\p{Ll}+) $/u.exec(view.slice(Math.max(0, o.person.evidence.start - 20), o.person.evidence.start))?.[1];
    if (title && HONORIFIC_TITLES.has(title)) refs.push(`the ${title.toLowerCase()}`);
  }
  // (From the sentence that named them on: "In 2011 X emerged as emir; Garad is wanted by police".)
  const after = view.slice(o.sentence.start);
  const lower = after.toLowerCase();
  for (const ref of new Set(refs)) {
    const r = ref.toLowerCase();
    for (let at = lower.indexOf(r); at >= 0; at = lower.indexOf(r, at + 1)) {
      const end = at + ref.length;
      if (/[\p{L}'’-]/u.test(after[end] ?? '') || /[\p{L}'’-]/u.test(after[at - 1] ?? '')) continue;
      // The subject of a present clause ("Fadl has since ...", "A veteran, Ospina has ..."), or "Under X, TG has ...".
      const under = /\b[Uu]nder $/.test(after.slice(Math.max(0, at - 6), at)) && /^, [^.;]{1,80}? (?:has|is|remains|continues)\b/.test(after.slice(end));
      PRESENT_AFTER.lastIndex = SECOND_PREDICATE_AFTER.lastIndex = RELATIVE_AFTER.lastIndex = end;
      const from = o.sentence.start + at;
      if (under || RELATIVE_AFTER.test(after)) return true;
      if (SUBJECT_START.test(view.slice(Math.max(0, from - 8), from)) && (PRESENT_AFTER.test(after) || SECOND_PREDICATE_AFTER.test(after))) return true;
    }
  }
  return false;
}

const SOURCES_DISAGREE = /\b(?:according to some|some (?:sources|reports|accounts|analysts|officials) (?:say|said|suggest|report|claim))\b[^.]*\b(?:while|but|whereas) others\b/i;

function disputed(ctx: ProfileContext, section: string, sentence: Span, names: string[]): Diagnostic {
  return {
    severity: 'info',
    code: 'leader-status-unstated',
    message: `The text gives more than one account of who leads the group (${names.join(', ')}) and does not say which holds; no current leader is listed from it.`,
    evidence: evidenceOf(section, sentence),
  };
}

function directsUnderLeader(ctx: ProfileContext, o: Outcome, named: Outcome): Diagnostic {
  return {
    severity: 'info',
    code: 'leader-status-unstated',
    message: `${o.person.name} is said to direct the group's work, not to lead it, and ${named.person.name} is named its ${named.role ?? 'leader'}; ${o.person.name} is not listed as a current leader.`,
    evidence: evidenceOf(o.person.section, o.sentence),
  };
}

function appointedEarlier(ctx: ProfileContext, o: Outcome): Diagnostic {
  return {
    severity: 'info',
    code: 'leader-status-unstated',
    message: `${o.person.name} is named ${o.role ?? 'leader'} in a sentence about ${o.year}, before the report year ${ctx.year}; the text does not say ${o.person.name} still leads, so no current leader is listed from it.`,
    evidence: evidenceOf(o.person.section, o.sentence),
  };
}

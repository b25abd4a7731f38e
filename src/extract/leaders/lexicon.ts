/**
 * The words leaders are read with, as data: role words, what may stand
 * before them, honorifics, the verbs of leading, choosing and succeeding,
 * and status cues. The relation rows (relations.ts) are written over these
 * lists, and the cue that decides which sentences are read at all is built
 * from them (LEADER_CUE): a new word here is a new word everywhere.
 */
import type { Leader } from '../../record/schema.js';
import { ORDINALS } from '../lexicon.js';

export type Status = Leader['status'];

/**
 * Role words. `leads`: whether the role is the group's leadership (a deputy or a founder is not).
 * `adjective`: the word also qualifies another noun ("chief recruiter", "head cook"), and then names no role.
 * `ofPerson`: a person's, not a group's ("Karimi's successor"): the name before it is no owner.
 */
export const ROLES: ReadonlyArray<{ words: string; role: string; leads: boolean; adjective?: true; ofPerson?: true; example: string }> = [
  // ("ldr": the abbreviation note-form briefs write, "Ldr: X".)
  { words: 'leader|ldr|supremo|number one', role: 'leader', leads: true, example: "The group's leader is X. / TG supremo X / X, the number one of TG / Ldr: X" },
  { words: 'co-leader|co-chair|co-chairman|co-chairwoman|co-chairperson|co-commander|co-head|co-emir', role: 'co-leader', leads: true, example: "X and Y are the group's co-chairs." },
  { words: 'caliph', role: 'caliph', leads: true, example: 'TG proclaimed X its caliph.' },
  // (The Muslim Brotherhood's title, "murshid", and the groups that took it: a guide alone is no leader.)
  { words: 'supreme guide|general guide', role: 'supreme guide', leads: true, example: "TG's commanders named X as the group's new supreme guide." },
  { words: 'successor|replacement', role: 'successor', leads: true, ofPerson: true, example: "The dying emir named X as his successor. / TG named X as Karimi's successor." },
  { words: 'emir|amir', role: 'emir', leads: true, example: "X is TG's emir." },
  { words: 'chief', role: 'chief', leads: true, adjective: true, example: 'Its chief is X. (Not: "its chief recruiter")' },
  { words: 'head', role: 'head', leads: true, adjective: true, example: 'X, the head of TG, ...' },
  { words: 'commander-in-chief|commander in chief', role: 'commander-in-chief', leads: true, example: "The group's commander-in-chief is X." },
  { words: 'commander', role: 'commander', leads: true, example: "X remains the group's top commander." },
  { words: 'secretary general|secretary-general|general secretary', role: 'secretary general', leads: true, example: "TG's secretary general, X, ..." },
  { words: 'chairman|chairwoman|chairperson|president', role: 'chairman', leads: true, example: "TG's chairman, X, ..." },
  { words: 'deputy leader|deputy emir|deputy|second in command|second-in-command', role: 'deputy', leads: false, example: "The group's deputy leader is X." },
  { words: 'co-founder|founder', role: 'founder', leads: false, example: "X, TG's founder, ..." },
  { words: 'spokesman|spokesperson|spokeswoman', role: 'spokesman', leads: false, example: 'TG spokesman X claimed the attack.' },
  { words: 'financier|ideologue|member|official|operative|militant', role: 'member', leads: false, example: 'X, a TG financier, ...' },
];

/**
 * Words between an owner and a role. `status` marks a role that is no longer held;
 * `notTheLeader` a role that is one of many ("a senior commander", "a local leader"); `unlessOwned`: one of many only
 * when no possessive of the group makes it the one ("a senior leader", "senior leader X", "TG's senior leaders"; but
 * "TG's senior leader", "the senior leader of TG" is the group's one).
 */
export const ROLE_MODIFIERS: ReadonlyArray<{ words: string; status?: Status; notTheLeader?: true | 'unlessOwned' }> = [
  // ("actual", "real", "true": the one who leads in fact, set against a leader named in name only: "named X as its leader,
  // but Y is believed to be the group's actual commander".)
  { words: 'current|present|incumbent|de facto|actual|real|true|effective|new|overall|national|top|supreme|maximum|paramount|foremost|highest|principal|general|acting|interim|self-proclaimed|self-declared|self-styled|self-appointed|so-called|spiritual|ideological|longtime|long-time|sole|joint|operational|political|undisputed|unchallenged|uncontested|most senior|senior-most|seniormost' },
  // A place in a line of leaders says nothing of the time ("its third emir"); "first" is the founding one, below.
  { words: ORDINALS },
  { words: 'then-|then|former|ex-|onetime|one-time|previous|erstwhile|first|first-ever|original|founding', status: 'former' },
  { words: 'late|now-deceased|deceased|slain', status: 'former' },
  // (A "nominal" or "titular" leader holds the title, and is the one the profile names as leading: "has since become the
  // group's nominal leader, although TG remains a loose collection of factions". A symbol or a figurehead is not.)
  { words: 'nominal|titular' },
  // (Nor does what the report attributes, not asserts: "The group's alleged leader, X, remains free in exile" is the one it
  // names as leading, as "reputed" and "purported" are.)
  { words: 'alleged|reputed|purported|presumed|apparent' },
  { words: 'local|regional|provincial|district|field|battalion|unit|cell|sub|symbolic|figurehead|military', notTheLeader: true },
  { words: 'senior', notTheLeader: 'unlessOwned' },
];

/** The titles of a state's heads: whoever holds one leads a state, not the group ("TG answers to Supreme Leader X"). */
export const STATE_OFFICES: readonly string[] = ['President', 'Prime Minister', 'Supreme Leader', 'King', 'Crown Prince', 'Sultan'];

/**
 * Titles that stand before a name and are not part of it. "Hafiz" and "Amir" are not here: the reports
 * use them as given names ("Hafiz Muhammad Saeed", "Amir Hussain").
 */
export const HONORIFICS: readonly string[] = [
  'Specially Designated Global Terrorist', 'Emir', 'Sheikh', 'Shaykh', 'Shaikh', 'Mullah', 'Mulla', 'Mufti', 'Maulana', 'Mawlana', 'Maulvi', 'Mawlawi', 'Molvi', 'Molavi', 'Mowlavi', 'Ayatollah',
  'Imam', 'Mala', 'Haji', 'Hajji', 'Hajj', 'Hadji', 'Alhaji', 'Alhaj', 'Malam', 'Mallam', 'Qari', 'Qori', 'Ustadz', 'Ustaz', 'Ustad', 'Dr.', 'Dr', 'Doctor', 'Colonel', 'Col.', 'General', 'Gen.', 'Major General', 'Brigadier General', 'Lieutenant General', 'Lieutenant Colonel', 'Brigadier', 'Lieutenant', 'Captain', 'Admiral', 'Maj.', 'Brig.', 'Lt.', 'Capt.', 'Commander', 'Comandante', 'Commandant', 'Kumander', 'Cmdr.', 'Governor', 'Minister',
  ...STATE_OFFICES, 'Mr.', 'Ms.', 'Mrs.',
];

/** The verbs of leading a group, each with its forms: `s` present, `past` simple past, `pp` past participle, `ing`. */
const LEADING_VERBS = [
  { base: 'lead', s: 'leads', past: 'led', pp: 'led', ing: 'leading' },
  { base: 'co-lead', s: 'co-leads', past: 'co-led', pp: 'co-led', ing: 'co-leading' },
  { base: 'head', s: 'heads', past: 'headed', pp: 'headed', ing: 'heading' },
  { base: 'command', s: 'commands', past: 'commanded', pp: 'commanded', ing: 'commanding' },
  { base: 'direct', s: 'directs', past: 'directed', pp: 'directed', ing: 'directing' },
  { base: 'run', s: 'runs', past: 'ran', pp: 'run', ing: 'running' },
  { base: 'chair', s: 'chairs', past: 'chaired', pp: 'chaired', ing: 'chairing' },
  { base: 'co-chair', s: 'co-chairs', past: 'co-chaired', pp: 'co-chaired', ing: 'co-chairing' },
  { base: 'preside over', s: 'presides over', past: 'presided over', pp: 'presided over', ing: 'presiding over' },
  { base: 'sit atop', s: 'sits atop', past: 'sat atop', pp: 'sat atop', ing: 'sitting atop' },
];
/** The past participles, as "TG is led by", "TG is presided over by" take them (with "ruled", said of a group only so). */
export const LEADING_PARTICIPLES = [...LEADING_VERBS.map((v) => v.pp), 'ruled'].join('|');
/** Standing in the leading place, with a copula before it: "is at the helm of", "remains in charge of". */
const LEADING_PLACES = ['at the helm of', 'at the head of', 'in charge of', 'in command of'];
/**
 * Verbs of leading a group, by what they say of the time: `current` (present), `former` (past). Patterns over plain
 * words, every verb and place in every form ("has continued to lead", "is believed to be in charge of"), written as a
 * grammar and not as the list of its phrases: the rows that use it are compiled at every start, and the list made them
 * four times as large. "~" marks where adverbs may stand (relations.ts: "has since led", "is widely believed to
 * currently head"); a space is a space.
 */
const forms = (key: 'base' | 's' | 'past' | 'pp' | 'ing') => `(?:${LEADING_VERBS.map((v) => v[key]).join('|')})`;
const PLACES = `(?:${LEADING_PLACES.join('|')})`;
/** Saying a present state is held by others: "is believed to lead", "is said to be in charge of". */
export const REPORTED_WORDS = 'believed|thought|said|reported|understood';
const REPORTED = `(?:(?:is|are)~(?:${REPORTED_WORDS}) to|appears? to)`;
// ("is believed to continue to lead TG from Libya".)
const CONTINUING = `(?:(?:${REPORTED}~)?(?:continues|continue|continued) to|(?:has|have)~continued to)`;
/** The leadership as a noun: "took over command of TG", "the chairmanship has been held by X". */
// ("emirate": the office of emir, as translations from Arabic write "assumed the emirate", "share its emirate".)
export const LEADERSHIP_NOUNS = 'leadership|chairmanship|emirate|command|control|helm|reins|charge|authority';
/** Leading together, said as sharing it: "X and Y share command of TG", "has shared control of the group". */
const SHARED = `(?:the )?(?:${LEADERSHIP_NOUNS}) (?:of|over)`;
/** Leading said as exercising it, the legal register's: "exercises command and control over TG", "has exercised authority over its fighters". */
const EXERCISED = `(?:overall |effective |full )?(?:${LEADERSHIP_NOUNS})(?: and control)? over`;
/** Coming back to lead after an absence (a release, an exile): "returned to lead TG", "returned to the helm of TG". */
export const RETURNED = '(?:returned|came back)';
export const LEAD_VERBS: ReadonlyArray<{ words: string; status: 'current' | 'former' | 'appointed' | 'apposition' }> = [
  {
    words: [
      forms('s'),
      forms('base'),
      `(?:has|have)~${forms('pp')}`,
      `(?:has|have)~been~${forms('ing')}`,
      `(?:still|now) ${forms('s')}`,
      `(?:is|are)~${forms('ing')}`,
      `(?:${CONTINUING}|${REPORTED})~${forms('base')}`,
      // ("continues leading the group", "is believed to continue leading AAS-T from Libya".)
      `(?:${REPORTED}~)?(?:continues|continue|keeps|keep)~${forms('ing')}`,
      // ("stands at the head of TG", "has stood at the head of TG since 2016".)
      `(?:is|are|remains|remain|stands|stand|(?:has|have)~(?:been|remained|stood)|(?:continues|continue) to (?:be|stand)|${REPORTED}~be)~${PLACES}`,
      `(?:shares|share|(?:has|have)~shared) ${SHARED}`,
      `(?:exercises|exercise|(?:has|have)~exercised|(?:is|are)~exercising) ${EXERCISED}`,
      // ("assures the direction of the group": as translations from French write "assure la direction".)
      `(?:assures|assure|ensures|ensure|(?:has|have)~(?:assured|ensured)) the (?:direction|leadership) of`,
      // ("holds the emirate of the group", "has held the leadership of TG since 2015".)
      `(?:holds|hold|(?:has|have)~held) ${SHARED}`,
      `(?:has|have)~(?:returned|come back) to~${forms('base')}`,
    ].join('|'),
    status: 'current',
  },
  // ("no longer": "X no longer heads the group", "is no longer believed to direct TG".)
  // (A perfect infinitive, "is believed to have led TG", tells the past; with "since" it tells a state that goes on, as
  // the present perfect does: relations.ts reads that from the clause.)
  { words: [`no longer~${forms('s')}`, `${REPORTED}~have~${forms('pp')}`, `(?:is|are)~no longer~(?:${PLACES}|(?:${REPORTED_WORDS}) to~${forms('base')})`, `had~${forms('pp')}`, forms('past'), `had~been~${forms('ing')}`, `(?:was|were|had~been|had~stood)~${PLACES}`, `(?:had~)?shared ${SHARED}`, `(?:had~)?exercised ${EXERCISED}`, `(?:had~)?(?:assured|ensured) the (?:direction|leadership) of`, `(?:had~)?held ${SHARED}`].join('|'), status: 'former' },
  // A future in the past is a choice told: "TG announced that X would lead the group". Returning to lead is one too,
  // as taking over is ("returned to command the group after his release").
  { words: `would~${forms('base')}|${RETURNED} to~${forms('base')}`, status: 'appointed' },
  // ("remained in charge throughout 2015": as of the time the sentence tells, as ROLE_COPULAS' "remained".)
  { words: `(?:remained|stayed)~${PLACES}`, status: 'apposition' },
];
/** The -ing forms of the verbs of leading, capitalized, as they open a sentence: "Running TG today is X". */
export const LEADING_FRONTED = LEADING_VERBS.map((v) => v.ing[0]!.toUpperCase() + v.ing.slice(1)).join('|');
/** Answering to a person, said of the group: "the group answers to X". */
export const ANSWERING_VERBS = 'answers to|answer to';
/** Nouns of steering a group, read only after "under" ("under the direction of X", "under X's guidance"). */
export const STEERING_NOUNS = 'direction|guidance|authority';
/** The words a sentence about leading holds (the cue, index.ts): every form of every verb, the places' and steering nouns. */
export const LEAD_CUE_WORDS = [...LEADING_VERBS.flatMap((v) => [v.base, v.s, v.past, v.pp, v.ing]), 'helm', 'charge', 'orders', STEERING_NOUNS].join('|');

/**
 * Passive choosing: "X was chosen to lead TG", "X had been named emir"; and making the choice known, which for a
 * leading role is the same news ("was presented as the group's new emir", "was unveiled as TG's new leader").
 */
export const CHOSEN_VERBS = 'chosen|selected|appointed|named|elected|picked|designated|tapped|declared|installed|confirmed|proclaimed|presented|introduced|unveiled|announced';

/** Adverbs that may stand inside a copula without changing it: "is now widely regarded as", "was later named", "was then elected". */
export const COPULA_ADVERBS = 'now|still|widely|generally|currently|presently|firmly|also|reportedly|later|then|soon|thereafter|afterwards|afterward|subsequently|officially|formally|since|long|always|effectively|nonetheless|nevertheless|jointly|collectively|again|back|today|at present|probably|likely|apparently|presumably';

/** Judging a person to hold a role, in the passive: "X is regarded as TG's leader", "X has been seen as its emir". */
export const JUDGED_AS = [
  'regarded as|seen as|viewed as|recognized as|described as|considered|considered to be|assessed as',
  // (Believed to be it, or to remain it: "X is believed to remain TG's leader".)
  ...['thought', 'believed', 'assessed', 'said', 'reported', 'understood'].flatMap((v) => [`${v} to be`, `${v} to remain`]),
].join('|');

/** Copulas between a name and a role ("X is TG's emir"), by what they say: present, past, a choice made, a choice announced for later. */
export const ROLE_COPULAS: ReadonlyArray<{ words: string; status: 'current' | 'former' | 'appointed' | 'announced' | 'apposition' }> = [
  {
    // (Judged by others, now or since some time: "is regarded as", "has been seen as", "have been viewed as".)
    // (The present perfect of becoming tells the state it left, now: "has since become the group's leader".)
    words: ['is|are|remains|remain|has been|has long been|has become|has emerged as|serves as|serve as|has served as|continues to serve as|continue to serve as|continues to act as|is serving as|are serving as|is acting as|are acting as|acts as|act as|continues to be|has held the post of|holds the post of|has held the position of|holds the position of|has held the title of|holds the title of|is reportedly|is currently|is still|is now', ...['is', 'are', 'has been', 'have been'].flatMap((aux) => JUDGED_AS.split('|').map((v) => `${aux} ${v}`))].join('|'),
    status: 'current',
  },
  { words: 'was|were|had been|was previously|served as|was serving as|were serving as|was acting as|were acting as|acted as|held the post of|held the position of|held the title of', status: 'former' },
  {
    // "was named", "has been chosen as", "had been appointed": every passive choosing verb after every auxiliary.
    // ("took the head of the group": taking the role is becoming it, as translations from French write "prit la tête".)
    words: ['became|had become|took over as|emerged as|took|takes|has taken', ...['was', 'has been', 'had been'].flatMap((aux) => CHOSEN_VERBS.split('|').map((v) => `${aux} ${v}|${aux} ${v} as`))].join('|'),
    status: 'appointed',
  },
  { words: 'was to become|would become|was to be|is expected to become', status: 'announced' },
  // A state that went on, told in the reports' past: as of the time the sentence tells ("remained TG's leader throughout
  // the year" in that year's report is current; "until 2012" is not).
  { words: 'remained|stayed|continued as', status: 'apposition' },
];

/** Choosing verbs with the group as subject: "TG named X its emir", "chose X as its new leader". */
export const CHOOSING_VERBS = 'named|appointed|chose|chosen|selected|elected|picked|designated|installed|announced|declared|proclaimed|elevated|promoted|raised|presented|introduced|unveiled|naming|appointing|choosing|selecting|electing';
/** Handing over: "X handed leadership of the group to Y". */
export const HANDING_VERBS = 'handed|passed|transferred|ceded|entrusted|turned';

/**
 * Roles many movements give as a rank, written as a title before a name ("Commander X"): with no owner, such a title
 * says nothing of leading this group (index.ts). "Emir X" does name the group's emir.
 */
export const RANK_TITLE_ROLES: ReadonlySet<string> = new Set(['commander']);

/** The office taken or held, as a noun: "the position of emir", "the group's top post". */
export const OFFICE_NOUNS = 'position|post|rank|role|title|office';
/** A group's people besides its roles (ROLES): whom a sentence may introduce as "a fighter", "a suspect". */
export const GROUP_PEOPLE: readonly string[] = ['fighter', 'suspect', 'gunman', 'bomber', 'courier', 'recruiter'];
/** A person's kin, named before the person: "his son Sirajuddin", "Jibril's son and heir, Jihad Jibril". */
export const KIN_NOUNS = 'son|brother|wife|nephew|cousin|father|daughter|uncle|brother-in-law|son-in-law';
/** Staying in a post given before: "he remained in that position", "He still holds the post" (present forms first). */
export const KEPT_VERBS_PRESENT = 'remains|has remained|stays|holds|has held|continues to hold|retains|keeps';
export const KEPT_VERBS = `${KEPT_VERBS_PRESENT}|remained|had remained|stayed|held|continued to hold|retained|kept`;
/** The post they name, by a word that points back to it: "that position", "the post". */
export const KEPT_POST = ['that', 'this', 'the', 'his', 'her'].flatMap((d) => OFFICE_NOUNS.split('|').map((o) => `${d} ${o}`)).join('|');
/** Words that make an office the leadership: "the group's top post", "its highest position". */
export const TOP_OFFICE_WORDS = 'top|highest|leading';

/** Taking over: "X took over as leader", "X assumed leadership of the group". */
export const TAKE_OVER_VERBS = 'took over|taken over|assumed|took|taken|took back|taken back|seized|inherited|resumed|regained|retook|consolidated';

/**
 * The leadership as the subject of a passive, by what the verb says: holding it (`state`: "Leadership of TG is
 * exercised by X", "Command was held by X") or taking it (`change`: "The leadership has since been assumed by X").
 */
export const HELD_VERBS = { state: 'held|exercised|shared|wielded|occupied|divided|provided', change: 'assumed|taken over|taken|inherited|filled' };
/** Taking the leadership told as a noun: "the assumption of the leadership by X", "the rise of X as its new emir". */
export const TAKING_OVER_NOUNS = 'assumption|succession|accession|elevation|ascension|ascent|rise|appointment|election|installation|selection|promotion';
/** A leader's place filled: "His place was taken by X", "Karimi's post was filled by X". */
export const PLACE_NOUNS = 'place|post|position';
export const PLACE_FILLED = ['was', 'has been', 'had been'].flatMap((aux) => ['taken', 'filled', 'occupied'].map((v) => `${aux} ${v}`)).join('|');
/** The group's own people gathering behind a person, who leads them from then: "its remaining cadres rallied behind X". */
export const RALLYING_VERBS = 'rallied|regrouped|united|coalesced|gathered';
/** What another name of a person is called: "known by the kunya X", "who goes by his nom de guerre, X". */
export const NAME_KINDS = 'kunya|nom de guerre|alias|name|pseudonym';
/** The verbs of a relative clause that gives a person another name: "who is better known by X", "who goes by the name X". */
export const ALIAS_VERBS = 'known by|known as|known under|goes by|went by|calls himself|calls herself';

/** Succession: "X succeeded Y", "Y was replaced by X". */
export const SUCCESSION_VERBS = 'succeeded|replaced|superseded|took over from|would succeed|would replace|will succeed|will replace';

/**
 * Status cues for a person: what happened to them. (With the loanword "abatido", "shot down", as English written from
 * Latin American security reporting keeps it: "was abatido in a bombardment".)
 */
export const STATUS_CUES: ReadonlyArray<{ words: string; nouns: string; status: Status }> = [
  { words: 'killed|executed|assassinated|slain|shot dead|gunned down|beheaded|eliminated|liquidated|martyred|abatido|abatida|neutralised|neutralized|blew himself up|blew herself up|killed himself|killed herself|killing himself|killing herself|committed suicide', nouns: 'killing|assassination|execution', status: 'killed' },
  // (Again too: "was rearrested in April 2004"; and "was placed under detention". Not house arrest, under which a leader
  // may go on leading: "LT is led by Hafiz Muhammad Saeed", placed under house arrest in 2008.)
  { words: 'captured|caught|seized|arrested|detained|apprehended|nabbed|picked up|jailed|imprisoned|extradited|taken into custody|convicted|sentenced|surrendered|turned himself in|turned herself in|gave himself up|gave herself up|handed himself over|handed herself over|rearrested|re-arrested|recaptured|re-captured|re-detained|re-imprisoned|placed under detention|placed under arrest', nouns: 'capture|arrest|detention|imprisonment|conviction|surrender|rearrest|re-arrest|recapture', status: 'captured' },
  // ("is presumed dead": a death not confirmed is still no leading; nor is a disappearance: "X disappeared in April 2004".)
  { words: 'died|passed away|lost his life|lost her life|succumbed|ousted|deposed|removed|resigned|stepped down|stepped aside|retired|replaced|defected|disappeared|vanished|presumed dead|believed dead|feared dead|thought dead', nouns: 'death|disappearance', status: 'former' },
];
/** Status cues that take no object, so they need no auxiliary: "He died in 2016", "X resigned" (but "He replaced X" is active). */
export const INTRANSITIVE_STATUS = 'died|disappeared|vanished|passed away|lost his life|lost her life|succumbed|stepped down|stepped aside|resigned|retired|defected|blew himself up|blew herself up|killed himself|killed herself|committed suicide|surrendered|turned himself in|turned herself in|gave himself up|gave herself up|handed himself over|handed herself over';
/** Every status cue, verbs and nouns. */
export const STATUS_WORD_LIST = STATUS_CUES.flatMap((c) => [c.words, c.nouns]).join('|');
/** The cues that are nouns: "his death", "the capture of X", "Haddad's imprisonment". */
export const STATUS_NOUNS = STATUS_CUES.map((c) => c.nouns).join('|');

/** Leaving a body, which ends leading it when the body is the group: "split from TG", "left the group". */
export const LEAVING_VERBS = 'split from|split with|broke from|broke with|broke away from|parted ways with|parted company with|walked away from|defected from|left|quit|abandoned|deserted';

/** Release from detention ends a capture, and says nothing of leading: a captured leader is former, a current one stays current. */
export const RELEASE_CUES = 'released|freed';

export const statusOfCue = (cue: string): Status => STATUS_CUES.find((c) => new RegExp(`^(?:${c.words}|${c.nouns})$`, 'i').test(cue))?.status ?? 'former';

/** Words that open a sentence or clause in capitals: never a name, never a role's owner ("In 2019 ...", "The group's leader"). */
export const SENTENCE_OPENERS: readonly string[] = [
  'The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'From', 'After', 'Before', 'Since', 'During', 'Following', 'Between', 'While', 'When', 'Under',
  'With', 'Without', 'Its', 'His', 'Her', 'Their', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'Led', 'Former', 'Security',
  'Government', 'Police', 'Authorities', 'Although', 'However', 'Despite', 'Throughout', 'Until', 'As', 'Also', 'According', 'Designated', 'Then',
  'Both', 'Some', 'Several', 'Many', 'Most', 'Other', 'Another', 'Each', 'All', 'One', 'Two', 'Three', 'Multiple', 'Senior', 'Top',
  // Adverbs that open a sentence before its subject: "Now Qari X commands the group".
  'Now', 'Today', 'Currently', 'Presently', 'Meanwhile', 'Recently',
];

/**
 * Other capitalized words that do not start or continue a person's name:
 * months, words of organization, place and office names. (Acronyms such as
 * "TG" never match a name word at all.)
 */
/** Words of NOT_NAME_WORDS that are also a common part of a name after another of its words ("Nurul Islam", "Mohammad Rafiqul Islam Talukder"). */
export const NAME_WORDS_AFTER_A_NAME: readonly string[] = ['Islam'];

/** The second half of a capitalized compound that describes the person before the name, not a name's word: "the Egyptian-born X", "London-educated X". */
export const DESCRIBING_COMPOUND_ENDS: readonly string[] = ['born', 'based', 'educated', 'trained', 'raised', 'bred', 'backed', 'linked', 'aligned', 'affiliated', 'inspired', 'funded', 'sponsored', 'speaking', 'turned'];

export const NOT_NAME_WORDS: readonly string[] = [
  ...SENTENCE_OPENERS,
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'Islamic', 'Islam', 'State', 'Front', 'Group', 'Army', 'Brigade', 'Brigades', 'Battalion', 'Battalions', 'Movement', 'Party', 'Council', 'Forces',
  'Force', 'Organization', 'Liberation', 'Revolutionary', 'Jihad', 'Province', 'Branch', 'Network', 'Court', 'Courts', 'Committee', 'Union', 'National',
  // A leading body's capitalized name: "a Central Command (COCE) headed by X", "the Shura", "the Secretariat".
  'Command', 'Shura', 'Secretariat', 'Presidium', 'Politburo',
  'Republic', 'Kingdom', 'United', 'Nations', 'Ministry', 'Department', 'Office', 'Bureau', 'Agency', 'Coalition', 'Defeat-ISIS', 'Taliban', 'Qa', 'Qaida',
  'Qaeda', 'Hizballah', 'Hezbollah', 'Hamas', 'Iraq', 'Syria', 'Levant', 'Peninsula', 'Maghreb', 'Sahel', 'Sahara', 'North', 'South', 'East', 'West',
  'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Federal', 'Special', 'Specially', 'Operation', 'European', 'African', 'Arab',
  'Christian', 'Muslim', 'Muslims', 'Sunni', 'Shia', 'Shi', 'Kurdish', 'Marxist-Leninist', 'Marxist', 'Leninist', 'Maoist', 'Salafist', 'Salafi',
  'Coast', 'Guard', 'Navy', 'Air', 'Military', 'Intelligence', 'Directorate', 'Ambassador', 'Embassy', 'Consulate', 'President', 'Prime', 'Minister',
  'Governor', 'King', 'Prince', 'Pope', 'Lake', 'Basin', 'Sea', 'River', 'Mount', 'Valley', 'City', 'District', 'Region', 'Island', 'Islands',
  // Titles written with capitals before a name ("Secretary General Hassan Nasrallah"): the role, not the name.
  'Secretary', 'Secretary-General', 'Chairman', 'Leader', 'Supremo', 'Chief', 'Caliph', 'Deputy', 'Spokesman', 'Founder',
  // Offices of police and courts, after a title ("Chief Constable X", "Chief Justice X", "Chief Public Prosecutor X"): the office, not the name.
  'Constable', 'Justice', 'Inspector', 'Superintendent', 'Commissioner', 'Executive', 'Public', 'Prosecutor', 'Magistrate', 'Judge', 'Attorney', 'Registrar',
  // Kin opening a sentence before the names: "Brothers X and Y co-lead the group".
  'Brothers', 'Sisters', 'Cousins',
];

/** Particles inside a name, written in lower case ("Iyad ag Ghali", "Osama bin Laden", "Iyad ould Hamma"), and the Irish "Ó" ("Séamus Ó Flatharta"). */
/** The particles that open a surname, by which a person is named again ("Bin Qumu" for Abu Sufian bin Qumu). */
export const SURNAME_PARTICLES = 'al|el|ag|ould|bin|ibn|bint|ben|de|da|del|dos|van|von';
export const NAME_PARTICLES = `${SURNAME_PARTICLES}|ul|ud|ud-|ur|ur-|wa|aw|abu|abd|abdel|abdul|Ó`;

/** Nouns a profile uses for its own group ("the group's leader", "the outfit's commander") and, after "a", for another one ("a rival faction whose leader"). */
export { GROUP_NOUNS, OTHER_GROUP_ADJECTIVES, SELF_REFERENCE_NOUNS } from '../lexicon.js';

/** One part of a group, under its own commander: "its armed wing", "the Qassam Brigades". */
export const UNIT_NOUNS = 'wing|branch|cell|unit|brigade|battalion|squad|front';

/** Lower-case words that may stand right before a role without making it one part's role ("is leader", "as emir", "and chief"). */
export const ROLE_LEAD_IN_WORDS: readonly string[] = [
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'as', 'and', 'or', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'to', 'of', 'by', 'with', 'new', 'named',
  'appointed', 'elected', 'became', 'remains', 'including', 'include', 'includes', 'then', 'former', 'late', 'current', 'overall', 'top', 'supreme',
  'acting', 'interim', 'spiritual', 'longtime', 'that', 'whose', 'group', "group's", 'organization', "organization's", 'for', 'killed', 'captured',
  'arrested', 'detained', 'executed', 'under', 'chose', 'selected', 'announced', 'designated', 'confirmed', 'military', 'political', 'sole', 'slain',
  // Words that describe the person, not a part of the group: "the ailing emir", "its exiled leader".
  'ailing', 'aging', 'ageing', 'elderly', 'jailed', 'imprisoned', 'exiled', 'fugitive', 'reclusive', 'charismatic', 'hardline', 'influential', 'notorious', 'self-styled',
];

/** Bodies whose head leads the group: "head of its political bureau", "political bureau chief". */
export const LEADING_BODIES = 'political bureau|politburo|central committee|central command|leadership council|shura council|executive council';

/** Lower-case words that may follow a role word without making it an adjective ("chief of", "head since 2019"). */
export const ROLE_FOLLOWERS: readonly string[] = [
  'of', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'and', 'or', 'in', 'since', 'from', 'until', 'who', 'whose', 'for', 'at', 'to', 'on', 'remains',
  'remained', 'became', 'as', 'after', 'before', 'during', 'when', 'while', 'with', 'by', 'himself', 'herself', 'reportedly', 'also', 'then', 'now', 'ever',
];

/** Names of other organizations that "its" may refer to (acronyms are found by their shape). */
export const ORGANIZATION_WORDS: readonly string[] = ["al-Qa'ida", 'al-Qaida', 'al-Qaeda', 'Taliban', 'Islamic State', 'Hizballah', 'Hezbollah', 'Hamas', 'Muslim Brotherhood'];

/** A death told with its cause in combat is a killing: "died in a Syrian government airstrike", "his death in a French raid". */
export const VIOLENT_DEATH = /^\S*\s+(?:in|during|from|after|of)\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,4}?(?:raid|airstrike|air strike|strike|operation|attack|clash|clashes|ambush|bombing|shootout|firefight|explosion|battle|fighting|assault|offensive|wounds)\b/i;

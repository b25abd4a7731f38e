/**
 * Word lists that several rules read, kept once as data: qualifiers before a
 * number, the words for harm (death, injury, kidnapping) with their forms,
 * and the incident nouns and verbs. Rules build their patterns and their
 * speed cues from these tables; a new word goes here and nowhere else.
 */
import { DEMONYMS } from '../geo/place-names.js';
import { peopleNouns } from './people-nouns.js';
import type { Count } from '../record/schema.js';

/** Past forms that do not end in -ed, for finding a clause's verb: "TG grew out of ...", "as France withdrew its troops". */
export const IRREGULAR_PASTS = 'began|became|grew|arose|broke|took|went|came|fought|sought|won|left|split|drew|made|built|held|led|ran|saw|gave|kept|brought|spread|struck|rose|set|found|sprang|withdrew|sent|fled|lost|oversaw|sat|stood|met|paid|told|said|chose|overran';

/** Verbs whose subject undergoes or notes what happened in it, not acts: "Nigeria suffered its deadliest year", "Mali saw attacks". */
export const UNDERGOING_VERBS = 'suffered|suffering|experienced|experiencing|witnessed|witnessing|saw|seeing|faced|facing|endured|enduring|recorded|recording|registered|registering|reported|reporting|remained|remaining|became|hosted|hosting|lost|losing|mourned|mourning';

/**
 * Words before a number that say how exact it is. `count` is the casualty
 * qualifier; `bound` says which end of a range the number is for an estimate
 * ("more than 1,000 fighters" is a lower bound).
 */
export const QUALIFIERS: ReadonlyArray<{ words: string; count: Count['qualifier']; bound: 'lower' | 'upper' | 'about' }> = [
  { words: 'at least', count: 'at-least', bound: 'lower' },
  { words: 'more than', count: 'more-than', bound: 'lower' },
  { words: 'over', count: 'more-than', bound: 'lower' },
  { words: 'greater than', count: 'more-than', bound: 'lower' },
  { words: 'above', count: 'more-than', bound: 'lower' },
  { words: 'in excess of', count: 'more-than', bound: 'lower' },
  { words: 'upwards of', count: 'more-than', bound: 'lower' },
  { words: 'upward of', count: 'more-than', bound: 'lower' },
  { words: 'well over', count: 'more-than', bound: 'lower' },
  { words: 'well above', count: 'more-than', bound: 'lower' },
  { words: 'no fewer than', count: 'at-least', bound: 'lower' },
  { words: 'not fewer than', count: 'at-least', bound: 'lower' },
  { words: 'no less than', count: 'at-least', bound: 'lower' },
  { words: 'not less than', count: 'at-least', bound: 'lower' },
  { words: 'a minimum of', count: 'at-least', bound: 'lower' },
  { words: 'nearly', count: 'about', bound: 'about' },
  { words: 'approximately', count: 'about', bound: 'about' },
  { words: 'about', count: 'about', bound: 'about' },
  { words: 'around', count: 'about', bound: 'about' },
  { words: 'almost', count: 'about', bound: 'about' },
  { words: 'roughly', count: 'about', bound: 'about' },
  { words: 'close to', count: 'about', bound: 'about' },
  { words: 'in the region of', count: 'about', bound: 'about' },
  { words: 'an estimated', count: 'about', bound: 'about' },
  { words: 'some', count: 'about', bound: 'about' },
  { words: 'estimated at', count: 'about', bound: 'about' },
  { words: 'up to', count: 'up-to', bound: 'upper' },
  { words: 'as many as', count: 'up-to', bound: 'upper' },
  { words: 'no more than', count: 'up-to', bound: 'upper' },
  { words: 'fewer than', count: 'up-to', bound: 'upper' },
  { words: 'less than', count: 'up-to', bound: 'upper' },
  { words: 'under', count: 'up-to', bound: 'upper' },
];

/**
 * Words before a count that say the text states a sum itself: "killed a combined 150 people", "a total of 12", "a
 * combined total of 41", "an overall total of more than 60". Not a qualifier: the count is exact unless one follows.
 */
export const SUM_ADJECTIVES = ['combined', 'overall', 'cumulative', 'grand'];
export const STATED_SUM = `(?:a combined|an? (?:(?:${SUM_ADJECTIVES.join('|')}) )?total of)`;

/** The qualifiers as one alternation, longest first ("no more than" before "more than"). */
export const QUALIFIER_SOURCE = `(?:${QUALIFIERS.map((q) => q.words)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

/** The bound a qualifier sets on an estimate; a number without one is `about` itself. */
export const boundOf = (qualifier: string | undefined): 'lower' | 'upper' | 'about' =>
  (qualifier ? QUALIFIERS.find((q) => q.words === qualifier.toLowerCase())?.bound : undefined) ?? 'about';

/** Vague quantities: a count with no value. */
/** Nouns of time, singular or plural: never victims ("two days later", "the same week"), and they date a clause ("and two days later bombed"). */
export const TIME_NOUN = `(?:${['minute', 'hour', 'day', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'week', 'month', 'year', 'time'].join('|')})s?`;

export const VAGUE_QUANTITIES = ['dozens', 'scores', 'hundreds', 'thousands', 'several', 'numerous', 'many'] as const;

export type HarmRole = 'killed' | 'wounded' | 'kidnapped';

/**
 * Words for harm done to people. `verb` matches the active forms ("killing",
 * "kidnapped"), `participle` the passive one ("were killed"), `noun` the noun
 * before "of" ("the murder of"), `result` a noun after a count ("118 deaths").
 * Sources are regex fragments without groups.
 */
export const HARM_WORDS: ReadonlyArray<{
  id: string;
  role: HarmRole;
  verb?: string;
  participle?: string;
  noun?: string;
  result?: string;
  /** Harm only when the victims are people who are not fighters (see namesPeople): "captured four aid workers", never "captured three towns" or "captured 35 TG fighters". */
  peopleOnly?: true;
  example: string;
}> = [
  // (Harm done "fatally" is a killing: "fatally stabbed one passenger", "was fatally wounded".)
  { id: 'kill', role: 'killed', verb: 'kill(?:ed|ing|s)?|shot dead|shooting dead|gunned down|gunning down|cut down|cutting down|martyr(?:ed|ing)|fatally (?:shot|shooting|stabb(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|beat(?:en|ing)?)', participle: 'killed|shot dead|gunned down|cut down|done to death|martyred|killed in action|KIA|fatally (?:shot|stabbed|wounded|injured|beaten)', noun: 'killings?', example: 'killing 10 soldiers; three jawans were martyred; a bomber martyred 23 worshippers; 2 x soldiers KIA; fatally stabbed one passenger; a guard was fatally wounded' },
  { id: 'murder', role: 'killed', verb: 'murder(?:ed|ing|s)?', participle: 'murdered', noun: 'murders?', example: 'the murder of 14 farmers' },
  { id: 'massacre', role: 'killed', verb: 'massacr(?:ed|ing|es)', participle: 'massacred', noun: 'massacres?', example: 'the massacre of 30 villagers' },
  { id: 'slaughter', role: 'killed', verb: 'slaughter(?:ed|ing|s)?', participle: 'slaughtered', noun: 'slaughter', example: 'slaughtered 43 farmers' },
  { id: 'behead', role: 'killed', verb: 'behead(?:ed|ing|s)?', participle: 'beheaded', noun: 'beheadings?', example: 'beheaded a hostage' },
  { id: 'execute', role: 'killed', verb: 'execut(?:ed|ing|es)', participle: 'executed', noun: 'executions?', example: 'executed 12 hostages' },
  { id: 'assassinate', role: 'killed', verb: 'assassinat(?:ed|ing|es)', participle: 'assassinated', noun: 'assassinations?', example: 'assassinated a provincial governor' },
  { id: 'death', role: 'killed', noun: 'deaths?|lives|life|fatal shootings?|fatal stabbings?|martyrdom', result: 'deaths|dead|deceased|fatalities', example: 'the deaths of seven police officers; 118 deaths; the fatal shooting of a police officer; the martyrdom of four children' },
  { id: 'wound', role: 'wounded', verb: 'wound(?:ed|ing|s)?', participle: 'wounded|resulted wounded|wounded in action|WIA', noun: 'wounding', result: 'wounded', example: 'wounding 25 others; 6 WIA' },
  { id: 'injure', role: 'wounded', verb: 'injur(?:ed|ing|es)|hurt(?:ing|s)?', participle: 'injured|hurt', noun: 'injuring|injury', result: 'injuries|injured', example: 'injuring another 24' },
  { id: 'hospitalize', role: 'wounded', verb: 'hospitali[sz](?:ed|ing|es)', participle: ['hospitali[sz]ed', ...['taken', 'rushed', 'admitted', 'shifted'].map((v) => `${v} to (?:a |the )?(?:[A-Z][\\w'-]* |local |district |military )*(?:hospitals?|[A-Z][\\w'-]*)(?:,? [A-Z][\\w'-]*)*,? with (?:[a-z]+ )?(?:injuries|wounds)`), 'treated for (?:injuries|wounds)', ...['evacuated', 'transported', 'airlifted'].map((v) => `${v}(?: to [A-Z][\\w'-]*(?: [A-Z][\\w'-]*)*)? with (?:[a-z]+ )?(?:injuries|wounds)`)].join('|'), example: 'a further 80 were hospitalized; 14 others were taken to hospital with injuries; 17 were shifted to Lady Reading Hospital with splinter injuries; three were airlifted to Nairobi with serious injuries' },
  { id: 'kidnap', role: 'kidnapped', verb: 'kidnap(?:ped|ping|s)?', participle: 'kidnapped', noun: 'kidnappings?', example: 'kidnapped two Canadians' },
  { id: 'abduct', role: 'kidnapped', verb: 'abduct(?:ed|ing|s)?', participle: 'abducted', noun: 'abductions?', example: 'the abduction of a French reporter' },
  { id: 'capture', role: 'kidnapped', verb: 'captur(?:ed|ing|es)|seiz(?:ed|ing|es)', participle: 'captured|seized', peopleOnly: true, example: 'captured four aid workers' },
];

/** People told by sex or age alone, singular and plural: what a count of people set off after its noun may break into. */
export const SEX_AGE_NOUNS: readonly string[] = ['man', 'men', 'woman', 'women', 'boy', 'boys', 'girl', 'girls', 'child', 'children', 'infant', 'infants', 'baby', 'babies', 'toddler', 'toddlers', 'teenager', 'teenagers', 'adult', 'adults', 'minor', 'minors'];

/**
 * Nouns for people who are not fighters, singular: what a capture must take
 * to be a kidnapping. Plurals are read from them ("workers", "policemen",
 * "children"), and a nationality in the plural ("17 Filipinos") names people
 * too. Fighters are left out on purpose: "security forces captured 35 TG
 * fighters" is an arrest.
 */
export const PEOPLE_NOUNS = [
  'person', 'people', 'individual', 'civilian', 'villager', 'resident', 'inhabitant', 'man', 'woman', 'child', 'girl', 'boy', 'family', 'relative',
  'student', 'schoolgirl', 'schoolboy', 'pupil', 'teacher', 'worker', 'engineer', 'contractor', 'employee', 'staff', 'personnel', 'crew',
  'journalist', 'reporter', 'photographer', 'tourist', 'traveler', 'traveller', 'passenger', 'pilgrim', 'worshipper', 'worshiper', 'hostage',
  'national', 'citizen', 'foreigner', 'westerner', 'expatriate', 'official', 'diplomat', 'peacekeeper', 'soldier', 'troop', 'officer',
  'policeman', 'police', 'gendarme', 'guard', 'fisherman', 'farmer', 'herder', 'trader', 'merchant', 'shopkeeper', 'miner', 'doctor', 'nurse',
  'priest', 'missionary', 'monk', 'nun', 'pastor', 'imam', 'sailor', 'seaman', 'driver', 'volunteer', 'businessman', 'executive', 'consultant',
  'technician', 'surveyor', 'researcher', 'professor', 'lawyer', 'judge', 'politician', 'legislator', 'lawmaker', 'senator', 'parliamentarian', 'governor', 'mayor', 'elder',
  // Victims the reports name that compromise's lexicon does not tag as people (people-nouns.ts).
  'vendor', 'shopper', 'patient', 'interpreter', 'translator', 'mourner', 'devotee', 'bystander', 'commuter', 'parishioner', 'churchgoer', 'labourer', 'porter', 'warden',
  'guide', 'escort', 'reservist',
  // ... and the security forces and village officers of the South Asian press: "two jawans", "a havildar", "three SPOs".
  'cop', 'jawan', 'sepoy', 'havildar', 'subedar', 'naik', 'rifleman', 'commando', 'spo', 'sarpanch', 'panch',
  // Ranks and offices, as "officer" and "official" are: "a police colonel in Minya and two members of his escort".
  'colonel', 'captain', 'lieutenant', 'sergeant', 'corporal', 'constable', 'commissioner', 'prosecutor', 'minister', 'ambassador', 'councilor', 'councillor', 'chief', 'headman',
  // ... and a mission's diplomats, as "ambassador" is: "including Iran's cultural attache".
  'attache', 'attaché', 'envoy', 'consul', 'emissary',
  'Christian', 'Muslim', 'Yazidi', 'Shia', 'Sunni', 'Hindu', 'Jew',
] as const;

// With the nouns for people of compromise's lexicon (people-nouns.ts): "a court clerk", "a cleric", "two cooks".
const PEOPLE = new Set([...PEOPLE_NOUNS.map((w) => w.toLowerCase()), ...peopleNouns()]);
const NATIONALITIES = new Set(Object.keys(DEMONYMS).map((w) => w.toLowerCase()));
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { men: 'man', women: 'woman', children: 'child', policemen: 'policeman', fishermen: 'fisherman', seamen: 'seaman', businessmen: 'businessman', families: 'family' };

/** Whether a noun (singular or plural) names people who are not fighters, or is a nationality in the plural. */
export function namesPeople(noun: string): boolean {
  const w = noun.toLowerCase().replace(/['’]s$/, '');
  if (isPeopleNoun(w)) return true;
  // A compound that ends in one, after a word of its own: "schoolteacher", "bodyguard", "watchman", "herdsmen" (a noun of
  // five letters or more, or "man": "parking" does not end in "king", nor "prison" in "son").
  for (let k = 3; k <= w.length - 3; k++) if ((w.length - k >= 5 || /^m[ae]n$/.test(w.slice(k))) && isPeopleNoun(w.slice(k))) return true;
  return w.endsWith('s') && NATIONALITIES.has(w.slice(0, -1));
}

function isPeopleNoun(w: string): boolean {
  const singular = IRREGULAR_PLURALS[w] ?? w;
  // ("deputies", "militias": a plural in -ies is of a noun in -y.)
  return PEOPLE.has(singular) || PEOPLE.has(w.replace(/e?s$/, '')) || PEOPLE.has(w.replace(/s$/, '')) || PEOPLE.has(w.replace(/ies$/, 'y'));
}

/** Ordinals after the first: a place in a line of leaders ("its third emir"), one victim more ("a fifth victim"). */
export const ORDINALS = 'second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth';

/**
 * The loanwords and register words the reports' sources use for a group, as group nouns and as "the group" is: "the
 * jama'at", "a rival katiba", "the tanzeem", and the UN sanctions register's "entity" ("the entity is led by", "a
 * separate entity").
 */
const GROUP_LOANWORDS: readonly string[] = ['entity', "jama'at", 'jama’at', 'jamaat', 'katiba', 'tanzeem', 'tanzim'];

/** Nouns that name a group as a whole: "a Japan-based cult", "the organization's leader", a designated street gang. */
export const GROUP_NOUNS = ['group|organization|organisation|movement|network|outfit|faction|militia|insurgency|coalition|alliance|umbrella group|cult|sect|gang', ...GROUP_LOANWORDS].join('|');

/** Nouns a profile uses, after "the", for its own group whatever its name: "the group", "the organisation", the South Asian press's "the outfit", "the gang". */
export const SELF_REFERENCE_NOUNS: readonly string[] = ['group', 'organization', 'organisation', 'network', 'movement', 'outfit', 'sect', 'gang', ...GROUP_LOANWORDS];

/** Adjectives that point a group noun away from this group: "the rival outfit", "the other faction's leader". */
export const OTHER_GROUP_ADJECTIVES = 'rival|other|opposing';

/** What stands before such a noun: "the", and the legal register's "the said organisation". */
export const SELF_REFERENCE_DETERMINERS: readonly string[] = ['the', 'the said'];

/** What a parent calls its branch in one country: "its Libyan province", "ISIS's branch in Kenya" (group-refs.ts). */
export const BRANCH_NOUNS: readonly string[] = ['branch', 'province', 'affiliate', 'chapter', 'franchise'];

/**
 * Last words of a group's name that the profile also uses, after "the", for the group itself: "Coastal Martyrs Brigade"
 * → "the brigade", "Kurdistan Workers' Party" → "the party". Not "army", "council" or "union": "the army" is a
 * country's, "the council" and "the union" are usually someone else's.
 */
export const OWN_NAME_HEAD_NOUNS: readonly string[] = ['brigade', 'brigades', 'battalion', 'battalions', 'party', 'front', 'legion', 'league'];

/** Nouns a toll is told by, before "of" and its count: "a toll of six dead", "losses of 20 soldiers", "a balance sheet of nine dead" (as translations from French write it). */
export const TOLL_NOUNS = ['toll', 'casualties', 'losses', 'balance sheet', 'balance'] as const;
/** Words that lump the dead and the wounded together: a count after them has no value for either. */
export const AMBIGUOUS_HARM = ['casualties', 'killed or wounded', 'killed or injured', 'dead or wounded', 'dead or injured', 'killed and wounded', 'killed and injured'] as const;

/** Things a list of victims may run into: vehicles and sites ("attacked a police vehicle, and one officer was killed"). */
export const THING_NOUNS = 'vehicle|car|truck|bus|minibus|van|convoy|train|boat|ship|vessel|aircraft|helicopter|plane|post|outpost|base|camp|checkpoint|station|market|building|house|office|school|church|mosque|hotel|bridge|road|headquarters|courthouse|embassy|consulate|compound|barracks|airport|palace|ministry|parliament|hospital|restaurant|cafe|bank|facility|residence|pipeline';
/** Incident nouns, most specific first: what one incident is called. */
export const INCIDENT_NOUNS = [
  'suicide bombings?', 'suicide attacks?', 'car bombs?', 'truck bombs?', 'rocket attacks?', 'grenade attacks?', 'IED attacks?',
  'attacks?', 'bombings?', 'bombs?', 'assaults?', 'raids?', 'ambush(?:es)?', 'landmines?', 'IEDs?', 'explosions?', 'blasts?', 'shootings?',
  'strikes?', 'abductions?', 'kidnappings?', 'massacres?', 'assassinations?', 'hijackings?', 'sieges?', 'operations?', 'incursions?',
  // (Fighting is an incident too: "and for a July gunfight near Poonch that wounded a dozen troops", "and clashes in the
  // camp in June left two people dead" are other incidents than the one before.)
  'gunfights?', 'firefights?', 'gun battles?', 'shootouts?', 'clash(?:es)?', 'skirmish(?:es)?',
  // (And fire in volleys, and killings one by one: "and an October mortar barrage on the crossing wounded four soldiers".)
  'barrages?', 'salvos?', 'volleys?', 'executions?', 'beheadings?', 'stabbings?',
] as const;

/** Verbs that say the group did an incident ("carried out an attack", "claimed responsibility for a bombing"). */
export const INCIDENT_VERBS = [
  'carried out', 'carrying out', 'conducted', 'launched', 'staged', 'perpetrated', 'mounted', 'committed',
  'claimed(?: responsibility| credit)? for', 'claimed', 'took responsibility for', 'was responsible for', 'were responsible for',
] as const;

/** Verbs with an incident's target as object ("stormed a hotel"): one with "a"/"an" is an incident told with no toll (untolled.ts). */
export const DIRECT_ATTACK_VERBS = ['attacked', 'bombed', 'stormed', 'ambushed', 'raided', 'besieged', 'hijacked', 'shelled'] as const;

/** Verbs that tell an attack at all ("struck three churches"): a sentence with one may have its toll in the next. */
export const ATTACK_VERBS = [...DIRECT_ATTACK_VERBS, 'struck', 'targeted', 'overran', 'detonated', 'exploded', 'went off', 'opened fire', 'set off', 'blew up', 'gunned down'] as const;

/** A regex alternation of words, longest first. */
export const alternation = (words: readonly string[]): string => `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`;

/**
 * What introduces another name of a person, as regex sources: "X, also known as Y", "X (aka Y)", "X, also called Y",
 * "X, nicknamed Y". Every reader of a person's other name (leaders, victims) takes them from here.
 */
export const ALIAS_MARKERS = alternation(['also known as', 'better known as', 'known as', 'also called', 'aka', 'a\\.k\\.a\\.?', 'alias', 'nicknamed']);
/** What introduces another spelling of a name in parentheses after it: "X (also spelled al-Julani)". */
export const SPELLING_MARKERS = alternation(['also spelled', 'also written', 'spelled', 'or']);

/**
 * The literal stems of regex alternatives ("kill(?:ed|ing)?|shot dead" → "kill", "shot dead"):
 * a cheap speed cue derived from the same sources the rules use. Only top-level
 * alternatives that start with a literal are reduced; a stem ends at the first
 * regex character, and a letter made optional ("deaths?") is dropped.
 */
export function literalStems(sources: readonly string[]): string[] {
  const stems = new Set<string>();
  for (const source of sources) {
    let depth = 0;
    let from = 0;
    const parts: string[] = [];
    for (let i = 0; i < source.length; i++) {
      const c = source[i];
      if (c === '\\') i++;
      else if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (c === '|' && depth === 0) {
        parts.push(source.slice(from, i));
        from = i + 1;
      }
    }
    parts.push(source.slice(from));
    for (const part of parts) {
      const m = /^[A-Za-z ]+/.exec(part.startsWith('(?:') ? '' : part);
      if (!m) throw new Error(`literalStems: "${part}" does not start with a literal`);
      const stem = part[m[0].length] === '?' ? m[0].slice(0, -1) : m[0];
      stems.add(stem.toLowerCase());
    }
  }
  // A stem that starts with a shorter one adds nothing to the cue ("killed" after "kill").
  return [...stems].filter((s) => ![...stems].some((t) => t !== s && s.startsWith(t)));
}

/**
 * A natural death, read from the death word on: "died of a heart attack", "died of natural causes", "died of illness in
 * prison". A leader who died so is former, not killed (leaders/), and such a death is no incident (events/counts.ts).
 */
export const NATURAL_DEATH = /^\S*\s+(?:of|from|to)\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,2}?(?:heart attack|natural causes|illness|disease|cancer|stroke|failure|complications|old age)\b/i;

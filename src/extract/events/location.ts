/**
 * Where an incident happened. The place is looked for in the incident's own
 * words, then in its sentence; failing both, the paragraph or the Location
 * section may make the country clear by naming only one.
 *
 * In a span, in this order of preference:
 *   a country or territory    "in Benghazi, Libya" (written "Benghazi, Libya"), "in Gaza"
 *                             — not one after "the border with" (the neighbour); countries named
 *                             together ("the border between Niger and Mali", "attacks in Chad and
 *                             Nigeria") are no single country (code null)
 *   a subdivision             "in Sulu", "in Borno State", "in Nangarhar province"
 *   a city of the gazetteer   "in Mogadishu"
 *   a nationality qualifying a place or a force's site   "a Burkinabe army post"
 *                             (never the victims' nationality alone: "killing two French tourists")
 * A subdivision name several countries use ("Punjab") takes the one country
 * among them that the sentence, then the paragraph, then the Location section
 * names ("Punjab, Pakistan", "the Indian state of Punjab"); otherwise the
 * country is null and a warning `ambiguous-place` quotes the name.
 */
import { PART_ADJECTIVE, city as cityOf, countryCode, findPlaces, isPlaceName, type PlaceMention } from '../../geo/places.js';
import type { CrtxEvent } from '../../record/schema.js';
import { collapseSpace } from '../../text/view.js';
import type { Span } from '../../text/span.js';
import { matchesOf } from '../../text/matches.js';
import { MONTH_WORD } from '../../text/dates.js';
import { eitherCase } from '../../text/phrases.js';
import { ATTACK_VERBS, IRREGULAR_PASTS, UNDERGOING_VERBS, namesPeople } from '../lexicon.js';
import { CLAUSE_TIME } from './incidents.js';
import type { ProfileContext } from '../context.js';
import { evidenceOf, piecesOf, section, valueAt } from '../context.js';
import { groupReferences } from '../group-refs.js';

type Location = CrtxEvent['location'];

// A nationality names the place only when it qualifies a place or a force's site ("a Malian military camp").
// ("the Algerian border" is the neighbour's side, not a place of the incident.)
// (Nor is an embassy: "the Turkish embassy in Mogadishu" stands in Somalia.)
// ("community" and the like only with "of": "the Israeli community of Nitzana" is a place, "the Afghan community in
// Peshawar" people.)
// A force's patrol or convoy is where its state's forces are ("a Malian army convoy near Gossi"); a convoy of aid
// workers, with the nationality after it, is not.
/** A state's force after a nationality: "a Malian army ...", "a Nigerien military ...". */
// (Capitalized as the reports often write them: "a Lebanese Army patrol", "a Nigerian Military base".)
const FORCE = ' (?:[Aa]rmy|[Mm]ilitary|[Pp]olice|[Ss]ecurity|[Pp]aramilitary|[Bb]order|[Nn]avy|[Nn]aval|[Rr]egime|[Gg]overnment)(?: [a-z-]+)? ';
/** A force's sites ("a Malian military camp") and its units on the move ("a Malian army convoy"). */
const FORCE_SITES = 'base|camp|garrison|barracks|checkpoint|post|outpost|position';
const FORCE_UNITS = 'patrol|convoy|unit|column|headquarters';
// (Or several: "more than a dozen Iraqi cities", "two Malian army posts".)
// (Or its land itself: "a FARC camp in the Colombian jungle", "the Syrian desert", "the Afghan countryside".)
const PLACE_NOUN = new RegExp(`^(?: [A-Za-z-]+){0,2} (?:(?:${FORCE_SITES})s?|villages?|towns?|cit(?:y|ies)|islands?|resorts?|territory|soil|waters|airspace|airports?|ports?|jungles?|desert|mountains|highlands|countryside|coast|coastline|hinterland|interior|(?:community|settlement|district|province|region) of)\\b|^${FORCE}(?:${FORCE_UNITS})\\b`);
// A force's vehicle moves: it names its state only when the words name no town ("a Beninese army vehicle near
// Karimama", a town the gazetteer lacks; "an Ethiopian military truck on the road between Kismayo and Jilib" is in Somalia).
const FORCE_VEHICLE = new RegExp(`^${FORCE}(?:vehicles?|trucks?|helicopter|boat)\\b`);
// The same site told with "of" before the nationality, as translations from Arabic and French write it: "a post of the
// Chadian army", "positions of the Nigerien gendarmerie", "a patrol of the Pakistani Frontier Corps".
const SITE_OF_THE = new RegExp(`\\b(?:${FORCE_SITES}|positions|${FORCE_UNITS}) of the $`);
const FORCE_OF_THE = /^(?: [A-Za-z-]+)? (?:army|military|police|gendarmerie|forces|troops|guards|corps|navy|marines)\b/i;
// A nationality right before "town of X" names X's country: "the Egyptian town of Rafah", "the Lebanese border village of Arsal".
const COORDINATED_CITY = /^(?:,? and|,? or) (?:in |at |the )?(?<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)\b/;
const THE_CAPITAL = /^ capital(?: city)?\b/;
const TOWN_OF = /^(?: [a-z-]+){0,2} (?:town|city|village|port) of (?<town>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})/;
// "in Rafah, on the Egyptian side of the border": the side says the country outright, whatever the town's name says.
// (Or of a lake or river the border runs along: "the Cameroonian side of the lake", "the Chadian shore of Lake Chad", "the
// Nigerien bank of the Komadugu Yobe river"; not where people came from, "crossed from the Nigerian shore", but where
// they went, "crossed to the Tanzanian side of the Ruvuma River and killed five villagers".)
// (Or of a crossing: "on the Israeli side of the Kerem Shalom crossing", "the Egyptian side of the Taba crossing".)
const SIDE_OF_THE_BORDER = /^ (?:side|shore|bank|part) of (?:the (?:[A-Z][\w-]* ){0,3}(?:border|frontier|lake|river|crossing|(?:border )?(?:crossing|checkpoint|post|terminal))\b|(?:the )?(?:Lake [A-Z][\w-]*|[A-Z][\w-]* (?:River|Lake))\b)/;
// Capitalized words after "in", "into" ("fired rockets into Maiduguri"), "near", "around" ("in and around Quetta"), "outside of", "on" (an island: "on Jolo island"; at a sentence's start too, "In Tumaco, on 2 February"), "off" (a coast: "off Trincomalee"), "between" (two towns: "on the
// road between Pasto and Tumaco"), "town of", "the outskirts of"
// (perhaps with a part's adjective: "in southern Beirut"),
// or between an article (and a date) and a noun ("the Nairobi offices", "the 2016 Dhaka cafe siege") may be a city in the gazetteer.
// "500 kilometers north of Nouakchott", "about 20 kilometers from Maiduguri": a town unknown to the gazetteer is near the
// city it is measured from.
const COMPASS = '(?:north|south|east|west)(?:-?(?:east|west))?|(?:north|south)(?:east|west)';
// (And, as translations from French write them, a town's administrative unit and its sites: "the cercle of Douentza",
// "the commune of Diafarabé", "the livestock market of Kismayo", "the police station of Gwoza"; a site only after "the":
// "a mosque of Ahmadi Muslims" says whose the mosque is.)
// ("the countryside of Aleppo", as the Arabic press names a city's rural province.)
export const PART_OF_PLACE_WORDS = ['town', 'city', 'village', 'port', 'outskirts', 'suburbs?', 'countryside', 'areas?', 'districts?', 'neighbou?rhoods?', 'cent(?:er|re)', 'heart', 'streets', 'quarters?', 'parts?', 'edge', 'forests?', 'hills', 'mountains', 'communes?', 'cercles?', 'municipality', 'prefecture'];
// (Capitalized as the title of a place: "the Port of Ashdod", "the City of Marawi".)
const PART_OF_PLACE = PART_OF_PLACE_WORDS.map(eitherCase).join('|');
// The way into a town names it: "at the entrance to Gao", "the approaches to Mosul" (not where people go: TOWARD). A road
// does not: "on the highway to Amman" is in Anbar, in Iraq.
const WAY_NOUNS = '(?:entrances?|gates?|approach(?:es)?)';
const WAY_TO = `${WAY_NOUNS} to`;
// An office held over a place names it: "the office of the mayor of Mogadishu", "the deputy governor of Kandahar".
const OFFICES = 'mayor|governor|police chief|chief of police';
const OFFICE_OF_A_PLACE = `(?:${OFFICES})(?<=\\b[Tt]he (?:[a-z-]+ )?(?:${OFFICES}))`;
// A site a city's name may stand before with no article: "struck Kabul airport".
const SITE_NOUN_WORDS = ['airport', 'station', 'hotel', 'mall', 'market', 'university', 'stadium', 'embassy', 'consulate', 'prison', 'mosque', 'church', 'cathedral', 'temple', 'harbou?r', 'port', 'metro', 'subway'];
const SITE_NOUN = SITE_NOUN_WORDS.join('|');
const SITE_NOUN_EITHER_CASE = SITE_NOUN_WORDS.map(eitherCase).join('|');
// A site or a part of a place named with a capital before "of" is a title, and the name after "of" the place ("the
// University of Maiduguri"): the title word itself names no town (there is a village called Port in Spain).
const TITLE_OF = `(?:${[...new Set([...PART_OF_PLACE_WORDS, ...SITE_NOUN_WORDS])].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')}) of `;
// A name word: "Mogadishu", "N'Djamena", "Bogotá", "Ra'anana". A month or a holiday is never one ("on March 9", "a
// Christmas Day attack").
const LOWER = 'a-zß-öø-ÿā-ž';
const NAME = `(?!(?:${MONTH_WORD}|Christmas|Easter|Ramadan|Eid|Ashura|Passover|Diwali)\\b|${TITLE_OF})[A-ZÀ-ÖØ-Ý](?:'[A-Z])?[${LOWER}]+(?:'[${LOWER}]{2,})?`;
// The other places a city's name stands: possessive ("Nairobi's main bus terminal", "Lahore's Allama Iqbal airport", "Tel Aviv's old central bus station"), right after an attack verb
// ("stormed Garissa,") or a verb of taking it ("captured Sirte,"). These, and a name before a noun, are read only when no "in"/"near"/"at" place is written.
/** What is done to a place, named after it: "the November 2008 siege of Mumbai", "the capture of Mosul". */
const TAKING_OF_A_PLACE = '(?:siege|sack|fall|capture|recapture|seizure|occupation|takeover|battle|liberation)';
/** The same told by its verb, the place its object: "captured Sirte, killing", "an offensive to retake Sirte." */
const TAKING_A_PLACE = '(?:captured|recaptured|seized|retook|retake|recapture|besieged|occupied|liberated)';
const PLACE_AFTER = new RegExp(
  `\\b(?:[Ii]n|[Ii]nto|[Nn]ear|[Aa]round|[Oo]utside(?: of)?|[Aa]t|[Oo]n|off|between|(?:kilomet(?:er|re)s|km|miles) (?:from|outside(?: of)?)|(?:${PART_OF_PLACE}|${COMPASS}|${OFFICE_OF_A_PLACE}|${TAKING_OF_A_PLACE}) of|(?:${SITE_NOUN_EITHER_CASE})(?<=\\b[Tt]he (?:[a-z-]+ ){0,2}(?:${SITE_NOUN_EITHER_CASE})) of|${WAY_TO}) (?:the )?(?:${PART_ADJECTIVE} )?(?<place>(?:a[lnrsdtz]-|el-)?${NAME}(?:[ -][A-Z][a-z]+|-[a-z]{1,2}-[A-Z][a-z]+| (?:a[lnrsdtz]|el)-[A-Z][a-z]+){0,2})` +
    // (Perhaps after a compound adjective: "a working-class Bogota neighborhood", "a high-security Kabul compound".)
    `|\\b(?:the|a|an)(?: ${MONTH_WORD}(?: \\d{1,2},?)?)?(?: (?:19|20)\\d\\d)?(?: [a-z]+(?:-[a-z]+)+)? (?<before>${NAME}(?: [A-Z][a-z]+)?)(?=(?: [A-Z][a-z]+)*(?:['’]s)?(?: [a-z]|[,.;]))` +
    `|\\b(?<possessive>${NAME}(?: [A-Z][a-z]+){0,2})['’]s (?=[A-Za-z])` +
    // A dateline: "Peshawar, 9 June 2009: a car bomb ...", "Aden, 12 September 2008:".
    `|^(?<dateline>${NAME}(?: [A-Z][a-z]+)?)(?=, (?:\\d{1,2} ${MONTH_WORD}|${MONTH_WORD} \\d{1,2})\\b)` +
    // A note-form line's place, between its date and its colon: "– Feb. 10, General Gordon military base, Mogadishu: ...".
    `|(?<=^(?:[-–—] )?(?:[A-Z][a-z]{2,8}\\.? \\d{1,2}, )(?:[^,:;.]{1,60}, )?)(?<noted>${NAME}(?: [A-Z][a-z]+)?)(?=: )` +
    `|\\b(?:${ATTACK_VERBS.join('|')}|${TAKING_A_PLACE}) (?<object>${NAME})(?=[,.;]| (?:and|in|on|killing|wounding)\\b)` +
    // A destination that the sentence goes on to place something in: "diverted it to Beirut, where they murdered a diver".
    `|\\b(?:to|into) (?<where>${NAME}(?: [A-Z][a-z]+)?)(?=, where\\b)` +
    `|(?<![A-Z][a-z]* )(?<site>${NAME}) (?=(?:${SITE_NOUN_EITHER_CASE})\\b)` +
    // A district named after its town, written after a town the gazetteer may not know: "in Achabal, Anantnag district".
    `|(?<=, )(?<district>${NAME}(?: [A-Z][a-z]+)?)(?= (?:[Dd]istrict|[Pp]rovince|[Cc]ounty|[Gg]overnorate|[Dd]epartment|[Mm]unicipality)\\b)`,
  'g',
);
/** A venue's name followed by what it is and its city: "La Terrasse, a Bamako restaurant". */
const VENUE_WITH_CITY = new RegExp(`^, (?:an?|the) ${NAME} (?:${SITE_NOUN}|restaurant|caf[eé]|bar|nightclub|club|bakery|shop|supermarket|resort|compound|theat(?:er|re)|cinema)\\b`);
/** The last capitalized words before a region's name and its comma or "in": "Naval Air Station Pensacola, " (then "Florida"). */
/** What joins a place to the region it is in: "Rafah in North Sinai", "Rafah, in the Sinai Peninsula". */
const IN_ITS_REGION = /^(?: in|, in(?: the)?) $/;
const TOWN_BEFORE_ITS_REGION = /(?<![\w'’-])(?<words>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?<link>, | in )$/;
/** A part of a place named before it: "the Santa Fe neighborhood of Cali", "the Gulshan quarter of Dhaka". */
// (Only the parts of a town: "the Vedeno district of Chechnya" is a district, "the Afghan district of Dand" its country's.)
// (The city may come first too, "the Beirut neighborhood of Tayyouneh": the name after "of" must be a city's.)
const PART_BEFORE_ITS_PLACE = new RegExp(`^ (?:${['neighbou?rhood', 'quarter', 'suburb', 'section', 'sector'].map(eitherCase).join('|')}) of (?:the )?(?<place>${NAME}(?: [A-Z][a-z]+)?)`);
const partBeforeItsCity = (after: string) => {
  const place = PART_BEFORE_ITS_PLACE.exec(after)?.groups!.place;
  return place !== undefined && (cityOf(place) !== null || cityOf(place.split(' ')[0]!) !== null);
};
/** The words of a relative clause on a person before a place: ", who was held in ", ", whom they took to ", ", one of whom had trained with TG in ". */
const ON_A_PERSON = /, (?:(?:one|two|three|some|several|many|most|all|both|each|none|neither|either) of )?(?:who|whom|whose) [^,;.]*$/;
/** Where captives were taken, not where the incident was: "abducted six others into the DRC", "took the hostages to Libya". */
const CAPTIVES_TAKEN_TO = /\b(?:abducted|abducting|kidnapped|kidnapping|took|taking|taken|carried|dragged|smuggled|transferred)\b[^,;.]{0,40}\b(?:into|to) (?:the )?$/;
/** Two towns a journey ran between: "from Mandera to Nairobi". */
const ROAD_BETWEEN = new RegExp(`\\b(?<from>${NAME})[-–](?<to>${NAME}) (?:highway|road|motorway|expressway)\\b`);
const ROUTE = new RegExp(`\\bfrom (?<from>${NAME}(?: [A-Z][a-z]+)?) to (?<to>${NAME}(?: [A-Z][a-z]+)?)\\b`);
// "near the border with Mauritania" names the neighbour, not the place.
// Nor does "outside Somalia" ("its first attack outside Somalia").
// Nor where people come from or go: "an officer from Jordan", "troops preparing to deploy to Mali", "a bus from Gao to
// Niamey, Niger" (the country of a town so written too).
// (Outside a town is near it: "outside of Bamako" is at Bamako.)
// (Nor a country named as a co-actor: "implicated, along with Iran, in the 1994 bombing".)
// ("from Afghanistan's Kunar province": the province after its country's possessive is the origin too.)
/** The words before where people came from or went: "from Jordan", "tunneled out of Gaza", "deploy to Mali", "bound for Mali". */
// ("adjacent to Cairo's main cathedral", "next to the Kabul airport" stand at the place.)
const TOWARD = `(?:from|out of|(?<!\\b(?:${WAY_NOUNS}|adjacent|next|close) )to|towards?|bound for|headed for|en route to)`;
const ORIGIN_OR_DESTINATION = new RegExp(`\\b${TOWARD} (?:the )?(?:${PART_ADJECTIVE} )?(?:[A-Z][\\w.'’-]*(?: [A-Z][\\w.'’-]*){0,2}, |[A-Z][\\w.-]*['’]s )?$`);
// (Capitalized too, opening a sentence: "Outside Somalia, TG claimed the bombings in Kampala, Uganda".)
// Nor does a building's owner: "near the embassies of the United States and Israel in Tashkent" is in Tashkent.
const OWNED_BUILDING = `\\b(?:[Ee]mbass(?:y|ies)|[Cc]onsulates?(?: general)?|[Hh]igh [Cc]ommission) of (?:(?:the )?[A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*)*,? (?:and )?)*(?:the )?$`;
// Nor one blamed for it: "Prosecutors hold Hizballah and Iran responsible for the 1994 bombing ... in Buenos Aires".
const BLAMED = `\\b(?:[Bb]lam(?:e|es|ed|ing)|[Aa]ccus(?:e|es|ed|ing)|[Hh](?:old|olds|eld|olding))(?: (?:the )?[A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*)*(?:,| and))* (?:the )?$`;
// Nor one served by those the group killed: "four men it accused of spying for Israel", "villagers working for Kenya".
const SERVED = `\\b(?:spying|spied|spies|spy|working|worked|works|work|informing|collaborating|collaborated) (?:for|with)`;
const NEIGHBOUR = new RegExp(`\\b(?:borders? (?:with|of)|[Oo]utside(?: of)?|[Bb]eyond|(?:[Aa]long|[Tt]ogether) with) (?:the )?(?:${PART_ADJECTIVE} )?$|${ORIGIN_OR_DESTINATION.source}|${OWNED_BUILDING}|${BLAMED}|${SERVED} (?:the )?$`);
/** A country entered across its border: the incident told with it is there, the paragraph's others are not ("crossed into Tanzania"). */
const CROSSED_INTO = new RegExp(`\\b(?:crossed|crossing|crosses|cross|moved|spilled over|spilling over) (?:the border )?into (?:the )?(?:${PART_ADJECTIVE} )?$`);
/** ... or after crossing a border or a river on the way: "crossed the Ruvuma River and attacked a village in Tanzania's Mtwara Region". */
// (Or in a cross-border attack: "its first major cross-border attack, raiding the village of Kitaya in Tanzania's Mtwara
// region".)
const CROSSED_ON_THE_WAY = /\b(?:crossed|crossing|crosses) (?:the |a )?(?:[A-Z][\w'’-]* )*(?:border|frontier|boundary|[Rr]iver|Line of Control)\b[^.;]{0,80}$|\bcross-border (?:attack|raid|incursion|operation|assault|strike)s?\b[^.;]{0,80}$/;
/**
 * The words before a country that place something other than the incident there, when the incident has another
 * country: what it went around or through ("broke through the fence around Gaza and attacked villages in southern
 * Israel", "marched through Syria and stormed a post in Iraq"), or where the attackers are based ("fighters based in
 * Syria attacked a village in Iraq", "a cell headquartered in Kenya", "operatives in southern Lebanon").
 */
// (Or where they are: "TG operatives in southern Lebanon fired rockets into northern Israel"; not those counted as victims,
// "killed more than 2,000 TG militants in Turkey and northern Iraq".)
const ASIDE_OF_THE_INCIDENT = new RegExp(`\\b(?:around|through|along|(?:based|stationed|headquartered|garrisoned|trained|recruited|radicali[sz]ed) (?:in|out of)|(?<!\\b(?!(?:19|20)\\d\\d\\b)\\d(?:[\\d,]*\\d)? (?:[\\w-]+ )?)(?:operatives|fighters|militants|members|gunmen|cells?|units?) in) (?:the )?(?:${PART_ADJECTIVE} )?$`);
// A country attacked is the place only when nothing nearer is named: "an attack against Israel from Gaza" is in Israel,
// "attacks against Israel, including killing two settlers near Ramallah" near Ramallah.
const TWO_STATE_BORDER = /\b(?<a>[A-Z][\w'’]*(?: [A-Z][\w'’]*)?)[-–—/](?<b>[A-Z][\w'’]*(?: [A-Z][\w'’]*)?) (?:border|frontier|boundary)\b|\bborder between (?:the )?(?<c>[A-Z][\w'’]*(?: [A-Z][\w'’]*)?) and (?:the )?(?<d>[A-Z][\w'’]*(?: [A-Z][\w'’]*)?)/;
/** The two states a border phrase in the span names, and where their names stand ("Israel–Lebanon", "Niger and Mali"), or null. */
function twoStateBorder(view: string, span: Span): (Span & { codes: string[] }) | null {
  const m = TWO_STATE_BORDER.exec(view.slice(span.start, span.end));
  if (!m) return null;
  const [a, b] = [m.groups!.a ?? m.groups!.c!, m.groups!.b ?? m.groups!.d!];
  const codes = [countryCode(a), countryCode(b)];
  if (!codes[0] || !codes[1] || codes[0] === codes[1]) return null;
  const start = span.start + m.index + m[0].indexOf(a);
  return { start, end: span.start + m.index + m[0].lastIndexOf(b) + b.length, codes: codes as string[] };
}
/** What the incident led to, told after it: "..., raising tensions between India and Pakistan", "prompting strikes in Syria". */
// (Or states brought to the edge of a war: "the assault, which killed nine people, brought India and Pakistan close to war".)
const CONSEQUENCE_BEFORE = /, (?:raising|prompting|sparking|triggering|fuel(?:l)?ing|heightening|escalating|straining|worsening|inflaming|provoking|drawing) [^;.]{0,60}$|\b(?:brought|bringing|pushed|pushing|drove|driving) (?:the )?$/;
/** Where the attackers went afterwards: "before withdrawing into northern Mali", "fled across the border to Syria". */
const WITHDRAWN_TO = new RegExp(`\\b(?:withdr[ae]w(?:ing|n)?|retreat(?:ed|ing)|fle(?:d|eing)|escap(?:ed|ing))(?: back)?(?: across the border)? (?:into|to|across) (?:the )?(?:${PART_ADJECTIVE} )?$`);
// (Or what the attackers did next, after the toll: "killing 16 border guards, and then tried to drive a stolen armored
// vehicle into Israel".)
const OTHER_ACT_BEFORE = /\b(?:after|before) (?:[a-z]+ing|(?:it|they|he|she|the group) (?:had )?[a-z]+ed)\b[^,;]{0,50}?\b(?:in|from) (?:the )?$|\b(?:killing|wounding|injuring) [^;.]{1,60}, and (?:then|later|afterwards|subsequently) [^;.]{0,80}$/;
const TARGET = new RegExp(`\\bagainst (?:the )?(?:${PART_ADJECTIVE} )?$`);

// "attacks in Chad and Nigeria", "in Kampala, Uganda, and Nairobi, Kenya": several countries together are no single one.
// (Each perhaps with its province: "in Colombia's Arauca department and across the border in Venezuela's Apure state".)
const COORDINATED = new RegExp(`^(?:['’]s [A-Z][\\w'’-]*(?: [A-Za-z][\\w'’-]*){0,2})?(?:,? and|,? or|,) (?:(?:also|then|later|across the (?:border|frontier)) )?(?:(?:one|two|three|four|five|six|\\d+|another|others?)(?: more)? in )?(?:the |in )?(?:${PART_ADJECTIVE} )?(?:[A-Z][\\w'’-]*(?: [A-Za-z][\\w'’-]*){0,3}, )?$`);
// A feature named after a country: "the Niger River", "the Congo Basin".
// So is an airline or a company, a country's forces or a group: "Air India", "Ukraine International Airlines" (shot
// down over Tehran), "Pakistan State Oil", "the Kenya Defense Forces" (which fight in Somalia), "Palestine Islamic Jihad
// operatives". Such a name is no place at all.
const NAMED_AFTER = /^(?: (?:International|National|State|Royal|Federal))? (?:River|Basin|Delta|Valley|Airways|Airlines|Air Lines|Oil|Petroleum|Bank|Railways?|Telecom|Shipping|Corporation|Company|Defen[cs]e Forces|Armed Forces|Islamic|Jihad|Liberation|Revolutionary|Workers|Movement|Front|Party)\b/;
// A country's name before its people is their nationality: "two U.S. service members", "U.S. citizens".
const PEOPLE_AFTER = /^ (?:service ?members?|servicemen|citizens?|nationals?|troops|soldiers|forces|personnel|officials|diplomats|contractors?)\b/;
// ... or after one, with "of": "Islamic Movement of Uzbekistan fighters", "the Islamic State of Iraq" (capitalized words
// before the body's noun: "the State of Israel" is the country).
const NAMED_BEFORE = /[A-Z][\w'’-]* (?:Movement|Front|Party|Organi[sz]ation|Brigades?|Battalions?|Council|Congress|Union|State|Army|Emirate|Mujahideen|Jihad) (?:for the Liberation )?of (?:the )?$/;
/** A name that goes on past a place's name, joined by a particle: "the Adrar des Ifoghas mountains" (in Mali) is not Adrar (in Algeria). */
const NAME_GOES_ON = /^ (?:des|du|de la|de los|de las|de|del|della|di|dos|das|do) [A-Z]/;
const partOfName = (view: string, p: PlaceMention) => NAMED_AFTER.test(view.slice(p.end, p.end + 32)) || NAME_GOES_ON.test(view.slice(p.end, p.end + 12)) || NAMED_BEFORE.test(view.slice(Math.max(0, p.start - 60), p.start)) || (isCountry(p) && PEOPLE_AFTER.test(view.slice(p.end, p.end + 18))) || /\bAir $/.test(view.slice(Math.max(0, p.start - 4), p.start));
// A feature word after a town's name: "Manila Bay" is at Manila.
const FEATURE = / (?:Bay|Harbou?r|Port|Airport|Valley|River|District|Province|Region|Camp|Prison|Market|Mosque|Church|Hotel|Stadium|Bridge|Arena|Square|Station|Mall)$/;

const FROM_A_PLACE = new RegExp(`\\b${TOWARD} (?:the |a |an )?(?:[A-Za-z-]+ ){0,3}$`);
/**
 * "a plane ... from the Egyptian resort town of Sharm el-Sheikh": where people came from, not where it happened.
 * ("abducted 13 nuns from a monastery in Maaloula" took place in Maaloula: only "from ... town of X" is an origin.)
 */
const namesAnOrigin = (view: string, from: number, m: RegExpExecArray) => /^(?:town|city|village|port) of /.test(m[0]) && FROM_A_PLACE.test(view.slice(Math.max(from, from + m.index - 60), from + m.index));
/** A part's adjective as a whole word, capitalized or not: "West", "Downtown". */
// (And "Upper" and "Lower", as the districts of a divided town are named, "Lower Dir"; "Metro" and "Greater", as a
// city's area is: "Metro Manila", "Greater Cairo".)
const PART_WORD = new RegExp(`^(?:${PART_ADJECTIVE}|upper|lower|metro|greater)$`, 'i');
/** An article of the languages place names are written in: "Les Cayes", "La Paz", "El Fasher". */
const ARTICLE_WORD = /^(?:Le|La|Les|Los|Las|El|Al|Il|Lo|The)$/;
const PARTICLE_WORD = /^(?:al|el|ad|an|ar|as|ash|at|az|ul|ud|bin|ibn|abu|de|del|da|do|dos)(?:-|$)/;
const PROVINCE_AFTER = /^ (?:province|governorate|district|region|state)\b/i;
/** A boundary named after a country, beside which the place is: "near the Myanmar border", "breached the Gaza perimeter fence". */
const BOUNDARY_AFTER = /^ (?:(?:border|boundary|perimeter|security|separation) )?(?:border|frontier|boundary|perimeter|fence|barrier)\b/;
/** A country's own borders crossed: "carried its fight across Algeria's borders: ... a Mauritanian army patrol" (but "near Nigeria's border" is in Nigeria). */
const BORDERS_CROSSED = (view: string, p: Span) => /\b(?:across|beyond|over|outside)\s+$/.test(view.slice(Math.max(0, p.start - 8), p.start)) && /^['’]s? (?:borders?|frontiers?)\b/.test(view.slice(p.end, p.end + 12));
const isCountry = (p: PlaceMention) => p.kind === 'country' || p.kind === 'territory';
// A state acting: "Israel conducted ...", "Iran launched ...", "Pakistan retaliated ...".
// (Or saying or charging something of it: "Pakistan has alleged that TG was behind the attack on its consulate in Jalalabad".)
// (Or any act in the past or in progress: "as France withdrew its troops", "while the United States was evacuating its
// embassy"; not what befell the state, "Nigeria suffered its deadliest year", nor a passive, "Kenya was targeted".)
const ACTS_AFTER = new RegExp(`^ (?:(?:has|have|had) )?(?!(?:${UNDERGOING_VERBS})\\b)(?:carried out|${IRREGULAR_PASTS}|[a-z]{3,}ed)\\b|^ (?:was|were|is|are|has been|had been) (?!(?:${UNDERGOING_VERBS})\\b)[a-z]{3,}ing\\b`);
// A state's force after its nationality: "the Nigerian army", "Indian security forces", "Saudi police".
const FORCE_AFTER = /^(?: [A-Za-z-]+)? (?:army|military|troops|forces|soldiers|police|security forces|armed forces|authorities)\b/;
// ... as its clause's subject: only opening phrases before it ("Separately, the", "On April 12, 2017,"), not a verb
// ("attacking Israeli soldiers", "an attack against Nigerian troops").
// (A time clause's subject too: "On August 26, 2021, as the United States evacuated civilians from Kabul, ...".)
// (Or after a conjunction in mid-clause: "TG stepped up its attacks after Kenya sent troops across the border".)
const SUBJECT_BEFORE = /^\s*(?:[^,;]*,\s*)*(?:(?:[^,;]*\s)?(?:as|when|while|after|before|once|until|since|because|although|though)\s+)?(?:the\s+)?$/i;

/**
 * "meeting Kenya's Foreign Minister", "Nigeria's president": a country's possessive before one of its people names whose
 * they are, not where anything happened ("Pakistan's Khyber Agency" is a place).
 */
function ownsAPerson(view: string, p: PlaceMention): boolean {
  const after = view.slice(p.end, p.end + 40);
  // (Or the head of its mission: "Pakistan's head of mission in Kabul", "its chief of station".)
  if (HEAD_OF_MISSION.test(after)) return true;
  // (The whole of a name: "Uganda's Queen Elizabeth National Park" is a place, "Kenya's Foreign Minister" a person.)
  const m = /^['’]s ((?:[A-Za-z-]+ ){0,2}[A-Za-z-]+)\b(?! [A-Z])/.exec(after);
  return m !== null && namesPeople(m[1]!.split(' ').pop()!.toLowerCase());
}
/** A state on whose behalf someone acted: "acting on Iran's behalf, responsible for the bombing ... in Buenos Aires". */
const actedFor = (view: string, p: Span): boolean => /^['’]s behalf\b/.test(view.slice(p.end, p.end + 10)) || /\bon behalf of (?:the )?$/.test(view.slice(Math.max(0, p.start - 16), p.start));
/** Where a person is from: "an officer from the United Arab Emirates", "two workers from Nepal". */
function personFrom(view: string, p: Span): boolean {
  const m = /\b([A-Za-z-]+) from (?:the )?$/.exec(view.slice(Math.max(0, p.start - 40), p.start));
  return m !== null && namesPeople(m[1]!);
}
const HEAD_OF_MISSION = /^['’]s (?:[a-z-]+ )?(?:head|chief|deputy head) of (?:mission|station|delegation|post)\b/;

/** What a span says about the place: a location, or a subdivision name that needs context to settle. */
/** `fallback`: the code to keep when the context settles nothing (a province also named like a town elsewhere). */
/** `orElse`: where the incident is when its town's country is not confirmed (a nationality's base: "an Ethiopian military base in Baidoa"). */
/** `namesakes`: the other countries with a town of the name, one of which the profile may confirm instead. */
/** Where the group is known, not where the incident was: "TG is best known in the United States for the 2017 ambush ...". */
const KNOWN_IN = /\b(?:known|famous|notorious|remembered|recognized)\s+(?:in|across|throughout)\s+(?:the\s+)?$/;
type Found = { location: NonNullable<Location>; byCity?: boolean; orElse?: NonNullable<Location>; namesakes?: readonly string[] } | { ambiguous: PlaceMention; span: Span; fallback?: string };

function placeIn(text: string, view: string, span: Span, mentioned: readonly PlaceMention[], section: string): Found | null {
  const before = (p: PlaceMention, n: number) => view.slice(Math.max(span.start, p.start - n), p.start);
  // A part's name before its place's names no place: "the Santa Fe neighborhood of Cali" is not in Santa Fe province.
  const named = mentioned.filter((p) => p.kind === 'demonym' || !partBeforeItsCity(view.slice(p.end, Math.min(span.end, p.end + 60))));
  // A relative clause on a person tells of them, not of the incident ("seizing a third, who was held in Gaza for five
  // years"), when the incident's words name another place.
  const told = named.filter((p) => !ON_A_PERSON.test(before(p, 60)));
  const found = told.length > 0 ? told : named;
  // "Puerto Rico, Meta", "Uri, Jammu and Kashmir": a name written before a province's is a town in it, whatever else
  // the name may be; the province tells the country.
  // ("Rafah in North Sinai": a subdivision's name followed by "in" and another's is in the second, whose country it is.)
  const places = found.filter((p, i) => {
    const next = found[i + 1];
    if (!next) return true;
    const between = view.slice(p.end, next.start);
    return !((between === ', ' && (next.kind === 'subdivision' || next.kind === 'region')) || (IN_ITS_REGION.test(between) && p.kind === 'subdivision' && (next.kind === 'subdivision' || (next.kind === 'region' && next.code !== null))));
  });
  // Not a neighbour ("the border with Mali"), nor a feature named after a country ("the Niger River").
  // Not a country that acts as its clause's subject ("Israel conducted a three-day operation ... in Gaza").
  // Nor a country's border ("near the Myanmar border"): the place is beside it.
  // ("beyond Iraq and Syria": a country joined to one set aside so is set aside too, in a list too: "seven workers from
  // Britain, Greece, Italy, and the Philippines".)
  const setAside = new Set<PlaceMention>();
  places.forEach((p, i) => {
    const previous = places[i - 1];
    // (Nor where an act before or after the incident happened, when the incident names another place: "executed three
    // activists on Venezuelan territory after kidnapping them in Colombia".)
    if (OTHER_ACT_BEFORE.test(before(p, 160)) && places.some((q) => q !== p && q.code && q.code !== p.code && q.start < p.start)) setAside.add(p);
    if (NEIGHBOUR.test(before(p, 40)) || KNOWN_IN.test(before(p, 30)) || CAPTIVES_TAKEN_TO.test(before(p, 60)) || CONSEQUENCE_BEFORE.test(before(p, 80)) || WITHDRAWN_TO.test(before(p, 40)) || (previous && setAside.has(previous) && isCountry(previous) && /^(?:,|,? (?:and|or)) (?:the )?$/.test(view.slice(previous.end, p.start)))) setAside.add(p);
  });
  const countries = places.filter((p) => isCountry(p) && !setAside.has(p) && !TARGET.test(before(p, 40)) && !ownsAPerson(view, p) && !actedFor(view, p) && !BOUNDARY_AFTER.test(view.slice(p.end, p.end + 24)) && !BORDERS_CROSSED(view, p) && !(ACTS_AFTER.test(view.slice(p.end, p.end + 20)) && SUBJECT_BEFORE.test(view.slice(Math.max(span.start, view.lastIndexOf(';', p.start) + 1), p.start))));
  const country = countries.find((p) => !ASIDE_OF_THE_INCIDENT.test(before(p, 40))) ?? countries[0];
  const located = (from: number, to: number, place: Span, code: string | null): { location: NonNullable<Location> } => ({
    location: { text: collapseSpace(text.slice(from, to)), place: collapseSpace(text.slice(place.start, place.end)), countryCode: code, evidence: { section, start: from, end: to } },
  });
  // "along the Israel–Lebanon border", "on the border between Kenya and Somalia": a border of two states places the
  // incident in neither, whatever force or nationality of the two it names, when it names no town or province.
  const border = twoStateBorder(view, span);
  if (border && found.every((p) => !p.code || ((isCountry(p) || p.kind === 'demonym') && border.codes.includes(p.code)))) return located(border.start, border.end, border, null);
  const side = found.find((p) => p.kind === 'demonym' && SIDE_OF_THE_BORDER.test(view.slice(p.end, p.end + 40)) && !/\bfrom (?:the )?$/.test(before(p, 12)));
  if (side) return located(side.start, side.end, side, side.code);
  // "the Egyptian town of Rafah": the text says outright whose town it is, whichever namesake (a town, a province) is larger.
  // ("in the Somali capital" names the country by its capital, whether or not the city's name follows.)
  const capital = found.find((p) => p.kind === 'demonym' && THE_CAPITAL.test(view.slice(p.end, p.end + 20)) && /\bthe $/i.test(before(p, 4)) && !ORIGIN_OR_DESTINATION.test(before(p, 40)));
  if (capital) return located(capital.start, capital.end, capital, capital.code);
  for (const p of found) {
    // (Not an origin: "from the Turkish resort town of Antalya to Moscow".)
    const town = p.kind === 'demonym' && !ORIGIN_OR_DESTINATION.test(before(p, 40)) ? TOWN_OF.exec(view.slice(p.end, Math.min(span.end, p.end + 80))) : null;
    if (town) {
      const at = p.end + town[0].length - town.groups!.town!.length;
      return located(at, at + town.groups!.town!.length, { start: at, end: at + town.groups!.town!.length }, p.code);
    }
  }
  if (country) {
    const other = places.find((p) => p.start > country.end && isCountry(p) && COORDINATED.test(view.slice(country.end, p.start)));
    if (other && other.code !== country.code) return located(country.start, other.end, { start: country.start, end: other.end }, null);
  }
  const subdivision = places.find((p) => p.kind === 'subdivision' && !ORIGIN_OR_DESTINATION.test(before(p, 40)));
  let city: (Span & { code: string; wellKnown: boolean; namesakes: readonly string[] }) | undefined;
  // A subdivision name several countries use is settled by a city before it: "Orlando, Florida".
  if (!subdivision || subdivision.code === null) {
    // A place after "in", "near" or "at" first ("stormed the Sahafi Hotel in Mogadishu"), a well-known city among
    // those first ("on Lido beach in Mogadishu"), then the other forms; in text order within each (the sort is stable).
    const rank = (m: RegExpExecArray) => (!m.groups!.place ? 2 : cityOf(m.groups!.place.replace(FEATURE, ''))?.wellKnown ? 0 : 1);
    const matches = matchesOf(PLACE_AFTER, view.slice(span.start, span.end)).map((m) => ({ m, rank: rank(m) })).sort((a, b) => a.rank - b.rank);
    // The city may be the first of several capitalized words: "the Quetta Police Training College" (before a noun,
    // always), "outside the Delhi High Court" (after "in", "outside" ..., only when no whole name is a city: "at the
    // Central Bank in Colombo" is in Colombo). A failed match still uses up its words, so the shorter reading is tried here.
    const readings = (m: RegExpExecArray, shorter: boolean): string[] => {
      const whole = (m.groups!.place ?? m.groups!.before ?? m.groups!.site ?? m.groups!.possessive ?? m.groups!.object ?? m.groups!.dateline ?? m.groups!.noted ?? m.groups!.district ?? m.groups!.where)!;
      const words = whole.split(' ');
      if (m.groups!.before) return cityOf(whole.replace(FEATURE, '')) || (words[1] !== undefined && PARTICLE_WORD.test(words[1])) ? [whole] : [words[0]!];
      if (!m.groups!.place || !shorter) return shorter ? [] : [whole];
      // "West Mosul", "Downtown Beirut": a part's adjective written into the name; the town is the rest. Alone such a
      // word names no town ("in West Africa" is not at a US town called West).
      const part = PART_WORD.test(words[0]!) ? 1 : 0;
      const rest = words.slice(part);
      // (Never cut before a word joined by a particle: "Ain al-Hilweh" is one name, not the town "Ain".)
      // (Nor keep an article alone: "in Les Mareaux" is not at a village called Les.)
      const cuts = rest.slice(1).map((_, i) => rest.slice(0, rest.length - 1 - i)).filter((kept) => !PARTICLE_WORD.test(rest[kept.length]!) && !ARTICLE_WORD.test(kept[kept.length - 1]!));
      return [...(part && rest.length > 0 ? [rest] : []), ...cuts].map((kept) => kept.join(' '));
    };
    search: for (const shorter of [false, true]) {
      for (const { m } of matches) {
        if (namesAnOrigin(view, span.start, m)) continue;
        // "in La Terrasse, a Bamako restaurant": a venue's name, its city told after it (read by the article's reading).
        if (m.groups!.place && VENUE_WITH_CITY.test(view.slice(span.start + m.index + m[0].length, span.end))) continue;
        if (told.length > 0 && told.length < named.length && ON_A_PERSON.test(view.slice(Math.max(span.start, span.start + m.index - 60), span.start + m.index))) continue;
        // "in the Santa Fe neighborhood of Cali": the part's name, its city after it.
        const placeEnd = span.start + m.index + m[0].length;
        if (m.groups!.place && partBeforeItsCity(view.slice(placeEnd, Math.min(span.end, placeEnd + 60)))) continue;
        if (NAME_GOES_ON.test(view.slice(placeEnd, placeEnd + 12))) continue;
        for (const written of readings(m, shorter)) {
          const name = written.replace(FEATURE, '');
          if (places.some((p) => p.name === name) || (shorter && isPlaceName(name))) continue;
          const found = cityOf(name);
          if (found) {
            const at = span.start + m.index + m[0].indexOf(written);
            city = { start: at, end: at + name.length, ...found };
            break search;
          }
        }
      }
    }
  }
  // ... or by the town that ends a longer name before it: "Naval Air Station Pensacola, Florida".
  // (Over a town read elsewhere that is not in any of its countries: "Naval" is a town in the Philippines.)
  if (subdivision && subdivision.code === null && !(city && subdivision.candidates?.includes(city.code))) {
    const { words, link = '' } = TOWN_BEFORE_ITS_REGION.exec(view.slice(Math.max(span.start, subdivision.start - 60), subdivision.start))?.groups ?? {};
    for (const town of words ? [words, words.split(' ').pop()!] : []) {
      const found = cityOf(town);
      if (!found || !subdivision.candidates?.includes(found.code)) continue;
      const at = subdivision.start - link.length - town.length;
      city = { start: at, end: at + town.length, ...found };
      break;
    }
  }
  // "at the Rome and Vienna airports", "in Kampala and Nairobi": a place joined to a well-known city of another state is no
  // single state's place.
  const joinedToAnotherState = (p: Span, code: string | null) => {
    const joined = COORDINATED_CITY.exec(view.slice(p.end, p.end + 40));
    const second = joined ? cityOf(joined.groups!.name!) : null;
    return joined && second?.wellKnown && second.code !== code ? located(p.start, p.end + joined[0].length, { start: p.start, end: p.end + joined[0].length }, null) : null;
  };
  // The place as written: from a city or subdivision just before the country through the country, e.g. "Gao, Mali".
  const lead = [city, subdivision].find((p) => p && country && p.start < country.start && country.start - p.end <= 3);
  // "near Diffa, Niger": the place is the town, the country its code; the text is both as written.
  // (Not the attackers' base or training ground when the incident names its town: "members trained in Gaza of carrying
  // out the bombing in Cairo's Khan al-Khalili bazaar".)
  if (country && !((city || subdivision) && ASIDE_OF_THE_INCIDENT.test(view.slice(Math.max(0, country.start - 40), country.start)))) return located(lead?.start ?? country.start, country.end, lead ?? country, country.code);
  const subdivisionJoined = subdivision?.code ? joinedToAnotherState(subdivision, subdivision.code) : null;
  if (subdivisionJoined) return subdivisionJoined;
  if (subdivision?.code) {
    // "an Indian Army camp in Uri": a province's name (a Swiss canton) that is also a town of another country is the
    // town when the context names the town's country and not the province's.
    const town = cityOf(subdivision.name);
    if (town && town.code !== subdivision.code) return { ambiguous: { ...subdivision, candidates: [subdivision.code, town.code] }, span, fallback: subdivision.code };
    return located(subdivision.start, subdivision.end, subdivision, subdivision.code);
  }
  // "Orlando, Florida", "Tampa in Florida": a town just before the subdivision settles which country's it is.
  if (subdivision && city && subdivision.candidates?.includes(city.code) && (subdivision.start - city.end <= 3 || view.slice(city.end, subdivision.start) === ' in ') && subdivision.start > city.end) {
    return located(city.start, subdivision.end, city, city.code);
  }
  if (subdivision) return { ambiguous: subdivision, span };
  // A nationality's base or camp ("a Nigerien army base on the Kabe peninsula") over a town that needs confirming.
  const isBase = (p: PlaceMention) => p.kind === 'demonym' && (PLACE_NOUN.test(view.slice(p.end, p.end + 40)) || (SITE_OF_THE.test(before(p, 40)) && FORCE_OF_THE.test(view.slice(p.end, p.end + 30)))) && !ORIGIN_OR_DESTINATION.test(before(p, 40));
  const demonym = places.find(isBase);
  // "a Tajik customs post and a Kyrgyz border post": two states' sites are no one state's (unless a well-known city says where).
  const otherBase = demonym && places.find((p) => p.start > demonym.end && p.code !== demonym.code && isBase(p));
  if (otherBase && !city?.wellKnown) return located(demonym.start, otherBase.end, { start: demonym.start, end: otherBase.end }, null);
  // (Not over a town named as a province: "a Russian checkpoint in Latakia province".)
  const base = demonym && located(demonym.start, demonym.end, demonym, demonym.code);
  const province = city !== undefined && PROVINCE_AFTER.test(view.slice(city.end, city.end + 14));
  // ... unless the profile confirms the town's country: then the base stands in that town ("an Ethiopian military base in
  // Baidoa" in a profile about Somalia). settle() decides, with the base as what is left.
  if (base && city && !city.wellKnown && city.code !== demonym!.code && !province) {
    return { ...located(city.start, city.end, city, city.code), byCity: true, orElse: base.location, namesakes: city.namesakes };
  }
  if (base && !city?.wellKnown && !province) return base;
  const cityJoined = city ? joinedToAnotherState(city, city.code) : null;
  if (cityJoined) return cityJoined;
  // A well-known city ("Paris", "Karachi") is itself wherever the group operates; a smaller town needs its country confirmed.
  if (city) return { ...located(city.start, city.end, city, city.code), byCity: !city.wellKnown, namesakes: city.namesakes };
  // "a bus traveling from Mandera to Nairobi", "the road from Kismayo to Jilib": where the incident was on the way, in the
  // country of both ends when they are in one.
  const route = ROUTE.exec(view.slice(span.start, span.end));
  const ends = route ? [cityOf(route.groups!.from!), cityOf(route.groups!.to!)] : [];
  if (route && ends[0] && ends[0].code === ends[1]?.code) {
    const from = span.start + route.index + route[0].indexOf(route.groups!.from!);
    return located(from, span.start + route.index + route[0].length, { start: from, end: span.start + route.index + route[0].length }, ends[0].code);
  }
  // "on the Zahedan-Zabol highway", "the Kabul-Kandahar road": a road named by the two towns it joins, in one country.
  const road = ROAD_BETWEEN.exec(view.slice(span.start, span.end));
  const roadEnds = road ? [cityOf(road.groups!.from!), cityOf(road.groups!.to!)] : [];
  if (road && roadEnds[0] && roadEnds[0].code === roadEnds[1]?.code) {
    const from = span.start + road.index;
    return located(from, from + road[0].length, { start: from, end: from + road[0].length }, roadEnds[0].code);
  }
  const vehicle = places.find((p) => p.kind === 'demonym' && FORCE_VEHICLE.test(view.slice(p.end, p.end + 40)) && !ORIGIN_OR_DESTINATION.test(before(p, 40)));
  if (vehicle) return located(vehicle.start, vehicle.end, vehicle, vehicle.code);
  const target = places.find((p) => isCountry(p) && TARGET.test(before(p, 40)));
  if (target) return located(target.start, target.end, target, target.code);
  return null;
}

/** The one country among places (countries, territories, resolved subdivisions), or null. */
function onlyCountry(ctx: ProfileContext, places: readonly PlaceMention[], sectionName: string): Location {
  const codes = new Map<string, Span>();
  // A neighbour or an origin ("rockets from Lebanon", "an officer from Jordan") is never the one country, but it
  // still makes the text name more than one.
  let neighbours = 0;
  for (const p of places) {
    // (Nor a person's country: "Kenya's ambassador", "an officer from the United Arab Emirates".)
    if (!p.code || p.kind === 'region' || p.kind === 'demonym' || ownsAPerson(ctx.view, p) || actedFor(ctx.view, p) || personFrom(ctx.view, p)) continue;
    if (NEIGHBOUR.test(ctx.view.slice(Math.max(0, p.start - 40), p.start)) || CROSSED_INTO.test(ctx.view.slice(Math.max(0, p.start - 40), p.start)) || CROSSED_ON_THE_WAY.test(ctx.view.slice(Math.max(0, p.start - 140), p.start))) {
      if (!codes.has(p.code)) neighbours++;
      continue;
    }
    if (!codes.has(p.code)) codes.set(p.code, p);
  }
  if (neighbours > 0 && codes.size > 0) return null;
  if (codes.size !== 1) return null;
  const [code, at] = [...codes][0]!;
  const name = valueAt(ctx, at);
  return { text: name, place: name, countryCode: code, evidence: evidenceOf(sectionName, at) };
}

/**
 * A paragraph that names no country but one well-known city after "in", "near" or "at" ("In 2021, TG continued attacks
 * in Mogadishu. In March, a car bomb near the port killed 20"): that city's country, for an incident with no place.
 */
// (Not one in another clause of the incident's sentence, `elsewhere`: that is another incident's.)
function onlyWellKnownCity(ctx: ProfileContext, paragraph: Span, places: readonly PlaceMention[], sectionName: string, elsewhere: (s: Span) => boolean): Location {
  if (places.some((p) => p.code && p.kind !== 'demonym' && p.kind !== 'region')) return null;
  const cities = new Map<string, Span>();
  for (const m of matchesOf(PLACE_AFTER, ctx.view.slice(paragraph.start, paragraph.end))) {
    const name = namesAnOrigin(ctx.view, paragraph.start, m) ? undefined : m.groups!.place?.replace(FEATURE, '');
    const found = name ? cityOf(name) : null;
    if (!found?.wellKnown || cities.has(found.code)) continue;
    const at = paragraph.start + m.index + m[0].indexOf(name!);
    if (elsewhere({ start: at, end: at + name!.length })) continue;
    cities.set(found.code, { start: at, end: at + name!.length });
  }
  if (cities.size !== 1) return null;
  const [code, at] = [...cities][0]!;
  const name = valueAt(ctx, at);
  return { text: name, place: name, countryCode: code, evidence: evidenceOf(sectionName, at) };
}

/** Country codes among places, nationality adjectives included ("the Indian state of Punjab") unless `named` (countries the text names as places). */
const codesOf = (places: readonly PlaceMention[], named = false): Set<string> =>
  new Set(places.flatMap((p) => (p.code && p.kind !== 'region' && !(named && p.kind === 'demonym') ? [p.code] : [])));

/**
 * The locator for one profile: call it with an incident, its sentence, its
 * paragraph and section name. What sentences and paragraphs say is found
 * once however many incidents they hold.
 */
export function incidentLocator(ctx: ProfileContext): (incident: Span & { anchor?: number }, sentence: Span, paragraph: Span, sectionName: string, told?: Span | null) => Location {
  // A country inside this group's own name ("al-Jabha in Iraq") is no place of an incident.
  const ownNames = groupReferences(ctx).filter((n) => n.includes(' '));
  const insideOwnName = (p: Span) =>
    ownNames.some((n) => {
      const from = Math.max(0, p.end - n.length);
      const at = ctx.view.slice(from, p.start + n.length).indexOf(n);
      return at >= 0 && from + at <= p.start && from + at + n.length >= p.end;
    });
  const area = section(ctx, 'Location/Area of Operation');
  const areaPlaces = area ? findPlaces(ctx.view, area.body.start, area.body.end, { demonyms: true }) : [];
  const onlyArea = area ? onlyCountry(ctx, areaPlaces, area.name) : null;
  const areaCodes = codesOf(areaPlaces);
  const areaCountries = codesOf(areaPlaces, true);
  const cache = new Map<string, unknown>();
  const once = <T>(key: string, find: () => T): T => {
    if (!cache.has(key)) cache.set(key, find());
    return cache.get(key) as T;
  };
  // Each sentence and paragraph is searched for places once, for every use below.
  const placesOf = (span: Span) => once(`places:${span.start}:${span.end}`, () => findPlaces(ctx.view, span.start, span.end, { demonyms: true }).filter((p) => !insideOwnName(p) && !partOfName(ctx.view, p)));
  const codesIn = (span: Span) => once(`codes:${span.start}:${span.end}`, () => codesOf(placesOf(span)));
  const countriesIn = (span: Span) => once(`countries:${span.start}:${span.end}`, () => codesOf(placesOf(span), true));
  const reported = new Set<number>();

  // (Its words split at hyphens: "ISIL-Libya", "ISIS-Democratic Republic of the Congo".)
  const ownNameCountries = () =>
    once('own-name', () => {
      const name = ctx.view.slice(ctx.profile.title.name.start, ctx.profile.title.name.end).replace(/-/g, ' ');
      return codesOf(findPlaces(name, 0, name.length), true);
    });
  // Where the text may settle a place, nearest first; found only as far as needed. The place itself is no context.
  const contexts = function* (sentence: Span, paragraph: Span, place: Span) {
    const others = (span: Span) => codesOf(placesOf(span).filter((q) => q.start !== place.start));
    yield others(sentence);
    yield others(paragraph);
    yield areaCodes;
    yield ownNameCountries();
  };

  const settle = (found: Found, sentence: Span, paragraph: Span, sectionName: string): Location => {
    if ('location' in found) {
      // A town's name is read from the gazetteer's most populous place of that name: "Baga" is a town
      // in Nigeria and a larger one in India. When the profile names countries and not that one, it is not the reading.
      if (!found.byCity) return found.location;
      // A nationality in the same sentence confirms the town's country ("the Indian parliament ... in New Delhi").
      if (codesIn(sentence).has(found.location.countryCode!)) return found.location;
      // Where the profile names a country as a place: the Location section (found once), the paragraph (shared by its
      // incidents), the sentence, then anywhere in the section ("in Paris, France" two paragraphs before "in Nice"),
      // looked at only as far as needed. Only places count: the victims' nationality ("Chinese engineers in Karachi")
      // does not say where.
      const near = [areaCountries, countriesIn(paragraph), countriesIn(sentence)];
      const whole = section(ctx, sectionName);
      // (Last, the country in the group's own name: "ISIS-Democratic Republic of the Congo" places "Butembo" in the Congo,
      // though the paragraph names only Uganda.)
      const named = (code: string) => near.some((codes) => codes.has(code)) || (whole !== undefined && countriesIn(whole.body).has(code)) || ownNameCountries().has(code);
      // A base's nationality named as a place too ("into Uzbekistan's Surxondaryo region" before "an Uzbek police
      // checkpoint at Khanabad") outweighs the town's reading: the base stands in its own country.
      if (found.orElse && named(found.orElse.countryCode!)) return found.orElse;
      if (named(found.location.countryCode!)) return found.location;
      // The gazetteer's larger namesake is not the one meant when the profile names only a smaller one's country ("in
      // Hangu", a district town of Pakistan and a larger city of China, in a profile that names Pakistan).
      const namesake = (found.namesakes ?? []).filter(named);
      if (namesake.length === 1 && !found.orElse) return { ...found.location, countryCode: namesake[0]! };
      // A profile that names no country at all confirms nothing: a nationality's base there is its own state's ("a
      // Nigerian military base outside Baga", though the gazetteer's Baga is Spain's); a town alone keeps its reading.
      return found.orElse ?? (near.some((codes) => codes.size > 0) ? null : found.location);
    }
    const p = found.ambiguous;
    const candidates = p.candidates ?? [];
    for (const codes of contexts(sentence, paragraph, p)) {
      const named = candidates.filter((c) => codes.has(c));
      if (named.length === 1) return { text: valueAt(ctx, p), place: valueAt(ctx, p), countryCode: named[0]!, evidence: evidenceOf(sectionName, p) };
      if (named.length > 1) break;
    }
    if (found.fallback) return { text: valueAt(ctx, p), place: valueAt(ctx, p), countryCode: found.fallback, evidence: evidenceOf(sectionName, p) };
    if (!reported.has(p.start)) {
      reported.add(p.start);
      ctx.diagnostics.push({
        severity: 'warning',
        code: 'ambiguous-place',
        message: `Place "${valueAt(ctx, p)}" names places in ${candidates.join(', ')}, and the text does not say which country; the event's country is left empty. Check the source text.`,
        evidence: evidenceOf(sectionName, p),
      });
    }
    return { text: valueAt(ctx, p), place: valueAt(ctx, p), countryCode: null, evidence: evidenceOf(sectionName, p) };
  };

  // The last incident's place with a country, per paragraph: what "the country's" or "the city's" points back to.
  const lastPlaced = new Map<number, NonNullable<Location>>();
  const lastPlacedInSection = new Map<string, NonNullable<Location>>();
  const locate = (incident: Span & { anchor?: number }, sentence: Span, paragraph: Span, sectionName: string, told?: Span | null): Location => {
    // (Only its own clause when the sentence lists incidents by their times: "...; in October, fighters crossed into
    // Tanzania and ..." is another incident's place; so is an untolled one's before it in the list.)
    // (A place opening the sentence frames every clause: "In neighboring Kenya, gunmen ... in September; in October, two
    // aid workers were kidnapped from the Dadaab camp".)
    const scope = clauseOf(ctx.view, sentence, incident);
    // The incident's places are its sentence's, found once for all the sentence's incidents.
    const mine = { start: Math.max(incident.start, scope.start), end: Math.min(incident.end, scope.end) };
    const inIncident = placesOf(sentence).filter((p) => p.start >= mine.start && p.end <= mine.end);
    const own = placeIn(ctx.text, ctx.view, mine, inIncident, sectionName);
    const fromOwn = own && settle(own, sentence, paragraph, sectionName);
    if (fromOwn) return fromOwn;
    // Passengers of a hijacked airliner were harmed on board, wherever it flew or landed: no place but the incident's own
    // words ("During the ordeal the hijackers stabbed a young passenger to death" after the route and the landing).
    if (PASSENGERS.test(ctx.view.slice(incident.start, incident.end)) && AIRCRAFT_HIJACK.test(ctx.view.slice(paragraph.start, incident.end))) return null;
    const inSentence = once(`sentence:${scope.start}:${scope.end}`, () => placeIn(ctx.text, ctx.view, scope, placesOf(sentence).filter((p) => p.start >= scope.start && p.end <= scope.end), sectionName));
    const fromSentence = inSentence && settle(inSentence, scope, paragraph, sectionName);
    if (fromSentence) return fromSentence;
    // (So does the clause a colon ends before the list: "In late 2014, the group carried out two massacres in Kenya's
    // Mandera County: in November, ...; in December, ...".)
    const colon = scope === sentence ? -1 : ctx.view.indexOf(':', sentence.start);
    const header = colon >= 0 && colon < scope.start && !ctx.view.slice(sentence.start, colon).includes(';');
    const frame = scope === sentence || header ? null : OPENING_FRAME.exec(ctx.view.slice(sentence.start, scope.start));
    const framed = header ? { start: sentence.start, end: colon } : frame && { start: sentence.start, end: sentence.start + frame[0].length };
    const inFrame = framed && placeIn(ctx.text, ctx.view, framed, placesOf(sentence).filter((p) => p.end <= framed.end), sectionName);
    const fromFrame = inFrame && settle(inFrame, framed, paragraph, sectionName);
    if (fromFrame) return fromFrame;
    // The toll of an incident told in the sentence before: that sentence's place.
    const inTold = told && once(`sentence:${told.start}:${told.end}`, () => placeIn(ctx.text, ctx.view, told, placesOf(told), sectionName));
    const fromTold = inTold && settle(inTold, told, paragraph, sectionName);
    if (fromTold) return fromTold;
    // "an attack on a military post in the country's remote north", "fighting in the city's Deynile district": the place
    // told last in the paragraph, with the words that named it as the evidence: the last incident's, else the last one a
    // sentence before it names ("In 2014, TG carried out attacks in Mogadishu. On February 13, a car bomb struck a convoy
    // near the city's airport").
    // (From the paragraph before when this one opens so: "In the same city, more than two years earlier, ...".)
    if (POINTS_BACK_TO_PLACE.test(ctx.view.slice(incident.start, incident.end))) {
      const before = lastPlaced.get(paragraph.start) ?? namedBefore(sentence, paragraph, sectionName) ?? lastPlacedInSection.get(sectionName);
      if (before) return { ...before };
    }
    // With no place of its own, an incident whose subject is a state's force is in that state: "the Nigerian army said it
    // killed 22 militants during an operation in the Sambisa Forest". (Victims' nationality, after the verb, says nothing.)
    const clause = (p: Span) => ctx.view.slice(Math.max(sentence.start, ctx.view.lastIndexOf(';', p.start) + 1), p.start);
    const forces = new Map(placesOf(sentence).filter((p) => p.kind === 'demonym' && FORCE_AFTER.test(ctx.view.slice(p.end, p.end + 30)) && SUBJECT_BEFORE.test(clause(p))).map((p) => [p.code, p]));
    if (forces.size === 1) {
      const [p] = forces.values();
      return { text: valueAt(ctx, p!), place: valueAt(ctx, p!), countryCode: p!.code, evidence: evidenceOf(sectionName, p!) };
    }
    // A dispatch's incident with no place of its own is where the dispatch is from.
    const dateline = once(`dateline:${paragraph.start}`, () => datelineOf(ctx, paragraph, sectionName));
    const fromDateline = dateline && settle(dateline, sentence, paragraph, sectionName);
    if (fromDateline) return fromDateline;
    // A paragraph that opens by saying where its incidents happened ("In 2014, TG carried out a series of attacks in
    // Mogadishu. On May 24, gunmen stormed the parliament complex, ...") places those with no place of their own, before
    // whatever else the paragraph names (the next incident "in Djibouti City"). Not when that sentence tells an incident
    // itself: its place is that incident's.
    // (A place where things happen: "attacks in Mogadishu", not "a war against Israel" or "attacks on Israeli soldiers".)
    const opening = piecesOf(ctx, paragraph)[0]!;
    if (opening.end <= sentence.start && !locatedIn.has(opening.start)) {
      const fromTopic = placeOfPiece(opening, paragraph, sectionName);
      if (fromTopic && WHERE_BEFORE.test(ctx.view.slice(Math.max(opening.start, fromTopic.evidence.start - 16), fromTopic.evidence.start))) return fromTopic;
    }
    // (Not a place of another clause of its sentence's list: that is another incident's.)
    const elsewhere = (p: Span) => scope !== sentence && p.start >= sentence.start && p.end <= sentence.end && (p.start < scope.start || p.end > scope.end);
    const paragraphPlaces = scope === sentence ? placesOf(paragraph) : placesOf(paragraph).filter((p) => !elsewhere(p));
    return once(`paragraph:${paragraph.start}:${paragraph.end}:${scope.start}`, () => onlyCountry(ctx, paragraphPlaces, sectionName) ?? onlyWellKnownCity(ctx, paragraph, paragraphPlaces, sectionName, elsewhere)) ?? onlyArea;
  };
  /** The place one piece of a paragraph (cut at clear sentence ends) names, settled: found once per piece. */
  const placeOfPiece = (piece: Span, paragraph: Span, sectionName: string): Location => {
    const found = once(`piece:${piece.start}`, () => placeIn(ctx.text, ctx.view, piece, placesOf(piece), sectionName));
    return found && settle(found, piece, paragraph, sectionName);
  };
  /** The place the nearest sentence before this one names, in the paragraph. */
  const namedBefore = (sentence: Span, paragraph: Span, sectionName: string): Location => {
    for (const piece of piecesOf(ctx, paragraph).filter((p) => p.end <= sentence.start).reverse()) {
      const location = placeOfPiece(piece, paragraph, sectionName);
      if (location) return location;
    }
    return null;
  };
  // The sentences an incident was read in: a paragraph's opening sentence that tells one frames none.
  const locatedIn = new Set<number>();
  return (incident, sentence, paragraph, sectionName, told) => {
    locatedIn.add(sentence.start);
    const location = locate(incident, sentence, paragraph, sectionName, told);
    if (location?.countryCode) {
      lastPlaced.set(paragraph.start, location);
      lastPlacedInSection.set(sectionName, location);
    }
    return location;
  };
}

/**
 * A semicolon (or a colon) that opens a clause with its own time: "; in August, ...", "; and on 3 June, ...", "; the following month".
 * Such a list tells one incident per clause. (So does a colon: "has drawn retaliation inside Lebanon: in August 2013, a
 * car bomb in Beirut's southern suburbs killed 27".)
 */
// (Or an incident named by its date, as a list of them goes: "the 1983 bombing of the barracks in Beirut; and the 1985
// hijacking of TWA flight 847, during which a diver was murdered".)
// (After ", and" and a preposition repeated from the list too, when the clause names its incident by its date: "claimed
// responsibility for the June 1995 attempt ... in Addis Ababa, Ethiopia, and for the October 1995 car bombing of a police
// station in Rijeka, Croatia, which wounded 29"; not ", and the 2012 attack killed 30", the same incident again.)
const INCIDENT_BY_ITS_DATE = `(?:the|an?) (?:${MONTH_WORD} )?(?:19|20)\\d\\d\\b`;
const DATED_LIST_CLAUSE = new RegExp(`[;:]\\s+(?:and\\s+)?(?:${CLAUSE_TIME}|${INCIDENT_BY_ITS_DATE})|,\\s+and\\s+(?:for|of|in|to)\\s+${INCIDENT_BY_ITS_DATE}`, 'g');

const PASSENGERS = /\bpassengers?\b/;
const AIRCRAFT_HIJACK = /\bhijack\w*\b[^.;]{0,60}\b(?:airliners?|aircraft|airplanes?|planes?|flights?|jets?|Flight)\b/i;

/** A place that opens a sentence, framing all its clauses: "In neighboring Kenya, ", "Across the border in Niger, ". */
const OPENING_FRAME = /^(?:(?:In|Across|Inside|Within|Throughout) [^,;]{1,60}), /;

/** The part of a sentence that tells an incident: its dated clause (DATED_LIST_CLAUSE), else the whole sentence. */
// (Before the incident's first count, when its words began earlier: an untolled item of the list is not its clause.)
function clauseOf(view: string, sentence: Span, incident: Span & { anchor?: number }): Span {
  let start = sentence.start;
  let end = sentence.end;
  for (const m of matchesOf(DATED_LIST_CLAUSE, view.slice(sentence.start, sentence.end))) {
    const at = sentence.start + m.index;
    if (at < (incident.anchor ?? incident.start)) start = at + 1;
    else if (at >= incident.end) {
      end = at;
      break;
    }
  }
  return start === sentence.start && end === sentence.end ? sentence : { start, end };
}

/**
 * A wire dateline opening a paragraph, the place in capitals: "KABUL, Aug. 7, 2015 -", "BELEDWEYNE, Somalia, March 15,
 * 2024 –", "TORIBIO, Colombia (April 15, 2005) -", "LUCKNOW, India -".
 */
const DATELINE = /^(?<city>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?:, (?<country>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}))?(?:,? \(?[A-Z][a-z]{2,8}\.? \d{1,2}(?:, (?:19|20)\d\d)?\)?)? [-–—] /;

/** The place a paragraph's dateline names: its country when written, else its town (confirmed as any town is, by settle). */
function datelineOf(ctx: ProfileContext, paragraph: Span, sectionName: string): Found | null {
  const m = DATELINE.exec(ctx.view.slice(paragraph.start, paragraph.start + 120));
  if (!m) return null;
  const city = m.groups!.city!;
  // (Not the group's own acronym opening a paragraph: "ISIS - ...".)
  if (groupReferences(ctx).includes(city)) return null;
  const placeEnd = paragraph.start + city.length + (m.groups!.country ? 2 + m.groups!.country.length : 0);
  const located = (code: string | null): NonNullable<Location> => {
    const words = collapseSpace(ctx.text.slice(paragraph.start, placeEnd));
    return { text: words, place: words, countryCode: code, evidence: evidenceOf(sectionName, { start: paragraph.start, end: placeEnd }) };
  };
  const country = m.groups!.country ? countryCode(m.groups!.country) : null;
  if (country) return { location: located(country) };
  // "BORDJ BOU ARRERIDJ": the town's name in the gazetteer's case.
  const town = cityOf(city.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()));
  return town ? { location: located(town.code), byCity: !town.wellKnown, namesakes: town.namesakes } : null;
}

/** A preposition that tells where, right before a place: "in Mogadishu", "across northern Mali", "throughout the Sahel". */
const WHERE_BEFORE = /\b(?:[Ii]n|[Ii]nside|[Aa]cross|[Tt]hroughout|[Ww]ithin|[Aa]round|[Nn]ear|[Aa]t)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?\s+)?$/;

/** Words that point back to a place just told: "the country's", "the city's Deynile district", "the capital's outskirts", "the same base". */
// ("The capital had also been the scene, on 13 December 2001, of ...": the capital of the country told last; "when the
// army declared the city cleared".)
const POINTS_BACK_TO_PLACE = /\bthe (?:(?:country|nation|city|town|capital|province)['’]s|(?:capital|city|town)\b(?! of)|same (?:base|camp|checkpoint|post|town|city|village|area|district|province|region|site|place|market|hotel|road|highway|prison|mosque|church|school)\b)/i;

/**
 * Incidents told with no toll: "carried out an attack on a hotel near
 * Niamey", "claimed responsibility for a suicide bombing in Mogadishu",
 * "launched a rocket attack on an air base". An incident verb (lexicon) and
 * one incident named with "a"/"an", or with "the" and its date ("the 2019
 * attack", "the April abduction"). Plural and generic wording ("has
 * conducted attacks against security forces") and an incident already told
 * ("claimed responsibility for the attack") are not incidents.
 * Only sentences with no casualty count are read here.
 */
import type { Span } from '../../text/span.js';
import { matchesOf } from '../../text/matches.js';
import { DIRECT_ATTACK_VERBS, INCIDENT_NOUNS, INCIDENT_VERBS, alternation, literalStems } from '../lexicon.js';

// One incident, singular; operations, strikes and incursions are as often the state's as the group's.
const SINGULAR = alternation(INCIDENT_NOUNS.filter((n) => !/^(?:operations|strikes|incursions|bombs|landmines|IEDs|explosions)/.test(n)).map((n) => n.replace(/\(\?:es\)\?$|s\?$/, '')));
const DIRECT_VERBS = DIRECT_ATTACK_VERBS;
const TRIGGER = new RegExp(
  `\\b(?:${alternation(INCIDENT_VERBS)} (?<det>an?|the) (?<mods>(?:[\\w'’-]+ ){0,4}?)(?<noun>${SINGULAR})(?![\\w-])|(?<verb>${alternation(DIRECT_VERBS)}) an? (?!(?:number|series|total)\\b)\\w)`,
  'gi',
);
const DATED = /\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** Speed cue: the verbs' literal stems first (cheap), then the trigger itself, before a piece is split into sentences. */
const VERB_STEMS = new RegExp(`\\b(?:${literalStems([...INCIDENT_VERBS, ...DIRECT_VERBS]).join('|')})`, 'i');
const TRIGGER_ONCE = new RegExp(TRIGGER.source, 'i');
export const UNTOLLED_CUE = { test: (text: string): boolean => VERB_STEMS.test(text) && TRIGGER_ONCE.test(text) };

/** Incidents with no toll in view[sentence): their spans, one per trigger, each running to the next. */
export function findUntolled(view: string, sentence: Span): Array<Span & { anchor: number }> {
  const slice = view.slice(sentence.start, sentence.end);
  if (!UNTOLLED_CUE.test(slice)) return [];
  const found: Array<{ trigger: number; anchor: number }> = [];
  for (const m of matchesOf(TRIGGER, slice)) {
    const g = m.groups!;
    if (g.det?.toLowerCase() === 'the' && !DATED.test(g.mods ?? '')) continue;
    // The incident's own date stands in its words ("claimed ... the October 31 bombing"): anchor at the noun, after it.
    const at = m.index + (g.noun ? m[0].length - g.noun.length : 0);
    found.push({ trigger: sentence.start + m.index, anchor: sentence.start + at });
  }
  return found.map((f, i) => ({ start: i === 0 ? sentence.start : f.trigger, end: found[i + 1]?.trigger ?? sentence.end, anchor: f.anchor }));
}

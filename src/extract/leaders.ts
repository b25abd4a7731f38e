/**
 * Leaders: people named as the group's leaders, with their status.
 *
 * Each rule reads one sentence and proposes a leader; a refiner then merges
 * mentions of the same person, the later sentence deciding the status
 * ("took over leadership ... was killed in a joint operation" → killed).
 * Only this group's leaders count: "AAD's leader" and "the group's leader"
 * are, "ISIS leader Abu Bakr al-Baghdadi" in another group's profile is not.
 * A person who only founded the group, or was named a leader in a past
 * event ("was named the group's new leader" in 2012), is not stated to lead
 * it now and is not listed as current.
 */
import type { Leader } from '../record/schema.js';
import type { Span } from '../text/span.js';
import type { ProfileContext } from './context.js';
import { consume, datesIn, evidenceOf, sectionSentences, sectionsNamed, valueAt } from './context.js';
import { groupReferences, isOwnGroup, OWNER, OWNER_BEFORE } from './group-refs.js';
import { matchesOf } from '../text/matches.js';

type Status = Leader['status'];

// Titles stand before a name but are not part of it ("Emir", "Sheikh", "Specially Designated Global Terrorist").
const TITLES = "(?:(?:Emir|Amir|Sheikh|Shaykh|Mufti|Maulana|Imam|Hajji?|Dr\\.?|Colonel|General|Commander|Specially Designated Global Terrorist) )*";
// A name word: capitalized with lower case after ("Ghali", "Jawlani"), or an Arabic article compound ("al-Jawlani").
const NAME_WORD = "(?:[A-Z][a-z'\\u00E0-\\u024F]+(?:-[A-Za-z][a-z'\\u00E0-\\u024F]+)*|(?:al|el|as|ash|ad|an|ar|az|at|ul|ud)-[A-Z][a-z'\\u00E0-\\u024F]+(?:-[A-Za-z][a-z']+)*)";
const PARTICLE = '(?:al|el|ag|bin|ibn|bint|ul|ud|de|da|van|von|wa)';
export const PERSON_NAME = `[A-Z][a-z'\\u00E0-\\u024F]+(?:-[A-Za-z][a-z']+)*(?: (?:${PARTICLE} )?${NAME_WORD}){1,4}`;
// A name never stops inside a word: "Hafiz Saeed Kha" must not satisfy a rule that "Hafiz Saeed Khan was killed" fails.
const NAME = `${TITLES}(?<name>${PERSON_NAME})(?![A-Za-z'\u00E0-\u024F])`;
const ROLE_WORD = '(?:leader|emir|amir|chief|head|commander|deputy|second in command|successor|chairman)';
const ROLE = `(?<role>${ROLE_WORD})`;

interface LeaderRule {
  id: string;
  example: string;
  /** A literal the pattern cannot match without: the pattern runs only on sentences that have it. */
  cue: RegExp;
  pattern: RegExp;
  /** The rule's `owner` words must name this group: `ending` as the end of the words before, `exact` when present. */
  ownGroup?: 'ending' | 'exact';
  status: (m: RegExpExecArray) => Status;
}

const STATUS_OF_VERB: Record<string, Status> = {
  killed: 'killed', executed: 'killed', died: 'former', captured: 'captured', arrested: 'captured', detained: 'captured',
};
const byVerb = (m: RegExpExecArray): Status => STATUS_OF_VERB[m.groups?.verb?.toLowerCase() ?? ''] ?? 'former';

export const LEADER_RULES: readonly LeaderRule[] = [
  {
    id: 'led-by',
    cue: /\b[Ll]ed by\b/,
    example: 'JNIM is led by Iyad ag Ghali. / Led by Hafiz Muhammad Saeed, LeT is ...',
    pattern: new RegExp(`(?<aux>\\b(?:is|are|was|were|has been|had been|being) )?\\b[Ll]ed by ${NAME}`, 'g'),
    status: (m) => (/^(?:was|were|had been) $/.test(m.groups?.aux ?? '') ? 'former' : 'current'),
  },
  {
    id: 'group-leader-is',
    cue: /'s? (?:current |new |overall |top |supreme )?(?:leader|emir|amir|chief|head|commander|deputy|second in command|successor|chairman)\b/,
    example: "The group's leader is Ahmed Diriye aka Ahmed Umar. / AAD's leader, Iyad ag Ghali, failed ...",
    ownGroup: 'ending',
    pattern: new RegExp(`(?=')${OWNER_BEFORE}'s? (?:current |new |overall |top |supreme )?${ROLE}(?: is|,)? ${NAME}(?!(?: ${NAME_WORD})*,? (?:was|were) (?:reportedly )?(?:killed|captured|arrested|executed|detained))`, 'g'),
    status: () => 'current',
  },
  {
    id: 'name-leads-group',
    cue: /\b(?:leads|heads|directs|commands|has led|has headed)\b/,
    example: "Izzat Ibrahim al-Douri, former vice president of Saddam Hussein's Revolutionary Council, leads the group",
    pattern: new RegExp(`^${NAME}(?:, [^.;]{0,160}?,)? (?:reportedly |currently |still |now )?(?:leads|heads|directs|commands|has led|has headed)\\b`, 'g'),
    status: () => 'current',
  },
  {
    id: 'took-over-leadership',
    cue: /\b(?:took over|assumed)\b/,
    example: 'Abdul Hasib, took over leadership for ISIS-K.',
    pattern: new RegExp(`${NAME},? (?:took over|assumed) (?:the )?(?:leadership|command)\\b`, 'g'),
    status: () => 'current',
  },
  {
    id: 'role-name-was-verb',
    cue: /\b(?:leader|emir|amir|chief|head|commander|deputy|second in command|successor|chairman)\b.*\b(?:killed|captured|arrested|detained|executed)\b/,
    example: 'ISIS-K leader Hafiz Saeed Khan was killed in July 2016. / His successor, Abu Sayeed Orakzai, was killed',
    pattern: new RegExp(`\\b${ROLE},? ${NAME},? (?:was|were|had been) (?:reportedly |later )?(?<verb>killed|captured|arrested|detained|executed)\\b`, 'g'),
    status: byVerb,
  },
  {
    id: 'name-role-was-verb',
    cue: /\b(?:leader|emir|amir|chief|head|commander|deputy|second in command|successor|chairman), (?:was|were) .*\b(?:killed|captured|arrested|detained|executed)\b/,
    example: "On May 4, 2010, Abu Abdullah al-Shafi'i, AI's leader, was captured by U.S. forces",
    ownGroup: 'exact',
    pattern: new RegExp(`${NAME}, (?:${OWNER}'s? |its |the group's )?(?:former |then-)?${ROLE}, (?:was|were) (?:reportedly )?(?<verb>killed|captured|arrested|detained|executed)\\b`, 'g'),
    status: byVerb,
  },
  {
    id: 'name-was-killed',
    cue: /\b(?:killed|captured|arrested|executed)\b/,
    example: 'Abdul Hasib was killed in a joint Afghan and U.S. operation in April 2017.',
    pattern: new RegExp(`^${NAME} (?:was|had been) (?:reportedly )?(?<verb>killed|captured|arrested|executed)\\b`, 'g'),
    status: byVerb,
  },
  {
    id: 'verb-the-role',
    cue: /\b(?:killed|captured|arrested|detained|executed) (?:the )?(?:then-|former )?(?:leader|emir|amir|chief|head|commander|deputy|second in command|successor|chairman)\b/,
    example: 'arrested the then-leader of ISIS-K, Abdullah Orakzai',
    pattern: new RegExp(`\\b(?<verb>killed|captured|arrested|detained|executed) (?:the )?(?:then-|former )?${ROLE}(?: of [^,.;]{1,60})?, ${NAME}`, 'g'),
    status: byVerb,
  },
  {
    id: 'including-role',
    cue: /\bincluding (?:its |their )?(?:leader|emir|amir|chief|head|commander|deputy|second in command|successor|chairman) /,
    example: 'killed members of its leadership including leader Velupillai Prabhakaran',
    pattern: new RegExp(`\\b(?<verb>killed|captured|arrested|executed)\\b[^.;]{0,80}?\\bincluding (?:its |their )?${ROLE} ${NAME}`, 'g'),
    status: byVerb,
  },
  {
    id: 'role-name-died',
    cue: /\b(?:leader|emir|amir|chief|head|commander|deputy|second in command|successor|chairman) .*\bdied\b/,
    example: 'In April 2012, IMU leader Abu Usman Adil died',
    ownGroup: 'ending',
    pattern: new RegExp(`(?= ${ROLE_WORD} )${OWNER_BEFORE} ${ROLE} ${NAME} (?<verb>died)\\b`, 'g'),
    status: byVerb,
  },
  {
    id: 'now-deceased',
    cue: /\bnow-deceased\b/,
    example: 'under the command of now-deceased leader Isnilon Hapilon',
    pattern: new RegExp(`\\bnow-deceased ${ROLE} ${NAME}`, 'g'),
    status: () => 'former',
  },
];

// Every rule needs one of these words; most sentences have none, and the patterns need not run on them.
const LEADER_CUE = /\b(?:led|leads?|leader|emir|amir|chief|heads?|command|commander|commands|deputy|successor|chairman|directs|took over|assumed|killed|captured|arrested|executed|detained|died|now-deceased)\b/i;

// "Multiple JNIM senior leaders have been killed in recent years, including X, in 2019, Y in 2020 ..."
const KILLED_INCLUDING = /\b(?:have|has|had) been (?<verb>killed|captured|arrested)\b[^.;]*?\bincluding\b/;
const LISTED_WITH_YEAR = new RegExp(`${NAME},? in (?<year>(?:19|20)\\d\\d)\\b`, 'g');

interface Proposal {
  name: Span;
  role: string | null;
  status: Status;
  year: number | null;
  sentence: Span;
  section: string;
  rule: string;
}

/** The year of a status change: the first written after the name, else the last before it ("In April 2012, X died"). */
function yearOfStatus(ctx: ProfileContext, from: number, sentence: Span): number | null {
  const dates = datesIn(ctx, sentence).filter((d) => d.yearWritten && d.year !== null);
  return (dates.find((d) => d.start >= from) ?? dates.filter((d) => d.end <= from).pop())?.year ?? null;
}

export function extractLeaders(ctx: ProfileContext): Leader[] {
  const refs = groupReferences(ctx);
  const proposals: Proposal[] = [];
  for (const s of sectionsNamed(ctx, ['Description', 'Activities'])) {
    for (const sentence of sectionSentences(ctx, s, LEADER_CUE)) {
      const view = ctx.view.slice(sentence.start, sentence.end);
      if (!LEADER_CUE.test(view)) continue;
      const taken: Span[] = [];
      const propose = (p: Omit<Proposal, 'sentence' | 'section'>) => {
        if (taken.some((t) => t.start < p.name.end && p.name.start < t.end)) return;
        taken.push(p.name);
        proposals.push({ ...p, sentence, section: s.name });
      };
      const listed = KILLED_INCLUDING.exec(view);
      if (listed) {
        const tail = listed.index + listed[0].length;
        const status = byVerb(listed);
        for (const m of matchesOf(LISTED_WITH_YEAR, view.slice(tail))) {
          const at = sentence.start + tail + m.index + m[0].indexOf(m.groups!.name!);
          const between = view.slice(tail, tail + m.index).split(/,|\band\b/).filter((part) => part.trim() !== '').pop() ?? '';
          const role = /\b(leader|commander|emir|chief|second in command|deputy)\b/.exec(between)?.[1] ?? null;
          propose({ name: { start: at, end: at + m.groups!.name!.length }, role, status, year: Number(m.groups!.year), rule: 'killed-including-list' });
        }
      }
      for (const rule of LEADER_RULES) {
        if (!rule.cue.test(view)) continue;
        for (const m of matchesOf(rule.pattern, view)) {
          if (rule.ownGroup === 'ending' && !isOwnGroup(m.groups?.owner, refs, true)) continue;
          if (rule.ownGroup === 'exact' && m.groups?.owner !== undefined && !isOwnGroup(m.groups.owner, refs, false)) continue;
          const at = sentence.start + m.index + m[0].lastIndexOf(m.groups!.name!);
          const name = { start: at, end: at + m.groups!.name!.length };
          const status = rule.status(m as RegExpExecArray);
          const year = status === 'current' ? null : yearOfStatus(ctx, name.end, sentence);
          propose({ name, role: m.groups?.role?.toLowerCase() ?? (status === 'current' ? 'leader' : null), status, year, rule: rule.id });
        }
      }
    }
  }
  // Refiner: one entry per person, in order of first mention; a later mention updates the status.
  const byName = new Map<string, Leader>();
  for (const p of proposals.sort((a, b) => a.sentence.start - b.sentence.start || a.name.start - b.name.start)) {
    const name = valueAt(ctx, p.name);
    consume(ctx, p.sentence);
    const known = byName.get(name);
    if (known) {
      if (p.status !== 'current' || known.status === 'current') {
        known.status = p.status === 'current' ? known.status : p.status;
        known.year = p.year ?? known.year;
        known.role = known.role ?? p.role;
        // The evidence points where the status was read, which is what an analyst checks.
        known.evidence = evidenceOf(p.section, p.name);
        known.rule = p.rule;
      }
      continue;
    }
    byName.set(name, { name, role: p.role, status: p.status, year: p.year, evidence: evidenceOf(p.section, p.name), rule: p.rule });
  }
  return [...byName.values()];
}

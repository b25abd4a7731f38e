/**
 * The audit of what no rule read: a sentence with a number or a date that no
 * field consumed is reported, so a change in the reports' wording shows up as
 * diagnostics instead of silently lost facts. Only the paragraphs holding such
 * a token are split into sentences.
 */
import type { Span } from '../text/span.js';
import type { ProfileContext } from './context.js';
import { datesIn, evidenceOf, paragraphsOf, piecesOf, sentencesIn } from './context.js';
import { matchesOf } from '../text/matches.js';

const DIGITS = /\d[\d,]*/g;

export function auditUnconsumed(ctx: ProfileContext): void {
  const consumed = [...ctx.consumed].sort((a, b) => a.start - b.start);
  const isConsumed = (t: Span) => consumed.some((c) => c.start <= t.start && t.end <= c.end);
  for (const s of ctx.profile.sections) {
    if (!s.known) continue;
    for (const p of paragraphsOf(ctx, s)) {
      const tokens: Span[] = [];
      for (const m of matchesOf(DIGITS, ctx.view.slice(p.start, p.end))) tokens.push({ start: p.start + m.index, end: p.start + m.index + m[0].length });
      for (const d of datesIn(ctx, p)) tokens.push(d);
      const loose = tokens.filter((t) => !isConsumed(t));
      if (loose.length === 0) continue;
      const sentences = piecesOf(ctx, p)
        .filter((piece) => loose.some((t) => piece.start <= t.start && t.end <= piece.end))
        .flatMap((piece) => sentencesIn(ctx, piece));
      for (const sentence of sentences) {
        if (!loose.some((t) => sentence.start <= t.start && t.end <= sentence.end)) continue;
        ctx.diagnostics.push({
          severity: 'info',
          code: 'unconsumed',
          message: 'Sentence with a number or date that no rule read.',
          evidence: evidenceOf(s.name, sentence),
        });
      }
    }
  }
}

/**
 * Aliases: each entry of the `aka` line, in order, as written.
 * Separators are `;` and `,` (both occur, even mixed in one line), but not
 * inside parentheses: "al Harakat al Islamiyya (the Islamic Movement)" is one
 * entry. Empty entries are dropped, and so is the line's final period.
 */
import type { CrtxRecord } from '../record/schema.js';
import { trimSpan } from '../text/span.js';
import type { ProfileContext } from './context.js';
import { consume, evidenceOf, valueAt } from './context.js';

export function extractAliases(ctx: ProfileContext): CrtxRecord['aliases'] {
  const aka = ctx.profile.aka;
  if (!aka) return [];
  consume(ctx, aka);
  const out: CrtxRecord['aliases'] = [];
  let depth = 0;
  let from = aka.start;
  const push = (until: number) => {
    let span = trimSpan(ctx.text, from, until);
    if (until === aka.end && ctx.view[span.end - 1] === '.') span = trimSpan(ctx.text, span.start, span.end - 1);
    if (span.end > span.start) out.push({ value: valueAt(ctx, span), evidence: evidenceOf('aka', span) });
  };
  for (let i = aka.start; i < aka.end; i++) {
    const ch = ctx.view[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if ((ch === ';' || ch === ',') && depth === 0) {
      push(i);
      from = i + 1;
    }
  }
  push(aka.end);
  return out;
}

/**
 * The ways a profile refers to its own group: the title's name and acronym,
 * parenthesized acronyms in the first section ("Ansar al-Dine (AAD) was
 * designated ..."), and short upper-case aliases. Rules use them to tell
 * "AAD's leader" (this group's) from "ISIS leader" (another group's).
 */
import type { ProfileContext } from './context.js';
import { section } from './context.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export function groupReferences(ctx: ProfileContext): string[] {
  const refs = new Set<string>(['the group', 'The group', 'the organization', 'The organization']);
  const { title, aka } = ctx.profile;
  refs.add(ctx.view.slice(title.name.start, title.name.end).trim());
  if (title.acronym) refs.add(ctx.view.slice(title.acronym.start, title.acronym.end).trim());
  const description = section(ctx, 'Description');
  if (description) {
    const head = ctx.view.slice(description.body.start, Math.min(description.body.end, description.body.start + 400));
    for (const m of head.matchAll(/\(([A-Z][A-Za-z/-]{1,11})\)/g)) refs.add(m[1]!);
  }
  if (aka) for (const m of ctx.view.slice(aka.start, aka.end).matchAll(/(?<![\w-])([A-Z][A-Z/-]{1,10})(?![\w-])/g)) refs.add(m[1]!);
  return [...refs].filter((r) => r.length > 1);
}

/** A pattern source matching any of the group's references (longest first). */
export function groupPattern(ctx: ProfileContext): string {
  return `(?:${groupReferences(ctx).sort((a, b) => b.length - a.length).map(escape).join('|')})`;
}

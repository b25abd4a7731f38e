import { describe, expect, it } from 'vitest';
import { LEADER_RULES } from '../../src/extract/leaders.js';
import { matchView } from '../../src/text/view.js';

describe('leader rules', () => {
  // A rule runs only on sentences with its cue: each example must pass both, or the cue hides the rule.
  it.each(LEADER_RULES.map((r) => [r.id, r] as const))('%s: its example passes its cue and its pattern', (_id, rule) => {
    const examples = rule.example.split(' / ').map(matchView);
    expect(examples.some((e) => rule.cue.test(e) && [...e.matchAll(rule.pattern)].length > 0)).toBe(true);
  });
});

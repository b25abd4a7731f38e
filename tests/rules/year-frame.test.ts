import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.js';
import { RELATIVE, RELATIVE_CUE, frameAt, writtenYearNear } from '../../src/extract/year-frame.js';
import { documentFromText } from '../../src/ingest/document.js';
import { findProfiles } from '../../src/layout/split.js';
import { parseProfile } from '../../src/profile/parse-profile.js';
import { profile } from '../helpers.js';

function contextOf(sections: Record<string, string>) {
  const doc = documentFromText('t.txt', profile(sections));
  const range = findProfiles(doc.view).profiles[0]!;
  return createContext(doc.text, doc.view, parseProfile(doc.view, range.title, range.end));
}

describe('the year frame API (for the leaders rules)', () => {
  const activities = 'In 2017, TF expanded into Niger. TF, which emerged in 2012, grew. In March, its emir was killed.\n\nIn May, a new emir was named.';
  const ctx = contextOf({ Description: 'The Test Front was designated as an FTO on May 1, 2019.', Activities: activities });
  const at = (words: string) => ctx.text.indexOf(words);

  it('gives the frame in force at an offset; a year that dates something else does not move it', () => {
    expect(frameAt(ctx, 'Activities', at('its emir was killed'))).toBe(2017);
  });

  it('ends the frame with its paragraph', () => {
    expect(frameAt(ctx, 'Activities', at('a new emir'))).toBe(null);
  });

  it('reads a written year near a mention, the one after it first', () => {
    const sentence = { start: at('TF, which'), end: at('In March') };
    expect(writtenYearNear(ctx, sentence, at('which'))).toBe(2012);
    expect(writtenYearNear(ctx, { start: at('In March'), end: at('In May') }, at('emir was'))).toBe(null);
  });
});

describe('relative phrases', () => {
  it.each(RELATIVE.map((r) => [r.id, r.example] as const))('%s matches its own example, and the speed cue lets it through', (id, example) => {
    expect(RELATIVE.find((r) => r.pattern.test(example))?.id).toBe(id);
    expect(RELATIVE_CUE.test(example)).toBe(true);
  });
});

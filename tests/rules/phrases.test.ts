import { describe, expect, it } from 'vitest';
import { phraseAlternation } from '../../src/text/phrases.js';

const whole = (phrases: string[], between = ' ') => new RegExp(`^${phraseAlternation(phrases, between)}$`);

describe('phraseAlternation: a phrase list as a tree of words', () => {
  const phrases = ['is', 'is named', 'is named as', 'was named', 'was chosen as', 'commander', 'commander in chief', 'commanders'];

  it('matches every phrase whole, and nothing between or beyond them', () => {
    const re = whole(phrases);
    for (const p of phrases) expect(re.test(p), p).toBe(true);
    for (const p of ['is as', 'was', 'was chosen', 'named', 'commander in', 'is named as well', 'commanderss']) expect(re.test(p), p).toBe(false);
  });

  it('puts what is given between two words of a phrase, and only there', () => {
    const re = whole(phrases, '(?: (?:now|widely))* ');
    expect(re.test('is now named as')).toBe(true);
    expect(re.test('was widely chosen now as')).toBe(true);
    expect(re.test('now is named')).toBe(false);
  });

  it('shares first words: three phrases become two branches at the top', () => {
    expect(phraseAlternation(['was named', 'was chosen as', 'is named'])).toBe('(?:was(?: (?:chosen(?: as)|named))|is(?: named))');
  });

  it('shares what follows: words that go on alike are one branch with one copy of the rest', () => {
    const listed = ['continues to serve as', 'continued to serve as', 'continue to be', 'remains', 'remain'];
    expect(phraseAlternation(listed)).toBe('(?:(?:continued|continues)(?: to(?: serve(?: as)))|continue(?: to(?: be))|remains|remain)');
    const re = whole(listed, '(?: now)* ');
    for (const p of [...listed, 'continued now to serve as', 'continue now to be']) expect(re.test(p), p).toBe(true);
    for (const p of ['continues to be', 'continue to serve as', 'remain to be']) expect(re.test(p), p).toBe(false);
  });

  it('never puts a word ahead of a longer one it begins, even to share what follows', () => {
    // ("head" would share the empty rest of "remains", but would then be tried before "heads" and cut it.)
    expect(phraseAlternation(['remains', 'heads on', 'head'])).toBe('(?:remains|heads(?: on)|head)');
    expect(phraseAlternation(['remains', 'leads on', 'head'])).toBe('(?:remains|head|leads(?: on))');
  });

  it('escapes what is not a word', () => {
    expect(whole(['a.k.a.', 'U.S.']).test('aXkXaX')).toBe(false);
    expect(whole(['a.k.a.', 'U.S.']).test('a.k.a.')).toBe(true);
  });
});

/**
 * Every match of a global pattern, like String.prototype.matchAll but on the
 * pattern itself. matchAll clones the pattern on each call, and V8 runs each
 * clone in its regexp interpreter before compiling it: on the hot paths the
 * clones cost more than the matching. The pattern must have the g flag.
 *
 * An array, not a generator: every caller reads all the matches, and a
 * generator's frame and one result object per match were 7% of a batch's
 * allocation. Collected before the caller runs, so the caller may run the same
 * pattern again.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0] === '') pattern.lastIndex++;
    found.push(m);
  }
  pattern.lastIndex = 0;
  return found;
}

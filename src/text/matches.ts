/**
 * Every match of a global pattern, like String.prototype.matchAll but on the
 * pattern itself. matchAll clones the pattern on each call, and V8 runs each
 * clone in its regexp interpreter before compiling it: on the hot paths the
 * clones cost more than the matching. The pattern must have the g flag.
 */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0] === '') pattern.lastIndex++;
    // Copy out before yielding: the caller may run the same pattern again.
    const at = pattern.lastIndex;
    yield m;
    pattern.lastIndex = at;
  }
}

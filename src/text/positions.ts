/** Offsets → 1-based line and column, for messages a person (or an editor) can jump to. */
export type Positions = (offset: number) => { line: number; column: number };

/**
 * A lookup built once per text (line starts, binary search): a chapter with
 * thousands of messages would otherwise rescan the text from the start for each.
 */
export function positionsIn(text: string): Positions {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

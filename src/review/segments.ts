/**
 * Overlapping marks → flat segments: the text is cut at every mark's start and
 * end, and each piece lists the marks covering it. Rendering one element per
 * piece never nests, however the evidence spans overlap.
 */
export interface Mark {
  start: number;
  end: number;
  /** What the mark stands for (a fact's or a diagnostic's number). */
  key: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Keys of the marks covering the whole segment, in the order the marks were given. */
  keys: number[];
}

/** Segments covering [from, to) without gaps; marks are clipped to that range, empty ones ignored. */
export function segment(from: number, to: number, marks: readonly Mark[]): Segment[] {
  const clipped = marks.map((m, order) => ({ start: Math.max(from, m.start), end: Math.min(to, m.end), key: m.key, order })).filter((m) => m.start < m.end);
  const cuts = [...new Set([from, to, ...clipped.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const byStart = [...clipped].sort((a, b) => a.start - b.start);
  const active: typeof clipped = [];
  const out: Segment[] = [];
  let next = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    while (next < byStart.length && byStart[next]!.start <= start) active.push(byStart[next++]!);
    for (let j = active.length - 1; j >= 0; j--) if (active[j]!.end <= start) active.splice(j, 1);
    out.push({ start, end, keys: active.sort((a, b) => a.order - b.order).map((m) => m.key) });
  }
  return out;
}

/** A half-open range [start, end) of UTF-16 offsets into a document's text. */
export interface Span {
  start: number;
  end: number;
}

/** Evidence as published in records: the section it was read from and its span. */
export interface Evidence extends Span {
  section: string;
}

export function evidence(section: string, start: number, end: number): Evidence {
  return { section, start, end };
}

/** Shrink a span so it starts and ends on a non-space character of `text`. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /[\s\u00A0\u202F\uFEFF]/.test(text[start]!)) start++;
  while (end > start && /[\s\u00A0\u202F\uFEFF]/.test(text[end - 1]!)) end--;
  return { start, end };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

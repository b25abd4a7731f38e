/** Stable, human-readable JSON: two-space indent, trailing newline. Its own module so writing a record loads no schema library. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/**
 * Diagnostics on stderr in the linters' format, one per line:
 *   path:line:column: severity [code] message
 * so editors and CI annotate them. Records never go to stderr, messages never to stdout.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Positions } from '../text/positions.js';

export function formatDiagnostic(path: string, positions: Positions | null, d: Diagnostic): string {
  let where = path;
  if (d.evidence && positions !== null) {
    const { line, column } = positions(d.evidence.start);
    where += `:${line}:${column}`;
  } else if (d.evidence === null) {
    where += ':1:1';
  }
  return `${where}: ${d.severity} [${d.code}] ${d.message}`;
}

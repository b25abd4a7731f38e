import type { Evidence } from './text/span.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * What the extractor noticed and could not resolve, at a position. `code` is
 * the id of the rule that raised it, so a user can look it up or filter it.
 */
export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  evidence: Evidence | null;
}

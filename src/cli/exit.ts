/** Exit codes, documented in the README and in every --help. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, interrupted: 130, brokenPipe: 141 } as const;

/** Bad command-line usage: printed as one line with a hint, exit 2, never a stack trace. */
export class UsageError extends Error {}

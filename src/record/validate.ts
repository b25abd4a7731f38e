/**
 * Validation against the committed JSON Schema (schemas/record.schema.json),
 * with ajv: what other systems validate against is what crtx checks before
 * it writes anything.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { packageRoot } from '../package-root.js';
import { lazy } from '../text/lazy.js';

export const SCHEMA_FILES = { record: 'schemas/record.schema.json', diff: 'schemas/diff.schema.json' } as const;

const compiled = new Map<string, ValidateFunction>();
const require = createRequire(import.meta.url);

function validator(kind: keyof typeof SCHEMA_FILES): ValidateFunction {
  let v = compiled.get(kind);
  if (!v) {
    v = prebuilt(kind) ?? ajv().compile(JSON.parse(readFileSync(join(packageRoot(), SCHEMA_FILES[kind]), 'utf8')));
    compiled.set(kind, v);
  }
  return v;
}

/**
 * The validator compiled at build time from the committed schema (scripts/build-data.ts), or null when there is none.
 * The command-line bundle carries them inside itself (scripts/bundle-cli.ts puts them under this symbol), so a run
 * neither looks for nor compiles a 200 KB file outside the bundle's code cache; the library reads dist/validators.
 */
function prebuilt(kind: keyof typeof SCHEMA_FILES): ValidateFunction | null {
  const bundled = (globalThis as Record<symbol, unknown>)[Symbol.for('crtx.validators')] as Record<string, () => ValidateFunction> | undefined;
  if (bundled) return bundled[kind]!();
  const file = join(packageRoot(), 'dist/validators', `${kind}.cjs`);
  return existsSync(file) ? (require(file) as { default: ValidateFunction }).default : null;
}

// ajv itself (about 30 ms to load) only when a validator was not compiled at build time.
const ajv = lazy(() => {
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = require('ajv-formats/dist/index.js') as typeof import('ajv-formats').default;
  const instance = new Ajv2020({ allErrors: true, strict: true });
  addFormats(instance);
  return instance;
});

/** Problems with a value as a record; empty when it is valid. */
export function recordProblems(value: unknown, kind: keyof typeof SCHEMA_FILES = 'record'): string[] {
  const v = validator(kind);
  if (v(value)) return [];
  return (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

/**
 * The field rules in run order. Each reads the profile through its context
 * and returns its field; the audit of unconsumed numbers and dates runs last,
 * after every rule has said what it read.
 */
import type { CrtxRecord } from '../record/schema.js';
import { extractAliases } from './aliases.js';
import { extractAreas } from './areas.js';
import type { ProfileContext } from './context.js';
import { extractDesignation } from './designation.js';
import { extractEvents } from './events/index.js';
import { extractFounded } from './founded.js';
import { extractFunding } from './funding.js';
import { extractLeaders } from './leaders/index.js';
import { extractStrength } from './strength.js';
import { auditUnconsumed } from './unconsumed.js';

export type ExtractedFields = Pick<CrtxRecord, 'aliases' | 'designation' | 'founded' | 'leaders' | 'strength' | 'areas' | 'funding' | 'events'>;

/** The run order, as data: the benchmark times each entry with the same list. */
export const FIELD_RULES: ReadonlyArray<readonly [keyof ExtractedFields, (ctx: ProfileContext) => ExtractedFields[keyof ExtractedFields]]> = [
  ['aliases', extractAliases],
  ['designation', extractDesignation],
  ['founded', extractFounded],
  ['leaders', extractLeaders],
  ['strength', extractStrength],
  ['areas', extractAreas],
  ['funding', extractFunding],
  ['events', extractEvents],
];

/** How a step is run: directly, or timed by the benchmark. */
export type Measure = <T>(step: string, run: () => T) => T;
export const direct: Measure = (_step, run) => run();

export function extractFields(ctx: ProfileContext, measure: Measure = direct): ExtractedFields {
  const fields: Record<string, unknown> = {};
  for (const [name, rule] of FIELD_RULES) fields[name] = measure(name, () => rule(ctx));
  measure('audit', () => auditUnconsumed(ctx));
  return fields as ExtractedFields;
}

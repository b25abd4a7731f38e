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
import { extractLeaders } from './leaders.js';
import { extractStrength } from './strength.js';
import { auditUnconsumed } from './unconsumed.js';

export type ExtractedFields = Pick<CrtxRecord, 'aliases' | 'designation' | 'founded' | 'leaders' | 'strength' | 'areas' | 'funding' | 'events'>;

export function extractFields(ctx: ProfileContext): ExtractedFields {
  const fields: ExtractedFields = {
    aliases: extractAliases(ctx),
    designation: extractDesignation(ctx),
    founded: extractFounded(ctx),
    leaders: extractLeaders(ctx),
    strength: extractStrength(ctx),
    areas: extractAreas(ctx),
    funding: extractFunding(ctx),
    events: extractEvents(ctx),
  };
  auditUnconsumed(ctx);
  return fields;
}

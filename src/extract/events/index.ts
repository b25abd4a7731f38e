import type { CrtxEvent } from '../../record/schema.js';
import type { ProfileContext } from '../context.js';

export function extractEvents(_ctx: ProfileContext): CrtxEvent[] {
  return [];
}

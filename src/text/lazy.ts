/**
 * Heavy libraries are loaded on first use, synchronously through their
 * CommonJS builds, so start-up pays only for what an input needs and the
 * pipeline stays a plain synchronous function.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function lazy<T>(load: () => T): () => T {
  let value: T | undefined;
  let loaded = false;
  return () => {
    if (!loaded) {
      value = load();
      loaded = true;
    }
    return value as T;
  };
}

// The English locale only: the package's main entry loads every locale (fr, de, ja, fi, ...).
export const chronoNode = lazy(() => require('chrono-node/en') as typeof import('chrono-node/en'));
/**
 * chrono's casual English parser with only its month-name parsers: dates here
 * are always read from a window that starts at a month name, and running the
 * other parsers (times, weekdays, relative phrases) on each was most of the cost.
 */
export const monthNameDates = lazy(() => {
  const chrono = chronoNode().casual.clone();
  chrono.parsers = chrono.parsers.filter((p) => /MonthName/.test(p.constructor.name));
  // Of the refiners only those that matter for one date read from a window: overlap removal and the unlikely-format filters.
  chrono.refiners = chrono.refiners.filter((r) => /OverlapRemoval|UnlikelyFormat/.test(r.constructor.name));
  return chrono;
});

export const compromise = lazy(() => require('compromise') as typeof import('compromise').default);

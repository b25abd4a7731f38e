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

export const chronoNode = lazy(() => require('chrono-node') as typeof import('chrono-node'));
export const compromise = lazy(() => require('compromise') as typeof import('compromise').default);

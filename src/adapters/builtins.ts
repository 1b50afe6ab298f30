/**
 * Node built-ins loaded on first use. Loading node:crypto costs about 1.5 ms of start-up (fifteen
 * internal modules), which the pre-push check needs only to hash a working-tree file or to name a
 * temporary one; a static import would pay it on every push.
 */
import { createRequire } from 'node:module';

/** Resolves built-in modules only (any absolute path serves as its base). */
const requireBuiltin = createRequire(process.execPath);

export function nodeCrypto(): typeof import('node:crypto') {
  return requireBuiltin('node:crypto') as typeof import('node:crypto');
}

/**
 * Node built-ins loaded on first use. Loading node:crypto costs about 1.5 ms of start-up (fifteen
 * internal modules), which the pre-push check needs only to hash a working-tree file or to name a
 * temporary one; a static import would pay it on every push.
 *
 * Not through node:module's createRequire: importing node:module loads the ES module loader and the
 * source-map support with it (~0.5 ms of every command). `process.getBuiltinModule` (Node 20.16+)
 * needs nothing; before it, the CommonJS bundles the `handoff` bin runs have their own `require`.
 */
import type * as Crypto from 'node:crypto';
import { InternalError } from '../core/errors.js';

export function nodeCrypto(): typeof Crypto {
  return builtin('node:crypto') as typeof Crypto;
}

function builtin(id: string): unknown {
  if (typeof process.getBuiltinModule === 'function') return process.getBuiltinModule(id);
  if (typeof require === 'function') return require(id);
  throw new InternalError(
    `${id} cannot be loaded here on Node.js ${process.version}: use Node.js 20.16 or later`,
  );
}

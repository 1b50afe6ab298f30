/**
 * Node built-ins loaded on first use. Loading node:crypto costs about 1.5 ms of start-up (fifteen
 * internal modules), which the pre-push check needs only to hash a working-tree file or to name a
 * temporary one; a static import would pay it on every push. node:tty the same (node:net with it).
 *
 * Not through node:module's createRequire: importing node:module loads the ES module loader and the
 * source-map support with it (~0.5 ms of every command). `process.getBuiltinModule` (Node 20.16+)
 * needs nothing; before it, the CommonJS bundles the `handoff` bin runs have their own `require`.
 */
import type * as Crypto from 'node:crypto';
import { fstatSync, statSync } from 'node:fs';
import type * as Tty from 'node:tty';
import { InternalError } from '../core/errors.js';

export function nodeCrypto(): typeof Crypto {
  return builtin('node:crypto') as typeof Crypto;
}

/**
 * Whether the descriptor is a terminal, as node:tty's `isatty` says. Only a character device can be
 * one: a pipe or a file (how an agent or CI reads the output) is answered by an fstat, without
 * loading node:tty, which loads node:net and the streams (~3 ms of every `status`, measured).
 */
export function isTerminal(fd: number): boolean {
  try {
    const device = fstatSync(fd);
    if (!device.isCharacterDevice()) return false;
    // /dev/null is a character device too (output thrown away, stdin closed off).
    if (device.rdev === statSync('/dev/null', { throwIfNoEntry: false })?.rdev) return false;
  } catch {
    return false;
  }
  return (builtin('node:tty') as typeof Tty).isatty(fd);
}

function builtin(id: string): unknown {
  if (typeof process.getBuiltinModule === 'function') return process.getBuiltinModule(id);
  if (typeof require === 'function') return require(id);
  throw new InternalError(
    `${id} cannot be loaded here on Node.js ${process.version}: use Node.js 20.16 or later`,
  );
}

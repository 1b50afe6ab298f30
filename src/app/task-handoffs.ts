/**
 * The handoff files of a task in the working tree's handoff folder, shared by draft, resume and the
 * task life cycle; a module of its own so that `resume` and `done` do not load the drafting code
 * (report readers, XML and glob libraries) to list a folder.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { handoffNameRegExp, handoffPath } from '../core/config.js';
import type { HandoffConfig } from '../core/model.js';
import { normalizeLink } from '../core/paths.js';

/**
 * The task's handoff files by session number (ascending): in the handoff folder, and in
 * `doneHandoffDir` when one is set, where `done` moved a finished task's sessions. A task started
 * again continues its numbering (and its last handoff) from there, instead of starting over at
 * session 1 and then colliding with the moved files at its next `done`.
 */
export async function listTaskHandoffs(
  repoRoot: string,
  config: HandoffConfig,
  taskId: string,
): Promise<{ session: number; path: string }[]> {
  const nameRegExp = handoffNameRegExp(config, taskId);
  const dir = handoffPath(config, taskId, 1).split('/').slice(0, -1).join('/');
  const found: { session: number; path: string }[] = [];
  for (const folder of new Set([
    dir,
    ...(config.doneHandoffDir ? [normalizeLink(config.doneHandoffDir)] : []),
  ])) {
    let names: string[];
    try {
      // Sync: one listing, and node:fs/promises (with the readline and watcher modules it loads,
      // ~1.5 ms) is then never loaded by `resume` at all.
      names = readdirSync(join(repoRoot, ...folder.split('/').filter((s) => s !== '')));
    } catch {
      continue;
    }
    for (const name of names) {
      const session = Number(nameRegExp.exec(name)?.[1] ?? Number.NaN);
      if (Number.isInteger(session))
        found.push({ session, path: folder === '' ? name : `${folder}/${name}` });
    }
  }
  return found.sort((a, b) => a.session - b.session);
}

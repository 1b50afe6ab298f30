/**
 * The handoff files of a task in the working tree's handoff folder, shared by draft, resume and the
 * task life cycle; a module of its own so that `resume` and `done` do not load the drafting code
 * (report readers, XML and glob libraries) to list a folder.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { handoffNameRegExp, handoffPath } from '../core/config.js';
import type { HandoffConfig, Registry } from '../core/model.js';
import { normalizeLink } from '../core/paths.js';
import { linkedBy } from '../core/registry.js';

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

/**
 * Whether `path` is another agent's draft not committed yet (`uncommitted` tells): linked by an agent
 * other than `agent`. No draft of `agent` continues from one (nothing in it is saved, and its agent
 * may still be filling it in): it continues from the session before and numbers past it, as past any
 * session the other agent links. The draft and the Stop hook's facts read the same session so.
 */
export async function isOthersDraft(
  registry: Registry,
  agent: string,
  path: string,
  uncommitted: (path: string) => boolean | Promise<boolean>,
): Promise<boolean> {
  return linkedBy(registry, path, agent) !== undefined && (await uncommitted(path));
}

/**
 * The session a draft of `agent` continues from when it links none of its own (or links another
 * agent's draft not committed yet): the task's latest, other agents' uncommitted drafts passed over
 * (`isOthersDraft`).
 */
export async function latestToContinue(
  repoRoot: string,
  config: HandoffConfig,
  taskId: string,
  registry: Registry,
  agent: string,
  uncommitted: (path: string) => boolean | Promise<boolean>,
): Promise<{ session: number; path: string } | undefined> {
  const sessions = await listTaskHandoffs(repoRoot, config, taskId);
  for (let i = sessions.length - 1; i >= 0; i--) {
    const session = sessions[i] as { session: number; path: string };
    if (!(await isOthersDraft(registry, agent, session.path, uncommitted))) return session;
  }
  return undefined;
}

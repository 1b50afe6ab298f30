/**
 * Whether git runs, in this checkout, the pre-push hook the project set up under husky
 * (`huskyHookMissingNote`): no git process where the project's `.husky/pre-push` does not run the
 * check (most projects: read first, from the files), else one `git config` read, and one or two
 * more only when `core.hooksPath` is husky's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { huskyHookMissingNote, isHuskyHooksPath } from '../core/pre-push.js';
import { shellWord } from '../core/shell.js';
import { runsCheck } from '../core/templates/hook.js';
import type { GitCommandManager } from './git.js';

/** The note, or undefined; `top` is the checkout's top folder (where `.husky/` is). */
export async function huskyHookNote(git: GitCommandManager, top: string): Promise<string | undefined> {
  let text: string;
  try {
    text = readFileSync(join(top, '.husky', 'pre-push'), 'utf8');
  } catch {
    return undefined;
  }
  if (!runsCheck(text)) return undefined;
  const hooksPath = await git.configGet('core.hooksPath').catch(() => undefined);
  if (!isHuskyHooksPath(hooksPath)) return undefined;
  const hookFile = await git.gitPath('hooks/pre-push');
  if (existsSync(hookFile)) return undefined;
  // A linked worktree usually has no node_modules: husky is run from the main checkout's install.
  let runHusky = 'npx husky';
  if (!existsSync(join(top, 'node_modules', '.bin', 'husky'))) {
    const common = (await git.exec(['rev-parse', '--path-format=absolute', '--git-common-dir'])).trim();
    const main = dirname(common);
    if (main !== top && existsSync(join(main, 'node_modules', '.bin', 'husky')))
      runHusky = `npx --prefix ${shellWord(main)} husky`;
  }
  return huskyHookMissingNote({ hooksPath, huskyRunsCheck: true, hookFileHere: false, runHusky });
}

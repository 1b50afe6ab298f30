/**
 * The config of the working tree, for the commands that act on it (`draft`, `init`, `status`, …).
 * Finding and validating the file is `loadConfigFrom` in the workspace snapshot: the same rules read
 * a config at a revision for `check`.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError } from '../core/errors.js';
import { findProjectRoot } from './repo-root.js';
import {
  CONFIG_FILES,
  type LoadedConfig,
  listsWorkspace,
  loadConfigFrom,
  workingTreeSource,
} from './workspace.js';

export { CONFIG_FILES };

export async function loadConfig(repoRoot: string): Promise<LoadedConfig> {
  return loadConfigFrom(workingTreeSource(repoRoot));
}

/**
 * A config file named by the user (the Action's `config` input: absolute, or relative to the
 * repository root) as a repository-relative path; one outside the repository is an InputError.
 */
export function repoRelativeConfig(repoRoot: string, path: string): string {
  const rel = (isAbsolute(path) ? relative(repoRoot, path) : path).split('\\').join('/');
  if (rel === '' || rel === '..' || rel.startsWith('../') || isAbsolute(rel)) {
    throw new InputError(
      `the config file ${path} is outside the repository`,
      { file: path },
      'path/escapes-repo',
    );
  }
  return rel;
}

/**
 * Loads the one config file at `path` (absolute or relative to the repository root), with the same
 * rules as a file `loadConfig` finds. The Action reads the same file at the PR head instead.
 */
export async function loadConfigFile(
  repoRoot: string,
  path: string,
): Promise<LoadedConfig & { file: string }> {
  const rel = repoRelativeConfig(repoRoot, path);
  const loaded = await loadConfigFrom(workingTreeSource(repoRoot), rel);
  return { ...loaded, file: loaded.file ?? rel };
}

/**
 * Where `init` run in `cwd` sets up: the nearest folder with a config, registry or package.json
 * (findProjectRoot), or else the folder it runs in when the root config's `workspaces` names it (a
 * package of a repository that is not Node has no package.json). `notAPackage`: the folder, when it
 * is neither and not the root (the root is set up).
 */
export async function projectToInit(
  cwd: string,
): Promise<{ repoRoot: string; projectRoot: string; prefix: string; notAPackage?: string }> {
  const found = await findProjectRoot(cwd, { forInit: true });
  if (found.prefix !== '') return found;
  const folder = relative(found.repoRoot, resolve(cwd)).split(sep).join('/');
  if (folder === '' || folder.startsWith('..')) return found;
  const { config } = await loadConfig(found.repoRoot);
  return listsWorkspace(config.workspaces, folder)
    ? { repoRoot: found.repoRoot, projectRoot: resolve(cwd), prefix: folder }
    : { ...found, notAPackage: folder };
}

/**
 * The config of the working tree, for the commands that act on it (`draft`, `init`, `status`, …).
 * Finding and validating the file is `loadConfigFrom` in the workspace snapshot: the same rules read
 * a config at a revision for `check`.
 */
import { isAbsolute, relative } from 'node:path';
import { InputError } from '../core/errors.js';
import { CONFIG_FILES, type LoadedConfig, loadConfigFrom, workingTreeSource } from './workspace.js';

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

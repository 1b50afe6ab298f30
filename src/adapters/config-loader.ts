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
 * Loads the one config file at `path` (the Action's `config` input, absolute or relative to the
 * repository root), with the same rules as a file `loadConfig` finds.
 */
export async function loadConfigFile(
  repoRoot: string,
  path: string,
): Promise<LoadedConfig & { file: string }> {
  const rel = isAbsolute(path) ? relative(repoRoot, path) : path;
  const posix = rel.split('\\').join('/');
  if (posix === '' || posix.startsWith('../') || posix === '..' || isAbsolute(posix)) {
    throw new InputError(
      `the config file ${path} is outside the repository`,
      { file: path },
      'path/escapes-repo',
    );
  }
  const loaded = await loadConfigFrom(workingTreeSource(repoRoot), posix);
  return { ...loaded, file: loaded.file ?? posix };
}

/**
 * The `config` input names a file in the workspace; the check reads it, like everything else it
 * judges, from the PR head's tree, so it is passed on as a repository-relative path.
 */
import { isAbsolute, relative } from 'node:path';
import { InputError } from '../core/errors.js';

export function repoRelativeConfig(repoRoot: string, configFile: string): string {
  const rel = (isAbsolute(configFile) ? relative(repoRoot, configFile) : configFile).split('\\').join('/');
  if (rel === '' || rel === '..' || rel.startsWith('../') || isAbsolute(rel)) {
    throw new InputError(
      `the config file ${configFile} is outside the repository`,
      { file: configFile },
      'path/escapes-repo',
    );
  }
  return rel;
}

/**
 * The config for a run: the file the `config` input names, else the usual search at the repository
 * root (`loadConfig`). A named file gets the same treatment as a found one (`loadConfigFile`), so a
 * mistake in it is reported at its line:column.
 */
import { loadConfig, loadConfigFile } from '../adapters/config-loader.js';
import type { HandoffConfig } from '../core/model.js';

export async function loadActionConfig(repoRoot: string, configFile?: string): Promise<HandoffConfig> {
  if (!configFile) return (await loadConfig(repoRoot)).config;
  return (await loadConfigFile(repoRoot, configFile)).config;
}

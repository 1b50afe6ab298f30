/**
 * The config for a run: the file the `config` input names, else the usual search at the repository
 * root (`loadConfig`). A named file gets the same treatment as a found one — read through
 * `readUserText`, parsed with positions, validated by `resolveConfig` — so a mistake in it is reported
 * at its line:column.
 */
import { basename, relative } from 'node:path';
import { loadConfig } from '../adapters/config-loader.js';
import { readUserText } from '../adapters/store.js';
import { resolveConfig } from '../core/config.js';
import { parseJsonLocated } from '../core/json-location.js';
import type { HandoffConfig } from '../core/model.js';

export async function loadActionConfig(repoRoot: string, configFile?: string): Promise<HandoffConfig> {
  if (!configFile) return (await loadConfig(repoRoot)).config;
  const file = relative(repoRoot, configFile) || basename(configFile);
  const json = parseJsonLocated(await readUserText(configFile, file), file);
  // In package.json the config sits under the `handoff` key, as loadConfig reads it.
  const inPackage = basename(configFile) === 'package.json';
  const prefix = inPackage ? '/handoff' : '';
  const raw = inPackage ? (json.value as Record<string, unknown> | null)?.handoff : json.value;
  return resolveConfig(raw, file, (pointer, options) => ({
    file,
    ...json.locate(`${prefix}${pointer}`, options),
  }));
}

/**
 * Finds and loads the config at the repository root only (`.handoffrc.json`, `handoff.config.json`,
 * then the `handoff` key of `package.json`): a config in a parent folder belongs to another project.
 * Files are read through `readUserText` (encoding, size, BOM, CRLF) and parsed with positions, so every
 * mistake is reported at its line:column.
 */

import { basename, relative } from 'node:path';
import { lilconfig } from 'lilconfig';
import { type ConfigLocator, resolveConfig } from '../core/config.js';
import { InputError } from '../core/errors.js';
import { type LocatedJson, parseJsonLocated } from '../core/json-location.js';
import type { HandoffConfig } from '../core/model.js';
import { readUserText } from './store.js';

export const CONFIG_FILES = ['.handoffrc.json', 'handoff.config.json', 'package.json'] as const;

/** How a config file is named in messages: relative to the repository root. */
function displayName(repoRoot: string, filepath: string): string {
  return relative(repoRoot, filepath) || basename(filepath);
}

async function readJson(filepath: string, file: string): Promise<LocatedJson> {
  return parseJsonLocated(await readUserText(filepath, file), file);
}

function emptyConfigError(file: string): InputError {
  return new InputError('the config file is empty; write {} to use the defaults', { file }, 'json/syntax');
}

/**
 * Validates what a config file holds; `json` is the whole file, so in package.json (where the config
 * sits under the `handoff` key) pointers are prefixed to find their line:column.
 */
function configFrom(
  raw: unknown,
  file: string,
  filepath: string,
  json: LocatedJson | undefined,
): HandoffConfig {
  const prefix = basename(filepath) === 'package.json' ? '/handoff' : '';
  const locate: ConfigLocator | undefined = json
    ? (pointer, options) => ({ file, ...json.locate(`${prefix}${pointer}`, options) })
    : undefined;
  return resolveConfig(raw, file, locate);
}

export async function loadConfig(repoRoot: string): Promise<{ config: HandoffConfig; file?: string }> {
  const parsed = new Map<string, LocatedJson>();
  const explorer = lilconfig('handoff', {
    searchPlaces: [...CONFIG_FILES],
    stopDir: repoRoot,
    cache: false,
    ignoreEmptySearchPlaces: false,
    loaders: {
      '.json': async (filepath: string) => {
        const json = await readJson(filepath, displayName(repoRoot, filepath));
        parsed.set(filepath, json);
        return json.value;
      },
    },
  });
  const result = await explorer.search(repoRoot);
  if (!result) return { config: resolveConfig(undefined, '(defaults)') };

  const file = displayName(repoRoot, result.filepath);
  if (result.isEmpty) throw emptyConfigError(file);
  return { config: configFrom(result.config, file, result.filepath, parsed.get(result.filepath)), file };
}

/**
 * Loads the one config file at `absPath` (the Action's `config` input), with the same rules as a
 * file `loadConfig` finds: a `package.json` holds the config under its `handoff` key (none there
 * means the defaults), and an empty file is an error.
 */
export async function loadConfigFile(
  repoRoot: string,
  absPath: string,
): Promise<{ config: HandoffConfig; file: string }> {
  const file = displayName(repoRoot, absPath);
  const text = await readUserText(absPath, file);
  const inPackage = basename(absPath) === 'package.json';
  if (!inPackage && text.trim() === '') throw emptyConfigError(file);
  const json = parseJsonLocated(text, file);
  const raw = inPackage ? (json.value as Record<string, unknown> | null)?.handoff : json.value;
  return { config: configFrom(raw, file, absPath, json), file };
}

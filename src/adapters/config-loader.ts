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

export async function loadConfig(repoRoot: string): Promise<{ config: HandoffConfig; file?: string }> {
  const parsed = new Map<string, { json: LocatedJson; display: string }>();
  const display = (filepath: string): string => relative(repoRoot, filepath) || basename(filepath);
  const explorer = lilconfig('handoff', {
    searchPlaces: [...CONFIG_FILES],
    stopDir: repoRoot,
    cache: false,
    ignoreEmptySearchPlaces: false,
    loaders: {
      '.json': async (filepath: string) => {
        const file = display(filepath);
        const json = parseJsonLocated(await readUserText(filepath, file), file);
        parsed.set(filepath, { json, display: file });
        return json.value;
      },
    },
  });
  const result = await explorer.search(repoRoot);
  if (!result) return { config: resolveConfig(undefined, '(defaults)') };

  const file = display(result.filepath);
  if (result.isEmpty) {
    throw new InputError('the config file is empty; write {} to use the defaults', { file }, 'json/syntax');
  }
  const source = parsed.get(result.filepath);
  // In package.json the config sits under the `handoff` key.
  const prefix = basename(result.filepath) === 'package.json' ? '/handoff' : '';
  const locate: ConfigLocator | undefined = source
    ? (pointer, options) => ({ file, ...source.json.locate(`${prefix}${pointer}`, options) })
    : undefined;
  return { config: resolveConfig(result.config, file, locate), file };
}

/**
 * git's merge driver for the registry: registering it (`handoff init`) and running it
 * (`handoff merge-registry %O %A %B %P`). The merge itself is pure (core/registry-merge.ts); this
 * reads git's three temporary files, writes the result where git wants it, and falls back to git's
 * own line merge when a side is not a JSON object (a merge must never lose a side's text).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../adapters/config-loader.js';
import { GitCommandManager } from '../adapters/git.js';
import { readUserText } from '../adapters/store.js';
import { DEFAULT_CONFIG, handoffSessionOf } from '../core/config.js';
import { formatLocated, InputError } from '../core/errors.js';
import { type InitStep, initStep } from '../core/init-step.js';
import { isRecord, type LocatedJson, parseJsonLocated } from '../core/json-location.js';
import type { HandoffConfig, Registry } from '../core/model.js';
import { asInProject, type ShownPath } from '../core/paths.js';
import { mergeRegistries, type NewerSideChoice, renderMergedRegistry } from '../core/registry-merge.js';
import { REGISTRY_MERGE_DRIVER_COMMAND } from '../core/templates/merge-driver.js';

/** The driver's name in `.gitattributes` (`merge=handoff-registry`) and in git config. */
export const MERGE_DRIVER = 'handoff-registry';
const DRIVER_NAME = 'handoff-guard: merges the registry entry by entry';

export interface RegistryMergeOutcome {
  /** Conflicts left in the file between git's markers; 0 means a clean merge. */
  conflicts: string[];
  choices: NewerSideChoice[];
  /** Set when a side was not a JSON object and git's line merge (`git merge-file`) was used. */
  lineMerge?: string;
}

/**
 * Merges git's three versions (`%O` base, `%A` current — overwritten with the result —, `%B`
 * other) of the registry at `displayPath` (`%P`). `repoRoot` is where the config is read from (for
 * the handoff file name pattern); a config that cannot be read (it may be mid-merge itself) means
 * the default pattern.
 */
export async function mergeRegistryFiles(
  files: { base: string; current: string; other: string; displayPath: string },
  repoRoot: string | undefined,
): Promise<RegistryMergeOutcome> {
  const config = await configOrDefault(repoRoot);
  const [base, ours, theirs] = await Promise.all([
    readSide(files.base, `${files.displayPath} (common ancestor)`),
    readSide(files.current, `${files.displayPath} (current branch)`),
    readSide(files.other, `${files.displayPath} (other branch)`),
  ]);
  const notObject = [base, ours, theirs].find((side) => side.kind === 'not-object');
  if (notObject?.kind === 'not-object' || ours.kind !== 'object' || theirs.kind !== 'object') {
    const why = notObject?.kind === 'not-object' ? notObject.why : 'a side is empty';
    let text: string;
    try {
      text = await lineMerge(files, repoRoot);
    } catch (error) {
      // git's line merge refuses too (a side with a NUL byte is binary to it): the file stays as the
      // current branch has it, and the merge stops on it as a conflict for a person to settle.
      const reason =
        error instanceof Error
          ? (error.message.split('\n').find((l) => /error|fatal/i.test(l)) ?? error.message)
          : String(error);
      return {
        conflicts: [
          `neither the JSON merge (${why}) nor git's line merge (${reason.trim()}) can merge it: it is left as the current branch has it`,
        ],
        choices: [],
        lineMerge: why,
      };
    }
    await writeFile(files.current, text);
    return {
      conflicts: /^<{7}( |$)/m.test(text) ? [`git's line merge left conflicts (${why})`] : [],
      choices: [],
      lineMerge: why,
    };
  }
  const merged = mergeRegistries(base.kind === 'object' ? base.value : undefined, ours.value, theirs.value, {
    sessionOf: (taskId, link) => handoffSessionOf(config, taskId, link),
    isActive: (status) => config.activeStatuses.includes(status),
  });
  await writeFile(files.current, renderMergedRegistry(merged, { ours: 'ours', theirs: 'theirs' }));
  return { conflicts: merged.conflicts.map((c) => c.reason), choices: merged.choices };
}

type Side = { kind: 'object'; value: Registry } | { kind: 'empty' } | { kind: 'not-object'; why: string };

/**
 * One side as the JSON merge can take it; else why not, for git's line merge. A side that cannot be
 * read (over the size limit, not UTF-8) or that writes a key twice (JSON would keep only the last,
 * silently) goes to the line merge too: it keeps every line of both sides, and `validate` then points
 * at what is wrong.
 */
async function readSide(path: string, display: string): Promise<Side> {
  let text: string;
  try {
    text = await readUserText(path, display);
  } catch (error) {
    if (error instanceof InputError) return { kind: 'not-object', why: `${display}: ${error.message}` };
    throw error;
  }
  // git passes an empty file for the common ancestor when both branches added the file.
  if (text.trim() === '') return { kind: 'empty' };
  let json: LocatedJson;
  try {
    json = parseJsonLocated(text, display);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return {
      kind: 'not-object',
      why: `${display} is not valid JSON: ${formatLocated(error.message, error.location, error.rule)}`,
    };
  }
  const twice = json.duplicateKeys[0];
  if (twice) {
    return {
      kind: 'not-object',
      why: `${display}:${twice.line}:${twice.column} writes the key ${twice.pointer} twice (the JSON merge would keep only one)`,
    };
  }
  const value = json.value;
  if (!isRecord(value)) {
    return { kind: 'not-object', why: `${display} is not a JSON object` };
  }
  return { kind: 'object', value: value as Registry };
}

async function configOrDefault(repoRoot: string | undefined): Promise<HandoffConfig> {
  if (repoRoot === undefined) return DEFAULT_CONFIG;
  try {
    return (await loadConfig(repoRoot)).config;
  } catch (error) {
    if (error instanceof InputError) return DEFAULT_CONFIG;
    throw error;
  }
}

/** git's own three-way line merge of the files, with the usual conflict markers. */
async function lineMerge(
  files: { base: string; current: string; other: string },
  repoRoot: string | undefined,
): Promise<string> {
  const git = GitCommandManager.create(repoRoot ?? process.cwd());
  return git.exec([
    'merge-file',
    '-p',
    '-L',
    'ours',
    '-L',
    'base',
    '-L',
    'theirs',
    files.current,
    files.base,
    files.other,
  ]);
}

/**
 * Registers the driver for this clone: a `.gitattributes` line for the registry (committed, so
 * every clone routes the file to the driver) and the `merge.handoff-registry.*` git config (local
 * to each clone, shared by its worktrees; without it git ignores the attribute and merges lines as
 * before). Returns what it did, one step each, naming `.gitattributes` by `shown` (from where init
 * was run).
 */
export async function registerRegistryMergeDriver(
  repoRoot: string,
  registry: string,
  shown: ShownPath = asInProject,
): Promise<InitStep[]> {
  const said: InitStep[] = [];
  const attributesName = shown('.gitattributes');
  const attributesFile = join(repoRoot, '.gitattributes');
  const existing = await readIfExists(attributesFile);
  const pattern = `/${registry.replace(/^\.\//, '')}`;
  const line = `${gitattributesPattern(pattern)} merge=${MERGE_DRIVER}`;
  if (existing?.split(/\r?\n/).some((l) => l.trim() === line)) {
    said.push(initStep('exists', `exists  ${attributesName} merge driver line`, { file: '.gitattributes' }));
  } else {
    const before =
      existing === undefined || existing === '' || existing.endsWith('\n')
        ? (existing ?? '')
        : `${existing}\n`;
    await writeFile(attributesFile, `${before}${line}\n`);
    said.push(
      initStep(
        existing === undefined ? 'created' : 'updated',
        `${existing === undefined ? 'created' : 'added to'} ${attributesName}: ${line}`,
        { file: '.gitattributes' },
      ),
    );
  }
  const git = GitCommandManager.create(repoRoot);
  const driver = REGISTRY_MERGE_DRIVER_COMMAND;
  const current = await git.configGet(`merge.${MERGE_DRIVER}.driver`);
  if (current === driver) {
    said.push(initStep('exists', `exists  git config merge.${MERGE_DRIVER}.driver`));
  } else {
    await git.exec(['config', `merge.${MERGE_DRIVER}.name`, DRIVER_NAME]);
    await git.exec(['config', `merge.${MERGE_DRIVER}.driver`, driver]);
    // The command is ~400 characters of shell: the line names the setting, the JSON step carries it.
    said.push(
      initStep('set', `set     git config merge.${MERGE_DRIVER}.driver (runs handoff merge-registry)`, {
        setting: `merge.${MERGE_DRIVER}.driver`,
        value: driver,
      }),
    );
  }
  return said;
}

/** A path as a .gitattributes pattern: quoted (C-style) when it has spaces or quotes. */
function gitattributesPattern(path: string): string {
  return /[\s"\\]/.test(path) ? `"${path.replace(/["\\]/g, '\\$&')}"` : path;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

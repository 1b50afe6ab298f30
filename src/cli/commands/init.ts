/**
 * `handoff init [--workflow] [--no-hook]`: scaffolds what the check needs — the registry, a starter
 * config, the handoff folder and the pre-push hook (husky's `.husky/pre-push` when the repository
 * uses husky, else the plain hook git runs, honouring `core.hooksPath`). Safe to run again: nothing
 * that exists is overwritten, and the hook line is added once. It prints what it did.
 */
import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { CONFIG_FILES, loadConfig } from '../../adapters/config-loader.js';
import { GitCommandManager } from '../../adapters/git.js';
import { findRepoRoot } from '../../adapters/repo-root.js';
import { writeTextAtomic } from '../../adapters/store.js';
import { registerRegistryMergeDriver } from '../../app/registry-merge-driver.js';
import { InputError } from '../../core/errors.js';
import {
  addBlockToExistingHook,
  HOOK_BLOCK_START,
  HUSKY_HOOK_LINE,
  hookScript,
} from '../../core/templates/hook.js';
import { workflowTemplate } from '../../core/templates/workflow.js';
import { type CommandContext, EXIT } from '../context.js';

export interface InitOptions {
  workflow?: boolean;
  /** `--no-hook` sets this to false. */
  hook?: boolean;
  /** `--no-merge-driver` sets this to false. */
  mergeDriver?: boolean;
}

/**
 * Where editors fetch the config's JSON Schema: the schema's `$id`, the file on the repository's
 * moving `v0` tag (the tag the Action is used by), so it works before `npm install` and outside
 * node_modules, and changes only within the major version.
 */
export const CONFIG_SCHEMA_REF =
  'https://raw.githubusercontent.com/handoff-guard/handoff-guard/v0/schema/handoff-config.schema.json';
const WORKFLOW_FILE = '.github/workflows/handoff-guard.yml';

export async function run(options: InitOptions, ctx: CommandContext): Promise<number> {
  const root = await findRepoRoot(ctx.cwd);
  const say = (line: string) => ctx.stdout.write(`${line}\n`);
  const { config, file: configFile } = await loadConfig(root);
  // Decided before anything is written: a hook the check cannot be added to stops init untouched.
  const hook = options.hook !== false ? await planHook(root) : undefined;

  // The registry keeps exactly the seed's shape: an empty object, no `$schema` key, until agents are added.
  if (await createIfMissing(join(root, config.registry), '{}\n')) say(`created ${config.registry}`);
  else say(`exists  ${config.registry} (left as is)`);

  if (configFile === undefined) {
    const starter = {
      $schema: CONFIG_SCHEMA_REF,
      activeStatuses: config.activeStatuses,
      handoffDir: config.handoffDir,
      freshness: config.freshness,
      hook: config.hook,
    };
    await writeTextAtomic(join(root, CONFIG_FILES[0]), `${JSON.stringify(starter, null, 2)}\n`);
    say(`created ${CONFIG_FILES[0]}`);
  } else {
    say(`exists  ${configFile} (config left as is)`);
  }

  const handoffDir = join(root, config.handoffDir);
  await mkdir(handoffDir, { recursive: true });
  // git does not track empty folders; a .gitkeep makes the folder part of the commit.
  if ((await readdir(handoffDir)).length === 0) {
    await writeFile(join(handoffDir, '.gitkeep'), '');
    say(`created ${config.handoffDir}/`);
  } else {
    say(`exists  ${config.handoffDir}/`);
  }

  if (hook) say(await applyHook(hook));
  else say('skipped the pre-push hook (--no-hook)');

  if (options.mergeDriver !== false) await registerMergeDriver(root, config.registry, ctx, say);
  else say('skipped the registry merge driver (--no-merge-driver)');

  if (options.workflow) {
    if (await createIfMissing(join(root, WORKFLOW_FILE), workflowTemplate())) say(`created ${WORKFLOW_FILE}`);
    else
      say(`exists  ${WORKFLOW_FILE} (not overwritten; delete it and run again to get the current template)`);
  }
  return EXIT.ok;
}

/** git merges the registry entry by entry through `handoff merge-registry` (app/registry-merge-driver.ts). */
async function registerMergeDriver(
  root: string,
  registry: string,
  ctx: CommandContext,
  say: (line: string) => void,
): Promise<void> {
  // How git will run this program: the one on PATH, or the project's through npx (never a download).
  const command = ctx.program === 'handoff' ? 'handoff' : 'npx --no-install handoff';
  for (const line of await registerRegistryMergeDriver(root, registry, command)) say(line);
}

interface HookPlan {
  file: string;
  /** The hook's new text; undefined when it is installed already. */
  text?: string;
  /** What to print once done. */
  message: string;
}

/** Where the pre-push hook goes and what it becomes (husky's file, or git's own hook). */
async function planHook(root: string): Promise<HookPlan> {
  const git = GitCommandManager.create(root);
  const hooksPath = await git.configGet('core.hooksPath');
  const usesHusky =
    (await isDirectory(join(root, '.husky'))) ||
    (hooksPath !== undefined && /^\.husky(\/_)?\/?$/.test(hooksPath));
  if (usesHusky) {
    const file = join(root, '.husky', 'pre-push');
    const existing = await readIfExists(file);
    if (existing?.includes(HUSKY_HOOK_LINE))
      return { file, message: 'hook already installed in .husky/pre-push' };
    const note = hooksPath?.startsWith('.husky') ? '' : ' (run `npx husky` once so git uses .husky/)';
    return {
      file,
      text: existing === undefined ? `${HUSKY_HOOK_LINE}\n` : `${withNewline(existing)}${HUSKY_HOOK_LINE}\n`,
      message: `${existing === undefined ? 'created' : 'added the check to'} .husky/pre-push${note}`,
    };
  }

  const file = await git.gitPath('hooks/pre-push');
  const shown = relative(root, file) || file;
  const existing = await readIfExists(file);
  if (existing?.includes(HOOK_BLOCK_START)) return { file, message: `hook already installed in ${shown}` };
  // An existing hook is kept: the check goes right after its `#!` line, sharing git's stdin with it.
  const text = existing === undefined ? hookScript() : addBlockToExistingHook(existing);
  if (text === undefined) {
    throw new InputError(
      `${shown} exists and is not a shell script, so the check cannot be added to it: call \`handoff check --hook pre-push -- <remote> <url>\` from it with git's stdin, or run \`handoff init --no-hook\``,
      { file: shown, line: 1 },
      'hook/not-shell',
    );
  }
  return {
    file,
    text,
    message: existing === undefined ? `installed ${shown}` : `added the check to the existing ${shown}`,
  };
}

async function applyHook(plan: HookPlan): Promise<string> {
  if (plan.text !== undefined) {
    await mkdir(dirname(plan.file), { recursive: true });
    await writeTextAtomic(plan.file, plan.text);
  }
  await chmod(plan.file, 0o755);
  return plan.message;
}

async function createIfMissing(path: string, text: string): Promise<boolean> {
  if ((await isDirectory(path)) || (await readIfExists(path)) !== undefined) return false;
  await writeTextAtomic(path, text);
  return true;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw error;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

function withNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

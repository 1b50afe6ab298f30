/**
 * `handoff setup <tool>`: merges the three session hooks into the tool's project settings
 * (`.claude/settings.json`, `.gemini/settings.json`), keeping every key the user has, and adds the
 * instructions paragraph to the tool's instructions file. Idempotent: a second run changes nothing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readUserText, refuseWritesOutside, writeTextAtomic } from '../adapters/store.js';
import {
  type AgentTool,
  HOOK_EVENTS,
  type HookEvent,
  hookCommand,
  mergeHookSettings,
  TOOL_PROJECT_DIR_VAR,
  TOOL_SETTINGS_FILE,
} from '../core/agent-hooks.js';
import { InputError } from '../core/errors.js';
import { parseJsonLocated } from '../core/json-location.js';
import { shellWord } from '../core/shell.js';
import { INSTRUCTIONS_FILE, withInstructions } from '../core/templates/agent-instructions.js';

export interface SetupOptions {
  repoRoot: string;
  tool: AgentTool;
  agent: string;
  /** How the tool runs handoff, e.g. `npx --no-install handoff`. */
  program: string;
  /** How the instructions paragraph tells the agent to run it; by default `program` without `--no-install`. */
  agentProgram?: string;
  /** Also write the instructions paragraph (default true). */
  instructions: boolean;
  /**
   * The monorepo package the session works in (`setup` run with `-C packages/a`, or inside it): the
   * hooks and the paragraph's commands act on it with `-C`.
   */
  folder?: string;
  /**
   * The project's registry, named from the repository's root where the agent runs its commands
   * (`packages/a/.agent-context/agent-handoffs.json` for a package): the paragraph names it.
   */
  registry?: string;
}

export interface SetupResult {
  settingsFile: string;
  added: string[];
  updated: string[];
  settingsChanged: boolean;
  instructionsFile?: string;
  instructionsChanged?: boolean;
  commands: Record<HookEvent, string>;
}

async function readOptional(absPath: string, file: string): Promise<string | undefined> {
  try {
    return await readUserText(absPath, file);
  } catch (error) {
    if (error instanceof InputError && error.rule === 'file/missing') return undefined;
    throw error;
  }
}

/** What runs handoff when `setup` is given no `--command`, and what the paragraph tells the agent to run. */
export const DEFAULT_HOOK_PROGRAM = 'npx --no-install handoff';
export const DEFAULT_AGENT_PROGRAM = 'npx handoff';

/**
 * How the hooks run handoff when `--command` says nothing: the project's own `handoff` bin, by the
 * tool's project folder variable, when `node_modules/.bin/handoff` is there (npx costs ~0.5 s before
 * handoff starts, at every session start and stop, and fails from outside the project); else npx.
 * Windows keeps npx: the bin there is a `.cmd` that a POSIX command line cannot name.
 */
export function defaultHookProgram(
  repoRoot: string,
  tool: AgentTool,
  /** The monorepo package `setup` runs for ('' for none): its own bin serves when the root has none. */
  folder = '',
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32') return DEFAULT_HOOK_PROGRAM;
  const projectDir = `"$${TOOL_PROJECT_DIR_VAR[tool]}"`;
  for (const at of folder === '' ? [''] : ['', folder]) {
    if (existsSync(join(repoRoot, at, 'node_modules', '.bin', 'handoff')))
      return `${projectDir}/${at === '' ? '' : `${shellWord(at)}/`}node_modules/.bin/handoff`;
  }
  return DEFAULT_HOOK_PROGRAM;
}

export async function runSetup(options: SetupOptions): Promise<SetupResult> {
  const { repoRoot, tool, agent } = options;
  // The tool runs hooks with its own working folder; its project variable makes `-C` exact.
  const program = options.folder
    ? `${options.program} -C "$${TOOL_PROJECT_DIR_VAR[tool]}"/${shellWord(options.folder)}`
    : options.program;
  const agentProgram = options.agentProgram ?? options.program.replace(/ --no-install/, '');
  const instructionsProgram = options.folder
    ? `${agentProgram} -C ${shellWord(options.folder)}`
    : agentProgram;
  const file = TOOL_SETTINGS_FILE[tool];
  const absPath = join(repoRoot, ...file.split('/'));
  const text = await readOptional(absPath, file);
  const current = text === undefined || text.trim() === '' ? undefined : parseJsonLocated(text, file).value;
  const commands = Object.fromEntries(
    HOOK_EVENTS.map((event) => [event, hookCommand(program, tool, event, agent)]),
  ) as Record<HookEvent, string>;
  const merged = mergeHookSettings(current, tool, commands, file);
  const settingsChanged = text === undefined || merged.added.length > 0 || merged.updated.length > 0;
  // Decide everything before writing anything: a bad instructions file must not leave half a setup.
  let instructions: { file: string; abs: string; text: string; changed: boolean } | undefined;
  if (options.instructions) {
    const name = INSTRUCTIONS_FILE[tool];
    const abs = join(repoRoot, name);
    const before = await readOptional(abs, name);
    const after = withInstructions(before, instructionsProgram, agent, options.registry);
    instructions = { file: name, abs, text: after, changed: after !== before };
  }
  await refuseWritesOutside(
    repoRoot,
    [...(settingsChanged ? [absPath] : []), ...(instructions?.changed ? [instructions.abs] : [])],
    'setup',
  );
  if (settingsChanged) await writeTextAtomic(absPath, `${JSON.stringify(merged.settings, null, 2)}\n`);
  if (instructions?.changed) await writeTextAtomic(instructions.abs, instructions.text);
  const result: SetupResult = {
    settingsFile: file,
    added: merged.added,
    updated: merged.updated,
    settingsChanged,
    commands,
  };
  if (instructions) {
    result.instructionsFile = instructions.file;
    result.instructionsChanged = instructions.changed;
  }
  return result;
}

/**
 * `handoff setup claude|gemini [--agent NAME] [--command CMD] [--no-instructions] [--format text|json]`:
 * installs the session hooks in the tool's project settings and the instructions paragraph (see
 * app/agent-setup.ts). The hooks run the project's `node_modules/.bin/handoff` (else `npx --no-install
 * handoff`) unless `--command` says otherwise.
 */
import { loadConfig } from '../../adapters/config-loader.js';
import { findProjectRoot } from '../../adapters/repo-root.js';
import { readWorkspace, type Workspace, workingTreeSource } from '../../adapters/workspace.js';
import { DEFAULT_AGENT_PROGRAM, defaultHookProgram, runSetup } from '../../app/agent-setup.js';
import { type AgentTool, TOOL_EVENT_NAMES } from '../../core/agent-hooks.js';
import { checkAgentName } from '../../core/lifecycle.js';
import { pathsInFolder } from '../../core/paths.js';
import { shellWord } from '../../core/shell.js';
import { AGENT_SLOT, commandWord, TASK_SLOT } from '../../core/slots.js';
import { type CommandContext, EXIT, filesFromHere, namingFilesBy, pathsFromHere } from '../context.js';
import { rootActedOnNote } from '../root-note.js';

export interface SetupCommandOptions {
  tool: AgentTool;
  agent?: string;
  command?: string;
  /** Commander's `--no-instructions`: false when given. */
  instructions?: boolean;
  format?: 'text' | 'json';
}

export async function run(options: SetupCommandOptions, ctx: CommandContext): Promise<number> {
  // The tool's settings are the repository's; in a monorepo package the hooks act on the package.
  const { repoRoot, projectRoot, prefix } = await findProjectRoot(ctx.cwd);
  // The files it writes are the repository's: named from where it was run (`.claude/settings.json`
  // from the root, `../../.claude/settings.json` in packages/a).
  const shown = filesFromHere(ctx, repoRoot);
  const agent = options.agent ?? options.tool;
  checkAgentName(agent);
  // The paragraph names the registry the hooks act on, from the root where the agent runs; an error
  // names its file from where setup was run, as every file it prints.
  const loaded = await namingFilesBy(pathsFromHere(ctx, projectRoot), () => loadConfig(projectRoot));
  const { config } = loaded;
  const result = await namingFilesBy(pathsFromHere(ctx, repoRoot), () =>
    runSetup({
      repoRoot,
      tool: options.tool,
      agent,
      // Given a command, the paragraph names it too; else the hooks run the project's bin straight.
      ...(options.command?.trim()
        ? { program: options.command.trim() }
        : {
            program: defaultHookProgram(repoRoot, options.tool, prefix),
            agentProgram: DEFAULT_AGENT_PROGRAM,
          }),
      instructions: options.instructions !== false,
      ...(prefix === '' ? {} : { folder: prefix }),
      registry: pathsInFolder(prefix)(config.registry),
    }),
  );
  // The hooks act on the project (a monorepo package's own registry): its agents are the ones to name.
  // The config read above, not read again.
  const workspace = await readWorkspace(workingTreeSource(projectRoot), {
    config: loaded,
    links: 'none',
  }).catch(() => undefined);
  const program = ctx.program ?? 'handoff';
  const agentNote =
    options.agent === undefined ? otherAgentNote(workspace, options.tool, agent, program) : undefined;
  // Sessions are judged, but no push is: `init` (config, registry, pre-push hook) never ran here.
  const initNote =
    workspace !== undefined && workspace.configFile === undefined && !workspace.registry.exists
      ? `handoff-guard is not set up in this project yet (no config file, no registry at ${pathsFromHere(ctx, projectRoot)(config.registry)}): \`${program} init\` writes them and installs the pre-push hook, so that pushes are checked too.`
      : undefined;
  // Said first (`rootActedOnNote`); JSON's one `note` holds them all.
  const notes = [await rootActedOnNote(ctx, prefix), initNote, agentNote].filter((n) => n !== undefined);
  const note = notes.length > 0 ? notes.join(' ') : undefined;
  const files = {
    settingsFile: shown(result.settingsFile),
    ...(result.instructionsFile === undefined ? {} : { instructionsFile: shown(result.instructionsFile) }),
  };
  if (options.format === 'json') {
    ctx.stdout.write(
      `${JSON.stringify({ tool: options.tool, agent, ...result, ...files, ...(note ? { note } : {}) }, null, 2)}\n`,
    );
    return EXIT.ok;
  }
  const say = (line: string) => ctx.stdout.write(`${line}\n`);
  const events = Object.values(TOOL_EVENT_NAMES[options.tool]).join(', ');
  const { settingsFile, instructionsFile } = files;
  if (!result.settingsChanged) say(`exists  ${settingsFile}: ${events} hooks already installed`);
  else {
    if (result.added.length > 0) say(`added   ${settingsFile}: ${result.added.join(', ')} hooks`);
    if (result.updated.length > 0) say(`updated ${settingsFile}: ${result.updated.join(', ')} hooks`);
    if (result.added.length + result.updated.length === 0) say(`created ${settingsFile}`);
  }
  if (instructionsFile) {
    say(
      result.instructionsChanged
        ? `wrote   ${instructionsFile}: the handoff paragraph`
        : `exists  ${instructionsFile}: the handoff paragraph is current`,
    );
  }
  // An agent with no active task (the note below names the one the registry has) is judged on
  // nothing: the line does not promise what its hooks cannot do.
  say(
    agentNote === undefined
      ? `Sessions now start with the brief for agent "${agent}" and cannot stop with a stale handoff.`
      : `Sessions now start with the brief for agent "${agent}", which holds no active task in the registry: its hooks check nothing until it does.`,
  );
  for (const line of notes) say(`note: ${line}`);
  return EXIT.ok;
}

/**
 * With no `--agent`, the hooks act for the agent named after the tool. When the registry's active
 * agents do not include it (the task was started as `me`), the hooks would judge an agent with no
 * task and let every session stop: say which name to give. Nothing when the registry cannot be read.
 */
function otherAgentNote(
  workspace: Workspace | undefined,
  tool: AgentTool,
  agent: string,
  program: string,
): string | undefined {
  const active = [...new Set(workspace?.activeTasks.map((t) => t.agent) ?? [])];
  if (active.length === 0 || active.includes(agent)) return undefined;
  const [only] = active;
  return active.length === 1 && only !== undefined
    ? `the registry's active agent is "${only}", not "${agent}": \`${program} setup ${tool} --agent ${shellWord(only)}\` makes these hooks act for it.`
    : `no active agent in the registry is named "${agent}" (${active.map((a) => `"${a}"`).join(', ')}): \`${program} setup ${tool} --agent ${commandWord(AGENT_SLOT)}\` makes these hooks act for one of them, or \`${program} start --task ${commandWord(TASK_SLOT)} --agent ${shellWord(agent)}\` starts this one.`;
}

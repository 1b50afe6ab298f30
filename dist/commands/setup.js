#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  HOOK_EVENTS,
  INSTRUCTIONS_FILE,
  TOOL_EVENT_NAMES,
  TOOL_PROJECT_DIR_VAR,
  TOOL_SETTINGS_FILE,
  hookCommand,
  mergeHookSettings,
  withInstructions
} from "../chunks/chunk-CJ25Z75V.js";
import {
  rootActedOnNote
} from "../chunks/chunk-DINN2OLQ.js";
import {
  checkAgentName
} from "../chunks/chunk-TETPMYFG.js";
import "../chunks/chunk-O44GVA2L.js";
import {
  AGENT_SLOT,
  TASK_SLOT,
  commandWord
} from "../chunks/chunk-EL6VZ225.js";
import "../chunks/chunk-P3IB3F72.js";
import {
  loadConfig
} from "../chunks/chunk-BNLDGPFM.js";
import {
  readWorkspace,
  workingTreeSource
} from "../chunks/chunk-T5QRKEOB.js";
import "../chunks/chunk-EEYO4645.js";
import {
  readUserText,
  refuseWritesOutside,
  writeTextAtomic
} from "../chunks/chunk-WJKR2G64.js";
import "../chunks/chunk-7E5CRINH.js";
import "../chunks/chunk-NNPSBKSI.js";
import "../chunks/chunk-LMSMW57Z.js";
import {
  findProjectRoot
} from "../chunks/chunk-HUG4EZO3.js";
import {
  EXIT,
  filesFromHere,
  namingFilesBy,
  pathsFromHere
} from "../chunks/chunk-FRQYFUSM.js";
import {
  parseJsonLocated
} from "../chunks/chunk-X2JOUVYR.js";
import {
  InputError,
  pathsInFolder,
  shellWord
} from "../chunks/chunk-MLNENVTA.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/app/agent-setup.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
async function readOptional(absPath, file) {
  try {
    return await readUserText(absPath, file);
  } catch (error) {
    if (error instanceof InputError && error.rule === "file/missing") return void 0;
    throw error;
  }
}
var DEFAULT_HOOK_PROGRAM = "npx --no-install handoff";
var DEFAULT_AGENT_PROGRAM = "npx handoff";
function defaultHookProgram(repoRoot, tool, folder = "", platform = process.platform) {
  if (platform === "win32") return DEFAULT_HOOK_PROGRAM;
  const projectDir = `"$${TOOL_PROJECT_DIR_VAR[tool]}"`;
  for (const at of folder === "" ? [""] : ["", folder]) {
    if (existsSync(join(repoRoot, at, "node_modules", ".bin", "handoff")))
      return `${projectDir}/${at === "" ? "" : `${shellWord(at)}/`}node_modules/.bin/handoff`;
  }
  return DEFAULT_HOOK_PROGRAM;
}
async function runSetup(options) {
  const { repoRoot, tool, agent } = options;
  const program = options.folder ? `${options.program} -C "$${TOOL_PROJECT_DIR_VAR[tool]}"/${shellWord(options.folder)}` : options.program;
  const agentProgram = options.agentProgram ?? options.program.replace(/ --no-install/, "");
  const instructionsProgram = options.folder ? `${agentProgram} -C ${shellWord(options.folder)}` : agentProgram;
  const file = TOOL_SETTINGS_FILE[tool];
  const absPath = join(repoRoot, ...file.split("/"));
  const text = await readOptional(absPath, file);
  const current = text === void 0 || text.trim() === "" ? void 0 : parseJsonLocated(text, file).value;
  const commands = Object.fromEntries(
    HOOK_EVENTS.map((event) => [event, hookCommand(program, tool, event, agent)])
  );
  const merged = mergeHookSettings(current, tool, commands, file);
  const settingsChanged = text === void 0 || merged.added.length > 0 || merged.updated.length > 0;
  let instructions;
  if (options.instructions) {
    const name = INSTRUCTIONS_FILE[tool];
    const abs = join(repoRoot, name);
    const before = await readOptional(abs, name);
    const after = withInstructions(before, instructionsProgram, agent, options.registry);
    instructions = { file: name, abs, text: after, changed: after !== before };
  }
  await refuseWritesOutside(
    repoRoot,
    [...settingsChanged ? [absPath] : [], ...instructions?.changed ? [instructions.abs] : []],
    "setup"
  );
  if (settingsChanged) await writeTextAtomic(absPath, `${JSON.stringify(merged.settings, null, 2)}
`);
  if (instructions?.changed) await writeTextAtomic(instructions.abs, instructions.text);
  const result = {
    settingsFile: file,
    added: merged.added,
    updated: merged.updated,
    settingsChanged,
    commands
  };
  if (instructions) {
    result.instructionsFile = instructions.file;
    result.instructionsChanged = instructions.changed;
  }
  return result;
}

// src/cli/commands/setup.ts
async function run(options, ctx) {
  const { repoRoot, projectRoot, prefix } = await findProjectRoot(ctx.cwd);
  const shown = filesFromHere(ctx, repoRoot);
  const agent = options.agent ?? options.tool;
  checkAgentName(agent);
  const loaded = await namingFilesBy(pathsFromHere(ctx, projectRoot), () => loadConfig(projectRoot));
  const { config } = loaded;
  const result = await namingFilesBy(
    pathsFromHere(ctx, repoRoot),
    () => runSetup({
      repoRoot,
      tool: options.tool,
      agent,
      // Given a command, the paragraph names it too; else the hooks run the project's bin straight.
      ...options.command?.trim() ? { program: options.command.trim() } : {
        program: defaultHookProgram(repoRoot, options.tool, prefix),
        agentProgram: DEFAULT_AGENT_PROGRAM
      },
      instructions: options.instructions !== false,
      ...prefix === "" ? {} : { folder: prefix },
      registry: pathsInFolder(prefix)(config.registry)
    })
  );
  const workspace = await readWorkspace(workingTreeSource(projectRoot), {
    config: loaded,
    links: "none"
  }).catch(() => void 0);
  const program = ctx.program ?? "handoff";
  const agentNote = options.agent === void 0 ? otherAgentNote(workspace, options.tool, agent, program) : void 0;
  const initNote = workspace !== void 0 && workspace.configFile === void 0 && !workspace.registry.exists ? `handoff-guard is not set up in this project yet (no config file, no registry at ${pathsFromHere(ctx, projectRoot)(config.registry)}): \`${program} init\` writes them and installs the pre-push hook, so that pushes are checked too.` : void 0;
  const notes = [await rootActedOnNote(ctx, prefix), initNote, agentNote].filter((n) => n !== void 0);
  const note = notes.length > 0 ? notes.join(" ") : void 0;
  const files = {
    settingsFile: shown(result.settingsFile),
    ...result.instructionsFile === void 0 ? {} : { instructionsFile: shown(result.instructionsFile) }
  };
  if (options.format === "json") {
    ctx.stdout.write(
      `${JSON.stringify({ tool: options.tool, agent, ...result, ...files, ...note ? { note } : {} }, null, 2)}
`
    );
    return EXIT.ok;
  }
  const say = (line) => ctx.stdout.write(`${line}
`);
  const events = Object.values(TOOL_EVENT_NAMES[options.tool]).join(", ");
  const { settingsFile, instructionsFile } = files;
  if (!result.settingsChanged) say(`exists  ${settingsFile}: ${events} hooks already installed`);
  else {
    if (result.added.length > 0) say(`added   ${settingsFile}: ${result.added.join(", ")} hooks`);
    if (result.updated.length > 0) say(`updated ${settingsFile}: ${result.updated.join(", ")} hooks`);
    if (result.added.length + result.updated.length === 0) say(`created ${settingsFile}`);
  }
  if (instructionsFile) {
    say(
      result.instructionsChanged ? `wrote   ${instructionsFile}: the handoff paragraph` : `exists  ${instructionsFile}: the handoff paragraph is current`
    );
  }
  say(
    agentNote === void 0 ? `Sessions now start with the brief for agent "${agent}" and cannot stop with a stale handoff.` : `Sessions now start with the brief for agent "${agent}", which holds no active task in the registry: its hooks check nothing until it does.`
  );
  for (const line of notes) say(`note: ${line}`);
  return EXIT.ok;
}
function otherAgentNote(workspace, tool, agent, program) {
  const active = [...new Set(workspace?.activeTasks.map((t) => t.agent) ?? [])];
  if (active.length === 0 || active.includes(agent)) return void 0;
  const [only] = active;
  return active.length === 1 && only !== void 0 ? `the registry's active agent is "${only}", not "${agent}": \`${program} setup ${tool} --agent ${shellWord(only)}\` makes these hooks act for it.` : `no active agent in the registry is named "${agent}" (${active.map((a) => `"${a}"`).join(", ")}): \`${program} setup ${tool} --agent ${commandWord(AGENT_SLOT)}\` makes these hooks act for one of them, or \`${program} start --task ${commandWord(TASK_SLOT)} --agent ${shellWord(agent)}\` starts this one.`;
}
export {
  run
};

#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  draftCommand
} from "./chunk-TETPMYFG.js";
import {
  AGENT_SLOT,
  TASK_SLOT,
  commandWord
} from "./chunk-EL6VZ225.js";
import {
  DEFAULT_CONFIG
} from "./chunk-EEYO4645.js";
import {
  InputError,
  shellWord
} from "./chunk-MLNENVTA.js";

// src/core/agent-hooks.ts
var HOOK_EVENTS = ["session-start", "stop", "pre-compact"];
var TOOL_EVENT_NAMES = {
  claude: { "session-start": "SessionStart", stop: "Stop", "pre-compact": "PreCompact" },
  gemini: { "session-start": "SessionStart", stop: "AfterAgent", "pre-compact": "PreCompress" }
};
var TOOL_SETTINGS_FILE = {
  claude: ".claude/settings.json",
  gemini: ".gemini/settings.json"
};
var TOOL_PROJECT_DIR_VAR = {
  claude: "CLAUDE_PROJECT_DIR",
  gemini: "GEMINI_PROJECT_DIR"
};
function hookCommand(program, tool, event, agent) {
  return `${program} hook ${event} --tool ${tool} --agent ${shellWord(agent)}`;
}
function isOurHookCommand(command, tool, event) {
  return typeof command === "string" && new RegExp(`\\shook\\s+${event}\\s+--tool\\s+${tool}(\\s|$)`).test(command);
}
var HOOK_TIMEOUT_SECONDS = 30;
function hookEntry(tool, event, command) {
  return tool === "claude" ? { type: "command", command, timeout: HOOK_TIMEOUT_SECONDS } : {
    name: `handoff-${event}`,
    type: "command",
    command,
    timeout: HOOK_TIMEOUT_SECONDS * 1e3,
    description: "handoff-guard: keep the task handoff fresh"
  };
}
function mergeHookSettings(settings, tool, commands, file) {
  if (settings === void 0) settings = {};
  if (!settings || typeof settings !== "object" || Array.isArray(settings)) {
    throw new InputError("the settings file must hold a JSON object", { file }, "settings/shape");
  }
  const next = structuredClone(settings);
  next.hooks ??= {};
  const hooks = next.hooks;
  if (!hooks || typeof hooks !== "object" || Array.isArray(hooks)) {
    throw new InputError('"hooks" must be an object of events', { file }, "settings/shape");
  }
  const added = [];
  const updated = [];
  for (const event of HOOK_EVENTS) {
    const name = TOOL_EVENT_NAMES[tool][event];
    const events = hooks;
    events[name] ??= [];
    const groups = events[name];
    if (!Array.isArray(groups)) {
      throw new InputError(`"hooks.${name}" must be a list`, { file }, "settings/shape");
    }
    let found = false;
    for (const group of groups) {
      const list = group?.hooks;
      if (!Array.isArray(list)) continue;
      for (const hook of list) {
        if (!hook || typeof hook !== "object" || !isOurHookCommand(hook.command, tool, event))
          continue;
        found = true;
        if (hook.command !== commands[event]) {
          hook.command = commands[event];
          updated.push(name);
        }
      }
    }
    if (!found) {
      groups.push({ hooks: [hookEntry(tool, event, commands[event])] });
      added.push(name);
    }
  }
  return { settings: next, added, updated };
}

// src/core/templates/agent-instructions.ts
var INSTRUCTIONS_START = "<!-- handoff-guard:start -->";
var INSTRUCTIONS_END = "<!-- handoff-guard:end -->";
var INSTRUCTIONS_FILE = { claude: "CLAUDE.md", gemini: "GEMINI.md", agents: "AGENTS.md" };
function agentInstructions(program, agent, registry = DEFAULT_CONFIG.registry) {
  const you = commandWord(agent ?? AGENT_SLOT);
  const task = commandWord(TASK_SLOT);
  return `${INSTRUCTIONS_START}
## Handoffs (handoff-guard)

Work here spans sessions; every session ends with a short handoff the next one resumes from. In the commands below, replace each \`<...>\` slot, its angle brackets included, with your answer, and keep the quotes around it.

1. Start: \`${program} prime --agent ${you}\` (or \`${program} resume --agent ${you}\`) shows your task's last handoff; register or switch your task with \`${program} start --task ${task} --agent ${you}\`.
2. Before you stop: \`${draftCommand(program, TASK_SLOT, agent ?? AGENT_SLOT)}\` (also \`--resolved\`), then commit the handoff with your work.
3. Finished: \`${program} done --agent ${you}\` (\`block\` / \`idle\` likewise).

Do not edit \`${registry}\` by hand (except to mend what \`${program} validate\` reports broken); the commands update it under a lock.
${INSTRUCTIONS_END}
`;
}
function withInstructions(existing, program, agent, registry) {
  const block = agentInstructions(program, agent, registry);
  if (existing === void 0 || existing.trim() === "") return block;
  const start = existing.indexOf(INSTRUCTIONS_START);
  const end = existing.indexOf(INSTRUCTIONS_END);
  if (start !== -1 && end > start) {
    const after = existing.slice(end + INSTRUCTIONS_END.length).replace(/^\n/, "");
    return `${existing.slice(0, start)}${block}${after}`;
  }
  return `${existing.replace(/\n*$/, "\n")}
${block}`;
}

export {
  HOOK_EVENTS,
  TOOL_EVENT_NAMES,
  TOOL_SETTINGS_FILE,
  TOOL_PROJECT_DIR_VAR,
  hookCommand,
  mergeHookSettings,
  INSTRUCTIONS_FILE,
  withInstructions
};

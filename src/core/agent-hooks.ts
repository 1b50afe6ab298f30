/**
 * The agent tools' hook protocols, as their documentation states them (docs/agents.md cites the
 * pages), and the settings entries `handoff setup` merges into a project's settings file.
 *
 * Claude Code (https://code.claude.com/docs/en/hooks): every hook gets one JSON object on stdin
 * (`session_id`, `transcript_path`, `cwd`, `hook_event_name`, …) and may print one JSON object.
 *   SessionStart → `{"hookSpecificOutput": {"hookEventName": "SessionStart", "additionalContext": "…"}}`
 *   Stop (input `stop_hook_active`) → `{"decision": "block", "reason": "…"}` keeps the agent working;
 *     `{}` lets it stop. `stop_hook_active: true` means it is already continuing because of a Stop hook.
 *   PreCompact (input `trigger`: manual|auto) → cannot block; `systemMessage` is shown to the user.
 * Gemini CLI (https://geminicli.com/docs/hooks/reference): the same stdin/stdout JSON convention.
 *   SessionStart → `hookSpecificOutput.additionalContext`.
 *   AfterAgent (input `stop_hook_active`) → `{"decision": "deny", "reason": "…"}` rejects the turn's
 *     end and sends the reason to the agent as a new prompt; `{}` accepts it.
 *   PreCompress → advisory only; `systemMessage` is shown to the user.
 */
import { InputError } from './errors.js';
import { parseJsonLocated, STDIN_NAME } from './json-location.js';
import { shellWord } from './shell.js';

export const AGENT_TOOLS = ['claude', 'gemini'] as const;
export type AgentTool = (typeof AGENT_TOOLS)[number];

/** Our names for the three moments, the same for every tool. */
export const HOOK_EVENTS = ['session-start', 'stop', 'pre-compact'] as const;
export type HookEvent = (typeof HOOK_EVENTS)[number];

/** Each tool's own event name for our three. */
export const TOOL_EVENT_NAMES: Record<AgentTool, Record<HookEvent, string>> = {
  claude: { 'session-start': 'SessionStart', stop: 'Stop', 'pre-compact': 'PreCompact' },
  gemini: { 'session-start': 'SessionStart', stop: 'AfterAgent', 'pre-compact': 'PreCompress' },
};

/** The project settings file each tool reads hooks from, repository-relative. */
export const TOOL_SETTINGS_FILE: Record<AgentTool, string> = {
  claude: '.claude/settings.json',
  gemini: '.gemini/settings.json',
};

/** The variable each tool sets, for its hooks, to the project's folder (the repository root). */
export const TOOL_PROJECT_DIR_VAR: Record<AgentTool, string> = {
  claude: 'CLAUDE_PROJECT_DIR',
  gemini: 'GEMINI_PROJECT_DIR',
};

/** The fields of an event we use; everything else in it is ignored. */
export interface HookEventInput {
  hookEventName?: string;
  cwd?: string;
  /** Claude Code Stop, Gemini CLI AfterAgent: already continuing because a stop hook said so. */
  stopHookActive: boolean;
  /** SessionStart: startup, resume, clear, compact. */
  source?: string;
  /** PreCompact / PreCompress: manual or auto. */
  trigger?: string;
}

/** Parses the event JSON a tool writes to the hook's stdin; empty input (a manual run) is an empty event. */
export function parseHookEvent(text: string, file = STDIN_NAME): HookEventInput {
  if (text.trim() === '') return { stopHookActive: false };
  const { value } = parseJsonLocated(text, file);
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError('the hook event must be a JSON object', { file }, 'hook/event');
  }
  const event = value as Record<string, unknown>;
  const str = (key: string) => (typeof event[key] === 'string' ? (event[key] as string) : undefined);
  const input: HookEventInput = { stopHookActive: event.stop_hook_active === true };
  const name = str('hook_event_name');
  if (name !== undefined) input.hookEventName = name;
  const cwd = str('cwd');
  if (cwd !== undefined) input.cwd = cwd;
  const source = str('source');
  if (source !== undefined) input.source = source;
  const trigger = str('trigger');
  if (trigger !== undefined) input.trigger = trigger;
  return input;
}

/** An event named by the tool that is not the one the hook was installed for is a setup mistake. */
export function checkEventName(tool: AgentTool, event: HookEvent, input: HookEventInput): void {
  const expected = TOOL_EVENT_NAMES[tool][event];
  if (input.hookEventName !== undefined && input.hookEventName !== expected) {
    throw new InputError(
      `\`handoff hook ${event} --tool ${tool}\` expects the ${expected} event, got ${input.hookEventName}`,
      {},
      'hook/event-name',
    );
  }
}

export type HookAnswer = Record<string, unknown>;

/** SessionStart: the brief, injected as context (the same shape in both tools). */
export function sessionStartAnswer(_tool: AgentTool, context: string): HookAnswer {
  return { hookSpecificOutput: { hookEventName: 'SessionStart', additionalContext: context } };
}

/** Stop / AfterAgent: refuse the end of the turn with the reason, or let it end. */
export function stopAnswer(
  tool: AgentTool,
  refuse: { reason: string } | undefined,
  notice?: string,
): HookAnswer {
  if (!refuse) return notice ? { systemMessage: notice } : {};
  return { decision: tool === 'claude' ? 'block' : 'deny', reason: refuse.reason };
}

/** PreCompact / PreCompress: advisory in both tools; a message for the user. */
export function preCompactAnswer(_tool: AgentTool, message: string): HookAnswer {
  return { systemMessage: message };
}

// ---------------------------------------------------------------------------------------------
// Settings: the hook entries `handoff setup <tool>` merges into the tool's settings file.
// ---------------------------------------------------------------------------------------------

/** The command line a tool runs for one of our hooks. */
export function hookCommand(program: string, tool: AgentTool, event: HookEvent, agent: string): string {
  return `${program} hook ${event} --tool ${tool} --agent ${shellWord(agent)}`;
}

/**
 * Whether a configured command is ours for this tool and event, whatever runs handoff (`npx handoff`,
 * `node …/cli.js`) and for whichever agent: `hook <event> --tool <tool>` is what `hookCommand` writes.
 */
export function isOurHookCommand(command: unknown, tool: AgentTool, event: HookEvent): boolean {
  return (
    typeof command === 'string' && new RegExp(`\\shook\\s+${event}\\s+--tool\\s+${tool}(\\s|$)`).test(command)
  );
}

/** Seconds (Claude Code) or milliseconds (Gemini CLI) a hook may run. */
const HOOK_TIMEOUT_SECONDS = 30;

function hookEntry(tool: AgentTool, event: HookEvent, command: string): Record<string, unknown> {
  return tool === 'claude'
    ? { type: 'command', command, timeout: HOOK_TIMEOUT_SECONDS }
    : {
        name: `handoff-${event}`,
        type: 'command',
        command,
        timeout: HOOK_TIMEOUT_SECONDS * 1000,
        description: 'handoff-guard: keep the task handoff fresh',
      };
}

export interface MergedSettings {
  settings: Record<string, unknown>;
  /** Events whose hook was added or whose command changed. */
  added: string[];
  updated: string[];
}

/**
 * Adds (or updates) our three hooks in a tool's settings object; every other key, event and hook
 * is kept as it was. Running it again with the same commands changes nothing.
 */
export function mergeHookSettings(
  settings: unknown,
  tool: AgentTool,
  commands: Record<HookEvent, string>,
  file: string,
): MergedSettings {
  if (settings === undefined) settings = {};
  if (!settings || typeof settings !== 'object' || Array.isArray(settings)) {
    throw new InputError('the settings file must hold a JSON object', { file }, 'settings/shape');
  }
  const next = structuredClone(settings) as Record<string, unknown>;
  next.hooks ??= {};
  const hooks = next.hooks;
  if (!hooks || typeof hooks !== 'object' || Array.isArray(hooks)) {
    throw new InputError('"hooks" must be an object of events', { file }, 'settings/shape');
  }
  const added: string[] = [];
  const updated: string[] = [];
  for (const event of HOOK_EVENTS) {
    const name = TOOL_EVENT_NAMES[tool][event];
    const events = hooks as Record<string, unknown>;
    events[name] ??= [];
    const groups = events[name];
    if (!Array.isArray(groups)) {
      throw new InputError(`"hooks.${name}" must be a list`, { file }, 'settings/shape');
    }
    let found = false;
    for (const group of groups) {
      const list = (group as { hooks?: unknown })?.hooks;
      if (!Array.isArray(list)) continue;
      for (const hook of list) {
        if (
          !hook ||
          typeof hook !== 'object' ||
          !isOurHookCommand((hook as { command?: unknown }).command, tool, event)
        )
          continue;
        found = true;
        if ((hook as { command: string }).command !== commands[event]) {
          (hook as { command: string }).command = commands[event];
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

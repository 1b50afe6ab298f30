/**
 * The paragraph that tells any agent (CLAUDE.md, GEMINI.md, AGENTS.md) the three commands of a
 * session. `handoff setup` appends it once, between markers, and docs/agents.md shows the same text.
 */

import { draftCommand } from '../agent-session.js';
import { DEFAULT_CONFIG } from '../config.js';
import { AGENT_SLOT, commandWord, TASK_SLOT } from '../slots.js';

export const INSTRUCTIONS_START = '<!-- handoff-guard:start -->';
export const INSTRUCTIONS_END = '<!-- handoff-guard:end -->';

/** The file each tool reads project instructions from. */
export const INSTRUCTIONS_FILE = { claude: 'CLAUDE.md', gemini: 'GEMINI.md', agents: 'AGENTS.md' } as const;

/**
 * `agent`: the name the installed hooks act for (`setup --agent`, else the tool's name), written in
 * place of the agent slot so the agent registers under the name its hooks check; docs/agents.md shows
 * the slot. The commands' slots are those of every command the program gives (core/slots.ts), the
 * draft's the Stop hook's own. `registry`: the registry the commands update, named from where the
 * agent runs them (a monorepo package's, `packages/a/.agent-context/agent-handoffs.json`).
 */
export function agentInstructions(
  program: string,
  agent?: string,
  registry: string = DEFAULT_CONFIG.registry,
): string {
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

/** The file's text with the paragraph added (or replaced between its markers); unchanged text if current. */
export function withInstructions(
  existing: string | undefined,
  program: string,
  agent?: string,
  registry?: string,
): string {
  const block = agentInstructions(program, agent, registry);
  if (existing === undefined || existing.trim() === '') return block;
  const start = existing.indexOf(INSTRUCTIONS_START);
  const end = existing.indexOf(INSTRUCTIONS_END);
  if (start !== -1 && end > start) {
    const after = existing.slice(end + INSTRUCTIONS_END.length).replace(/^\n/, '');
    return `${existing.slice(0, start)}${block}${after}`;
  }
  return `${existing.replace(/\n*$/, '\n')}\n${block}`;
}

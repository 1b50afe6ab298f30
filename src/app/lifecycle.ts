/**
 * `handoff start|block|done|idle`: one registry transition (core/lifecycle.ts), read, decided and
 * written under the registry's lock (`updateRegistry`, the same atomic update `draft` uses), so two
 * agents changing their entries at once both land.
 */
import { updateRegistry } from '../adapters/store.js';
import {
  checkAgentName,
  checkTaskId,
  chooseAgent,
  type LifecycleAction,
  transition,
} from '../core/lifecycle.js';
import type { AgentEntry, HandoffConfig } from '../core/model.js';
import { withEntry } from '../core/registry.js';

export interface LifecycleOptions {
  repoRoot: string;
  config: HandoffConfig;
  action: LifecycleAction;
  agent?: string;
  /** `$HANDOFF_AGENT`. */
  envAgent?: string;
  taskId?: string;
  note?: string;
  now: Date;
}

export interface LifecycleResult {
  agent: string;
  action: LifecycleAction;
  /** The entry before (undefined when the agent was new) and after. */
  before?: AgentEntry;
  after: AgentEntry;
  registry: string;
}

export async function runLifecycle(options: LifecycleOptions): Promise<LifecycleResult> {
  const { config, action } = options;
  if (action === 'start') {
    if (options.taskId === undefined) throw new Error('start needs a task id');
    checkTaskId(config, options.taskId);
  }
  if (options.agent !== undefined) checkAgentName(options.agent);
  let result: LifecycleResult | undefined;
  await updateRegistry(options.repoRoot, config, (registry) => {
    const agent = chooseAgent(registry, config, action, options.agent, options.envAgent);
    const before = Object.hasOwn(registry, agent) ? registry[agent] : undefined;
    const patch = transition({
      action,
      agent,
      ...(before ? { entry: before } : {}),
      ...(options.taskId === undefined ? {} : { taskId: options.taskId }),
      ...(options.note === undefined ? {} : { note: options.note }),
      today: options.now.toISOString().slice(0, 10),
    });
    const next = withEntry(registry, agent, patch);
    result = { agent, action, after: next[agent] as AgentEntry, registry: config.registry };
    if (before) result.before = before;
    return next;
  });
  return result as unknown as LifecycleResult;
}

export const taskOf = (entry: { current_task?: string | null } | undefined) =>
  typeof entry?.current_task === 'string' && entry.current_task !== '' ? entry.current_task : null;

/** `--format json` and the MCP tools: the change in plain JSON. */
export function lifecycleJson(result: LifecycleResult) {
  return {
    agent: result.agent,
    action: result.action,
    status: result.after.status,
    task: taskOf(result.after),
    previous: result.before ? { status: result.before.status, task: taskOf(result.before) } : null,
    registry: result.registry,
    entry: result.after,
  };
}

/**
 * `handoff status`: every agent and task at a glance. A handoff that cannot be read does not hide
 * the table: its row says why and points to `handoff validate`. A bad config or registry is bad
 * input (exit 2).
 */
import { loadConfig } from '../adapters/config-loader.js';
import { readRegistry, readUserText, resolveLink } from '../adapters/store.js';
import { documentFacts } from '../core/document/facts.js';
import { parseHandoff } from '../core/document/parse.js';
import { formatLocated, InputError } from '../core/errors.js';
import { agentEntries } from '../core/registry.js';
import { buildStatusRows, type LinkedHandoff, type StatusRow } from '../core/render/status.js';

async function readLinkedHandoff(repoRoot: string, link: string): Promise<LinkedHandoff> {
  const resolved = await resolveLink(repoRoot, link);
  if (!resolved.ok) return { problem: `${resolved.message} [${resolved.rule}]` };
  if (!resolved.exists) return { problem: `${link} does not exist [link/missing]` };
  try {
    return { facts: documentFacts(parseHandoff(await readUserText(resolved.absPath, link), link)) };
  } catch (error) {
    if (error instanceof InputError) {
      return { problem: formatLocated(error.message, { file: link, ...error.location }, error.rule) };
    }
    throw error;
  }
}

/** The status rows, and the registry they come from. */
export async function gatherStatus(
  repoRoot: string,
  now: Date,
): Promise<{ rows: StatusRow[]; file: string; exists: boolean }> {
  const { config } = await loadConfig(repoRoot);
  const { registry, file, exists } = await readRegistry(repoRoot, config);
  const handoffs = new Map<string, LinkedHandoff>();
  await Promise.all(
    agentEntries(registry).map(async ([agent, entry]) => {
      if (typeof entry.details_link === 'string' && entry.details_link !== '') {
        handoffs.set(agent, await readLinkedHandoff(repoRoot, entry.details_link));
      }
    }),
  );
  return { rows: buildStatusRows(registry, config, handoffs, now), file, exists };
}

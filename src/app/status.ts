/**
 * `handoff status`: every agent and task at a glance, from the working tree's snapshot. A handoff
 * that cannot be read does not hide the table: its row says why and points to `handoff validate`.
 * A bad config or registry is bad input (exit 2).
 */
import { DocumentCache } from '../adapters/document-cache.js';
import { type LinkedHandoff, readWorkspace, workingTreeSource } from '../adapters/workspace.js';
import { formatLocated, InputError } from '../core/errors.js';
import {
  buildStatusRows,
  type LinkedHandoff as StatusHandoff,
  type StatusRow,
} from '../core/render/status.js';

/** What a status row says of a linked handoff: its facts, or why it has none. */
async function statusOf(linked: LinkedHandoff, cache: DocumentCache): Promise<StatusHandoff | undefined> {
  switch (linked.kind) {
    case 'none':
      return undefined;
    case 'invalid-link':
      return { problem: `${linked.message} [${linked.rule}]` };
    case 'missing':
      return { problem: `${linked.path} does not exist [link/missing]` };
    case 'unreadable':
      return {
        problem: formatLocated(
          linked.error.message,
          { file: linked.path, ...linked.error.location },
          linked.error.rule,
        ),
      };
    case 'document':
      try {
        return { facts: (await cache.summarize(linked.contentId, linked.text, linked.path)).facts };
      } catch (error) {
        // A document too hostile to read is that row's problem, not the whole table's.
        if (!(error instanceof InputError)) throw error;
        return {
          problem: formatLocated(error.message, { file: linked.path, ...error.location }, error.rule),
        };
      }
  }
}

/** The status rows, and the registry they come from. */
export async function gatherStatus(
  repoRoot: string,
  now: Date,
): Promise<{ rows: StatusRow[]; file: string; exists: boolean }> {
  const cache = await DocumentCache.open(repoRoot);
  const workspace = await readWorkspace(workingTreeSource(repoRoot), { links: 'all', values: cache.values });
  const handoffs = new Map<string, StatusHandoff>();
  try {
    for (const [agent, linked] of workspace.handoffs) {
      const status = await statusOf(linked, cache);
      if (status) handoffs.set(agent, status);
    }
  } finally {
    await cache.save();
  }
  const { registry, file, exists } = workspace.registry;
  return { rows: buildStatusRows(registry, workspace.config, handoffs, now), file, exists };
}

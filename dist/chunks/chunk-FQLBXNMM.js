#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  DocumentCache
} from "./chunk-27D75YPC.js";
import {
  readWorkspace,
  workingTreeSource
} from "./chunk-IY7MKFWO.js";
import {
  agentEntries
} from "./chunk-LELWGRLU.js";
import {
  InputError,
  formatLocated
} from "./chunk-7XVGDBHD.js";

// src/core/render/status.ts
function buildStatusRows(registry, config, handoffs, now) {
  return agentEntries(registry).map(([agent, entry]) => {
    const task = typeof entry.current_task === "string" && entry.current_task !== "" ? entry.current_task : void 0;
    const linked = handoffs.get(agent);
    const row = {
      agent,
      status: entry.status,
      active: task !== void 0 && config.activeStatuses.includes(entry.status)
    };
    if (task !== void 0) row.task = task;
    if (typeof entry.brief_note === "string" && entry.brief_note !== "") row.briefNote = entry.brief_note;
    if (typeof entry.details_link === "string" && entry.details_link !== "")
      row.detailsLink = entry.details_link;
    const date = linked?.facts?.date;
    if (date !== void 0) {
      row.handoffDate = date;
      const at = Date.parse(date);
      if (!Number.isNaN(at)) row.ageMs = now.getTime() - at;
    }
    if (linked?.facts?.progressPercent !== void 0) row.progressPercent = linked.facts.progressPercent;
    if (linked?.problem !== void 0) row.problem = linked.problem;
    return row;
  });
}
function formatAge(ms, date) {
  if (date !== void 0 && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const days = Math.floor(ms / 864e5);
    return days < 0 ? "future" : days === 0 ? "today" : `${days}d`;
  }
  if (ms < 0) return "future";
  const minutes = Math.floor(ms / 6e4);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

// src/app/status.ts
async function statusOf(linked, cache) {
  switch (linked.kind) {
    case "none":
      return void 0;
    case "invalid-link":
      return { problem: `${linked.message} [${linked.rule}]` };
    case "missing":
      return { problem: `${linked.path} does not exist [link/missing]` };
    case "unreadable":
      return {
        problem: formatLocated(
          linked.error.message,
          { file: linked.path, ...linked.error.location },
          linked.error.rule
        )
      };
    case "document":
      try {
        return { facts: (await cache.summarize(linked.contentId, linked.text, linked.path)).facts };
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        return {
          problem: formatLocated(error.message, { file: linked.path, ...error.location }, error.rule)
        };
      }
  }
}
async function gatherStatus(repoRoot, now) {
  const cache = await DocumentCache.open(repoRoot);
  const workspace = await readWorkspace(workingTreeSource(repoRoot), { links: "all", values: cache.values });
  const handoffs = /* @__PURE__ */ new Map();
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

export {
  formatAge,
  gatherStatus
};

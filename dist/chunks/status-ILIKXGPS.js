#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  loadConfig
} from "./chunk-YGYZ5CJU.js";
import {
  EXIT
} from "./chunk-VM6H5HU7.js";
import {
  findRepoRoot
} from "./chunk-WV5WTJR3.js";
import {
  agentEntries,
  readRegistry,
  readUserText,
  resolveLink
} from "./chunk-YLBT3DIN.js";
import "./chunk-MATBB7BT.js";
import {
  parseHandoff
} from "./chunk-NLFNNUI7.js";
import "./chunk-OFRVZ7MX.js";
import {
  InputError,
  formatLocated
} from "./chunk-AVNUWBDK.js";
import {
  documentFacts
} from "./chunk-YGKEW4RE.js";
import "./chunk-RNIJDUBG.js";
import "./chunk-LDRPVFWU.js";
import "./chunk-AV3RITBJ.js";
import "./chunk-MWPPMQVD.js";

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
function truncate(text, max) {
  const chars = [...text.replace(/\s+/g, " ").trim()];
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}\u2026`;
}
var NOTE_WIDTH = 40;
function renderStatusText(rows, registryFile, registryExists) {
  if (!registryExists) {
    return `No registry at ${registryFile} yet: run \`handoff init\` to create one.
`;
  }
  if (rows.length === 0) return `No agents in ${registryFile} yet.
`;
  const header = ["AGENT", "TASK", "STATUS", "AGE", "PROGRESS", "NOTE", "HANDOFF"];
  const cells = rows.map((row) => [
    row.agent,
    row.task ?? "-",
    row.status,
    row.ageMs !== void 0 ? formatAge(row.ageMs, row.handoffDate) : "-",
    row.progressPercent !== void 0 ? `${row.progressPercent}%` : "-",
    row.briefNote !== void 0 ? truncate(row.briefNote, NOTE_WIDTH) : "-",
    row.detailsLink ?? "-"
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => [...c[i]].length)));
  const line = (values) => values.map((v, i) => i === values.length - 1 ? v : v + " ".repeat(widths[i] - [...v].length)).join("  ").trimEnd();
  const out = [line(header), ...cells.map(line)];
  const active = rows.filter((r) => r.active).length;
  out.push(
    "",
    `${rows.length} agent${rows.length === 1 ? "" : "s"}, ${active} active task${active === 1 ? "" : "s"}.`
  );
  const problems = rows.filter((r) => r.problem !== void 0);
  for (const row of problems) out.push(`! ${row.agent}: ${row.problem}`);
  if (problems.length > 0) out.push("Run `handoff validate` for details.");
  return `${out.join("\n")}
`;
}
function renderStatusJson(rows, registryFile, registryExists) {
  return `${JSON.stringify({ registry: registryFile, exists: registryExists, agents: rows }, null, 2)}
`;
}

// src/app/status.ts
async function readLinkedHandoff(repoRoot, link) {
  const resolved = await resolveLink(repoRoot, link);
  if (!resolved.ok) return { problem: `${resolved.message} [${resolved.rule}]` };
  if (!resolved.exists) return { problem: `${link} does not exist [link/missing]` };
  try {
    return { facts: documentFacts(parseHandoff(await readUserText(resolved.absPath, link))) };
  } catch (error) {
    if (error instanceof InputError) {
      return { problem: formatLocated(error.message, { file: link, ...error.location }, error.rule) };
    }
    throw error;
  }
}
async function gatherStatus(repoRoot, now) {
  const { config } = await loadConfig(repoRoot);
  const { registry, file, exists } = await readRegistry(repoRoot, config);
  const handoffs = /* @__PURE__ */ new Map();
  await Promise.all(
    agentEntries(registry).map(async ([agent, entry]) => {
      if (typeof entry.details_link === "string" && entry.details_link !== "") {
        handoffs.set(agent, await readLinkedHandoff(repoRoot, entry.details_link));
      }
    })
  );
  return { rows: buildStatusRows(registry, config, handoffs, now), file, exists };
}

// src/cli/commands/status.ts
async function run(options, ctx) {
  const repoRoot = await findRepoRoot(ctx.cwd);
  const { rows, file, exists } = await gatherStatus(repoRoot, ctx.now());
  ctx.stdout.write(
    options.format === "json" ? renderStatusJson(rows, file, exists) : renderStatusText(rows, file, exists)
  );
  return EXIT.ok;
}
export {
  run
};

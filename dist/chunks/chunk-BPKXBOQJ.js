#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  endOfStartDay,
  firstSessionStart,
  gatherStatus,
  planDraft,
  selectTaskCommits,
  setupCommitsBefore,
  sinceDay,
  writeDraft
} from "./chunk-DBS2ASOU.js";
import {
  INSTRUCTIONS_FILE,
  TOOL_SETTINGS_FILE
} from "./chunk-GD2JBZI6.js";
import {
  formatAge,
  isWorkCommit,
  nonWorkPaths,
  renderResumeText,
  runCheck,
  runResume
} from "./chunk-XDRE7KMQ.js";
import {
  parseHandoff
} from "./chunk-SQBYQNQR.js";
import {
  judgeSession
} from "./chunk-MJO3MAGY.js";
import {
  agentFromEnv,
  checkAgentName
} from "./chunk-3DR7LPON.js";
import {
  listTaskHandoffs
} from "./chunk-HGFDAIIO.js";
import {
  missingElements
} from "./chunk-W6TIKAWW.js";
import {
  GitCommandManager
} from "./chunk-UAB5AT34.js";
import {
  loadConfig
} from "./chunk-PTAXAU7Z.js";
import {
  activeTasks,
  detailsLinks,
  handoffFilesByTask,
  linkedBy,
  readRegistry,
  readUserText,
  resolveLink
} from "./chunk-HNBXAVBF.js";
import {
  findProjectRoot,
  findRepoRoot
} from "./chunk-DM7L26JY.js";
import {
  normalizeLink,
  taskIdRegExp
} from "./chunk-SSGQVMIC.js";
import {
  InputError
} from "./chunk-K7ZVKXRQ.js";
import {
  EXIT
} from "./chunk-2B4I7V23.js";
import {
  shellWord,
  withInvocation
} from "./chunk-SRV3ZKZ5.js";

// src/app/agent-session.ts
import { relative, sep } from "node:path";

// src/core/prime.ts
var PRIME_MAX_CHARS = 6e3;
var PRIME_TEAM_CAP = 12;
var PRIME_STALE_CAP = 8;
function commands(program, agent, taskId) {
  const a = agent === void 0 ? "NAME" : shellWord(agent);
  const t = taskId === void 0 ? "ID" : shellWord(taskId);
  return [
    `${program} start --task ${t} --agent ${a}   # register or switch your task`,
    `${program} draft --task ${t} --agent ${a} --note "\u2026" --decision "\u2026: why" --blocker "\u2026 or None" --next "\u2026" --progress N   # before you stop`,
    `${program} done --agent ${a}   # when the task is finished (block / idle likewise)`
  ];
}
function teamLine(row) {
  const parts = [row.status];
  if (row.ageMs !== void 0) parts.push(`handoff ${formatAge(row.ageMs, row.handoffDate)}`);
  if (row.progressPercent !== void 0) parts.push(`${row.progressPercent}%`);
  if (row.problem) parts.push("handoff unreadable");
  const note = row.briefNote ? ` \u2014 ${clipAtWord(row.briefNote, 60)}` : "";
  return `- ${row.agent}: ${row.task ?? "(no task)"} (${parts.join(", ")})${note}`;
}
var LINE_CAP = 400;
function clipAtWord(text, max) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space >= max * 2 / 3 ? cut.slice(0, space) : cut).trimEnd()}\u2026`;
}
function buildPrime(input) {
  const { agent, own, program } = input;
  const taskId = own?.taskId ?? input.ownTask?.taskId;
  const lines = ["# Handoff brief"];
  if (!agent) {
    lines.push(
      `No agent named: set HANDOFF_AGENT or pass --agent NAME, then \`${program} start --task ID\`.`
    );
    const active = input.team.filter((row) => row.active);
    if (active.length === 1 && active[0]) {
      const only = active[0];
      lines.push(
        `The one active agent is "${only.agent}" (${only.task ?? "no task"}); if that is you: \`${program} prime --agent ${shellWord(only.agent)}\`.`
      );
    }
  } else if (!taskId) {
    lines.push(
      `You are "${agent}", with no current task: \`${program} start --task ID --agent ${shellWord(agent)}\`.`
    );
  } else {
    const status = own?.status ?? input.ownTask?.status ?? "unknown";
    lines.push(`You are "${agent}", on ${taskId} (${status}).`);
  }
  if (input.session?.stale) {
    lines.push(`Before ending this session: ${input.session.reason}`);
    if (input.session.fix) lines.push(`Fix: ${input.session.fix}`);
  }
  const cmds = commands(program, agent, taskId);
  lines.push("", "## Commands", ...cmds);
  if (own) {
    lines.push("", "## Your task", ...renderResumeText(own).trimEnd().split("\n"));
  }
  const teamRows = input.team.filter((row) => row.agent !== agent);
  const shownTeam = teamRows.slice(0, PRIME_TEAM_CAP);
  if (teamRows.length > 0) {
    lines.push("", `## Team (${teamRows.length} other ${teamRows.length === 1 ? "agent" : "agents"})`);
    for (const row of shownTeam) lines.push(teamLine(row));
    if (teamRows.length > shownTeam.length) {
      lines.push(`\u2026and ${teamRows.length - shownTeam.length} more: \`${program} status\``);
    }
  }
  const shownStale = input.stale.slice(0, PRIME_STALE_CAP);
  const staleItems = shownStale.map((v) => {
    const item = {
      taskId: v.taskId,
      agent: v.agent,
      reasons: v.problems.map((p) => p.reason)
    };
    const fix = v.problems[0]?.fix;
    if (fix) item.fix = withInvocation(fix, program);
    return item;
  });
  if (input.stale.length > 0) {
    lines.push("", `## Stale handoffs (${input.stale.length})`);
    for (const item of staleItems) {
      lines.push(
        `- ${item.taskId} (${item.agent}): ${item.reasons.join(", ")}${item.fix ? ` \u2014 fix: ${item.fix}` : ""}`
      );
    }
    if (input.stale.length > shownStale.length) {
      lines.push(`\u2026and ${input.stale.length - shownStale.length} more: \`${program} check\``);
    }
  } else if (input.checkNote) {
    lines.push("", `Check: ${input.checkNote}`);
  }
  let truncated = lines.some((line) => line.length > LINE_CAP);
  let text = `${lines.map((line) => clipAtWord(line, LINE_CAP)).join("\n")}
`;
  if (text.length > PRIME_MAX_CHARS) {
    truncated = true;
    const tail = `\u2026(cut to ${PRIME_MAX_CHARS} characters: \`${program} resume\` and \`${program} status\` have the rest)
`;
    const cut = text.slice(0, PRIME_MAX_CHARS - tail.length);
    text = `${cut.slice(0, cut.lastIndexOf("\n") + 1)}${tail}`;
  }
  return {
    agent: agent ?? null,
    task: taskId ?? null,
    session: input.session ?? null,
    own: own ?? null,
    team: { rows: shownTeam, more: teamRows.length - shownTeam.length },
    stale: { items: staleItems, more: input.stale.length - shownStale.length },
    commands: cmds,
    truncated,
    text
  };
}

// src/app/agent-session.ts
async function changedPaths(git, projectRoot) {
  const top = await findRepoRoot(projectRoot);
  const folder = relative(top, projectRoot).split(sep).join("/");
  const prefix = folder === "" ? "" : `${folder}/`;
  const out = await git.exec(["status", "--porcelain", "-z", "--untracked-files=all", "--", "."]);
  const fields = out.split("\0");
  const paths = [];
  const untracked = /* @__PURE__ */ new Set();
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    if (field.length < 4) continue;
    const fromTop = field.slice(3);
    const path = fromTop.startsWith(prefix) ? fromTop.slice(prefix.length) : fromTop;
    paths.push(path);
    if (field.startsWith("??")) untracked.add(path);
    if (field[0] === "R" || field[0] === "C") i++;
  }
  return { paths, untracked };
}
async function gatherSessionFacts(repoRoot, config, agent) {
  const { registry } = await readRegistry(repoRoot, config);
  const facts = {
    agent,
    workCommits: 0,
    uncommitted: [],
    maxCommitsBehind: config.freshness.maxCommitsBehind
  };
  const entry = Object.hasOwn(registry, agent) ? registry[agent] : void 0;
  const taskId = typeof entry?.current_task === "string" ? entry.current_task.trim() : "";
  if (!entry || taskId === "") return facts;
  const active = config.activeStatuses.includes(entry.status);
  facts.task = { taskId, status: entry.status, active };
  if (!active) return facts;
  const git = GitCommandManager.create(repoRoot);
  const links = detailsLinks(registry);
  const nonWork = nonWorkPaths(config.handoffDir, config.registry, links);
  const { paths: changed, untracked } = await changedPaths(git, repoRoot);
  const setupFiles = /* @__PURE__ */ new Set([
    ...Object.values(TOOL_SETTINGS_FILE),
    ...Object.values(INSTRUCTIONS_FILE)
  ]);
  facts.uncommitted = changed.filter(
    (path) => !setupFiles.has(path) && isWorkCommit({ files: [{ path }] }, nonWork)
  );
  const untrackedWork = facts.uncommitted.filter((path) => untracked.has(path));
  if (untrackedWork.length > 0) facts.untracked = untrackedWork;
  const link = typeof entry.details_link === "string" && entry.details_link !== "" ? entry.details_link : void 0;
  let lastTouch;
  if (link) {
    const resolved = await resolveLink(repoRoot, link);
    const path = normalizeLink(link);
    const handoff = {
      path: link,
      exists: resolved.ok && resolved.exists,
      changed: changed.includes(path),
      missing: []
    };
    if (!resolved.ok) handoff.problem = resolved.message;
    else if (resolved.exists) {
      try {
        const document = parseHandoff(await readUserText(resolved.absPath, link));
        handoff.missing = missingElements(document, config.requiredElements);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        handoff.problem = `${link} cannot be read: ${error.message}`;
      }
    }
    facts.handoff = handoff;
    if (handoff.exists && await git.hasCommits()) {
      lastTouch = (await git.lastTouchingCommits([path])).get(path);
    }
  }
  if (!link) {
    const latest = (await listTaskHandoffs(repoRoot, config, taskId)).pop();
    const holder = latest && changed.includes(latest.path) ? linkedBy(registry, latest.path, agent) : void 0;
    if (latest && holder) facts.waitingFor = { agent: holder, path: latest.path };
    else if (latest && await git.hasCommits())
      lastTouch = (await git.lastTouchingCommits([latest.path])).get(latest.path);
  }
  if (!await git.hasCommits()) return facts;
  const started = typeof entry.task_started === "string" ? entry.task_started.slice(0, 10) : void 0;
  const branch = await git.currentBranch();
  const start = lastTouch ? void 0 : await firstSessionStart(git, branch, started);
  const range = lastTouch ? ["HEAD", "--not", lastTouch] : start?.fromDay ? [sinceDay(start.fromDay), "HEAD", ...start.excluded] : void 0;
  if (range) {
    const tasks = activeTasks(registry, config);
    const input = {
      taskId,
      activeTaskIds: tasks.map((t) => t.taskId),
      handoffFiles: handoffFilesByTask(tasks),
      taskIds: taskIdRegExp(config),
      ...branch === void 0 ? {} : { branch },
      nonWork
    };
    let commits = await git.logRange(range, { stats: true });
    if (start?.cutsSetup && start.fromDay)
      commits = commits.slice(setupCommitsBefore(commits, input, endOfStartDay(start.fromDay)));
    facts.workCommits = selectTaskCommits(commits, input).length;
  }
  return facts;
}
async function judgeAgentSession(repoRoot, config, agent, program) {
  return judgeSession(await gatherSessionFacts(repoRoot, config, agent), program);
}
async function runPrime(options) {
  const { repoRoot, config, agent, program, now } = options;
  const { rows } = await gatherStatus(repoRoot, now, { packages: false });
  const row = agent === void 0 ? void 0 : rows.find((r) => r.agent === agent);
  let own;
  let session;
  if (agent !== void 0 && row?.task) {
    own = (await runResume({ repoRoot, config, agent, now })).briefs[0];
    session = await judgeAgentSession(repoRoot, config, agent, program);
  }
  let stale = [];
  let checkNote;
  try {
    stale = (await runCheck({ repoRoot, now })).verdicts.filter((v) => !v.fresh);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    checkNote = `could not run: ${error.message}`;
  }
  return buildPrime({
    ...agent === void 0 ? {} : { agent },
    ...own ? { own } : {},
    ...row?.task ? { ownTask: { taskId: row.task, status: row.status } } : {},
    ...session ? { session } : {},
    team: rows,
    stale,
    ...checkNote ? { checkNote } : {},
    program,
    now
  });
}
async function draftBeforeCompaction(repoRoot, config, agent, now) {
  const facts = await gatherSessionFacts(repoRoot, config, agent);
  const verdict = judgeSession(facts);
  if (!facts.task || !verdict.stale) return { skipped: verdict.reason };
  if (facts.handoff?.changed) return { skipped: `${facts.handoff.path} was already written this session.` };
  const plan = await planDraft({ repoRoot, config, taskId: facts.task.taskId, agent, now });
  await writeDraft(repoRoot, config, plan);
  return { drafted: { path: plan.path, toFillIn: plan.toFillIn } };
}

// src/cli/commands/prime.ts
function agentFrom(explicit, ctx) {
  const agent = explicit ?? agentFromEnv(ctx.env);
  if (agent !== void 0) checkAgentName(agent);
  return agent;
}
async function run(options, ctx) {
  const { projectRoot: repoRoot } = await findProjectRoot(ctx.cwd);
  const { config } = await loadConfig(repoRoot);
  const agent = agentFrom(options.agent, ctx);
  const prime = await runPrime({
    repoRoot,
    config,
    ...agent === void 0 ? {} : { agent },
    program: ctx.program ?? "handoff",
    now: ctx.now()
  });
  ctx.stdout.write(options.format === "json" ? `${JSON.stringify(prime, null, 2)}
` : prime.text);
  return EXIT.ok;
}

export {
  judgeAgentSession,
  runPrime,
  draftBeforeCompaction,
  agentFrom,
  run
};

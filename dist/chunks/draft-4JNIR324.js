#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  loadConfig
} from "./chunk-WXIOGWCK.js";
import {
  EXIT
} from "./chunk-VM6H5HU7.js";
import {
  findRepoRoot
} from "./chunk-WV5WTJR3.js";
import {
  DEFAULT_BASES
} from "./chunk-YMJ7H4UX.js";
import {
  composeDraft,
  formatReportWarning,
  nonWorkPaths,
  readCoverage,
  readTestReports,
  selectTaskCommits
} from "./chunk-LL7VXXMB.js";
import "./chunk-CJFWWTUB.js";
import "./chunk-CPRD4K3H.js";
import {
  GitCommandManager
} from "./chunk-WM7HWT35.js";
import {
  activeTasks,
  agentEntries,
  detailsLinks,
  handoffFilesByTask,
  readRegistry,
  readUserText,
  resolveLink,
  updateRegistry,
  withEntry,
  writeTextAtomic
} from "./chunk-RUECQRZF.js";
import "./chunk-YN7EACLT.js";
import "./chunk-MATBB7BT.js";
import "./chunk-Y3SMQR7G.js";
import {
  parseHandoff
} from "./chunk-NLFNNUI7.js";
import {
  handoffPath,
  linkProblem,
  normalizeLink,
  parseDuration,
  taskIdRegExp
} from "./chunk-OFRVZ7MX.js";
import {
  InputError
} from "./chunk-AVNUWBDK.js";
import "./chunk-YGKEW4RE.js";
import {
  elementTitle,
  missingElements
} from "./chunk-RNIJDUBG.js";
import "./chunk-LDRPVFWU.js";
import "./chunk-AV3RITBJ.js";
import "./chunk-MWPPMQVD.js";

// src/adapters/prompt.ts
import { createInterface } from "node:readline";
var QUESTIONS = [
  { key: "decisions", title: "Decisions made this session, each with its reason" },
  { key: "blockers", title: "New blockers (open ones from the last handoff are carried over)" },
  { key: "nextSteps", title: "New next steps, most urgent first" }
];
async function promptForAnswers(input, output) {
  const rl = createInterface({ input, output, terminal: Boolean(output.isTTY) });
  const lines = rl[Symbol.asyncIterator]();
  const answers = {};
  try {
    output.write(
      "Fill in what the facts cannot know (an empty line ends each list, Ctrl-D skips the rest):\n"
    );
    for (const { key, title } of QUESTIONS) {
      output.write(`
${title}:
`);
      const items = [];
      for (; ; ) {
        output.write("  - ");
        const next = await lines.next();
        if (next.done) {
          if (items.length > 0) answers[key] = items;
          return answers;
        }
        const line = String(next.value).trim();
        if (line === "") break;
        items.push(line);
      }
      if (items.length > 0) answers[key] = items;
    }
    return answers;
  } finally {
    rl.close();
  }
}

// src/app/draft.ts
import { randomBytes } from "node:crypto";
import { link, readdir, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var MAIN_BRANCHES = ["main", "master", "trunk", "develop"];
var FALLBACK_COMMIT_COUNT = 50;
async function planDraft(options) {
  const { repoRoot, config, taskId, now } = options;
  checkTaskId(taskId);
  const notes = [];
  const { registry } = await readRegistry(repoRoot, config);
  const { agent, entry } = findAgent(registry, taskId, options.agent);
  const registryPatch = {};
  if (!entry) {
    registryPatch.status = "in_progress";
    registryPatch.current_task = taskId;
    registryPatch.task_started = now.toISOString().slice(0, 10);
    notes.push(`Adding agent "${agent}" to the registry, working on ${taskId}.`);
  } else if (!entry.current_task) {
    registryPatch.current_task = taskId;
  }
  const previous = await findPreviousHandoff(repoRoot, config, taskId, entry, notes);
  const session = (previous?.session ?? 0) + 1;
  const path = handoffPath(config, taskId, session);
  const pathProblem = linkProblem(path, "handoff path");
  if (pathProblem) throw new InputError(pathProblem, {}, "config/handoff-path");
  const target = await resolveLink(repoRoot, path);
  if (!target.ok) throw new InputError(target.message, { file: path }, target.rule);
  if (target.exists) throw alreadyExists(path);
  registryPatch.details_link = path;
  const git = GitCommandManager.create(repoRoot);
  if (previous?.path && !options.preview && await git.hasCommits() && await git.hasUncommittedChanges(previous.path)) {
    throw new InputError(
      "this handoff has changes that are not committed: commit it (the check reads commits, so that is what makes the task fresh), then draft the next session when it ends",
      { file: previous.path },
      "draft/previous-uncommitted"
    );
  }
  const range = await readSessionRange(git, options, previous?.path, entry?.task_started);
  const tasks = activeTasks(registry, config);
  const handoffFiles = handoffFilesByTask(tasks);
  const links = detailsLinks(registry);
  const commits = selectTaskCommits(range.commits, {
    taskId,
    activeTaskIds: tasks.map((t) => t.taskId),
    handoffFiles,
    taskIds: taskIdRegExp(config),
    ...range.branch === void 0 ? {} : { branch: range.branch },
    nonWork: nonWorkPaths(config.handoffDir, config.registry, [...links, path])
  });
  const warnings = [];
  let tests;
  if (options.tests && options.tests.length > 0) {
    const read = await readTestReports(options.tests, repoRoot);
    tests = read.summary;
    warnings.push(...read.warnings);
  }
  let coverage;
  if (options.coverage) {
    const read = await readCoverage(options.coverage, repoRoot);
    coverage = read.coverage;
    warnings.push(...read.warnings);
  }
  const answers = options.askAnswers ? await options.askAnswers() : void 0;
  const status = entry?.status ?? registryPatch.status;
  const draft = composeDraft({
    taskId,
    agent,
    session,
    now,
    ...status ? { status } : {},
    ...previous ? {
      previous: {
        document: previous.document,
        ...previous.session ? { session: previous.session } : {}
      }
    } : {},
    commits,
    ...tests ? { tests } : {},
    ...coverage ? { coverage } : {},
    sessionGapMs: parseDuration(config.sessionGap),
    wordBudget: config.wordBudget,
    ...answers ? { answers } : {}
  });
  const plan = {
    draft,
    agent,
    path,
    session,
    rangeNote: range.note,
    commitCount: commits.length,
    warnings,
    notes,
    registryPatch,
    toFillIn: missingElements(draft.document, config.requiredElements)
  };
  if (previous) plan.previousPath = previous.path;
  return plan;
}
async function writeDraft(repoRoot, config, plan) {
  const absPath = join(repoRoot, ...plan.path.split("/"));
  await createExclusive(absPath, plan.draft.markdown, plan.path);
  try {
    await updateRegistry(repoRoot, config, (registry) => withEntry(registry, plan.agent, plan.registryPatch));
  } catch (error) {
    await unlink(absPath).catch(() => void 0);
    throw error;
  }
}
async function createExclusive(absPath, text, displayPath) {
  const temp = join(
    dirname(absPath),
    `.${basename(absPath)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
  await writeTextAtomic(temp, text);
  try {
    await link(temp, absPath);
  } catch (error) {
    if (error.code === "EEXIST") throw alreadyExists(displayPath);
    throw error;
  } finally {
    await unlink(temp).catch(() => void 0);
  }
}
function alreadyExists(path) {
  return new InputError(
    "the next handoff already exists; edit it, or point details_link at it and draft again",
    { file: path },
    "draft/exists"
  );
}
function checkTaskId(taskId) {
  if (taskId.trim() === "" || /[/\\\0]/.test(taskId) || taskId === "." || taskId === "..") {
    throw new InputError(`task id "${taskId}" cannot be part of a file name`, {}, "task/invalid-id");
  }
}
function findAgent(registry, taskId, agentName) {
  const entries = agentEntries(registry);
  if (agentName !== void 0) {
    const entry = entries.find(([name]) => name === agentName)?.[1];
    if (entry && typeof entry.current_task === "string" && entry.current_task !== "" && entry.current_task !== taskId) {
      throw new InputError(
        `agent "${agentName}" is working on ${entry.current_task}, not ${taskId}; change its current_task first`,
        {},
        "registry/agent-task"
      );
    }
    return entry ? { agent: agentName, entry } : { agent: agentName };
  }
  const matching = entries.filter(([, e]) => e.current_task === taskId);
  const [first] = matching;
  if (!first) {
    throw new InputError(
      `no agent in the registry has current_task ${taskId}; pass --agent NAME`,
      {},
      "registry/no-agent"
    );
  }
  if (matching.length > 1) {
    throw new InputError(
      `agents ${matching.map(([name]) => name).join(", ")} all have current_task ${taskId}; pass --agent NAME`,
      {},
      "registry/ambiguous-agent"
    );
  }
  return { agent: first[0], entry: first[1] };
}
async function findPreviousHandoff(repoRoot, config, taskId, entry, notes) {
  const nameRegExp = handoffNameRegExp(config, taskId);
  const link2 = typeof entry?.details_link === "string" && entry.details_link !== "" ? entry.details_link : void 0;
  if (link2) {
    const resolved2 = await resolveLink(repoRoot, link2);
    if (!resolved2.ok) {
      notes.push(`Ignoring details_link: ${resolved2.message}.`);
    } else if (!resolved2.exists) {
      notes.push(`Ignoring details_link: ${link2} does not exist.`);
    } else {
      const document2 = parseHandoff(await readUserText(resolved2.absPath, link2));
      const fromName = nameRegExp.exec(basename(link2))?.[1];
      const session = fromName !== void 0 ? Number(fromName) : document2.session;
      return { path: normalizeLink(link2), document: document2, ...session !== void 0 ? { session } : {} };
    }
  }
  const dir = handoffPath(config, taskId, 1).split("/").slice(0, -1).join("/");
  let names;
  try {
    names = await readdir(join(repoRoot, ...dir.split("/").filter((s) => s !== "")));
  } catch {
    return void 0;
  }
  let best;
  for (const name of names) {
    const session = Number(nameRegExp.exec(name)?.[1] ?? Number.NaN);
    if (Number.isInteger(session) && (!best || session > best.session)) best = { name, session };
  }
  if (!best) return void 0;
  const path = dir === "" ? best.name : `${dir}/${best.name}`;
  const resolved = await resolveLink(repoRoot, path);
  if (!resolved.ok || !resolved.exists) return void 0;
  const document = parseHandoff(await readUserText(resolved.absPath, path));
  return { path, document, session: best.session };
}
function handoffNameRegExp(config, taskId) {
  const name = config.handoffPattern.split("/").pop() ?? config.handoffPattern;
  const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const parts = name.split(/(\{task\}|\{session\})/).map((part) => {
    if (part === "{task}") return escapeRegExp(taskId);
    if (part === "{session}") return "(\\d+)";
    return escapeRegExp(part);
  });
  return new RegExp(`^${parts.join("")}$`);
}
async function readSessionRange(git, options, previousPath, taskStarted) {
  if (!options.from && !options.to && !await git.hasCommits()) {
    return { commits: [], note: "the repository has no commits yet" };
  }
  const toName = options.to ?? "HEAD";
  const to = await git.revParse(toName);
  const branch = options.to ? void 0 : await git.currentBranch();
  const withBranch = (range) => branch === void 0 ? range : { ...range, branch };
  if (options.from) {
    const from = await git.revParse(options.from);
    const commits2 = await git.logRange([to, "--not", from], { stats: true });
    return withBranch({ commits: commits2, note: `${options.from}..${toName}` });
  }
  if (previousPath) {
    const touched = (await git.exec(["log", "-1", "--format=%H", to, "--", `:(literal)${previousPath}`])).trim();
    if (touched) {
      const commits2 = await git.logRange([to, "--not", touched], { stats: true });
      return withBranch({
        commits: commits2,
        note: `after ${touched.slice(0, 7)}, the last commit touching ${previousPath} (--from to change)`
      });
    }
  }
  const mainLine = branch !== void 0 && !MAIN_BRANCHES.includes(branch) ? await git.firstExisting(DEFAULT_BASES) : void 0;
  const notMainLine = mainLine ? ["--not", mainLine] : [];
  const besides = mainLine ? `, not on ${mainLine}` : "";
  if (taskStarted && /^\d{4}-\d{2}-\d{2}$/.test(taskStarted)) {
    const commits2 = await git.logRange([`--since=${taskStarted} 00:00:00`, to, ...notMainLine], {
      stats: true
    });
    return withBranch({
      commits: commits2,
      note: `since ${taskStarted}, the task's task_started${besides} (--from to change)`
    });
  }
  const commits = await git.logRange([`--max-count=${FALLBACK_COMMIT_COUNT}`, to, ...notMainLine], {
    stats: true
  });
  return withBranch({
    commits,
    note: `the last ${FALLBACK_COMMIT_COUNT} commits${besides}: no earlier handoff commit or task_started to start from (--from to change)`
  });
}

// src/cli/commands/draft.ts
async function run(options, ctx) {
  const repoRoot = await findRepoRoot(ctx.cwd);
  const { config } = await loadConfig(repoRoot);
  const stdinIsTerminal = Boolean(ctx.stdin.isTTY);
  const interactive = options.interactive !== false && !options.stdout && stdinIsTerminal && Boolean(ctx.stdout.isTTY);
  const plan = await planDraft({
    repoRoot,
    config,
    taskId: options.task,
    ...options.agent === void 0 ? {} : { agent: options.agent },
    ...options.from === void 0 ? {} : { from: options.from },
    // Commander gives `--to` its default `HEAD`; only an explicit revision changes how the range is read.
    ...options.to === void 0 || options.to === "HEAD" ? {} : { to: options.to },
    ...options.tests === void 0 ? {} : { tests: options.tests },
    ...options.coverage === void 0 ? {} : { coverage: options.coverage },
    now: ctx.now(),
    ...options.stdout ? { preview: true } : {},
    ...interactive ? { askAnswers: () => promptForAnswers(ctx.stdin, ctx.stdout) } : {}
  });
  const err = (line) => ctx.stderr.write(`${line}
`);
  for (const warning of plan.warnings) err(`warning: ${formatReportWarning(warning)}`);
  for (const note of plan.notes) err(note);
  err(`Commits: ${plan.commitCount} for ${options.task}, ${plan.rangeNote}.`);
  const { draft } = plan;
  if (options.stdout) {
    ctx.stdout.write(draft.markdown);
  } else {
    await writeDraft(repoRoot, config, plan);
    ctx.stdout.write(
      `Wrote ${plan.path} (${draft.words} words); ${config.registry} now links it for ${plan.agent}.
`
    );
  }
  if (draft.trimmed.length > 0) err(`Shortened to fit the word budget: ${draft.trimmed.join(", ")}.`);
  if (draft.overBudget) {
    err(
      `warning: the draft has ${draft.words} words, over the ${config.wordBudget}-word budget; a short handoff gets read, so trim it.`
    );
  }
  if (plan.toFillIn.length > 0) {
    err(`To fill in before the check passes: ${plan.toFillIn.map(elementTitle).join(", ")}.`);
  }
  return EXIT.ok;
}
export {
  run
};

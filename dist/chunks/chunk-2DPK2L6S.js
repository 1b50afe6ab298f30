#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  evaluateFreshness,
  nonWorkPaths,
  pathsNeedingHistory
} from "./chunk-INDYNK4D.js";
import {
  DocumentCache
} from "./chunk-Q6DQDJ5S.js";
import {
  PRE_PUSH_STDIN,
  chooseHookInput,
  hookManagerOf,
  isFullSha,
  parsePrePushInput,
  planPush,
  prePushLine
} from "./chunk-QZE5634O.js";
import {
  readWorkspace,
  revisionSource,
  scopedSource,
  workingTreeSource,
  workspaceFolders
} from "./chunk-TTLLYJQS.js";
import {
  detailsLinks
} from "./chunk-Y65M7BX2.js";
import {
  GitCommandManager
} from "./chunk-4RSNDMFK.js";
import {
  parseDuration
} from "./chunk-O6O72GKM.js";
import {
  InputError
} from "./chunk-7HJGQZZJ.js";

// src/adapters/pre-push.ts
import { fstatSync } from "node:fs";
import { readFile } from "node:fs/promises";
async function readPushedRange(git, ref) {
  const commits = await git.logRange(ref.revisionArgs, { stats: false });
  const range = {
    description: ref.description,
    head: ref.localSha,
    branch: ref.branch,
    commits
  };
  if (ref.kind === "update") range.base = ref.remoteSha;
  return range;
}
async function readHookStdin(stream) {
  if (stream.isTTY) return { provided: false, text: "" };
  if (typeof stream.fd === "number") {
    try {
      const stat = fstatSync(stream.fd);
      if (!stat.isFIFO() && !stat.isFile() && !stat.isSocket()) return { provided: false, text: "" };
    } catch {
      return { provided: false, text: "" };
    }
  }
  const chunks = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return { provided: true, text: Buffer.concat(chunks).toString("utf8") };
}
async function resolveHookPush(git, stdin, env, hookArgs) {
  const input = chooseHookInput(stdin, env);
  const argRemote = hookArgs[0];
  if (input.kind === "stdin") return { stdin: input.text, remoteName: argRemote ?? "origin" };
  if (input.kind === "none") throw new InputError(input.why, { file: PRE_PUSH_STDIN }, "pre-push/no-input");
  const { push } = input;
  const resolve = (rev) => isFullSha(rev) ? rev : git.revParse(rev);
  const [localSha, remoteSha] = await Promise.all([
    resolve(push.localRev),
    push.remoteRev === void 0 ? void 0 : resolve(push.remoteRev)
  ]);
  return {
    stdin: prePushLine(push, localSha, remoteSha),
    remoteName: push.remoteName ?? argRemote ?? "origin"
  };
}
async function detectHookManager(git, env) {
  if (env.PRE_COMMIT === "1") return "pre-commit";
  try {
    const hookPath = await git.gitPath("hooks/pre-push");
    const hookText = await readFile(hookPath, "utf8").catch(() => void 0);
    return hookManagerOf({ env, hookPath, ...hookText === void 0 ? {} : { hookText } });
  } catch {
    return "plain";
  }
}

// src/app/check.ts
var DEFAULT_BASES = ["origin/HEAD", "origin/main", "origin/master", "main", "master"];
async function runCheck(options) {
  const git = options.git ?? GitCommandManager.create(options.repoRoot);
  const opening = DocumentCache.open(options.repoRoot);
  try {
    return options.prePush ? await checkPush(git, options, options.prePush, opening) : await checkRange(git, { ...options, cache: await opening });
  } finally {
    git.close();
    await (await opening).save();
  }
}
function knownTo(options) {
  const cache = options.cache;
  return cache ? { known: (id) => cache.has(id), values: cache.values } : {};
}
async function checkPush(git, given, prePush, opening) {
  const plan = planPush(parsePrePushInput(prePush.stdin), prePush.remoteName);
  const notes = plan.skipped.map(
    (s) => `Skipped ${s.remoteRef} (${s.why === "tag" ? "a tag" : "deleted by this push"}).`
  );
  if (plan.refs.length === 0) {
    return { verdicts: [], stale: false, notes: [...notes, "Nothing pushed to check: nothing to check."] };
  }
  const updates = new Map(
    plan.refs.map((ref, index) => [index, ref.kind === "update" ? readPushedRange(git, ref) : void 0])
  );
  for (const read of updates.values()) read?.catch(() => void 0);
  const options = { ...given, cache: await opening };
  const workspaces = await Promise.all(
    plan.refs.map(
      (ref) => readWorkspace(revisionSource(git, ref.localSha, ref.branch), {
        ...knownTo(options),
        ...options.configFile === void 0 ? {} : { configFile: options.configFile }
      })
    )
  );
  if (workspaces[0]) options.onConfig?.(workspaces[0].config);
  const results = [];
  let localHead;
  for (const [index, ref] of plan.refs.entries()) {
    const workspace = workspaces[index];
    const range = await (updates.get(index) ?? readNewBranch(git, ref, workspace, notes));
    const result = await judge(git, options, workspace, range, range.head);
    if (result.stale) {
      localHead ??= git.headCommit().catch(() => void 0);
      if (await localHead !== ref.localSha) switchFirst(result, ref.branch);
    }
    results.push(result);
  }
  return mergeResults(results, notes, plan.refs.length > 1 ? plan.refs.map((r) => r.branch) : void 0);
}
async function readNewBranch(git, ref, workspace, notes) {
  const documents = workspace.activeTasks.flatMap((task) => {
    const linked = workspace.handoffs.get(task.agent);
    return linked?.kind === "document" ? [linked.path] : [];
  });
  if (workspace.activeTasks.length === 0) {
    return { description: ref.description, head: ref.localSha, branch: ref.branch, commits: [] };
  }
  if (documents.length === workspace.activeTasks.length) {
    const touches = await git.lastTouchingCommits([...new Set(documents)], ref.localSha);
    const bound = touches.size === new Set(documents).size ? await git.commonAncestor([...new Set(touches.values())]) : void 0;
    if (bound !== void 0) {
      notes.push(
        `New branch ${ref.branch}: read from ${bound.slice(0, 7)}, where every active handoff had been updated.`
      );
      return readPushedRange(git, { ...ref, revisionArgs: [...ref.revisionArgs, bound] });
    }
  }
  return readPushedRange(git, ref);
}
async function checkRange(git, options) {
  const notes = [];
  const givenRange = options.base !== void 0 || options.head !== void 0;
  const headCommit = givenRange ? void 0 : await git.headCommit();
  if (!givenRange && headCommit === void 0) {
    return { verdicts: [], stale: false, notes: ["The repository has no commits yet: nothing to check."] };
  }
  const range = await readLocalRange(git, options, notes, headCommit);
  const source = options.head !== void 0 ? revisionSource(git, range.head, options.head) : workingTreeSource(options.repoRoot);
  const workspace = await readWorkspace(source, {
    ...knownTo(options),
    ...options.configFile === void 0 ? {} : { configFile: options.configFile }
  });
  options.onConfig?.(workspace.config);
  if (source.kind === "working-tree") notes.push(...await workingTreeNotes(git, workspace));
  const result = await judge(
    git,
    options,
    workspace,
    range,
    options.head === void 0 ? "HEAD" : range.head
  );
  return { ...result, notes: [...notes, ...result.notes] };
}
async function workingTreeNotes(git, workspace) {
  const files = [workspace.registry.file, ...workspace.configFile ? [workspace.configFile] : []];
  for (const linked of workspace.handoffs.values()) if ("path" in linked) files.push(linked.path);
  const changed = await git.changedSinceHead([...new Set(files)]);
  if (changed.length === 0) return [];
  const shown = changed.slice(0, 5).join(", ") + (changed.length > 5 ? `, \u2026 (${changed.length - 5} more)` : "");
  return [
    `Judged the working tree, which differs from HEAD in ${shown}: commit them, or a push will be judged without them.`
  ];
}
async function judge(git, options, root, range, rev) {
  const folders = await workspaceFolders(root.source, root.config.workspaces);
  if (folders.length === 0) return judgeOne(git, options, root, range, rev);
  const results = [];
  const labels = [];
  const notes = [];
  if (root.registry.exists) {
    results.push(await judgeOne(git, options, root, outsideFolders(range, folders), rev));
    labels.push("");
  }
  for (const folder of folders) {
    const workspace = await readWorkspace(scopedSource(root.source, folder), knownTo(options));
    if (!workspace.registry.exists) {
      notes.push(
        `${folder} has no registry (${folder}/${workspace.config.registry}): nothing to judge there.`
      );
      continue;
    }
    results.push(await judgeOne(git, options, workspace, insideFolder(range, folder), rev));
    labels.push(folder);
  }
  for (const [index, result] of results.entries()) {
    const folder = labels[index];
    if (folder === "") continue;
    for (const verdict of result.verdicts) {
      verdict.workspace = folder;
      if (verdict.handoffPath !== void 0) verdict.handoffPath = `${folder}/${verdict.handoffPath}`;
      for (const problem of verdict.problems) {
        problem.fix = problem.fix.replace(/^handoff /, `handoff -C ${folder} `);
      }
    }
  }
  return {
    ...mergeResults(results, notes, void 0),
    range: { description: range.description, commitCount: range.commits.length }
  };
}
function insideFolder(range, folder) {
  const prefix = `${folder}/`;
  return {
    ...range,
    commits: range.commits.map((commit) => ({
      ...commit,
      files: commit.files.filter((f) => f.path.startsWith(prefix)).map((f) => ({ ...f, path: f.path.slice(prefix.length) }))
    }))
  };
}
function outsideFolders(range, folders) {
  const prefixes = folders.map((f) => `${f}/`);
  return {
    ...range,
    commits: range.commits.map((commit) => ({
      ...commit,
      files: commit.files.filter((f) => !prefixes.some((p) => f.path.startsWith(p)))
    }))
  };
}
async function judgeOne(git, options, workspace, range, rev) {
  const { config } = workspace;
  const nonWork = nonWorkPaths(config.handoffDir, config.registry, detailsLinks(workspace.registry.registry));
  const tasks = await taskInputs(options.cache ?? DocumentCache.inMemory(), workspace);
  const needHistory = pathsNeedingHistory(tasks, config, options.now);
  const since = Math.floor((options.now.getTime() - parseDuration(config.freshness.maxAge)) / 1e3);
  const prefix = workspace.source.prefix === "" ? "" : `${workspace.source.prefix}/`;
  const lastTouches = /* @__PURE__ */ new Map();
  if (needHistory.length > 0) {
    const touched = await git.lastTouchesSince(
      needHistory.map((p) => `${prefix}${p}`),
      since,
      rev
    );
    for (const [path, time] of touched) lastTouches.set(path.slice(prefix.length), time);
  }
  return evaluateFreshness({ config, tasks, ranges: [range], nonWork, lastTouches, now: options.now });
}
async function taskInputs(cache, workspace) {
  return Promise.all(
    workspace.activeTasks.map(async (task) => ({
      task,
      link: await linkState(workspace.handoffs.get(task.agent), cache)
    }))
  );
}
async function linkState(linked, cache) {
  if (!linked) return { kind: "missing", detail: "the task has no details_link." };
  switch (linked.kind) {
    case "none":
      return { kind: "missing", detail: linked.detail };
    case "invalid-link":
      return { kind: "invalid-link", message: `${linked.message} [${linked.rule}].` };
    case "missing":
      return { kind: "missing", detail: linked.detail };
    case "unreadable":
      throw linked.error;
    case "document": {
      const summary = await cache.summarize(linked.contentId, linked.text, linked.path);
      return {
        kind: "document",
        path: linked.path,
        missingElements: summary.missingElements,
        facts: summary.facts
      };
    }
  }
}
function switchFirst(result, branch) {
  for (const verdict of result.verdicts) {
    for (const problem of verdict.problems) {
      if (problem.fix.startsWith("handoff ")) problem.fix = `git switch ${branch} && ${problem.fix}`;
    }
  }
}
function mergeResults(results, notes, refNames) {
  const verdicts = results.flatMap(
    (result, index) => result.verdicts.map((verdict) => refNames ? { ...verdict, ref: refNames[index] } : verdict)
  );
  const merged = {
    verdicts,
    stale: results.some((r) => r.stale),
    notes: [...notes, ...new Set(results.flatMap((r) => r.notes))]
  };
  const ranges = results.flatMap((r) => r.range ? [r.range] : []);
  if (ranges.length > 0) {
    merged.range = {
      description: ranges.map((r) => r.description).join("; "),
      commitCount: ranges.reduce((sum, r) => sum + r.commitCount, 0)
    };
  }
  return merged;
}
async function readLocalRange(git, options, notes, headCommit) {
  const head = options.head === void 0 && headCommit !== void 0 ? headCommit : await git.revParse(options.head ?? "HEAD");
  const branch = options.head ? void 0 : await git.currentBranch();
  let baseRev = options.base;
  if (baseRev === void 0) {
    const candidates = DEFAULT_BASES.filter((b) => b !== branch && b !== options.head);
    baseRev = await git.upstream() ?? await git.firstExisting(candidates);
    if (baseRev === void 0)
      notes.push("No upstream, origin/HEAD or main branch to compare with: checked all of HEAD.");
  }
  const base = baseRev === void 0 ? void 0 : await git.revParse(baseRev);
  if (base !== void 0 && await git.isShallow())
    await ensureMergeBase(git, base, head, { baseName: baseRev ?? base, notes });
  const commits = await git.logRange(base === void 0 ? [head] : [head, "--not", base], { stats: false });
  const description = `${baseRev ?? "(root)"}..${options.head ?? branch ?? "HEAD"}`;
  const range = { description, head, commits };
  if (base !== void 0) range.base = base;
  if (branch !== void 0) range.branch = branch;
  return range;
}
var FIRST_DEEPEN = 50;
var MAX_DEEPEN_ROUNDS = 10;
async function ensureMergeBase(git, base, head, options = {}) {
  const found = await git.mergeBase(base, head);
  if (found) return found;
  let fetched = 0;
  let step = FIRST_DEEPEN;
  for (let round = 0; round < MAX_DEEPEN_ROUNDS && await git.isShallow(); round++) {
    options.log?.(`Shallow clone: no merge base yet, fetching ${step} more commits of history`);
    await git.deepen(step, options.refspecs);
    fetched += step;
    step *= 2;
    const mergeBase = await git.mergeBase(base, head);
    if (mergeBase) {
      options.notes?.push(
        `Shallow clone: fetched ${fetched} more commit(s) of history to reach the merge base.`
      );
      return mergeBase;
    }
  }
  const why = await git.isShallow() ? `after fetching ${fetched} more commit(s) of this shallow clone` : "the two have no common history";
  throw new InputError(
    `cannot find where ${options.baseName ?? base.slice(0, 7)} and ${head.slice(0, 7)} meet (${why}), so the range to check cannot be read; fetch more history (actions/checkout: fetch-depth: 0)`,
    {},
    "git/range-unreadable"
  );
}

export {
  readHookStdin,
  resolveHookPush,
  detectHookManager,
  DEFAULT_BASES,
  runCheck
};

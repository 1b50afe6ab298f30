#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  ID_SEPARATOR,
  failingLabels,
  warningsNamed
} from "./chunk-NLP7KFKT.js";
import {
  parseHandoff
} from "./chunk-QM5L2TW3.js";
import {
  documentFacts,
  hoursIn,
  openBlockers,
  openNextSteps
} from "./chunk-OLX7WK4A.js";
import {
  jsonHead,
  readCacheJson
} from "./chunk-JHJHB2M5.js";
import {
  annotatedOnRegistry,
  commitsReadAfter
} from "./chunk-O4DELAAV.js";
import {
  CACHE_STAMP
} from "./chunk-QMZXATRO.js";
import {
  isRemoteName,
  parsePrePushInput,
  planPush,
  remotesAtUrl
} from "./chunk-OBB7BCS7.js";
import {
  listTaskHandoffs
} from "./chunk-OBO4AYCL.js";
import {
  GitCommandManager,
  applyChanges,
  commitsAfterTouch,
  isLineFrom
} from "./chunk-3VXYNT5A.js";
import {
  namedAndCounted
} from "./chunk-O44GVA2L.js";
import {
  ANSWER_SLOTS
} from "./chunk-EL6VZ225.js";
import {
  DAY_ONLY,
  ageInDays,
  allFields,
  canonicalLabel,
  collapseWhitespace,
  daysSince,
  elementTitle,
  isPlaceholderText,
  normaliseLabel,
  sectionTexts
} from "./chunk-P3IB3F72.js";
import {
  blobContentId,
  configCandidates,
  documentText,
  prepareFor,
  readEachPackage,
  readLinkedHandoffs,
  readPackageWorkspaces,
  readRegistryFrom,
  readWorkspace,
  registryEntries,
  registryEntryPlaces,
  registryPlace,
  revisionSource,
  rootPackageFoldersAt,
  scopedSource,
  workingTreeSource
} from "./chunk-T5QRKEOB.js";
import {
  doneArchiveOf,
  handoffTaskRegExp,
  parseDuration,
  taskIdRegExp
} from "./chunk-EEYO4645.js";
import {
  activeTasks,
  activeTasksIn,
  agentEntries,
  detailsLinks,
  handoffFilesByTask,
  heldTask,
  isActiveStatus,
  linksIn,
  meantTask,
  registryOfEntries,
  statIfThere
} from "./chunk-WJKR2G64.js";
import {
  trimEndOf
} from "./chunk-NNPSBKSI.js";
import {
  ELEMENT_NAMES
} from "./chunk-LMSMW57Z.js";
import {
  findProjectRoot,
  findRepoRoot,
  gitDirIn
} from "./chunk-HUG4EZO3.js";
import {
  FOR_AN_AGENT,
  InputError,
  InternalError,
  asInProject,
  commitPathsCommand,
  formatLocated,
  isInFolders,
  linkProblem,
  memoised,
  normalizeLink,
  onPackage,
  pathFrom,
  runsHandoff,
  shellWord,
  withControlsShown
} from "./chunk-MLNENVTA.js";

// src/core/ascii.ts
function isWordCode(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95;
}
function isLetterCode(code) {
  return code >= 65 && code <= 90 || code >= 97 && code <= 122;
}

// src/core/attribution.ts
function nonWorkPaths(handoffDir, registryFile, links, archive) {
  const files = /* @__PURE__ */ new Set([normalizeLink(registryFile)]);
  for (const link of links) if (linkProblem(link) === void 0) files.add(normalizeLink(link));
  return { handoffDir: normalizeLink(handoffDir), files, ...archive ? { archive } : {} };
}
function isNonWorkPath(path, paths) {
  if (paths.files.has(path)) return true;
  if (paths.handoffDir !== "" && path.startsWith(`${paths.handoffDir}/`)) return true;
  const { archive } = paths;
  return archive !== void 0 && archive.dir !== "" && path.startsWith(`${archive.dir}/`) && archive.name.test(path.slice(archive.dir.length + 1));
}
function isWorkCommit(commit, paths) {
  return commit.files.some((file) => !isNonWorkPath(file.path, paths));
}
var TaskIdFinder = class {
  /** @param pattern a global RegExp from `taskIdRegExp(config)` (whole-token matches). */
  constructor(pattern, active) {
    this.pattern = pattern;
    this.active = active;
    this.irregular = [...active].filter((id) => {
      pattern.lastIndex = 0;
      const first = pattern.exec(id);
      pattern.lastIndex = 0;
      return first?.[0] !== id;
    });
    this.irregularWords = new Set(this.irregular.filter((id) => WORD_ID.test(id)));
    this.irregularOther = this.irregular.filter((id) => !WORD_ID.test(id));
  }
  pattern;
  active;
  /**
   * Active ids the pattern does not describe as a whole (registries are not forced to follow it):
   * only these need the slower search by substring, so finding ids stays linear in the text and
   * does not grow with the number of active tasks.
   */
  irregular;
  /**
   * The irregular ids made of word characters and `-` only (`job_00042`): found by looking each
   * word of the text up, in one pass, instead of searching the text once per id (10,000 such ids
   * over 64 KB messages took 0.5 s a commit). The others are searched for one by one.
   */
  irregularWords;
  irregularOther;
  find(text) {
    if (!text) return [];
    const found = /* @__PURE__ */ new Set();
    for (const match of text.matchAll(this.pattern)) {
      if (this.active.has(match[0])) found.add(match[0]);
    }
    if (found.size === 0 && this.irregular.length > 0) {
      if (this.irregularWords.size > 0)
        for (const id of wordsStandingAlone(text, this.irregularWords)) found.add(id);
      for (const id of this.irregularOther) {
        if (text.includes(id) && standsAlone(text, id)) found.add(id);
      }
    }
    return [...found];
  }
};
var WORD_ID = /^[A-Za-z0-9_-]+$/;
function wordsStandingAlone(text, ids) {
  const found = [];
  let at = 0;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    if (!isWordCode(c) && c !== 45) {
      at++;
      continue;
    }
    let end = at;
    while (end < text.length && (isWordCode(text.charCodeAt(end)) || text.charCodeAt(end) === 45)) end++;
    for (let cut = at + 1; cut < end; cut++) {
      const c2 = text.charCodeAt(cut);
      if (c2 !== 45 && c2 !== 95) continue;
      const next = text.charCodeAt(cut + 1);
      const continues = c2 === 45 && (next >= 65 && next <= 90 || next >= 48 && next <= 57);
      if (!continues) {
        const part = text.slice(at, cut);
        if (ids.has(part)) found.push(part);
      }
    }
    const whole = text.slice(at, end);
    if (ids.has(whole)) found.push(whole);
    at = end;
  }
  return found;
}
function standsAlone(text, id) {
  let from = text.indexOf(id);
  while (from !== -1) {
    const before = text[from - 1];
    const after = text[from + id.length];
    const after2 = text[from + id.length + 1];
    const boundaryBefore = before === void 0 || !/[A-Za-z0-9_-]/.test(before);
    const boundaryAfter = after === void 0 || !/[A-Za-z0-9]/.test(after) && !(after === "-" && /[A-Z0-9]/.test(after2 ?? ""));
    if (boundaryBefore && boundaryAfter) return true;
    from = text.indexOf(id, from + 1);
  }
  return false;
}
function explicitAttribution(commit, branch, ids, former) {
  const claimed = (texts) => former ? texts.flatMap((text) => former.ids.find(text)).filter(former.allowed) : [];
  const fromTrailers = commit.taskTrailers.flatMap((value) => ids.find(value));
  if (fromTrailers.length > 0) return { tasks: unique(fromTrailers), rule: "trailer" };
  const fromMessage = ids.find(`${commit.subject}
${commit.body}`);
  if (fromMessage.length > 0) return { tasks: fromMessage, rule: "message" };
  const places = claimPlaces(commit);
  const trailerClaims = claimed(places.trailers);
  if (trailerClaims.length > 0) return { tasks: unique(trailerClaims), rule: "trailer" };
  const fromLead = claimed(places.lead);
  if (fromLead.length > 0) return { tasks: unique(fromLead), rule: "message" };
  const fromBranch = ids.find(branch);
  if (fromBranch.length > 0) return { tasks: fromBranch, rule: "branch" };
  return { tasks: [] };
}
function claimPlaces(commit) {
  const lead = subjectLead(commit.subject);
  return { trailers: commit.taskTrailers, lead: lead === void 0 ? [] : [lead] };
}
function subjectLead(subject) {
  return LEAD.exec(subject)?.slice(1).find((part) => part !== void 0);
}
var LEAD = /^(?:([^\s:()[\]"]{1,80}): |\[([^\s\]"]{1,80})\]|[a-z]{1,20}\(([^\s()"]{1,80})\)!?: )/;
function attributeCommits(input) {
  const active = new Set(input.activeTaskIds);
  const ids = new TaskIdFinder(input.taskIds, active);
  const then = input.activeAtCommit;
  const formerly = new Set([...then?.values() ?? []].flat().filter((id) => !active.has(id)));
  const formerIds = formerly.size > 0 ? new TaskIdFinder(input.taskIds, formerly) : void 0;
  const bySha = /* @__PURE__ */ new Map();
  const touched = /* @__PURE__ */ new Set();
  const taskByHandoff = /* @__PURE__ */ new Map();
  for (const [taskId, file] of input.handoffFiles) taskByHandoff.set(file, taskId);
  for (const { commit, branch } of input.commits) {
    if (bySha.has(commit.sha)) continue;
    const claimable = then?.get(commit.sha);
    const attribution = formerIds && claimable ? explicitAttribution(commit, branch, ids, {
      ids: formerIds,
      allowed: (id) => claimable.includes(id)
    }) : explicitAttribution(commit, branch, ids);
    bySha.set(commit.sha, attribution);
    if (commit.elsewhere) continue;
    if (input.fallbackScope && !input.fallbackScope.has(commit.sha)) continue;
    for (const task of attribution.tasks) if (active.has(task)) touched.add(task);
    for (const file of commit.files) {
      const task = taskByHandoff.get(file.path);
      if (task !== void 0) touched.add(task);
    }
  }
  let fallback;
  const [onlyTouched] = touched;
  const [onlyActive] = active;
  if (touched.size === 1 && onlyTouched !== void 0) {
    fallback = { taskId: onlyTouched, rule: "only-task-in-range" };
  } else if (touched.size === 0 && active.size === 1 && onlyActive !== void 0) {
    fallback = { taskId: onlyActive, rule: "only-active-task" };
  }
  if (fallback) {
    for (const [sha, attribution] of bySha) {
      if (attribution.tasks.length === 0 && (!input.fallbackScope || input.fallbackScope.has(sha))) {
        attribution.tasks = [fallback.taskId];
        attribution.rule = fallback.rule;
      }
    }
  }
  return fallback ? { bySha, fallback } : { bySha };
}
function unique(values) {
  return [...new Set(values)];
}

// src/core/package-ranges.ts
function rangeByFolder(range, folders) {
  const packages = new Set(folders);
  const eachPackageOf = (path, inside) => {
    let inPackage = false;
    for (let slash = path.indexOf("/"); slash !== -1; slash = path.indexOf("/", slash + 1)) {
      const folder = path.slice(0, slash);
      if (!packages.has(folder)) continue;
      inPackage = true;
      inside(folder, path.slice(slash + 1));
    }
    return inPackage;
  };
  const filesInside = /* @__PURE__ */ new Map();
  const outsideCommits = range.commits.map((commit) => {
    const outside = [];
    for (const file of commit.files) {
      const inPackage = eachPackageOf(file.path, (folder, path) => {
        let byCommit = filesInside.get(folder);
        if (!byCommit) {
          byCommit = /* @__PURE__ */ new Map();
          filesInside.set(folder, byCommit);
        }
        let files = byCommit.get(commit);
        if (!files) {
          files = [];
          byCommit.set(commit, files);
        }
        files.push({ ...file, path });
      });
      if (!inPackage) outside.push(file);
    }
    return outsideView(commit, outside);
  });
  const startOutside = [];
  const startInside = /* @__PURE__ */ new Map();
  for (const path of range.changedAtStart ?? []) {
    const inPackage = eachPackageOf(path, (folder, pathThere) => {
      const paths = startInside.get(folder);
      if (paths) paths.push(pathThere);
      else startInside.set(folder, [pathThere]);
    });
    if (!inPackage) startOutside.push(path);
  }
  const atStart = range.changedAtStart !== void 0;
  const withoutFiles = /* @__PURE__ */ new Map();
  const noFiles = (commit) => {
    let view = withoutFiles.get(commit);
    if (!view) {
      view = isMerge(commit) ? { ...commit, files: [] } : { ...commit, files: [], elsewhere: true };
      withoutFiles.set(commit, view);
    }
    return view;
  };
  return {
    outside: {
      ...range,
      commits: outsideCommits,
      ...atStart ? { changedAtStart: startOutside } : {}
    },
    inside: (folder) => {
      const byCommit = filesInside.get(folder);
      const changedAtStart = atStart ? startInside.get(folder) ?? [] : void 0;
      return {
        ...range,
        commits: range.commits.map((commit) => {
          const files = byCommit?.get(commit);
          return files ? { ...commit, files } : noFiles(commit);
        }),
        ...changedAtStart === void 0 ? {} : { changedAtStart }
      };
    }
  };
}
function outsideFolders(commits, folders) {
  if (folders.length === 0) return [...commits];
  return rangeByFolder({ description: "", head: "", commits: [...commits] }, folders).outside.commits;
}
function outsideView(commit, files) {
  if (files.length === commit.files.length) return commit;
  return files.length === 0 && !isMerge(commit) ? { ...commit, files, elsewhere: true } : { ...commit, files };
}
function isMerge(commit) {
  return commit.parents.length > 1;
}

// src/core/render/status.ts
function handoffUpdatedMs(date, committedMs) {
  const dated = date === void 0 ? Number.NaN : Date.parse(date);
  if (Number.isNaN(dated)) return void 0;
  return committedMs === void 0 ? dated : Math.max(dated, committedMs);
}
function buildStatusRows(registry, config, handoffs, now, verdicts = /* @__PURE__ */ new Map()) {
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
      const days = daysSince(date, now, "local");
      const at = handoffUpdatedMs(date, linked?.committedMs);
      if (at !== void 0) {
        const todayAhead = at > now.getTime() && DAY_ONLY.test(date) && days === 0;
        const from = todayAhead ? Math.min(linked?.committedMs ?? now.getTime(), now.getTime()) : at;
        row.ageMs = now.getTime() - from;
      }
      if (days !== void 0) row.ageDays = Math.max(0, days);
    }
    if (linked?.facts?.progressPercent !== void 0) row.progressPercent = linked.facts.progressPercent;
    if (linked?.problem !== void 0) row.problem = linked.problem;
    const verdict = row.active ? verdicts.get(agent) : void 0;
    if (verdict !== void 0) {
      row.freshness = {
        fresh: verdict.fresh,
        problems: verdict.problems.map(({ reason, detail, fix }) => ({ reason, detail, fix }))
      };
    }
    return row;
  });
}
function formatAge(ms, date, ageDays) {
  if (date !== void 0 && DAY_ONLY.test(date)) {
    const days = ageDays ?? Math.floor(ms / 864e5);
    return ms < 0 || days < 0 ? "future" : days === 0 ? "today" : `${days}d`;
  }
  if (ms < 0) return "future";
  const minutes = Math.floor(ms / 6e4);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}
function noRegistryNote(registryFile, program = "handoff") {
  return `No registry at ${registryFile} yet: run \`${program} init\` to create one.`;
}
function withProblemsSaid(row, detail, fix) {
  if (row.freshness === void 0) return row;
  const problems = row.freshness.problems.map((p) => ({
    reason: p.reason,
    detail: detail(p.detail),
    fix: fix(p.fix)
  }));
  return { ...row, freshness: { fresh: row.freshness.fresh, problems } };
}

// src/app/finished-tasks.ts
var MAX_COMMITS_READ = 256;
async function tasksActiveAtCommits(query) {
  return activeAtClaims(query, commitsClaimingOthers(query.commits, query.config, query.entries));
}
async function activeAtClaims(query, naming) {
  const found = /* @__PURE__ */ new Map();
  let index = 0;
  for await (const then of activeInEach(
    query,
    naming.map((n) => n.sha)
  )) {
    const { sha, ids } = naming[index++];
    const named = ids.filter((id) => then.has(id));
    if (named.length > 0) found.set(sha, named);
  }
  return found;
}
async function* activeInEach(query, commits) {
  if (commits.length === 0) return;
  const { config, prefix } = query;
  const registryPath = normalizeLink(prefix === "" ? config.registry : `${prefix}/${config.registry}`);
  const blobs = query.git.tree.blobsAt ? await query.git.tree.blobsAt(commits, registryPath) : commits;
  const activeIn = /* @__PURE__ */ new Map();
  for (const [index, commit] of commits.entries()) {
    const blob = blobs[index];
    if (blob === void 0) {
      yield NONE_ACTIVE;
      continue;
    }
    let active = activeIn.get(blob);
    if (!active) {
      active = activeAt(query, commit);
      activeIn.set(blob, active);
    }
    yield await active;
  }
}
var NONE_ACTIVE = /* @__PURE__ */ new Set();
function commitsClaimingOthers(commits, config, entries) {
  const listed = tasksHandedOffIn(commits, config);
  for (const [, entry] of entries) {
    const task = heldTask(entry);
    if (task !== "" && !isActiveStatus(entry, config)) listed.add(task);
  }
  if (listed.size === 0) return [];
  for (const [, entry] of entries) {
    const task = heldTask(entry);
    if (task !== "" && listed.has(task) && isActiveStatus(entry, config)) listed.delete(task);
  }
  const naming = [];
  if (listed.size === 0) return naming;
  const pattern = taskIdRegExp(config);
  for (const commit of commits) {
    if (commit.elsewhere) continue;
    const ids = /* @__PURE__ */ new Set();
    const { trailers, lead } = claimPlaces(commit);
    for (const text of [...trailers, ...lead]) {
      for (const match of text.matchAll(pattern)) if (listed.has(match[0])) ids.add(match[0]);
    }
    if (ids.size > 0) naming.push({ sha: commit.sha, ids: [...ids] });
    if (naming.length >= MAX_COMMITS_READ) break;
  }
  return naming;
}
function tasksHandedOffIn(commits, config) {
  const tasks = /* @__PURE__ */ new Set();
  const folders = [config.handoffDir, config.doneHandoffDir].flatMap(
    (dir) => dir === void 0 ? [] : [`${normalizeLink(dir)}/`]
  );
  const name = handoffTaskRegExp(config);
  for (const commit of commits) {
    if (commit.elsewhere) continue;
    for (const { path } of commit.files) {
      if (!folders.some((folder) => path.startsWith(folder))) continue;
      const task = name.exec(path.slice(path.lastIndexOf("/") + 1))?.[1];
      if (task !== void 0) tasks.add(task);
    }
  }
  return tasks;
}
async function firstCommitWithTaskActive(projectRoot, config, commits, taskId, callers) {
  const shas = commits.slice(0, MAX_COMMITS_READ);
  if (shas.length === 0) return void 0;
  const { repoRoot: top, prefix } = await findProjectRoot(projectRoot);
  return GitCommandManager.at(top, callers, async (git) => {
    let index = 0;
    for await (const then of activeInEach({ git, prefix, config }, shas)) {
      if (then.has(taskId)) return index;
      index++;
    }
    return void 0;
  });
}
async function activeAt(query, commit) {
  try {
    const source = scopedSource(revisionSource(query.git, commit), query.prefix);
    const read = await readRegistryFrom(source, query.config, query.values);
    return new Set(activeTasks(read.registry, query.config).map((t) => t.taskId));
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
async function tasksActiveAtCommitsIn(projectRoot, config, commits, registry, callers) {
  const naming = commitsClaimingOthers(commits, config, agentEntries(registry));
  if (naming.length === 0) return /* @__PURE__ */ new Map();
  const { repoRoot: top, prefix } = await findProjectRoot(projectRoot);
  return GitCommandManager.at(top, callers, (git) => activeAtClaims({ git, prefix, config }, naming));
}

// src/app/next-push.ts
var ZERO = "0".repeat(40);
async function newBranchBound(git, documents, head) {
  if (documents === void 0 || documents.length === 0) return void 0;
  const unique2 = [...new Set(documents)];
  const touches = await git.lastTouchingCommits(unique2, head);
  return touches.size === unique2.length ? git.commonAncestor([...new Set(touches.values())]) : void 0;
}
function activeDocuments(judged) {
  const documents = [];
  for (const { folder, workspace } of judged) {
    for (const task of workspace.activeTasks) {
      const linked = workspace.handoffs.get(task.agent);
      if (linked?.kind !== "document") return void 0;
      documents.push(folder === "" ? linked.path : `${folder}/${linked.path}`);
    }
  }
  return documents;
}
async function pushedHandoffsAt(top, head) {
  const root = await readWorkspace(revisionSource(top, head));
  return activeDocuments([{ folder: "", workspace: root }, ...await readPackageWorkspaces(root)]);
}
function pushRemoteOf(config, branch) {
  for (const key of [`branch.${branch}.pushremote`, "remote.pushdefault", `branch.${branch}.remote`]) {
    const remote = config.get(key);
    if (remote !== void 0 && remote !== ".") return remote;
  }
  const remotes = /* @__PURE__ */ new Set();
  for (const key of config.keys()) {
    const found = /^remote\.(.+)\.(?:url|pushurl|fetch)$/.exec(key);
    if (found?.[1] !== void 0) remotes.add(found[1]);
  }
  if (remotes.has("origin")) return "origin";
  const [only] = remotes;
  return remotes.size === 1 ? only : void 0;
}
function pushedBranchOf(config, branch, remote) {
  const mode = config.get("push.default")?.toLowerCase();
  if (mode !== "upstream" && mode !== "tracking") return branch;
  const merge = config.get(`branch.${branch}.merge`);
  return config.get(`branch.${branch}.remote`) === remote && merge?.startsWith("refs/heads/") ? merge.slice("refs/heads/".length) : branch;
}
async function nextPushOf(git, branch, head) {
  const config = await git.configList();
  const remote = pushRemoteOf(config, branch);
  if (remote === void 0 || !isRemoteName(remote)) return void 0;
  const target = pushedBranchOf(config, branch, remote);
  const tracking = `refs/remotes/${remote}/${target}`;
  const remoteSha = await git.firstExisting([tracking]) ? await git.revParse(tracking) : ZERO;
  const plan = planPush(
    [{ localRef: `refs/heads/${branch}`, localSha: head, remoteRef: `refs/heads/${target}`, remoteSha }],
    remote
  );
  return plan.refs[0];
}
var PUSHED_ALONG_LIMIT = 1e3;
async function nextPushCommits(git, push) {
  if (push.branch === void 0) return void 0;
  const head = await git.revParse("HEAD");
  const ref = await nextPushOf(git, push.branch, head);
  if (ref === void 0) return void 0;
  let bound;
  if (ref.kind === "new") {
    bound = await GitCommandManager.at(
      push.topLevel,
      git,
      async (top) => newBranchBound(top, await pushedHandoffsAt(top, head), head)
    );
  }
  const args = [...ref.revisionArgs];
  if (bound !== void 0) args.push(bound);
  return git.logRange([`--max-count=${PUSHED_ALONG_LIMIT}`, ...args], { stats: false });
}

// src/app/check.ts
import { existsSync as existsSync4 } from "node:fs";
import { join as join4 } from "node:path";

// src/adapters/document-cache.ts
import { existsSync, promises as fsPromises } from "node:fs";
import { dirname, join } from "node:path";
var saves = 0;
var CACHE_VERSION = `6/${CACHE_STAMP}`;
async function gitDir(repoRoot) {
  return gitDirIn(repoRoot) ?? join(repoRoot, ".git");
}
var DocumentCache = class _DocumentCache {
  constructor(file) {
    this.file = file;
  }
  file;
  used = /* @__PURE__ */ new Map();
  usedValues = /* @__PURE__ */ new Map();
  misses = 0;
  valuesAdded = false;
  keepingUnused = false;
  loaded;
  /**
   * Opens the repository's cache; a missing, unreadable or outdated cache is an empty one. The file
   * is read on first use, not here: the check opens the cache before it starts git, and reading it
   * then (~1-2 ms for 300 handoffs) would only hold back the second git process.
   */
  static async open(repoRoot) {
    const dir = await gitDir(repoRoot);
    if (!existsSync(dir)) return _DocumentCache.inMemory();
    return new _DocumentCache(join(dir, "handoff-guard", "cache.json"));
  }
  /** What the file held, read once. */
  get previous() {
    if (this.loaded) return this.loaded;
    this.loaded = { entries: {}, values: {} };
    if (this.file === void 0) return this.loaded;
    try {
      const parsed = readCacheJson(this.file, jsonHead("version", CACHE_VERSION));
      if (parsed && parsed.version === CACHE_VERSION && parsed.entries && typeof parsed.entries === "object") {
        this.loaded.entries = parsed.entries;
        if (parsed.values && typeof parsed.values === "object") this.loaded.values = parsed.values;
      }
    } catch {
    }
    return this.loaded;
  }
  /** A cache that never persists (for callers without a repository). */
  static inMemory() {
    return new _DocumentCache(void 0);
  }
  /** The cache file's size in bytes, without reading it (0: none yet, or a cache in memory). */
  get fileBytes() {
    return this.file === void 0 ? 0 : statIfThere(this.file)?.size ?? 0;
  }
  /**
   * Keeps, when saving, the summaries this run did not use: a run that looked at part of a snapshot
   * (a push from a remembered one) must not make the cache forget the rest.
   */
  keepUnused() {
    this.keepingUnused = true;
  }
  /** How many documents were parsed (not served from the cache) since opening. */
  get parsedCount() {
    return this.misses;
  }
  /** Whether the summary of the content `id` is here (then its text need not even be read). */
  has(id) {
    return this.used.has(id) || Object.hasOwn(this.previous.entries, id);
  }
  /** The summary of the content `id` when it is here, without waiting: a warm check's every one. */
  known(id) {
    const entries = this.previous.entries;
    const known = this.used.get(id) ?? (Object.hasOwn(entries, id) ? entries[id] : void 0);
    if (known) this.used.set(id, known);
    return known;
  }
  /**
   * The summary of a document; `id` is its content id, `text` may be left out when `has(id)` said
   * the summary is here; `file` names the document in the error a hostile one gets.
   */
  async summarize(id, text, file) {
    const known = this.known(id);
    if (known) return known;
    if (text === void 0) throw new InternalError(`no text and no cached summary for ${file ?? id}`);
    this.misses++;
    const summary = await summarizeMarkdown(text, file);
    this.used.set(id, summary);
    return summary;
  }
  /** What the snapshot worked out from a file before (`KnownValues`), kept while used, like summaries. */
  values = {
    has: (key) => this.usedValues.has(key) || Object.hasOwn(this.previous.values, key),
    get: (key) => {
      if (this.usedValues.has(key)) return this.usedValues.get(key);
      const value = this.previous.values[key];
      this.usedValues.set(key, value);
      return value;
    },
    set: (key, value) => {
      this.usedValues.set(key, value);
      this.valuesAdded = true;
    }
  };
  /**
   * Writes the cache back when anything was parsed (entries not used in this run are dropped, so the
   * cache follows the registry). Failures are ignored: the cache only saves time.
   */
  async save() {
    if (!this.file || this.misses === 0 && !this.valuesAdded) return;
    const content = {
      version: CACHE_VERSION,
      entries: this.keepingUnused ? { ...this.previous.entries, ...Object.fromEntries(this.used) } : Object.fromEntries(this.used),
      // A run that used none (`status` reads the working tree) keeps the hook's for its next push.
      values: this.usedValues.size > 0 ? Object.fromEntries(this.usedValues) : this.previous.values
    };
    const temp = `${this.file}.${process.pid}.${++saves}.tmp`;
    try {
      await fsPromises.mkdir(dirname(this.file), { recursive: true });
      await fsPromises.writeFile(temp, JSON.stringify(content));
      await fsPromises.rename(temp, this.file);
    } catch {
    }
  }
};
async function summarizeMarkdown(text, file) {
  const { summarizeHandoff } = await import("./scan-7XFCLFDF.js");
  const { missingElements, facts } = summarizeHandoff(text, file);
  return { missingElements, facts };
}

// src/adapters/listing-store.ts
import { existsSync as existsSync2, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join as join2 } from "node:path";
var FORMAT = `3/${CACHE_STAMP}`;
var KEPT = 8;
var ListingStore = class _ListingStore {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  /** Files this run found not to hold a listing: as good as none, and written over when remembered. */
  unreadable = /* @__PURE__ */ new Set();
  static async open(repoRoot) {
    const dir = await gitDir(repoRoot);
    return new _ListingStore(existsSync2(dir) ? join2(dir, "handoff-guard", "listings") : void 0);
  }
  fileOf(commit) {
    return this.dir && /^[0-9a-f]{40,64}$/.test(commit) ? join2(this.dir, `${commit}.json`) : void 0;
  }
  has(commit) {
    const file = this.fileOf(commit);
    return file !== void 0 && !this.unreadable.has(commit) && existsSync2(file);
  }
  /** The listing remembered for `commit`, or undefined (none, or not a well-formed one). */
  read(commit) {
    const listing = this.parse(commit);
    if (!listing) this.unreadable.add(commit);
    return listing;
  }
  parse(commit) {
    const file = this.fileOf(commit);
    if (!file) return void 0;
    try {
      const value = readCacheJson(file, jsonHead("format", FORMAT)) ?? {};
      if (value.format !== FORMAT || !Array.isArray(value.specs) || !Array.isArray(value.entries))
        return void 0;
      const wellFormed = value.specs.every((s) => typeof s === "string") && value.entries.every(
        (e) => Array.isArray(e) && typeof e[0] === "string" && typeof e[1]?.mode === "string" && typeof e[1]?.type === "string" && typeof e[1]?.oid === "string"
      );
      return wellFormed ? { specs: value.specs, entries: value.entries } : void 0;
    } catch {
      return void 0;
    }
  }
  /**
   * Writes `commit`'s listing; past twice the few kept, drops all but the newest. Written beside it
   * and renamed over it: whatever is in its place (a FIFO, whose write would wait for a reader for
   * ever) is replaced, never written into.
   */
  remember(commit, listing) {
    const file = this.fileOf(commit);
    const dir = this.dir;
    if (!file || !dir) return;
    const temp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(temp, JSON.stringify({ format: FORMAT, ...listing }), { flag: "wx" });
      renameSync(temp, file);
      this.unreadable.delete(commit);
      const names = readdirSync(dir);
      if (names.length <= 2 * KEPT) return;
      const byAge = names.map((name) => ({ name, at: statSync(join2(dir, name)).mtimeMs })).sort((a, b) => b.at - a.at);
      for (const { name } of byAge.slice(KEPT)) rmSync(join2(dir, name), { force: true });
    } catch {
      try {
        rmSync(temp, { force: true });
      } catch {
      }
    }
  }
};

// src/adapters/pre-push.ts
async function readPushedRange(git, ref, { blocking = false } = {}) {
  const commits = await git.logRange(ref.revisionArgs, {
    stats: false,
    blobs: ref.kind === "update",
    blocking
  });
  const range = {
    description: ref.description,
    head: ref.localSha,
    branch: ref.branch,
    commits
  };
  if (ref.kind === "update") range.base = startOfPushed(commits, ref.remoteSha);
  return range;
}
function startOfPushed(commits, remoteSha) {
  const pushed = new Set(commits.map((c) => c.sha));
  const outside = commits.flatMap((c) => c.parents.filter((p) => !pushed.has(p)));
  if (outside.length === 0 || outside.includes(remoteSha)) return remoteSha;
  return commits[0]?.parents[0] ?? remoteSha;
}

// src/adapters/snapshot-store.ts
import { existsSync as existsSync3, mkdirSync as mkdirSync2, readdirSync as readdirSync2, renameSync as renameSync2, rmSync as rmSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join3 } from "node:path";

// src/core/snapshot.ts
function rememberedHandoff(link, path, contentId, missingElements, facts) {
  return path === link ? [contentId, [...missingElements], facts] : [contentId, [...missingElements], facts, path];
}
function handoffPath(handoff, link) {
  return handoff[3] ?? link;
}
function rememberedEntry(agent, entry) {
  return [
    agent,
    entry.status,
    typeof entry.current_task === "string" ? entry.current_task : null,
    typeof entry.details_link === "string" ? entry.details_link : null
  ];
}
function entryOf([, status, currentTask, detailsLink]) {
  const entry = { status };
  if (currentTask !== null) entry.current_task = currentTask;
  if (detailsLink !== null) entry.details_link = detailsLink;
  return entry;
}
function commitsAfter(snapshot, remote, head, commits) {
  if (snapshot === head) return [];
  const at = snapshot === remote ? 0 : commits.findIndex((c) => c.sha === snapshot) + 1;
  if (at === 0 && snapshot !== remote) return void 0;
  const after = commits.slice(at);
  return isLineFrom(snapshot, head, after) ? after : void 0;
}
function changedBy(snapshot, handoffPaths, configFiles, commits) {
  const changed = /* @__PURE__ */ new Set();
  const changedOrAbove = /* @__PURE__ */ new Set();
  for (const commit of commits) {
    for (const { path } of commit.files) {
      changed.add(path);
      changedOrAbove.add(path);
      addFoldersAbove(path, changedOrAbove);
    }
  }
  const touched = (path) => changedOrAbove.has(path) || isInFolders(path, changed);
  if (changed.size === 0) return { setup: false, handoffs: [] };
  const setup = [snapshot.registryFile, ...configFiles].some(touched);
  const handoffs = [];
  if (!setup) {
    for (const [index, path] of handoffPaths.entries()) if (touched(path)) handoffs.push(index);
  }
  return { setup, handoffs };
}
var MOST_CHANGED = 64;
function storedAsChanges(changed, handoffs) {
  return changed <= MOST_CHANGED || changed * 4 <= handoffs;
}
var REGULAR_FILE = /^100(644|755)$/;
function blobsAfter(paths, commits) {
  const wanted = new Set(paths);
  const above = /* @__PURE__ */ new Set();
  for (const path of wanted) addFoldersAbove(path, above);
  const found = /* @__PURE__ */ new Map();
  for (const commit of commits) {
    for (const { path, blob } of commit.files) {
      if (!wanted.has(path)) {
        if (above.has(path) || isInFolders(path, wanted)) return void 0;
        continue;
      }
      if (blob === void 0) return void 0;
      const earlier = found.get(path);
      found.set(path, { fromOid: earlier?.fromOid ?? blob.oldOid, oid: blob.newOid, mode: blob.newMode });
    }
  }
  const blobs = /* @__PURE__ */ new Map();
  for (const path of wanted) {
    const change = found.get(path);
    if (change === void 0 || !REGULAR_FILE.test(change.mode)) return void 0;
    blobs.set(path, { fromOid: change.fromOid, oid: change.oid });
  }
  return blobs;
}
function addFoldersAbove(path, folders) {
  for (let slash = path.lastIndexOf("/"); slash > 0; slash = path.lastIndexOf("/", slash - 1))
    folders.add(path.slice(0, slash));
}

// src/adapters/snapshot-store.ts
var FORMAT2 = `1/${CACHE_STAMP}`;
var saves2 = 0;
var KEPT2 = 2;
var NAME = /^([0-9a-f]{40,64})(?:\.([0-9a-f]{40,64}))?\.json$/;
var COMMIT = /^[0-9a-f]{40,64}$/;
var SnapshotStore = class _SnapshotStore {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  /** The folder's listing, made once: the check asks which commits have one, then reads one. */
  listing;
  static async open(repoRoot) {
    const dir = await gitDir(repoRoot);
    return new _SnapshotStore(existsSync3(dir) ? join3(dir, "handoff-guard", "snapshots") : void 0);
  }
  /** The snapshots' files, newest first (by the folder's listing alone), listed once until a write. */
  found() {
    this.listing ??= this.list();
    return this.listing;
  }
  list() {
    if (this.dir === void 0) return [];
    try {
      const found = [];
      for (const name of readdirSync2(this.dir)) {
        const match = NAME.exec(name);
        if (!match) continue;
        const file = join3(this.dir, name);
        found.push({
          commit: match[1],
          ...match[2] ? { base: match[2] } : {},
          file,
          at: statIfThere(file)?.mtimeMs ?? 0
        });
      }
      return found.sort((a, b) => b.at - a.at);
    } catch {
      return [];
    }
  }
  /** The commits a snapshot is remembered for, newest first. */
  commits() {
    return this.found().map((f) => f.commit);
  }
  /** The snapshot remembered for `commit`, or undefined (none, or not a well-formed one of this version). */
  read(commit) {
    const found = this.found();
    const file = found.find((f) => f.commit === commit);
    if (!file) return void 0;
    const stored = readStored(file.file);
    if (stored === void 0 || stored.commit !== commit) return void 0;
    if (!("base" in stored) || typeof stored.base !== "string")
      return isSnapshot(stored) ? stored : void 0;
    const delta = stored;
    const baseFile = found.find((f) => f.commit === delta.base && f.base === void 0);
    const base = baseFile && readStored(baseFile.file);
    if (!base || !isSnapshot(base) || base.commit !== delta.base || !Array.isArray(delta.changes))
      return void 0;
    const handoffs = [...base.handoffs];
    const changed = [];
    for (const change of delta.changes) {
      if (!Array.isArray(change) || !Number.isInteger(change[0]) || !isHandoff(change[1])) return void 0;
      const [index, handoff] = change;
      if (index < 0 || index >= handoffs.length) return void 0;
      handoffs[index] = handoff;
      changed.push(index);
    }
    return { ...base, commit, handoffs, base: { commit: base.commit, changed } };
  }
  /**
   * Remembers `snapshot` (as its base's with changes, when it has a base and they are few), keeping
   * the newest few and the bases they are stored on. Failures are ignored: it only saves time.
   */
  write(snapshot) {
    const dir = this.dir;
    if (dir === void 0 || !COMMIT.test(snapshot.commit)) return;
    const { base, ...whole } = snapshot;
    const asChanges = base !== void 0 && COMMIT.test(base.commit) && base.commit !== snapshot.commit && storedAsChanges(base.changed.length, snapshot.handoffs.length);
    const stored = asChanges ? {
      commit: snapshot.commit,
      base: base.commit,
      changes: base.changed.map((index) => [index, snapshot.handoffs[index]])
    } : whole;
    const file = join3(dir, asChanges ? `${snapshot.commit}.${base.commit}.json` : `${snapshot.commit}.json`);
    const temp = `${file}.${process.pid}.${++saves2}.tmp`;
    try {
      mkdirSync2(dir, { recursive: true });
      writeFileSync2(temp, JSON.stringify({ format: FORMAT2, snapshot: stored }));
      renameSync2(temp, file);
      this.listing = void 0;
      const found = this.found();
      const kept = found.filter((f) => f.commit !== snapshot.commit || f.file === file).slice(0, KEPT2);
      const bases = new Set(kept.flatMap((f) => f.base ? [f.base] : []));
      for (const f of found) {
        const onReplaced = !asChanges && f.base === snapshot.commit;
        if (!onReplaced && (kept.includes(f) || f.base === void 0 && bases.has(f.commit))) continue;
        rmSync2(f.file, { force: true });
      }
      this.listing = void 0;
    } catch {
      try {
        rmSync2(temp, { force: true });
      } catch {
      }
    }
  }
};
function readStored(file) {
  try {
    const value = readCacheJson(file, jsonHead("format", FORMAT2)) ?? {};
    return value.format === FORMAT2 && typeof value.snapshot === "object" && value.snapshot !== null ? value.snapshot : void 0;
  } catch {
    return void 0;
  }
}
function isSnapshot(value) {
  if (typeof value !== "object" || value === null) return false;
  const s = value;
  return typeof s.commit === "string" && (s.givenConfigFile === void 0 || typeof s.givenConfigFile === "string") && (s.configFile === void 0 || typeof s.configFile === "string") && typeof s.registryFile === "string" && typeof s.config === "object" && s.config !== null && Array.isArray(s.entries) && s.entries.every(
    (e) => Array.isArray(e) && e.length === 4 && typeof e[0] === "string" && typeof e[1] === "string" && (e[2] === null || typeof e[2] === "string") && (e[3] === null || typeof e[3] === "string")
  ) && Array.isArray(s.handoffs) && s.handoffs.every(isHandoff);
}
function isHandoff(h) {
  return Array.isArray(h) && (h.length === 3 || h.length === 4 && typeof h[3] === "string") && typeof h[0] === "string" && Array.isArray(h[1]) && typeof h[2] === "object" && h[2] !== null;
}

// src/core/ancestry.ts
var CommitGraph = class {
  parents = /* @__PURE__ */ new Map();
  /** Position in the range's topological order (parents first): ancestors always sort lower. */
  order = /* @__PURE__ */ new Map();
  constructor(commits) {
    commits.forEach((commit, index) => {
      if (this.parents.has(commit.sha)) return;
      this.parents.set(commit.sha, commit.parents);
      this.order.set(commit.sha, index);
    });
  }
  has(sha) {
    return this.parents.has(sha);
  }
  /**
   * Of `updates` (commits of the range), the newest: the latest in topological order, which no
   * other one has as an ancestor; and which of `work` are ancestors of (or are) an update. Commits
   * outside the range are not followed: whatever lies beyond the range's base is not being judged.
   *
   * One walk over the range at most, whatever the number of updates: the walks from each update
   * share what they have seen (all ancestors of a commit seen are seen), stop below the oldest work
   * commit (nothing there leads to one) and end once every work commit is found. Walked apart, 3,000
   * sibling updates over a chain of 30,000 commits took a minute and 2 GB.
   */
  coverage(updates, work) {
    const rank = (sha) => this.order.get(sha) ?? -1;
    const tips = [...new Set(updates)].filter((sha) => this.has(sha)).sort((a, b) => rank(b) - rank(a));
    const wanted = new Set(work.filter((sha) => this.has(sha)));
    const covered = /* @__PURE__ */ new Set();
    let floor = Number.POSITIVE_INFINITY;
    for (const sha of wanted) floor = Math.min(floor, rank(sha));
    const seen = /* @__PURE__ */ new Set();
    for (const tip of tips) {
      if (covered.size === wanted.size) break;
      if (seen.has(tip) || rank(tip) < floor) continue;
      const stack = [tip];
      while (stack.length > 0) {
        const sha = stack.pop();
        if (seen.has(sha)) continue;
        seen.add(sha);
        if (wanted.has(sha)) covered.add(sha);
        for (const parent of this.parents.get(sha) ?? []) {
          if (!seen.has(parent) && this.has(parent) && rank(parent) >= floor) stack.push(parent);
        }
      }
    }
    return { newest: tips[0], covered };
  }
};

// src/core/freshness.ts
var DAY_MS = 24 * 60 * 60 * 1e3;
var SHORT = 7;
var FIX_SHA = 12;
function documentDateMs(date) {
  return date ? dateMs(date) : void 0;
}
var FUTURE_SLACK_MS = 2 * DAY_MS;
function notFuture(ms, now) {
  return ms !== void 0 && ms > now.getTime() + FUTURE_SLACK_MS ? void 0 : ms;
}
var dateMs = memoised(1e3, (date) => {
  if (DAY_ONLY.test(date)) {
    const start = Date.parse(`${date}T00:00:00Z`);
    return Number.isNaN(start) ? void 0 : start + DAY_MS - 1;
  }
  const parsed = Date.parse(date);
  return Number.isNaN(parsed) ? void 0 : parsed;
});
function pathsNeedingHistory(tasks, config, now) {
  const windowStart = now.getTime() - parseDuration(config.freshness.maxAge);
  const paths = /* @__PURE__ */ new Set();
  for (const { link } of tasks) {
    if (link.kind !== "document") continue;
    const dated = notFuture(documentDateMs(link.facts.date), now);
    if (dated === void 0 || dated < windowStart) paths.add(link.path);
  }
  return [...paths];
}
function attributeRanges(input) {
  const everyCommit = input.ranges.flatMap(
    (range) => range.commits.map((commit) => range.branch ? { commit, branch: range.branch } : { commit })
  );
  const branch = input.ranges[0]?.branch;
  const inRanges = new Set(everyCommit.map(({ commit }) => commit.sha));
  const before = (input.nextPush ?? []).filter((commit) => !inRanges.has(commit.sha)).map((commit) => branch ? { commit, branch } : { commit });
  const attribution = attributeCommits({
    commits: before.length > 0 ? [...before, ...everyCommit] : everyCommit,
    ...input.nextPush ? { fallbackScope: new Set(input.nextPush.map((c) => c.sha)) } : {},
    activeTaskIds: input.activeTaskIds,
    ...input.activeAtCommit ? { activeAtCommit: input.activeAtCommit } : {},
    handoffFiles: input.handoffFiles,
    taskIds: taskIdRegExp(input.config)
  });
  const workShas = new Set(
    everyCommit.filter(({ commit }) => isWorkCommit(commit, input.nonWork)).map(({ commit }) => commit.sha)
  );
  const indexed = input.ranges.map((range) => indexRange(range, workShas, attribution.bySha));
  return { everyCommit, attribution, workShas, indexed };
}
function fallbackMatters(attributed) {
  for (const sha of attributed.workShas) {
    const rule = attributed.attribution.bySha.get(sha)?.rule;
    if (rule === void 0 || rule === "only-task-in-range" || rule === "only-active-task") return true;
  }
  return false;
}
function unattributedWork({
  workShas,
  attribution
}) {
  return [...workShas].filter((sha) => attribution.bySha.get(sha)?.tasks.length === 0);
}
var NO_ACTIVE_TASKS = "No active tasks in the registry: nothing to check.";
function evaluateFreshness(input) {
  const { config } = input;
  const notes = [...input.notes ?? []];
  const handoffFiles = /* @__PURE__ */ new Map();
  for (const { task, link } of input.tasks) {
    if (link.kind === "document" && !handoffFiles.has(task.taskId)) handoffFiles.set(task.taskId, link.path);
  }
  const { everyCommit, attribution, workShas, indexed } = attributeRanges({
    config,
    ranges: input.ranges,
    activeTaskIds: input.tasks.map((t) => t.task.taskId),
    ...input.activeAtCommit ? { activeAtCommit: input.activeAtCommit } : {},
    handoffFiles,
    nonWork: input.nonWork
  });
  const ofFolder = input.folder ? ` of ${input.folder}` : "";
  const fellBack = [...workShas].filter((sha) => {
    const rule = attribution.bySha.get(sha)?.rule;
    return rule === "only-task-in-range" || rule === "only-active-task";
  });
  if (attribution.fallback && fellBack.length > 0) {
    const why = attribution.fallback.rule === "only-task-in-range" ? "the only active task the checked commits name" : "the only active task";
    notes.push(
      `${fellBack.length} work commit(s) that name no active task${ofFolder} count for ${attribution.fallback.taskId} (${why}).`
    );
  }
  const unattributed = unattributedWork({ workShas, attribution });
  if (unattributed.length > 0 && input.tasks.length > 0) {
    notes.push(
      `${unattributed.length} work commit(s) name no active task${ofFolder} and were not counted for any (add a \`Task: <ID>\` trailer): ${listShas(unattributed)}.`
    );
  }
  const active = new Set(input.tasks.map((t) => t.task.taskId));
  if (input.activeAtCommit && input.tasks.length > 0) {
    const ofFormer = /* @__PURE__ */ new Map();
    for (const sha of workShas) {
      const named = attribution.bySha.get(sha)?.tasks ?? [];
      if (named.length === 0 || named.some((id) => active.has(id))) continue;
      for (const id of named) ofFormer.set(id, (ofFormer.get(id) ?? 0) + 1);
    }
    for (const [taskId, count] of ofFormer) {
      notes.push(
        `${count} work commit(s) name ${taskId}, no longer active${ofFolder} but active where they were made: counted for it, not for an active task.`
      );
    }
  }
  const workCommitsByTask = /* @__PURE__ */ new Map();
  for (const sha of workShas) {
    for (const taskId of attribution.bySha.get(sha)?.tasks ?? []) {
      workCommitsByTask.set(taskId, (workCommitsByTask.get(taskId) ?? 0) + 1);
    }
  }
  const inRepository = (path) => pathFrom(input.folder ?? "", path);
  const shown = (path) => (input.shown ?? asInProject)(inRepository(path));
  const maxAgeMs = parseDuration(config.freshness.maxAge);
  const required = new Set(config.requiredElements);
  const agentsByTask = /* @__PURE__ */ new Map();
  for (const { task } of input.tasks) agentsByTask.set(task.taskId, (agentsByTask.get(task.taskId) ?? 0) + 1);
  const verdicts = input.tasks.map(({ task, link }) => {
    const problems = [];
    const shared = (agentsByTask.get(task.taskId) ?? 0) > 1;
    if (link.kind === "invalid-link") {
      const draft = draftCommand(task, shared);
      const fix = link.symlink ? `make ${shellWord(shown(link.symlink))} a file inside the repository, not a symlink out of it (or git rm it), then ${draft}` : draft;
      problems.push({ reason: "invalid-link", detail: link.message, fix });
    } else if (link.kind === "missing") {
      problems.push({ reason: "missing", detail: link.detail, fix: draftCommand(task, shared) });
    } else {
      const places = link.missingElements.filter((place) => required.has(place.element));
      if (places.length > 0) {
        const absent = places.map((place) => place.element);
        problems.push({
          reason: "incomplete",
          detail: `${shown(link.path)} lacks ${absent.map(elementTitle).join(", ")} (absent, empty or placeholder text).`,
          elements: absent,
          places,
          // A new draft would leave these open too: only a person or an agent can write them. An
          // agent, with no terminal for draft's questions, answers them as draft's flags (which fill
          // in a template committed last, or write the next session with the answers). The note is
          // always asked: a next session carries blockers and steps, never the last Current State.
          fix: `fill in ${absent.map(elementTitle).join(", ")} in ${shown(link.path)}, then commit it (${FOR_AN_AGENT} ${draftCommand(task, shared)} ${[.../* @__PURE__ */ new Set(["currentState", ...absent])].map((element) => ANSWER_SLOTS[element]).join(" ")}, then commit)`
        });
      }
      const behind = behindCommits(task.taskId, link.path, indexed);
      if (behind.commits.length > config.freshness.maxCommitsBehind) {
        const shas = behind.commits.map((c) => c.sha);
        const since = behind.lastTouch ? `after its last update in ${short(behind.lastTouch.sha)}` : "and the checked commits never update it";
        const from = behind.lastTouch?.sha ?? behind.base ?? void 0;
        const draft = draftCommand(task, shared);
        const others = shared ? ` ${task.taskId} is shared: every active agent's handoff must cover its work; if ${task.agent} has left it, \`handoff idle --agent ${shellWord(task.agent)}\` instead.` : "";
        const mentioned = behind.commits.filter(
          (c) => attribution.bySha.get(c.sha)?.rule === "message" && subjectLead(c.subject) !== task.taskId
        );
        const mentionNote = mentioned.length === 0 ? "" : ` ${listShas(mentioned.map((c) => c.sha))} ${mentioned.length === 1 ? "counts" : "count"} for ${task.taskId} because ${mentioned.length === 1 ? "its message mentions" : "their messages mention"} it: if that is another task's work, reword ${mentioned.length === 1 ? "it" : "them"} with a \`Task: <that task>\` trailer, which wins.`;
        problems.push({
          reason: "behind",
          detail: `${behind.commits.length} work commit(s) for ${task.taskId} ${since}: ${listShas(shas)} (allowed: ${config.freshness.maxCommitsBehind}).${mentionNote}${others}`,
          commits: shas.map(short),
          fix: from ? `${draft} --from ${from.slice(0, FIX_SHA)}` : draft
        });
      }
      const expired = expiry(
        link,
        shown(link.path),
        input.lastTouches,
        input.now,
        maxAgeMs,
        config.freshness.maxAge
      );
      if (expired) problems.push({ reason: "expired", detail: expired, fix: draftCommand(task, shared) });
    }
    const verdict = {
      taskId: task.taskId,
      agent: task.agent,
      fresh: problems.length === 0,
      problems,
      workCommits: workCommitsByTask.get(task.taskId) ?? 0
    };
    const handoffPath2 = link.kind === "document" ? link.path : task.detailsLink;
    if (handoffPath2 !== void 0) verdict.handoffPath = inRepository(handoffPath2);
    return verdict;
  });
  const judged = scoped(verdicts, config, input.ranges, everyCommit, notes);
  if (input.tasks.length === 0) notes.push(input.noTasksNote ?? NO_ACTIVE_TASKS);
  const commitCount = new Set(everyCommit.map((c) => c.commit.sha)).size;
  const result = { verdicts: judged, stale: judged.some((v) => !v.fresh), notes };
  if (input.ranges.length > 0) {
    result.range = { description: input.ranges.map((r) => r.description).join("; "), commitCount };
    const readAfter = input.ranges.length === 1 ? input.ranges[0]?.readAfter : void 0;
    if (readAfter !== void 0) result.range.readAfter = readAfter;
  }
  return result;
}
function draftCommand(task, shared) {
  return `handoff draft --task ${shellWord(task.taskId)}${shared ? ` --agent ${shellWord(task.agent)}` : ""}`;
}
function indexRange(range, workShas, bySha) {
  const touches = /* @__PURE__ */ new Map();
  const work = /* @__PURE__ */ new Map();
  for (const commit of range.commits) {
    for (const file of commit.files) {
      const list = touches.get(file.path);
      if (list) list.push(commit);
      else touches.set(file.path, [commit]);
    }
    if (!workShas.has(commit.sha)) continue;
    for (const taskId of bySha.get(commit.sha)?.tasks ?? []) {
      const list = work.get(taskId);
      if (list) list.push(commit);
      else work.set(taskId, [commit]);
    }
  }
  return { range, graph: new CommitGraph(range.commits), touches, work };
}
function behindInRange(indexed, taskId, handoffPath2) {
  const work = indexed.work.get(taskId) ?? [];
  const updates = indexed.touches.get(handoffPath2) ?? [];
  if (work.length === 0 && updates.length === 0) return { commits: [] };
  const { newest, covered } = indexed.graph.coverage(
    updates.map((c) => c.sha),
    work.map((c) => c.sha)
  );
  const lastTouch = updates.find((c) => c.sha === newest);
  if (work.length === 0) return lastTouch ? { commits: [], lastTouch } : { commits: [] };
  const commits = work.filter((c) => !covered.has(c.sha));
  return lastTouch ? { commits, lastTouch } : { commits };
}
function behindCommits(taskId, handoffPath2, ranges) {
  const result = {
    commits: []
  };
  let found;
  for (const indexed of ranges) {
    const behind = behindInRange(indexed, taskId, handoffPath2);
    if (behind.commits.length === 0) continue;
    found ??= /* @__PURE__ */ new Map();
    for (const commit of behind.commits) found.set(commit.sha, commit);
    if (result.head === void 0) {
      result.head = indexed.range.head;
      if (behind.lastTouch) result.lastTouch = behind.lastTouch;
      if (indexed.range.base) result.base = indexed.range.base;
    }
  }
  if (found) result.commits = [...found.values()];
  return result;
}
function scoped(verdicts, config, ranges, everyCommit, notes) {
  if (config.freshness.scope !== "touched" || ranges.length === 0) return verdicts;
  const changed = new Set(everyCommit.flatMap(({ commit }) => commit.files.map((f) => f.path)));
  for (const range of ranges) for (const path of range.changedAtStart ?? []) changed.add(path);
  const touched = (v) => (v.workCommits ?? 0) > 0 || v.handoffPath !== void 0 && changed.has(v.handoffPath);
  const untouched = verdicts.filter((v) => !touched(v));
  const waiting = untouched.filter((v) => !v.fresh);
  if (waiting.length > 0) {
    notes.push(
      `not judged (freshness.scope: touched; the checked commits do not work on them): ${waiting.map((v) => `${v.taskId} (${v.problems.map((p) => p.reason).join(", ")})`).join(", ")}.`
    );
  }
  const judged = verdicts.filter(touched);
  if (judged.length === 0 && verdicts.length > 0) {
    notes.push("No active task is worked on by the checked commits: nothing to check.");
  }
  return judged;
}
function expiry(link, shownPath, lastTouches, now, maxAgeMs, maxAgeText) {
  const written = documentDateMs(link.facts.date);
  const dated = notFuture(written, now);
  const touchedSeconds = lastTouches.get(link.path);
  const touched = notFuture(touchedSeconds === void 0 ? void 0 : touchedSeconds * 1e3, now);
  const last = Math.max(dated ?? Number.NEGATIVE_INFINITY, touched ?? Number.NEGATIVE_INFINITY);
  if (now.getTime() - last <= maxAgeMs) return void 0;
  const future = written !== void 0 && dated === void 0 ? ` (its **Date**, ${link.facts.date}, is in the future)` : "";
  if (dated === void 0 && touched === void 0) {
    return future ? `${shownPath} is dated in the future (${link.facts.date}), which is no update, and no commit dated within the last ${maxAgeText} touched it.` : `${shownPath} has no readable **Date** and no commit touched it in the last ${maxAgeText}.`;
  }
  const when = new Date(last).toISOString().slice(0, 10);
  const days = ageInDays(when, now);
  return `${shownPath} was last updated ${when} (${days} day(s) ago)${future}; the limit is ${maxAgeText}.`;
}
function listShas(shas) {
  const shown = shas.slice(0, 10).map(short).join(", ");
  return shas.length > 10 ? `${shown}, \u2026 (${shas.length - 10} more)` : shown;
}
function short(sha) {
  return sha.slice(0, SHORT);
}

// src/app/link-state.ts
function linkState(linked, summary, source, shown) {
  if (!linked) return { kind: "missing", detail: "the task has no details_link." };
  switch (linked.kind) {
    case "none":
      return { kind: "missing", detail: linked.detail };
    case "invalid-link":
      return {
        kind: "invalid-link",
        message: `${linked.message} [${linked.rule}].`,
        ...linked.rule === "path/symlink-escape" ? { symlink: normalizeLink(linked.link) } : {}
      };
    case "missing":
      return {
        kind: "missing",
        detail: `${shown(linked.path)} does not exist${source.kind === "revision" ? ` in ${source.label}` : ""}.`
      };
    case "unreadable":
      throw linked.error;
    case "document": {
      if (summary === void 0) throw new InternalError(`no summary of ${linked.path} was made`);
      return {
        kind: "document",
        path: linked.path,
        missingElements: summary.missingElements,
        facts: summary.facts
      };
    }
  }
}

// src/app/main-line.ts
var DEFAULT_BASES = ["origin/HEAD", "origin/main", "origin/master", "main", "master"];
var MAIN_BRANCHES = ["main", "master", "trunk", "develop"];
function isMainLine(branch) {
  return branch === void 0 || MAIN_BRANCHES.includes(branch);
}
async function otherLines(git, branch) {
  if (isMainLine(branch)) return void 0;
  const mainLine = await git.firstExisting(DEFAULT_BASES);
  if (mainLine === void 0) return void 0;
  const own = (await git.listRemotes()).map((remote) => `--exclude=${remote}/${branch}`);
  return { mainLine, args: [mainLine, ...own, "--remotes"] };
}

// src/app/pushed-listing.ts
function startsAtRemembered(ref, listings) {
  return ref.kind === "update" && listings.has(ref.remoteSha);
}
async function seedPushedListing(git, listings, ref, range) {
  if (!range || !git.tree.seed || !startsAtRemembered(ref, listings)) return;
  const commits = await range.then(
    (r) => r.commits,
    () => void 0
  );
  if (!commits || !isLineFrom(ref.remoteSha, ref.localSha, commits)) return;
  const base = listings.read(ref.remoteSha);
  const listing = base && applyChanges(base, commits, "forward");
  if (listing) git.tree.seed(ref.localSha, listing);
}
var MAX_REMEMBERED_ENTRIES = 2e3;
function rememberPushedListings(git, listings, ref, range) {
  if (!git.tree.listed) return;
  const tip = git.tree.listed(ref.localSha, MAX_REMEMBERED_ENTRIES);
  if (!tip) return;
  if (!listings.has(ref.localSha)) listings.remember(ref.localSha, tip);
  if (ref.kind !== "update" || listings.has(ref.remoteSha)) return;
  if (!isLineFrom(ref.remoteSha, ref.localSha, range.commits)) return;
  const base = applyChanges(tip, range.commits, "backward");
  if (base) listings.remember(ref.remoteSha, base);
}

// src/app/remembered-snapshot.ts
var CACHE_WORTH_READING = 1024 * 1024;
async function readFromSnapshot(git, store, ref, range, options) {
  for (const commit of store.commits()) {
    const after = commitsAfter(
      commit,
      ref.kind === "update" ? ref.remoteSha : void 0,
      range.head,
      range.commits
    );
    if (after === void 0) continue;
    const snapshot = options.read?.commit === commit ? options.read : store.read(commit);
    if (snapshot === void 0 || snapshot.givenConfigFile !== options.configFile) continue;
    try {
      return await applied(git, snapshot, ref, after, options);
    } catch {
      return void 0;
    }
  }
  return void 0;
}
async function applied(git, snapshot, ref, after, { cache, beforeReading }) {
  await prepareFor(snapshot.config);
  const entries = snapshot.entries.map((e) => [e[0], entryOf(e)]);
  const tasks = activeTasksIn(entries, snapshot.config);
  if (tasks.length !== snapshot.handoffs.length) return void 0;
  const paths = [];
  for (const [index, task] of tasks.entries()) {
    if (task.detailsLink === void 0) return void 0;
    paths.push(handoffPath(snapshot.handoffs[index], task.detailsLink));
  }
  const change = changedBy(
    snapshot,
    paths,
    configCandidates(snapshot.givenConfigFile).map(normalizeLink),
    after
  );
  if (change.setup) return void 0;
  const source = revisionSource(git, ref.localSha, ref.branch);
  const handoffs = [...snapshot.handoffs];
  if (change.handoffs.length > 0) {
    const links = change.handoffs.map((index) => tasks[index]?.detailsLink);
    const blobs = blobsAfter(
      change.handoffs.map((index) => paths[index]),
      after
    );
    if (blobs === void 0) return void 0;
    for (const index of change.handoffs) {
      const from = blobs.get(paths[index])?.fromOid;
      if (from === void 0 || blobContentId(from) !== snapshot.handoffs[index]?.[0]) return void 0;
    }
    const earlier = /* @__PURE__ */ new Map();
    for (const index of change.handoffs) {
      const [contentId, missingElements, facts] = snapshot.handoffs[index];
      earlier.set(contentId, { missingElements, facts });
    }
    await beforeReading?.();
    const cached = cache.fileBytes <= CACHE_WORTH_READING ? cache : void 0;
    const read = await readLinkedHandoffs(source, links, {
      known: (id) => earlier.has(id) || cached?.has(id) === true,
      blobs: new Map([...blobs].map(([path, blob]) => [path, blob.oid]))
    });
    cached?.keepUnused();
    const parsed = cached ?? DocumentCache.inMemory();
    for (const [at, index] of change.handoffs.entries()) {
      const link = links[at];
      const linked = read.get(link);
      if (linked?.kind !== "document") return void 0;
      const summary = earlier.get(linked.contentId) ?? cached?.known(linked.contentId) ?? await parsed.summarize(linked.contentId, linked.text, linked.path);
      handoffs[index] = rememberedHandoff(
        link,
        linked.path,
        linked.contentId,
        summary.missingElements,
        summary.facts
      );
      paths[index] = linked.path;
    }
  }
  let made;
  const workspace = {
    source,
    config: snapshot.config,
    // The registry's object (10,000 keys: ~10 ms to make) only when something looks into it: the
    // check reads its entries.
    registry: {
      entries,
      get registry() {
        made ??= registryOfEntries(entries);
        return made;
      },
      file: snapshot.registryFile,
      exists: true
    },
    activeTasks: tasks,
    handoffs: /* @__PURE__ */ new Map()
  };
  if (snapshot.configFile !== void 0) workspace.configFile = snapshot.configFile;
  const inputs = [];
  for (const [index, task] of tasks.entries()) {
    const [contentId, missingElements, facts] = handoffs[index];
    const path = paths[index];
    const linked = { kind: "document", path, contentId };
    workspace.handoffs.set(task.agent, linked);
    inputs.push({ task, link: { kind: "document", path, missingElements, facts } });
  }
  const changed = new Set(snapshot.base?.changed);
  for (const index of change.handoffs) changed.add(index);
  const base = {
    commit: snapshot.base?.commit ?? snapshot.commit,
    changed: [...changed].sort((a, b) => a - b)
  };
  return { workspace, inputs, from: { ...snapshot, handoffs, base } };
}
function snapshotToRemember(git, commit, read, givenConfigFile) {
  const { workspace, inputs, from } = read;
  if (from !== void 0) return from.commit === commit ? void 0 : { ...from, commit };
  if (workspace.source.kind !== "revision" || workspace.source.prefix !== "") return void 0;
  if (!workspace.registry.exists || workspace.config.workspaces.length > 0) return void 0;
  if (inputs.length !== workspace.activeTasks.length) return void 0;
  const handoffs = [];
  const paths = [];
  for (const [index, { task, link }] of inputs.entries()) {
    const linked = workspace.handoffs.get(task.agent);
    if (link.kind !== "document" || linked?.kind !== "document" || task.detailsLink === void 0 || workspace.activeTasks[index] !== task)
      return void 0;
    handoffs.push(
      rememberedHandoff(task.detailsLink, link.path, linked.contentId, link.missingElements, link.facts)
    );
    paths.push(link.path);
  }
  if (!git.tree.regularFiles?.(commit, [...paths, normalizeLink(workspace.registry.file)]) || !git.tree.regularFiles(commit, configCandidates(givenConfigFile).map(normalizeLink), { orAbsent: true }))
    return void 0;
  const snapshot = {
    commit,
    config: workspace.config,
    registryFile: normalizeLink(workspace.registry.file),
    entries: registryEntries(workspace.registry).map(([agent, entry]) => rememberedEntry(agent, entry)),
    handoffs
  };
  if (givenConfigFile !== void 0) snapshot.givenConfigFile = givenConfigFile;
  if (workspace.configFile !== void 0) snapshot.configFile = workspace.configFile;
  return snapshot;
}

// src/app/check.ts
async function runCheck(options) {
  const own = options.git === void 0 ? GitCommandManager.create(options.repoRoot) : void 0;
  const git = options.git ?? own;
  const opening = DocumentCache.open(options.repoRoot);
  try {
    return options.prePush ? await checkPush(git, options, options.prePush, opening) : await checkRange(git, { ...options, cache: await opening });
  } finally {
    own?.close();
    await (await opening).save();
  }
}
function knownTo(options) {
  const cache = options.cache;
  return cache ? { known: (id) => cache.has(id), values: cache.values } : {};
}
async function checkPush(git, given, prePush, opening) {
  const refs = parsePrePushInput(prePush.stdin);
  const atUrl = isRemoteName(prePush.remoteName) ? [] : remotesAtUrl(prePush.remoteName, await git.configList(), given.repoRoot);
  const plan = planPush(refs, prePush.remoteName, atUrl);
  const notes = plan.skipped.map(
    (s) => `Skipped ${s.remoteRef} (${s.why === "tag" ? "a tag" : "deleted by this push"}).`
  );
  if (plan.refs.length === 0) {
    const why = plan.skipped.length > 0 ? "No branch pushed (only tags or deletions)" : "Nothing pushed";
    return { verdicts: [], stale: false, notes: [...notes, `${why}: nothing to check.`] };
  }
  const listings = await ListingStore.open(given.repoRoot);
  const [onlyRef] = plan.refs;
  const single = plan.refs.length === 1 && onlyRef !== void 0 ? onlyRef : void 0;
  const snapshots = single?.kind === "update" ? await SnapshotStore.open(given.repoRoot) : void 0;
  const remembered = snapshots?.commits() ?? [];
  const alone = single !== void 0 && startsAtRemembered(single, listings);
  const updates = new Map(
    plan.refs.map((ref, index) => [
      index,
      ref.kind === "update" ? readPushedRange(git, ref, { blocking: alone }) : void 0
    ])
  );
  for (const read of updates.values()) read?.catch(() => void 0);
  const options = { ...given, cache: await opening };
  let snapshotRead;
  const seeded = /* @__PURE__ */ new Set();
  if (snapshots !== void 0 && single?.kind === "update" && remembered.length > 0) {
    const likely = remembered.find((c) => c === single.remoteSha || c === single.localSha);
    const read = likely === void 0 ? void 0 : snapshots.read(likely);
    const range = await updates.get(0)?.catch(() => void 0);
    if (range) {
      snapshotRead = await readFromSnapshot(git, snapshots, single, range, {
        cache: options.cache,
        configFile: options.configFile,
        ...read ? { read } : {},
        // Only a push that changed handoffs reads any. They are read by blob id, but the tip's listing
        // is worked out then too (from the remote's, without git, when that one is remembered): kept,
        // a later push that must read everything (a registry change) lists no folder.
        beforeReading: async () => {
          seeded.add(0);
          await seedPushedListing(git, listings, single, updates.get(0));
        }
      });
    }
  }
  const workspaces = snapshotRead ? [snapshotRead.workspace] : await Promise.all(
    plan.refs.map(async (ref, index) => {
      if (!seeded.has(index)) await seedPushedListing(git, listings, ref, updates.get(index));
      return readWorkspace(revisionSource(git, ref.localSha, ref.branch), {
        ...knownTo(options),
        ...options.configFile === void 0 ? {} : { configFile: options.configFile }
      });
    })
  );
  if (workspaces[0]) options.onConfig?.(workspaces[0].config);
  const results = [];
  let localHead;
  for (const [index, ref] of plan.refs.entries()) {
    const workspace = workspaces[index];
    const packages = await readPackages(workspace, options);
    const range = await (updates.get(index) ?? readNewBranch(git, ref, workspace, packages));
    let inputs = snapshotRead?.inputs;
    const { result, judged } = await judge(git, options, workspace, range, range.head, packages, {
      inputs,
      judgedBy: (read) => {
        inputs = read;
      }
    });
    if (snapshots !== void 0 && inputs !== void 0) {
      const read = {
        workspace,
        inputs,
        ...snapshotRead?.from ? { from: snapshotRead.from } : {}
      };
      const toRemember = snapshotToRemember(git, range.head, read, options.configFile);
      if (toRemember) snapshots.write(toRemember);
    }
    rememberPushedListings(git, listings, ref, range);
    if (result.stale) {
      localHead ??= git.headCommit().catch(() => void 0);
      if (await localHead !== ref.localSha) switchFirst(result, ref.branch);
      else await commitUncommittedFirst(git, result, judged, await workingTreeOf(given.repoRoot, judged));
    }
    results.push(result);
  }
  const merged = mergeResults(
    results,
    notes,
    plan.refs.length > 1 ? plan.refs.map((r) => r.branch) : void 0
  );
  if (merged.verdicts.length === 0 && merged.notes.includes(NO_ACTIVE_TASKS)) {
    const head = await git.headCommit().catch(() => void 0);
    const note = plan.refs.some((ref) => ref.localSha === head) ? await uncommittedTasksNote(given.repoRoot, given.shown ?? asInProject) : void 0;
    if (note) merged.notes.push(note);
  }
  return merged;
}
async function uncommittedTasksNote(repoRoot, shown) {
  const workspace = await readWorkspace(workingTreeSource(repoRoot), { links: "none" }).catch(
    () => void 0
  );
  const tasks = [...new Set(workspace?.activeTasks.map((t) => t.taskId) ?? [])];
  if (!workspace || tasks.length === 0) return void 0;
  return `The working tree's ${shown(workspace.registry.file)} has active task(s) the pushed commits do not: ${namedAndCounted(tasks, NAMED_IN_NOTE)}. Commit it, or the check judges none of them.`;
}
async function readNewBranch(git, ref, root, packages) {
  const documents = activeDocuments([{ folder: "", workspace: root }, ...packages]);
  if (documents?.length === 0) {
    return { description: ref.description, head: ref.localSha, branch: ref.branch, commits: [] };
  }
  {
    const bound = await newBranchBound(git, documents, ref.localSha);
    if (bound !== void 0) {
      const read = await readPushedRange(git, { ...ref, revisionArgs: [...ref.revisionArgs, `${bound}^@`] });
      const start = read.commits.find((commit) => commit.sha === bound);
      const range = {
        ...read,
        commits: start ? read.commits.filter((commit) => commit !== start) : read.commits,
        description: `new branch ${ref.branch}`,
        readAfter: bound.slice(0, 7)
      };
      if (start) range.changedAtStart = start.files.map((file) => file.path);
      return range;
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
  const { result, judged } = await judge(
    git,
    options,
    workspace,
    range,
    options.head === void 0 ? "HEAD" : range.head
  );
  if (source.kind === "working-tree") {
    const uncommitted = await commitUncommittedFirst(git, result, judged);
    if (uncommitted.length > 0) notes.push(workingTreeNote(uncommitted.map(options.shown ?? asInProject)));
  } else if (result.stale && options.fixesRunHere && await git.headCommit() !== range.head) {
    switchFirst(result, range.branch ?? { detach: range.head.slice(0, 12) });
  }
  return { ...result, notes: [...notes, ...result.notes] };
}
async function workingTreeOf(repoRoot, judged) {
  const source = workingTreeSource(repoRoot);
  const read = await Promise.all(
    judged.map(
      ({ folder }) => (
        // Their links only: the working tree's registry names the files; none needs reading.
        readWorkspace(scopedSource(source, folder), { links: "none" }).then(
          (workspace) => ({ folder, workspace }),
          () => void 0
        )
      )
    )
  );
  return read.filter((one) => one !== void 0);
}
async function uncommittedFiles(git, judged) {
  const files = [];
  for (const { folder, workspace } of judged) {
    files.push(pathFrom(folder, workspace.registry.file));
    if (workspace.configFile) files.push(pathFrom(folder, workspace.configFile));
    for (const linked of workspace.handoffs.values())
      if ("path" in linked) files.push(pathFrom(folder, linked.path));
    for (const task of workspace.activeTasks) {
      const path = linkedPath(task.detailsLink);
      if (path !== void 0) files.push(pathFrom(folder, path));
    }
  }
  return git.changedSinceHead([...new Set(files)]);
}
async function commitUncommittedFirst(git, result, judged, workingTree = []) {
  const uncommitted = await uncommittedFiles(git, [...judged, ...workingTree]);
  const changed = new Set(uncommitted);
  for (const { folder, workspace } of judged) {
    const now = workingTree.find((one) => one.folder === folder)?.workspace;
    commitFirst(result, changed, pathFrom(folder, workspace.registry.file), folder, now);
  }
  return uncommitted;
}
function linkedNow(workingTree, verdict) {
  const task = workingTree?.activeTasks.find((t) => t.agent === verdict.agent && t.taskId === verdict.taskId);
  return linkedPath(task?.detailsLink);
}
function linkedPath(link) {
  return link !== void 0 && linkProblem(link) === void 0 ? normalizeLink(link) : void 0;
}
function workingTreeNote(changed) {
  const shown = changed.slice(0, 5).join(", ") + (changed.length > 5 ? `, \u2026 (${changed.length - 5} more)` : "");
  return `Judged the working tree, which differs from HEAD in ${shown}: commit them, or a push will be judged without them.`;
}
function commitFirst(result, uncommitted, registryFile, folder, workingTree) {
  const registry = normalizeLink(registryFile);
  for (const verdict of result.verdicts) {
    if ((verdict.workspace ?? "") !== folder) continue;
    const now = linkedNow(workingTree, verdict);
    const path = [verdict.handoffPath, now === void 0 ? void 0 : pathFrom(folder, now)].map((link) => link && normalizeLink(link)).find((link) => link !== void 0 && uncommitted.has(link));
    if (!path) continue;
    const paths = uncommitted.has(registry) ? [path, registry] : [path];
    for (const problem of verdict.problems) {
      if (problem.reason !== "incomplete" && problem.fix.startsWith("handoff ")) {
        problem.fix = commitPathsCommand(paths, `${verdict.taskId}: handoff`);
      }
    }
  }
}
function refuseMissingRegistry(root, packages, repoRoot) {
  const { registry, configFile, source } = root;
  if (registry.exists || configFile === void 0 || packages.some((p) => p.workspace.registry.exists))
    return;
  if (source.kind === "revision" && existsSync4(join4(repoRoot, ...registry.file.split("/")))) {
    throw new InputError(
      `there is no registry in ${source.label}: the working tree has one that is not committed; commit it`,
      { file: registry.file },
      "registry/missing"
    );
  }
  const where = packages.length > 0 ? ` nor in any of the ${packages.length} package folder(s) "workspaces" names` : root.config.workspaces.length > 0 ? ' and "workspaces" names no package folder there' : "";
  const fromRoot = configFile.includes("/") ? ` (the paths in ${configFile} are read from the repository root: a package is judged through the root config's "workspaces")` : "";
  throw new InputError(
    `there is no registry in ${source.label}${where}, where ${configFile} sets this project up${fromRoot}: restore it (or fix the config's "registry"), or create one with \`handoff init\``,
    { file: registry.file },
    "registry/missing"
  );
}
function readPackages(root, options) {
  return readPackageWorkspaces(root, knownTo(options));
}
async function judge(git, options, root, range, rev, read, rootTasks = {}) {
  const packages = read ?? await readPackages(root, options);
  refuseMissingRegistry(root, packages, options.repoRoot);
  if (packages.length === 0) {
    return {
      result: await judgeOne(git, options, root, range, rev, rootTasks),
      judged: [{ folder: "", workspace: root }]
    };
  }
  const results = [];
  const labels = [];
  const judged = [];
  const notes = [];
  const unregistered = [];
  const views = rangeByFolder(
    range,
    packages.map((p) => p.folder)
  );
  if (root.registry.exists) {
    results.push(await judgeOne(git, options, root, views.outside, rev, rootTasks));
    labels.push("");
    judged.push({ folder: "", workspace: root });
  }
  for (const { folder, workspace } of packages) {
    if (!workspace.registry.exists) {
      unregistered.push({ folder, registry: `${folder}/${workspace.config.registry}` });
      continue;
    }
    results.push(await judgeOne(git, options, workspace, views.inside(folder), rev));
    labels.push(folder);
    judged.push({ folder, workspace });
  }
  notes.push(
    ...unregisteredNotes(
      unregistered.map(({ folder, registry }) => ({
        folder: (options.shown ?? asInProject)(folder),
        registry: (options.shown ?? asInProject)(registry)
      }))
    )
  );
  for (const [index, result] of results.entries()) {
    const folder = labels[index];
    if (folder === "") continue;
    for (const verdict of result.verdicts) {
      verdict.workspace = folder;
      for (const problem of verdict.problems) problem.fix = onPackage(problem.fix, folder);
    }
  }
  const merged = mergeResults(results, notes, void 0);
  if (merged.verdicts.length > 0) merged.notes = merged.notes.filter((n) => n !== NO_ACTIVE_TASKS);
  return {
    result: {
      ...merged,
      range: {
        description: range.description,
        commitCount: range.commits.length,
        ...range.readAfter === void 0 ? {} : { readAfter: range.readAfter }
      }
    },
    judged
  };
}
var NAMED_IN_NOTE = 5;
function unregisteredNotes(unregistered) {
  if (unregistered.length <= NAMED_IN_NOTE)
    return unregistered.map((u) => `${u.folder} has no registry (${u.registry}): nothing to judge there.`);
  const folders = unregistered.map((u) => u.folder);
  return [
    `${unregistered.length} package folders have no registry, so nothing to judge there: ${namedAndCounted(folders, NAMED_IN_NOTE)}.`
  ];
}
async function judgeOne(git, options, workspace, range, rev, known = {}) {
  const { config } = workspace;
  const nonWork = nonWorkPaths(
    config.handoffDir,
    config.registry,
    linksIn(registryEntries(workspace.registry)),
    doneArchiveOf(config)
  );
  const shown = (path) => (options.shown ?? asInProject)(pathFrom(workspace.source.prefix, path));
  const tasks = known.inputs ? [...known.inputs] : await taskInputs(options.cache ?? DocumentCache.inMemory(), workspace, shown);
  known.judgedBy?.(tasks);
  const needHistory = pathsNeedingHistory(tasks, config, options.now);
  const since = Math.floor((options.now.getTime() - parseDuration(config.freshness.maxAge)) / 1e3);
  const prefix = workspace.source.prefix === "" ? "" : `${workspace.source.prefix}/`;
  const lastTouches = /* @__PURE__ */ new Map();
  if (needHistory.length > 0) {
    await options.needsHistorySince?.(since, rev);
    const touched = await git.lastTouchesSince(
      needHistory.map((p) => `${prefix}${p}`),
      since,
      rev
    );
    for (const [path, time] of touched) lastTouches.set(path.slice(prefix.length), time);
  }
  const activeAtCommit = await tasksActiveAtCommits({
    git,
    commits: range.commits,
    prefix: workspace.source.prefix,
    config,
    entries: registryEntries(workspace.registry),
    ...options.cache ? { values: options.cache.values } : {}
  });
  const result = evaluateFreshness({
    config,
    tasks,
    ranges: [range],
    nonWork,
    lastTouches,
    ...activeAtCommit.size > 0 ? { activeAtCommit } : {},
    now: options.now,
    ...workspace.registry.exists ? {} : {
      noTasksNote: `No registry at ${shown(workspace.registry.file)} in ${workspace.source.label}: nothing to check.`
    },
    ...workspace.source.prefix === "" ? {} : { folder: workspace.source.prefix },
    ...options.shown ? { shown: options.shown } : {}
  });
  const onRegistry = result.verdicts.filter(annotatedOnRegistry);
  const entries = await registryEntryPlaces(
    workspace,
    onRegistry.map((verdict) => verdict.agent)
  );
  for (const verdict of onRegistry) {
    const entry = entries.get(verdict.agent);
    if (entry !== void 0) verdict.registryEntry = entry;
  }
  return result;
}
async function taskInputs(cache, workspace, shown) {
  const unreadable = /* @__PURE__ */ new Map();
  for (const task of workspace.activeTasks) {
    const linked = workspace.handoffs.get(task.agent);
    if (linked?.kind === "unreadable" && !unreadable.has(linked.path))
      unreadable.set(linked.path, linked.error);
  }
  const [error] = unreadable.values();
  if (error !== void 0) {
    if (unreadable.size === 1) throw error;
    throw new InputError(
      `${error.message} (and ${unreadable.size - 1} more linked handoff(s) cannot be read: \`handoff validate\` lists each)`,
      error.location,
      error.rule
    );
  }
  const inputs = [];
  for (const task of workspace.activeTasks) {
    const linked = workspace.handoffs.get(task.agent);
    const summary = linked?.kind === "document" ? cache.known(linked.contentId) ?? await cache.summarize(linked.contentId, linked.text, linked.path) : void 0;
    inputs.push({ task, link: linkState(linked, summary, workspace.source, shown) });
  }
  return inputs;
}
function switchFirst(result, branch) {
  const to = typeof branch === "string" ? shellWord(branch) : `--detach ${branch.detach}`;
  for (const verdict of result.verdicts) {
    for (const problem of verdict.problems) {
      if (problem.fix.startsWith("handoff ")) problem.fix = `git switch ${to} && ${problem.fix}`;
      else if (runsHandoff(problem.fix)) problem.fix = `git switch ${to}, then ${problem.fix}`;
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
  if (ranges.length === 1) merged.range = { ...ranges[0] };
  else if (ranges.length > 0) {
    merged.range = {
      // Each ref's own count where it was read only after a commit: the total follows them.
      description: ranges.map(
        (r) => r.readAfter === void 0 ? r.description : `${r.description}: ${commitsReadAfter(r.commitCount, r.readAfter)}`
      ).join("; "),
      commitCount: ranges.reduce((sum, r) => sum + r.commitCount, 0)
    };
  }
  return merged;
}
async function readLocalRange(git, options, notes, headCommit) {
  const shallowing = git.isShallow();
  shallowing.catch(() => void 0);
  const head = options.head === void 0 && headCommit !== void 0 ? headCommit : await git.revParse(options.head ?? "HEAD");
  const given = options.branch === "" ? void 0 : options.branch;
  const plain = options.base === void 0 && options.head === void 0;
  const checkedOut = given !== void 0 && !plain ? void 0 : options.head === void 0 || options.head === "HEAD" ? await git.currentBranch() : await git.branchNamed(options.head);
  let branch = given ?? checkedOut;
  const atHead = branch === void 0 && (options.head === void 0 || options.head === "HEAD") ? await git.branchesAt(head) : [];
  if (atHead.length === 1) {
    branch = atHead[0];
    notes.push(
      `HEAD is on no branch: read as ${branch}, the branch pointing at it (--branch names another).`
    );
  } else if (atHead.length > 1) {
    notes.push(
      `HEAD is on no branch, and ${atHead.length} branches point at it (${atHead.slice(0, 5).join(", ")}${atHead.length > 5 ? ", \u2026" : ""}): no branch name is read for a task id; --branch names one.`
    );
  }
  let baseRev = options.base;
  if (baseRev === void 0) {
    const candidates = DEFAULT_BASES.filter((b) => b !== branch && b !== options.head && !atHead.includes(b));
    baseRev = await git.upstream() ?? await git.firstExisting(candidates);
    if (baseRev === void 0)
      notes.push(
        `No upstream and no other branch to compare with (${candidates.join(", ")}): checked all of HEAD.`
      );
  }
  const base = baseRev === void 0 ? void 0 : await git.revParse(baseRev);
  const remotes = base !== void 0 && await shallowing ? await git.listRemotes() : [];
  const remote = remoteOf(baseRev, remotes);
  if (base !== void 0 && await shallowing)
    await ensureMergeBase(git, base, head, { baseName: baseRev ?? base, notes, remote });
  const others = plain && base !== void 0 ? (await otherLines(git, checkedOut))?.args ?? [] : [];
  const description = `${baseRev ?? "(root)"}..${options.head ?? branch ?? "HEAD"}`;
  const readCommits = () => git.logRange(base === void 0 ? [head] : [head, "--not", base, ...others], { stats: false });
  let commits = await readCommits();
  if (await shallowing) {
    commits = await pastShallowEdge(git, commits, readCommits, {
      description,
      ...base === void 0 ? {} : { base },
      head,
      notes,
      deepen: options.deepen ?? ((by) => git.deepen(by, [], remote))
    });
  }
  const range = { description, head, commits };
  if (base !== void 0) range.base = base;
  if (branch !== void 0) range.branch = branch;
  return range;
}
function remoteOf(rev, remotes) {
  const named = rev === void 0 ? void 0 : remotes.find((remote) => rev.startsWith(`${remote}/`));
  return named ?? (remotes.length === 1 ? remotes[0] : "origin");
}
var FETCH_MORE = "fetch the whole history (git fetch --unshallow; GitLab CI: GIT_DEPTH: 0; actions/checkout: fetch-depth: 0)";
async function pastShallowEdge(git, commits, read, options) {
  const { base, head } = options;
  let doubt = await shallowDoubt(git, commits, base, head);
  if (doubt === void 0) return commits;
  if (base === void 0) {
    throw new InputError(
      `this clone is shallow and ${options.description} has no base to stop at (no upstream, no origin/HEAD or main): its commits run down to ${doubt}, so where each handoff was last updated cannot be read; give --base <the target branch> (fetched), or ${FETCH_MORE}`,
      {},
      "git/range-unreadable"
    );
  }
  const { value: whole, fetched } = await deepenUntil(
    git,
    options.deepen,
    () => `the checked commits ${options.description} reach ${doubt}`,
    async () => {
      const again = await read();
      doubt = await git.isShallow() ? await shallowDoubt(git, again, base, head) : void 0;
      return doubt === void 0 ? again : void 0;
    }
  );
  if (whole !== void 0) {
    options.notes.push(
      `Shallow clone: fetched ${fetched} more commit(s) of history to read the checked commits whole.`
    );
    return whole;
  }
  throw new InputError(
    `the checked commits ${options.description} still reach ${doubt} after asking for ${fetched} more commit(s) of history (the remote may have no more); ${FETCH_MORE}`,
    {},
    "git/range-unreadable"
  );
}
async function shallowDoubt(git, commits, base, head) {
  const edge = await git.shallowEdge();
  const cut = commits.find((commit) => edge.has(commit.sha));
  if (cut !== void 0)
    return `this shallow clone's edge at ${cut.sha.slice(0, 7)}, whose parents were not fetched`;
  if (base === void 0) return void 0;
  const aside = notDescending(commits, await git.mergeBase(base, head));
  if (aside.length === 0) return void 0;
  let oldest = aside[0];
  for (const commit of aside) if (commit.commitTime < oldest.commitTime) oldest = commit;
  if (await git.edgesReachedSince(base, oldest.commitTime) === 0) return void 0;
  return `${oldest.sha.slice(0, 7)}, older than where the base's side of this shallow clone ends, so it may be the base's own history`;
}
function notDescending(commits, from) {
  const descends = /* @__PURE__ */ new Set();
  const aside = [];
  for (const commit of commits) {
    if (commit.parents.some((parent) => parent === from || descends.has(parent))) descends.add(commit.sha);
    else aside.push(commit);
  }
  return aside;
}
async function deepenUntil(git, fetchMore, what, reached, log) {
  let fetched = 0;
  let step = FIRST_DEEPEN;
  for (let round = 0; round < MAX_DEEPEN_ROUNDS && await git.isShallow(); round++) {
    log?.(step);
    try {
      await fetchMore(step);
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
      throw new InputError(
        `${what()}, and fetching more history failed (${reason}); ${FETCH_MORE}`,
        {},
        "git/range-unreadable"
      );
    }
    fetched += step;
    step *= 2;
    const value = await reached();
    if (value !== void 0) return { value, fetched };
  }
  return { fetched };
}
var FIRST_DEEPEN = 50;
var MAX_DEEPEN_ROUNDS = 10;
async function ensureMergeBase(git, base, head, options = {}) {
  const found = await git.mergeBase(base, head);
  if (found) return found;
  const meet = `cannot find where ${options.baseName ?? base.slice(0, 7)} and ${head.slice(0, 7)} meet`;
  const { value: mergeBase, fetched } = await deepenUntil(
    git,
    (by) => git.deepen(by, options.refspecs, options.remote),
    () => `${meet} in this shallow clone`,
    () => git.mergeBase(base, head),
    (by) => options.log?.(`Shallow clone: no merge base yet, fetching ${by} more commits of history`)
  );
  if (mergeBase !== void 0) {
    options.notes?.push(
      `Shallow clone: fetched ${fetched} more commit(s) of history to reach the merge base.`
    );
    return mergeBase;
  }
  const shallow = await git.isShallow();
  const why = shallow ? `after asking for ${fetched} more commit(s) of history for this shallow clone` : "the two have no common history";
  throw new InputError(
    `${meet} (${why}), so the range to check cannot be read; ${shallow ? FETCH_MORE : "check a base that shares history with the head"}`,
    {},
    "git/range-unreadable"
  );
}

// src/app/resume.ts
import { join as join5 } from "node:path";

// src/core/claims.ts
var STOP_WORDS = new Set(
  `a an and are as at be been but by can could do does done for from has have in into is it its of on
  or our some that the their then there these this those to was we were when which will with without
  not no yet still more most all any each than after before between about over under up down out also
  add added adds adding update updated updates make made use used using via per new now issue issues
  problem problems don doesn didn isn aren won can i s t d m ll re ve if so me my us he vs eg ie etc e g`.split(/\s+/).filter((w) => w !== "")
);
var FIX_VERBS = /\b(?:fix|fixes|fixed|fixing|resolve|resolves|resolved|close|closes|closed|solve|solves|solved|unblock|unblocks|unblocked)\b/i;
var FIX_WORDS = /* @__PURE__ */ new Set(["fix", "resolv", "clos", "solv", "unblock", "close", "resolve", "solve"]);
var ASCII_ONLY = /^[\0-\x7f]*$/;
var ASCII_WORDS = /[a-z0-9]+/g;
var WORDS = /[\p{L}\p{N}]+/gu;
var CAMEL_JOIN = /([a-z0-9])([A-Z])/g;
function keyWords(text) {
  const words = /* @__PURE__ */ new Set();
  const lower = text.toLowerCase();
  const parts = text.replace(CAMEL_JOIN, "$1 $2").toLowerCase();
  const pattern = ASCII_ONLY.test(lower) ? ASCII_WORDS : WORDS;
  const raws = parts === lower ? lower.match(pattern) : [...lower.match(pattern) ?? [], ...parts.match(pattern) ?? []];
  for (const raw of raws ?? []) {
    if (STOP_WORDS.has(raw)) continue;
    const word = stem(raw);
    if (FIX_WORDS.has(word) || FIX_VERBS.test(raw)) continue;
    words.add(word);
  }
  return words;
}
function stem(word) {
  for (const suffix of ["ing", "ies", "es", "ed", "s"]) {
    if (word.length > suffix.length + 3 && word.endsWith(suffix)) {
      return suffix === "ies" ? `${word.slice(0, -3)}y` : word.slice(0, -suffix.length);
    }
  }
  return word;
}
function overlap(claim, commit) {
  let shared = 0;
  for (const word of claim) if (commit.has(word)) shared++;
  return shared;
}
function hasEveryNumber(claim, commit) {
  for (const word of claim) if (!commit.has(word) && /\d/.test(word)) return false;
  return true;
}
function message(commit) {
  return `${commit.subject}
${commit.body}`;
}
function possiblyResolvedBy(blocker, commits) {
  const claim = keyWords(blocker.text);
  if (claim.size === 0) return void 0;
  for (const commit of [...commits].reverse()) {
    if (!FIX_VERBS.test(message(commit))) continue;
    const shared = overlap(claim, keyWords(message(commit)));
    if (shared >= Math.min(2, claim.size) && shared / claim.size >= 0.4) {
      return { sha: commit.sha, subject: commit.subject };
    }
  }
  return void 0;
}
function doneBy(step, commits) {
  const claim = keyWords(step.text);
  if (claim.size === 0) return void 0;
  for (const commit of [...commits].reverse()) {
    const words = keyWords(commit.subject);
    const shared = overlap(claim, words);
    const share = shared / claim.size;
    if (shared >= Math.min(2, claim.size) && (share >= 0.6 || shared >= 3 && share >= 0.4) && hasEveryNumber(claim, words)) {
      return { sha: commit.sha, subject: commit.subject };
    }
  }
  return void 0;
}
var TEST_CHANGES = /^\s*test changes\s*$/i;
var DRIFT_PATH_CAP = 60;
var DRIFT_SYMBOL_CAP = 40;
var FILE_EXTENSIONS = "ts|tsx|js|jsx|mjs|cjs|json|md|mdx|yml|yaml|toml|py|go|rs|java|kt|rb|php|c|h|cc|cpp|hpp|cs|swift|sh|bash|css|scss|html|vue|svelte|sql|xml|txt|ini|cfg|lock|gradle|proto|graphql";
var BARE_FILE = new RegExp(`^[A-Za-z0-9_][\\w.-]*\\.(?:${FILE_EXTENSIONS})$`);
var PATH = /^[\w.@~-]+(?:\/[\w.@~-]+)+\/?$/;
var PRODUCT_NAME = /^[A-Z][a-z]+\.js$/;
var CALL = /^([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\(\)$/;
var CAMEL = /^[a-z_$][\w$]*[a-z0-9][A-Z][\w$]*$|^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+$/;
var SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;
var PLAIN_WORD = /^[A-Za-z0-9]?[a-z0-9]*$/;
function driftCandidates(doc) {
  const texts = [];
  const sections = [...Object.values(doc.elements), ...doc.otherSections].filter(
    (s) => s !== void 0
  );
  for (const section of sections)
    texts.push(...sectionTexts(section, { skipDone: true, field: (label2) => !TEST_CHANGES.test(label2) }));
  for (const item of doc.filesModified?.items ?? []) {
    if (/\(deleted\b/.test(item.text)) continue;
    texts.push(item.text.includes(" \u2192 ") ? item.text.split(" \u2192 ").pop() ?? "" : item.text);
  }
  const paths = /* @__PURE__ */ new Set();
  const symbols = /* @__PURE__ */ new Set();
  for (const text of texts) {
    for (const raw of text.split(/[\s,;]+|::/)) {
      if (PLAIN_WORD.test(raw)) continue;
      const opened = trimEndOf(raw.replace(/^[("'[{<]+/, ""), ".,:!?");
      const token = opened.endsWith("()") ? opened : trimEndOf(opened, `)"']}>.,:!?`).replace(/:\d+(?::\d+)?$/, "");
      if (token === "" || /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) || token.includes("://")) continue;
      const call = CALL.exec(token);
      if (call?.[1]) {
        symbols.add(call[1].split(".").pop());
      } else if (PATH.test(token) && !/^\d/.test(token) && /[A-Za-z]/.test(token)) {
        if (!token.startsWith("~") && !token.startsWith("/")) paths.add(token.replace(/^\.\//, ""));
      } else if (BARE_FILE.test(token) && !PRODUCT_NAME.test(token) && !/^v?\d+(?:\.\d+)+$/.test(token)) {
        paths.add(token);
      } else if (CAMEL.test(token) || SNAKE.test(token)) {
        symbols.add(token);
      }
    }
  }
  return {
    paths: [...paths].slice(0, DRIFT_PATH_CAP),
    symbols: [...symbols].slice(0, DRIFT_SYMBOL_CAP)
  };
}
function driftOf(candidates, existing) {
  const drift = [];
  for (const path of candidates.paths)
    if (!existing.paths.has(path)) drift.push({ kind: "path", name: path });
  for (const symbol of candidates.symbols)
    if (!existing.symbols.has(symbol)) drift.push({ kind: "symbol", name: symbol });
  return drift;
}
function existingPaths(candidates, files) {
  const wanted = new Set(candidates.map((p) => p.replace(/\/$/, "")));
  const found = /* @__PURE__ */ new Set();
  const byOriginal = new Map(candidates.map((p) => [p.replace(/\/$/, ""), p]));
  for (const file of files) {
    const name = file.split("/").pop() ?? file;
    if (wanted.has(file)) found.add(byOriginal.get(file));
    if (wanted.has(name)) found.add(byOriginal.get(name));
    let cut = file.lastIndexOf("/");
    while (cut > 0) {
      const folder = file.slice(0, cut);
      if (wanted.has(folder)) found.add(byOriginal.get(folder));
      cut = folder.lastIndexOf("/");
    }
  }
  return found;
}

// src/core/document/render.ts
var MARK_PREFIX = {
  done: "[x] ",
  open: "[ ] ",
  working: "\u2705 ",
  broken: "\u274C "
};
function renderHandoff(doc) {
  const blocks = [];
  if (doc.title !== void 0) blocks.push(`# ${escapeHeading(doc.title)}`);
  if (doc.header.length > 0) {
    blocks.push(fieldLines(doc.header, (label2) => `**${label2}**:`));
  }
  for (const text of doc.intro ?? []) blocks.push(escapeMarkdownText(text));
  for (const name of ELEMENT_NAMES) {
    const section = doc.elements[name];
    if (section) blocks.push(...sectionBlocks(section, name));
  }
  if (doc.filesModified) blocks.push(...sectionBlocks(doc.filesModified, "filesModified"));
  if (doc.commits) blocks.push(...sectionBlocks(doc.commits, "commits"));
  for (const section of doc.otherSections) blocks.push(...sectionBlocks(section));
  return `${blocks.join("\n\n")}
`;
}
function sectionBlocks(section, kind) {
  const label2 = section.label.trim() === "" && kind ? canonicalLabel(kind) : section.label;
  const blocks = [`## ${escapeHeading(label2)}`];
  if (section.fields.length > 0) {
    blocks.push(fieldLines(section.fields, (label3) => `**${label3}:**`));
  }
  blocks.push(...contentBlocks(section));
  for (const subsection of section.subsections) {
    blocks.push(`### ${escapeHeading(subsection.label)}`, ...contentBlocks(subsection));
  }
  return blocks;
}
function fieldLines(fields, labelled) {
  const tildes = fields.reduce((count, field) => count + field.value.split("~").length - 1, 0);
  return fields.map(
    (f) => `${labelled(escapeMarkdownFragment(f.label))} ${escapeText(f.value, false, false, tildes < 2)}`
  ).join("\n");
}
function contentBlocks(part) {
  const blocks = part.paragraphs.map(escapeMarkdownText);
  if (part.items.length > 0) blocks.push(part.items.map(renderItem).join("\n"));
  return blocks;
}
function renderItem(item) {
  const prefix = item.mark ? MARK_PREFIX[item.mark] : "";
  const head = `- ${prefix}${escapeMarkdownText(item.text)}`.trimEnd();
  const details = item.details.map((detail) => `  - ${escapeMarkdownText(detail)}`);
  return [head, ...details].join("\n");
}
function escapeHeading(text) {
  return escapeText(text, true);
}
function escapeMarkdownText(text) {
  return escapeText(text, false);
}
function escapeMarkdownFragment(text) {
  return escapeText(text, false, true, false);
}
function escapeText(text, inHeading, atLineStart = true, loneTilde = true) {
  const line = collapseWhitespace(text).trim();
  const escaped = escapeAutolinks(WEIGHED.test(line) ? escapeCharacters(line, inHeading, loneTilde) : line);
  return atLineStart ? escapeLineStart(escaped) : escaped;
}
function escapeCharacters(line, inHeading, loneTilde) {
  let out = "";
  const chars = Array.from(line);
  const tildes = chars.filter((ch) => ch === "~").length;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (ch === "~" ? tildes > 1 || !loneTilde : inHeading && ch === "#" || needsEscape(ch, before, after, chars, i))
      out += `\\${ch}`;
    else out += ch;
  }
  return out;
}
var ALWAYS = /* @__PURE__ */ new Set(["\\", "`", "*", "[", "]", "|"]);
var WEIGHED = /[~#\\`*[\]|_<&]/;
var WORD = /[\p{L}\p{N}]/u;
function needsEscape(ch, before, after, chars, i) {
  if (ALWAYS.has(ch)) return true;
  switch (ch) {
    case "_":
      return !(before !== void 0 && after !== void 0 && WORD.test(before) && WORD.test(after));
    case "<":
      return after !== void 0 && /[A-Za-z/!?]/.test(after);
    case "&":
      return /^&#?[A-Za-z0-9]+;/.test(chars.slice(i, i + 34).join(""));
    default:
      return false;
  }
}
function escapeAutolinks(text) {
  if (!AUTOLINK_HINT.test(text)) return text;
  return text.replace(/\b(https?|ftp):\/\//gi, (_m, scheme) => `${scheme}\\://`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`).replace(/([A-Za-z0-9._+-])@/g, "$1\\@");
}
var AUTOLINK_HINT = /:\/\/|www\.|@/i;
function escapeLineStart(text) {
  const ordered = text.match(/^(\d{1,9})([.)])/);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${text.slice(ordered[0].length)}`;
  if (/^[#>+=-]/.test(text)) return `\\${text}`;
  return text;
}

// src/core/markdown-escape.ts
var REFERENCE_BREAK = "\u2060";
function neutraliseReferences(text) {
  return text.replace(/@(?=[\p{L}\p{N}_])/gu, `@${REFERENCE_BREAK}`).replace(new RegExp("#(?=\\p{N})", "gu"), `#${REFERENCE_BREAK}`).replace(new RegExp("\\b(GH-)(?=\\p{N})", "giu"), `$1${REFERENCE_BREAK}`);
}
function escapeUserText(text) {
  return neutraliseReferences(escapeMarkdownFragment(text));
}
function escapeHtmlText(text) {
  return neutraliseReferences(collapseWhitespace(text)).replace(
    /[&<>"'[\]()*_`~:\\|]/g,
    // Hexadecimal: `&#x5B;` has no `#` followed by a digit, even to a reader of the raw text.
    (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`
  );
}

// src/core/redact.ts
var REDACTED = "[REDACTED]";
function byPattern(pattern, replace) {
  return (text) => text.replace(pattern, (match, ...rest) => {
    const groups = rest.slice(0, -2).map((g) => typeof g === "string" ? g : "");
    return replace(match, ...groups);
  });
}
var REDACTIONS = [
  byPattern(
    /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
    () => `-----BEGIN PRIVATE KEY----- ${REDACTED}`
  ),
  redactUrlPasswords,
  byPattern(/\b(gh[pousr]_)[A-Za-z0-9]{20,}\b/g, (_m, kind) => `${kind}${REDACTED}`),
  byPattern(/\b(github_pat_)[A-Za-z0-9_]{20,}\b/g, (_m, kind) => `${kind}${REDACTED}`),
  byPattern(/\b(glpat-)[A-Za-z0-9_-]{20,}\b/g, (_m, kind) => `${kind}${REDACTED}`),
  byPattern(/\b(npm_)[A-Za-z0-9]{36}\b/g, (_m, kind) => `${kind}${REDACTED}`),
  byPattern(/\b(xox[abposr]-)[A-Za-z0-9-]{10,}\b/g, (_m, kind) => `${kind}${REDACTED}`),
  byPattern(/\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, () => REDACTED),
  byPattern(/\bAIza[A-Za-z0-9_-]{35}\b/g, () => REDACTED),
  byPattern(/\b([sr]k_live_)[A-Za-z0-9]{16,}\b/g, (_m, kind) => `${kind}${REDACTED}`),
  byPattern(/\b(sk-(?:ant-|proj-)?)[A-Za-z0-9_-]{20,}\b/g, (_m, kind) => `${kind}${REDACTED}`),
  redactJsonWebTokens,
  redactAssignments
];
function redactSecrets(text) {
  let result = text;
  for (const redact of REDACTIONS) result = redact(result);
  return result;
}
function isSchemeChar(code) {
  return isWordCode(code) ? code !== 95 : code === 43 || code === 46 || code === 45;
}
var URL_WITH_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*):([^\s@/]+)@/iy;
function redactUrlPasswords(text) {
  let out = "";
  let copied = 0;
  for (let at = text.indexOf("://"); at !== -1; at = text.indexOf("://", at + 1)) {
    let start = at;
    while (start > copied && isSchemeChar(text.charCodeAt(start - 1))) start--;
    while (start < at && !(isLetterCode(text.charCodeAt(start)) && (start === 0 || !isWordCode(text.charCodeAt(start - 1)))))
      start++;
    if (start === at) continue;
    URL_WITH_PASSWORD.lastIndex = start;
    const match = URL_WITH_PASSWORD.exec(text);
    if (match === null) continue;
    out += `${text.slice(copied, start)}${match[1]}:${REDACTED}@`;
    copied = URL_WITH_PASSWORD.lastIndex;
    at = copied - 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
var TOKEN_RUN = /[A-Za-z0-9_-]+/g;
var SECRET_KEY = /password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|auth/i;
var SEPARATOR_AND_VALUE = /(["']?\s*[:=]\s*["']?)([^\s"',;]{4,})/y;
function redactAssignments(text) {
  let out = "";
  let copied = 0;
  TOKEN_RUN.lastIndex = 0;
  for (let run = TOKEN_RUN.exec(text); run !== null; run = TOKEN_RUN.exec(text)) {
    const end = run.index + run[0].length;
    let start = run.index;
    while (start < end && !isWordCode(text.charCodeAt(start))) start++;
    if (start === end || !SECRET_KEY.test(text.slice(start, end))) continue;
    SEPARATOR_AND_VALUE.lastIndex = end;
    const found = SEPARATOR_AND_VALUE.exec(text);
    if (found === null) continue;
    const [, separator = "", value = ""] = found;
    const after = SEPARATOR_AND_VALUE.lastIndex;
    if (/\d/.test(value) || value.length >= 16) {
      out += `${text.slice(copied, end)}${separator}${REDACTED}`;
      copied = after;
    }
    TOKEN_RUN.lastIndex = after;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
var JWT_REST = /\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/y;
function redactJsonWebTokens(text) {
  if (!text.includes("eyJ")) return text;
  let out = "";
  let copied = 0;
  TOKEN_RUN.lastIndex = 0;
  for (let run = TOKEN_RUN.exec(text); run !== null; run = TOKEN_RUN.exec(text)) {
    const end = run.index + run[0].length;
    if (text.charCodeAt(end) !== 46) continue;
    let start = -1;
    for (let at = run[0].indexOf("eyJ"); at !== -1 && at + 11 <= run[0].length; at = run[0].indexOf("eyJ", at + 1)) {
      if (!isWordCode(text.charCodeAt(run.index + at - 1))) {
        start = run.index + at;
        break;
      }
    }
    if (start === -1) continue;
    JWT_REST.lastIndex = end;
    if (JWT_REST.exec(text) === null) continue;
    out += `${text.slice(copied, start)}${REDACTED}`;
    copied = JWT_REST.lastIndex;
    TOKEN_RUN.lastIndex = copied;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

// src/core/session-chart.ts
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
var CHART_SESSION_CAP = 20;
function label(point) {
  const parts = [`S${point.session}`];
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(point.date ?? "");
  if (date) parts.push(`${MONTHS[Number(date[2]) - 1] ?? date[2]} ${Number(date[3])}`);
  if (point.hours !== void 0) parts.push(`\xB7 ${point.hours}h`);
  return parts.join(" ");
}
function renderSessionChart(taskId, points) {
  const shown = [...points].sort((a, b) => a.session - b.session).slice(-CHART_SESSION_CAP);
  if (shown.length === 0) return void 0;
  const safeTask = taskId.replace(/[^A-Za-z0-9._-]/g, "");
  const labels = shown.map((p) => `"${label(p)}"`).join(", ");
  const withTests = shown.some((p) => p.passed !== void 0 || p.failed !== void 0);
  const lines = ["```mermaid", "xychart-beta"];
  if (withTests) {
    lines.push(`    title "${safeTask} sessions: tests passing and failing"`);
    lines.push(`    x-axis [${labels}]`);
    const max = Math.max(1, ...shown.map((p) => Math.max(p.passed ?? 0, p.failed ?? 0)));
    lines.push(`    y-axis "tests" 0 --> ${max}`);
    lines.push(`    line [${shown.map((p) => p.passed ?? 0).join(", ")}]`);
    lines.push(`    line [${shown.map((p) => p.failed ?? 0).join(", ")}]`);
  } else {
    lines.push(`    title "${safeTask} sessions: hours"`);
    lines.push(`    x-axis [${labels}]`);
    const max = Math.max(1, ...shown.map((p) => p.hours ?? 0));
    lines.push(`    y-axis "hours" 0 --> ${Math.ceil(max)}`);
    lines.push(`    bar [${shown.map((p) => p.hours ?? 0).join(", ")}]`);
  }
  lines.push("```");
  return lines.join("\n");
}
function sessionChartLegend(points) {
  const shown = [...points].sort((a, b) => a.session - b.session).slice(-CHART_SESSION_CAP);
  const withTests = shown.some((p) => p.passed !== void 0 || p.failed !== void 0);
  if (!withTests) return "Bars: hours per session (as each handoff recorded them).";
  const passed = (p) => p.passed ?? 0;
  const failed = (p) => p.failed ?? 0;
  const lines = shown.every((p) => passed(p) >= failed(p)) ? "Upper line: tests passing; lower line: tests failing" : shown.every((p) => failed(p) >= passed(p)) ? "Upper line: tests failing; lower line: tests passing" : "First line drawn: tests passing; second: tests failing (they cross)";
  return `${lines} (as each handoff recorded them). Labels: session, date, hours.`;
}

// src/core/test-deltas.ts
var MORE_LINE = /^\u2026and (\d+) more failing tests?$/;
function moreFailingIn(text) {
  const found = MORE_LINE.exec(text);
  return found ? Number(found[1]) : void 0;
}
var NOTHING_PASSING = "No tests passing";
function recordedFailing(doc) {
  const section = doc.elements.currentState;
  if (!section) return { failing: [], complete: true };
  const items = [...section.items, ...section.subsections.flatMap((s) => s.items)];
  const failing = [];
  let complete = true;
  for (const item of items) {
    if (moreFailingIn(item.text) !== void 0) complete = false;
    else if (item.mark === "broken" && item.text !== NOTHING_PASSING) failing.push(item.text);
  }
  return { failing, complete };
}
function recordedTests(doc, counts2) {
  return counts2 ? { ...counts2, ...recordedFailing(doc) } : void 0;
}
function asTestRecord(before) {
  const isTestList = before.failed === 0 || before.failing.length === before.failed || !before.complete && before.failing.length <= before.failed;
  if (!isTestList) return { ...before, failing: [], complete: false };
  if (before.failed === 0) return { ...before, failing: [], complete: true };
  return before;
}
function needsCaseResults(before) {
  return before !== void 0 && asTestRecord(before).failing.length > 0;
}
function testDeltas(recorded, now) {
  if (!recorded) return void 0;
  const before = asTestRecord(recorded);
  const labels = failingLabels(now.failures);
  const wasFailing = new Set(before.failing);
  const listedInSomeSuite = (name) => before.failing.some((label2) => label2.endsWith(`${ID_SEPARATOR}${name}`));
  const newlyFailing = [
    ...new Set(
      labels.filter((label2, at) => {
        const name = now.failures[at].name;
        if (wasFailing.has(label2) || wasFailing.has(name)) return false;
        return label2 !== name || !listedInSomeSuite(name);
      })
    )
  ];
  const fixed = [];
  const removed = [];
  const cases = now.cases;
  if (cases && before.failing.length > 0) {
    const wanted = new Set(before.failing);
    const outcomeByName = /* @__PURE__ */ new Map();
    const note = (key, outcome) => {
      if (!outcomeByName.has(key) || outcome !== "passed") outcomeByName.set(key, outcome);
    };
    for (const c of cases) {
      if (wanted.has(c.id)) note(c.id, c.outcome);
      for (let cut = c.id.indexOf(ID_SEPARATOR); cut !== -1; cut = c.id.indexOf(ID_SEPARATOR, cut + 1)) {
        const name = c.id.slice(cut + ID_SEPARATOR.length);
        if (wanted.has(name)) note(name, c.outcome);
      }
    }
    for (const name of before.failing) {
      const outcome = outcomeByName.get(name);
      if (outcome === "passed") fixed.push(name);
      else if (outcome === void 0 && !now.casesTruncated) removed.push(name);
    }
  }
  const totalNow = now.passed + now.failed + now.errored + now.skipped;
  const totalBefore = before.passed + before.failed + (before.skipped ?? 0);
  const deltas = {
    newlyFailing,
    fixed,
    removed,
    countChange: totalNow - totalBefore,
    complete: before.complete
  };
  const unnamed = now.failed + now.errored - now.failures.length;
  if (now.failedTruncated && unnamed > 0) deltas.unnamedFailing = unnamed;
  return deltas;
}
function formatTestDeltas(deltas, cap = 5) {
  const names = (list) => list.length > cap ? `${list.slice(0, cap).join(", ")} \u2026and ${list.length - cap} more` : list.join(", ");
  const parts = [];
  const unnamed = deltas.unnamedFailing;
  if (deltas.newlyFailing.length > 0) {
    parts.push(
      `${deltas.complete ? "newly failing" : "failing, not listed before"}: ${names(deltas.newlyFailing)}${unnamed === void 0 ? "" : ` (and ${unnamed} failing tests not named, not compared)`}`
    );
  } else if (unnamed !== void 0) {
    parts.push(`${unnamed} failing tests not named, not compared`);
  }
  if (deltas.fixed.length > 0) parts.push(`fixed: ${names(deltas.fixed)}`);
  if (deltas.removed.length > 0) parts.push(`removed: ${names(deltas.removed)}`);
  if (deltas.countChange !== 0) {
    const n = Math.abs(deltas.countChange);
    parts.push(`${deltas.countChange > 0 ? "+" : "\u2212"}${n} ${n === 1 ? "test" : "tests"}`);
  }
  return parts.length > 0 ? parts.join("; ") : void 0;
}

// src/core/resume.ts
var RESUME_LIST_CAP = 6;
var RESUME_COMMIT_CAP = 8;
var BLOCKER_DETAIL_CAP = 2;
function buildResume(input) {
  const brief = {
    taskId: input.taskId,
    agent: input.agent,
    status: input.status,
    state: capped([]),
    working: capped([]),
    broken: capped([]),
    blockers: capped([]),
    nextSteps: capped([]),
    decisions: capped([]),
    time: {},
    sessions: [...input.sessions ?? []].sort((a, b) => a.session - b.session),
    drift: capped([...input.drift ?? []], RESUME_DRIFT_CAP)
  };
  if (input.briefNote) brief.briefNote = input.briefNote;
  const doc = input.handoff?.document;
  let facts;
  if (input.handoff) {
    brief.handoff = { path: input.handoff.path };
    const { problem, line, column } = input.handoff;
    if (problem) {
      brief.handoff.problem = problem;
      if (line !== void 0) brief.handoff.line = line;
      if (column !== void 0) brief.handoff.column = column;
    }
  }
  if (doc && brief.handoff) {
    facts = documentFacts(doc);
    if (facts.date) {
      brief.handoff.date = facts.date;
      const age = ageInDays(facts.date, input.now, "local");
      if (age !== void 0) brief.handoff.ageDays = age;
    }
    if (doc.session !== void 0) brief.handoff.session = doc.session;
    if (facts.statusText) brief.statusText = facts.statusText;
    if (facts.progressPercent !== void 0) brief.progressPercent = facts.progressPercent;
    const state = stateOf(doc.elements.currentState);
    brief.state = capped(state.prose);
    brief.working = capped(state.working);
    brief.broken = capped(state.broken);
    brief.broken.more += state.brokenMore;
    const since = input.commitsSince ?? [];
    brief.blockers = capped(
      openBlockers(doc).map((item) => {
        const blocker = {
          text: item.text,
          details: item.details.filter((d) => !isPlaceholderText(d)).slice(0, BLOCKER_DETAIL_CAP)
        };
        const fix = possiblyResolvedBy(item, since);
        if (fix) blocker.possiblyResolvedBy = fix.sha.slice(0, 7);
        return blocker;
      })
    );
    brief.nextSteps = capped(
      openNextSteps(doc).map((item) => {
        const step = { text: item.text };
        const done = doneBy(item, since);
        if (done) step.maybeDoneIn = done.sha.slice(0, 7);
        return step;
      })
    );
    brief.decisions = capped(realTexts(doc.elements.decisions));
    if (facts.timeSpentHours !== void 0) brief.time.spentHours = facts.timeSpentHours;
    if (facts.estimatedRemainingHours !== void 0)
      brief.time.remainingHours = facts.estimatedRemainingHours;
    const total = taskTotalOf(doc, brief.sessions);
    if (total) {
      brief.time.totalHours = total.hours;
      brief.time.sessions = total.sessions;
    }
  }
  if (input.commitsSince) {
    brief.since = {
      total: input.commitsSince.length,
      // Newest first: what the next session most likely needs to look at.
      commits: capped(
        [...input.commitsSince].reverse().map((c) => ({ sha: c.sha.slice(0, 7), subject: redactSecrets(c.subject) })),
        RESUME_COMMIT_CAP
      )
    };
    if (input.sinceBasis) brief.since.basis = input.sinceBasis;
    if (input.unattributedSince) brief.since.unattributed = input.unattributedSince;
  }
  const tests = testsComparison(facts?.tests, input.testsNow, input.testsGiven === true);
  if (tests) {
    if (doc && facts?.tests && input.testsNow) {
      const deltas = testDeltas(recordedTests(doc, facts.tests), input.testsNow);
      const changes = deltas && formatTestDeltas(deltas);
      if (changes) tests.changes = redactSecrets(changes);
    }
    brief.tests = tests;
  }
  const coverage = coverageComparison(
    facts?.coveragePercent,
    input.coverageNow,
    input.coverageGiven === true
  );
  if (coverage) brief.coverage = coverage;
  return brief;
}
var RESUME_DRIFT_CAP = 10;
function taskTotalOf(doc, sessions) {
  const field = allFields(doc).find((f) => /^task total$/i.test(f.label.trim()));
  const stated = hoursIn(field?.value);
  if (field && stated !== void 0) {
    const count = /\bin (\d+) sessions\b/.exec(field.value)?.[1];
    return { hours: stated, sessions: count ? Number(count) : sessions.length };
  }
  const timed = sessions.filter((s) => s.hours !== void 0);
  if (timed.length < 2) return void 0;
  const hours = Math.round(timed.reduce((sum, s) => sum + (s.hours ?? 0), 0) * 10) / 10;
  return { hours, sessions: timed.length };
}
function coverageComparison(claimed, now, given = false) {
  if (claimed === void 0 && !now) return void 0;
  const result = { note: "" };
  if (claimed !== void 0) result.claimed = claimed;
  if (now) result.now = now.linesPercent;
  if (claimed !== void 0 && now) {
    const delta = Math.round((now.linesPercent - claimed) * 10) / 10;
    const change = delta === 0 ? "unchanged" : `${delta > 0 ? "+" : "\u2212"}${Math.abs(delta).toFixed(1)} points`;
    result.note = `handoff claims ${claimed.toFixed(1)}% of lines; reports now show ${now.linesPercent.toFixed(1)}% (${change})`;
  } else if (claimed !== void 0) {
    result.note = given ? `handoff claims ${claimed.toFixed(1)}% of lines; the coverage report given could not be read (see the warnings)` : `handoff claims ${claimed.toFixed(1)}% of lines (pass --coverage to compare)`;
  } else if (now) {
    result.note = `reports now show ${now.linesPercent.toFixed(1)}% of lines; the handoff states no coverage`;
  }
  return result;
}
function testsComparison(claimed, now, given) {
  const nowCounts = now && {
    passed: now.passed,
    failed: now.failed + now.errored,
    skipped: now.skipped
  };
  if (!claimed && !nowCounts) return void 0;
  const result = { note: "" };
  if (claimed) result.claimed = { ...claimed };
  if (nowCounts && now) {
    result.now = nowCounts;
    result.failingNow = capped(failingLabels(now.failures).map(redactSecrets));
    result.failingNow.more = Math.max(
      result.failingNow.more,
      nowCounts.failed - result.failingNow.items.length
    );
  }
  if (claimed && nowCounts) {
    const same = claimed.passed === nowCounts.passed && claimed.failed === nowCounts.failed;
    result.note = `handoff claims ${counts(claimed)}; reports now show ${counts(nowCounts)}${same ? " (matches)" : ""}`;
  } else if (claimed) {
    result.note = given ? `handoff claims ${counts(claimed)}; the reports given could not be read (see the warnings)` : `handoff claims ${counts(claimed)} (pass --tests to compare with reports now)`;
  } else if (nowCounts) {
    result.note = `reports now show ${counts(nowCounts)}; the handoff states no test counts`;
  }
  return result;
}
function counts(tests) {
  const parts = [`${tests.passed} passed`, `${tests.failed} failed`];
  if (tests.skipped) parts.push(`${tests.skipped} skipped`);
  return parts.join(", ");
}
function stateOf(section) {
  const prose = [];
  const working = [];
  const broken = [];
  let brokenMore = 0;
  if (!section) return { prose, working, broken, brokenMore };
  const parts = [
    { label: "", part: section },
    ...section.subsections.map((s) => ({ label: s.label, part: s }))
  ];
  for (const { label: label2, part } of parts) {
    const brokenGroup = /broken|not working|doesn't work|failing/.test(normaliseLabel(label2));
    for (const text of part.paragraphs)
      if (!isPlaceholderText(text)) (part === section ? prose : brokenGroup ? broken : working).push(text);
    for (const item of part.items) {
      if (isPlaceholderText(item.text)) continue;
      const more = moreFailingIn(item.text);
      if (more !== void 0) {
        brokenMore += more;
        continue;
      }
      const isBroken = item.mark === "broken" || item.mark !== "working" && brokenGroup;
      (isBroken ? broken : working).push(item.text);
    }
  }
  return { prose, working, broken, brokenMore };
}
function realTexts(section) {
  if (!section) return [];
  const items = [...section.items, ...section.subsections.flatMap((s) => s.items)];
  const texts = [
    ...section.paragraphs,
    ...section.subsections.flatMap((s) => s.paragraphs),
    ...items.map((i) => i.text)
  ];
  return texts.filter((t) => !isPlaceholderText(t));
}
function capped(items, cap = RESUME_LIST_CAP) {
  return { items: items.slice(0, cap), more: Math.max(0, items.length - cap) };
}
function headline(brief) {
  const stated = brief.statusText;
  const sameStatus = stated?.toLowerCase().replace(/[\s-]+/g, "_").startsWith(brief.status.toLowerCase());
  const words = stated === void 0 ? void 0 : lastParenthesesAsClause(stated);
  const state = sameStatus || words === void 0 ? words ?? brief.status : `${brief.status}; the handoff says ${words}`;
  return `${brief.taskId} \u2014 ${brief.agent} (${state})`;
}
function lastParenthesesAsClause(text) {
  const end = text.trimEnd();
  const open = end.lastIndexOf("(");
  if (!end.endsWith(")") || open === -1 || end.indexOf(")", open) !== end.length - 1) return text;
  return `${end.slice(0, open).trimEnd()}, ${end.slice(open + 1, -1)}`;
}
function handoffLine(brief) {
  const handoff = brief.handoff;
  if (!handoff) return "no handoff linked yet";
  if (handoff.problem) {
    const { path: file, line, column } = handoff;
    return formatLocated(handoff.problem, {
      file,
      ...line === void 0 ? {} : { line },
      ...column === void 0 ? {} : { column }
    });
  }
  const when = handoff.date === void 0 ? "" : ` (${handoff.date}${handoff.ageDays === void 0 ? "" : `, ${ageText(handoff.ageDays)}`})`;
  return `${handoff.path}${when}`;
}
function ageText(days) {
  if (days === 0) return "today";
  return days === 1 ? "1 day ago" : `${days} days ago`;
}
function timeText(brief) {
  const parts = [];
  if (brief.progressPercent !== void 0) parts.push(`${brief.progressPercent}% complete`);
  if (brief.time.spentHours !== void 0) parts.push(`${brief.time.spentHours} h last session`);
  if (brief.time.totalHours !== void 0) {
    parts.push(`${brief.time.totalHours} h in total over ${brief.time.sessions} sessions`);
  }
  if (brief.time.remainingHours !== void 0) parts.push(`${brief.time.remainingHours} h remaining`);
  return parts.length > 0 ? parts.join(", ") : void 0;
}
function sinceText(brief) {
  const since = brief.since;
  if (!since) return void 0;
  const basis = since.basis ? ` (${since.basis})` : "";
  const unattributed = since.unattributed ? `; ${since.unattributed} more name no active task and count for none (add a \`Task: <ID>\` trailer)` : "";
  if (since.total === 0) return `no work commits since the handoff${basis}${unattributed}`;
  return `${since.total} ${since.total === 1 ? "commit" : "commits"} since the handoff, not covered by it${basis}${unattributed}`;
}
function stepTexts(steps) {
  return {
    items: steps.items.map(
      (step) => step.maybeDoneIn === void 0 ? step.text : `${step.text} (done in ${step.maybeDoneIn}?)`
    ),
    more: steps.more
  };
}
function renderResumeText(brief) {
  const lines = [headline(brief), `Handoff: ${handoffLine(brief)}`];
  if (brief.briefNote) lines.push(`Note: ${brief.briefNote}`);
  const list = (title, list2, bullet) => {
    if (list2.items.length === 0) return;
    lines.push(`${title}:`);
    for (const [i, text] of list2.items.entries()) {
      const mark = bullet(i);
      lines.push(text.startsWith(mark) ? `  ${text}` : `  ${mark} ${text}`);
    }
    if (list2.more > 0) lines.push(`  \u2026and ${list2.more} more`);
  };
  list("State", brief.state, () => "-");
  list("Working", brief.working, () => "\u2705");
  list("Broken", brief.broken, () => "\u274C");
  if (brief.blockers.items.length > 0) {
    lines.push("Blockers:");
    for (const blocker of brief.blockers.items) {
      lines.push(`  - ${blocker.text}`);
      for (const detail of blocker.details) lines.push(`      ${detail}`);
      if (blocker.possiblyResolvedBy) lines.push(`      possibly resolved by ${blocker.possiblyResolvedBy}`);
    }
    if (brief.blockers.more > 0) lines.push(`  \u2026and ${brief.blockers.more} more`);
  }
  list("Next steps", stepTexts(brief.nextSteps), (i) => `${i + 1}.`);
  list("Decisions", brief.decisions, () => "-");
  const time = timeText(brief);
  if (time) lines.push(`Progress: ${time}`);
  const since = sinceText(brief);
  if (since) {
    lines.push(`Since: ${since}`);
    for (const commit of brief.since?.commits.items ?? []) lines.push(`  ${commit.sha} ${commit.subject}`);
    if (brief.since && brief.since.commits.more > 0) lines.push(`  \u2026and ${brief.since.commits.more} more`);
  }
  if (brief.coverage) lines.push(`Coverage: ${brief.coverage.note}`);
  if (brief.drift.items.length > 0) {
    lines.push("Drift (named in the handoff, gone at HEAD):");
    for (const item of brief.drift.items) lines.push(`  - ${item.kind} ${item.name}`);
    if (brief.drift.more > 0) lines.push(`  \u2026and ${brief.drift.more} more`);
  }
  if (brief.tests) {
    lines.push(`Tests: ${brief.tests.note}`);
    if (brief.tests.changes) lines.push(`  Changes: ${brief.tests.changes}`);
    for (const name of brief.tests.failingNow?.items ?? []) lines.push(`  \u274C ${name}`);
    if (brief.tests.failingNow && brief.tests.failingNow.more > 0) {
      lines.push(`  \u2026and ${brief.tests.failingNow.more} more failing`);
    }
  }
  return withControlsShown(`${lines.join("\n")}
`);
}
function renderResumeMarkdown(brief) {
  const e = escapeUserText;
  const blocks = [`#### ${e(headline(brief)).replace(/#/g, "\\#")}`];
  const facts = [`**Handoff:** ${e(handoffLine(brief))}`];
  if (brief.briefNote) facts.push(`**Note:** ${e(brief.briefNote)}`);
  const time = timeText(brief);
  if (time) facts.push(`**Progress:** ${e(time)}`);
  if (brief.tests) facts.push(`**Tests:** ${e(brief.tests.note)}`);
  if (brief.tests?.changes) facts.push(`**Test changes:** ${e(brief.tests.changes)}`);
  if (brief.coverage) facts.push(`**Coverage:** ${e(brief.coverage.note)}`);
  blocks.push(facts.join("  \n"));
  const chart = renderSessionChart(brief.taskId, brief.sessions);
  if (chart && brief.sessions.length > 0)
    blocks.push(`${chart}

<sub>${sessionChartLegend(brief.sessions)}</sub>`);
  const list = (title, list2, prefix) => {
    if (list2.items.length === 0) return;
    const lines = list2.items.map((text) => `- ${prefix}${e(text)}`);
    if (list2.more > 0) lines.push(`- \u2026and ${list2.more} more`);
    blocks.push(`**${title}:**

${lines.join("\n")}`);
  };
  list("State", brief.state, "");
  list("Working", brief.working, "\u2705 ");
  list("Broken", brief.broken, "\u274C ");
  if (brief.blockers.items.length > 0) {
    const lines = brief.blockers.items.flatMap((b) => [
      `- ${e(b.text)}`,
      ...b.details.map((d) => `  - ${e(d)}`),
      ...b.possiblyResolvedBy ? [`  - possibly resolved by \`${b.possiblyResolvedBy}\``] : []
    ]);
    if (brief.blockers.more > 0) lines.push(`- \u2026and ${brief.blockers.more} more`);
    blocks.push(`**Blockers:**

${lines.join("\n")}`);
  }
  list("Next steps", stepTexts(brief.nextSteps), "[ ] ");
  list("Decisions", brief.decisions, "");
  const since = sinceText(brief);
  if (since) {
    const lines = (brief.since?.commits.items ?? []).map((c) => `- \`${c.sha}\` ${e(c.subject)}`);
    if (brief.since && brief.since.commits.more > 0) lines.push(`- \u2026and ${brief.since.commits.more} more`);
    blocks.push(
      [`**Since the handoff:** ${e(since)}`, lines.join("\n")].filter((b) => b !== "").join("\n\n")
    );
  }
  if (brief.tests?.failingNow && brief.tests.failingNow.items.length > 0) {
    list("Failing now", brief.tests.failingNow, "\u274C ");
  }
  const drift = renderDriftMarkdown(brief.drift);
  if (drift) blocks.push(drift);
  return `${blocks.join("\n\n")}
`;
}
function renderDriftMarkdown(drift) {
  if (drift.items.length === 0) return void 0;
  const lines = drift.items.map((item) => `- ${item.kind} ${inlineCode(item.name)}`);
  if (drift.more > 0) lines.push(`- \u2026and ${drift.more} more`);
  return `**Drift \u2014 named in the handoff, gone at HEAD:**

${lines.join("\n")}`;
}
function inlineCode(text) {
  const oneLine = collapseWhitespace(text);
  const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${oneLine.startsWith("`") || oneLine.endsWith("`") ? ` ${oneLine} ` : oneLine}${fence}`;
}

// src/app/resume.ts
async function readReportsNow({ tests, coverage }, root) {
  const read = {
    testsGiven: (tests?.length ?? 0) > 0,
    coverageGiven: Boolean(coverage),
    warnings: []
  };
  if (!read.testsGiven && !read.coverageGiven) return read;
  const reports = await import("./reports-OE57YBRR.js");
  if (tests && tests.length > 0) {
    const found = await reports.readTestReports(tests, root);
    if (found.summary) read.testsNow = found.summary;
    read.warnings.push(...found.warnings);
  }
  if (coverage) {
    const found = await reports.readCoverage(coverage, root);
    if (found.coverage) read.coverageNow = found.coverage;
    read.warnings.push(...found.warnings);
  }
  return read;
}
async function runResume(options) {
  return GitCommandManager.at(options.repoRoot, options.git, (git) => resumeWith(git, options));
}
async function resumeWith(git, options) {
  const { repoRoot, config, now } = options;
  const shown = options.shown ?? asInProject;
  const source = options.at === void 0 ? workingTreeSource(repoRoot) : revisionSource(git, options.at);
  const branchNow = options.at === void 0 ? git.workBranch() : Promise.resolve(void 0);
  branchNow.catch(() => void 0);
  const workspace = await readWorkspace(source, { config: { config }, links: "none" });
  const registry = workspace.registry.registry;
  const active = workspace.activeTasks;
  const wanted = options.taskIds ? new Set(options.taskIds) : void 0;
  const atRoot = isMonorepoRoot(source, config);
  let selected;
  try {
    selected = selectTasks(
      options,
      active,
      agentEntries(registry),
      searchedRegistry(workspace.registry)
    ).filter((t) => !wanted || wanted.has(t.taskId));
  } catch (error) {
    if (!isNotHere(error) || !atRoot) throw error;
    const { folder, workspace: there } = packageHolding(
      error,
      workspace,
      await readEachPackage(workspace),
      options
    );
    const reports = options.reportsNow ?? await readReportsNow(options, repoRoot);
    const resumed = await runResume({
      ...options,
      repoRoot: join5(repoRoot, folder),
      config: there.config,
      reportsNow: { ...reports, warnings: [] },
      // The root's git reads paths from the root; the package's names them from the package.
      git: void 0,
      // The package's paths, named from where the user is through the package's folder.
      shown: (path) => shown(pathFrom(folder, path))
    });
    const note = `${askedFlags(options)} is in ${folder}'s registry, not the root's: resumed there, as \`${resumeIn(folder, options)}\` does`;
    return {
      ...resumed,
      warnings: [...warningsNamed(reports.warnings, shown), ...resumed.warnings],
      found: { package: folder, note }
    };
  }
  if (selected.length === 0) {
    const packages2 = options.taskIds || !atRoot ? [] : packagesWithActiveTasks(await readEachPackage(workspace));
    const [first] = packages2;
    const root = workspace.registry.exists ? `No active tasks in ${shown(workspace.registry.file)}` : `No registry at the root (${shown(workspace.registry.file)})`;
    return {
      briefs: [],
      warnings: [],
      unreadable: [],
      errors: [],
      note: first ? `${root}; the packages have some: ${packages2.map((p) => `${p.folder} (${[...new Set(p.tasks.map((t) => t.taskId))].join(", ")})`).join(", ")}. Resume one with \`${resumeIn(first.folder, options)}\`.` : workspace.registry.exists ? noActiveTasksNote(registry, options.program) : noRegistryNote(shown(workspace.registry.file), options.program)
    };
  }
  if (options.at === void 0 && options.agent !== void 0 && selected.some((t) => t.detailsLink === void 0)) {
    selected = await Promise.all(
      selected.map(async (task) => {
        if (task.detailsLink !== void 0 || task.agent !== options.agent) return task;
        const latest = (await listTaskHandoffs(repoRoot, config, task.taskId)).pop();
        return latest ? { ...task, detailsLink: latest.path } : task;
      })
    );
  }
  const reportsNow = options.reportsNow ?? await readReportsNow(options, repoRoot);
  const warnings = warningsNamed(reportsNow.warnings, shown);
  const { testsNow, coverageNow } = reportsNow;
  const rev = options.at ?? "HEAD";
  const activeIds = [...new Set([...active, ...selected].map((t) => t.taskId))];
  const handoffFiles = handoffFilesByTask([...active, ...selected]);
  const links = detailsLinks(registry);
  const nonWork = nonWorkPaths(config.handoffDir, config.registry, links, doneArchiveOf(config));
  const selectedLinks = selected.flatMap((t) => t.detailsLink === void 0 ? [] : [t.detailsLink]);
  const linkedHandoffs = await readLinkedHandoffs(source, [...new Set(selectedLinks)]);
  const handoffs = /* @__PURE__ */ new Map();
  const unreadable = /* @__PURE__ */ new Map();
  for (const task of selected) {
    const linked = task.detailsLink === void 0 ? void 0 : linkedHandoffs.get(task.detailsLink);
    if (!task.detailsLink || !linked) continue;
    const { handoff, error } = resumeHandoff(
      linked,
      task.detailsLink,
      () => registryPlace(workspace.registry, task.agent, "details_link")
    );
    handoffs.set(task, handoff);
    if (error) unreadable.set(task.detailsLink, error);
  }
  const readable = [...handoffs].filter(([, h]) => h.document).map(([t]) => normalizeLink(t.detailsLink));
  const onMainLine = isMainLine(await branchNow.catch(() => void 0));
  const walked = readable.length > 0 && onMainLine ? await git.touchesAndCommitsAfter(readable, rev).catch(() => void 0) : void 0;
  const { lastTouch, hasCommits } = walked ? { lastTouch: walked.touches, hasCommits: true } : await lastTouchesIfAny(git, readable, rev, options.at);
  const branch = hasCommits ? await branchNow : void 0;
  const commitsAfter2 = /* @__PURE__ */ new Map();
  let others;
  const otherLineArgs = () => {
    others ??= otherLines(git, branch).then(
      (found) => found?.args ?? [],
      () => []
    );
    return others;
  };
  const activeAtCommits = /* @__PURE__ */ new Map();
  const packages = rootPackageFoldersAt(git, rev, repoRoot, config.workspaces);
  packages.catch(() => void 0);
  const since = (sha) => {
    let range = commitsAfter2.get(sha);
    if (!range) {
      const commits = walked ? Promise.resolve(commitsAfterTouch(walked, sha)) : otherLineArgs().then((args) => git.logRange([rev, "--not", sha, ...args], { stats: false }));
      range = Promise.all([commits, packages]).then(([commits2, folders]) => ({
        description: `${sha.slice(0, 7)}..${rev}`,
        head: rev,
        commits: outsideFolders(commits2, folders),
        ...branch === void 0 ? {} : { branch }
      }));
      commitsAfter2.set(sha, range);
    }
    return range;
  };
  let pushedOnce;
  const nextPush = () => {
    pushedOnce ??= Promise.all([
      findRepoRoot(repoRoot).then((topLevel) => nextPushCommits(git, { branch, topLevel })),
      packages
    ]).then(
      ([commits, folders]) => commits ? outsideFolders(commits, folders).filter((commit) => !commit.elsewhere) : void 0
    );
    return pushedOnce;
  };
  for (const sha of [...new Set(lastTouch.values())].slice(0, PREFETCHED_RANGES)) {
    since(sha).catch(() => void 0);
  }
  const briefs = [];
  for (const task of selected) {
    const entry = registry[task.agent];
    const input = { taskId: task.taskId, agent: task.agent, status: task.status, now };
    if (typeof entry?.brief_note === "string" && entry.brief_note !== "") input.briefNote = entry.brief_note;
    if (testsNow) input.testsNow = testsNow;
    if (reportsNow.testsGiven) input.testsGiven = true;
    if (reportsNow.coverageGiven) input.coverageGiven = true;
    if (coverageNow) input.coverageNow = coverageNow;
    const handoff = handoffs.get(task);
    input.sessions = await sessionPoints(repoRoot, config, task.taskId, handoff);
    if (handoff?.document && hasCommits) {
      const written = task.detailsLink ? lastTouch.get(normalizeLink(task.detailsLink)) : void 0;
      input.drift = await driftAt(git, rev, written ?? rev, handoff.document, [
        config.handoffDir,
        config.registry,
        ...links
      ]);
    }
    if (handoff && task.detailsLink) {
      input.handoff = handoff;
      const touched = handoff.document ? lastTouch.get(normalizeLink(task.detailsLink)) : void 0;
      if (touched) {
        const range = await since(touched);
        let atCommit = activeAtCommits.get(touched);
        if (!atCommit) {
          atCommit = tasksActiveAtCommitsIn(repoRoot, config, range.commits, registry, git);
          activeAtCommits.set(touched, atCommit);
        }
        const activeAtCommit = await atCommit;
        const attribute = (pushed) => attributeRanges({
          config,
          ranges: [range],
          ...pushed ? { nextPush: pushed } : {},
          activeTaskIds: activeIds,
          ...activeAtCommit.size > 0 ? { activeAtCommit } : {},
          handoffFiles,
          nonWork
        });
        let attributed = attribute(void 0);
        if (fallbackMatters(attributed)) {
          const pushed = await nextPush();
          if (pushed) attributed = attribute(pushed);
        }
        input.commitsSince = behindInRange(
          attributed.indexed[0],
          task.taskId,
          normalizeLink(task.detailsLink)
        ).commits;
        input.sinceBasis = `after ${touched.slice(0, 7)}, its last commit`;
        input.unattributedSince = unattributedWork(attributed).length;
      }
    }
    const brief = buildResume(input);
    if (brief.handoff) brief.handoff.path = shown(brief.handoff.path);
    briefs.push(brief);
  }
  const errors = [...unreadable.values()].map(
    (error) => error.location.file === void 0 ? error : error.inFile(shown(error.location.file))
  );
  return { briefs, warnings, unreadable: [...unreadable.keys()], errors };
}
async function lastTouchesIfAny(git, paths, rev, at) {
  try {
    return { lastTouch: await git.lastTouchingCommits(paths, rev), hasCommits: true };
  } catch (error) {
    if (at !== void 0 || await git.headCommit() !== void 0) throw error;
    return { lastTouch: /* @__PURE__ */ new Map(), hasCommits: false };
  }
}
var PREFETCHED_RANGES = 4;
function searchedRegistry(read) {
  return read.exists ? { phrase: "in the registry", location: { file: read.file } } : { phrase: `in a registry (there is none at ${read.file})`, location: {} };
}
function selectTasks(options, active, entries, searched) {
  const inRegistry = searched.location;
  const asTask = ([agent, entry]) => {
    if (typeof entry.current_task !== "string" || entry.current_task === "") return void 0;
    const task = { taskId: entry.current_task, agent, status: entry.status };
    if (typeof entry.details_link === "string" && entry.details_link !== "")
      task.detailsLink = entry.details_link;
    return task;
  };
  if (options.agent !== void 0) {
    const found = entries.find(([agent]) => agent === options.agent);
    const task = found && asTask(found);
    if (!task) {
      throw new InputError(
        found ? `agent "${options.agent}" has no current task` : `no agent "${options.agent}" ${searched.phrase}`,
        inRegistry,
        "registry/no-agent"
      );
    }
    if (options.taskId !== void 0 && task.taskId !== options.taskId) {
      throw new InputError(
        `agent "${options.agent}" is working on ${task.taskId}, not ${options.taskId}`,
        inRegistry,
        "registry/agent-task"
      );
    }
    return [task];
  }
  if (options.taskId !== void 0) {
    const named = active.filter((t) => t.taskId === options.taskId);
    if (named.length > 0) return named;
    const any = entries.map(asTask).filter((t) => t?.taskId === options.taskId);
    if (any.length === 0) {
      const meant = meantTask(options.taskId, entries);
      throw new InputError(
        `no agent ${searched.phrase} has current_task ${options.taskId}${meant === void 0 ? "" : `: did you mean --task ${shellWord(meant)}?`}`,
        inRegistry,
        "registry/no-task"
      );
    }
    return any;
  }
  return active;
}
function askedFlags(options) {
  return [
    ...options.agent === void 0 ? [] : [`--agent ${shellWord(options.agent)}`],
    ...options.taskId === void 0 ? [] : [`--task ${shellWord(options.taskId)}`]
  ].join(" ");
}
function noActiveTasksNote(registry, program = "handoff") {
  const named = /* @__PURE__ */ new Map();
  for (const [, entry] of agentEntries(registry)) {
    const task = entry.current_task;
    if (typeof task === "string" && task !== "" && !named.has(task)) named.set(task, entry.status);
  }
  const [first] = named.keys();
  if (first === void 0) return "No active tasks: nothing to resume.";
  const tasks = [...named].map(([task, status]) => `${task} (${status})`);
  return `No active tasks: nothing to resume. The registry still names ${namedAndCounted(tasks, 3)}: \`${program} resume --task ${shellWord(first)}\` briefs it.`;
}
function resumeIn(folder, options) {
  const from = (options.shown ?? asInProject)(folder);
  return [`${options.program ?? "handoff"} -C ${shellWord(from)} resume`, askedFlags(options)].filter((part) => part !== "").join(" ");
}
function isMonorepoRoot(source, config) {
  return config.workspaces.length > 0 && source.prefix === "";
}
function isNotHere(error) {
  return error instanceof InputError && (error.rule === "registry/no-task" || error.rule === "registry/no-agent");
}
function packagesWithActiveTasks(packages) {
  return packages.flatMap(
    (read) => "workspace" in read && read.workspace.activeTasks.length > 0 ? [{ folder: read.folder, tasks: read.workspace.activeTasks }] : []
  );
}
function packageHolding(notHere, root, packages, options) {
  const failed = packages.find((read) => "error" in read);
  if (failed && "error" in failed) throw failed.error;
  const readable = packages.flatMap((read) => "workspace" in read ? [read] : []);
  const holding = readable.filter(({ workspace }) => {
    try {
      selectTasks(
        options,
        workspace.activeTasks,
        agentEntries(workspace.registry.registry),
        searchedRegistry(workspace.registry)
      );
      return true;
    } catch (error) {
      if (isNotHere(error)) return false;
      throw error;
    }
  });
  const [only] = holding;
  if (only && holding.length === 1) return only;
  const asked = askedFlags(options);
  if (holding.length > 1) {
    const commands = holding.map(({ folder }) => `\`${resumeIn(folder, options)}\``);
    throw new InputError(
      `${asked} is in the registries of ${holding.length} packages, so which one to resume is yours to say: run ${commands.join(" or ")}`,
      {},
      "registry/ambiguous-package"
    );
  }
  const searched = [
    ...root.registry.exists ? [root.registry.file] : [],
    ...readable.flatMap(
      ({ folder, workspace }) => workspace.registry.exists ? [`${folder}/${workspace.registry.file}`] : []
    )
  ];
  const [one] = searched;
  selectTasks(
    options,
    root.activeTasks,
    agentEntries(root.registry.registry),
    one === void 0 ? {
      phrase: `in a registry (there is none at ${root.registry.file}, nor in a package "workspaces" names)`,
      location: {}
    } : searched.length === 1 ? { phrase: `in the registry searched (${one})`, location: { file: one } } : { phrase: `in the ${searched.length} registries searched (${searched.join(", ")})`, location: {} }
  );
  throw notHere;
}
function resumeHandoff(linked, link, linkPlace = () => ({})) {
  const located = (error) => {
    const { line, column } = error.location;
    return {
      handoff: {
        path: link,
        problem: formatLocated(error.message, {}, error.rule),
        ...line === void 0 ? {} : { line },
        ...column === void 0 ? {} : { column }
      },
      error: error.inFile(link)
    };
  };
  switch (linked.kind) {
    case "none":
      return { handoff: { path: link, problem: "the registry entry has no details_link [link/missing]" } };
    case "invalid-link":
      return {
        handoff: { path: link, problem: `${linked.message} [${linked.rule}]` },
        error: new InputError(linked.message, linkPlace(), linked.rule)
      };
    case "missing":
      return { handoff: { path: link, problem: "the file does not exist [link/missing]" } };
    case "unreadable":
      return located(linked.error);
    case "document":
      try {
        return { handoff: { path: link, document: parseHandoff(documentText(linked), link) } };
      } catch (error) {
        if (error instanceof InputError) return located(error);
        throw error;
      }
  }
}
async function readHandoff(repoRoot, link) {
  const linked = (await readLinkedHandoffs(workingTreeSource(repoRoot), [link])).get(link);
  return resumeHandoff(linked, link).handoff;
}
async function sessionPoints(repoRoot, config, taskId, linked) {
  const points = [];
  const point = (session, document) => {
    const facts = documentFacts(document);
    const result = { session };
    if (facts.date) result.date = facts.date;
    if (facts.timeSpentHours !== void 0) result.hours = facts.timeSpentHours;
    if (facts.tests) {
      result.passed = facts.tests.passed;
      result.failed = facts.tests.failed;
    }
    return result;
  };
  const files = await listTaskHandoffs(repoRoot, config, taskId);
  for (const { session, path } of files) {
    if (linked?.document && normalizeLink(linked.path) === path) {
      points.push(point(session, linked.document));
      continue;
    }
    const read = await readHandoff(repoRoot, path);
    if (read.document) points.push(point(session, read.document));
  }
  if (linked?.document && !files.some((f) => f.path === normalizeLink(linked.path))) {
    const session = linked.document.session ?? (points[points.length - 1]?.session ?? 0) + 1;
    points.push(point(session, linked.document));
  }
  return points;
}
async function pathsThen(git, rev, paths) {
  const bare = paths.filter((path) => !path.includes("/"));
  const there = await git.pathsAt(
    rev,
    paths.filter((path) => path.includes("/"))
  );
  if (bare.length > 0) for (const name of existingPaths(bare, await git.filesAt(rev))) there.add(name);
  return there;
}
async function driftAt(git, rev, written, document, bookkeeping) {
  const candidates = driftCandidates(document);
  if (candidates.paths.length === 0 && candidates.symbols.length === 0) return [];
  const files = candidates.paths.length > 0 ? await git.filesAt(rev) : [];
  const symbols = await git.wordsAt(
    rev,
    candidates.symbols,
    bookkeeping.map((p) => normalizeLink(p)).filter((p) => p !== "")
  );
  const existing = existingPaths(candidates.paths, files);
  const missing = candidates.paths.filter((path) => !existing.has(path));
  const then = written === rev ? /* @__PURE__ */ new Set() : await pathsThen(git, written, missing).catch(() => void 0);
  const gone = (path) => !missing.includes(path) || then === void 0 || then.has(path);
  return driftOf({ ...candidates, paths: candidates.paths.filter(gone) }, { paths: existing, symbols });
}

export {
  nonWorkPaths,
  isWorkCommit,
  attributeCommits,
  CommitGraph,
  possiblyResolvedBy,
  doneBy,
  renderHandoff,
  redactSecrets,
  recordedTests,
  needsCaseResults,
  testDeltas,
  formatTestDeltas,
  outsideFolders,
  handoffUpdatedMs,
  buildStatusRows,
  formatAge,
  withProblemsSaid,
  escapeUserText,
  escapeHtmlText,
  renderResumeText,
  renderResumeMarkdown,
  DocumentCache,
  evaluateFreshness,
  firstCommitWithTaskActive,
  tasksActiveAtCommitsIn,
  linkState,
  otherLines,
  nextPushCommits,
  runCheck,
  readReportsNow,
  runResume
};

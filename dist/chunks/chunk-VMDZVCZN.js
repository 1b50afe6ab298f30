#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  reportFormatOfContent
} from "./chunk-D3JEVFJS.js";
import {
  CommitGraph,
  DocumentCache,
  attributeCommits,
  buildStatusRows,
  doneBy,
  evaluateFreshness,
  firstCommitWithTaskActive,
  formatAge,
  formatTestDeltas,
  handoffUpdatedMs,
  isWorkCommit,
  linkState,
  needsCaseResults,
  nextPushCommits,
  nonWorkPaths,
  otherLines,
  outsideFolders,
  possiblyResolvedBy,
  recordedTests,
  redactSecrets,
  renderHandoff,
  renderResumeText,
  runCheck,
  runResume,
  tasksActiveAtCommitsIn,
  testDeltas
} from "./chunk-7MOH3JFD.js";
import {
  failingLabels,
  warningsNamed
} from "./chunk-NLP7KFKT.js";
import {
  parseHandoff
} from "./chunk-QM5L2TW3.js";
import {
  documentFacts,
  emptySection,
  hoursIn,
  openBlockers,
  openNextSteps,
  saysNoBlockers,
  saysNothing
} from "./chunk-OLX7WK4A.js";
import {
  regularFileBytes
} from "./chunk-JHJHB2M5.js";
import {
  huskyHookNote
} from "./chunk-SX2IGDBJ.js";
import {
  checkGivenInput,
  schema
} from "./chunk-YKN77QSG.js";
import {
  isOthersDraft,
  latestToContinue,
  listTaskHandoffs
} from "./chunk-OBO4AYCL.js";
import {
  GitCommandManager,
  commitsAfterTouch
} from "./chunk-3VXYNT5A.js";
import {
  INSTRUCTIONS_FILE,
  TOOL_SETTINGS_FILE
} from "./chunk-CJ25Z75V.js";
import {
  AGENT_ENV,
  checkAgentName,
  checkTaskId,
  draftCommand,
  judgeSession,
  sessionFactsFrom
} from "./chunk-TETPMYFG.js";
import {
  countWords,
  plural
} from "./chunk-O44GVA2L.js";
import {
  AGENT_SLOT,
  LEFT_AS_PRINTED,
  TASK_SLOT,
  commandWord,
  isOnlySlots
} from "./chunk-EL6VZ225.js";
import {
  collapseWhitespace,
  elementStates,
  elementTitle,
  estimateSessionTime,
  fieldFactOf,
  isFillInMark,
  isPlaceholderText,
  localDate,
  missingElements,
  placeholder,
  sectionTexts,
  taskTotal
} from "./chunk-P3IB3F72.js";
import {
  readEachPackage,
  readWorkspace,
  registryEntries,
  rootPackageFolders,
  rootPackageFoldersAt,
  workingTreeSource
} from "./chunk-T5QRKEOB.js";
import {
  doneArchiveOf,
  handoffNameRegExp,
  handoffPath,
  parseDuration,
  taskIdRegExp
} from "./chunk-EEYO4645.js";
import {
  activeTasks,
  agentEntries,
  checkRegistry,
  detailsLinks,
  finishInterruptedDrafts,
  handoffFilesByTask,
  heldTask,
  isActiveStatus,
  linkedBy,
  linksIn,
  meantTask,
  othersActiveOn,
  readRegistry,
  readUserText,
  resolveLink,
  serializeRegistry,
  slipOfAgentName,
  updateRegistry,
  withEntry,
  writeDocumentAndEntry,
  writeTextAtomic,
  writtenByAnotherDraft
} from "./chunk-WJKR2G64.js";
import {
  TIME_FIELDS
} from "./chunk-LMSMW57Z.js";
import {
  findRepoRoot
} from "./chunk-HUG4EZO3.js";
import {
  InputError,
  asInProject,
  formatInputError,
  formatLocated,
  isInFolders,
  linkProblem,
  normalizeLink,
  onPackage,
  pathFrom,
  pathsInFolder,
  shellWord,
  withInvocation
} from "./chunk-MLNENVTA.js";

// src/app/agent-session.ts
import { join, relative, sep } from "node:path";

// src/core/net-change.ts
var STATUS_BY_LETTER = {
  A: "added",
  D: "deleted",
  M: "modified",
  R: "renamed",
  C: "copied",
  T: "type-changed"
};
function parseNetDiff(output) {
  const tokens = output.split("\0");
  const byPath = /* @__PURE__ */ new Map();
  const order = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] ?? "";
    if (token === "") {
      i++;
      continue;
    }
    if (token.startsWith(":")) {
      const letter = token.trim().split(/\s+/).pop()?.[0] ?? "M";
      const status = STATUS_BY_LETTER[letter] ?? "modified";
      if (status === "renamed" || status === "copied") {
        const change2 = {
          path: tokens[i + 2] ?? "",
          oldPath: tokens[i + 1] ?? "",
          status,
          binary: false
        };
        byPath.set(change2.path, change2);
        order.push(change2);
        i += 3;
      } else {
        const change2 = { path: tokens[i + 1] ?? "", status, binary: false };
        byPath.set(change2.path, change2);
        order.push(change2);
        i += 2;
      }
      continue;
    }
    const [added = "-", deleted = "-", ...rest] = token.split("	");
    const path = rest.join("	");
    let newPath = path;
    let step = 1;
    if (path === "") {
      newPath = tokens[i + 2] ?? "";
      step = 3;
    }
    const change = byPath.get(newPath);
    if (change) {
      if (added === "-" || deleted === "-") change.binary = true;
      else {
        change.added = Number(added);
        change.deleted = Number(deleted);
      }
    }
    i += step;
  }
  return order;
}
function linesChanged(change) {
  return (change.added ?? 0) + (change.deleted ?? 0);
}
function formatLineCounts(change) {
  if (change.binary || change.added === void 0 || change.deleted === void 0) return "binary";
  return `+${change.added} \u2212${change.deleted}`;
}
function describeNetChange(change) {
  const path = change.oldPath !== void 0 ? `${change.oldPath} \u2192 ${change.path}` : change.path;
  const counts = change.binary ? "binary" : change.status === "added" ? `+${change.added ?? 0}` : change.status === "deleted" ? `\u2212${change.deleted ?? 0}` : formatLineCounts(change);
  return `${path} (${change.status}, ${counts})`;
}
function byLinesChanged(a, b) {
  return linesChanged(b) - linesChanged(a) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

// src/core/noise.ts
var LOCKFILES = /* @__PURE__ */ new Set([
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lock",
  "bun.lockb",
  "deno.lock",
  "cargo.lock",
  "gemfile.lock",
  "poetry.lock",
  "pipfile.lock",
  "uv.lock",
  "pdm.lock",
  "composer.lock",
  "go.sum",
  "mix.lock",
  "pubspec.lock",
  "podfile.lock",
  "package.resolved",
  "packages.lock.json",
  "flake.lock",
  "gradle.lockfile"
]);
var VENDORED_DIRS = /(?:^|\/)(?:vendor|third_party|third-party|node_modules|bower_components|Godeps|\.yarn\/releases|\.yarn\/plugins)\/|(?:^|\/)\.pnp\.(?:c?js|loader\.mjs)$/;
var GENERATED_DIRS = /(?:^|\/)(?:dist|__generated__)\//;
var GENERATED_NAMES = /(?:\.min\.(?:js|css)|\.map|\.pb\.go|_pb2(?:_grpc)?\.py|\.g\.dart|\.designer\.cs|\.snap|\.lock\.json)$|\.generated\./i;
var TRANSLATIONS = /\.(?:po|pot|mo|xlf|xliff)$/i;
function noiseKind(path, attributes = {}) {
  if (attributes.generated === true) return "generated";
  if (attributes.vendored === true) return "vendored";
  const name = (path.split("/").pop() ?? path).toLowerCase();
  const byDefault = defaultKind(path, name);
  if (byDefault === "generated" && attributes.generated === false) return void 0;
  if (byDefault === "vendored" && attributes.vendored === false) return void 0;
  if (byDefault === "lockfile" && attributes.generated === false) return void 0;
  return byDefault;
}
function defaultKind(path, name) {
  if (LOCKFILES.has(name)) return "lockfile";
  if (VENDORED_DIRS.test(path)) return "vendored";
  if (GENERATED_NAMES.test(name) || GENERATED_DIRS.test(path)) return "generated";
  if (TRANSLATIONS.test(name)) return "translation";
  return void 0;
}
function parseLinguistAttributes(output) {
  const tokens = output.split("\0");
  const result = /* @__PURE__ */ new Map();
  for (let i = 0; i + 2 < tokens.length; i += 3) {
    const path = tokens[i];
    const attribute = tokens[i + 1];
    const value = tokens[i + 2];
    const state = value === "set" || value === "true" ? true : value === "unset" || value === "false" ? false : void 0;
    if (state === void 0) continue;
    const entry = result.get(path) ?? {};
    if (attribute === "linguist-generated") entry.generated = state;
    else if (attribute === "linguist-vendored") entry.vendored = state;
    result.set(path, entry);
  }
  return result;
}
function noiseKindWords(kind, count) {
  const one = {
    lockfile: "lockfile",
    vendored: "vendored file",
    generated: "generated file",
    translation: "translation"
  }[kind];
  return `${count} ${count === 1 ? one : `${one}s`}`;
}

// src/core/range-story.ts
var MERGE_SUBJECT = /^Merge pull request #(\d+) from (\S+)/;
var BITBUCKET_SUBJECT = /^Merged in (\S+) \(pull request #(\d+)\)/;
var SQUASH_SUBJECT = /^(.*\S)\s+\(#(\d+)\)\s*$/;
function pullRequestsIn(commits) {
  const found = /* @__PURE__ */ new Map();
  for (const commit of commits) {
    const pr = pullRequestOf(commit);
    if (pr && !found.has(pr.number)) found.set(pr.number, pr);
  }
  return [...found.values()];
}
function pullRequestOf(commit) {
  const merge = MERGE_SUBJECT.exec(commit.subject);
  if (merge) {
    const title = commit.body.split("\n").find((line) => line.trim() !== "")?.trim();
    return { number: Number(merge[1]), title: title ?? merge[2], sha: commit.sha, how: "merge" };
  }
  const bitbucket = BITBUCKET_SUBJECT.exec(commit.subject);
  if (bitbucket) {
    const title = commit.body.split("\n").find((line) => line.trim() !== "")?.trim();
    return {
      number: Number(bitbucket[2]),
      title: title ?? bitbucket[1],
      sha: commit.sha,
      how: "merge"
    };
  }
  const squash = SQUASH_SUBJECT.exec(commit.subject);
  if (squash)
    return { number: Number(squash[2]), title: squash[1], sha: commit.sha, how: "squash" };
  return void 0;
}
function authorsOf(commits) {
  const counts = /* @__PURE__ */ new Map();
  for (const commit of commits) counts.set(commit.authorName, (counts.get(commit.authorName) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, commits: count })).sort((a, b) => b.commits - a.commits || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
var ONE_SESSION_LIMITS = { commits: 300, authors: 5, days: 21 };
function rangeShape(commits) {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const commit of commits) {
    first = Math.min(first, commit.authorTime);
    last = Math.max(last, commit.authorTime);
  }
  return {
    commits: commits.length,
    authors: new Set(commits.map((c) => c.authorName)).size,
    first: Number.isFinite(first) ? first : 0,
    last: Number.isFinite(last) ? last : 0
  };
}
function notOneSession(shape) {
  const days = (shape.last - shape.first) / 86400;
  const tooMany = shape.commits > ONE_SESSION_LIMITS.commits || shape.authors > ONE_SESSION_LIMITS.authors || days > ONE_SESSION_LIMITS.days;
  if (!tooMany) return void 0;
  return `${shape.commits} commits by ${shape.authors} ${shape.authors === 1 ? "author" : "authors"} over ${spanText(days)}`;
}
function spanText(days) {
  if (days >= 730) return `${Math.floor(days / 365)} years`;
  if (days >= 60) return `${Math.floor(days / 30)} months`;
  if (days >= 14) return `${Math.floor(days / 7)} weeks`;
  const whole = Math.max(1, Math.round(days));
  return `${whole} ${whole === 1 ? "day" : "days"}`;
}

// src/core/draft.ts
function sinceSession(session) {
  return session === void 0 ? "since the last handoff" : `since session ${session}`;
}
function pointsChange(delta, since, shown) {
  return delta === 0 ? ` (unchanged ${since})` : ` (${delta > 0 ? "+" : "\u2212"}${shown(Math.abs(delta))} points ${since})`;
}
function sinceTextOf(input) {
  return sinceSession(input.previous?.session ?? input.previous?.document.session);
}
var DETAIL_LEVELS = [
  { commits: 10, files: 8, failures: 5 },
  { commits: 5, files: 8, failures: 5 },
  { commits: 0, files: 8, failures: 5 },
  { commits: 0, files: 4, failures: 5 },
  { commits: 0, files: 0, failures: 5 },
  { commits: 0, files: 0, failures: 3 }
];
var SHORT_SHA = 7;
function composeDraft(input) {
  const time = estimateSessionTime(input.commits, input.timeRule ?? "gap", input.sessionGapMs);
  const previousFacts = input.previous ? input.previous.facts ?? documentFacts(input.previous.document) : void 0;
  const total = taskTotal(input.earlierSessions ?? [], sessionHours(input, time));
  const claimCommits = [...input.merges ?? [], ...input.commits].sort(byTime);
  const pullRequests = pullRequestsIn([...claimCommits, ...input.emptyCommits ?? []].sort(byTime));
  const context = {
    input,
    time,
    total,
    pullRequests,
    maybeDone: /* @__PURE__ */ new Map(),
    claimCommits,
    ...previousFacts ? { previousFacts } : {}
  };
  if (input.previous && input.tests && previousFacts?.tests) {
    const deltas = testDeltas(recordedTests(input.previous.document, previousFacts.tests), input.tests);
    const text = deltas && formatTestDeltas(deltas);
    if (text) context.testChanges = redactSecrets(text);
  }
  if (input.previous) {
    for (const step of openNextSteps(input.previous.document)) {
      const done = doneBy(step, context.claimCommits);
      if (done) context.maybeDone.set(step.text, done.sha);
    }
  }
  const shape = notOneSession(rangeShape(input.commits));
  if (shape) {
    context.notOneSession = { why: shape };
    const from = lastSessionStart(input.commits, time);
    if (from) context.notOneSession.suggestedFrom = from;
  }
  let chosen;
  for (const level2 of DETAIL_LEVELS) {
    const document2 = buildDocument(context, level2);
    const markdown2 = renderHandoff(document2);
    chosen = { document: document2, markdown: markdown2, words: countWords(markdown2), level: level2 };
    if (chosen.words <= input.wordBudget) break;
  }
  const { document, markdown, words, level } = chosen;
  return {
    document,
    markdown,
    words,
    overBudget: words > input.wordBudget,
    trimmed: trimmedParts(context, level),
    time,
    total,
    ...context.notOneSession ? { notOneSession: context.notOneSession } : {},
    pullRequests,
    maybeDone: [...context.maybeDone].map(([step, sha]) => ({ step, sha })),
    ...previousFacts?.progressPercent === void 0 ? {} : { previousProgress: { percent: previousFacts.progressPercent, since: sinceTextOf(input) } }
  };
}
function byTime(a, b) {
  return a.commitTime - b.commitTime;
}
var SUGGESTED_SESSION_SECONDS = 24 * 3600;
function lastSessionStart(commits, time) {
  const last = time.sessions[time.sessions.length - 1];
  if (!last) return void 0;
  const start = Math.max(last.firstCommit, last.lastCommit - SUGGESTED_SESSION_SECONDS);
  let before;
  for (const commit of commits) {
    if (commit.authorTime < start && (!before || commit.authorTime >= before.authorTime)) before = commit;
  }
  return before?.sha;
}
function buildDocument(context, level) {
  const { input } = context;
  const date = sessionDate(input);
  const { claimCommits } = context;
  const blocked = input.status === "blocked";
  const document = {
    title: draftTitle(input, date),
    taskId: input.taskId,
    session: input.session,
    header: header(input, date),
    elements: {
      currentState: currentState(input.tests, level),
      decisions: listSection(
        "Decisions Made",
        input.answers?.decisions,
        "decisions made this session, each with its reason",
        false
      ),
      blockers: listSection(
        "Current Blockers",
        input.answers?.blockers,
        blocked ? "what blocks the task, as the registry says it is blocked; or None" : "new blockers, or None; delete resolved ones",
        false,
        input.previous ? openBlockers(input.previous.document).map((blocker) => {
          const copy = carried(blocker);
          const fix = possiblyResolvedBy(blocker, claimCommits);
          if (fix) {
            copy.details.push(`possibly resolved by ${short(fix.sha)}`);
          }
          return copy;
        }) : [],
        // "None" holds until a session says otherwise, as a carried blocker does; not for a task the
        // registry calls blocked (`handoff block`), whose handoff must say what blocks it.
        !blocked && input.previous && saysNoBlockers(input.previous.document) ? "None" : void 0,
        // "None" beside a blocker (a carried one, or `--blocker None --blocker "DB down"`) is untrue.
        true
      ),
      nextSteps: listSection(
        "Next Steps",
        input.answers?.nextSteps,
        "new next steps, most urgent first",
        true,
        input.previous ? openNextSteps(input.previous.document).map((step) => {
          const copy = { ...carried(step), mark: "open" };
          const done = context.maybeDone.get(step.text);
          if (done) copy.details.push(doneGuess(short(done)));
          return copy;
        }) : [],
        void 0,
        // "None" beside a step still open (a carried one) is untrue, as for blockers.
        true
      ),
      timeProgress: timeProgress(context)
    },
    otherSections: []
  };
  if (context.notOneSession) {
    const { why, suggestedFrom } = context.notOneSession;
    const choice = suggestedFrom ? ` Draft again with --from to choose where it started, e.g. --from ${short(suggestedFrom)} for the last work session.` : " Draft again with --from to choose where it started.";
    document.intro = [`\u26A0\uFE0F This range is probably not one session: ${why}.${choice}`];
  }
  if (input.commits.length > 0 || (input.merges?.length ?? 0) > 0 || (input.net?.files.length ?? 0) > 0) {
    document.filesModified = filesModified(input, level.files);
    document.commits = commitsSection(context, level.commits);
  }
  return document;
}
function sessionDate(input) {
  let last = 0;
  for (const commit of [...input.commits, ...input.merges ?? []]) last = Math.max(last, commit.authorTime);
  return localDate(last > 0 ? new Date(last * 1e3) : input.now, input.timeZone);
}
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
var MONTH_DATE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(,?\s+\d{4})?\b/;
var ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
function draftTitle(input, date) {
  const previous = input.previous?.document.title;
  if (previous && /\bsession\s*#?\s*\d+/i.test(previous)) {
    const [year, month, day] = date.split("-");
    return previous.replace(/\b(session\s*#?\s*)\d+/i, `$1${input.session}`).replace(ISO_DATE, date).replace(MONTH_DATE, (_match, _month, withYear) => {
      const text = `${MONTHS[Number(month) - 1]} ${Number(day)}`;
      return withYear ? `${text}, ${year}` : text;
    });
  }
  return `${input.taskId}: Handoff (Session ${input.session})`;
}
function header(input, date) {
  const fields = [
    { label: "Date", value: date, line: 0 },
    { label: "Agent", value: input.agent, line: 0 }
  ];
  if (input.status) fields.push({ label: "Status", value: statusTitle(input.status), line: 0 });
  return fields;
}
function statusTitle(status) {
  return status.split(/[_\s-]+/).filter((w) => w !== "").map((w) => w[0]?.toUpperCase() + w.slice(1)).join(" ");
}
function currentState(tests, level) {
  const section = emptySection("Current State");
  if (!tests) {
    section.paragraphs.push(placeholderText("what works and what is broken; or pass --tests"));
    return section;
  }
  const failed = tests.failed + tests.errored;
  const working = { label: "What's Working", items: [], paragraphs: [], line: 0 };
  if (tests.passed > 0) {
    const text = failed === 0 ? tests.passed === 1 ? "The 1 test passing" : `All ${tests.passed} tests passing` : `${tests.passed} of ${tests.passed + failed} tests passing`;
    working.items.push(item(text, "working"));
  } else {
    working.items.push(item("No tests passing", "broken"));
  }
  section.subsections.push(working);
  if (failed > 0) {
    const broken = { label: "What's Broken", items: [], paragraphs: [], line: 0 };
    const named = failingLabels(tests.failures).slice(0, level.failures);
    for (const label of named) broken.items.push(item(redactSecrets(label), "broken"));
    const more = failed - named.length;
    if (more > 0) broken.items.push(item(`\u2026and ${more} more failing ${plural(more, "test")}`));
    section.subsections.push(broken);
  }
  return section;
}
function listSection(label, answers, hint, asSteps, carriedItems = [], whenEmpty, noneOnlyAlone = false) {
  const section = emptySection(label);
  section.items.push(...carriedItems);
  appendAnswers(section, answers, asSteps);
  if (noneOnlyAlone) dropNoneBesideItems(section);
  if (section.items.length === 0)
    section.items.push(item(whenEmpty ?? placeholderText(hint), asSteps ? "open" : void 0));
  return section;
}
function doneGuess(sha) {
  return `done in ${sha}?`;
}
function confirmedGuess(detail) {
  return /^done in [0-9a-f]{7,40}\?$/.test(detail) ? detail.slice(0, -1) : detail;
}
function dropNoneBesideItems(section) {
  if (section.items.some((i) => !saysNothing(i.text)))
    section.items = section.items.filter((i) => !saysNothing(i.text));
}
function appendAnswers(section, answers, asSteps) {
  const listed = new Set(section.items.map((i) => sameItemText(i.text)));
  for (const answer of (answers ?? []).map((a) => a.trim())) {
    const key = sameItemText(answer);
    if (answer === "" || listed.has(key)) continue;
    listed.add(key);
    section.items.push(item(answer, asSteps && !saysNothing(answer) ? "open" : void 0));
  }
}
function sameItemText(text) {
  return collapseWhitespace(text).trim().toLowerCase();
}
function carried(source) {
  const copy = {
    text: source.text,
    // The last draft's guesses go: this draft makes its own from its own commits.
    details: source.details.filter((d) => !isPlaceholderText(d) && !OWN_GUESS.test(d)),
    line: 0
  };
  if (source.mark) copy.mark = source.mark;
  return copy;
}
var OWN_GUESS = /^(?:done in [0-9a-f]{7,40}\?|possibly resolved by [0-9a-f]{7,40})$/;
function sessionHours(input, time) {
  return input.statedHours ?? (input.commits.length > 0 ? time.hours : 0);
}
function answersLeftOpen(document, missing) {
  const fields = document.elements.timeProgress?.fields ?? [];
  const progressOpen = fields.some(
    (field) => fieldFactOf(field.label) === "progress" && isPlaceholderText(field.value)
  );
  const elements = progressOpen && !missing.includes("timeProgress") ? [...missing, "timeProgress"] : [...missing];
  return { elements, times: timeFieldsLeftOpen(document) };
}
function timeFieldsLeftOpen(document) {
  const fields = document.elements.timeProgress?.fields ?? [];
  return TIME_FIELDS.filter((fact) => {
    const field = fields.find((f) => fieldFactOf(f.label) === fact);
    return field !== void 0 && isPlaceholderText(field.value);
  });
}
function statedTimeText(hours) {
  const shown = Number(hours.toFixed(2));
  return `${shown} ${shown === 1 ? "hour" : "hours"} this session (stated)`;
}
function taskTotalText(total, noTime) {
  const unknown = noTime.length > 0 ? `; at least: ${plural(noTime.length, "session")} ${noTime.join(", ")} ${noTime.length === 1 ? "states" : "state"} no time` : "";
  return `${total.hours.toFixed(1)} hours in ${total.sessions} sessions (sum of each handoff's Time Spent${unknown})`;
}
function stateTimeSpent(document, hours, earlier) {
  document.elements.timeProgress ??= emptySection("Time and Progress");
  const fields = document.elements.timeProgress.fields;
  const isTimeSpent = (label) => fieldFactOf(label) === "timeSpent";
  const isTaskTotal = (label) => sameItemText(label) === "task total";
  const spent = fields.find((f) => isTimeSpent(f.label));
  if (spent) spent.value = statedTimeText(hours);
  else fields.unshift({ label: "Time Spent", value: statedTimeText(hours), line: 0 });
  if (earlier.length === 0) return;
  const total = taskTotal(earlier, hours);
  const value = taskTotalText(total, total.unknown);
  const known = fields.find((f) => isTaskTotal(f.label));
  if (known) known.value = value;
  else
    fields.splice(fields.findIndex((f) => isTimeSpent(f.label)) + 1, 0, {
      label: "Task Total",
      value,
      line: 0
    });
}
function timeProgress(context) {
  const { input, time, total, previousFacts } = context;
  const sinceText = sinceTextOf(input);
  const section = emptySection("Time and Progress");
  const field = (label, value) => section.fields.push({ label, value, line: 0 });
  if (input.statedHours !== void 0) {
    field("Time Spent", statedTimeText(input.statedHours));
  } else if (input.commits.length > 0) {
    const sessions = time.sessions.length;
    const sittings = time.rule === "gap" ? `, ${sessions} work ${plural(sessions, "session")}` : "";
    field(
      "Time Spent",
      `${time.hours.toFixed(1)} hours this session (${time.rule} rule: ${input.commits.length} ${plural(input.commits.length, "commit")}${sittings})`
    );
  } else {
    field("Time Spent", placeholderText("no commits in the range to estimate from"));
  }
  if (total.sessions > 1) {
    const statesTime = input.statedHours !== void 0 || input.commits.length > 0;
    field("Task Total", taskTotalText(total, statesTime ? total.unknown : [...total.unknown, input.session]));
  }
  field("Estimated Remaining", placeholderText());
  const before = previousFacts?.progressPercent;
  const at = sinceText.replace(/^since /, "at ");
  field(
    "Progress",
    placeholderText(before === void 0 ? "percent complete" : `percent complete; ${before} percent ${at}`)
  );
  if (input.tests) {
    const failed = input.tests.failed + input.tests.errored;
    let value = `${input.tests.passed} passed, ${failed} failed`;
    if (input.tests.skipped > 0) value += `, ${input.tests.skipped} skipped`;
    const before2 = previousFacts?.tests;
    if (before2) {
      const deltas = [
        signed(input.tests.passed - before2.passed, "passed"),
        signed(failed - before2.failed, "failed")
      ].filter((d) => d !== void 0).join(", ");
      value += deltas === "" ? ` (unchanged ${sinceText})` : ` (${deltas} ${sinceText})`;
    }
    field("Tests", value);
    if (context.testChanges) field("Test Changes", `${context.testChanges} (${sinceText})`);
  }
  if (input.coverage) {
    let value = `${input.coverage.linesPercent.toFixed(1)}% of lines`;
    const before2 = previousFacts?.coveragePercent;
    if (before2 !== void 0) {
      const delta = Math.round((input.coverage.linesPercent - before2) * 10) / 10;
      value += pointsChange(delta, sinceText, (points) => points.toFixed(1));
    }
    const branches = input.coverage.branchesPercent;
    if (branches !== void 0) value += `, ${branches.toFixed(1)}% of branches`;
    field("Coverage", value);
  }
  return section;
}
function signed(delta, what) {
  if (delta === 0) return void 0;
  return `${delta > 0 ? "+" : "\u2212"}${Math.abs(delta)} ${what}`;
}
function changedFiles(commits) {
  const byPath = /* @__PURE__ */ new Map();
  for (const commit of commits) {
    if (commit.parents.length > 1) continue;
    for (const file of commit.files) {
      const entry = byPath.get(file.path) ?? { path: file.path, added: 0, deleted: 0, binary: false };
      if (file.added === void 0 || file.deleted === void 0) entry.binary = true;
      else {
        entry.added += file.added;
        entry.deleted += file.deleted;
      }
      byPath.set(file.path, entry);
    }
  }
  return [...byPath.values()].sort(byLinesChanged);
}
function filesModified(input, cap) {
  const section = emptySection("Files Modified");
  const churn = changedFiles(input.commits);
  if (!input.net) {
    const lines = churn.reduce((sum, f) => sum + f.added + f.deleted, 0);
    section.paragraphs.push(
      `Churn over the commits: ${churn.length} ${plural(churn.length, "file")}, ${lines} lines.`
    );
    for (const file of cap === 0 ? [] : churn.slice(0, cap)) {
      section.items.push(
        item(`${file.path} (${file.binary ? "binary" : `+${file.added} \u2212${file.deleted}`})`)
      );
    }
    const more = churn.length - cap;
    if (cap > 0 && more > 0) section.items.push(item(`\u2026and ${more} more ${plural(more, "file")}`));
    return section;
  }
  const { net } = input;
  const noise = input.noise ?? /* @__PURE__ */ new Map();
  const news = net.files.filter((f) => !noise.has(f.path)).sort(byLinesChanged);
  const noisy = net.files.filter((f) => noise.has(f.path));
  const added = net.files.reduce((sum, f) => sum + (f.added ?? 0), 0);
  const deleted = net.files.reduce((sum, f) => sum + (f.deleted ?? 0), 0);
  const binary = net.files.filter((f) => f.binary).length;
  const range = `${short(net.base)}..${short(net.head)}${net.taskFilesOnly ? ", in the files the task's commits touched" : ""}`;
  const binaryText = binary > 0 ? `, ${binary} binary` : "";
  const renamed = net.files.filter((f) => f.status === "renamed").length;
  const renamedText = renamed > 0 ? ` (${renamed} renamed)` : "";
  section.paragraphs.push(
    net.files.length === 0 ? `Net change ${range}: none (the commits cancel out).` : `Net change ${range}: ${net.files.length} ${plural(net.files.length, "file")}${renamedText}, +${added} \u2212${deleted}${binaryText}.`
  );
  if (input.churn) {
    const churnAdded = churn.reduce((sum, f) => sum + f.added, 0);
    const churnDeleted = churn.reduce((sum, f) => sum + f.deleted, 0);
    section.paragraphs.push(
      `Churn summed over ${input.commits.length} ${plural(input.commits.length, "commit")}: +${churnAdded} \u2212${churnDeleted} in ${churn.length} ${plural(churn.length, "file")}.`
    );
  }
  if (cap > 0) {
    const churnByPath = new Map(churn.map((f) => [f.path, f]));
    for (const file of news.slice(0, cap)) {
      let text = describeNetChange(file);
      const fileChurn = churnByPath.get(file.path);
      if (input.churn && fileChurn) text = `${text.slice(0, -1)}; churn ${formatLineCounts(fileChurn)})`;
      section.items.push(item(text));
    }
    const more = news.length - cap;
    if (more > 0) section.items.push(item(`\u2026and ${more} more ${plural(more, "file")}`));
  }
  if (noisy.length > 0) {
    const byKind = /* @__PURE__ */ new Map();
    for (const file of noisy) {
      const kind = noise.get(file.path);
      byKind.set(kind, [...byKind.get(kind) ?? [], file]);
    }
    const parts = [...byKind].map(([kind, files]) => {
      const counts = formatLineCounts({
        added: files.reduce((sum, f) => sum + (f.added ?? 0), 0),
        deleted: files.reduce((sum, f) => sum + (f.deleted ?? 0), 0)
      });
      const only = files.length === 1 ? files[0] : void 0;
      return only ? `${only.path} (${kind}, ${only.binary ? "binary" : counts})` : `${noiseKindWords(kind, files.length)} (${counts})`;
    });
    section.items.push(item(`Noise, not ranked: ${parts.join(", ")}`));
  }
  return section;
}
function commitsSection(context, cap) {
  const { input, pullRequests } = context;
  const section = emptySection("Commits");
  const merges = input.merges ?? [];
  const empty = input.emptyCommits ?? [];
  const all = [...input.commits, ...merges, ...empty].sort(byTime);
  const kinds = [`${input.commits.length} work`];
  if (merges.length > 0) kinds.push(`${merges.length} ${plural(merges.length, "merge")}`);
  if (empty.length > 0) kinds.push(`${empty.length} empty`);
  const total = all.length;
  let summary = `${total} ${plural(total, "commit")}${kinds.length > 1 ? ` (${kinds.join(", ")})` : ""}`;
  const authors = authorsOf(all);
  if (authors.length > 1) {
    const named = authors.slice(0, 5).map((a) => `${a.name} (${a.commits})`);
    if (authors.length > 5) named.push(`and ${authors.length - 5} more`);
    summary += ` by ${named.join(", ")}`;
  }
  const first = all[0];
  const last = all[all.length - 1];
  if (cap === 0 && first && last) {
    const span = first === last ? short(first.sha) : `${short(first.sha)}..${short(last.sha)}`;
    const prs = pullRequests.length > 0 ? `, ${pullRequests.length} pull ${plural(pullRequests.length, "request")}` : "";
    section.paragraphs.push(`${redactSecrets(summary)}: ${span}${prs}.`);
    return section;
  }
  if (kinds.length > 1 || authors.length > 1) section.paragraphs.push(`${redactSecrets(summary)}.`);
  const prShas = new Set(pullRequests.map((pr) => pr.sha));
  const bySha = new Map(all.map((c) => [c.sha, c]));
  const listedAsPullRequest = /* @__PURE__ */ new Set();
  for (const pr of pullRequests) {
    const merge = bySha.get(pr.sha);
    for (const sha of merge?.parents.slice(1) ?? []) {
      const subject = bySha.get(sha)?.subject;
      if (subject !== void 0 && sameTitle(subject, pr.title)) listedAsPullRequest.add(sha);
    }
  }
  const entries = [
    // Newest first: the last commits say best where the session ended.
    ...[...pullRequests].reverse().map((pr) => `#${pr.number} ${redactSecrets(pr.title)} (pull request, ${short(pr.sha)})`),
    ...[...all].reverse().filter((c) => !prShas.has(c.sha) && !listedAsPullRequest.has(c.sha)).map((c) => `${short(c.sha)} ${redactSecrets(c.subject)}`)
  ];
  for (const entry of entries.slice(0, cap)) section.items.push(item(entry));
  const more = entries.length - cap;
  if (more > 0) section.items.push(item(`\u2026and ${more} more`));
  return section;
}
function sameTitle(subject, title) {
  const a = subject.trim();
  const b = title.trim();
  const cut = /(?:\u2026|\.\.\.)$/.exec(b);
  return a === b || cut !== null && b.length - cut[0].length >= 20 && a.startsWith(b.slice(0, cut.index));
}
function trimmedParts(context, level) {
  const full = DETAIL_LEVELS[0];
  const { input } = context;
  const parts = [];
  const listed = input.commits.length + (input.merges?.length ?? 0) + (input.emptyCommits?.length ?? 0);
  if (level.commits < full.commits && listed > level.commits) parts.push("commit list");
  const files = input.net ? input.net.files.length : changedFiles(input.commits).length;
  if (level.files < full.files && files > level.files) parts.push("files list");
  const failed = input.tests ? input.tests.failures.length : 0;
  if (level.failures < full.failures && failed > level.failures) parts.push("failing-test list");
  return parts;
}
function short(sha) {
  return sha.slice(0, SHORT_SHA);
}
function placeholderText(hint) {
  return placeholder(hint).replace(/^_|_$/g, "");
}
function item(text, mark) {
  const result = { text, details: [], line: 0 };
  if (mark) result.mark = mark;
  return result;
}
function fallbackDecides(commits, input) {
  const bySha = attributeForTask(commits, input);
  return commits.some((commit) => {
    if (!isWorkCommit(commit, input.nonWork)) return false;
    const rule = bySha.get(commit.sha)?.rule;
    return rule === void 0 || rule === "only-task-in-range" || rule === "only-active-task";
  });
}
function selectTaskCommits(commits, input, { namedOnly = false } = {}) {
  const bySha = attributeForTask(commits, input);
  const covered = coveredByHandoff(commits, input.handoffPath);
  const counts = (sha) => {
    const attribution = bySha.get(sha);
    if (!attribution?.tasks.includes(input.taskId) || covered.has(sha)) return false;
    return !namedOnly || attribution.rule !== "only-task-in-range" && attribution.rule !== "only-active-task";
  };
  return commits.filter((c) => isWorkCommit(c, input.nonWork) && counts(c.sha)).map((c) => ({ ...c, files: c.files.filter((f) => isWorkCommit({ ...c, files: [f] }, input.nonWork)) }));
}
function coveredByHandoff(commits, handoffPath2) {
  if (handoffPath2 === void 0) return NONE_COVERED;
  const updates = commits.filter((c) => c.files.some((f) => f.path === handoffPath2)).map((c) => c.sha);
  if (updates.length === 0) return NONE_COVERED;
  return new CommitGraph(commits).coverage(
    updates,
    commits.map((c) => c.sha)
  ).covered;
}
var NONE_COVERED = /* @__PURE__ */ new Set();
function attributeForTask(commits, input) {
  const activeTaskIds = input.activeTaskIds.includes(input.taskId) ? input.activeTaskIds : [...input.activeTaskIds, input.taskId];
  const inRange = new Set(commits.map((c) => c.sha));
  const before = (input.nextPush ?? []).filter((c) => !inRange.has(c.sha));
  return attributeCommits({
    commits: [...before, ...commits].map(
      (commit) => input.branch === void 0 ? { commit } : { commit, branch: input.branch }
    ),
    ...input.nextPush ? { fallbackScope: new Set(input.nextPush.map((c) => c.sha)) } : {},
    activeTaskIds,
    ...input.activeAtCommit ? { activeAtCommit: input.activeAtCommit } : {},
    handoffFiles: input.handoffFiles,
    taskIds: input.taskIds
  }).bySha;
}
function endOfStartDay(taskStarted) {
  return Date.parse(`${taskStarted}T00:00:00Z`) / 1e3 + 86400 + 12 * 3600;
}
function startDayLead(commits, input, day) {
  const bySha = attributeForTask(commits, input);
  const named = commits.findIndex((commit) => {
    const attribution = bySha.get(commit.sha);
    return attribution?.tasks.includes(input.taskId) === true && attribution.rule !== "only-task-in-range" && attribution.rule !== "only-active-task";
  });
  const end = named === -1 ? commits.length : named;
  const dayEnd = endOfStartDay(day);
  let count = 0;
  while (count < end && (commits[count]?.authorTime ?? dayEnd) < dayEnd) count++;
  return { count, named: named !== -1 };
}
function setupCommitsBefore(lead, firstRecorded) {
  if (firstRecorded !== void 0 && firstRecorded < lead.count) return firstRecorded;
  return lead.named ? lead.count : 0;
}
function selectTaskRange(commits, input) {
  const bySha = attributeForTask(commits, input);
  const covered = coveredByHandoff(commits, input.handoffPath);
  const range = { work: [], merges: [], empty: [], foreign: 0 };
  for (const commit of commits) {
    if (covered.has(commit.sha)) continue;
    const mine = bySha.get(commit.sha)?.tasks.includes(input.taskId) ?? false;
    const work = isWorkCommit(commit, input.nonWork);
    if (!mine) {
      if (work) range.foreign++;
      continue;
    }
    if (commit.parents.length > 1 && !work) range.merges.push(commit);
    else if (work) {
      range.work.push({
        ...commit,
        files: commit.files.filter((f) => isWorkCommit({ ...commit, files: [f] }, input.nonWork))
      });
    } else if (commit.files.length === 0) range.empty.push(commit);
  }
  return range;
}

// src/core/prime.ts
var PRIME_MAX_CHARS = 6e3;
var PRIME_TEAM_CAP = 12;
var PRIME_STALE_CAP = 8;
function commands(program, agent, workingOn) {
  const a = commandWord(agent ?? AGENT_SLOT);
  if (workingOn === void 0) {
    const t2 = commandWord(TASK_SLOT);
    return [
      `${program} start --task ${t2} --agent ${a}   # take up a task (a new one, or one to continue)`,
      `${program} resume --task ${t2}   # a task's last handoff, before you take it up`,
      `${program} check   # which handoffs are stale`
    ];
  }
  const t = commandWord(workingOn);
  return [
    `${program} start --task ${t} --agent ${a}   # register or switch your task`,
    `${draftCommand(program, workingOn, agent ?? AGENT_SLOT)}   # before you stop`,
    `${program} done --agent ${a}   # when the task is finished (block / idle likewise)`
  ];
}
function teamLine(row) {
  const parts = [row.status];
  if (row.ageMs !== void 0) parts.push(`handoff ${formatAge(row.ageMs, row.handoffDate, row.ageDays)}`);
  if (row.progressPercent !== void 0) parts.push(`${row.progressPercent}%`);
  if (row.problem) parts.push("handoff unreadable");
  const note = row.briefNote ? ` \u2014 ${clipAtWord(row.briefNote, 60)}` : "";
  return `- ${row.agent}: ${row.task ?? "(no task)"} (${parts.join(", ")})${note}`;
}
var LINE_CAP = 400;
var SESSION_LINE_CAP = 1200;
function clipAtWord(text, max) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  let clipped = space >= max * 2 / 3 ? cut.slice(0, space) : cut;
  const open = clipped.lastIndexOf("`");
  if ((clipped.split("`").length - 1) % 2 === 1 && text.indexOf("`", clipped.length) !== -1)
    clipped = clipped.slice(0, open);
  return `${clipped.trimEnd()}\u2026`;
}
function buildPrime(input) {
  const { agent, own, program } = input;
  const shown = input.shown ?? ((text2) => text2);
  const session = input.session && {
    ...input.session,
    reason: shown(input.session.reason),
    ...input.session.fix === void 0 ? {} : { fix: shown(input.session.fix) }
  };
  const taskId = own?.taskId ?? input.ownTask?.taskId;
  const working = taskId !== void 0 && (input.ownTask?.active ?? true);
  const lines = ["# Handoff brief"];
  if (!agent) {
    lines.push(
      shown(
        `No agent named: set HANDOFF_AGENT or pass --agent ${commandWord(AGENT_SLOT)}, then \`${program} start --task ${commandWord(TASK_SLOT)}\`.`
      )
    );
    const active = input.team.filter((row) => row.active);
    if (active.length === 1 && active[0]) {
      const only = active[0];
      lines.push(
        shown(
          `The one active agent is "${only.agent}" (${only.task ?? "no task"}); if that is you: \`${program} prime --agent ${shellWord(only.agent)}\`.`
        )
      );
    }
  } else if (!taskId) {
    lines.push(
      shown(
        `You are "${agent}", with no current task: \`${program} start --task ${commandWord(TASK_SLOT)} --agent ${shellWord(agent)}\`.`
      )
    );
  } else if (!working) {
    const status = own?.status ?? input.ownTask?.status ?? "unknown";
    lines.push(
      shown(
        `You are "${agent}", with no current task: your last, ${taskId}, is ${status}. \`${program} start --task ${commandWord(TASK_SLOT)} --agent ${shellWord(agent)}\` takes up the next.`
      )
    );
  } else {
    const status = own?.status ?? input.ownTask?.status ?? "unknown";
    lines.push(`You are "${agent}", on ${taskId} (${status}).`);
  }
  const toActOn = /* @__PURE__ */ new Set();
  if (session?.stale) {
    toActOn.add(`Before ending this session: ${session.reason}`);
    if (session.fix) toActOn.add(`Fix: ${session.fix}`);
    lines.push(...toActOn);
  }
  if (input.hookNote) {
    const line = `Warning: ${input.hookNote}`;
    toActOn.add(line);
    lines.push(line);
  }
  const cmds = commands(program, agent, working ? taskId : void 0).map(shown);
  for (const command of cmds) toActOn.add(command);
  lines.push("", "## Commands", ...cmds);
  if (own) {
    lines.push("", "## Your task", ...renderResumeText(own).trimEnd().split("\n"));
  }
  const teamRows = input.team.filter((row) => row.agent !== agent);
  const shownTeam = teamRows.slice(0, PRIME_TEAM_CAP);
  if (teamRows.length > 0) {
    const other = agent === void 0 ? "" : "other ";
    lines.push("", `## Team (${teamRows.length} ${other}${teamRows.length === 1 ? "agent" : "agents"})`);
    for (const row of shownTeam) lines.push(teamLine(row));
    if (teamRows.length > shownTeam.length) {
      lines.push(shown(`\u2026and ${teamRows.length - shownTeam.length} more: \`${program} status\``));
    }
  }
  const shownStale = input.stale.slice(0, PRIME_STALE_CAP);
  const staleItems = shownStale.map((v) => {
    const item2 = {
      taskId: v.taskId,
      agent: v.agent,
      reasons: v.problems.map((p) => p.reason)
    };
    const fix = v.problems[0]?.fix;
    if (fix) item2.fix = shown(withInvocation(fix, program));
    return item2;
  });
  if (input.stale.length > 0) {
    lines.push("", `## Stale handoffs (${input.stale.length})`);
    for (const item2 of staleItems) {
      lines.push(
        `- ${item2.taskId} (${item2.agent}): ${item2.reasons.join(", ")}${item2.fix ? ` \u2014 fix: ${item2.fix}` : ""}`
      );
    }
    if (input.stale.length > shownStale.length) {
      lines.push(shown(`\u2026and ${input.stale.length - shownStale.length} more: \`${program} check\``));
    }
  } else if (input.checkNote) {
    lines.push("", shown(`Check: ${input.checkNote}`));
  }
  const capOf = (line) => toActOn.has(line) ? SESSION_LINE_CAP : LINE_CAP;
  let truncated = lines.some((line) => line.length > capOf(line));
  let text = `${lines.map((line) => clipAtWord(line, capOf(line))).join("\n")}
`;
  if (text.length > PRIME_MAX_CHARS) {
    truncated = true;
    const tail = `${shown(`\u2026(cut to ${PRIME_MAX_CHARS} characters: \`${program} resume\` and \`${program} status\` have the rest)`)}
`;
    const cut = text.slice(0, PRIME_MAX_CHARS - tail.length);
    text = `${cut.slice(0, cut.lastIndexOf("\n") + 1)}${tail}`;
  }
  return {
    agent: agent ?? null,
    task: taskId ?? null,
    session: session ?? null,
    own: own ?? null,
    team: { rows: shownTeam, more: teamRows.length - shownTeam.length },
    stale: { items: staleItems, more: input.stale.length - shownStale.length },
    commands: cmds,
    hookNote: input.hookNote ?? null,
    truncated,
    text
  };
}

// src/app/draft.ts
import { basename } from "node:path";

// src/core/draft-input.ts
var DRAFT_INPUT_KEYS = Object.keys(schema.properties ?? {}).filter((key) => key !== "$schema");
var NO_PLACE = () => ({});
function mergeDraftInputs(base, flags) {
  const merged = { ...base };
  for (const key of ["decisions", "blockers", "resolved", "next"]) {
    const items = [...base[key] ?? [], ...flags[key] ?? []].map((s) => s.trim()).filter((s) => s !== "");
    if (items.length > 0) merged[key] = items;
    else delete merged[key];
  }
  if (flags.progress !== void 0) merged.progress = flags.progress;
  if (flags.remaining !== void 0) merged.remaining = flags.remaining;
  if (flags.timeSpent !== void 0) merged.timeSpent = flags.timeSpent;
  if (flags.note !== void 0) merged.note = flags.note;
  return merged;
}
function timeSpentHours(text, name = "--time-spent") {
  const hours = hoursIn(text);
  if (hours === void 0 || !/^[\s\d.~a-z]*$/i.test(text)) {
    throw new InputError(
      `${name} "${text}" is not a time: write hours or minutes, e.g. 45m, 1.5h or 1h30m`,
      {},
      "draft/time-spent"
    );
  }
  if (hours > MAX_SESSION_HOURS) {
    throw new InputError(
      `${name} "${text}" is ${hours} hours, more than the ${MAX_SESSION_HOURS} one session may state`,
      {},
      "draft/time-spent"
    );
  }
  return hours;
}
var MAX_SESSION_HOURS = 1e3;
function checkRemaining(text, name = "--remaining") {
  if (!REMAINING.test(text.trim())) {
    throw new InputError(
      `${name} "${text}" is not a time: write amounts with their units, e.g. 3h, 90m, 2 days or 1 week`,
      {},
      "draft/remaining"
    );
  }
}
var REMAINING = /^(?:~ ?)?(?:\d{1,6}(?:\.\d{1,3})?[ ]?(?:weeks?|w|days?|d|hours?|hrs?|h|minutes?|mins?|m)(?:,? (?:and )?|(?=\d)|$))+$/i;
function toDraftAnswers(input) {
  const answers = {};
  if (input.decisions?.length) answers.decisions = [...input.decisions];
  if (input.blockers?.length) answers.blockers = [...input.blockers];
  if (input.next?.length) answers.nextSteps = [...input.next];
  return answers;
}
function applyDraftInput(draft, input, wordBudget, placeOf = NO_PLACE) {
  if (!input.resolved?.length && input.progress === void 0 && input.remaining === void 0 && input.note === void 0) {
    return draft;
  }
  const document = structuredClone(draft.document);
  applyRest(document, input, draft.previousProgress, placeOf);
  return { ...draft, ...rendered(document, wordBudget) };
}
function fillDraft(source, input, wordBudget, previousProgress, stated, placeOf = NO_PLACE) {
  const document = structuredClone(source);
  fillList(document, "decisions", input.decisions, false);
  fillList(document, "blockers", input.blockers, false);
  fillList(document, "nextSteps", input.next, true);
  applyRest(document, input, previousProgress, placeOf);
  if (stated) stateTimeSpent(document, stated.hours, stated.earlier);
  return rendered(document, wordBudget);
}
function checkDraftAnswers(input, placeOf = NO_PLACE) {
  if (input?.note !== void 0 && input.note.trim() === "") {
    throw new InputError(
      "the note (--note) is empty: say in a line where the work stands, or leave --note out",
      placeOf("note", input.note),
      "schema/minLength"
    );
  }
  const answers = [
    ["note", "note", input?.note === void 0 ? void 0 : [input.note]],
    ["decision", "decisions", input?.decisions],
    ["blocker", "blockers", input?.blockers],
    ["next", "next", input?.next],
    ["remaining", "remaining", input?.remaining === void 0 ? void 0 : [input.remaining]],
    ["time-spent", "timeSpent", input?.timeSpent === void 0 ? void 0 : [input.timeSpent]]
  ];
  for (const [flag, key, texts] of answers) {
    const given = texts?.filter((text) => text.trim() !== "") ?? [];
    const template = given.every((text) => isPlaceholderText(text) || isOnlySlots(text)) ? given[0] : void 0;
    if (template !== void 0) {
      const what = isOnlySlots(template) ? LEFT_AS_PRINTED : "reads as template text, which the check counts as empty";
      throw new InputError(
        `the ${flag} (--${flag}) "${template}" ${what}: say what it is${flag === "blocker" ? " (or None)" : ""}`,
        placeOf(key, template),
        "draft/template-answer"
      );
    }
  }
}
function holdsTemplateText(document) {
  if (Object.values(elementStates(document)).includes("placeholder")) return true;
  if (document.header.some((field) => isFillInMark(field.value))) return true;
  return Object.values(document.elements).some((section) => sectionTexts(section).some(isFillInMark));
}
function fillList(document, name, answers, asSteps) {
  if (!answers?.some((a) => a.trim() !== "")) return;
  document.elements[name] ??= emptySection(elementTitle(name));
  const section = document.elements[name];
  section.items = section.items.filter((item2) => !isPlaceholderText(item2.text));
  section.paragraphs = section.paragraphs.filter((text) => !isPlaceholderText(text));
  appendAnswers(section, answers, asSteps);
  if (name !== "decisions") dropNoneBesideItems(section);
}
function applyRest(document, input, previous, placeOf) {
  if (input.resolved?.length) resolveItems(document, input.resolved, placeOf);
  if (input.progress !== void 0) setProgress(document, input.progress, previous);
  if (input.remaining !== void 0) setField(document, "remaining", input.remaining.trim());
  else if (input.progress === 100 && remainingLeftOpen(document)) setField(document, "remaining", "0 hours");
  if (input.note !== void 0) addStateNote(document, input.note.trim());
}
function rendered(document, wordBudget) {
  const markdown = renderHandoff(document);
  const words = countWords(markdown);
  return { document, markdown, words, overBudget: words > wordBudget };
}
function resolveItems(document, resolved, placeOf) {
  const blockers = document.elements.blockers;
  const nextSteps = document.elements.nextSteps;
  const open = new Set(openBlockers(document));
  const openBlockerItems = (blockers?.items ?? []).filter((item2) => open.has(item2));
  const openSteps = nextSteps ? openNextSteps(document) : [];
  const candidates = [
    ...openBlockerItems.map((item2) => ({ item: item2, kind: "blocker" })),
    ...openSteps.map((item2) => ({ item: item2, kind: "step" }))
  ];
  let removedBlocker = false;
  for (const text of resolved) {
    const wanted = sameItemText(text);
    const exact = candidates.filter((c) => sameItemText(c.item.text) === wanted);
    const found = exact.length > 0 ? exact : candidates.filter((c) => sameItemText(c.item.text).includes(wanted));
    const open2 = () => candidates.length === 0 ? "nothing is open" : `open: ${candidates.map((c) => `"${c.item.text}"`).join(", ")}`;
    if (found.length === 0) {
      throw new InputError(
        `--resolved "${text}" matches no open blocker or next step (${open2()})`,
        placeOf("resolved", text),
        "draft/resolved-unknown"
      );
    }
    if (found.length > 1) {
      throw new InputError(
        `--resolved "${text}" matches ${found.length} items; use more of the text (${open2()})`,
        placeOf("resolved", text),
        "draft/resolved-ambiguous"
      );
    }
    const [match] = found;
    candidates.splice(candidates.indexOf(match), 1);
    if (match.kind === "blocker" && blockers) {
      blockers.items = blockers.items.filter((item2) => item2 !== match.item);
      removedBlocker = true;
    } else {
      match.item.mark = "done";
      match.item.details = match.item.details.map(confirmedGuess);
    }
  }
  if (removedBlocker && blockers?.items.every((item2) => isPlaceholderText(item2.text))) {
    blockers.items = [{ text: "None", details: [], line: 0 }];
  }
}
function setProgress(document, percent, previous) {
  const status = document.header.find((f) => fieldFactOf(f.label) === "status");
  if (status) {
    const words = status.value.replace(/\s*\(\s*-?\d+(?:\.\d+)?\s*%\s*\)\s*$/, "");
    status.value = `${percent === 100 && /^in progress$/i.test(words) ? "Complete" : words} (${percent}%)`;
  }
  const change = previous === void 0 ? "" : pointsChange(
    percent - previous.percent,
    previous.since,
    (points) => String(Number(points.toFixed(2)))
  );
  setField(document, "progress", `${percent}% complete${change}`);
}
function remainingLeftOpen(document) {
  const field = document.elements.timeProgress?.fields.find((f) => fieldFactOf(f.label) === "remaining");
  return field === void 0 || isPlaceholderText(field.value);
}
function setField(document, fact, value) {
  document.elements.timeProgress ??= emptySection("Time and Progress");
  const section = document.elements.timeProgress;
  const field = section.fields.find((f) => fieldFactOf(f.label) === fact);
  if (field) field.value = value;
  else
    section.fields.push({ label: fact === "progress" ? "Progress" : "Estimated Remaining", value, line: 0 });
}
function addStateNote(document, note) {
  document.elements.currentState ??= emptySection("Current State");
  const section = document.elements.currentState;
  const same = sameItemText(note);
  section.paragraphs = [
    note,
    ...section.paragraphs.filter((p) => !isPlaceholderText(p) && sameItemText(p) !== same)
  ];
}

// src/app/session-start.ts
async function firstSessionStart(git, branch, taskStarted) {
  const fromDay = taskStarted !== void 0 && /^\d{4}-\d{2}-\d{2}$/.test(taskStarted) ? taskStarted : void 0;
  const others = await otherLines(git, branch);
  if (others === void 0) {
    return { ...fromDay ? { fromDay } : {}, excluded: [], besides: "", cutsSetup: fromDay !== void 0 };
  }
  return {
    ...fromDay ? { fromDay } : {},
    mainLine: others.mainLine,
    excluded: ["--not", ...others.args],
    besides: `, not on ${others.mainLine} nor on another remote branch`,
    cutsSetup: false
  };
}
function sinceDay(day) {
  return `--since=${day} 00:00:00 +0000`;
}
async function setupCommitCount(git, projectRoot, config, commits, input, fromDay) {
  const lead = startDayLead(commits, input, fromDay);
  if (lead.count === 0) return { count: 0, endedBy: "named" };
  const recorded = await firstCommitWithTaskActive(
    projectRoot,
    config,
    commits.slice(0, lead.count).map((commit) => commit.sha),
    input.taskId,
    git
  );
  const count = setupCommitsBefore(lead, recorded);
  return { count, endedBy: recorded === count ? "recorded" : "named" };
}

// src/app/draft.ts
var FALLBACK_COMMIT_COUNT = 50;
function planDraft(options) {
  return GitCommandManager.at(options.repoRoot, void 0, async (git) => {
    const plan = await planDraftWith(git, options);
    if (plan.draft.overBudget)
      plan.warnings.push({
        file: (options.shown ?? asInProject)(plan.path),
        message: `the draft has ${plan.draft.words} words, over the ${options.config.wordBudget}-word budget; a short handoff gets read, so trim it`,
        rule: "draft/over-budget"
      });
    return plan;
  });
}
async function planDraftWith(git, options) {
  const { repoRoot, config, taskId, now } = options;
  const shown = options.shown ?? asInProject;
  checkGivenInput({ ...options.input });
  checkDraftAnswers(options.input, options.inputPlaces);
  const statedHours = options.input?.timeSpent === void 0 ? void 0 : timeSpentHours(options.input.timeSpent);
  if (options.input?.remaining !== void 0) checkRemaining(options.input.remaining);
  const notes = options.preview ? [] : await finishInterruptedDrafts(repoRoot, config);
  const { registry } = await readRegistry(repoRoot, config);
  checkTaskId(config, taskId, registry);
  const named = options.agent ?? options.envAgent;
  if (named !== void 0) checkAgentName(named, registry);
  let found;
  try {
    found = findAgent(registry, config, taskId, options.agent, options.envAgent);
  } catch (error) {
    throw await inPackageInstead(error, repoRoot, config, taskId, shown);
  }
  const { agent, entry } = found;
  const registryPatch = {};
  if (!entry) {
    registryPatch.status = "in_progress";
    registryPatch.current_task = taskId;
    registryPatch.task_started = now.toISOString().slice(0, 10);
    notes.push(`Adding agent "${agent}" to the registry, working on ${taskId}.`);
  } else if (!entry.current_task) {
    registryPatch.current_task = taskId;
  }
  const stateOf = async (path2) => await git.hasCommits() ? git.uncommitted(path2) : "clean";
  const uncommitted = async (path2) => await stateOf(path2) !== "clean";
  const previous = await findPreviousHandoff(
    repoRoot,
    config,
    taskId,
    registry,
    agent,
    entry,
    notes,
    uncommitted
  );
  const previousState = previous?.path === void 0 ? "clean" : await stateOf(previous.path);
  const previousUncommitted = previousState !== "clean";
  const committedTemplate = previousState === "clean" && previous?.path !== void 0 && entry?.details_link === previous.path && holdsTemplateText(previous.document) && missingElements(previous.document, config.requiredElements).length > 0 && await lastCommitTouches(git, previous.path);
  if (previous && options.input && (previousState === "new" && holdsTemplateText(previous.document) || committedTemplate)) {
    const plan2 = planFill(
      config,
      previous,
      options.input,
      {
        agent,
        notes,
        registryPatch,
        committed: committedTemplate
      },
      shown,
      options.input.progress === void 0 ? void 0 : await progressBefore(repoRoot, config, taskId, previous.session),
      statedHours === void 0 ? void 0 : {
        hours: statedHours,
        earlier: await readEarlierSessions(repoRoot, config, taskId, previous.session ?? 1)
      },
      options.inputPlaces
    );
    const unread = [
      ...options.tests?.length ? ["--tests"] : [],
      ...options.coverage ? ["--coverage"] : [],
      ...options.from !== void 0 ? ["--from"] : [],
      ...options.to !== void 0 ? ["--to"] : []
    ];
    if (unread.length > 0) {
      plan2.warnings.push({
        file: shown(previous.path),
        message: `${unread.join(", ")} not read: filling in this session's uncommitted draft keeps the facts it was drafted with (commit it and draft the next session to read reports or another range)`,
        rule: "draft/fill-reports"
      });
    }
    return plan2;
  }
  let session = (previous?.session ?? 0) + 1;
  const isAnotherSession = anotherAgentsSessions(repoRoot, git, registry, taskId, agent);
  const passedOver = [];
  while (await isAnotherSession(handoffPath(config, taskId, session))) {
    passedOver.push(handoffPath(config, taskId, session));
    session++;
  }
  const path = handoffPath(config, taskId, session);
  const pathProblem = linkProblem(path, "handoff path");
  if (pathProblem) throw new InputError(pathProblem, {}, "config/handoff-path");
  const target = await resolveLink(repoRoot, path);
  if (!target.ok) throw new InputError(target.message, { file: path }, target.rule);
  if (target.exists) throw alreadyExists(path);
  registryPatch.details_link = path;
  if (previous?.path && previousUncommitted) {
    throw new InputError(
      "this handoff has changes that are not committed: commit it (the check reads commits, so that is what makes the task fresh), then draft the next session when it ends",
      { file: previous.path },
      "draft/previous-uncommitted"
    );
  }
  const tasks = activeTasks(registry, config);
  const range = await readSessionRange(git, options, previous?.path, entry?.task_started);
  const handoffFiles = handoffFilesByTask(tasks);
  const links = detailsLinks(registry);
  const nonWork = nonWorkPaths(config.handoffDir, config.registry, [...links, path], doneArchiveOf(config));
  const taskInput = {
    taskId,
    activeTaskIds: tasks.map((t) => t.taskId),
    handoffFiles,
    taskIds: taskIdRegExp(config),
    ...range.branch === void 0 ? {} : { branch: range.branch },
    ...range.afterHandoff === void 0 ? {} : { handoffPath: range.afterHandoff.path },
    nonWork
  };
  if (range.fromTaskStart) await leaveOutSetup(git, options.repoRoot, config, range, taskInput);
  if (options.from === void 0 && fallbackDecides(range.commits, taskInput)) {
    const push = { branch: range.branch, topLevel: await findRepoRoot(options.repoRoot) };
    const pushed = await nextPushCommits(git, push);
    if (pushed)
      taskInput.nextPush = outsideFolders(pushed, range.packages ?? []).filter((commit) => !commit.elsewhere);
  }
  const activeAtCommit = await tasksActiveAtCommitsIn(repoRoot, config, range.commits, registry, git);
  const taskRange = selectTaskRange(
    range.commits,
    activeAtCommit.size > 0 ? { ...taskInput, activeAtCommit } : taskInput
  );
  const commits = taskRange.work;
  const net = range.head ? await readNetChange(git, range, taskRange, nonWork) : void 0;
  const noise = net ? await readNoise(git, net.files, range.head) : void 0;
  const earlierSessions = await readEarlierSessions(repoRoot, config, taskId, session);
  const warnings = [];
  if (passedOver.length > 0) {
    const one = passedOver.length === 1;
    const them = one ? "it" : "them";
    const unsaved = await unsavedSessions(passedOver, stateOf, shown);
    warnings.push({
      file: passedOver.map(shown).join(", "),
      message: `${one ? "is another agent\u2019s newer session" : "are other agents\u2019 newer sessions"} of ${taskId}${unsaved}, and ${one ? "its" : "their"} open next steps and blockers are not carried over (this draft carries ${previous?.path ? `those of ${shown(previous.path)}` : "none: it has no earlier session to carry them from"}); read ${them} (\`handoff resume --task ${shellWord(taskId)}\`) and pass what still holds with --next and --blocker`,
      rule: "draft/newer-sessions"
    });
  }
  let tests;
  if (options.tests && options.tests.length > 0) {
    const before = previous && recordedTests(previous.document, documentFacts(previous.document).tests);
    const caseResults = needsCaseResults(before);
    const { readTestReports } = await reportReaders();
    const read = await readTestReports(options.tests, repoRoot, { caseResults });
    tests = read.summary;
    warnings.push(...warningsNamed(read.warnings, shown));
  }
  let coverage;
  if (options.coverage) {
    const { readCoverage } = await reportReaders();
    const read = await readCoverage(options.coverage, repoRoot);
    coverage = read.coverage;
    warnings.push(...warningsNamed(read.warnings, shown));
  }
  const asked = options.askAnswers ? await options.askAnswers() : void 0;
  const input = asked ? mergeDraftInputs(options.input ?? {}, asked) : options.input;
  if (asked) checkDraftAnswers(input, options.inputPlaces);
  const answers = input ? toDraftAnswers(input) : void 0;
  if (input?.note !== void 0) registryPatch.brief_note = input.note.trim();
  const status = entry?.status ?? registryPatch.status;
  const composed = composeDraft({
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
    merges: taskRange.merges,
    emptyCommits: taskRange.empty,
    ...net ? { net } : {},
    ...noise ? { noise } : {},
    ...options.churn ? { churn: true } : {},
    ...options.timeRule ? { timeRule: options.timeRule } : {},
    ...options.timeZone ? { timeZone: options.timeZone } : {},
    earlierSessions,
    ...statedHours === void 0 ? {} : { statedHours },
    ...tests ? { tests } : {},
    ...coverage ? { coverage } : {},
    sessionGapMs: parseDuration(config.sessionGap),
    wordBudget: config.wordBudget,
    ...answers ? { answers } : {}
  });
  const progressFrom = passedOver.length > 0 ? { ...composed, previousProgress: await progressBefore(repoRoot, config, taskId, session) } : composed;
  const draft = input ? applyDraftInput(progressFrom, input, config.wordBudget, options.inputPlaces) : composed;
  if (input) warnings.push(...noneBesideOpenItems(draft.document, input, shown(path)));
  warnings.push(...timeFieldWarnings(draft.document, shown(path)));
  const plan = {
    draft,
    mode: "new",
    agent,
    path,
    session,
    rangeNote: range.note,
    commitCount: commits.length,
    mergeCount: taskRange.merges.length,
    warnings,
    notes,
    registryPatch,
    toFillIn: missingElements(draft.document, config.requiredElements),
    // Those `--resolved` checked off are settled.
    maybeDone: composed.maybeDone.filter(
      (m) => openNextSteps(draft.document).some((step) => step.text === m.step)
    )
  };
  if (previous) plan.previousPath = previous.path;
  return plan;
}
function timeFieldWarnings(document, path) {
  return timeFieldsLeftOpen(document).map((field) => ({ file: path, ...TIME_FIELD_LEFT_OPEN[field] }));
}
var TIME_FIELD_LEFT_OPEN = {
  timeSpent: {
    message: "Time Spent is left to fill in (no commits to estimate it from): --time-spent states it, e.g. --time-spent 45m",
    rule: "draft/time-spent"
  },
  remaining: {
    message: "Estimated Remaining is left to fill in: --remaining states it, e.g. --remaining 3h (--progress 100 states 0 hours)",
    rule: "draft/remaining"
  }
};
function noneBesideOpenItems(document, input, path) {
  const lists = [
    {
      answers: input.blockers,
      open: openBlockers(document),
      flag: "--blocker",
      what: "blocker(s)",
      settled: "settled",
      rule: "draft/none-beside-blocker"
    },
    {
      answers: input.next,
      open: openNextSteps(document),
      flag: "--next",
      what: "next step(s)",
      settled: "done",
      rule: "draft/none-beside-step"
    }
  ];
  return lists.flatMap(({ answers, open: listed, flag, what, settled, rule }) => {
    if (!answers?.some(saysNothing)) return [];
    const given = new Set(answers.map(sameItemText));
    const open = listed.filter((item2) => !given.has(sameItemText(item2.text)));
    if (open.length === 0) return [];
    const first = open[0]?.text ?? "";
    return [
      {
        file: path,
        message: `${flag} None left out: ${open.length} ${what} are still open ("${first.slice(0, 80)}"${open.length > 1 ? ", \u2026" : ""}); if one is ${settled}, pass --resolved "<its words>"`,
        rule
      }
    ];
  });
}
async function lastCommitTouches(git, path) {
  const head = await git.headCommit();
  return head !== void 0 && (await git.lastTouchingCommits([path])).get(path) === head;
}
function planFill(config, previous, input, known, shown, previousProgress, stated, placeOf) {
  const filled = fillDraft(previous.document, input, config.wordBudget, previousProgress, stated, placeOf);
  const registryPatch = { details_link: previous.path };
  if (input.note !== void 0) registryPatch.brief_note = input.note.trim();
  return {
    draft: { ...filled, trimmed: [] },
    mode: "fill",
    agent: known.agent,
    path: previous.path,
    session: previous.session ?? 1,
    rangeNote: `the commits it listed when it was drafted (not read again)`,
    commitCount: documentFacts(filled.document).commitShas.length,
    mergeCount: 0,
    warnings: [
      ...noneBesideOpenItems(filled.document, input, shown(previous.path)),
      ...timeFieldWarnings(filled.document, shown(previous.path))
    ],
    notes: [
      ...known.notes,
      known.committed ? `Filled in ${shown(previous.path)}, committed with template text left (the check calls it incomplete): commit it again.` : `Filled in ${shown(previous.path)}, this session's draft, which was not committed yet.`
    ],
    registryPatch: { ...known.registryPatch, ...registryPatch },
    toFillIn: missingElements(filled.document, config.requiredElements),
    maybeDone: []
  };
}
async function writeDraft(repoRoot, config, plan) {
  const { current_task: task } = plan.registryPatch;
  const { registry } = await readRegistry(repoRoot, config);
  checkDraftInputs(config, typeof task === "string" ? task : void 0, plan.agent, registry);
  const [problem] = checkRegistry(
    serializeRegistry(withEntry(registry, plan.agent, plan.registryPatch)),
    config.registry,
    config.statuses
  ).problems;
  if (problem) {
    throw new InputError(
      `the draft would make the registry invalid, so nothing was written: ${problem.message}`,
      { file: config.registry },
      problem.rule
    );
  }
  if (plan.mode === "fill") {
    const target = await resolveLink(repoRoot, plan.path);
    if (!target.ok) throw new InputError(target.message, { file: plan.path }, target.rule);
    await writeTextAtomic(target.absPath, plan.draft.markdown, repoRoot);
    await updateRegistry(repoRoot, config, (registry2) => withEntry(registry2, plan.agent, plan.registryPatch));
    return;
  }
  await writeDocumentAndEntry(
    repoRoot,
    config,
    { path: plan.path, text: plan.draft.markdown },
    plan.agent,
    plan.registryPatch,
    async () => await writtenByAnotherDraft(repoRoot, config, plan.path) ? writtenMeanwhile(plan.path) : alreadyExists(plan.path)
  );
}
function writtenMeanwhile(path) {
  return new InputError(
    "another draft wrote this session while this one ran (two drafts of the task at once): nothing of this one was written; read that handoff (`handoff resume`), and draft again if this session has more to say",
    { file: path },
    "draft/written-meanwhile"
  );
}
function alreadyExists(path) {
  return new InputError(
    "the next handoff already exists but the registry does not link it (an interrupted draft, or one made by hand): keep it by pointing the agent's details_link at it, or delete it; then draft again",
    { file: path },
    "draft/exists"
  );
}
function anotherAgentsSessions(repoRoot, git, registry, taskId, agent) {
  const others = new Set(
    agentEntries(registry).filter(([name, entry]) => name !== agent && entry.current_task === taskId).map(([name]) => name)
  );
  return async (path) => {
    if (linkedBy(registry, path, agent) !== void 0) return true;
    if (others.size === 0) return false;
    const found = await resolveLink(repoRoot, path);
    if (!found.ok || !found.exists) return false;
    const writer = documentFacts(parseHandoff(await readUserText(found.absPath, path), path)).agent;
    if (writer === void 0 || !others.has(writer)) return false;
    return await git.hasCommits() && !await git.hasUncommittedChanges(path);
  };
}
async function unsavedSessions(passedOver, stateOf, shown) {
  const said = { new: "not committed yet", changed: "with changes not committed" };
  const unsaved = [];
  for (const path of passedOver) {
    const state = await stateOf(path);
    if (state !== "clean") unsaved.push({ path, state });
  }
  const first = unsaved[0];
  if (!first) return "";
  const why = "no draft continues from another agent\u2019s uncommitted draft";
  if (unsaved.length === passedOver.length && unsaved.every((u) => u.state === first.state))
    return `, ${said[first.state]} (${why})`;
  return ` (${unsaved.map((u) => `${shown(u.path)} ${said[u.state]}`).join(", ")}: ${why})`;
}
async function inPackageInstead(error, repoRoot, config, taskId, shown) {
  if (!(error instanceof InputError) || error.rule !== "registry/no-agent" || config.workspaces.length === 0)
    return error;
  const packages = await readEachPackage({ source: workingTreeSource(repoRoot), config }, { links: "none" });
  const holding = packages.flatMap(
    (read) => "workspace" in read && agentEntries(read.workspace.registry.registry).some(([, entry]) => heldTask(entry) === taskId) ? [read.folder] : []
  );
  if (holding.length === 0) return error;
  const commands2 = holding.map(
    (folder) => `\`handoff -C ${shellWord(shown(folder))} draft --task ${shellWord(taskId)}\``
  );
  return new InputError(
    `no agent in the root's registry has current_task ${taskId}; ${holding.join(", ")} ${holding.length === 1 ? "has" : "have"} it in ${holding.length === 1 ? "its" : "their"} own: draft it there, ${commands2.join(" or ")}, with the same answers`,
    error.location,
    error.rule
  );
}
function checkDraftInputs(config, taskId, agent, registry) {
  if (taskId !== void 0) checkTaskId(config, taskId, registry);
  if (agent !== void 0) checkAgentName(agent, registry);
}
function findAgent(registry, config, taskId, agentName, envAgent) {
  const entries = agentEntries(registry);
  const named = agentName ?? envAgent;
  if (named !== void 0) {
    const entry = entries.find(([name]) => name === named)?.[1];
    if (entry && typeof entry.current_task === "string" && entry.current_task !== "" && entry.current_task !== taskId) {
      const who = agentName === void 0 ? `$${AGENT_ENV} is "${named}", who` : `agent "${named}"`;
      const others = entries.filter(([, e]) => e.current_task === taskId).map(([name]) => name);
      const instead = agentName === void 0 && others.length > 0 ? ` or pass --agent ${others.join("|")}` : "";
      const on = config.activeStatuses.includes(entry.status) ? `is working on ${entry.current_task}` : `is ${entry.status} on ${entry.current_task}`;
      const meant = meantTask(taskId, entries) === entry.current_task ? entry.current_task : void 0;
      const switchTo = `switch it with \`handoff start --task ${shellWord(taskId)} --agent ${shellWord(named)}\` first`;
      throw new InputError(
        `${who} ${on}, not ${taskId}: ${meant === void 0 ? switchTo : `did you mean --task ${shellWord(meant)}? To take up ${taskId} instead, ${switchTo}`}${instead}`,
        { file: config.registry },
        "registry/agent-task"
      );
    }
    const names = othersActiveOn(registry, config, taskId, named);
    const slip = entry === void 0 ? slipOfAgentName(named, names) : void 0;
    const onPurpose = `run \`handoff start --task ${shellWord(taskId)} --agent ${shellWord(named)}\` first`;
    if (agentName === void 0 && entry?.current_task !== taskId && names.length > 0) {
      const join2 = slip === void 0 ? `, or --agent ${named} to join the task` : `; to add ${named} beside ${slip} on purpose, ${onPurpose}`;
      throw new InputError(
        `$${AGENT_ENV} is "${named}", who is not on ${taskId}; ${names.join(", ")} ${names.length === 1 ? "is" : "are"}: pass --agent ${names.join("|")}${join2}`,
        { file: config.registry },
        "registry/agent-task"
      );
    }
    if (slip !== void 0) {
      throw new InputError(
        `agent "${named}" is not in the registry, and ${slip} is on ${taskId}: did you mean --agent ${shellWord(slip)}? To add ${named} as another agent on ${taskId}, ${onPurpose}`,
        { file: config.registry },
        "registry/agent-slip"
      );
    }
    return entry ? { agent: named, entry } : { agent: named };
  }
  const onTask = entries.filter(([, e]) => e.current_task === taskId);
  const active = onTask.filter(([, e]) => config.activeStatuses.includes(e.status));
  const matching = onTask.length > 1 && active.length > 0 ? active : onTask;
  const [first] = matching;
  if (!first) {
    const meant = meantTask(taskId, entries);
    throw new InputError(
      `no agent in the registry has current_task ${taskId}; ${meant === void 0 ? "" : `did you mean --task ${shellWord(meant)}? Else `}pass --agent ${commandWord(AGENT_SLOT)}`,
      { file: config.registry },
      "registry/no-agent"
    );
  }
  if (matching.length > 1) {
    throw new InputError(
      `agents ${matching.map(([name]) => name).join(", ")} all have current_task ${taskId}; pass --agent ${matching.map(([name]) => name).join("|")} or set ${AGENT_ENV}`,
      { file: config.registry },
      "registry/ambiguous-agent"
    );
  }
  return { agent: first[0], entry: first[1] };
}
async function progressBefore(repoRoot, config, taskId, session) {
  if (session === void 0) return void 0;
  const before = (await listTaskHandoffs(repoRoot, config, taskId)).filter((h) => h.session < session).pop();
  if (!before) return void 0;
  try {
    const document = await readHandoffAt(repoRoot, before.path);
    const percent = document && documentFacts(document).progressPercent;
    return percent === void 0 ? void 0 : { percent, since: sinceSession(before.session) };
  } catch (error) {
    if (error instanceof InputError) return void 0;
    throw error;
  }
}
async function findPreviousHandoff(repoRoot, config, taskId, registry, agent, entry, notes, uncommitted) {
  const nameRegExp = handoffNameRegExp(config, taskId);
  const link = typeof entry?.details_link === "string" && entry.details_link !== "" ? entry.details_link : void 0;
  if (link && !await isOthersDraft(registry, agent, normalizeLink(link), uncommitted)) {
    const resolved = await resolveLink(repoRoot, link);
    if (!resolved.ok) {
      notes.push(`Ignoring details_link: ${resolved.message}.`);
    } else if (!resolved.exists) {
      notes.push(`Ignoring details_link: ${link} does not exist.`);
    } else {
      const document2 = parseHandoff(await readUserText(resolved.absPath, link), link);
      const fromName = nameRegExp.exec(basename(link))?.[1];
      const session = fromName !== void 0 ? Number(fromName) : document2.session;
      return { path: normalizeLink(link), document: document2, ...session !== void 0 ? { session } : {} };
    }
  }
  const best = await latestToContinue(repoRoot, config, taskId, registry, agent, uncommitted);
  if (!best) return void 0;
  const document = await readHandoffAt(repoRoot, best.path);
  return document && { path: best.path, document, session: best.session };
}
async function readHandoffAt(repoRoot, path) {
  const resolved = await resolveLink(repoRoot, path);
  if (!resolved.ok || !resolved.exists) return void 0;
  return parseHandoff(await readUserText(resolved.absPath, path), path);
}
async function readSessionRange(git, options, previousPath, taskStarted) {
  if (!options.from && !options.to && !await git.hasCommits()) {
    return { commits: [], note: "the repository has no commits yet" };
  }
  const toName = options.to ?? "HEAD";
  const fromAsked = options.from === void 0 ? void 0 : git.revParse(options.from);
  fromAsked?.catch(() => void 0);
  const to = await git.revParse(toName);
  const branch = options.to ? void 0 : await git.workBranch();
  const packages = await rootPackageFoldersAt(git, to, options.repoRoot, options.config.workspaces);
  const read = async (revisionArgs, base2, note, onFirstCommit) => {
    const log = await git.logRange(revisionArgs, {
      stats: true,
      ...onFirstCommit ? { onFirstCommit } : {}
    });
    const commits = outsideFolders(log, packages).filter((commit) => !commit.elsewhere);
    const range2 = { commits, note, head: to };
    if (packages.length > 0) range2.packages = packages;
    if (base2 !== void 0) range2.base = base2;
    if (branch !== void 0) range2.branch = branch;
    return range2;
  };
  if (options.from && fromAsked) {
    const from = await fromAsked;
    const range2 = await read([to, "--not", from], from, `${options.from}..${toName}`, () => {
      git.netDiff(from, to).catch(() => void 0);
    });
    if (range2.commits.length === 0 && from !== to && await git.commonAncestor([from, to]) === to)
      range2.note += `, which is empty: ${options.from} comes after ${toName} (swap --from and --to?)`;
    return range2;
  }
  const start = await firstSessionStart(git, branch, taskStarted);
  if (previousPath) {
    const touched = (await git.lastTouchingCommits([previousPath], to)).get(previousPath);
    if (touched) {
      const range2 = await read(
        [to, "--not", touched, ...start.excluded.slice(1)],
        touched,
        `after ${touched.slice(0, 7)}, the last commit touching ${(options.shown ?? asInProject)(previousPath)}${start.besides} (--from changes it)`
      );
      range2.afterHandoff = { path: previousPath, touch: touched };
      if (start.mainLine) range2.leavesOut = true;
      return range2;
    }
  }
  const range = start.fromDay ? await read(
    [sinceDay(start.fromDay), to, ...start.excluded],
    void 0,
    `since ${start.fromDay}, the task's task_started${start.besides} (--from changes it)`
  ) : await read(
    [`--max-count=${FALLBACK_COMMIT_COUNT}`, to, ...start.excluded],
    void 0,
    `the last ${FALLBACK_COMMIT_COUNT} commits${start.besides}: no earlier handoff commit or task_started to start from (--from changes it)`
  );
  const oldest = range.commits[0];
  const base = start.mainLine ? await git.mergeBase(start.mainLine, to) : oldest ? await git.firstParent(oldest.sha) : void 0;
  if (base !== void 0) range.base = base;
  if (start.mainLine) range.leavesOut = true;
  if (!oldest) delete range.head;
  if (start.cutsSetup && start.fromDay) range.fromTaskStart = start.fromDay;
  return range;
}
async function leaveOutSetup(git, projectRoot, config, range, input) {
  if (range.fromTaskStart === void 0) return;
  const setup = await setupCommitCount(git, projectRoot, config, range.commits, input, range.fromTaskStart);
  const first = range.commits[setup.count];
  if (setup.count === 0 || !first) return;
  range.commits = range.commits.slice(setup.count);
  const base = await git.firstParent(first.sha);
  if (base === void 0) delete range.base;
  else range.base = base;
  const earlier = setup.count === 1 ? "1 earlier commit" : `${setup.count} earlier commits`;
  const before = setup.endedBy === "recorded" ? `before the registry first had ${input.taskId} active` : `before the first naming ${input.taskId}`;
  range.note = `since ${range.fromTaskStart}, the task's task_started, from ${first.sha.slice(0, 7)}: ${earlier} of that day, ${before}, ${setup.count === 1 ? "is" : "are"} left out as setup (--from changes it)`;
}
async function readNetChange(git, range, taskRange, nonWork) {
  if (!range.head || range.commits.length === 0) return void 0;
  const isWorkPath = (path) => isWorkCommit({ files: [{ path }] }, nonWork);
  const packages = new Set(range.packages);
  const isRootWorkPath = (path) => isWorkPath(path) && !isInFolders(path, packages);
  let files = parseNetDiff(await git.netDiff(range.base, range.head)).filter(
    (f) => isRootWorkPath(f.path) || f.oldPath !== void 0 && isRootWorkPath(f.oldPath)
  );
  const base = range.base ?? EMPTY_TREE;
  if (taskRange.foreign > 0 || range.leavesOut) {
    const touched = new Set(taskRange.work.flatMap((c) => c.files.map((f) => f.path)));
    files = files.filter((f) => touched.has(f.path) || f.oldPath !== void 0 && touched.has(f.oldPath));
    return { base, head: range.head, files, taskFilesOnly: true };
  }
  return { base, head: range.head, files };
}
var EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
async function readNoise(git, files, rev) {
  const paths = files.map((f) => f.path);
  const attributes = parseLinguistAttributes(await git.linguistAttributes(paths, rev));
  const noise = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const kind = noiseKind(path, attributes.get(path));
    if (kind) noise.set(path, kind);
  }
  return noise;
}
async function readEarlierSessions(repoRoot, config, taskId, session) {
  const found = await listTaskHandoffs(repoRoot, config, taskId);
  const sessions = [];
  for (const { session: number, path } of found) {
    if (number >= session) continue;
    const entry = { session: number };
    try {
      const resolved = await resolveLink(repoRoot, path);
      if (resolved.ok && resolved.exists) {
        const hours = documentFacts(parseHandoff(await readUserText(resolved.absPath, path))).timeSpentHours;
        if (hours !== void 0) entry.hours = hours;
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
    }
    sessions.push(entry);
  }
  return sessions;
}
function reportReaders() {
  return import("./reports-OE57YBRR.js");
}

// src/app/status.ts
async function statusOf(linked, cache, shown) {
  switch (linked.kind) {
    case "none":
      return void 0;
    case "invalid-link":
      return { problem: `${linked.message} [${linked.rule}]` };
    case "missing":
      return { problem: `${shown(linked.path)} does not exist [link/missing]` };
    case "unreadable":
      return {
        problem: formatLocated(
          linked.error.message,
          { ...linked.error.location, file: shown(linked.error.location.file ?? linked.path) },
          linked.error.rule
        )
      };
    case "document":
      try {
        const summary = await cache.summarize(linked.contentId, linked.text, linked.path);
        return { facts: summary.facts, summary };
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        return {
          problem: formatLocated(
            error.message,
            { ...error.location, file: shown(error.location.file ?? linked.path) },
            error.rule
          )
        };
      }
  }
}
async function gatherStatus(repoRoot, now, {
  packages: withPackages = true,
  shown = asInProject,
  git,
  freshness = true
} = {}) {
  const cache = await DocumentCache.open(repoRoot);
  try {
    const source = workingTreeSource(repoRoot);
    const rootWorkspace = await readWorkspace(source, { links: "all", values: cache.values });
    const rootRead = await readHandoffs(rootWorkspace, cache, shown, "");
    const reads = [rootRead];
    const patterns = rootWorkspace.config.workspaces;
    const packages = [];
    if (withPackages && patterns.length > 0) {
      for (const read of await readEachPackage(
        { source, config: rootWorkspace.config },
        { links: "all", values: cache.values }
      )) {
        const { folder } = read;
        if ("error" in read) {
          if (!(read.error instanceof InputError)) throw read.error;
          packages.push({ folder, rows: [], file: "", exists: false, problem: formatInputError(read.error) });
        } else if (read.workspace.registry.exists) {
          const handoffs = await readHandoffs(
            read.workspace,
            cache,
            (path) => shown(pathFrom(folder, path)),
            folder
          );
          reads.push(handoffs);
          packages.push({ folder, read: handoffs, workspace: read.workspace });
        }
      }
    }
    await GitCommandManager.at(repoRoot, git, (reader) => addCommitTimes(reader, reads, now));
    const judged = freshness ? shown : void 0;
    const root = statusTable(rootWorkspace, rootRead, now, shown, judged);
    if (!withPackages || patterns.length === 0) return root;
    return {
      ...root,
      packages: packages.map(
        (pkg) => "read" in pkg ? {
          folder: pkg.folder,
          ...statusTable(
            pkg.workspace,
            pkg.read,
            now,
            (path) => shown(pathFrom(pkg.folder, path)),
            judged
          )
        } : pkg
      )
    };
  } finally {
    await cache.save();
  }
}
async function readHandoffs(workspace, cache, shown, folder) {
  const handoffs = /* @__PURE__ */ new Map();
  const paths = /* @__PURE__ */ new Map();
  const summaries = /* @__PURE__ */ new Map();
  for (const [agent, linked] of workspace.handoffs) {
    const status = await statusOf(linked, cache, shown);
    if (!status) continue;
    const { summary, ...handoff } = status;
    handoffs.set(agent, handoff);
    if (linked.kind === "document" && summary) {
      paths.set(agent, pathFrom(folder, linked.path));
      summaries.set(agent, summary);
    }
  }
  return {
    handoffs,
    paths,
    summaries,
    lastTouches: /* @__PURE__ */ new Map(),
    folder,
    maxAgeMs: parseDuration(workspace.config.freshness.maxAge)
  };
}
async function addCommitTimes(git, reads, now) {
  let since = Number.POSITIVE_INFINITY;
  const sought = /* @__PURE__ */ new Set();
  for (const { handoffs, paths, maxAgeMs } of reads) {
    for (const [agent, path] of paths) {
      const at = handoffUpdatedMs(handoffs.get(agent)?.facts?.date);
      const from = at !== void 0 && at <= now.getTime() ? at : Number.NEGATIVE_INFINITY;
      since = Math.min(since, Math.max(from, now.getTime() - maxAgeMs));
      sought.add(path);
    }
  }
  if (sought.size === 0) return;
  let touches;
  try {
    touches = await git.lastTouchesSince([...sought], Math.floor(since / 1e3));
  } catch (error) {
    if (await git.headCommit() !== void 0) throw error;
    return;
  }
  for (const { handoffs, paths, summaries, lastTouches, folder, maxAgeMs } of reads) {
    for (const [agent, path] of paths) {
      const seconds = touches.get(path);
      if (seconds === void 0) continue;
      const handoff = handoffs.get(agent);
      if (handoff) handoff.committedMs = seconds * 1e3;
      if (seconds * 1e3 >= now.getTime() - maxAgeMs && summaries.has(agent))
        lastTouches.set(folder === "" ? path : path.slice(folder.length + 1), seconds);
    }
  }
}
function freshnessByAgent(workspace, read, now, shown) {
  const { config } = workspace;
  const inWorkspace = (path) => shown(pathFrom(read.folder, path));
  const tasks = [];
  const unjudged = /* @__PURE__ */ new Set();
  for (const task of workspace.activeTasks) {
    const linked = workspace.handoffs.get(task.agent);
    if (linked?.kind === "unreadable" || linked?.kind === "document" && !read.summaries.has(task.agent)) {
      unjudged.add(task.agent);
      tasks.push({ task, link: { kind: "missing", detail: "" } });
      continue;
    }
    tasks.push({
      task,
      link: linkState(linked, read.summaries.get(task.agent), workspace.source, inWorkspace)
    });
  }
  const verdicts = /* @__PURE__ */ new Map();
  if (tasks.length === 0) return verdicts;
  const { verdicts: judged } = evaluateFreshness({
    config,
    tasks,
    ranges: [],
    nonWork: nonWorkPaths(
      config.handoffDir,
      config.registry,
      linksIn(registryEntries(workspace.registry)),
      doneArchiveOf(config)
    ),
    lastTouches: read.lastTouches,
    now,
    ...read.folder === "" ? {} : { folder: read.folder },
    shown
  });
  for (const verdict of judged) {
    if (unjudged.has(verdict.agent)) continue;
    if (read.folder !== "") {
      for (const problem of verdict.problems) problem.fix = onPackage(problem.fix, shown(read.folder));
    }
    verdicts.set(verdict.agent, verdict);
  }
  return verdicts;
}
function statusTable(workspace, read, now, shown, judgedShown) {
  const { registry, file, exists } = workspace.registry;
  const verdicts = judgedShown ? freshnessByAgent(workspace, read, now, judgedShown) : void 0;
  const rows = buildStatusRows(registry, workspace.config, read.handoffs, now, verdicts).map(
    (row) => row.detailsLink === void 0 ? row : { ...row, detailsLink: shown(row.detailsLink) }
  );
  return {
    rows,
    file: shown(file),
    exists,
    ...workspace.config.freshness.scope === "touched" ? { scope: "touched" } : {}
  };
}

// src/app/agent-session.ts
var REPORT_GLANCE = { files: 50, bytes: 4096 };
function testReportsAmong(paths, repoRoot) {
  const reports = /* @__PURE__ */ new Set();
  for (const path of paths.slice(0, REPORT_GLANCE.files)) {
    const head = regularFileBytes(join(repoRoot, path), REPORT_GLANCE.bytes, false);
    if (head !== void 0 && reportFormatOfContent(head.toString("utf8")) !== void 0) reports.add(path);
  }
  return reports;
}
async function changedPaths(git, projectRoot) {
  const top = await findRepoRoot(projectRoot);
  const folder = relative(top, projectRoot).split(sep).join("/");
  const prefix = folder === "" ? "" : `${folder}/`;
  const paths = [];
  const untracked = /* @__PURE__ */ new Set();
  for (const { code, path: fromTop } of await git.workingTreeChanges()) {
    const path = fromTop.startsWith(prefix) ? fromTop.slice(prefix.length) : fromTop;
    paths.push(path);
    if (code === "??") untracked.add(path);
  }
  return { paths, untracked };
}
function gatherSessionFacts(repoRoot, config, agent, options = {}) {
  return GitCommandManager.at(
    repoRoot,
    options.git,
    (git) => gatherSessionFactsWith(git, repoRoot, config, agent, options)
  );
}
async function gatherSessionFactsWith(git, repoRoot, config, agent, options) {
  const { registry } = await readRegistry(repoRoot, config);
  const facts = {
    agent,
    workCommits: 0,
    uncommitted: [],
    maxCommitsBehind: config.freshness.maxCommitsBehind
  };
  const entry = Object.hasOwn(registry, agent) ? registry[agent] : void 0;
  const taskId = entry ? heldTask(entry) : "";
  if (!entry || taskId === "") return facts;
  const active = isActiveStatus(entry, config);
  facts.task = { taskId, status: entry.status, active };
  if (!active) return facts;
  const links = detailsLinks(registry);
  const nonWork = nonWorkPaths(config.handoffDir, config.registry, links, doneArchiveOf(config));
  const hasCommits = git.hasCommits();
  hasCommits.catch(() => void 0);
  const inProgressing = git.operationInProgress().catch(() => void 0);
  const onDisk = await rootPackageFolders(workingTreeSource(repoRoot), repoRoot, config.workspaces);
  const packages = config.workspaces.length > 0 && await hasCommits ? await rootPackageFoldersAt(git, "HEAD", repoRoot, config.workspaces) : onDisk;
  const inPackages = /* @__PURE__ */ new Set([...onDisk, ...packages]);
  const { paths, untracked } = await changedPaths(git, repoRoot);
  const changed = paths.filter((path) => !isInFolders(path, inPackages));
  const setupFiles = /* @__PURE__ */ new Set([
    ...Object.values(TOOL_SETTINGS_FILE),
    ...Object.values(INSTRUCTIONS_FILE)
  ]);
  const reports = testReportsAmong([...untracked], repoRoot);
  facts.uncommitted = changed.filter(
    (path) => !setupFiles.has(path) && !reports.has(path) && isWorkCommit({ files: [{ path }] }, nonWork)
  );
  const untrackedWork = facts.uncommitted.filter((path) => untracked.has(path));
  if (untrackedWork.length > 0) facts.untracked = untrackedWork;
  const inProgress = await inProgressing;
  if (inProgress) facts.inProgress = inProgress;
  let link = typeof entry.details_link === "string" && entry.details_link !== "" ? entry.details_link : void 0;
  if (link && await isOthersDraft(registry, agent, normalizeLink(link), (p) => changed.includes(p))) {
    facts.othersDraft = { path: link, agent: linkedBy(registry, normalizeLink(link), agent) };
    link = void 0;
  }
  let lastTouch;
  let lastTouchOf;
  let walked;
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
        handoff.answersOpen = answersLeftOpen(document, handoff.missing);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        handoff.problem = `${link} cannot be read: ${error.message}`;
      }
    }
    facts.handoff = handoff;
    if (handoff.exists && await hasCommits) {
      const sessions = options.fromTaskLatest ? (await listTaskHandoffs(repoRoot, config, taskId)).map((s) => s.path).reverse() : [];
      const paths2 = [.../* @__PURE__ */ new Set([path, ...sessions])];
      walked = paths2.some((p) => untracked.has(p)) ? void 0 : await git.touchesAndCommitsAfter(paths2, "HEAD", { stats: true }).catch(() => void 0);
      const touches = walked?.touches ?? await git.lastTouchingCommits(paths2);
      const newest = sessions.find((session) => touches.has(session));
      lastTouchOf = newest && touches.has(newest) ? newest : path;
      lastTouch = touches.get(lastTouchOf);
    }
  }
  if (!link) {
    const latest = await latestToContinue(
      repoRoot,
      config,
      taskId,
      registry,
      agent,
      (p) => changed.includes(p)
    );
    if (latest && await hasCommits) {
      lastTouchOf = latest.path;
      lastTouch = (await git.lastTouchingCommits([latest.path])).get(latest.path);
    }
  }
  if (!await hasCommits) return facts;
  if (!facts.handoff?.exists) {
    facts.activeAsCommitted = !changed.includes(normalizeLink(config.registry)) || await firstCommitWithTaskActive(repoRoot, config, ["HEAD"], taskId, git) === 0;
  }
  if (lastTouch) facts.countedAfter = lastTouch;
  const started = typeof entry.task_started === "string" ? entry.task_started.slice(0, 10) : void 0;
  const branch = await git.workBranch();
  const start = await firstSessionStart(git, branch, started);
  const range = lastTouch ? ["HEAD", "--not", lastTouch, ...start.excluded.slice(1)] : start.fromDay ? [sinceDay(start.fromDay), "HEAD", ...start.excluded] : void 0;
  if (range) {
    const tasks = activeTasks(registry, config);
    const inView = (read) => outsideFolders(read, packages).filter((commit) => !commit.elsewhere);
    let commits = inView(
      walked && lastTouch && start.excluded.length === 0 ? commitsAfterTouch(walked, lastTouch) : await git.logRange(range, { stats: true })
    );
    const input = {
      taskId,
      activeTaskIds: tasks.map((t) => t.taskId),
      handoffFiles: handoffFilesByTask(tasks),
      taskIds: taskIdRegExp(config),
      ...branch === void 0 ? {} : { branch },
      // Work an update of that handoff on another line covers (merged or cherry-picked in) is not
      // this session's, as the check and `resume` judge it (`behindInRange`).
      ...lastTouch && lastTouchOf !== void 0 ? { handoffPath: lastTouchOf } : {},
      nonWork
    };
    if (!lastTouch && start.cutsSetup && start.fromDay)
      commits = commits.slice(
        (await setupCommitCount(git, repoRoot, config, commits, input, start.fromDay)).count
      );
    if (fallbackDecides(commits, input)) {
      const pushed = await nextPushCommits(git, { branch, topLevel: await findRepoRoot(repoRoot) });
      if (pushed) input.nextPush = inView(pushed);
    }
    const activeAtCommit = await tasksActiveAtCommitsIn(repoRoot, config, commits, registry, git);
    const counted = activeAtCommit.size > 0 ? { ...input, activeAtCommit } : input;
    facts.workCommits = selectTaskCommits(commits, counted).length;
    facts.namedWorkCommits = selectTaskCommits(commits, counted, { namedOnly: true }).length;
  }
  return facts;
}
async function judgeAgentSession(repoRoot, config, agent, program, shownFrom = "", git) {
  return judgeSession(
    sessionFactsFrom(await gatherSessionFacts(repoRoot, config, agent, git ? { git } : {}), shownFrom),
    program
  );
}
async function runPrime(options) {
  const { repoRoot, agent, program, now } = options;
  const paths = pathsInFolder(options.shownFrom ?? "");
  const git = GitCommandManager.create(repoRoot, { workingTreeUnchanged: true });
  const hookNoting = findRepoRoot(repoRoot).then((top) => huskyHookNote(git, top)).catch(() => void 0);
  const teamReading = primeTeam(options, git, paths);
  const checking = runCheck({ repoRoot, now, git, shown: paths }).then(
    (result) => ({ stale: result.verdicts.filter((v) => !v.fresh), checkNote: void 0 }),
    (error) => {
      if (!(error instanceof InputError)) throw error;
      return { stale: [], checkNote: `could not run: ${error.message}` };
    }
  );
  try {
    await Promise.allSettled([hookNoting, teamReading, checking]);
  } finally {
    git.close();
  }
  const hookNote = await hookNoting;
  const team = await teamReading;
  const checked = await checking;
  const { rows, row, own, session } = team;
  const { stale, checkNote } = checked;
  return buildPrime({
    ...agent === void 0 ? {} : { agent },
    ...own ? { own } : {},
    ...row?.task ? { ownTask: { taskId: row.task, status: row.status, active: row.active } } : {},
    ...session ? { session } : {},
    team: rows,
    stale,
    ...checkNote ? { checkNote } : {},
    ...hookNote ? { hookNote } : {},
    program,
    ...options.shown ? { shown: options.shown } : {},
    now
  });
}
async function primeTeam(options, git, paths) {
  const { repoRoot, config, agent, program, now } = options;
  const { rows } = await gatherStatus(repoRoot, now, { packages: false, git, freshness: false });
  const row = agent === void 0 ? void 0 : rows.find((r) => r.agent === agent);
  if (agent === void 0 || !row?.task) return { rows, row };
  const [resumed, session] = await Promise.all([
    runResume({ repoRoot, config, agent, now, git, shown: paths }),
    judgeAgentSession(repoRoot, config, agent, program, options.shownFrom, git)
  ]);
  return { rows, row, own: resumed.briefs[0], session };
}
async function draftBeforeCompaction(repoRoot, config, agent, now, shownFrom = "") {
  const facts = sessionFactsFrom(await gatherSessionFacts(repoRoot, config, agent), shownFrom);
  const verdict = judgeSession(facts);
  if (!facts.task || !verdict.stale) return { skipped: verdict.reason };
  if (facts.handoff?.changed) return { skipped: `${facts.handoff.path} was already written this session.` };
  const shown = pathsInFolder(shownFrom);
  const plan = await planDraft({ repoRoot, config, taskId: facts.task.taskId, agent, now, shown });
  await writeDraft(repoRoot, config, plan);
  const newer = plan.warnings.find((warning) => warning.rule === "draft/newer-sessions");
  return {
    drafted: {
      path: shown(plan.path),
      toFillIn: plan.toFillIn,
      ...newer ? { passedOver: `${newer.file} ${newer.message}` } : {}
    }
  };
}

export {
  answersLeftOpen,
  planDraft,
  writeDraft,
  gatherStatus,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime,
  draftBeforeCompaction
};

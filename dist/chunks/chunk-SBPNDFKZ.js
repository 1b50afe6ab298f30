#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  escapeMarkdownText,
  nonWorkPaths,
  readTestReports,
  selectTaskCommits
} from "./chunk-BLZWDV7I.js";
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
  resolveLink
} from "./chunk-CU4RMRRF.js";
import {
  parseHandoff
} from "./chunk-HLJVNJZQ.js";
import {
  normalizeLink,
  taskIdRegExp
} from "./chunk-HEUJEM7B.js";
import {
  InputError,
  formatLocated
} from "./chunk-AVNUWBDK.js";
import {
  documentFacts,
  openBlockers,
  openNextSteps
} from "./chunk-YGKEW4RE.js";
import {
  isPlaceholderText
} from "./chunk-RNIJDUBG.js";
import {
  normaliseLabel
} from "./chunk-LDRPVFWU.js";

// src/core/markdown-escape.ts
var MENTION_BREAK = "\u2060";
function neutraliseMentions(text) {
  return text.replace(/(^|[^\p{L}\p{N}_])@(?=[\p{L}\p{N}])/gu, `$1@${MENTION_BREAK}`);
}
function escapeUserText(text) {
  return neutraliseMentions(escapeMarkdownText(text));
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
    working: capped([]),
    broken: capped([]),
    blockers: capped([]),
    nextSteps: capped([]),
    decisions: capped([]),
    time: {}
  };
  if (input.briefNote) brief.briefNote = input.briefNote;
  const doc = input.handoff?.document;
  let facts;
  if (input.handoff) {
    brief.handoff = { path: input.handoff.path };
    if (input.handoff.problem) brief.handoff.problem = input.handoff.problem;
  }
  if (doc && brief.handoff) {
    facts = documentFacts(doc);
    if (facts.date) {
      brief.handoff.date = facts.date;
      const age = Math.floor((input.now.getTime() - Date.parse(facts.date)) / 864e5);
      if (Number.isFinite(age)) brief.handoff.ageDays = Math.max(0, age);
    }
    if (doc.session !== void 0) brief.handoff.session = doc.session;
    if (facts.statusText) brief.statusText = facts.statusText;
    if (facts.progressPercent !== void 0) brief.progressPercent = facts.progressPercent;
    const state = stateOf(doc.elements.currentState);
    brief.working = capped(state.working);
    brief.broken = capped(state.broken);
    brief.blockers = capped(
      openBlockers(doc).map((item) => ({
        text: item.text,
        details: item.details.filter((d) => !isPlaceholderText(d)).slice(0, BLOCKER_DETAIL_CAP)
      }))
    );
    brief.nextSteps = capped(openNextSteps(doc).map((item) => item.text));
    brief.decisions = capped(realTexts(doc.elements.decisions));
    if (facts.timeSpentHours !== void 0) brief.time.spentHours = facts.timeSpentHours;
    if (facts.estimatedRemainingHours !== void 0)
      brief.time.remainingHours = facts.estimatedRemainingHours;
  }
  if (input.commitsSince) {
    brief.since = {
      total: input.commitsSince.length,
      // Newest first: what the next session most likely needs to look at.
      commits: capped(
        [...input.commitsSince].reverse().map((c) => ({ sha: c.sha.slice(0, 7), subject: c.subject })),
        RESUME_COMMIT_CAP
      )
    };
    if (input.sinceBasis) brief.since.basis = input.sinceBasis;
  }
  const tests = testsComparison(facts?.tests, input.testsNow);
  if (tests) brief.tests = tests;
  return brief;
}
function testsComparison(claimed, now) {
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
    result.failingNow = capped(now.failures.map((f) => f.name));
    result.failingNow.more = Math.max(
      result.failingNow.more,
      nowCounts.failed - result.failingNow.items.length
    );
  }
  if (claimed && nowCounts) {
    const same = claimed.passed === nowCounts.passed && claimed.failed === nowCounts.failed;
    result.note = `handoff claims ${counts(claimed)}; reports now show ${counts(nowCounts)}${same ? " (matches)" : ""}`;
  } else if (claimed) {
    result.note = `handoff claims ${counts(claimed)} (pass --tests to compare with reports now)`;
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
  const working = [];
  const broken = [];
  if (!section) return { working, broken };
  const parts = [
    { label: "", part: section },
    ...section.subsections.map((s) => ({ label: s.label, part: s }))
  ];
  for (const { label, part } of parts) {
    const brokenGroup = /broken|not working|doesn't work|failing/.test(normaliseLabel(label));
    for (const text of part.paragraphs)
      if (!isPlaceholderText(text)) (brokenGroup ? broken : working).push(text);
    for (const item of part.items) {
      if (isPlaceholderText(item.text)) continue;
      const isBroken = item.mark === "broken" || item.mark !== "working" && brokenGroup;
      (isBroken ? broken : working).push(item.text);
    }
  }
  return { working, broken };
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
  const state = sameStatus ? stated : [brief.status, stated].filter((s) => s !== void 0).join(", ");
  return `${brief.taskId} \u2014 ${brief.agent} (${state})`;
}
function handoffLine(brief) {
  const handoff = brief.handoff;
  if (!handoff) return "no handoff linked yet";
  if (handoff.problem) return `${handoff.path}: ${handoff.problem}`;
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
  if (brief.time.spentHours !== void 0) parts.push(`${brief.time.spentHours} h spent`);
  if (brief.time.remainingHours !== void 0) parts.push(`${brief.time.remainingHours} h remaining`);
  return parts.length > 0 ? parts.join(", ") : void 0;
}
function sinceText(brief) {
  const since = brief.since;
  if (!since) return void 0;
  const basis = since.basis ? ` (${since.basis})` : "";
  if (since.total === 0) return `no work commits since the handoff${basis}`;
  return `${since.total} ${since.total === 1 ? "commit" : "commits"} since the handoff, not covered by it${basis}`;
}
function renderResumeText(brief) {
  const lines = [headline(brief), `Handoff: ${handoffLine(brief)}`];
  if (brief.briefNote) lines.push(`Note: ${brief.briefNote}`);
  const list = (title, list2, bullet) => {
    if (list2.items.length === 0) return;
    lines.push(`${title}:`);
    for (const [i, text] of list2.items.entries()) lines.push(`  ${bullet(i)} ${text}`);
    if (list2.more > 0) lines.push(`  \u2026and ${list2.more} more`);
  };
  list("Working", brief.working, () => "\u2705");
  list("Broken", brief.broken, () => "\u274C");
  if (brief.blockers.items.length > 0) {
    lines.push("Blockers:");
    for (const blocker of brief.blockers.items) {
      lines.push(`  - ${blocker.text}`);
      for (const detail of blocker.details) lines.push(`      ${detail}`);
    }
    if (brief.blockers.more > 0) lines.push(`  \u2026and ${brief.blockers.more} more`);
  }
  list("Next steps", brief.nextSteps, (i) => `${i + 1}.`);
  list("Decisions", brief.decisions, () => "-");
  const time = timeText(brief);
  if (time) lines.push(`Progress: ${time}`);
  const since = sinceText(brief);
  if (since) {
    lines.push(`Since: ${since}`);
    for (const commit of brief.since?.commits.items ?? []) lines.push(`  ${commit.sha} ${commit.subject}`);
    if (brief.since && brief.since.commits.more > 0) lines.push(`  \u2026and ${brief.since.commits.more} more`);
  }
  if (brief.tests) {
    lines.push(`Tests: ${brief.tests.note}`);
    for (const name of brief.tests.failingNow?.items ?? []) lines.push(`  \u274C ${name}`);
    if (brief.tests.failingNow && brief.tests.failingNow.more > 0) {
      lines.push(`  \u2026and ${brief.tests.failingNow.more} more failing`);
    }
  }
  return `${lines.join("\n")}
`;
}
function renderResumeMarkdown(brief) {
  const e = escapeUserText;
  const blocks = [`#### ${e(headline(brief)).replace(/#/g, "\\#")}`];
  const facts = [`**Handoff:** ${e(handoffLine(brief))}`];
  if (brief.briefNote) facts.push(`**Note:** ${e(brief.briefNote)}`);
  const time = timeText(brief);
  if (time) facts.push(`**Progress:** ${e(time)}`);
  if (brief.tests) facts.push(`**Tests:** ${e(brief.tests.note)}`);
  blocks.push(facts.join("  \n"));
  const list = (title, list2, prefix) => {
    if (list2.items.length === 0) return;
    const lines = list2.items.map((text) => `- ${prefix}${e(text)}`);
    if (list2.more > 0) lines.push(`- \u2026and ${list2.more} more`);
    blocks.push(`**${title}:**

${lines.join("\n")}`);
  };
  list("Working", brief.working, "\u2705 ");
  list("Broken", brief.broken, "\u274C ");
  if (brief.blockers.items.length > 0) {
    const lines = brief.blockers.items.flatMap((b) => [
      `- ${e(b.text)}`,
      ...b.details.map((d) => `  - ${e(d)}`)
    ]);
    if (brief.blockers.more > 0) lines.push(`- \u2026and ${brief.blockers.more} more`);
    blocks.push(`**Blockers:**

${lines.join("\n")}`);
  }
  list("Next steps", brief.nextSteps, "[ ] ");
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
  return `${blocks.join("\n\n")}
`;
}
function renderResumeJson(briefs) {
  return `${JSON.stringify({ tasks: briefs }, null, 2)}
`;
}

// src/app/resume.ts
async function runResume(options) {
  const { repoRoot, config, now } = options;
  const { registry } = await readRegistry(repoRoot, config);
  const active = activeTasks(registry, config);
  const wanted = options.taskIds ? new Set(options.taskIds) : void 0;
  const selected = selectTasks(options, active, agentEntries(registry)).filter(
    (t) => !wanted || wanted.has(t.taskId)
  );
  if (selected.length === 0) {
    return { briefs: [], warnings: [], note: "No active tasks: nothing to resume." };
  }
  const warnings = [];
  let testsNow;
  if (options.tests && options.tests.length > 0) {
    const read = await readTestReports(options.tests, repoRoot);
    testsNow = read.summary;
    warnings.push(...read.warnings);
  }
  const git = GitCommandManager.create(repoRoot);
  const hasCommits = await git.hasCommits();
  const branch = hasCommits ? await git.currentBranch() : void 0;
  const handoffFiles = handoffFilesByTask(active);
  const links = detailsLinks(registry);
  const nonWork = nonWorkPaths(config.handoffDir, config.registry, links);
  const handoffs = /* @__PURE__ */ new Map();
  for (const task of selected)
    if (task.detailsLink) handoffs.set(task, await readHandoff(repoRoot, task.detailsLink));
  const readable = [...handoffs].filter(([, h]) => h.document).map(([t]) => normalizeLink(t.detailsLink));
  const lastTouch = hasCommits ? await git.lastTouchingCommits(readable) : /* @__PURE__ */ new Map();
  const commitsAfter = /* @__PURE__ */ new Map();
  const since = (sha) => {
    let commits = commitsAfter.get(sha);
    if (!commits) {
      commits = git.logRange(["HEAD", "--not", sha], { stats: false });
      commitsAfter.set(sha, commits);
    }
    return commits;
  };
  const briefs = [];
  for (const task of selected) {
    const entry = registry[task.agent];
    const input = { taskId: task.taskId, agent: task.agent, status: task.status, now };
    if (typeof entry?.brief_note === "string" && entry.brief_note !== "") input.briefNote = entry.brief_note;
    if (testsNow) input.testsNow = testsNow;
    const handoff = handoffs.get(task);
    if (handoff && task.detailsLink) {
      input.handoff = handoff;
      const touched = handoff.document ? lastTouch.get(normalizeLink(task.detailsLink)) : void 0;
      if (touched) {
        input.commitsSince = selectTaskCommits(await since(touched), {
          taskId: task.taskId,
          activeTaskIds: active.map((t) => t.taskId),
          handoffFiles,
          taskIds: taskIdRegExp(config),
          ...branch === void 0 ? {} : { branch },
          nonWork
        });
        input.sinceBasis = `after ${touched.slice(0, 7)}, its last commit`;
      }
    }
    briefs.push(buildResume(input));
  }
  return { briefs, warnings };
}
function selectTasks(options, active, entries) {
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
        found ? `agent "${options.agent}" has no current task` : `no agent "${options.agent}" in the registry`,
        {},
        "registry/no-agent"
      );
    }
    if (options.taskId !== void 0 && task.taskId !== options.taskId) {
      throw new InputError(
        `agent "${options.agent}" is working on ${task.taskId}, not ${options.taskId}`,
        {},
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
      throw new InputError(
        `no agent in the registry has current_task ${options.taskId}`,
        {},
        "registry/no-task"
      );
    }
    return any;
  }
  return active;
}
async function readHandoff(repoRoot, link) {
  const resolved = await resolveLink(repoRoot, link);
  if (!resolved.ok) return { path: link, problem: `${resolved.message} [${resolved.rule}]` };
  if (!resolved.exists) return { path: link, problem: "the file does not exist [link/missing]" };
  try {
    return { path: link, document: parseHandoff(await readUserText(resolved.absPath, link)) };
  } catch (error) {
    if (error instanceof InputError) {
      return {
        path: link,
        problem: formatLocated(error.message, { ...error.location, file: void 0 }, error.rule)
      };
    }
    throw error;
  }
}

export {
  escapeUserText,
  renderResumeText,
  renderResumeMarkdown,
  renderResumeJson,
  runResume
};

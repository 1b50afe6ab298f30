#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  attributeRanges,
  behindInRange,
  doneBy,
  driftCandidates,
  driftOf,
  escapeMarkdownText,
  existingPaths,
  formatTestDeltas,
  nonWorkPaths,
  possiblyResolvedBy,
  recordedTests,
  redactSecrets,
  testDeltas
} from "./chunk-27D75YPC.js";
import {
  parseHandoff
} from "./chunk-QF7OQG64.js";
import {
  allFields,
  documentFacts,
  hoursIn,
  isPlaceholderText,
  normaliseLabel,
  openBlockers,
  openNextSteps
} from "./chunk-YP6ORBIK.js";
import {
  GitCommandManager
} from "./chunk-K2JIZ62M.js";
import {
  listTaskHandoffs
} from "./chunk-QDYUYNQG.js";
import {
  documentText,
  readLinkedHandoffs,
  readWorkspace,
  revisionSource,
  workingTreeSource
} from "./chunk-IY7MKFWO.js";
import {
  agentEntries,
  detailsLinks,
  handoffFilesByTask
} from "./chunk-LELWGRLU.js";
import {
  normalizeLink
} from "./chunk-XABYDO6B.js";
import {
  InputError,
  formatLocated
} from "./chunk-7XVGDBHD.js";

// src/core/markdown-escape.ts
var REFERENCE_BREAK = "\u2060";
function neutraliseReferences(text) {
  return text.replace(/@(?=[\p{L}\p{N}_])/gu, `@${REFERENCE_BREAK}`).replace(new RegExp("#(?=\\p{N})", "gu"), `#${REFERENCE_BREAK}`).replace(new RegExp("\\b(GH-)(?=\\p{N})", "giu"), `$1${REFERENCE_BREAK}`);
}
function escapeUserText(text) {
  return neutraliseReferences(escapeMarkdownText(text));
}
function escapeHtmlText(text) {
  return neutraliseReferences(text.replace(/\s+/g, " ")).replace(
    /[&<>"'[\]()*_`~:\\|]/g,
    // Hexadecimal: `&#x5B;` has no `#` followed by a digit, even to a reader of the raw text.
    (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`
  );
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
  const withTests = points.some((p) => p.passed !== void 0 || p.failed !== void 0);
  return withTests ? "Upper line: tests passing; lower line: tests failing (as each handoff recorded them). Labels: session, date, hours." : "Bars: hours per session (as each handoff recorded them).";
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
    time: {},
    sessions: [...input.sessions ?? []].sort((a, b) => a.session - b.session),
    drift: capped([...input.drift ?? []], RESUME_DRIFT_CAP)
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
        const done = doneBy(item, since);
        return done ? `${item.text} (done in ${done.sha.slice(0, 7)}?)` : item.text;
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
  }
  const tests = testsComparison(facts?.tests, input.testsNow);
  if (tests) {
    if (doc && facts?.tests && input.testsNow) {
      const deltas = testDeltas(recordedTests(doc, facts.tests), input.testsNow);
      const changes = deltas && formatTestDeltas(deltas);
      if (changes) tests.changes = redactSecrets(changes);
    }
    brief.tests = tests;
  }
  const coverage = coverageComparison(facts?.coveragePercent, input.coverageNow);
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
function coverageComparison(claimed, now) {
  if (claimed === void 0 && !now) return void 0;
  const result = { note: "" };
  if (claimed !== void 0) result.claimed = claimed;
  if (now) result.now = now.linesPercent;
  if (claimed !== void 0 && now) {
    const delta = Math.round((now.linesPercent - claimed) * 10) / 10;
    const change = delta === 0 ? "unchanged" : `${delta > 0 ? "+" : "\u2212"}${Math.abs(delta).toFixed(1)} points`;
    result.note = `handoff claims ${claimed.toFixed(1)}% of lines; reports now show ${now.linesPercent.toFixed(1)}% (${change})`;
  } else if (claimed !== void 0) {
    result.note = `handoff claims ${claimed.toFixed(1)}% of lines (pass --coverage to compare)`;
  } else if (now) {
    result.note = `reports now show ${now.linesPercent.toFixed(1)}% of lines; the handoff states no coverage`;
  }
  return result;
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
    result.failingNow = capped(now.failures.map((f) => redactSecrets(f.name)));
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
  for (const { label: label2, part } of parts) {
    const brokenGroup = /broken|not working|doesn't work|failing/.test(normaliseLabel(label2));
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
      if (blocker.possiblyResolvedBy) lines.push(`      possibly resolved by ${blocker.possiblyResolvedBy}`);
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
  const oneLine = text.replace(/\s+/g, " ");
  const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${oneLine.startsWith("`") || oneLine.endsWith("`") ? ` ${oneLine} ` : oneLine}${fence}`;
}

// src/app/resume.ts
async function runResume(options) {
  const git = GitCommandManager.create(options.repoRoot);
  try {
    return await resumeWith(git, options);
  } finally {
    git.close();
  }
}
async function resumeWith(git, options) {
  const { repoRoot, config, now } = options;
  const source = options.at === void 0 ? workingTreeSource(repoRoot) : revisionSource(git, options.at);
  const head = options.at === void 0 ? Promise.all([git.hasCommits(), git.currentBranch()]) : Promise.resolve([true, void 0]);
  head.catch(() => void 0);
  const workspace = await readWorkspace(source, { config: { config }, links: "none" });
  const registry = workspace.registry.registry;
  const active = workspace.activeTasks;
  const wanted = options.taskIds ? new Set(options.taskIds) : void 0;
  const selected = selectTasks(options, active, agentEntries(registry)).filter(
    (t) => !wanted || wanted.has(t.taskId)
  );
  if (selected.length === 0) {
    return { briefs: [], warnings: [], note: "No active tasks: nothing to resume." };
  }
  const warnings = [];
  let testsNow;
  const reports = options.tests?.length || options.coverage ? await import("./reports-OVCJ2CSY.js") : void 0;
  if (reports && options.tests && options.tests.length > 0) {
    const read = await reports.readTestReports(options.tests, repoRoot);
    testsNow = read.summary;
    warnings.push(...read.warnings);
  }
  let coverageNow;
  if (reports && options.coverage) {
    const read = await reports.readCoverage(options.coverage, repoRoot);
    coverageNow = read.coverage;
    warnings.push(...read.warnings);
  }
  const rev = options.at ?? "HEAD";
  const [hasCommits, currentBranch] = await head;
  const branch = hasCommits ? currentBranch : void 0;
  const activeIds = [...new Set([...active, ...selected].map((t) => t.taskId))];
  const handoffFiles = handoffFilesByTask([...active, ...selected]);
  const links = detailsLinks(registry);
  const nonWork = nonWorkPaths(config.handoffDir, config.registry, links);
  const selectedLinks = selected.flatMap((t) => t.detailsLink === void 0 ? [] : [t.detailsLink]);
  const linkedHandoffs = await readLinkedHandoffs(source, [...new Set(selectedLinks)]);
  const handoffs = /* @__PURE__ */ new Map();
  for (const task of selected) {
    const linked = task.detailsLink === void 0 ? void 0 : linkedHandoffs.get(task.detailsLink);
    if (task.detailsLink && linked) handoffs.set(task, resumeHandoff(linked, task.detailsLink));
  }
  const readable = [...handoffs].filter(([, h]) => h.document).map(([t]) => normalizeLink(t.detailsLink));
  const lastTouch = hasCommits ? await git.lastTouchingCommits(readable, rev) : /* @__PURE__ */ new Map();
  const commitsAfter = /* @__PURE__ */ new Map();
  const since = (sha) => {
    let range = commitsAfter.get(sha);
    if (!range) {
      range = git.logRange([rev, "--not", sha], { stats: false }).then((commits) => ({
        description: `${sha.slice(0, 7)}..${rev}`,
        head: rev,
        commits,
        ...branch === void 0 ? {} : { branch }
      }));
      commitsAfter.set(sha, range);
    }
    return range;
  };
  const briefs = [];
  for (const task of selected) {
    const entry = registry[task.agent];
    const input = { taskId: task.taskId, agent: task.agent, status: task.status, now };
    if (typeof entry?.brief_note === "string" && entry.brief_note !== "") input.briefNote = entry.brief_note;
    if (testsNow) input.testsNow = testsNow;
    if (coverageNow) input.coverageNow = coverageNow;
    const handoff = handoffs.get(task);
    input.sessions = await sessionPoints(repoRoot, config, task.taskId, handoff);
    if (handoff?.document && hasCommits) {
      input.drift = await driftAt(git, rev, handoff.document, [config.handoffDir, config.registry, ...links]);
    }
    if (handoff && task.detailsLink) {
      input.handoff = handoff;
      const touched = handoff.document ? lastTouch.get(normalizeLink(task.detailsLink)) : void 0;
      if (touched) {
        const attributed = attributeRanges({
          config,
          ranges: [await since(touched)],
          activeTaskIds: activeIds,
          handoffFiles,
          nonWork
        });
        input.commitsSince = behindInRange(
          attributed.indexed[0],
          task.taskId,
          normalizeLink(task.detailsLink)
        ).commits;
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
function resumeHandoff(linked, link) {
  switch (linked.kind) {
    case "none":
      return { path: link, problem: "the registry entry has no details_link [link/missing]" };
    case "invalid-link":
      return { path: link, problem: `${linked.message} [${linked.rule}]` };
    case "missing":
      return { path: link, problem: "the file does not exist [link/missing]" };
    case "unreadable":
      return {
        path: link,
        problem: formatLocated(
          linked.error.message,
          { ...linked.error.location, file: void 0 },
          linked.error.rule
        )
      };
    case "document":
      try {
        return { path: link, document: parseHandoff(documentText(linked), link) };
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
}
async function readHandoff(repoRoot, link) {
  const linked = (await readLinkedHandoffs(workingTreeSource(repoRoot), [link])).get(link);
  return resumeHandoff(linked, link);
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
async function driftAt(git, rev, document, bookkeeping) {
  const candidates = driftCandidates(document);
  if (candidates.paths.length === 0 && candidates.symbols.length === 0) return [];
  const files = candidates.paths.length > 0 ? await git.filesAt(rev) : [];
  const symbols = await git.wordsAt(
    rev,
    candidates.symbols,
    bookkeeping.map((p) => normalizeLink(p)).filter((p) => p !== "")
  );
  return driftOf(candidates, { paths: existingPaths(candidates.paths, files), symbols });
}

export {
  escapeUserText,
  escapeHtmlText,
  renderResumeText,
  renderResumeMarkdown,
  runResume
};

#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  elementTitle
} from "./chunk-W6TIKAWW.js";
import {
  shellWord
} from "./chunk-SRV3ZKZ5.js";

// src/core/agent-session.ts
function draftCommand(program, taskId, agent) {
  return `${program} draft --task ${shellWord(taskId)} --agent ${shellWord(agent)} --note "<state in one line>" --decision "<decision: reason>" --blocker "<blocker, or None>" --next "<next step>" --progress <0-100>`;
}
function judgeSession(facts, program = "handoff") {
  const { task, handoff, agent } = facts;
  if (!task) return { stale: false, reason: `agent "${agent}" has no current task.` };
  const base = { taskId: task.taskId };
  if (!task.active) {
    return { ...base, stale: false, reason: `${task.taskId} is ${task.status}, not active.` };
  }
  const work = [];
  if (facts.workCommits > facts.maxCommitsBehind) {
    work.push(
      `${facts.workCommits} work ${facts.workCommits === 1 ? "commit" : "commits"} after the handoff`
    );
  }
  const untracked = new Set(facts.untracked ?? []);
  const changed = facts.uncommitted.filter((path) => !untracked.has(path));
  if (changed.length > 0) work.push(`uncommitted changes to ${listed(changed)}`);
  if (untracked.size > 0) {
    work.push(
      `${untracked.size} untracked ${untracked.size === 1 ? "file" : "files"} (${listed([...untracked])}; add what is not work to .gitignore)`
    );
  }
  if (work.length === 0) {
    return { ...base, stale: false, reason: `${task.taskId}: no work since the handoff.` };
  }
  const workText = work.join(" and ");
  const draft = draftCommand(program, task.taskId, agent);
  if (!handoff && facts.waitingFor) {
    const { agent: other, path } = facts.waitingFor;
    const file = shellWord(path);
    return {
      ...base,
      stale: true,
      reason: `${task.taskId} has ${workText}, and no handoff of ${agent}'s. The task's latest session, ${path}, is ${other}'s draft and not committed yet; the next draft continues from it, so it is committed first.`,
      fix: `git add -- ${file} && git commit -m ${shellWord(`${task.taskId}: ${other}'s handoff`)} -- ${file} && ${draft}`
    };
  }
  if (!handoff?.exists || handoff.problem) {
    const why = handoff?.problem ?? (handoff ? `${handoff.path} does not exist` : "no handoff is linked");
    return {
      ...base,
      stale: true,
      reason: `${task.taskId} has ${workText}, and ${why}. Write the handoff before ending the session.`,
      fix: draft
    };
  }
  if (handoff.changed && handoff.missing.length > 0) {
    const names = handoff.missing.map(elementTitle).join(", ");
    return {
      ...base,
      stale: true,
      // `draft` with the answers fills a drafted file's template lines in place (see fillDraft).
      reason: `${task.taskId}: the handoff ${handoff.path} was written this session but ${names} ${handoff.missing.length === 1 ? "is" : "are"} still empty or placeholder text. Where it says "(to fill in)", \`${draft}\` fills it in place.`,
      fix: `edit ${handoff.path}: fill in ${names}`
    };
  }
  if (handoff.changed) {
    return { ...base, stale: false, reason: `${task.taskId}: handoff ${handoff.path} updated this session.` };
  }
  return {
    ...base,
    stale: true,
    reason: `${task.taskId} has ${workText} that ${handoff.path} does not cover. Write the next handoff before ending the session.`,
    fix: draft
  };
}
function listed(paths) {
  const more = paths.length > 3 ? ` and ${paths.length - 3} more` : "";
  return `${paths.slice(0, 3).join(", ")}${more}`;
}
function stopReason(verdict) {
  return verdict.fix ? `${verdict.reason}
Run: ${verdict.fix}` : verdict.reason;
}

export {
  draftCommand,
  judgeSession,
  stopReason
};

#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  canonicalLabel,
  sectionTexts
} from "./chunk-LYXL3RVC.js";
import {
  ELEMENT_NAMES
} from "./chunk-O6O72GKM.js";

// src/core/claims.ts
var STOP_WORDS = new Set(
  `a an and are as at be been but by can could do does done for from has have in into is it its of on
  or our some that the their then there these this those to was we were when which will with without
  not no yet still more most all any each than after before between about over under up down out also
  add added adds adding update updated updates make made use used using via per new now issue issues
  problem problems don doesn didn isn aren won can`.split(/\s+/).filter((w) => w !== "")
);
var FIX_VERBS = /\b(?:fix|fixes|fixed|fixing|resolve|resolves|resolved|close|closes|closed|solve|solves|solved|unblock|unblocks|unblocked)\b/i;
var FIX_WORDS = /* @__PURE__ */ new Set(["fix", "resolv", "clos", "solv", "unblock", "close", "resolve", "solve"]);
function keyWords(text) {
  const words = /* @__PURE__ */ new Set();
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (raw.length < 3 || STOP_WORDS.has(raw)) continue;
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
    const shared = overlap(claim, keyWords(commit.subject));
    const share = shared / claim.size;
    if (shared >= Math.min(2, claim.size) && (share >= 0.6 || shared >= 3 && share >= 0.4)) {
      return { sha: commit.sha, subject: commit.subject };
    }
  }
  return void 0;
}
var DRIFT_PATH_CAP = 60;
var DRIFT_SYMBOL_CAP = 40;
var FILE_EXTENSIONS = "ts|tsx|js|jsx|mjs|cjs|json|md|mdx|yml|yaml|toml|py|go|rs|java|kt|rb|php|c|h|cc|cpp|hpp|cs|swift|sh|bash|css|scss|html|vue|svelte|sql|xml|txt|ini|cfg|lock|gradle|proto|graphql";
var BARE_FILE = new RegExp(`^[A-Za-z0-9_][\\w.-]*\\.(?:${FILE_EXTENSIONS})$`);
var PATH = /^[\w.@~-]+(?:\/[\w.@~-]+)+\/?$/;
var PRODUCT_NAME = /^[A-Z][a-z]+\.js$/;
var CALL = /^([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\(\)$/;
var CAMEL = /^[a-z_$][\w$]*[a-z0-9][A-Z][\w$]*$|^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+$/;
var SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;
function driftCandidates(doc) {
  const texts = [];
  const sections = [...Object.values(doc.elements), ...doc.otherSections].filter(
    (s) => s !== void 0
  );
  for (const section of sections) texts.push(...sectionTexts(section));
  for (const item of doc.filesModified?.items ?? []) {
    if (/\(deleted\b/.test(item.text)) continue;
    texts.push(item.text.includes(" \u2192 ") ? item.text.split(" \u2192 ").pop() ?? "" : item.text);
  }
  const paths = /* @__PURE__ */ new Set();
  const symbols = /* @__PURE__ */ new Set();
  for (const text of texts) {
    for (const raw of text.split(/[\s,;]+|::/)) {
      const opened = raw.replace(/^[("'[{<]+/, "").replace(/[.,:!?]+$/, "");
      const token = opened.endsWith("()") ? opened : opened.replace(/[)"'\]}>.,:!?]+$/, "").replace(/:\d+(?::\d+)?$/, "");
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
    blocks.push(
      doc.header.map((f) => `**${escapeMarkdownText(f.label)}**: ${escapeInlineText(f.value)}`).join("\n")
    );
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
  const label = section.label.trim() === "" && kind ? canonicalLabel(kind) : section.label;
  const blocks = [`## ${escapeHeading(label)}`];
  if (section.fields.length > 0) {
    blocks.push(
      section.fields.map((f) => `**${escapeMarkdownText(f.label)}:** ${escapeInlineText(f.value)}`).join("\n")
    );
  }
  blocks.push(...contentBlocks(section));
  for (const subsection of section.subsections) {
    blocks.push(`### ${escapeHeading(subsection.label)}`, ...contentBlocks(subsection));
  }
  return blocks;
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
function escapeInlineText(text) {
  return escapeText(text, false, false);
}
function escapeText(text, inHeading, atLineStart = true) {
  let out = "";
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (inHeading && ch === "#" || needsEscape(ch, before, after, chars, i)) out += `\\${ch}`;
    else out += ch;
  }
  const escaped = escapeAutolinks(out);
  return atLineStart ? escapeLineStart(escaped) : escaped;
}
var ALWAYS = /* @__PURE__ */ new Set(["\\", "`", "*", "[", "]", "|", "~"]);
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
  return text.replace(/\b(https?|ftp):\/\//gi, (_m, scheme) => `${scheme}\\://`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`).replace(/([A-Za-z0-9._+-])@/g, "$1\\@");
}
function escapeLineStart(text) {
  const ordered = text.match(/^(\d{1,9})([.)])/);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${text.slice(ordered[0].length)}`;
  if (/^[#>+=-]/.test(text)) return `\\${text}`;
  return text;
}

// src/core/redact.ts
var REDACTED = "[REDACTED]";
var PATTERNS = [
  {
    pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
    replace: () => `-----BEGIN PRIVATE KEY----- ${REDACTED}`
  },
  {
    // scheme://user:password@host — keep user and host, hide the password.
    pattern: /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*):([^\s@/]+)@/gi,
    replace: (_m, prefix) => `${prefix}:${REDACTED}@`
  },
  { pattern: /\b(gh[pousr]_)[A-Za-z0-9]{20,}\b/g, replace: (_m, kind) => `${kind}${REDACTED}` },
  { pattern: /\b(github_pat_)[A-Za-z0-9_]{20,}\b/g, replace: (_m, kind) => `${kind}${REDACTED}` },
  { pattern: /\b(glpat-)[A-Za-z0-9_-]{20,}\b/g, replace: (_m, kind) => `${kind}${REDACTED}` },
  { pattern: /\b(npm_)[A-Za-z0-9]{36}\b/g, replace: (_m, kind) => `${kind}${REDACTED}` },
  { pattern: /\b(xox[abposr]-)[A-Za-z0-9-]{10,}\b/g, replace: (_m, kind) => `${kind}${REDACTED}` },
  { pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, replace: () => REDACTED },
  { pattern: /\bAIza[A-Za-z0-9_-]{35}\b/g, replace: () => REDACTED },
  { pattern: /\b([sr]k_live_)[A-Za-z0-9]{16,}\b/g, replace: (_m, kind) => `${kind}${REDACTED}` },
  { pattern: /\b(sk-(?:ant-|proj-)?)[A-Za-z0-9_-]{20,}\b/g, replace: (_m, kind) => `${kind}${REDACTED}` },
  {
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
    replace: () => REDACTED
  },
  {
    // password=hunter2, "token": "abc", api_key: xyz, AWS_SECRET_ACCESS_KEY=…
    pattern: /\b([A-Za-z0-9_-]*(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|auth)[A-Za-z0-9_-]*)(["']?\s*[:=]\s*["']?)([^\s"',;]{4,})/gi,
    // Only a value that looks like a secret (a digit in it, or long): `auth: handle expired sessions`
    // is a conventional-commit scope, not a credential.
    replace: (match, key, separator, value) => /\d/.test(value ?? "") || (value ?? "").length >= 16 ? `${key}${separator}${REDACTED}` : match
  }
];
function redactSecrets(text) {
  let result = text;
  for (const { pattern, replace } of PATTERNS) {
    result = result.replace(pattern, (match, ...rest) => {
      const groups = rest.slice(0, -2).map((g) => typeof g === "string" ? g : "");
      return replace(match, ...groups);
    });
  }
  return result;
}

// src/core/test-deltas.ts
var MORE_LINE = /^…and \d+ more failing tests?$/;
var NOTHING_PASSING = "No tests passing";
function recordedFailing(doc) {
  const section = doc.elements.currentState;
  if (!section) return { failing: [], complete: true };
  const items = [...section.items, ...section.subsections.flatMap((s) => s.items)];
  const failing = [];
  let complete = true;
  for (const item of items) {
    if (MORE_LINE.test(item.text)) complete = false;
    else if (item.mark === "broken" && item.text !== NOTHING_PASSING) failing.push(item.text);
  }
  return { failing, complete };
}
function testDeltas(before, now) {
  if (!before) return void 0;
  const failingNow = now.failures.map((f) => f.name);
  const isTestList = before.failed === 0 || before.failing.length === before.failed || !before.complete && before.failing.length <= before.failed;
  if (!isTestList) before = { ...before, failing: [], complete: false };
  else if (before.failed === 0) before = { ...before, failing: [], complete: true };
  const wasFailing = new Set(before.failing);
  const newlyFailing = failingNow.filter((name) => !wasFailing.has(name));
  const fixed = [];
  const removed = [];
  const cases = now.cases;
  if (cases) {
    const wanted = new Set(before.failing);
    const outcomeByName = /* @__PURE__ */ new Map();
    for (const c of cases) {
      const cut = c.id.lastIndexOf(" \u203A ");
      const name = cut === -1 ? c.id : c.id.slice(cut + 3);
      for (const key of name === c.id ? [name] : [c.id, name]) {
        if (!wanted.has(key)) continue;
        if (!outcomeByName.has(key) || c.outcome !== "passed") outcomeByName.set(key, c.outcome);
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
  return { newlyFailing, fixed, removed, countChange: totalNow - totalBefore, complete: before.complete };
}
function formatTestDeltas(deltas, cap = 5) {
  const names = (list) => list.length > cap ? `${list.slice(0, cap).join(", ")} \u2026and ${list.length - cap} more` : list.join(", ");
  const parts = [];
  if (deltas.newlyFailing.length > 0) {
    parts.push(
      `${deltas.complete ? "newly failing" : "failing, not listed before"}: ${names(deltas.newlyFailing)}`
    );
  }
  if (deltas.fixed.length > 0) parts.push(`fixed: ${names(deltas.fixed)}`);
  if (deltas.removed.length > 0) parts.push(`removed: ${names(deltas.removed)}`);
  if (deltas.countChange !== 0) {
    const n = Math.abs(deltas.countChange);
    parts.push(`${deltas.countChange > 0 ? "+" : "\u2212"}${n} ${n === 1 ? "test" : "tests"}`);
  }
  return parts.length > 0 ? parts.join("; ") : void 0;
}

export {
  possiblyResolvedBy,
  doneBy,
  driftCandidates,
  driftOf,
  existingPaths,
  renderHandoff,
  escapeMarkdownText,
  redactSecrets,
  recordedFailing,
  testDeltas,
  formatTestDeltas
};

#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));

// src/core/shell.ts
function shellWord(text) {
  if (/^[A-Za-z0-9._/@%+=:,-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
function commitPathsCommand(paths, message) {
  const words = paths.map(shellWord).join(" ");
  return `git add -- ${words} && git commit -m ${shellWord(message)} -- ${words}`;
}
var FOR_AN_AGENT = "an agent without a terminal:";
var HANDOFF_IN_FIX = new RegExp(`(^|&& |, then |${FOR_AN_AGENT} )handoff `, "g");
function withInvocation(fix, invocation) {
  return fix.replace(
    HANDOFF_IN_FIX,
    (match, before, offset) => quotedAt(fix, offset) ? match : `${before}${invocation} `
  );
}
var HANDOFF_IN_PROSE = /`handoff (?=[a-z])/g;
function proseWithInvocation(text, invocation) {
  return invocation === "handoff" ? text : text.replace(HANDOFF_IN_PROSE, () => `\`${invocation} `);
}
function quotedAt(text, end) {
  let quoted = false;
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (quoted) quoted = c !== "'";
    else if (c === "\\") i++;
    else if (c === "'") quoted = true;
  }
  return quoted;
}
var STARTS_COMMAND = /^(?:npx |handoff |git )/;
var COMMAND_AFTER = [", then ", `${FOR_AN_AGENT} `];
var IS_COMMAND = /^(?:npx |handoff )/;
function fixSegments(fix) {
  if (STARTS_COMMAND.test(fix)) return [{ text: fix, command: true }];
  const segments = [];
  let from = 0;
  for (; ; ) {
    const start = commandStart(fix, from);
    if (start === void 0) break;
    const end = commandEnd(fix, start);
    segments.push(
      { text: fix.slice(from, start), command: false },
      { text: fix.slice(start, end), command: true }
    );
    from = end;
  }
  if (from < fix.length) segments.push({ text: fix.slice(from), command: false });
  return segments.filter((segment) => segment.text !== "");
}
function commandStart(fix, from) {
  let first;
  for (const before of COMMAND_AFTER) {
    for (let at = fix.indexOf(before, from); at !== -1; at = fix.indexOf(before, at + 1)) {
      const start = at + before.length;
      if (IS_COMMAND.test(fix.slice(start, start + 12)) && !quotedAt(fix, start)) {
        if (first === void 0 || start < first) first = start;
        break;
      }
    }
  }
  return first;
}
function commandEnd(fix, start) {
  for (let at = fix.indexOf(", then ", start); at !== -1; at = fix.indexOf(", then ", at + 1)) {
    if (!quotedAt(fix, at)) return at;
  }
  return fix.endsWith(")") && fix.lastIndexOf("(", start) !== -1 ? fix.length - 1 : fix.length;
}
function runsHandoff(fix) {
  return withInvocation(fix, "\0") !== fix;
}

export {
  shellWord,
  commitPathsCommand,
  FOR_AN_AGENT,
  withInvocation,
  proseWithInvocation,
  fixSegments,
  runsHandoff
};

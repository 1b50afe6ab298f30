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
function runsHandoff(fix) {
  return withInvocation(fix, "\0") !== fix;
}

export {
  shellWord,
  commitPathsCommand,
  FOR_AN_AGENT,
  withInvocation,
  proseWithInvocation,
  runsHandoff
};

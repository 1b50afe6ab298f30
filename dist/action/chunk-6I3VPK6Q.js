#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  memoised
} from "./chunk-HAXGRQ23.js";

// src/core/paths.ts
function linkProblem(link, what = "details_link") {
  return linkIssue(link, what)?.message;
}
function linkIssue(link, what = "details_link") {
  if (link.length > MEMO_KEY_CHARS) return findLinkIssue(link, what);
  if (plainPath(link)) return void 0;
  let issueOf = issues.get(what);
  if (issueOf === void 0) {
    issueOf = memoised(MEMO_LIMIT, (text) => findLinkIssue(text, what));
    issues.set(what, issueOf);
  }
  return issueOf(link);
}
function isPlainPath(link) {
  if (link.length > MAX_PATH_CHARS || !PLAIN_NAMES.test(link) || DOT_NAME.test(link) || GIT_NAME.test(link))
    return false;
  return link.length <= MAX_NAME_BYTES || link.split("/").every((name) => name.length <= MAX_NAME_BYTES);
}
var PLAIN_NAMES = /^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;
var DOT_NAME = /(?:^|\/)\.\.?(?:\/|$)/;
var GIT_NAME = /(?:^|\/)\.git(?:\/|$)/i;
var MEMO_LIMIT = 5e4;
var MEMO_KEY_CHARS = 1024;
var plainPath = memoised(MEMO_LIMIT, isPlainPath);
var issues = /* @__PURE__ */ new Map();
var normalized = memoised(MEMO_LIMIT, normalizeSegments);
function findLinkIssue(link, what = "details_link") {
  const notRelative = (message) => ({ message, rule: "path/not-relative" });
  if (link.trim() === "") return notRelative(`${what} is empty`);
  if (link.includes("\0")) return notRelative(`${what} contains a NUL character`);
  if (/[\n\r]/.test(link)) return notRelative(`${what} contains a line break`);
  if (link.startsWith("\\\\") || link.startsWith("//"))
    return notRelative(`${what} "${link}" is a UNC/network path`);
  if (/^[A-Za-z]:/.test(link)) return notRelative(`${what} "${link}" is an absolute Windows path`);
  if (link.startsWith("/")) return notRelative(`${what} "${link}" is an absolute path`);
  if (link.includes("\\")) {
    return notRelative(
      `${what} "${link}" uses backslashes; write a repository-relative path with / separators`
    );
  }
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(link))
    return notRelative(`${what} "${link}" is a URL, not a file`);
  let depth = 0;
  for (const segment of link.split("/")) {
    if (segment === "..") depth--;
    else if (segment !== "" && segment !== ".") depth++;
    if (depth < 0) return { message: `${what} "${link}" leaves the repository`, rule: "path/escapes-repo" };
  }
  if (depth === 0) return notRelative(`${what} "${link}" names the repository root, not a file`);
  if (GIT_NAME.test(normalizeSegments(link)))
    return {
      message: `${what} "${link}" is inside git's own .git folder, not the repository's files`,
      rule: "path/git-dir"
    };
  const tooLong = lengthProblem(link, what);
  return tooLong === void 0 ? void 0 : notRelative(tooLong);
}
var MAX_NAME_BYTES = 255;
var MAX_PATH_CHARS = 1024;
function lengthProblem(link, what) {
  if (link.length > MAX_PATH_CHARS) return `${what} "${link}" is longer than ${MAX_PATH_CHARS} characters`;
  for (const name of link.split("/")) {
    if (name.length * 3 > MAX_NAME_BYTES && new TextEncoder().encode(name).length > MAX_NAME_BYTES) {
      return `${what} "${link}" has a name longer than ${MAX_NAME_BYTES} bytes, more than file systems take`;
    }
  }
  return void 0;
}
function pathFrom(folder, path) {
  return folder === "" || folder === "." || linkIssue(path) !== void 0 ? path : `${folder}/${path}`;
}
var asInProject = (path) => path;
function isInFolders(path, folders) {
  if (folders.size === 0) return false;
  for (let slash = path.indexOf("/"); slash !== -1; slash = path.indexOf("/", slash + 1))
    if (folders.has(path.slice(0, slash))) return true;
  return false;
}
function isAtOrInside(path, place) {
  return path === place || path.startsWith(place.endsWith("/") ? place : `${place}/`);
}
function normalizeLink(link) {
  if (link.length > MEMO_KEY_CHARS) return normalizeSegments(link);
  return plainPath(link) ? link : normalized(link);
}
function normalizeSegments(link) {
  const parts = [];
  for (const segment of link.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "" && segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

export {
  linkProblem,
  linkIssue,
  pathFrom,
  asInProject,
  isInFolders,
  isAtOrInside,
  normalizeLink
};

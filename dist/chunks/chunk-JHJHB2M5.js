#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));

// src/adapters/cache-file.ts
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync } from "node:fs";
var CACHE_FILE_LIMIT = 64 * 1024 * 1024;
var READ_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0) | (fsConstants.O_NOCTTY ?? 0);
function regularFileBytes(file, limit, whole) {
  let fd;
  try {
    fd = openSync(file, READ_FLAGS);
  } catch {
    return void 0;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || whole && info.size > limit) return void 0;
    const buffer = Buffer.allocUnsafe(Math.min(limit, info.size));
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read);
  } catch {
    return void 0;
  } finally {
    closeSync(fd);
  }
}
function readCacheFile(file, limit = CACHE_FILE_LIMIT) {
  return regularFileBytes(file, limit, true);
}
function readCacheJson(file, head) {
  const bytes = readCacheFile(file);
  const begins = Buffer.from(head);
  if (bytes === void 0 || !bytes.subarray(0, begins.length).equals(begins)) return void 0;
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    return void 0;
  }
}
function jsonHead(key, value) {
  return `{${JSON.stringify(key)}:${JSON.stringify(value)},`;
}

export {
  regularFileBytes,
  readCacheFile,
  readCacheJson,
  jsonHead
};

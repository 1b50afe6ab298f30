#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  readCacheFile
} from "./chunk-JHJHB2M5.js";
import {
  CACHE_STAMP
} from "./chunk-QMZXATRO.js";

// src/cli/code-cache.ts
import { isAscii } from "node:buffer";
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync
} from "node:fs";
import { basename, dirname, join, sep } from "node:path";
import { Script } from "node:vm";
var OFF = /* @__PURE__ */ new Set(["off", "0", "false", "no"]);
function codeCacheDir(bundle, env) {
  const setting = env.HANDOFF_CODE_CACHE?.trim();
  if (setting && OFF.has(setting.toLowerCase())) return void 0;
  if (setting) return setting;
  const parts = dirname(bundle).split(sep);
  const modules = parts.indexOf("node_modules");
  if (modules > 0) return [...parts.slice(0, modules + 1), ".cache", "handoff-guard"].join(sep);
  const ownModules = join(dirname(dirname(bundle)), "node_modules");
  return existsSync(ownModules) ? join(ownModules, ".cache", "handoff-guard") : void 0;
}
function textOf(bytes) {
  return isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
}
function requireBundle(bundle, requireFromBundle, env = process.env, options = {}) {
  const fd = openSync(bundle, "r");
  let source;
  let stamp;
  try {
    const stat = fstatSync(fd);
    stamp = `${CACHE_STAMP}-${stat.size}-${Math.trunc(stat.mtimeMs)}`;
    source = textOf(readFileSync(fd));
  } finally {
    closeSync(fd);
  }
  const dir = codeCacheDir(bundle, env);
  const name = `${basename(bundle)}-${process.version}-${process.arch}-${pathHash(bundle)}-`;
  const cacheFile = dir && join(dir, `${name}${stamp}.v8`);
  let cached;
  if (cacheFile) {
    try {
      const bytes = readCacheFile(cacheFile);
      cached = bytes === void 0 ? void 0 : cacheFileOf(bytes);
    } catch {
    }
  }
  const cachedData = cached?.data;
  const body = source.startsWith("#!") ? `//${source.slice(2)}` : source;
  const parameters = "exports, require, module, __filename, __dirname, __hgImportModule";
  const script = new Script(`(function (${parameters}) {${body}
})`, {
    filename: bundle,
    ...cachedData ? { cachedData } : {}
  });
  const wrapper = script.runInThisContext();
  const module = { exports: {} };
  wrapper.call(
    module.exports,
    module.exports,
    requireFromBundle,
    module,
    bundle,
    dirname(bundle),
    options.importModule
  );
  if (dir && cacheFile) {
    if (cached === void 0 || script.cachedDataRejected) {
      process.once("exit", () => writeCache(dir, cacheFile, name, 0, script.createCachedData()));
    } else if (cached.checks < CHECKED_RUNS) {
      const { data, checks } = cached;
      process.once(
        "exit",
        () => checkCache({ dir, file: cacheFile, name, data, checks }, () => script.createCachedData())
      );
    }
  }
  return module.exports;
}
function checkCache(cache, make) {
  const { dir, file, name, data, checks } = cache;
  if (!countCheck(file, checks + 1)) return;
  const made = make();
  if (made.length > Math.max(data.length, sizeOf(file) - HEADER_BYTES) + GROWTH)
    writeCache(dir, file, name, checks + 1, made);
}
var CHECKED_RUNS = 6;
var GROWTH = 1024;
var MAGIC = "hgc1";
var HEADER_BYTES = 8;
var CHECKS_AT = 4;
function cacheFileOf(bytes) {
  if (bytes.length <= HEADER_BYTES || bytes.toString("latin1", 0, MAGIC.length) !== MAGIC) return void 0;
  return { data: bytes.subarray(HEADER_BYTES), checks: bytes[CHECKS_AT] };
}
function pathHash(path) {
  let hash = 2166136261;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(36);
}
function writeCache(dir, cacheFile, name, checks, data) {
  try {
    mkdirSync(dir, { recursive: true });
    const partial = `${cacheFile}.${process.pid}.tmp`;
    const header = Buffer.alloc(HEADER_BYTES);
    header.write(MAGIC, 0, "latin1");
    header[CHECKS_AT] = checks;
    writeFileSync(partial, Buffer.concat([header, data]));
    renameSync(partial, cacheFile);
    for (const file of readdirSync(dir)) {
      if (file.startsWith(name) && join(dir, file) !== cacheFile && !file.endsWith(".tmp"))
        rmSync(join(dir, file), { force: true });
    }
  } catch {
  }
}
function countCheck(cacheFile, checks) {
  try {
    const fd = openSync(cacheFile, "r+");
    try {
      writeSync(fd, Uint8Array.of(checks), 0, 1, CHECKS_AT);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch {
    return false;
  }
}
function sizeOf(file) {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

export {
  requireBundle
};

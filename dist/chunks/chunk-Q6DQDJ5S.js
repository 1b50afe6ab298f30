#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  PACKAGE_VERSION
} from "./chunk-Y3SMQR7G.js";
import {
  InternalError
} from "./chunk-7HJGQZZJ.js";

// src/adapters/document-cache.ts
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, resolve } from "node:path";
var CACHE_VERSION = `3/${PACKAGE_VERSION}`;
async function gitDir(repoRoot) {
  const dotGit = join(repoRoot, ".git");
  try {
    const info = await stat(dotGit);
    if (info.isDirectory()) return dotGit;
    const text = await readFile(dotGit, "utf8");
    const match = /^gitdir:\s*(.+)$/m.exec(text);
    if (match?.[1]) {
      const target = match[1].trim();
      return isAbsolute(target) ? target : resolve(repoRoot, target);
    }
  } catch {
  }
  return dotGit;
}
var DocumentCache = class _DocumentCache {
  constructor(file, previous, previousValues = {}) {
    this.file = file;
    this.previous = previous;
    this.previousValues = previousValues;
  }
  file;
  previous;
  previousValues;
  used = /* @__PURE__ */ new Map();
  usedValues = /* @__PURE__ */ new Map();
  misses = 0;
  valuesAdded = false;
  /** Opens the repository's cache; a missing, unreadable or outdated cache is an empty one. */
  static async open(repoRoot) {
    const dir = await gitDir(repoRoot);
    if (!existsSync(dir)) return _DocumentCache.inMemory();
    const file = join(dir, "handoff-guard", "cache.json");
    let previous = {};
    let previousValues = {};
    try {
      const parsed = JSON.parse(readFileSync(file, "utf8"));
      if (parsed && parsed.version === CACHE_VERSION && parsed.entries && typeof parsed.entries === "object") {
        previous = parsed.entries;
        if (parsed.values && typeof parsed.values === "object") previousValues = parsed.values;
      }
    } catch {
    }
    return new _DocumentCache(file, previous, previousValues);
  }
  /** A cache that never persists (for callers without a repository). */
  static inMemory() {
    return new _DocumentCache(void 0, {});
  }
  /** How many documents were parsed (not served from the cache) since opening. */
  get parsedCount() {
    return this.misses;
  }
  /** Whether the summary of the content `id` is here (then its text need not even be read). */
  has(id) {
    return this.used.has(id) || Object.hasOwn(this.previous, id);
  }
  /**
   * The summary of a document; `id` is its content id, `text` may be left out when `has(id)` said
   * the summary is here; `file` names the document in the error a hostile one gets.
   */
  async summarize(id, text, file) {
    const known = this.used.get(id) ?? (Object.hasOwn(this.previous, id) ? this.previous[id] : void 0);
    if (known) {
      this.used.set(id, known);
      return known;
    }
    if (text === void 0) throw new InternalError(`no text and no cached summary for ${file ?? id}`);
    this.misses++;
    const summary = await summarizeMarkdown(text, file);
    this.used.set(id, summary);
    return summary;
  }
  /** What the snapshot worked out from a file before (`KnownValues`), kept while used, like summaries. */
  values = {
    has: (key) => this.usedValues.has(key) || Object.hasOwn(this.previousValues, key),
    get: (key) => {
      if (this.usedValues.has(key)) return this.usedValues.get(key);
      const value = this.previousValues[key];
      this.usedValues.set(key, value);
      return value;
    },
    set: (key, value) => {
      this.usedValues.set(key, value);
      this.valuesAdded = true;
    }
  };
  /**
   * Writes the cache back when anything was parsed (entries not used in this run are dropped, so the
   * cache follows the registry). Failures are ignored: the cache only saves time.
   */
  async save() {
    if (!this.file || this.misses === 0 && !this.valuesAdded) return;
    const content = {
      version: CACHE_VERSION,
      entries: Object.fromEntries(this.used),
      // A run that used none (`status` reads the working tree) keeps the hook's for its next push.
      values: this.usedValues.size > 0 ? Object.fromEntries(this.usedValues) : this.previousValues
    };
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      await mkdir(dirname(this.file), { recursive: true });
      await writeFile(temp, JSON.stringify(content));
      await rename(temp, this.file);
    } catch {
    }
  }
};
async function summarizeMarkdown(text, file) {
  const { summarizeHandoff } = await import("./scan-VC7EHPB7.js");
  const { missingElements, facts } = summarizeHandoff(text, file);
  return { missingElements, facts };
}

export {
  DocumentCache
};

#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  trimEndOf
} from "./chunk-NNPSBKSI.js";
import {
  gitDirIn
} from "./chunk-HUG4EZO3.js";
import {
  InputError,
  InternalError,
  isAtOrInside,
  isInFolders,
  normalizeLink
} from "./chunk-MLNENVTA.js";

// src/adapters/git.ts
import { existsSync as existsSync2, lstatSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

// src/adapters/git-process.ts
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
var FULLY_BUFFERED = { GIT_FLUSH: "0" };
var AS_STORED = { GIT_NO_REPLACE_OBJECTS: "1" };
var LITERAL_PATHSPECS = {
  GIT_LITERAL_PATHSPECS: "1",
  GIT_GLOB_PATHSPECS: "0",
  GIT_NOGLOB_PATHSPECS: "0",
  GIT_ICASE_PATHSPECS: "0"
};
function failureOf(code, signal, stderr) {
  if (signal) return new GitFailure(`${stderr}git was stopped by ${signal} before it finished
`);
  return code !== 0 && stderr !== "" ? new GitFailure(stderr) : void 0;
}
function startError(error, cwd) {
  return error.code === "ENOENT" && !existsSync(cwd) ? new Error(`the folder ${cwd} does not exist`) : error;
}
var GitFailure = class extends Error {
  name = "GitFailure";
};
async function runGit(args, cwd, extraEnv = {}, input) {
  let stdout = "";
  try {
    await streamGit(
      args,
      cwd,
      (text) => {
        stdout += text;
        return false;
      },
      // All of it is read anyway: fully buffered. To a pipe, git log otherwise flushes after every
      // commit, and a 10,000-commit range came as 10,000 reads (~100 ms of the draft).
      { ...FULLY_BUFFERED, ...extraEnv },
      input
    );
  } catch (error) {
    if (error instanceof GitFailure) throw new GitFailure(`${stdout}${error.message}`);
    throw error;
  }
  return stdout;
}
function runGitBlocking(args, cwd) {
  const result = spawnSync("git", args, {
    cwd,
    env: { ...process.env, ...AS_STORED, ...FULLY_BUFFERED },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    // As runGit: all of git's output, however long (a range's size is the caller's to bound).
    maxBuffer: Number.POSITIVE_INFINITY,
    windowsHide: true
  });
  if (result.error) throw startError(result.error, cwd);
  const failure = failureOf(result.status, result.signal, result.stderr);
  if (failure) throw new GitFailure(`${result.stdout}${failure.message}`);
  return result.stdout;
}
function streamGit(args, cwd, onText, extraEnv, input) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("git", args, {
      cwd,
      // Read now, not defaulted: the environment as this process sees it at the time of the call.
      env: { ...process.env, ...AS_STORED, ...extraEnv },
      // No stdin unless there is input: a pipe is one more stream for every git process.
      stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
      windowsHide: true
    });
    child.stdin?.on("error", () => void 0);
    child.stdin?.end(input);
    child.stdout.setEncoding("utf8");
    const err = [];
    let stopped = false;
    child.stdout.on("data", (text) => {
      if (stopped) return;
      if (onText(text)) {
        stopped = true;
        child.kill();
        resolvePromise();
      }
    });
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => {
      if (!stopped) reject(startError(error, cwd));
    });
    child.on("close", (code, signal) => {
      if (stopped) return;
      const failure = failureOf(code, signal, Buffer.concat(err).toString("utf8"));
      if (failure) reject(failure);
      else resolvePromise();
    });
  });
}
var WINDOWS = process.platform === "win32";
var MAX_SPEC_CHARS = WINDOWS ? 3e4 : 256 * 1024;
function specCost(spec) {
  if (!WINDOWS) return Buffer.byteLength(spec) + 9;
  return /[\s"]/.test(spec) ? spec.length + 3 + (spec.match(/["\\]/g)?.length ?? 0) : spec.length + 1;
}
function specBatches(specs) {
  const batches = [];
  let batch = [];
  let used = 0;
  for (const spec of specs) {
    const cost = specCost(spec);
    if (batch.length > 0 && used + cost > MAX_SPEC_CHARS) {
      batches.push(batch);
      batch = [];
      used = 0;
    }
    batch.push(spec);
    used += cost;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

// src/adapters/git-tree.ts
import { spawn as spawn2 } from "node:child_process";

// src/core/tree-listing.ts
function specOf(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? path : `${path.slice(0, slash)}/`;
}
function isLineFrom(base, head, commits) {
  let previous = base;
  for (const commit of commits) {
    if (commit.parents.length !== 1 || commit.parents[0] !== previous) return false;
    previous = commit.sha;
  }
  return commits.length > 0 && previous === head;
}
var ABSENT = /^0+$/;
function followedBelow(layout, entries, path, toMode) {
  if (layout.ancestors.has(`${path}/`)) return false;
  const firstSlash = path.indexOf("/");
  if (firstSlash === -1) return true;
  if (layout.files.has(path.slice(0, firstSlash))) return false;
  for (let slash = firstSlash; slash !== -1; ) {
    const next = path.indexOf("/", slash + 1);
    if (next === -1) break;
    if (layout.folders.has(path.slice(0, slash + 1))) {
      if (ABSENT.test(toMode)) return false;
      const child = path.slice(0, next);
      if (!layout.folders.has(`${child}/`)) {
        const entry = entries.get(child);
        if (entry && entry.type !== "tree") return false;
        entries.set(child, { mode: "040000", type: "tree", oid: "" });
      }
    }
    slash = next;
  }
  return true;
}
function layoutOf(specs) {
  const layout = { folders: /* @__PURE__ */ new Set(), files: /* @__PURE__ */ new Set(), ancestors: /* @__PURE__ */ new Set() };
  for (const spec of specs) {
    if (!spec.endsWith("/")) {
      layout.files.add(spec);
      continue;
    }
    layout.folders.add(spec);
    for (let slash = spec.indexOf("/"); slash !== -1; slash = spec.indexOf("/", slash + 1))
      layout.ancestors.add(spec.slice(0, slash + 1));
  }
  return layout;
}
function typeOf(mode) {
  return mode === "040000" ? "tree" : mode === "160000" ? "commit" : "blob";
}
function applyChanges(listing, commits, direction) {
  const layout = layoutOf(listing.specs);
  const entries = new Map(listing.entries);
  const ordered = direction === "forward" ? commits : [...commits].reverse();
  for (const commit of ordered) {
    for (const file of commit.files) {
      const change = file.blob;
      if (!change) return void 0;
      const path = file.path;
      const [fromMode, fromOid, toMode, toOid] = direction === "forward" ? [change.oldMode, change.oldOid, change.newMode, change.newOid] : [change.newMode, change.newOid, change.oldMode, change.oldOid];
      if (!followedBelow(layout, entries, path, toMode)) return void 0;
      const spec = specOf(path);
      if (!layout.folders.has(spec) && !layout.files.has(spec)) continue;
      const current = entries.get(path);
      const absentBefore = ABSENT.test(fromMode);
      if (absentBefore ? current !== void 0 : current?.oid !== fromOid) return void 0;
      if (ABSENT.test(toMode)) entries.delete(path);
      else {
        entries.set(path, { mode: toMode, type: typeOf(toMode), oid: toOid });
      }
    }
  }
  return { specs: listing.specs, entries: [...entries] };
}

// src/adapters/git-tree.ts
var CatFileProcess = class {
  child;
  buffer = Buffer.alloc(0);
  /** Chunks received since `buffer` was last joined, and how many bytes `buffer` and they hold. */
  chunks = [];
  received = 0;
  /** Bytes the first pending answer needs before parsing it again is worth a join (0: unknown). */
  needed = 0;
  pending = [];
  failure;
  stderr = "";
  /** Bytes still to come that belong to an answer already given (an oversized blob's): dropped. */
  skipping = 0;
  constructor(args, cwd) {
    this.child = spawn2("git", args, {
      cwd,
      env: { ...process.env, ...AS_STORED },
      stdio: "pipe",
      windowsHide: true
    });
    this.child.stdout.on("data", (data) => {
      let chunk = data;
      if (this.skipping > 0) {
        const dropped = Math.min(this.skipping, chunk.length);
        this.skipping -= dropped;
        if (dropped === chunk.length) return;
        chunk = chunk.subarray(dropped);
      }
      this.chunks.push(chunk);
      this.received += chunk.length;
      if (this.received < this.needed) return;
      this.buffer = this.buffer.length === 0 && this.chunks.length === 1 ? chunk : Buffer.concat([this.buffer, ...this.chunks]);
      this.chunks = [];
      this.drain();
    });
    this.child.stderr.on("data", (chunk) => {
      if (this.stderr.length < 4096) this.stderr += chunk.toString("utf8");
    });
    this.child.on("error", (error) => this.fail(error));
    this.child.on("close", (code) => {
      if (this.pending.length > 0) {
        const said = this.stderr.trim().split("\n")[0]?.slice(0, 300);
        this.fail(
          said ? new InputError(`git cannot read the repository: ${said}`, {}, "git/corrupt") : new InternalError(`git cat-file ended (exit ${code})`)
        );
      }
    });
    this.child.stdin.on("error", () => void 0);
  }
  /** Sends every line in one write and resolves with the answers in order. */
  requestAll(lines, parse) {
    if (this.failure) return Promise.reject(this.failure);
    const answers = lines.map(
      () => new Promise((resolve2, reject) => {
        this.pending.push({ parse, resolve: resolve2, reject });
      })
    );
    this.child.stdin.write(`${lines.join("\n")}
`);
    return Promise.all(answers);
  }
  close() {
    this.child.stdin.end();
  }
  drain() {
    this.needed = 0;
    while (this.pending.length > 0) {
      const next = this.pending[0];
      const parsed = next.parse(this.buffer);
      if (!parsed) {
        this.needed = bytesAnnounced(this.buffer);
        break;
      }
      this.buffer = this.buffer.subarray(parsed.used);
      this.pending.shift();
      next.resolve(parsed.value);
      if (parsed.skip) {
        this.skipping = parsed.skip;
        break;
      }
    }
    this.received = this.buffer.length;
  }
  fail(error) {
    this.failure ??= error;
    for (const pending of this.pending.splice(0)) pending.reject(this.failure);
  }
};
function bytesAnnounced(buffer) {
  const head = firstLine(buffer);
  const size = head ? Number(head.line.split(" ")[2]) : Number.NaN;
  return head && Number.isSafeInteger(size) ? head.used + size + 1 : 0;
}
function firstLine(buffer) {
  const end = buffer.indexOf(10);
  return end === -1 ? void 0 : { line: buffer.subarray(0, end).toString("utf8"), used: end + 1 };
}
function parseCheck(buffer) {
  const head = firstLine(buffer);
  if (!head) return void 0;
  const fields = head.line.split(" ");
  const [first, second] = fields;
  if (fields.length === 2 && first !== void 0 && /^(symlink|dangling|loop|notdir)$/.test(first)) {
    const size = Number(second);
    if (buffer.length < head.used + size + 1) return void 0;
    const detail = buffer.subarray(head.used, head.used + size).toString("utf8");
    const used = head.used + size + 1;
    if (first === "symlink") return { value: { kind: "symlink-outside", target: detail }, used };
    if (first === "loop") return { value: { kind: "symlink-loop" }, used };
    return { value: { kind: "missing" }, used };
  }
  if (head.line.endsWith(" missing") || head.line.endsWith(" ambiguous")) {
    return { value: { kind: "missing" }, used: head.used };
  }
  if (fields.length === 3 && first !== void 0 && second !== void 0) {
    return { value: { kind: "object", oid: first, type: second, size: Number(fields[2]) }, used: head.used };
  }
  throw new InternalError(`unexpected answer from git cat-file: ${head.line.slice(0, 200)}`);
}
function contentsWithin(maxBytes) {
  return (buffer) => {
    const head = firstLine(buffer);
    if (!head) return void 0;
    if (head.line.endsWith(" missing")) return { value: void 0, used: head.used };
    const size = Number(head.line.split(" ")[2]);
    const total = head.used + size + 1;
    if (size > maxBytes) {
      const used = Math.min(buffer.length, total);
      return { value: { tooLarge: size }, used, skip: total - used };
    }
    if (buffer.length < total) return void 0;
    return { value: Buffer.from(buffer.subarray(head.used, head.used + size)), used: total };
  };
}
async function listTree(cwd, commit, specs) {
  const entries = /* @__PURE__ */ new Map();
  for (const batch of specBatches(specs)) await listTreeBatch(cwd, commit, batch, entries);
  return entries;
}
async function listTreeBatch(cwd, commit, specs, entries) {
  let output;
  try {
    output = await runGit(["ls-tree", "-z", commit, "--", ...specs], cwd, LITERAL_PATHSPECS);
  } catch (error) {
    if (!(error instanceof GitFailure)) throw error;
    const said = error.message.trim().split("\n")[0]?.slice(0, 300);
    throw new InputError(`git cannot read the tree of ${commit.slice(0, 12)}: ${said}`, {}, "git/corrupt");
  }
  let at = 0;
  while (at < output.length) {
    let end = output.indexOf("\0", at);
    if (end === -1) end = output.length;
    const tab = output.indexOf("	", at);
    if (tab !== -1 && tab < end) {
      const typeAt = output.indexOf(" ", at) + 1;
      const oidAt = output.indexOf(" ", typeAt) + 1;
      entries.set(output.slice(tab + 1, end), {
        mode: output.slice(at, typeAt - 1),
        type: output.slice(typeAt, oidAt - 1),
        oid: output.slice(oidAt, tab)
      });
    }
    at = end + 1;
  }
}
function absentFromParent(listed, spec) {
  const folder = spec.slice(0, -1);
  const parent = specOf(folder);
  return parent.endsWith("/") && listed.specs.has(parent) && listed.folders.has(parent) && !listed.entries.has(folder);
}
var TreeReader = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  check;
  contents;
  /** Per commit: the folders listed so far and their entries (a commit's tree never changes). */
  listings = /* @__PURE__ */ new Map();
  /** Folders to list along with the next listing of a commit (`hint`). */
  hints = /* @__PURE__ */ new Map();
  /** The last listing of a commit asked for, which the next one waits for (it may cover what that asks). */
  listingsUnderWay = /* @__PURE__ */ new Map();
  /**
   * Folders (repository-relative) a later `read` of `commit` will likely ask about: they are listed
   * in the same `git ls-tree` as the first read's, saving a process per phase of a snapshot.
   */
  hint(commit, folders) {
    const set = this.hints.get(commit) ?? /* @__PURE__ */ new Set();
    for (const folder of folders) set.add(folder === "" ? "" : `${trimEndOf(folder, "/")}/`);
    set.delete("");
    this.hints.set(commit, set);
  }
  /**
   * Takes `listing` as `commit`'s (worked out without git, see core/tree-listing.ts): reads of
   * `commit` list only the specs it lacks. Before any read of `commit`.
   */
  seed(commit, listing) {
    if (this.listings.has(commit) || this.listingsUnderWay.has(commit)) return;
    const seeded = { specs: new Set(listing.specs), folders: /* @__PURE__ */ new Set(), entries: /* @__PURE__ */ new Map() };
    for (const [path, entry] of listing.entries) {
      seeded.entries.set(path, entry);
      seeded.folders.add(specOf(path));
    }
    this.listings.set(commit, seeded);
  }
  /**
   * The blob each of `commits` holds at `path` (repository-relative), in one `cat-file --batch-check`
   * round trip for them all: its id, or undefined where there is none (no such path, not a blob, a
   * symlink out). Many commits' copies of one file cost one process, not a listing each.
   */
  async blobsAt(commits, path) {
    if (commits.length === 0) return [];
    const answers = await this.checker().requestAll(
      commits.map((commit) => `${commit}:${path}`),
      parseCheck
    );
    return answers.map(
      (answer) => answer.kind === "object" && answer.type === "blob" ? answer.oid : void 0
    );
  }
  /**
   * Whether each of `paths` is a regular file of `commit` as listed so far (after its reads): not a
   * symlink, not reached through one. False when one is not listed; with `orAbsent`, a root file
   * that was listed (its own spec) and is not there counts too (in a folder, absence could be the
   * folder's being a symlink). No git process.
   */
  regularFiles(commit, paths, { orAbsent = false } = {}) {
    const listing = this.listings.get(commit);
    if (!listing) return false;
    for (const path of paths) {
      const entry = listing.entries.get(path);
      if (entry === void 0 && orAbsent && !path.includes("/") && listing.specs.has(path)) continue;
      if (entry?.type !== "blob" || entry.mode !== "100644" && entry.mode !== "100755") return false;
    }
    return true;
  }
  /**
   * What was listed of `commit` so far (after its reads), to remember for a later push; undefined
   * past `maxEntries`, before anything is copied (10,000 entries copied to be dropped cost ~4 ms).
   */
  listed(commit, maxEntries = Number.POSITIVE_INFINITY) {
    const listing = this.listings.get(commit);
    if (!listing || listing.entries.size > maxEntries) return void 0;
    return { specs: [...listing.specs], entries: [...listing.entries] };
  }
  /**
   * The entries of `specs` (folders `dir/` or root files) in `commit`, listing only what is new.
   * Listings of one commit run one after the other, each seeing what the earlier ones listed.
   */
  listing(commit, specs) {
    const previous = this.listingsUnderWay.get(commit);
    const next = previous ? previous.catch(() => void 0).then(() => this.listNew(commit, specs)) : this.listNew(commit, specs);
    this.listingsUnderWay.set(commit, next);
    return next;
  }
  async listNew(commit, specs) {
    let listing = this.listings.get(commit);
    if (!listing) {
      listing = { specs: /* @__PURE__ */ new Set(), folders: /* @__PURE__ */ new Set(), entries: /* @__PURE__ */ new Map() };
      this.listings.set(commit, listing);
    }
    const missing = [...specs].filter((spec) => !listing?.specs.has(spec));
    if (missing.length === 0) return listing;
    const extra = [...this.hints.get(commit) ?? []].filter((spec) => !listing?.specs.has(spec));
    this.hints.delete(commit);
    const asked = [.../* @__PURE__ */ new Set([...missing, ...extra])];
    const entries = await listTree(this.cwd, commit, asked);
    for (const spec of asked) listing.specs.add(spec);
    for (const [path, entry] of entries) {
      listing.entries.set(path, entry);
      listing.folders.add(specOf(path));
    }
    return listing;
  }
  /**
   * What each of `paths` (repository-relative, normalized, no line breaks) is in `commit`'s tree,
   * with the bytes of every blob up to `maxBytes`.
   *
   * One `git ls-tree` lists the folders the paths are in (a lookup of `commit:path` walks the tree
   * from the root and scans each folder, which is quadratic with thousands of handoffs in one
   * folder); blobs are then read by id in one pipelined round trip. Only paths that are symlinks, or
   * are not found (a folder on the way may be a symlink), take `--follow-symlinks`, which resolves
   * them inside the tree and says when one leads out of it. A path in `blobs` is a regular file
   * whose blob the caller knows (from the pushed commits' changes): it is read by that id, unlisted.
   */
  async read(commit, paths, maxBytes, known, blobs) {
    const files = /* @__PURE__ */ new Map();
    if (paths.length === 0) return files;
    const wanted = [];
    const specs = /* @__PURE__ */ new Set();
    for (const path of paths) {
      const oid = blobs?.get(path);
      if (oid === void 0) specs.add(specOf(path));
      else wanted.push({ path, oid });
    }
    const listed = specs.size > 0 ? await this.listing(commit, specs) : void 0;
    const unresolved = [];
    for (const path of paths) {
      if (listed === void 0 || blobs?.has(path)) continue;
      const entry = listed.entries.get(path);
      if (!entry) {
        const spec = specOf(path);
        if (listed.folders.has(`${path}/`)) files.set(path, { kind: "not-a-file", type: "tree" });
        else if (!spec.endsWith("/") || listed.folders.has(spec) || absentFromParent(listed, spec))
          files.set(path, { kind: "missing" });
        else unresolved.push(path);
      } else if (entry.mode === "120000") unresolved.push(path);
      else if (entry.type !== "blob") files.set(path, { kind: "not-a-file", type: entry.type });
      else wanted.push({ path, oid: entry.oid });
    }
    if (unresolved.length > 0) {
      const answers = await this.checker().requestAll(
        unresolved.map((path) => `${commit}:${path}`),
        parseCheck
      );
      answers.forEach((answer, index) => {
        const path = unresolved[index];
        if (answer.kind !== "object") files.set(path, answer);
        else if (answer.type !== "blob") files.set(path, { kind: "not-a-file", type: answer.type });
        else if (answer.size > maxBytes)
          files.set(path, { kind: "too-large", oid: answer.oid, size: answer.size });
        else wanted.push({ path, oid: answer.oid });
      });
    }
    const toRead = [];
    for (const w of wanted) {
      if (known?.(w.oid)) files.set(w.path, { kind: "known", oid: w.oid });
      else toRead.push(w);
    }
    if (toRead.length > 0) {
      this.contents ??= new CatFileProcess(["cat-file", "--batch"], this.cwd);
      const blobs2 = await this.contents.requestAll(
        toRead.map(({ oid }) => oid),
        contentsWithin(maxBytes)
      );
      toRead.forEach(({ path, oid }, index) => {
        const answer = blobs2[index];
        if (answer === void 0) files.set(path, { kind: "missing" });
        else if (Buffer.isBuffer(answer))
          files.set(path, { kind: "blob", oid, size: answer.length, bytes: answer });
        else files.set(path, { kind: "too-large", oid, size: answer.tooLarge });
      });
    }
    return files;
  }
  /** The `--batch-check --follow-symlinks` process, started on first use. */
  checker() {
    this.check ??= new CatFileProcess(
      ["cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)", "--follow-symlinks"],
      this.cwd
    );
    return this.check;
  }
  close() {
    this.check?.close();
    this.contents?.close();
    this.check = void 0;
    this.contents = void 0;
  }
};

// src/adapters/log-records.ts
var LogRecords = class {
  constructor(marker) {
    this.marker = marker;
  }
  marker;
  /** The text since the last marker (the marker included), in the chunks it came in. */
  pieces = [];
  /** The record still arriving: its fields, once their NUL has come (without it). */
  head;
  /** Its text after the marker while no NUL has come. */
  headPieces = [];
  /** Its names not yet handed out (the last may be cut mid-name), and whether a NUL ends one of them. */
  fresh = [];
  freshEnds = false;
  /** Whether its names have begun (git's newline between fields and names is dropped, as parseLogRecord does). */
  namesBegun = false;
  /** Adds `text`; returns the records it completed, in order, without their marker. */
  push(text) {
    const carried = this.tail(this.marker.length - 1);
    const last = (carried + text).lastIndexOf(this.marker);
    if (last === -1) {
      this.pieces.push(text);
      this.follow(text);
      return [];
    }
    const all = this.joined() + text;
    const cut = all.length - text.length - carried.length + last;
    const rest = all.slice(cut);
    this.pieces = [rest];
    this.head = void 0;
    this.headPieces = [];
    this.fresh = [];
    this.freshEnds = false;
    this.namesBegun = false;
    this.follow(rest.slice(this.marker.length));
    return recordsIn(all.slice(0, cut), this.marker);
  }
  /**
   * The record still arriving: its fields (the same string each time) and the names that came since
   * it was last handed out, each ended by its NUL; undefined when no name has ended since.
   */
  growing() {
    if (this.head === void 0 || !this.freshEnds) return void 0;
    const text = this.fresh.length === 1 ? this.fresh[0] : this.fresh.join("");
    const end = text.lastIndexOf("\0") + 1;
    this.fresh = end < text.length ? [text.slice(end)] : [];
    this.freshEnds = false;
    return { head: this.head, names: text.slice(0, end) };
  }
  /** The records left once git has ended (the last one is whole then). */
  end() {
    const all = this.joined();
    this.pieces = [];
    return recordsIn(all, this.marker);
  }
  /** Reads `text`, which the record still arriving goes on with, into its fields or its names. */
  follow(text) {
    let names = text;
    if (this.head === void 0) {
      const nul = text.indexOf("\0");
      if (nul === -1) {
        this.headPieces.push(text);
        return;
      }
      this.headPieces.push(text.slice(0, nul));
      this.head = this.headPieces.join("");
      this.headPieces = [];
      names = text.slice(nul + 1);
    }
    if (!this.namesBegun && names !== "") {
      this.namesBegun = true;
      if (names.startsWith("\n")) names = names.slice(1);
    }
    if (names === "") return;
    this.fresh.push(names);
    if (names.includes("\0")) this.freshEnds = true;
  }
  /** `pieces` as one string (kept as one piece from then on). */
  joined() {
    if (this.pieces.length > 1) this.pieces = [this.pieces.join("")];
    return this.pieces[0] ?? "";
  }
  /** The last `count` characters of `pieces` (fewer when fewer are there). */
  tail(count) {
    if (count <= 0) return "";
    let text = "";
    for (let i = this.pieces.length - 1; i >= 0 && text.length < count; i--)
      text = `${this.pieces[i]}${text}`;
    return text.slice(-count);
  }
};
function recordsIn(text, marker) {
  const records = text.split(marker);
  records.shift();
  return records.filter((record) => record !== "");
}
function namesIn(names) {
  return names.split("\0").filter((name) => name !== "");
}

// src/adapters/git.ts
var NONCE = `${Math.random().toString(36).slice(2, 8)}${Math.random().toString(36).slice(2, 8)}`;
var RECORD = `${NONCE}`;
var FIELD = `${NONCE}`;
var LOG_FORMAT = `--format=${RECORD}%H${FIELD}%P${FIELD}%aN${FIELD}%aE${FIELD}%at${FIELD}%ct${FIELD}%s${FIELD}%b${FIELD}%(trailers:key=Task,valueonly,separator=%x1f${NONCE})`;
var LOG_STABLE = [
  "--no-color",
  "--no-show-signature",
  "--no-renames",
  "--no-ext-diff",
  "--no-textconv",
  // A submodule's change is a change of what is pushed, whatever `diff.ignoreSubmodules` says.
  "--ignore-submodules=none",
  "-z"
];
var PLAIN_BRANCH = /^(?!.*(?:\.\.|\/\/|\/\.|\.lock(?:\/|$)))[A-Za-z0-9_-][A-Za-z0-9._/-]*(?<![./])$/;
function headInFiles(gitDir) {
  const headFile = join(gitDir, "HEAD");
  if (!lstatSync(headFile, { throwIfNoEntry: false })?.isFile()) return void 0;
  const text = readFileSync(headFile, "utf8");
  const branch = /^ref: refs\/heads\/([^\n]+)\n?$/.exec(text)?.[1];
  if (branch === void 0) {
    const commit = text.replace(/\n$/, "");
    return OBJECT_NAME.test(commit) ? { commit, commonDir: commonDirOf(gitDir) } : void 0;
  }
  if (!PLAIN_BRANCH.test(branch)) return void 0;
  const commonDir = commonDirOf(gitDir);
  return { branch, refFile: join(commonDir, "refs", "heads", branch), commonDir };
}
function branchInHead(gitDir) {
  const head = headInFiles(gitDir);
  if (head === void 0) return void 0;
  if ("commit" in head) return { branch: void 0 };
  const own = lstatSync(head.refFile, { throwIfNoEntry: false });
  if (own?.isSymbolicLink() || own?.isFile() && readFileSync(head.refFile, "latin1").startsWith("ref:"))
    return void 0;
  return { branch: head.branch };
}
var PACKED_REFS_READ_LIMIT = 1 << 20;
function commitInHead(gitDir) {
  if (process.env.GIT_OBJECT_DIRECTORY !== void 0) return void 0;
  const head = headInFiles(gitDir);
  if (head === void 0) return void 0;
  const commit = "commit" in head ? head.commit : commitOfBranch(head);
  const objectsDir = join(head.commonDir, "objects");
  return commit !== void 0 && existsSync2(join(objectsDir, commit.slice(0, 2), commit.slice(2))) ? commit : void 0;
}
function commitOfBranch(head) {
  const own = lstatSync(head.refFile, { throwIfNoEntry: false });
  if (own !== void 0) {
    if (!own.isFile()) return void 0;
    const commit = readFileSync(head.refFile, "latin1").replace(/\n$/, "");
    return OBJECT_NAME.test(commit) ? commit : void 0;
  }
  const packedFile = join(head.commonDir, "packed-refs");
  const packed = lstatSync(packedFile, { throwIfNoEntry: false });
  if (!packed?.isFile() || packed.size > PACKED_REFS_READ_LIMIT) return void 0;
  const line = ` refs/heads/${head.branch}`;
  for (const entry of readFileSync(packedFile, "latin1").split("\n")) {
    if (!entry.endsWith(line)) continue;
    const commit = entry.slice(0, -line.length);
    return OBJECT_NAME.test(commit) ? commit : void 0;
  }
  return void 0;
}
function fetchCommand(rev, remotes, shallow) {
  const depth = shallow ? " --depth=50" : "";
  if (/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(rev))
    return shallow ? `git fetch${depth} origin ${rev}` : void 0;
  const remote = remotes.find((name) => rev.startsWith(`${name}/`));
  const branch = remote === void 0 ? void 0 : rev.slice(remote.length + 1);
  return branch === void 0 || !/^[A-Za-z0-9._/-]+$/.test(branch) || branch.includes("..") ? void 0 : `git fetch${depth} ${remote} '+refs/heads/${branch}:refs/remotes/${remote}/${branch}'`;
}
function branchOfRef(ref) {
  if (ref.startsWith("refs/heads/")) return ref.slice("refs/heads/".length) || void 0;
  if (!ref.startsWith("refs/remotes/")) return void 0;
  const name = ref.slice("refs/remotes/".length);
  const slash = name.indexOf("/");
  return slash > 0 && name.slice(slash + 1) !== "HEAD" ? name.slice(slash + 1) : void 0;
}
function commonDirOf(gitDir) {
  const commonFile = join(gitDir, "commondir");
  return existsSync2(commonFile) ? resolve(gitDir, readFileSync(commonFile, "utf8").trim()) : gitDir;
}
function stateOfEntry(entry) {
  return entry[0] === "?" || entry[0] === "A" ? "new" : "changed";
}
var OBJECT_NAME = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
var REMOTE_COMMANDS = /* @__PURE__ */ new Set(["fetch"]);
var GitCommandManager = class _GitCommandManager {
  constructor(workingDirectory, workingTreeUnchanged = false) {
    this.workingDirectory = workingDirectory;
    this.workingTreeUnchanged = workingTreeUnchanged;
    this.inPackage = !existsSync2(join(workingDirectory, ".git"));
  }
  workingDirectory;
  workingTreeUnchanged;
  simpleGit;
  treeReader;
  /**
   * Set when the working directory is a folder inside the repository (a monorepo package): commits
   * are then listed with their files inside it, relative to it (`git log --relative`), as the
   * package's registry and handoffs name them. Pathspecs are relative to it anyway.
   */
  inPackage;
  /** `packagePrefix`, once asked. */
  prefix;
  /**
   * Answers about refs asked once per manager, by key: the commit a revision names (`commit:<rev>`),
   * the remotes, whether the clone is shallow. The agents' session-start brief asked for HEAD three
   * times and for `origin/HEAD` and `origin/main` three times each, a git process each. Any command
   * that may move a ref forgets them all (`raw`, `mayMoveRefs`).
   */
  remembered = /* @__PURE__ */ new Map();
  static create(workingDirectory, options = {}) {
    return new _GitCommandManager(workingDirectory, options.workingTreeUnchanged === true);
  }
  /**
   * `use(git)` with a manager at `workingDirectory`: the caller's `shared` one when it runs there
   * (what it has asked and read serves again; the caller closes it), else one made for this and
   * closed after.
   */
  static async at(workingDirectory, shared, use) {
    if (shared instanceof _GitCommandManager && shared.workingDirectory === workingDirectory)
      return use(shared);
    const git = new _GitCommandManager(workingDirectory);
    try {
      return await use(git);
    } finally {
      git.close();
    }
  }
  /**
   * Commits selected by `revisionArgs` (e.g. `['a..b']`, or `[sha, '--not', '--remotes=origin']`),
   * oldest first, with the files each changes, with line counts when `stats` is set. Revisions
   * the repository does not have are an InputError naming them; `--ignore-missing` in the args
   * skips them instead.
   */
  async logRange(revisionArgs, opts) {
    const args = [
      "log",
      // Parents before children, whatever the commit dates say.
      "--topo-order",
      "--reverse",
      ...LOG_STABLE,
      // In a package, only its commits: one that changes only other folders (or nothing) is none of
      // its work. Every commit that touches it is listed (git's history simplification could hide
      // some), with its parents rewritten to the nearest listed ones, so ancestry stays connected.
      ...this.inPackage ? ["--relative", "--full-history", "--parents"] : [],
      LOG_FORMAT,
      ...opts.stats ? ["--numstat"] : opts.blobs ? ["--raw", "--no-abbrev"] : ["--name-only"],
      ...revisionArgs,
      "--",
      ...this.inPackage ? ["."] : []
    ];
    const blobs = opts.blobs === true && !opts.stats;
    let first = true;
    const commits = opts.blocking ? parseLog(this.execBlocking(args), opts.stats, blobs) : await this.logRecords(args, (record) => {
      const commit = parseLogRecord(record, opts.stats, blobs);
      if (commit && first) {
        first = false;
        opts.onFirstCommit?.();
      }
      return commit;
    });
    if (commits.some((commit) => commit.parents.length > 1)) {
      const mergeFiles = await this.mergeOwnFiles(revisionArgs);
      for (const commit of commits) {
        const files = mergeFiles.get(commit.sha);
        if (files) commit.files = files.map((path) => ({ path }));
      }
    }
    return commits;
  }
  /**
   * The files of each merge's dense combined patch (`git log --merges --cc -p`), by merge: only the
   * `diff --cc <path>` headers are kept as the patch streams by, so a merge that adds a file of
   * hundreds of megabytes costs the time git takes to print it, never the memory. Named as the other
   * commits' files are: in a package, from the package (`packagePrefix`).
   */
  async mergeOwnFiles(revisionArgs, paths = [], revisions = []) {
    const { args, input } = onStdin(
      [
        "log",
        ...LOG_STABLE,
        ...this.inPackage ? ["--relative", "--full-history"] : [],
        `--format=${RECORD}%H`,
        "--merges",
        "--cc",
        "-p",
        "-U0",
        "--no-prefix",
        ...revisionArgs
      ],
      revisions,
      paths.length > 0 ? paths : this.inPackage ? ["."] : []
    );
    const merges = /* @__PURE__ */ new Map();
    let files;
    const reader = headerLines(RECORD, (line) => {
      if (line.startsWith(RECORD)) {
        files = [];
        merges.set(line.slice(RECORD.length), files);
      } else files?.push(unquoteGitPath(line.slice(MERGE_FILE_HEADER.length)));
    });
    try {
      await streamGit(
        args,
        this.workingDirectory,
        (text) => {
          reader.read(text);
          return false;
        },
        void 0,
        input
      );
    } catch (error) {
      throw translateGitError(error, args, this.workingDirectory);
    }
    reader.end();
    const prefix = merges.size > 0 ? await this.packagePrefix() : "";
    for (const [sha, files2] of merges) {
      const own = files2.filter((path) => path.startsWith(prefix)).map((path) => path.slice(prefix.length));
      if (own.length === 0) merges.delete(sha);
      else merges.set(sha, own);
    }
    return merges;
  }
  /**
   * The package folder from the repository's top (`packages/a/`; '' outside a package): git names a
   * combined patch's files, and a merge's files in `--cc --name-only`, from the top even with
   * `--relative`. Asked of git once.
   */
  packagePrefix() {
    if (!this.inPackage) return Promise.resolve("");
    this.prefix ??= this.exec(["rev-parse", "--show-prefix"]).then((out) => out.trim());
    return this.prefix;
  }
  async branchNamed(rev) {
    const full = (await this.tryExec(["rev-parse", "--symbolic-full-name", rev, "--"]))?.split("\n")[0]?.trim();
    return full === void 0 ? void 0 : branchOfRef(full);
  }
  async branchesAt(sha) {
    const out = await this.exec([
      "for-each-ref",
      `--points-at=${sha}`,
      "--format=%(refname)",
      "refs/heads/",
      "refs/remotes/"
    ]);
    const names = /* @__PURE__ */ new Set();
    for (const ref of out.split("\n")) {
      const name = branchOfRef(ref);
      if (name !== void 0) names.add(name);
    }
    return [...names];
  }
  /** The branch HEAD is on, or undefined when HEAD is detached (or the repository is empty). */
  async currentBranch() {
    const fromFile = this.branchInHeadFile();
    if (fromFile) return fromFile.branch;
    const out = await this.tryExec(["symbolic-ref", "--short", "-q", "HEAD"]);
    const name = out?.trim();
    return name ? name : void 0;
  }
  async workBranch() {
    const branch = await this.currentBranch();
    if (branch !== void 0) return branch;
    const dir = await this.absoluteGitDir().catch(() => void 0);
    if (!dir) return void 0;
    for (const folder of REBASE_FOLDERS) {
      let name;
      try {
        name = readFileSync(join(dir, folder, "head-name"), "utf8").trim();
      } catch {
        continue;
      }
      return name.startsWith("refs/heads/") ? name.slice("refs/heads/".length) : void 0;
    }
    return void 0;
  }
  /**
   * The branch HEAD's own file names, read as git reads it (a git process costs `resume` ~4 ms,
   * measured): `ref: refs/heads/<branch>` is that branch, an object name a detached HEAD (no branch).
   * Undefined, for git to answer, for anything else: a repository GIT_DIR or GIT_WORK_TREE places, a
   * HEAD that names another kind of ref, is a link, holds reftable's placeholder or a name that is
   * not plain (`PLAIN_BRANCH`), a branch that is an alias of another, a file that cannot be read.
   * One difference, on purpose: a branch that shares its name with a tag is named as it is (`main`),
   * where `git symbolic-ref --short` would say `heads/main`; task ids are read from the name.
   */
  branchInHeadFile() {
    const gitDir = this.gitDirInFiles();
    return gitDir ? branchInHead(gitDir) : void 0;
  }
  /**
   * The git dir git finds from the working directory, read from the files as git reads them: the
   * nearest `.git`, a folder or a worktree's or submodule's `gitdir:` file. Undefined, for git to
   * answer, where the environment places the repository (GIT_DIR, GIT_WORK_TREE, GIT_COMMON_DIR) or
   * that `.git` is neither.
   */
  gitDirInFiles() {
    const env = process.env;
    if (env.GIT_DIR !== void 0 || env.GIT_WORK_TREE !== void 0 || env.GIT_COMMON_DIR !== void 0)
      return void 0;
    try {
      let dir = this.workingDirectory;
      for (; ; ) {
        if (lstatSync(join(dir, ".git"), { throwIfNoEntry: false })) return gitDirIn(dir);
        const parent = dirname(dir);
        if (parent === dir) return void 0;
        dir = parent;
      }
    } catch {
      return void 0;
    }
  }
  /** `ask()`'s answer under `key`, asked once (see `remembered`); a failure is not kept. */
  remember(key, ask) {
    const known = this.remembered.get(key);
    if (known !== void 0) return known;
    const asked = ask();
    this.remembered.set(key, asked);
    asked.catch(() => {
      if (this.remembered.get(key) === asked) this.remembered.delete(key);
    });
    return asked;
  }
  /** The commit `rev` names, or undefined when it names none (asked once: `remember`). */
  commitOf(rev) {
    return this.remember(`commit:${rev}`, async () => {
      const gitDir = rev === "HEAD" ? this.gitDirInFiles() : void 0;
      const fromFiles = gitDir === void 0 ? void 0 : commitInHead(gitDir);
      if (fromFiles !== void 0) return fromFiles;
      const out = await this.tryExec([
        "rev-parse",
        "--verify",
        "--quiet",
        "--end-of-options",
        `${rev}^{commit}`
      ]);
      const sha = out?.trim();
      return sha !== void 0 && OBJECT_NAME.test(sha) ? sha : void 0;
    });
  }
  /** Full sha of a commit; InputError naming the revision when there is no such commit. */
  async revParse(rev) {
    const sha = await this.commitOf(rev);
    if (!sha) {
      const shallow = await this.isShallow().catch(() => false);
      const remotes = await this.listRemotes().catch(() => []);
      const fetch = fetchCommand(rev, remotes, shallow);
      const hint = fetch ? ` (${shallow ? "this clone is shallow: " : "not fetched? "}fetch it first, e.g. ${fetch})` : shallow ? " (this clone is shallow: fetch it first, or name a remote-tracking branch such as origin/main)" : "";
      const range = /^[^:].*\.\./.test(rev) ? " (a range: name one commit; for A..B give each end to its own flag, e.g. --base A --head B)" : "";
      throw new InputError(
        `unknown revision "${rev}": no such commit in this repository${range || hint}`,
        {},
        "git/unknown-revision"
      );
    }
    return sha;
  }
  /**
   * Whether each of `revs` names a commit. Full object names (the Action's ends, from its event) are
   * looked up in one `git rev-parse` when there are several: git prints one line for each that names
   * a commit and drops the rest (`--revs-only`), so when every one came back each answer is remembered
   * as `commitOf`'s; otherwise, and for any other name, each is asked apart, as `revParse` would.
   */
  async areCommits(revs) {
    const unasked = [...new Set(revs)].filter(
      (rev) => OBJECT_NAME.test(rev) && !this.remembered.has(`commit:${rev}`)
    );
    if (unasked.length > 1) {
      const out = await this.tryExec([
        "rev-parse",
        "--revs-only",
        "--end-of-options",
        ...unasked.map((rev) => `${rev}^{commit}`)
      ]);
      const shas = out?.trim().split("\n") ?? [];
      if (shas.length === unasked.length && shas.every((sha) => OBJECT_NAME.test(sha)))
        for (const [index, rev] of unasked.entries()) this.remember(`commit:${rev}`, async () => shas[index]);
    }
    return Promise.all(revs.map(async (rev) => await this.commitOf(rev) !== void 0));
  }
  /** Whether HEAD points at a commit (false in a repository with no commits yet; damage throws). */
  async hasCommits() {
    return await this.headCommit() !== void 0;
  }
  /**
   * `headCommit()` and `currentBranch()` from one `git rev-parse` (a second process costs `resume`
   * ~5 ms on two cores). An unborn or broken HEAD makes git refuse it: then the two are asked apart,
   * as each knows how to tell those cases.
   */
  async headAndBranch() {
    const out = await this.tryExec(["rev-parse", "HEAD^{commit}", "--abbrev-ref", "HEAD"]);
    const [commit, name] = out?.trim().split("\n") ?? [];
    if (commit && OBJECT_NAME.test(commit) && name) {
      return { commit, branch: name === "HEAD" ? void 0 : name };
    }
    const [headCommit, branch] = await Promise.all([this.headCommit(), this.currentBranch()]);
    return { commit: headCommit, branch };
  }
  /**
   * The commit HEAD points at, or undefined when its branch is unborn (a repository with no commits
   * yet, or an orphan branch). That is the only "no commits" case: a HEAD or branch ref that names a
   * missing or corrupt object, or holds garbage, is an InputError with what git said.
   */
  async headCommit() {
    const sha = await this.commitOf("HEAD");
    if (sha) return sha;
    this.remembered.delete("commit:HEAD");
    const headFile = resolve(
      this.workingDirectory,
      (await this.exec(["rev-parse", "--git-path", "HEAD"])).trim()
    );
    const ref = /^ref: (.+)$/m.exec(readTextOrEmpty(headFile))?.[1]?.trim();
    if (!ref) {
      throw new InputError(
        "HEAD names an object git cannot read as a commit: the repository is damaged (git fsck tells more)",
        {},
        "git/corrupt"
      );
    }
    let said;
    try {
      said = `it names ${(await this.raw(["show-ref", "--verify", ref])).trim().split(" ")[0]?.slice(0, 12)}, which is missing or not a commit`;
    } catch (error) {
      said = (error instanceof Error ? error.message : String(error)).trim();
      if (/not a valid ref/.test(said)) {
        const loose = resolve(
          this.workingDirectory,
          (await this.exec(["rev-parse", "--git-path", ref])).trim()
        );
        if (!existsSync2(loose)) return void 0;
        said = "its file does not hold an object name";
      }
      said = said.split("\n").pop()?.replace(/^fatal: /, "").slice(0, 200) ?? said;
    }
    throw new InputError(
      `${ref} cannot be read (${said}): the repository is damaged (git fsck tells more)`,
      {},
      "git/corrupt"
    );
  }
  /** Reads files as they are in commits' trees (one pair of `git cat-file` processes, reused). */
  get tree() {
    this.treeReader ??= new TreeReader(this.workingDirectory);
    return this.treeReader;
  }
  /** Ends the long-lived processes (the tree reader's); the manager can still be used afterwards. */
  close() {
    this.treeReader?.close();
    this.treeReader = void 0;
  }
  /** The text of `path` (from the repository's top) as HEAD has it; undefined with no such file or no HEAD. */
  async textAtHead(path) {
    return this.tryExec(["cat-file", "blob", `HEAD:${path}`]);
  }
  /**
   * Of `paths`, those whose working-tree or index content differs from HEAD (untracked included):
   * one `git status` over just those paths.
   */
  async changedSinceHead(paths) {
    if (this.workingTreeUnchanged && !this.inPackage) {
      const places = paths.map(normalizeLink);
      const changes = await this.workingTreeChanges();
      return changes.filter((change) => places.some((place) => isAtOrInside(change.path, place))).map((change) => change.path);
    }
    return [...(await this.changesSinceHead(paths)).keys()];
  }
  /**
   * Every change to the working tree and the index against HEAD below the working directory
   * (untracked files one by one; a rename as its removal and its addition), each path from the
   * repository's top with git's two-letter code (`??` untracked, `A ` added, ` M` changed, and so
   * on). Read once where nothing writes the working tree meanwhile (the constructor's
   * `workingTreeUnchanged`).
   */
  workingTreeChanges() {
    const read = () => this.statusEntries(["."]);
    return this.workingTreeUnchanged ? this.remember("status:.", read) : read();
  }
  /**
   * `changedSinceHead` with how each stands (as `uncommitted` tells one path): `new`, never committed
   * (untracked, or added to the index only), or `changed`, committed and changed since.
   */
  async changesSinceHead(paths) {
    const changes = /* @__PURE__ */ new Map();
    if (paths.length === 0) return changes;
    for (const { code, path } of await this.statusEntries(paths.map((p) => `:(literal)${p}`)))
      changes.set(path, stateOfEntry(code));
    return changes;
  }
  /** `git status` of `pathspecs`: each entry's two-letter code and path (renames as two entries). */
  async statusEntries(pathspecs) {
    const out = await this.execOver(
      ["status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames"],
      pathspecs
    );
    return out.split("\0").filter((entry) => entry.length > 3).map((entry) => ({ code: entry.slice(0, 2), path: entry.slice(3) }));
  }
  /**
   * HEAD's upstream as a short name (`origin/main`), or undefined when it has none; asked with its
   * commit in the same process: the commit is remembered for the name (`commitOf`), so the caller's
   * `revParse` of it starts no second one.
   */
  async upstream() {
    const out = await this.tryExec([
      "rev-parse",
      "@{upstream}^{commit}",
      "--abbrev-ref",
      "--symbolic-full-name",
      "@{upstream}"
    ]);
    const [sha = "", name = ""] = out?.trim().split("\n") ?? [];
    if (name === "") return void 0;
    if (OBJECT_NAME.test(sha)) this.remembered.set(`commit:${name}`, Promise.resolve(sha));
    return name;
  }
  /** The first of `candidates` that names a commit here, e.g. `origin/HEAD`, `origin/main`, `main`. */
  async firstExisting(candidates) {
    for (const candidate of candidates) if (await this.commitOf(candidate)) return candidate;
    return void 0;
  }
  async isShallow() {
    return this.remember("shallow", async () => {
      const gitDir = this.gitDirInFiles();
      if (gitDir !== void 0) return existsSync2(join(commonDirOf(gitDir), "shallow"));
      return (await this.exec(["rev-parse", "--is-shallow-repository"])).trim() === "true";
    });
  }
  async shallowEdge() {
    const file = await this.gitPath("shallow");
    try {
      return new Set(
        readFileSync(file, "latin1").split("\n").filter((line) => /^[0-9a-f]{40,64}$/.test(line))
      );
    } catch {
      return /* @__PURE__ */ new Set();
    }
  }
  /** The commit time (seconds) of each of the shallow edge's commits; none in a whole clone. */
  async shallowEdgeTimes() {
    const times = /* @__PURE__ */ new Map();
    const edge = await this.shallowEdge();
    if (edge.size === 0) return times;
    const { args, input } = onStdin(["log", ...LOG_STABLE, "--no-walk", "--format=%H %ct"], [...edge], []);
    for (const record of (await this.exec(args, input)).split("\0")) {
      const [sha = "", time = ""] = record.trim().split(" ");
      if (edge.has(sha)) times.set(sha, Number(time));
    }
    return times;
  }
  async edgesReachedSince(rev, since) {
    const recent = [...await this.shallowEdgeTimes()].filter(([, time]) => time >= since);
    if (recent.length > EDGES_ASKED) return recent.length;
    let reached = 0;
    for (const [sha] of recent) if (await this.mergeBase(sha, rev) === sha) reached++;
    return reached;
  }
  /** Fetches `by` more commits of history, of `refspecs` (a PR's head is on no branch) or the remote's default. */
  async deepen(by, refspecs = [], remote = "origin") {
    await this.exec(["fetch", "--no-tags", "--quiet", `--deepen=${by}`, remote, ...refspecs]);
  }
  /** Best common ancestor, or undefined when the two histories share none (or it is not fetched). */
  async mergeBase(a, b) {
    const out = await this.tryExec(["merge-base", a, b]);
    const sha = out?.trim();
    return sha ? sha : void 0;
  }
  async listFolders(commit, parent) {
    const out = await this.exec([
      "ls-tree",
      "-d",
      "-z",
      "--name-only",
      commit,
      "--",
      parent === "" ? "." : `${parent}/`
    ]);
    return out.split("\0").filter((p) => p !== "");
  }
  async commonAncestor(shas) {
    if (shas.length <= 1) return shas[0];
    const out = await this.tryExec(["merge-base", "--octopus", ...shas]);
    const sha = out?.trim().split("\n")[0];
    return sha ? sha : void 0;
  }
  /**
   * For each path, the commit time (seconds) of its last touch (the newest commit reachable from
   * `rev` that touched it) when that is at or after `sinceEpochSeconds`; paths touched only before
   * are absent. One `git log --since` over the paths: git stops walking at the window's start, so
   * the cost follows the window, not the history. When that walk does not find every path, the
   * CLOCK_BEHIND_WALK commits nearest `rev` are listed (one `git rev-list`), and only when a commit
   * dated in the window comes there after one dated before it are those after it read again.
   */
  async lastTouchesSince(paths, sinceEpochSeconds, rev = "HEAD") {
    const touches = await this.lastTouches(paths, [
      "--full-history",
      // A window from before 1970 (a maxAge of 100 years, to turn expiry off) holds every commit: git
      // reads such a date as that day of the current year, and the handoffs read expired.
      ...sinceEpochSeconds > 0 ? [`--since=${new Date(sinceEpochSeconds * 1e3).toISOString()}`] : [],
      rev
    ]);
    const unfound = paths.filter((path) => !touches.has(path));
    const hidden = unfound.length > 0 && sinceEpochSeconds > 0 ? await this.afterClockBehind(rev, sinceEpochSeconds) : [];
    if (hidden.length > 0) {
      for (const [path, touch] of await this.lastTouches(unfound, ["--no-walk=unsorted"], hidden))
        if (touch.time >= sinceEpochSeconds) touches.set(path, touch);
    }
    const found = /* @__PURE__ */ new Map();
    const parentless = [];
    for (const [path, { time, parents }] of touches) {
      found.set(path, time);
      if (parents.length === 0) parentless.push(path);
    }
    await this.forgetShallowEdge(found, parentless);
    return found;
  }
  /**
   * Of the CLOCK_BEHIND_WALK commits nearest `rev` (git's walk, newest date first), those from the
   * first dated before `since` on, when any after it is dated in the window (`--since` stops at the
   * first); none otherwise, the usual case.
   */
  async afterClockBehind(rev, since) {
    const out = await this.exec(["rev-list", "--timestamp", `--max-count=${CLOCK_BEHIND_WALK}`, rev, "--"]);
    const walked = out.split("\n").filter((line) => line !== "").map((line) => line.split(" "));
    const first = walked.findIndex(([time]) => Number(time) < since);
    const under = first === -1 ? [] : walked.slice(first);
    return under.some(([time]) => Number(time) >= since) ? under.map(([, sha]) => sha) : [];
  }
  /**
   * The last commit reachable from `rev` that touched each of `paths` (absent when none did), in ONE
   * `git log` over all of them. Unlike `lastTouchesSince` no touch is left out for its age: it is for
   * `resume`, which must find a handoff's last commit however old, not for the pre-push hot path.
   */
  async lastTouchingCommits(paths, rev = "HEAD") {
    const touches = await this.lastTouches(paths, [rev]);
    const found = /* @__PURE__ */ new Map();
    const parentless = [];
    for (const [path, { sha, parents }] of touches) {
      found.set(path, sha);
      if (parents.length === 0) parentless.push(path);
    }
    await this.forgetShallowEdge(found, parentless);
    return found;
  }
  /**
   * A commit with no parents shows every file as added. In a shallow clone (CI's `--depth 1`) the
   * oldest commit it has is such a commit whatever it changed: a "touch" there says nothing. Taken as
   * one it would hide the work after the real last update, or make an old handoff look updated
   * today. So such touches are dropped, in a shallow clone only (asked only when there is one).
   */
  async forgetShallowEdge(found, parentless) {
    if (parentless.length > 0 && await this.isShallow()) for (const path of parentless) found.delete(path);
  }
  /**
   * The last commit reachable from `rev` that touched each of `paths`, and the commits after the
   * oldest of them (oldest first, as `logRange([rev, '--not', touch])` lists them; `commitsAfterTouch`
   * gives each path's), in ONE walk back from `rev`: `lastTouchingCommits` and a `logRange` per touch
   * would take a git process each, one after the other (a pull request comment resuming ten tasks
   * started eleven). Only where the answer is the same: undefined when the walk meets a merge or a
   * commit without parents (a root, or a shallow clone's edge, where a touch says nothing) before the
   * last touch, passes `limit` commits without finding every path, or runs in a package folder; the
   * caller then asks the separate reads (so does a path no commit touched: the walk ends at a root).
   * With `stats`, the commits carry their line counts, as `logRange` gives them with `stats`.
   */
  async touchesAndCommitsAfter(paths, rev, options = {}) {
    const { limit = WALK_LIMIT, stats = false } = options;
    const wanted = new Set(paths);
    if (this.inPackage || wanted.size === 0) return void 0;
    const args = ["log", ...LOG_STABLE, LOG_FORMAT, stats ? "--numstat" : "--name-only", rev, "--"];
    const commits = [];
    const touches = /* @__PURE__ */ new Map();
    let exact = true;
    const beyond = (commit) => commit.parents.length !== 1 || !OBJECT_NAME.test(commit.sha);
    let growing;
    await this.walkRecords(
      args,
      (record) => {
        growing = void 0;
        const commit = parseLogRecord(record, stats);
        if (!commit) return false;
        if (beyond(commit)) {
          exact = false;
          return true;
        }
        const found = commit.files.filter((file) => wanted.has(file.path) && !touches.has(file.path));
        for (const file of found) touches.set(file.path, commit.sha);
        if (touches.size === wanted.size) return true;
        commits.push(commit);
        if (commits.length > limit) exact = false;
        return !exact;
      },
      (head, names) => {
        if (growing?.head !== head)
          growing = { head, commit: parseLogRecord(`${head}\0`, stats), found: /* @__PURE__ */ new Set() };
        const { commit, found } = growing;
        if (!commit) return false;
        if (beyond(commit)) {
          exact = false;
          return true;
        }
        for (const entry of names) {
          const path = stats ? parseNumstat(entry).path : entry;
          if (wanted.has(path) && !touches.has(path)) found.add(path);
        }
        if (found.size < wanted.size - touches.size) return false;
        for (const path of found) touches.set(path, commit.sha);
        return true;
      }
    );
    return exact && touches.size === wanted.size ? { touches, commits: commits.reverse() } : void 0;
  }
  /**
   * ONE `git log --name-only` over `paths`: for each, the newest commit touching it. The output is
   * read as it comes and git is stopped as soon as every path has been seen, so the walk ends at the
   * oldest of the last touches instead of at the root of the history.
   *
   * A merge touches a file as it is work in the check (`logRange`): where its result differs from
   * every parent in some hunk (a conflict resolved by hand, a handoff rewritten while merging), not
   * where it only combines what each side did. The walk lists a merge's files with `--cc` (every
   * file that differs from all parents), keeps such merges as candidates and goes on to the path's
   * newest other touch; the candidates are then read in their dense combined patch, once for all.
   */
  async lastTouches(paths, revisionArgs, revisions = []) {
    const touches = /* @__PURE__ */ new Map();
    if (paths.length === 0) return touches;
    const args = [
      "log",
      ...LOG_STABLE,
      ...this.inPackage ? ["--relative"] : [],
      `--format=${RECORD}%H %ct %P`,
      "--name-only",
      "--cc",
      ...revisionArgs
    ];
    const stdin = onStdin(args, revisions, paths);
    const wanted = new Set(paths);
    const foundAt = /* @__PURE__ */ new Map();
    const merges = [];
    let at = 0;
    const take = (head, names, whole) => {
      const [sha = "", time = "", ...parents] = head.trim().split(" ");
      const touch = { sha, time: Number(time), parents };
      if (parents.length > 1) {
        if (whole && names.length > 0) merges.push({ touch, at: at++, names });
        return false;
      }
      for (const path of names) {
        if (!wanted.has(path) || touches.has(path)) continue;
        touches.set(path, touch);
        foundAt.set(path, at);
      }
      if (whole) at++;
      return touches.size === wanted.size;
    };
    await this.walkRecords(
      stdin.args,
      (record) => {
        const end = record.indexOf("\0");
        return end !== -1 && take(record.slice(0, end), namesIn(record.slice(end + 1).replace(/^\n/, "")), true);
      },
      (head, names) => take(head, names, false),
      stdin.input
    );
    if (merges.length === 0) return touches;
    const prefix = await this.packagePrefix();
    const candidates = /* @__PURE__ */ new Map();
    for (const merge of merges) {
      for (const name of merge.names) {
        const path = name.startsWith(prefix) ? name.slice(prefix.length) : void 0;
        if (path === void 0 || !wanted.has(path) || merge.at > (foundAt.get(path) ?? Number.MAX_SAFE_INTEGER))
          continue;
        const list = candidates.get(path);
        if (list) list.push(merge);
        else candidates.set(path, [merge]);
      }
    }
    if (candidates.size === 0) return touches;
    const shas = [...new Set([...candidates.values()].flatMap((list) => list.map((m) => m.touch.sha)))];
    const own = await this.mergeOwnFiles(["--no-walk"], [...candidates.keys()], shas);
    for (const [path, list] of candidates) {
      const newest = list.find((merge) => own.get(merge.touch.sha)?.includes(path));
      if (newest) touches.set(path, newest.touch);
    }
    return touches;
  }
  /**
   * Runs a `git log` whose records start with RECORD and hands each whole record to `onRecord` as it
   * arrives, and, given `onNames`, the newest one while it is still arriving: its fields and the names
   * that came since (see `LogRecords.growing`), each ended, so every name handed over is its commit's.
   * A walk can then stop on the commit that answers it, not at the next one (which, for paths that
   * commit created, is never: git would walk to the root). git is stopped as soon as either returns
   * true.
   */
  async walkRecords(args, onRecord, onNames, input) {
    const records = new LogRecords(RECORD);
    let answered = false;
    try {
      await streamGit(
        args,
        this.workingDirectory,
        (text) => {
          answered = records.push(text).some(onRecord);
          if (answered || !onNames) return answered;
          const newest = records.growing();
          answered = newest !== void 0 && onNames(newest.head, namesIn(newest.names));
          return answered;
        },
        // git log buffers what it writes to a pipe, flushed only every few KB: a walk's answer would
        // wait in git's buffer while it walks the rest of the history. A reading to the end is better
        // fully buffered (see runGit).
        { GIT_FLUSH: onNames ? "1" : "0" },
        input
      );
    } catch (error) {
      throw translateGitError(error, args, this.workingDirectory);
    }
    if (answered) return;
    records.end().some(onRecord);
  }
  /**
   * Runs a `git log` whose records start with RECORD and gives what `parse` makes of each, in order,
   * read as git writes them: a draft's range of 10,000 commits is parsed while git computes the rest
   * of it, not after (~100 ms of the draft), and its output is never held whole.
   */
  async logRecords(args, parse) {
    const parsed = [];
    await this.walkRecords(args, (record) => {
      const value = parse(record);
      if (value !== void 0) parsed.push(value);
      return false;
    });
    return parsed;
  }
  /** Whether `path` differs from HEAD in the index or the working tree, or is not tracked at all. */
  async hasUncommittedChanges(path) {
    return await this.uncommitted(path) !== "clean";
  }
  /**
   * How `path` stands against HEAD: `clean`; `new`, never committed (untracked, or added to the
   * index only); or `changed`, committed and changed since.
   */
  async uncommitted(path) {
    const output = await this.exec([
      "status",
      "--porcelain",
      "--untracked-files=all",
      "--",
      `:(literal)${path}`
    ]);
    return output.trim() === "" ? "clean" : stateOfEntry(output);
  }
  /**
   * Every config value in effect (`git config --list`, includes and `-c` settings too), in one git
   * process: key -> its last value. Keys as git prints them: section and name in lower case, a
   * subsection (a branch's or a remote's name) as written.
   */
  async configList() {
    const out = await this.exec(["config", "--list", "-z"]);
    const values = /* @__PURE__ */ new Map();
    for (const entry of out.split("\0")) {
      if (entry === "") continue;
      const newline = entry.indexOf("\n");
      if (newline === -1) values.set(entry, "true");
      else values.set(entry.slice(0, newline), entry.slice(newline + 1));
    }
    return values;
  }
  /** A config value, or undefined when unset. */
  async configGet(key) {
    const value = (await this.tryExec(["config", "--get", key]))?.trim();
    return value ? value : void 0;
  }
  /**
   * The operation a working tree is in the middle of (a merge, cherry-pick, revert or rebase that
   * stopped, for a conflict or `--no-commit`), from the files git keeps for it in this worktree's
   * git dir; undefined when none is.
   */
  async operationInProgress() {
    const dir = await this.absoluteGitDir();
    for (const [file, operation] of IN_PROGRESS_FILES) if (existsSync2(join(dir, file))) return operation;
    return void 0;
  }
  /** Which of `paths` (from the working directory) git tracks: in the index, as `git ls-files` lists them. */
  async trackedOf(paths) {
    if (paths.length === 0) return /* @__PURE__ */ new Set();
    const out = await this.execOver(
      ["ls-files", "-z"],
      paths.map((path) => `:(literal)${path}`)
    );
    return new Set(out.split("\0").filter((path) => path !== ""));
  }
  /**
   * This worktree's git dir, asked once: `workBranch` and `operationInProgress` both read files there.
   * From the files where they tell it (a git process costs the Stop hook ~8 ms on these machines).
   */
  absoluteGitDir() {
    return this.remember(
      "git-dir",
      async () => this.gitDirInFiles() ?? (await this.exec(["rev-parse", "--absolute-git-dir"])).trim()
    );
  }
  /** Absolute path git uses for `name` inside the git dir, honouring `core.hooksPath` and worktrees. */
  async gitPath(name) {
    const out = (await this.exec(["rev-parse", "--path-format=absolute", "--git-path", name])).trim();
    return out;
  }
  async listRemotes() {
    const remotes = await this.remember(
      "remotes",
      async () => (await this.exec(["remote"])).split("\n").filter((line) => line.trim() !== "")
    );
    return [...remotes];
  }
  /** `exec` through a synchronous spawn (`runGitBlocking`): for a caller with nothing to do meanwhile. */
  execBlocking(args) {
    try {
      return runGitBlocking(args, this.workingDirectory);
    } catch (error) {
      throw translateGitError(error, args, this.workingDirectory);
    }
  }
  /** Runs git; returns stdout or throws the error `translateGitError` makes of the failure. */
  async exec(args, input) {
    try {
      return await this.raw(args, input);
    } catch (error) {
      throw translateGitError(error, args, this.workingDirectory);
    }
  }
  /**
   * `git <command> -- <pathspecs>` in batches (see MAX_SPEC_CHARS), their outputs joined: for a command
   * whose answer for each path does not depend on the others asked (`-z` lists). No pathspecs, no
   * command: '' (git would answer for the whole tree), so callers ask with at least one.
   */
  async execOver(command, pathspecs) {
    let out = "";
    for (const batch of specBatches(pathspecs)) out += await this.exec([...command, "--", ...batch]);
    return out;
  }
  /**
   * Like exec, but git exiting non-zero with something on stderr gives undefined; exiting non-zero
   * silently (as `--quiet` makes it) gives what it printed, which may not be empty (`rev-parse --verify
   * --quiet A..B` prints both ends): the caller reads it. A missing git, a folder that is no
   * repository, and git failing to start still throw. (Only local commands come here, so only
   * `runGit`'s failures.)
   */
  async tryExec(args) {
    try {
      return await this.raw(args);
    } catch (error) {
      const translated = translateGitError(error, args, this.workingDirectory);
      if (!(error instanceof GitFailure) || translated instanceof InputError && /^git\/(missing|not-a-repository)$/.test(translated.rule ?? "")) {
        throw translated;
      }
      return void 0;
    }
  }
  /** The one place git is started: simple-git for remote commands, `runGit` for the rest. */
  async raw(args, input) {
    try {
      if (!REMOTE_COMMANDS.has(args[0] ?? "")) return await runGit(args, this.workingDirectory, {}, input);
      process.env.GIT_TERMINAL_PROMPT = "0";
      this.simpleGit ??= import("./dist-QTVRDMF4.js").then(
        ({ simpleGit }) => simpleGit({ baseDir: this.workingDirectory, trimmed: false, timeout: { block: 12e4 } })
      );
      return await (await this.simpleGit).raw(args);
    } finally {
      if (mayMoveRefs(args)) this.remembered.clear();
    }
  }
  // --- Drafts and resumes: net change, merges, attributes, what exists at a revision. ---
  /**
   * Raw output of `git diff -M --raw --numstat -z base head` (renames detected, the user's diff
   * config kept out), optionally limited to `paths`; `parseNetDiff` reads it. `base` undefined diffs
   * from the empty tree (a range that starts at the root commit).
   */
  async netDiff(base, head, paths = []) {
    const args = [
      "diff",
      "--no-color",
      "--no-ext-diff",
      "--no-textconv",
      "-M",
      "--raw",
      "--numstat",
      "-z",
      // In a package, its files, named from its folder (as its handoffs name them).
      ...this.inPackage ? ["--relative"] : [],
      base ?? EMPTY_TREE,
      head,
      "--",
      ...paths.map((p) => `:(literal)${p}`)
    ];
    return paths.length === 0 ? this.remember(`net-diff:${base ?? ""}:${head}`, () => this.exec(args)) : this.exec(args);
  }
  /**
   * Raw output of `git check-attr -z linguist-generated linguist-vendored -- paths...`, in batches,
   * with the .gitattributes of `rev` (else of the index).
   */
  async linguistAttributes(paths, rev) {
    let where = rev === void 0 ? ["--cached"] : ["--source", rev];
    let output = "";
    for (let i = 0; i < paths.length; i += 500) {
      const args = (at) => [
        "check-attr",
        "-z",
        ...at,
        "linguist-generated",
        "linguist-vendored",
        "--",
        ...paths.slice(i, i + 500)
      ];
      try {
        output += await this.exec(args(where));
      } catch (error) {
        if (where[0] !== "--source") throw error;
        where = ["--cached"];
        output += await this.exec(args(where));
      }
    }
    return output;
  }
  /** Every file path in `rev`'s tree (`git ls-tree -r --name-only -z`). */
  async filesAt(rev) {
    const output = await this.exec(["ls-tree", "-r", "--name-only", "-z", "--full-tree", rev]);
    return output.split("\0").filter((p) => p !== "");
  }
  /** Which of `paths` (repository-relative) are a file or a folder of files at `rev`: one `git ls-tree`. */
  async pathsAt(rev, paths) {
    const found = /* @__PURE__ */ new Set();
    if (paths.length === 0) return found;
    const output = await this.execOver(
      ["ls-tree", "-r", "--name-only", "-z", "--full-tree", rev],
      paths.map((p) => `:(literal)${p}`)
    );
    const there = /* @__PURE__ */ new Set();
    for (const file of output.split("\0")) {
      if (file === "") continue;
      there.add(file);
      for (let slash = file.indexOf("/"); slash !== -1; slash = file.indexOf("/", slash + 1))
        there.add(file.slice(0, slash));
    }
    for (const path of paths) if (there.has(path.replace(/\/$/, ""))) found.add(path);
    return found;
  }
  /**
   * Which of `words` occur as whole words in some file of `rev` outside `excluded` folders and files:
   * ONE `git grep -o -h -w -F` over all of them.
   */
  async wordsAt(rev, words, excluded = []) {
    const found = /* @__PURE__ */ new Set();
    if (words.length === 0) return found;
    const excludes = excluded.map((p) => `:(exclude,literal)${p}`);
    const named = specBatches(excludes).length > 1;
    const output = await this.tryExec([
      "grep",
      "--no-color",
      "-I",
      "-o",
      named ? "-z" : "-h",
      "-w",
      "-F",
      ...words.flatMap((w) => ["-e", w]),
      rev,
      "--",
      ".",
      ...named ? [] : excludes
    ]);
    const left = named ? new Set(excluded.map((p) => p.replace(/\/$/, ""))) : void 0;
    for (const line of (output ?? "").split("\n")) {
      if (line === "") continue;
      if (left === void 0) {
        found.add(line);
        continue;
      }
      const nul = line.indexOf("\0");
      const path = line.slice(rev.length + 1, nul);
      if (!left.has(path) && !isInFolders(path, left)) found.add(line.slice(nul + 1));
    }
    return found;
  }
  /** The first parent of `sha`, or undefined for a root commit. */
  async firstParent(sha) {
    const out = await this.tryExec(["rev-parse", "--verify", "--quiet", `${sha}^1`]);
    const parent = out?.trim();
    return parent ? parent : void 0;
  }
};
var CORRUPT_REPOSITORY = /^(?:error|fatal): [^\n]*(?:corrupt|smaller than expected|unable to read [0-9a-f]{7,}|unable to unpack|inflate: data stream error|object file [^\n]* is empty|bad signature|index uses [^\n]* extension)[^\n]*$/im;
function translateGitError(error, args, cwd) {
  const message = error instanceof Error ? error.message : String(error);
  if (/\bENOENT\b/.test(message) && /spawn/.test(message)) {
    return new InputError("git is not installed or not on PATH", {}, "git/missing");
  }
  if (/not a git repository/i.test(message)) {
    return new InputError(`${cwd} is not inside a git repository`, { file: cwd }, "git/not-a-repository");
  }
  const damaged = CORRUPT_REPOSITORY.exec(message);
  if (damaged) {
    return new InputError(
      `the repository is damaged (git ${args[0] ?? ""}: ${damaged[0].trim()}); \`git fsck\` shows what is broken; repair it or clone it again`,
      {},
      "git/corrupt-repository"
    );
  }
  const bad = /(?:bad revision|ambiguous argument|unknown revision|bad object|Invalid revision range) '?([^'\n:]+)'?/i.exec(
    message
  );
  if (bad) {
    return new InputError(
      `unknown revision "${bad[1]}": no such commit in this repository`,
      {},
      "git/unknown-revision"
    );
  }
  if (/does not have any commits yet|your current branch '.*' does not have any commits/i.test(message)) {
    return new InputError("the repository has no commits yet", {}, "git/empty-repository");
  }
  const first = message.split("\n").find((line) => line.trim() !== "") ?? message;
  return new InternalError(`git ${args[0] ?? ""} failed: ${first.trim()}`, {
    cause: error instanceof Error ? error : void 0
  });
}
var READS_ONLY = /* @__PURE__ */ new Set([
  "rev-parse",
  "log",
  "rev-list",
  "ls-tree",
  "cat-file",
  "status",
  "diff",
  "show",
  "show-ref",
  "merge-base",
  "for-each-ref",
  "check-attr",
  "ls-files",
  "symbolic-ref",
  "var",
  "grep"
]);
function mayMoveRefs(args) {
  const [command, ...rest] = args;
  if (command === void 0) return false;
  if (READS_ONLY.has(command)) return false;
  if (command === "config") return !rest.some((a) => /^(?:--list|-l|--get(?:-all|-regexp)?)$/.test(a));
  if (command === "remote") return rest.length > 0 && rest[0] !== "-v" && rest[0] !== "get-url";
  return true;
}
var REBASE_FOLDERS = ["rebase-merge", "rebase-apply"];
var IN_PROGRESS_FILES = [
  // `git am` keeps its state in rebase-apply too, marked by this file.
  ["rebase-apply/applying", "am"],
  ["rebase-merge", "rebase"],
  ["rebase-apply", "rebase"],
  ["MERGE_HEAD", "merge"],
  ["CHERRY_PICK_HEAD", "cherry-pick"],
  ["REVERT_HEAD", "revert"]
];
var WALK_LIMIT = 200;
var EDGES_ASKED = 8;
var CLOCK_BEHIND_WALK = 500;
function onStdin(args, revisions, paths) {
  const specs = paths.map((path) => path === "." ? path : `:(literal)${path}`);
  const inLines = !paths.some((path) => /[\n\r]/.test(path));
  const lines = [...revisions, "--", ...inLines ? specs : []];
  return { args: [...args, "--stdin", "--", ...inLines ? [] : specs], input: `${lines.join("\n")}
` };
}
function commitsAfterTouch(walk, touch) {
  if (![...walk.touches.values()].includes(touch))
    throw new InternalError(`${touch} is no touch the walk found`);
  const at = walk.commits.findIndex((commit) => commit.sha === touch);
  return at === -1 ? walk.commits : walk.commits.slice(at + 1);
}
var MERGE_FILE_HEADER = "diff --cc ";
var MAX_HEADER_LINE = 64 * 1024;
function headerLines(record, onLine) {
  let line = "";
  let skipping = false;
  const mayBeHeader = (start) => start.length <= MAX_HEADER_LINE && (record.startsWith(start.slice(0, record.length)) || MERGE_FILE_HEADER.startsWith(start.slice(0, MERGE_FILE_HEADER.length)));
  const finish = () => {
    if (!skipping && (line.startsWith(record) || line.startsWith(MERGE_FILE_HEADER))) onLine(line);
    line = "";
    skipping = false;
  };
  return {
    read(text) {
      let at = 0;
      while (at < text.length) {
        const newline = text.indexOf("\n", at);
        const nul = text.indexOf("\0", at);
        const stop = newline === -1 ? nul : nul === -1 ? newline : Math.min(newline, nul);
        const piece = text.slice(at, stop === -1 ? text.length : stop);
        if (!skipping) {
          line += piece;
          if (!mayBeHeader(line)) {
            line = "";
            skipping = true;
          }
        }
        if (stop === -1) return;
        finish();
        at = stop + 1;
      }
    },
    end: finish
  };
}
var C_ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function unquoteGitPath(text) {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const bytes = [];
  for (let i = 1; i < text.length - 1; i++) {
    const c = text[i];
    if (c !== "\\") {
      for (const byte of Buffer.from(c, "utf8")) bytes.push(byte);
      continue;
    }
    const next = text[i + 1] ?? "";
    if (/[0-7]/.test(next)) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 4), 8) & 255);
      i += 3;
    } else {
      bytes.push(C_ESCAPES[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
function parseLog(output, stats, blobs = false) {
  const commits = [];
  for (const record of output.split(RECORD)) {
    const commit = parseLogRecord(record, stats, blobs);
    if (commit) commits.push(commit);
  }
  return commits;
}
function parseLogRecord(record, stats, blobs = false) {
  const end = record.indexOf("\0");
  if (end === -1) return void 0;
  const fields = record.slice(0, end).split(FIELD);
  const [
    sha = "",
    parents = "",
    authorName = "",
    authorEmail = "",
    authorTime = "0",
    commitTime = "0",
    subject = "",
    body = ""
  ] = fields;
  const taskTrailers = fields.slice(8).map((v) => v.trim()).filter((v) => v !== "");
  const entries = record.slice(end + 1).replace(/^\n/, "").split("\0").filter((e) => e !== "");
  const files = stats ? entries.map(parseNumstat) : blobs ? rawChanges(entries) : entries.map((path) => ({ path }));
  return {
    sha,
    parents: parents === "" ? [] : parents.split(" "),
    authorName,
    authorEmail,
    authorTime: timeOf(authorTime),
    commitTime: timeOf(commitTime),
    subject,
    body: trimEndOf(body, "\n"),
    taskTrailers,
    files
  };
}
function timeOf(text) {
  const seconds = Number(text);
  if (!Number.isFinite(seconds)) return 0;
  return Math.max(-MAX_DATE_SECONDS, Math.min(MAX_DATE_SECONDS, seconds));
}
var MAX_DATE_SECONDS = 864e10;
function readTextOrEmpty(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
function rawChanges(entries) {
  const files = [];
  for (let i = 0; i + 1 < entries.length; i += 2) {
    const [oldMode = "", newMode = "", oldOid = "", newOid = ""] = entries[i].slice(1).split(" ");
    files.push({ path: entries[i + 1], blob: { oldMode, newMode, oldOid, newOid } });
  }
  return files;
}
function parseNumstat(entry) {
  const [added = "-", deleted = "-", ...rest] = entry.split("	");
  const path = rest.join("	");
  if (added === "-" || deleted === "-") return { path };
  return { path, added: Number(added), deleted: Number(deleted) };
}

export {
  isLineFrom,
  applyChanges,
  GitCommandManager,
  translateGitError,
  commitsAfterTouch,
  headerLines,
  unquoteGitPath,
  parseLog
};

#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  DEFAULT_CONFIG,
  configDespite,
  needsLinearEngine,
  resolveConfig,
  useLinearEngine
} from "./chunk-EEYO4645.js";
import {
  DEFAULT_MAX_BYTES,
  activeTasks,
  agentEntries,
  decodeUserText,
  nodeCrypto,
  parseRegistry,
  readUserText,
  registryPointer,
  resolveLinks
} from "./chunk-WJKR2G64.js";
import {
  duplicateKeyError,
  parseJsonLocated
} from "./chunk-X2JOUVYR.js";
import {
  InputError,
  InternalError,
  linkIssue,
  linkProblem,
  normalizeLink
} from "./chunk-MLNENVTA.js";

// src/adapters/workspace.ts
import { existsSync, promises as fsPromises } from "node:fs";
import { join } from "node:path";
function scopedSource(source, prefix) {
  if (prefix === "") return source;
  const inside = (path) => `${prefix}/${normalizeLink(path)}`;
  return {
    kind: source.kind,
    ...source.commit === void 0 ? {} : { commit: source.commit },
    label: source.label,
    prefix,
    async readMany(paths, options) {
      const results = /* @__PURE__ */ new Map();
      const valid = refuseInvalidPaths(paths, results, ` (of ${prefix})`);
      const read = await source.readMany(valid.map(inside), options);
      for (const path of valid) results.set(path, read.get(inside(path)));
      return results;
    },
    hint: (folders) => source.hint?.(folders.map((f) => f === "" ? prefix : inside(f))),
    async listFolders(parent) {
      const folders = await source.listFolders(parent === "" ? prefix : inside(parent));
      return folders.map((folder) => folder.slice(prefix.length + 1));
    }
  };
}
function inPackageFolder(error, folder) {
  if (!(error instanceof InputError) || error.location.file === void 0) return error;
  return error.renamed((file) => `${folder}/${file}`);
}
async function workspaceFolders(source, patterns) {
  const folders = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    const parent = parentOfPattern(pattern);
    if (parent !== void 0) {
      for (const folder of await source.listFolders(parent)) folders.add(folder);
    } else folders.add(normalizeLink(pattern));
  }
  return [...folders].sort();
}
async function rootPackageFolders(source, repoRoot, workspaces) {
  if (workspaces.length === 0 || source.prefix !== "" || !existsSync(join(repoRoot, ".git"))) return [];
  return workspaceFolders(source, workspaces);
}
function rootPackageFoldersAt(git, rev, repoRoot, workspaces) {
  return rootPackageFolders(revisionSource(git, rev), repoRoot, workspaces);
}
function parentOfPattern(pattern) {
  if (!pattern.endsWith("/*") && pattern !== "*") return void 0;
  const parent = normalizeLink(pattern.slice(0, -1) || ".");
  return parent === "." ? "" : parent;
}
function listsWorkspace(patterns, folder) {
  const slash = folder.lastIndexOf("/");
  const parent = slash === -1 ? "" : folder.slice(0, slash);
  return patterns.some((pattern) => {
    const of = parentOfPattern(pattern);
    return of === void 0 ? normalizeLink(pattern) === folder : of === parent;
  });
}
function refuseInvalidPaths(paths, results, suffix = "") {
  const valid = [];
  for (const path of paths) {
    const issue = linkIssue(path, "path");
    if (issue)
      results.set(path, { kind: "invalid-link", rule: issue.rule, message: `${issue.message}${suffix}` });
    else valid.push(path);
  }
  return valid;
}
function contentId(text) {
  const bytes = Buffer.from(text, "utf8");
  const hash = nodeCrypto().createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes);
  return blobContentId(hash.digest("hex"));
}
function textRead(text) {
  let id;
  return {
    kind: "text",
    text,
    get contentId() {
      id ??= contentId(text);
      return id;
    }
  };
}
function blobContentId(oid) {
  return `blob:${oid}`;
}
function unreadable(error) {
  if (error instanceof InputError) return { kind: "unreadable", error };
  throw error;
}
function workingTreeSource(repoRoot) {
  return {
    kind: "working-tree",
    label: "the working tree",
    prefix: "",
    async listFolders(parent) {
      const folder = parent === "" ? repoRoot : workingTreePath(repoRoot, parent);
      try {
        const entries = await fsPromises.readdir(folder, { withFileTypes: true });
        return entries.filter((e) => e.isDirectory() && e.name !== ".git").map((e) => parent === "" ? e.name : `${parent}/${e.name}`).sort();
      } catch {
        return [];
      }
    },
    async readMany(paths) {
      const results = /* @__PURE__ */ new Map();
      const resolved = await resolveLinks(repoRoot, paths);
      await Promise.all(
        paths.map(async (path, index) => {
          const link = resolved[index];
          if (!link) return;
          if (!link.ok) results.set(path, { kind: "invalid-link", rule: link.rule, message: link.message });
          else if (!link.exists) results.set(path, { kind: "missing" });
          else {
            try {
              const text = await readUserText(
                link.absPath,
                normalizeLink(path),
                link.plain ? { noFollow: true } : { repoRoot }
              );
              results.set(path, textRead(text));
            } catch (error) {
              const read = unreadable(error);
              results.set(
                path,
                read.kind === "unreadable" && read.error.rule === "file/missing" ? { kind: "missing" } : read
              );
            }
          }
        })
      );
      return results;
    }
  };
}
function revisionSource(git, commit, name) {
  const label = `commit ${commit.slice(0, 7)}${name && name !== commit ? ` (${name})` : ""}`;
  return {
    kind: "revision",
    commit,
    label,
    prefix: "",
    listFolders: (parent) => git.listFolders(commit, parent),
    hint: (folders) => git.tree.hint?.(commit, folders),
    async readMany(paths, options = {}) {
      const results = /* @__PURE__ */ new Map();
      const wanted = refuseInvalidPaths(paths, results);
      const normalized = [...new Set(wanted.map(normalizeLink))];
      const known = options.known;
      const files = await git.tree.read(
        commit,
        normalized,
        DEFAULT_MAX_BYTES,
        known ? (oid) => known(blobContentId(oid)) : void 0,
        options.blobs
      );
      for (const path of wanted) {
        const file = normalizeLink(path);
        const found = files.get(file);
        if (!found || found.kind === "missing") results.set(path, { kind: "missing" });
        else if (found.kind === "symlink-outside") {
          results.set(path, {
            kind: "invalid-link",
            rule: "path/symlink-escape",
            message: `"${path}" resolves through a symlink to ${found.target.slice(0, 200)}, outside the repository (in ${label})`
          });
        } else if (found.kind === "symlink-loop") {
          results.set(path, {
            kind: "invalid-link",
            rule: "path/symlink-loop",
            message: `"${path}" is a symlink loop (in ${label})`
          });
        } else if (found.kind === "not-a-file") {
          results.set(path, {
            kind: "unreadable",
            error: new InputError(
              `not a regular file (a ${found.type}, in ${label})`,
              { file },
              "file/not-a-file"
            )
          });
        } else if (found.kind === "too-large") {
          results.set(path, {
            kind: "unreadable",
            error: new InputError(
              `file is ${found.size} bytes, over the ${DEFAULT_MAX_BYTES}-byte limit (in ${label})`,
              { file },
              "size/too-large"
            )
          });
        } else if (found.kind === "known") {
          results.set(path, { kind: "known", contentId: blobContentId(found.oid) });
        } else {
          try {
            const text = decodeUserText(found.bytes, file);
            results.set(path, { kind: "text", text, contentId: blobContentId(found.oid) });
          } catch (error) {
            results.set(path, unreadable(error));
          }
        }
      }
      return results;
    }
  };
}
var CONFIG_FILES = [".handoffrc.json", "handoff.config.json", "package.json"];
function configCandidates(configFile) {
  return configFile === void 0 ? CONFIG_FILES : [configFile];
}
function emptyConfigError(file) {
  return new InputError("the config file is empty; write {} to use the defaults", { file }, "json/syntax");
}
function throwUnreadable(read, path) {
  if (read.kind === "unreadable") throw read.error;
  if (read.kind === "invalid-link") throw new InputError(read.message, { file: path }, read.rule);
  throw new InputError("file not found", { file: path }, "file/missing");
}
async function configFromText(text, file, remember) {
  const { raw, json, inPackage } = rawConfigOf(text, file);
  if (inPackage && raw === void 0) {
    remember?.(null);
    return void 0;
  }
  const prefix = inPackage ? "/handoff" : "";
  const locate = (pointer, options) => ({
    file,
    ...json.locate(`${prefix}${pointer}`, options)
  });
  const config = await configFromRaw(raw, file, locate);
  remember?.(raw);
  return config;
}
function rawConfigOf(text, file) {
  const inPackage = file === "package.json" || file.endsWith("/package.json");
  if (!inPackage && text.trim() === "") throw emptyConfigError(file);
  const json = parseJsonLocated(text, file);
  const twice = json.duplicateKeys.find(
    (d) => !inPackage || d.pointer === "/handoff" || d.pointer.startsWith("/handoff/")
  );
  if (twice) throw duplicateKeyError(twice, file);
  const raw = inPackage ? json.value?.handoff : json.value;
  return { raw, json, inPackage };
}
async function configDespiteAt(source, file) {
  const read = (await source.readMany([file])).get(file);
  if (read?.kind !== "text") return void 0;
  try {
    const { raw } = rawConfigOf(read.text, file);
    await prepareFor(raw);
    return configDespite(raw);
  } catch (error) {
    if (error instanceof InputError) return void 0;
    throw error;
  }
}
async function configFromRaw(raw, file, locate = () => ({ file })) {
  if (raw === null && (file === "package.json" || file.endsWith("/package.json"))) return void 0;
  await prepareFor(raw);
  return resolveConfig(raw, file, locate);
}
async function prepareFor(config) {
  if (needsLinearEngine(config)) useLinearEngine((await import("./build-TKYY2X7N.js")).RE2JS);
}
var configKey = (file, contentId2) => `config\0${file}\0${contentId2}`;
var registryKey = (statuses, contentId2) => `registry\0${statuses.join("\0")}\0${contentId2}`;
async function loadConfigFrom(source, configFile, values) {
  const files = configCandidates(configFile);
  const reads = await source.readMany(files, {
    ...values ? { known: (id) => files.some((file2) => values.has(configKey(normalizeLink(file2), id))) } : {}
  });
  const readOf = async (name) => {
    const read2 = reads.get(name);
    if (read2.kind === "known" && !values?.has(configKey(normalizeLink(name), read2.contentId)))
      return (await source.readMany([name])).get(name);
    return read2;
  };
  if (configFile !== void 0) {
    const file2 = normalizeLink(configFile);
    const config2 = await configOfRead(await readOf(configFile), file2, values);
    return { config: config2 ?? resolveConfig(void 0, "(defaults)"), file: file2 };
  }
  const holding = await configFilesOf(reads, readOf, values);
  if (holding.length > 1) {
    const named = holding.map((f) => f === PACKAGE_MANIFEST ? 'the "handoff" key of package.json' : f);
    throw new InputError(
      `${holding.length} config files here and only one would be read: keep one of ${named.join(", ")}`,
      { file: holding[0] },
      "config/ambiguous"
    );
  }
  const file = holding[0] ?? PACKAGE_MANIFEST;
  const read = await readOf(file);
  const config = read.kind === "missing" ? void 0 : await configOfRead(read, file, values);
  return config ? { config, file } : { config: resolveConfig(void 0, "(defaults)") };
}
async function configFilesAt(source) {
  const reads = await source.readMany(CONFIG_FILES);
  return configFilesOf(reads, async (name) => reads.get(name), void 0);
}
async function configFilesOf(reads, readOf, values) {
  const dedicated = CONFIG_FILES.filter(
    (name) => name !== PACKAGE_MANIFEST && reads.get(name)?.kind !== "missing"
  );
  return dedicated.length > 0 && packageHoldsConfig(await readOf(PACKAGE_MANIFEST), values) ? [...dedicated, PACKAGE_MANIFEST] : dedicated;
}
var PACKAGE_MANIFEST = "package.json";
function packageHoldsConfig(read, values) {
  if (read.kind === "known") return values?.get(configKey(PACKAGE_MANIFEST, read.contentId)) !== null;
  if (read.kind !== "text") return false;
  let manifest;
  try {
    manifest = JSON.parse(read.text);
  } catch {
    return false;
  }
  const holds = manifest !== null && typeof manifest === "object" && manifest.handoff !== void 0;
  if (!holds) values?.set(configKey(PACKAGE_MANIFEST, read.contentId), null);
  return holds;
}
async function configOfRead(read, file, values) {
  const key = values && (read.kind === "known" || read.kind === "text") ? configKey(file, read.contentId) : "";
  if (key && values?.has(key)) return configFromRaw(values.get(key), file);
  if (read.kind === "text") return configFromText(read.text, file, values && ((raw) => values.set(key, raw)));
  throwUnreadable(read, file);
}
function registryEntries(read) {
  return read.entries ?? agentEntries(read.registry);
}
function registryPlace(read, agent, key) {
  if (read.text === void 0) return { file: read.file };
  return { file: read.file, ...parseJsonLocated(read.text, read.file).locate(registryPointer(agent, key)) };
}
async function registryEntryPlaces(workspace, agents) {
  const { source, registry } = workspace;
  const file = source.prefix === "" ? registry.file : `${source.prefix}/${registry.file}`;
  const places = /* @__PURE__ */ new Map();
  if (agents.length === 0) return places;
  let text = registry.text;
  if (text === void 0 && registry.exists) {
    const read = (await source.readMany([registry.file])).get(registry.file);
    if (read?.kind === "text") text = read.text;
  }
  const json = text === void 0 ? void 0 : parseJsonLocated(text, registry.file);
  for (const agent of agents) {
    places.set(
      agent,
      json === void 0 ? { file } : { file, line: json.locate(registryPointer(agent, "details_link")).line }
    );
  }
  return places;
}
async function readRegistryFrom(source, config, values) {
  const file = config.registry;
  const key = (id) => registryKey(config.statuses, id);
  const read = (await source.readMany([file], values ? { known: (id) => values.has(key(id)) } : {})).get(
    file
  );
  if (read.kind === "missing") return { registry: {}, file, exists: false };
  const known = values && (read.kind === "known" || read.kind === "text") ? key(read.contentId) : "";
  if (known && values?.has(known)) {
    return {
      registry: values.get(known),
      file,
      exists: true,
      ...read.kind === "text" ? { text: read.text } : {}
    };
  }
  if (read.kind !== "text") throwUnreadable(read, file);
  const registry = parseRegistry(read.text, file, config.statuses);
  values?.set(known, registry);
  return { registry, file, exists: true, text: read.text };
}
function linkOf(entry) {
  return typeof entry.details_link === "string" && entry.details_link.trim() !== "" ? entry.details_link : void 0;
}
async function readLinkedHandoffs(source, links, options = {}) {
  const unique = [...new Set(links)];
  const reads = await source.readMany(unique, options);
  const result = /* @__PURE__ */ new Map();
  for (const link of unique) {
    const read = reads.get(link);
    const path = linkProblem(link) ? link : normalizeLink(link);
    if (read.kind === "invalid-link") {
      result.set(link, { kind: "invalid-link", link, rule: read.rule, message: read.message });
    } else if (read.kind === "missing") {
      result.set(link, { kind: "missing", path });
    } else if (read.kind === "unreadable") {
      if (read.error.rule === "file/not-a-file") {
        result.set(link, {
          kind: "invalid-link",
          link,
          rule: "file/not-a-file",
          message: `details_link "${link}" is not a file`
        });
      } else result.set(link, { kind: "unreadable", path, error: read.error });
    } else if (read.kind === "known") {
      result.set(link, { kind: "document", path, contentId: read.contentId });
    } else {
      result.set(link, {
        kind: "document",
        path,
        text: read.text,
        get contentId() {
          return read.contentId;
        }
      });
    }
  }
  return result;
}
async function readEachPackage(root, options = {}) {
  const folders = await workspaceFolders(root.source, root.config.workspaces);
  return Promise.all(
    folders.map(async (folder) => {
      try {
        return { folder, workspace: await readWorkspace(scopedSource(root.source, folder), options) };
      } catch (error) {
        return { folder, error: inPackageFolder(error, folder) };
      }
    })
  );
}
async function readPackageWorkspaces(root, options = {}) {
  const packages = await readEachPackage(root, options);
  const failed = packages.find((read) => "error" in read);
  if (failed && "error" in failed) throw failed.error;
  return packages;
}
async function readWorkspace(source, options = {}) {
  source.hint?.(["", folderOf(DEFAULT_CONFIG.registry), DEFAULT_CONFIG.handoffDir]);
  const loaded = options.config ?? await judgedThere(source, loadConfigFrom(source, options.configFile, options.values));
  const registry = await judgedThere(source, readRegistryFrom(source, loaded.config, options.values));
  const tasks = activeTasks(registry.registry, loaded.config);
  const which = options.links ?? "active";
  const linked = which === "none" ? [] : which === "active" ? tasks.map((t) => [t.agent, t.detailsLink]) : agentEntries(registry.registry).map(([agent, entry]) => [agent, linkOf(entry)]);
  const links = linked.flatMap(([, link]) => link === void 0 ? [] : [link]);
  const read = links.length > 0 ? await readLinkedHandoffs(source, links, options.known ? { known: options.known } : {}) : /* @__PURE__ */ new Map();
  const handoffs = /* @__PURE__ */ new Map();
  for (const [agent, link] of linked) {
    handoffs.set(
      agent,
      link === void 0 ? { kind: "none", detail: `the registry entry of ${agent} has no details_link.` } : read.get(link)
    );
  }
  const workspace = { source, config: loaded.config, registry, activeTasks: tasks, handoffs };
  if (loaded.file !== void 0) workspace.configFile = loaded.file;
  return workspace;
}
async function judgedThere(source, read) {
  if (source.kind !== "revision") return read;
  try {
    return await read;
  } catch (error) {
    if (!(error instanceof InputError) || error.message.includes(source.label)) throw error;
    const there = new InputError(
      `${error.message} (in ${source.label}, which is judged, not the working tree: commit the fix)`,
      error.location,
      error.rule
    );
    there.more = error.more;
    throw there;
  }
}
function documentText(linked) {
  if (linked.text === void 0) throw new InternalError(`${linked.path} was read without its text`);
  return linked.text;
}
function folderOf(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}
function workingTreePath(repoRoot, path) {
  return join(repoRoot, ...normalizeLink(path).split("/"));
}

export {
  scopedSource,
  workspaceFolders,
  rootPackageFolders,
  rootPackageFoldersAt,
  listsWorkspace,
  blobContentId,
  workingTreeSource,
  revisionSource,
  CONFIG_FILES,
  configCandidates,
  configDespiteAt,
  prepareFor,
  loadConfigFrom,
  configFilesAt,
  registryEntries,
  registryPlace,
  registryEntryPlaces,
  readRegistryFrom,
  linkOf,
  readLinkedHandoffs,
  readEachPackage,
  readPackageWorkspaces,
  readWorkspace,
  documentText
};

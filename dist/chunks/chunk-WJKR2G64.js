#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  meantName,
  require_ucs2length,
  schemaRuleWords
} from "./chunk-7E5CRINH.js";
import {
  duplicateKeyError,
  locationOf,
  parseJsonLocated,
  pointerSegment
} from "./chunk-X2JOUVYR.js";
import {
  InputError,
  InternalError,
  linkIssue,
  linkProblem,
  normalizeLink,
  shellWord
} from "./chunk-MLNENVTA.js";
import {
  __require,
  __toESM
} from "./chunk-MWPPMQVD.js";

// src/generated/agent-handoffs.validator.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var agent_handoffs_validator_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/handoff-guard/handoff-guard/v0/schema/agent-handoffs.schema.json", "title": "Agent handoffs registry", "description": "The shared registry of handoff-guard (.agent-context/agent-handoffs.json): one entry per agent, naming its current task, status and the handoff document to read before resuming. Statuses beyond in_progress, blocked, complete and idle are allowed when the config lists them.", "type": "object", "properties": { "$schema": { "description": "Lets editors find this schema; not an agent.", "type": "string" } }, "propertyNames": { "minLength": 1 }, "additionalProperties": { "$ref": "#/definitions/agentEntry" }, "definitions": { "agentEntry": { "title": "Agent entry", "description": "What one agent is doing. Unknown extra keys are allowed and kept on rewrite.", "type": "object", "required": ["status"], "properties": { "status": { "description": "in_progress, blocked, complete or idle, or a status the config adds. in_progress and blocked make the task active by default.", "type": "string", "minLength": 1, "examples": ["in_progress", "blocked", "complete", "idle"] }, "current_task": { "description": "Task id the agent works on, e.g. TASK-2025-0078-C; null when idle.", "type": ["string", "null"] }, "task_started": { "description": "Date the task started, YYYY-MM-DD (a full ISO timestamp is accepted).", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$" }, "brief_note": { "description": "One line for the at-a-glance view, e.g. 'API testing implementation - 30% complete'.", "type": "string" }, "details_link": { "description": "Repository-relative path (POSIX separators) of the latest handoff document; null when there is none.", "type": ["string", "null"] } }, "additionalProperties": true } } };
var schema12 = { "title": "Agent entry", "description": "What one agent is doing. Unknown extra keys are allowed and kept on rewrite.", "type": "object", "required": ["status"], "properties": { "status": { "description": "in_progress, blocked, complete or idle, or a status the config adds. in_progress and blocked make the task active by default.", "type": "string", "minLength": 1, "examples": ["in_progress", "blocked", "complete", "idle"] }, "current_task": { "description": "Task id the agent works on, e.g. TASK-2025-0078-C; null when idle.", "type": ["string", "null"] }, "task_started": { "description": "Date the task started, YYYY-MM-DD (a full ISO timestamp is accepted).", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$" }, "brief_note": { "description": "One line for the at-a-glance view, e.g. 'API testing implementation - 30% complete'.", "type": "string" }, "details_link": { "description": "Repository-relative path (POSIX separators) of the latest handoff document; null when there is none.", "type": ["string", "null"] } }, "additionalProperties": true };
var func2 = import_ucs2length.default.default ?? import_ucs2length.default;
var pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (func2(key0) < 1) {
          const err0 = { instancePath, schemaPath: "#/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err1 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!(key1 === "$schema")) {
        let data0 = data[key1];
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          if (data0.status === void 0) {
            const err2 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/agentEntry/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          if (data0.status !== void 0) {
            let data1 = data0.status;
            if (typeof data1 === "string") {
              if (func2(data1) < 1) {
                const err3 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/status", schemaPath: "#/definitions/agentEntry/properties/status/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            } else {
              const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/status", schemaPath: "#/definitions/agentEntry/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          if (data0.current_task !== void 0) {
            let data2 = data0.current_task;
            if (typeof data2 !== "string" && data2 !== null) {
              const err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/current_task", schemaPath: "#/definitions/agentEntry/properties/current_task/type", keyword: "type", params: { type: schema12.properties.current_task.type }, message: "must be string,null" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          if (data0.task_started !== void 0) {
            let data3 = data0.task_started;
            if (typeof data3 === "string") {
              if (!pattern0.test(data3)) {
                const err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/task_started", schemaPath: "#/definitions/agentEntry/properties/task_started/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$"' };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            } else {
              const err7 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/task_started", schemaPath: "#/definitions/agentEntry/properties/task_started/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
          if (data0.brief_note !== void 0) {
            if (typeof data0.brief_note !== "string") {
              const err8 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/brief_note", schemaPath: "#/definitions/agentEntry/properties/brief_note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
          if (data0.details_link !== void 0) {
            let data5 = data0.details_link;
            if (typeof data5 !== "string" && data5 !== null) {
              const err9 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/details_link", schemaPath: "#/definitions/agentEntry/properties/details_link/type", keyword: "type", params: { type: schema12.properties.details_link.type }, message: "must be string,null" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          }
        } else {
          const err10 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/agentEntry/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err11 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var schema = schema11;

// src/core/registry.ts
function isAgentKey(key) {
  return !key.startsWith("$");
}
function agentEntries(registry) {
  let entries = AGENT_ENTRIES.get(registry);
  if (entries === void 0) {
    entries = Object.entries(registry).filter(([key]) => isAgentKey(key));
    AGENT_ENTRIES.set(registry, entries);
  }
  return entries;
}
var AGENT_ENTRIES = /* @__PURE__ */ new WeakMap();
function registryOfEntries(entries) {
  const registry = Object.fromEntries(entries);
  AGENT_ENTRIES.set(registry, entries);
  return registry;
}
function registryPointer(agent, key) {
  return `/${pointerSegment(agent)}${key === void 0 ? "" : `/${pointerSegment(key)}`}`;
}
function describeSchemaError(error) {
  const segments = error.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const [agent, field] = segments;
  const subject = agent === void 0 ? "the registry" : field === void 0 ? `agent "${agent}"` : `"${field}" of agent "${agent}"`;
  switch (error.keyword) {
    case "type":
      if (field === void 0) {
        const wanted = agent === void 0 ? "an object mapping agent names to entries" : "an object (the agent entry)";
        return { message: `${subject} must be ${wanted}`, pointer: error.instancePath, key: false };
      }
      break;
    case "pattern":
      return {
        message: `${subject} must be a date, YYYY-MM-DD`,
        pointer: error.instancePath,
        key: false
      };
    case "minLength":
      if (error.propertyName !== void 0) {
        return {
          message: "an agent name must not be empty",
          pointer: `${error.instancePath}/${pointerSegment(error.propertyName)}`,
          key: true
        };
      }
      break;
  }
  return {
    message: `${subject} ${schemaRuleWords(error)}`,
    pointer: error.instancePath,
    key: error.keyword === "required"
  };
}
function checkRegistry(text, file, statuses) {
  let json;
  try {
    json = parseJsonLocated(text, file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (/^<{7}( |$)/m.test(text)) {
      return {
        problems: [
          new InputError(
            `${error.message} (the file has an unresolved merge conflict)`,
            error.location,
            error.rule
          )
        ]
      };
    }
    return { problems: [error] };
  }
  const problems = [];
  for (const duplicate of json.duplicateKeys) problems.push(duplicateKeyError(duplicate, file));
  if (!agent_handoffs_validator_default(json.value)) {
    const seen = /* @__PURE__ */ new Set();
    for (const error of agent_handoffs_validator_default.errors ?? []) {
      if (error.keyword === "propertyNames") continue;
      const described = describeSchemaError(error);
      const id = `${described.pointer}|${error.keyword}|${described.message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const rule = error.keyword === "minLength" ? "schema/empty" : `schema/${error.keyword}`;
      problems.push(
        new InputError(
          described.message,
          locationOf(json, file, described.pointer, { key: described.key }),
          rule
        )
      );
    }
  }
  const value = json.value;
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [agent, entry] of Object.entries(value)) {
      if (!entry || typeof entry !== "object") continue;
      if (!isAgentKey(agent)) {
        if ("current_task" in entry || "status" in entry) {
          problems.push(
            new InputError(
              `"${agent}" holds an agent's entry, but a key starting with "$" is no agent and is skipped by every command: rename the agent`,
              locationOf(json, file, registryPointer(agent), { key: true }),
              "registry/dollar-agent"
            )
          );
        }
        continue;
      }
      for (const key of Object.keys(entry)) {
        if (Object.hasOwn(ENTRY_PROPERTIES, key)) continue;
        const meant = meantName(key, ENTRY_KEYS);
        if (meant === void 0 || meant in entry) continue;
        problems.push(
          new InputError(
            `agent "${agent}": "${key}" is no registry key (did you mean ${meant}?): unknown keys are kept, so a misspelt one is read as missing`,
            locationOf(json, file, registryPointer(agent, key), { key: true }),
            "registry/misspelt-key"
          )
        );
      }
      const status = entry.status;
      if (typeof status === "string" && status !== "" && !statuses.includes(status)) {
        const meant = meantName(status, statuses);
        problems.push(
          new InputError(
            `unknown status "${status}" for agent "${agent}"${meant === void 0 ? "" : ` (did you mean ${meant}?)`} (allowed: ${statuses.join(", ")}; add more with the config key "statuses")`,
            locationOf(json, file, registryPointer(agent, "status")),
            "registry/status"
          )
        );
      }
    }
  }
  problems.sort(
    (a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0)
  );
  return problems.length === 0 ? { registry: value, problems, json } : { problems, json };
}
var ENTRY_PROPERTIES = schema.definitions.agentEntry?.properties ?? {};
var ENTRY_KEYS = Object.keys(ENTRY_PROPERTIES);
function parseRegistry(text, file, statuses) {
  const checked = checkRegistry(text, file, statuses);
  if (!checked.registry) throw checked.problems[0];
  return checked.registry;
}
function heldTask(entry) {
  return typeof entry.current_task === "string" ? entry.current_task.trim() : "";
}
function meantTask(taskId, entries) {
  const held = /* @__PURE__ */ new Set();
  for (const [, entry] of entries) {
    const task = heldTask(entry);
    if (task !== "") held.add(task);
  }
  return meantName(taskId, [...held]);
}
function isActiveStatus(entry, config) {
  return config.activeStatuses.includes(entry.status);
}
function activeTasks(registry, config) {
  return activeTasksIn(agentEntries(registry), config);
}
function activeTasksIn(entries, config) {
  const tasks = [];
  for (const [agent, entry] of entries) {
    const taskId = heldTask(entry);
    if (taskId === "" || !isActiveStatus(entry, config)) continue;
    const link2 = typeof entry.details_link === "string" && entry.details_link !== "" ? entry.details_link : void 0;
    const task = { taskId, agent, status: entry.status };
    if (link2 !== void 0) task.detailsLink = link2;
    tasks.push(task);
  }
  return tasks;
}
function serializeRegistry(registry) {
  return `${JSON.stringify(registry, null, 2)}
`;
}
function withEntry(registry, agent, patch) {
  const next = {};
  const patched = (entry) => {
    const merged = { ...entry };
    for (const [key, value] of Object.entries(patch)) {
      if (value === void 0) delete merged[key];
      else merged[key] = value;
    }
    return merged;
  };
  let found = false;
  for (const [key, entry] of Object.entries(registry)) {
    if (key === agent) {
      found = true;
      Object.defineProperty(next, key, {
        value: patched(entry),
        enumerable: true,
        writable: true,
        configurable: true
      });
    } else {
      Object.defineProperty(next, key, {
        value: entry,
        enumerable: true,
        writable: true,
        configurable: true
      });
    }
  }
  if (!found) {
    Object.defineProperty(next, agent, {
      value: patched(void 0),
      enumerable: true,
      writable: true,
      configurable: true
    });
  }
  return next;
}
function linkedBy(registry, path, agent) {
  const wanted = normalizeLink(path);
  for (const [name, entry] of agentEntries(registry)) {
    if (name !== agent && typeof entry.details_link === "string" && normalizeLink(entry.details_link) === wanted)
      return name;
  }
  return void 0;
}
function othersActiveOn(registry, config, taskId, agent) {
  return activeTasks(registry, config).filter((task) => task.taskId === taskId && task.agent !== agent).map((task) => task.agent);
}
function slipOfAgentName(name, names) {
  const folded = foldName(name);
  const chars = [...folded];
  const digits = digitsOf(folded);
  for (const known of names) {
    if (known === name) continue;
    const knownFolded = foldName(known);
    if (knownFolded === folded) return known;
    if (digitsOf(knownFolded) !== digits) continue;
    const knownChars = [...knownFolded];
    const shorter = Math.min(chars.length, knownChars.length);
    if (shorter < 3) continue;
    if (swapsNeighbours(chars, knownChars) || lastLetterSlip(chars, knownChars) || lastLetterSlip(knownChars, chars) || shorter >= 4 && (dropsOneInside(chars, knownChars) || dropsOneInside(knownChars, chars)))
      return known;
  }
  return void 0;
}
function foldName(name) {
  return name.normalize("NFC").toLowerCase();
}
function digitsOf(text) {
  return text.replace(/\D+/g, " ").trim();
}
function swapsNeighbours(a, b) {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i + 1 >= a.length || a[i] === a[i + 1] || a[i] !== b[i + 1] || a[i + 1] !== b[i]) return false;
  for (let j = i + 2; j < a.length; j++) if (a[j] !== b[j]) return false;
  return true;
}
function dropsOneInside(short, long) {
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (i === short.length) return false;
  for (let j = i; j < short.length; j++) if (short[j] !== long[j + 1]) return false;
  return true;
}
var LETTER = new RegExp("^\\p{L}$", "u");
function lastLetterSlip(short, long) {
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i < short.length; i++) if (short[i] !== long[i]) return false;
  return LETTER.test(long[long.length - 1]) && LETTER.test(long[long.length - 2]);
}
function detailsLinks(registry) {
  return linksIn(agentEntries(registry));
}
function linksIn(entries) {
  return entries.flatMap(([, entry]) => typeof entry.details_link === "string" ? [entry.details_link] : []);
}
function handoffFilesByTask(tasks) {
  const files = /* @__PURE__ */ new Map();
  for (const task of tasks) {
    if (task.detailsLink && !linkProblem(task.detailsLink))
      files.set(task.taskId, normalizeLink(task.detailsLink));
  }
  return files;
}

// src/adapters/store.ts
import {
  closeSync,
  constants as fsConstants,
  fstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync
} from "node:fs";
import { link, lstat, mkdir, open, readdir, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

// src/adapters/builtins.ts
function nodeCrypto() {
  return builtin("node:crypto");
}
function builtin(id) {
  if (typeof process.getBuiltinModule === "function") return process.getBuiltinModule(id);
  if (typeof __require === "function") return __require(id);
  throw new InternalError(
    `${id} cannot be loaded here on Node.js ${process.version}: use Node.js 20.16 or later`
  );
}

// src/adapters/user-text.ts
import { isUtf8 } from "node:buffer";

// src/core/utf8.ts
function firstInvalidUtf8(bytes, options = {}) {
  const final = options.final ?? true;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 128) {
      i++;
      continue;
    }
    const need = continuationsAfter(b);
    if (need === 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return final ? i : -1;
      const c = bytes[i + k];
      if (k === 1 ? !secondByteFits(b, c) : (c & 192) !== 128) return i;
    }
    i += need + 1;
  }
  return -1;
}
function continuationsAfter(b) {
  return b >= 194 && b <= 223 ? 1 : b >= 224 && b <= 239 ? 2 : b >= 240 && b <= 244 ? 3 : 0;
}
function secondByteFits(b, c) {
  if (b === 224) return c >= 160 && c <= 191;
  if (b === 237) return c >= 128 && c <= 159;
  if (b === 240) return c >= 144 && c <= 191;
  if (b === 244) return c >= 128 && c <= 143;
  return (c & 192) === 128;
}
var Utf8Stream = class {
  held = NOTHING;
  /** Whether a character is cut at the end of the chunks so far (`check` then needs the next one). */
  get cut() {
    return this.held.length > 0;
  }
  /** The first fault in `chunk`, continuing the chunks before it; undefined when there is none. */
  check(chunk, isUtf82) {
    if (this.held.length === 0 && isUtf82(chunk)) return void 0;
    const joined = this.held.length === 0 ? chunk : concat(this.held, chunk);
    const bad = firstInvalidUtf8(joined, { final: false });
    if (bad >= 0) {
      const offset = bad - this.held.length;
      return { byte: joined[bad], offset, before: offset < 0 ? NOTHING : joined.subarray(0, bad) };
    }
    this.held = heldAtEnd(joined);
    return void 0;
  }
  /** The fault of a stream that ended inside a character, if it did. */
  end() {
    if (this.held.length === 0) return void 0;
    return { byte: this.held[0], offset: -this.held.length, before: NOTHING };
  }
};
var NOTHING = new Uint8Array(0);
function concat(a, b) {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
function heldAtEnd(bytes) {
  let i = bytes.length - 1;
  while (i > 0 && i > bytes.length - 4 && (bytes[i] & 192) === 128) i--;
  const lead = bytes[i];
  return i >= 0 && bytes.length - i < continuationsAfter(lead) + 1 ? bytes.slice(i) : NOTHING;
}
function utf8Error(bytes, file) {
  const offset = firstInvalidUtf8(bytes);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return new InputError(
    `not valid UTF-8: byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, "0")} at byte offset ${offset}; save the file as UTF-8`,
    { file, line, column: new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset)).length + 1 },
    "encoding/utf-8"
  );
}

// src/adapters/user-text.ts
function decodeUserText(raw, file) {
  let bytes = raw;
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) bytes = bytes.subarray(3);
  if (!isUtf8(bytes)) throw utf8Error(bytes, file);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return text.includes("\r") ? text.replace(/\r\n/g, "\n") : text;
}

// src/adapters/store.ts
var DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
async function readUserText(absPath, displayPath, options = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const where = { file: displayPath };
  if (options.repoRoot !== void 0) {
    let real;
    try {
      real = realpathSync.native(absPath);
    } catch (error) {
      throw fileError(error, displayPath);
    }
    if (!isInside(realRoot(options.repoRoot), real)) {
      throw new InputError(
        `resolves through a symlink to ${real}, outside the repository; the tool reads only files inside it`,
        where,
        "path/symlink-escape"
      );
    }
  }
  let fd;
  try {
    fd = openSync(absPath, options.noFollow ? READ_FLAGS | (fsConstants.O_NOFOLLOW ?? 0) : READ_FLAGS);
  } catch (error) {
    if (options.noFollow && error.code === "ELOOP") {
      throw new InputError(
        "became a symlink after it was found to be a plain file; it is not followed (run the command again)",
        where,
        "path/symlink-swapped"
      );
    }
    throw fileError(error, displayPath);
  }
  let bytes;
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) {
      throw new InputError(
        `is ${entryKind(info) ?? "a special file"}, not a regular file`,
        where,
        "file/not-a-file"
      );
    }
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes, displayPath);
    bytes = readAtMost(fd, maxBytes + 1, info.size);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError(error, displayPath);
  } finally {
    try {
      closeSync(fd);
    } catch {
    }
  }
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes, displayPath);
  return decodeUserText(bytes, displayPath);
}
var READ_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0) | (fsConstants.O_NOCTTY ?? 0);
function readAtMost(fd, limit, expected) {
  const first = Buffer.allocUnsafe(Math.min(limit, expected + 1));
  const firstRead = readSync(fd, first, 0, first.length, null);
  if (firstRead < first.length || firstRead === limit) return first.subarray(0, firstRead);
  const chunks = [first];
  let total = firstRead;
  while (total < limit) {
    const buffer = Buffer.allocUnsafe(Math.min(limit - total, 64 * 1024));
    const bytesRead = readSync(fd, buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}
function tooLarge(size, maxBytes, displayPath) {
  return new InputError(
    `file is ${size} bytes, over the ${maxBytes}-byte limit`,
    { file: displayPath },
    "size/too-large"
  );
}
function statIfThere(file) {
  try {
    return statSync(file);
  } catch {
    return void 0;
  }
}
function entryKind(info) {
  if (info.isFile()) return void 0;
  if (info.isDirectory()) return "a folder";
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSocket()) return "a socket";
  return "a special file";
}
function fileError(error, displayPath) {
  const code = error.code;
  if (code === "ENOENT" || code === "ENOTDIR") {
    return new InputError("file not found", { file: displayPath }, "file/missing");
  }
  if (code === "EISDIR")
    return new InputError("is a folder, not a regular file", { file: displayPath }, "file/not-a-file");
  return new InputError(
    `cannot read the file (${code ?? String(error)})`,
    { file: displayPath },
    "file/unreadable"
  );
}
var realRoots = /* @__PURE__ */ new Map();
function realRoot(repoRoot) {
  const root = resolve(repoRoot);
  let real = realRoots.get(root);
  if (real === void 0) {
    real = realpathSync.native(root);
    realRoots.set(root, real);
  }
  return real;
}
function isInside(root, path) {
  const rel = relative(root, path);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
function realLongestPrefix(absPath) {
  let probe = absPath;
  let exists = true;
  for (; ; ) {
    try {
      return { real: realpathSync.native(probe), exists };
    } catch {
      exists = false;
      const parent = dirname(probe);
      if (parent === probe) return { real: void 0, exists };
      probe = parent;
    }
  }
}
async function resolveLink(repoRoot, link2) {
  return (await resolveLinks(repoRoot, [link2]))[0];
}
async function resolveLinks(repoRoot, links) {
  const root = resolve(repoRoot);
  const rootPrefix = root.endsWith(sep) ? root : `${root}${sep}`;
  const targets = links.map((link2) => {
    const problem = linkIssue(link2);
    if (problem) return { link: link2, problem };
    const normalized = normalizeLink(link2);
    const slash = normalized.lastIndexOf("/");
    return {
      link: link2,
      absPath: rootPrefix + (sep === "/" ? normalized : normalized.split("/").join(sep)),
      folder: slash === -1 ? "" : normalized.slice(0, slash),
      name: normalized.slice(slash + 1)
    };
  });
  const perFolder = /* @__PURE__ */ new Map();
  for (const target of targets) {
    if (target.folder !== void 0) perFolder.set(target.folder, (perFolder.get(target.folder) ?? 0) + 1);
  }
  let realRoot2;
  const listings = /* @__PURE__ */ new Map();
  const results = [];
  for (const target of targets) {
    if (target.problem !== void 0) {
      results.push({ ok: false, rule: target.problem.rule, message: target.problem.message });
      continue;
    }
    realRoot2 ??= realpathSync.native(root);
    if ((perFolder.get(target.folder) ?? 0) > 1 && !listings.has(target.folder)) {
      listings.set(target.folder, listFolder(join(root, target.folder), realRoot2));
    }
    const entry = listings.get(target.folder)?.get(target.name);
    results.push(
      entry && !entry.isSymbolicLink() ? { ok: true, absPath: target.absPath, exists: true, plain: true } : resolveOne(target.link, target.absPath, realRoot2)
    );
  }
  return results;
}
function listFolder(folder, realRoot2) {
  try {
    if (!isInside(realRoot2, realpathSync.native(folder))) return void 0;
    return new Map(readdirSync(folder, { withFileTypes: true }).map((d) => [d.name, d]));
  } catch {
    return void 0;
  }
}
function resolveOne(link2, absPath, realRoot2) {
  const { real, exists } = realLongestPrefix(absPath);
  if (real !== void 0 && !isInside(realRoot2, real)) {
    return {
      ok: false,
      rule: "path/symlink-escape",
      // Not said to be a details_link: the registry and the config are read through here too.
      message: `"${link2}" resolves through a symlink to ${real}, outside the repository`
    };
  }
  return { ok: true, absPath, exists };
}
function inFileStyle(text, absPath) {
  let head;
  try {
    const fd = openSync(absPath, "r");
    try {
      head = Buffer.alloc(4096);
      head = head.subarray(0, readSync(fd, head, 0, head.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return text;
  }
  const bom = head[0] === 239 && head[1] === 187 && head[2] === 191;
  const newline = head.indexOf(10);
  const crlf = newline > 0 && head[newline - 1] === 13;
  const lines = crlf ? text.replace(/\n/g, "\r\n") : text;
  return bom ? `\uFEFF${lines}` : lines;
}
function registryPath(repoRoot, config) {
  return join(repoRoot, ...config.registry.split("/"));
}
async function readRegistry(repoRoot, config) {
  const file = config.registry;
  let text;
  try {
    text = await readUserText(registryPath(repoRoot, config), file, { repoRoot });
  } catch (error) {
    if (error instanceof InputError && error.rule === "file/missing")
      return { registry: {}, file, exists: false };
    throw error;
  }
  return { registry: parseRegistry(text, file, config.statuses), file, exists: true };
}
async function writablePath(repoRoot, relPath, what) {
  const resolved = await resolveLink(repoRoot, relPath);
  if (!resolved.ok) {
    throw new InputError(`${what}: ${resolved.message}`, { file: relPath }, resolved.rule);
  }
  return resolved.exists ? await realpath(resolved.absPath) : resolved.absPath;
}
async function refuseWritesOutside(repoRoot, absPaths, who) {
  for (const abs of absPaths) {
    const rel = relative(repoRoot, abs).split(sep).join("/");
    if (rel === "" || rel === ".." || rel.startsWith("../") || isAbsolute(rel)) continue;
    if (rel === ".git" || rel.startsWith(".git/")) continue;
    await writablePath(repoRoot, rel, `${who} would write ${rel}`);
  }
}
async function tempFolder(cwd, name = "tmp") {
  const key = `${name}\0${cwd}`;
  let folder = tempFolders.get(key);
  if (folder === void 0) {
    folder = (async () => {
      const { GitCommandManager } = await import("./git-62UILCQ3.js");
      try {
        return await GitCommandManager.create(cwd).gitPath(`handoff-guard/${name}`);
      } catch {
        return void 0;
      }
    })();
    tempFolders.set(key, folder);
  }
  const dir = await folder;
  if (dir === void 0) return void 0;
  await mkdir(dir, { recursive: true });
  if (name === "tmp" && !swept.has(dir)) {
    swept.add(dir);
    await removeLeftovers(dir);
  }
  return dir;
}
var swept = /* @__PURE__ */ new Set();
var tempFolders = /* @__PURE__ */ new Map();
function isRunning(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
async function removeLeftovers(dir) {
  const names = await readdir(dir).catch(() => []);
  await Promise.all(
    names.filter((name) => !isRunning(Number(name.split("-")[0]))).map((name) => unlink(join(dir, name)).catch(() => void 0))
  );
}
async function tempPathFor(target, repoRoot) {
  const unique = `${process.pid}-${nodeCrypto().randomBytes(6).toString("hex")}`;
  const folder = await tempFolder(repoRoot ?? dirname(target));
  return folder ? join(folder, `${unique}.tmp`) : join(dirname(target), `.${basename(target)}.${unique}.tmp`);
}
async function writeNewFile(path, text, mode) {
  const handle = await open(path, "wx", mode);
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
}
async function writeTextAtomic(absPath, text, repoRoot) {
  await mkdir(dirname(absPath), { recursive: true });
  const target = await realpath(absPath).catch(() => absPath);
  const mode = await stat(target).then(
    (info) => info.mode & 4095,
    () => 438
  );
  let temp = await tempPathFor(target, repoRoot);
  try {
    await writeNewFile(temp, text, mode);
    await rename(temp, target).catch(async (error) => {
      if (error.code !== "EXDEV") throw error;
      await unlink(temp).catch(() => void 0);
      temp = join(
        dirname(target),
        `.${basename(target)}.${process.pid}-${nodeCrypto().randomBytes(6).toString("hex")}.tmp`
      );
      await writeNewFile(temp, text, mode);
      await rename(temp, target);
    });
  } finally {
    await unlink(temp).catch(() => void 0);
  }
}
async function updateRegistry(repoRoot, config, mutate) {
  const absPath = await writablePath(repoRoot, config.registry, `config key "registry"`);
  await mkdir(dirname(absPath), { recursive: true });
  const lock = { path: `${absPath}.lock`, shown: `${config.registry}.lock` };
  await refuseForeignLock(lock, config.registry);
  const { default: lockfile } = await import("./proper-lockfile-YK5XD6YI.js");
  let release;
  try {
    release = await lockfile.lock(absPath, {
      realpath: false,
      stale: 2e3,
      retries: { retries: 100, factor: 1.3, minTimeout: 10, maxTimeout: 250, randomize: true }
    });
  } catch (error) {
    const code = error.code;
    if (code === "ENOTEMPTY" || code === "ENOTDIR" || code === "EEXIST") {
      await refuseForeignLock(lock, config.registry);
    }
    if (code === "ELOCKED") {
      throw new InputError(
        `the registry is locked by another handoff process (lock: ${lock.shown}); retry, or remove the lock if no handoff process is running`,
        { file: config.registry },
        "registry/locked"
      );
    }
    throw error;
  }
  try {
    const { registry } = await readRegistry(repoRoot, config);
    const next = mutate(registry);
    const text = serializeRegistry(next);
    const [problem] = checkRegistry(text, config.registry, config.statuses).problems;
    if (problem) {
      throw new InputError(
        `the registry would become invalid, so nothing was written: ${problem.message}`,
        { file: config.registry },
        problem.rule
      );
    }
    await writeTextAtomic(absPath, inFileStyle(text, absPath), repoRoot);
    return next;
  } finally {
    await release();
  }
}
async function refuseForeignLock(lock, registry) {
  let kind;
  try {
    const info = await lstat(lock.path);
    if (info.isSymbolicLink()) kind = "a symbolic link";
    else if (!info.isDirectory()) kind = "a file";
    else if ((await readdir(lock.path)).length > 0) kind = "a folder with files in it";
  } catch {
    return;
  }
  if (kind === void 0) return;
  throw new InputError(
    `${lock.shown} is ${kind}, not a lock a handoff process takes (an empty folder, held for milliseconds): remove it (and if git tracks it, \`git rm -r --cached ${shellWord(lock.shown)}\`), then retry`,
    { file: registry },
    "registry/foreign-lock"
  );
}
async function writeDocumentAndEntry(repoRoot, config, document, agent, patch, exists) {
  const absPath = await writablePath(repoRoot, document.path, "handoff path");
  await writablePath(repoRoot, config.registry, 'config key "registry"');
  await mkdir(dirname(absPath), { recursive: true });
  const temp = await tempPathFor(absPath, repoRoot);
  const pendingDir = await tempFolder(repoRoot, "pending");
  const note = pendingDir ? join(pendingDir, `${process.pid}-${nodeCrypto().randomBytes(6).toString("hex")}.json`) : void 0;
  let created = false;
  try {
    await writeNewFile(temp, document.text, 438);
    if (note) {
      const pending = {
        pid: process.pid,
        registry: config.registry,
        document: document.path,
        agent,
        patch
      };
      await writeTextAtomic(note, `${JSON.stringify(pending)}
`, repoRoot);
    }
    try {
      await link(temp, absPath);
    } catch (error) {
      const code = error.code;
      if (code === "EEXIST") throw await exists();
      if (code !== "EXDEV" && code !== "EPERM" && code !== "ENOTSUP") throw error;
      await writeNewFile(absPath, document.text, 438).catch(async (e) => {
        throw e.code === "EEXIST" ? await exists() : e;
      });
    }
    created = true;
    await updateRegistry(repoRoot, config, (registry) => withEntry(registry, agent, patch));
  } catch (error) {
    if (created) await unlink(absPath).catch(() => void 0);
    throw error;
  } finally {
    if (note) await unlink(note).catch(() => void 0);
    await unlink(temp).catch(() => void 0);
  }
}
async function finishInterruptedDrafts(repoRoot, config) {
  const pendingDir = await tempFolder(repoRoot, "pending");
  if (!pendingDir) return [];
  const names = await readdir(pendingDir).catch(() => []);
  const lines = [];
  for (const name of names) {
    if (!name.endsWith(".json") || isRunning(Number(name.split("-")[0]))) continue;
    const notePath = join(pendingDir, name);
    const pending = await readPendingDraft(notePath);
    if (pending && pending.registry === config.registry) {
      const resolved = await resolveLink(repoRoot, pending.document);
      if (resolved.ok && resolved.exists) {
        const { registry } = await readRegistry(repoRoot, config);
        if (registry[pending.agent]?.details_link !== pending.document) {
          await updateRegistry(repoRoot, config, (r) => withEntry(r, pending.agent, pending.patch));
          lines.push(
            `Finished an interrupted draft: ${config.registry} now links ${pending.document} for ${pending.agent}.`
          );
        }
      }
    }
    await unlink(notePath).catch(() => void 0);
  }
  return lines;
}
async function writtenByAnotherDraft(repoRoot, config, document) {
  const { registry } = await readRegistry(repoRoot, config).catch(() => ({ registry: {} }));
  const linked = (entry) => typeof entry.details_link === "string" && normalizeLink(entry.details_link) === normalizeLink(document);
  if (agentEntries(registry).some(([, entry]) => linked(entry))) return true;
  const pendingDir = await tempFolder(repoRoot, "pending");
  if (!pendingDir) return false;
  for (const name of await readdir(pendingDir).catch(() => [])) {
    const pid = Number(name.split("-")[0]);
    if (!name.endsWith(".json") || pid === process.pid || !isRunning(pid)) continue;
    const pending = await readPendingDraft(join(pendingDir, name));
    if (pending?.registry === config.registry && pending.document === document) return true;
  }
  return false;
}
async function readPendingDraft(path) {
  try {
    const value = JSON.parse(await readUserText(path, path, { maxBytes: 64 * 1024 }));
    const ok = typeof value === "object" && value !== null && typeof value.registry === "string" && typeof value.document === "string" && typeof value.agent === "string" && isAgentKey(value.agent) && typeof value.patch === "object" && value.patch !== null && value.patch.details_link === value.document;
    return ok ? value : void 0;
  } catch {
    return void 0;
  }
}

export {
  isAgentKey,
  agentEntries,
  registryOfEntries,
  registryPointer,
  checkRegistry,
  parseRegistry,
  heldTask,
  meantTask,
  isActiveStatus,
  activeTasks,
  activeTasksIn,
  serializeRegistry,
  withEntry,
  linkedBy,
  othersActiveOn,
  slipOfAgentName,
  detailsLinks,
  linksIn,
  handoffFilesByTask,
  nodeCrypto,
  firstInvalidUtf8,
  Utf8Stream,
  decodeUserText,
  DEFAULT_MAX_BYTES,
  readUserText,
  statIfThere,
  entryKind,
  resolveLink,
  resolveLinks,
  readRegistry,
  refuseWritesOutside,
  writeTextAtomic,
  updateRegistry,
  writeDocumentAndEntry,
  finishInterruptedDrafts,
  writtenByAnotherDraft
};

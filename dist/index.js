#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  GitCommandManager,
  applyChanges,
  commitsAfterTouch,
  findProjectRoot,
  findRepoRoot,
  gitDirIn,
  isLineFrom
} from "./action/chunk-EXJZTR6R.js";
import {
  DEFAULT_CONFIG,
  doneArchiveOf,
  emptySection,
  handoffNameRegExp,
  handoffPath,
  handoffTaskRegExp,
  needsLinearEngine,
  parseDuration,
  resolveConfig,
  scanHandoff,
  taskIdRegExp,
  useLinearEngine
} from "./action/chunk-PYO4XIRT.js";
import {
  DEFAULT_MAX_BYTES,
  activeTasks,
  activeTasksIn,
  agentEntries,
  decodeUserText,
  detailsLinks,
  handoffFilesByTask,
  heldTask,
  isActiveStatus,
  isInside,
  linksIn,
  meantTask,
  nodeCrypto,
  parseRegistry,
  readUserText,
  realLongestPrefix,
  registryOfEntries,
  registryPointer,
  resolveLinks,
  statIfThere
} from "./action/chunk-J5NNLAF7.js";
import {
  duplicateKeyError,
  isRecord,
  parseJsonLocated
} from "./action/chunk-DCCHPPLB.js";
import {
  asInProject,
  isInFolders,
  linkIssue,
  linkProblem,
  normalizeLink,
  pathFrom
} from "./action/chunk-6I3VPK6Q.js";
import {
  COMMENT_ID_PATTERN,
  buildResume,
  driftCandidates,
  driftOf,
  existingPaths,
  isWordCode,
  namedAndCounted,
  planComment,
  renderHandoff,
  renderStickyComment,
  require_tunnel,
  require_undici
} from "./action/chunk-XTJFEDAA.js";
import {
  DAY_ONLY,
  ELEMENT_NAMES,
  ageInDays,
  canonicalLabel,
  documentFacts,
  elementTitle
} from "./action/chunk-CW3FW5QO.js";
import "./action/chunk-47A3SBZ4.js";
import {
  formatReportWarning,
  warningsNamed
} from "./action/chunk-XGRFSVPD.js";
import {
  FOR_AN_AGENT,
  InputError,
  InternalError,
  commitPathsCommand,
  formatInputError,
  formatLocated,
  memoised,
  onPackage,
  proseWithInvocation,
  runsHandoff,
  shellWord,
  withInvocation
} from "./action/chunk-HAXGRQ23.js";
import {
  __toESM
} from "./action/chunk-D4BQ4EQP.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/action/run.ts
import { join as join11, relative as relative2 } from "node:path";

// src/adapters/clock.ts
function clockFrom(env) {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) {
    const fixed = Number(epoch) * 1e3;
    return () => new Date(fixed);
  }
  return () => /* @__PURE__ */ new Date();
}

// src/adapters/config-loader.ts
import { isAbsolute, relative, resolve, sep } from "node:path";

// src/adapters/workspace.ts
import { existsSync as existsSync2, promises as fsPromises } from "node:fs";
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
function inPackageFolder(error2, folder) {
  if (!(error2 instanceof InputError) || error2.location.file === void 0) return error2;
  return error2.renamed((file) => `${folder}/${file}`);
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
  if (workspaces.length === 0 || source.prefix !== "" || !existsSync2(join(repoRoot, ".git"))) return [];
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
    const issue2 = linkIssue(path, "path");
    if (issue2)
      results.set(path, { kind: "invalid-link", rule: issue2.rule, message: `${issue2.message}${suffix}` });
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
function unreadable(error2) {
  if (error2 instanceof InputError) return { kind: "unreadable", error: error2 };
  throw error2;
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
            } catch (error2) {
              const read = unreadable(error2);
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
          } catch (error2) {
            results.set(path, unreadable(error2));
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
async function configFromRaw(raw, file, locate = () => ({ file })) {
  if (raw === null && (file === "package.json" || file.endsWith("/package.json"))) return void 0;
  await prepareFor(raw);
  return resolveConfig(raw, file, locate);
}
async function prepareFor(config) {
  if (needsLinearEngine(config)) useLinearEngine((await import("./action/build-KO2EUTO3.js")).RE2JS);
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
  const unique2 = [...new Set(links)];
  const reads = await source.readMany(unique2, options);
  const result = /* @__PURE__ */ new Map();
  for (const link of unique2) {
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
      } catch (error2) {
        return { folder, error: inPackageFolder(error2, folder) };
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
  const which2 = options.links ?? "active";
  const linked = which2 === "none" ? [] : which2 === "active" ? tasks.map((t) => [t.agent, t.detailsLink]) : agentEntries(registry.registry).map(([agent, entry]) => [agent, linkOf(entry)]);
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
  } catch (error2) {
    if (!(error2 instanceof InputError) || error2.message.includes(source.label)) throw error2;
    const there = new InputError(
      `${error2.message} (in ${source.label}, which is judged, not the working tree: commit the fix)`,
      error2.location,
      error2.rule
    );
    there.more = error2.more;
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

// src/adapters/config-loader.ts
async function loadConfig(repoRoot) {
  return loadConfigFrom(workingTreeSource(repoRoot));
}
function repoRelativeConfig(repoRoot, path) {
  const rel = (isAbsolute(path) ? relative(repoRoot, path) : path).split("\\").join("/");
  if (rel === "" || rel === ".." || rel.startsWith("../") || isAbsolute(rel)) {
    throw new InputError(
      `the config file ${path} is outside the repository`,
      { file: path },
      "path/escapes-repo"
    );
  }
  return rel;
}

// src/app/check.ts
import { existsSync as existsSync6 } from "node:fs";
import { join as join5 } from "node:path";

// src/adapters/document-cache.ts
import { existsSync as existsSync3, promises as fsPromises2 } from "node:fs";
import { dirname, join as join2 } from "node:path";

// src/generated/build-id.ts
var BUILD_ID = "fe365072ee5a91e0";

// src/core/version.ts
var PACKAGE_VERSION = "0.1.0";
var CACHE_STAMP = `${PACKAGE_VERSION}+${BUILD_ID}`;

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
    const info2 = fstatSync(fd);
    if (!info2.isFile() || whole && info2.size > limit) return void 0;
    const buffer = Buffer.allocUnsafe(Math.min(limit, info2.size));
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

// src/adapters/document-cache.ts
var saves = 0;
var CACHE_VERSION = `6/${CACHE_STAMP}`;
async function gitDir(repoRoot) {
  return gitDirIn(repoRoot) ?? join2(repoRoot, ".git");
}
var DocumentCache = class _DocumentCache {
  constructor(file) {
    this.file = file;
  }
  file;
  used = /* @__PURE__ */ new Map();
  usedValues = /* @__PURE__ */ new Map();
  misses = 0;
  valuesAdded = false;
  keepingUnused = false;
  loaded;
  /**
   * Opens the repository's cache; a missing, unreadable or outdated cache is an empty one. The file
   * is read on first use, not here: the check opens the cache before it starts git, and reading it
   * then (~1-2 ms for 300 handoffs) would only hold back the second git process.
   */
  static async open(repoRoot) {
    const dir = await gitDir(repoRoot);
    if (!existsSync3(dir)) return _DocumentCache.inMemory();
    return new _DocumentCache(join2(dir, "handoff-guard", "cache.json"));
  }
  /** What the file held, read once. */
  get previous() {
    if (this.loaded) return this.loaded;
    this.loaded = { entries: {}, values: {} };
    if (this.file === void 0) return this.loaded;
    try {
      const parsed = readCacheJson(this.file, jsonHead("version", CACHE_VERSION));
      if (parsed && parsed.version === CACHE_VERSION && parsed.entries && typeof parsed.entries === "object") {
        this.loaded.entries = parsed.entries;
        if (parsed.values && typeof parsed.values === "object") this.loaded.values = parsed.values;
      }
    } catch {
    }
    return this.loaded;
  }
  /** A cache that never persists (for callers without a repository). */
  static inMemory() {
    return new _DocumentCache(void 0);
  }
  /** The cache file's size in bytes, without reading it (0: none yet, or a cache in memory). */
  get fileBytes() {
    return this.file === void 0 ? 0 : statIfThere(this.file)?.size ?? 0;
  }
  /**
   * Keeps, when saving, the summaries this run did not use: a run that looked at part of a snapshot
   * (a push from a remembered one) must not make the cache forget the rest.
   */
  keepUnused() {
    this.keepingUnused = true;
  }
  /** How many documents were parsed (not served from the cache) since opening. */
  get parsedCount() {
    return this.misses;
  }
  /** Whether the summary of the content `id` is here (then its text need not even be read). */
  has(id) {
    return this.used.has(id) || Object.hasOwn(this.previous.entries, id);
  }
  /** The summary of the content `id` when it is here, without waiting: a warm check's every one. */
  known(id) {
    const entries = this.previous.entries;
    const known = this.used.get(id) ?? (Object.hasOwn(entries, id) ? entries[id] : void 0);
    if (known) this.used.set(id, known);
    return known;
  }
  /**
   * The summary of a document; `id` is its content id, `text` may be left out when `has(id)` said
   * the summary is here; `file` names the document in the error a hostile one gets.
   */
  async summarize(id, text, file) {
    const known = this.known(id);
    if (known) return known;
    if (text === void 0) throw new InternalError(`no text and no cached summary for ${file ?? id}`);
    this.misses++;
    const summary2 = await summarizeMarkdown(text, file);
    this.used.set(id, summary2);
    return summary2;
  }
  /** What the snapshot worked out from a file before (`KnownValues`), kept while used, like summaries. */
  values = {
    has: (key) => this.usedValues.has(key) || Object.hasOwn(this.previous.values, key),
    get: (key) => {
      if (this.usedValues.has(key)) return this.usedValues.get(key);
      const value = this.previous.values[key];
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
      entries: this.keepingUnused ? { ...this.previous.entries, ...Object.fromEntries(this.used) } : Object.fromEntries(this.used),
      // A run that used none (`status` reads the working tree) keeps the hook's for its next push.
      values: this.usedValues.size > 0 ? Object.fromEntries(this.usedValues) : this.previous.values
    };
    const temp = `${this.file}.${process.pid}.${++saves}.tmp`;
    try {
      await fsPromises2.mkdir(dirname(this.file), { recursive: true });
      await fsPromises2.writeFile(temp, JSON.stringify(content));
      await fsPromises2.rename(temp, this.file);
    } catch {
    }
  }
};
async function summarizeMarkdown(text, file) {
  const { summarizeHandoff } = await import("./action/scan-VSSDE633.js");
  const { missingElements, facts } = summarizeHandoff(text, file);
  return { missingElements, facts };
}

// src/adapters/listing-store.ts
import { existsSync as existsSync4, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join as join3 } from "node:path";
var FORMAT = `3/${CACHE_STAMP}`;
var KEPT = 8;
var ListingStore = class _ListingStore {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  /** Files this run found not to hold a listing: as good as none, and written over when remembered. */
  unreadable = /* @__PURE__ */ new Set();
  static async open(repoRoot) {
    const dir = await gitDir(repoRoot);
    return new _ListingStore(existsSync4(dir) ? join3(dir, "handoff-guard", "listings") : void 0);
  }
  fileOf(commit) {
    return this.dir && /^[0-9a-f]{40,64}$/.test(commit) ? join3(this.dir, `${commit}.json`) : void 0;
  }
  has(commit) {
    const file = this.fileOf(commit);
    return file !== void 0 && !this.unreadable.has(commit) && existsSync4(file);
  }
  /** The listing remembered for `commit`, or undefined (none, or not a well-formed one). */
  read(commit) {
    const listing = this.parse(commit);
    if (!listing) this.unreadable.add(commit);
    return listing;
  }
  parse(commit) {
    const file = this.fileOf(commit);
    if (!file) return void 0;
    try {
      const value = readCacheJson(file, jsonHead("format", FORMAT)) ?? {};
      if (value.format !== FORMAT || !Array.isArray(value.specs) || !Array.isArray(value.entries))
        return void 0;
      const wellFormed = value.specs.every((s) => typeof s === "string") && value.entries.every(
        (e) => Array.isArray(e) && typeof e[0] === "string" && typeof e[1]?.mode === "string" && typeof e[1]?.type === "string" && typeof e[1]?.oid === "string"
      );
      return wellFormed ? { specs: value.specs, entries: value.entries } : void 0;
    } catch {
      return void 0;
    }
  }
  /**
   * Writes `commit`'s listing; past twice the few kept, drops all but the newest. Written beside it
   * and renamed over it: whatever is in its place (a FIFO, whose write would wait for a reader for
   * ever) is replaced, never written into.
   */
  remember(commit, listing) {
    const file = this.fileOf(commit);
    const dir = this.dir;
    if (!file || !dir) return;
    const temp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(temp, JSON.stringify({ format: FORMAT, ...listing }), { flag: "wx" });
      renameSync(temp, file);
      this.unreadable.delete(commit);
      const names = readdirSync(dir);
      if (names.length <= 2 * KEPT) return;
      const byAge = names.map((name) => ({ name, at: statSync(join3(dir, name)).mtimeMs })).sort((a, b) => b.at - a.at);
      for (const { name } of byAge.slice(KEPT)) rmSync(join3(dir, name), { force: true });
    } catch {
      try {
        rmSync(temp, { force: true });
      } catch {
      }
    }
  }
};

// src/core/pre-push.ts
import { posix, sep as sep2 } from "node:path";
var ZERO_SHA = /^0+$/;
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i;
var PRE_PUSH_STDIN = "<pre-push stdin>";
function parsePrePushInput(stdin) {
  const refs = [];
  stdin.split("\n").forEach((raw, index) => {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") return;
    const fields = line.trim().split(/\s+/);
    const [localRef, localSha, remoteRef, remoteSha] = fields;
    if (fields.length !== 4 || localRef === void 0 || localSha === void 0 || remoteRef === void 0 || remoteSha === void 0 || !SHA.test(localSha) || !SHA.test(remoteSha)) {
      throw new InputError(
        'expected "<local ref> <local sha> <remote ref> <remote sha>" as git passes to a pre-push hook',
        { file: PRE_PUSH_STDIN, line: index + 1, column: 1 },
        "pre-push/stdin"
      );
    }
    refs.push({ localRef, localSha, remoteRef, remoteSha });
  });
  return refs;
}
function planPush(refs, remote, remotesAtUrl2 = []) {
  const plan = { refs: [], skipped: [] };
  const named = isRemoteName(remote) ? [remote] : remotesAtUrl2;
  const remotes = named.length > 0 ? named.map((name) => `--remotes=${name}`) : ["--remotes"];
  const seen = /* @__PURE__ */ new Set();
  for (const ref of refs) {
    if (ZERO_SHA.test(ref.localSha)) {
      plan.skipped.push({ ...ref, why: "deletion" });
      continue;
    }
    if (ref.remoteRef.startsWith("refs/tags/")) {
      plan.skipped.push({ ...ref, why: "tag" });
      continue;
    }
    const key = `${ref.localSha} ${ref.remoteSha} ${ref.remoteRef}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const branch = ref.remoteRef.replace(/^refs\/heads\//, "");
    const isNew = ZERO_SHA.test(ref.remoteSha);
    const revisionArgs = ["--ignore-missing", ref.localSha, "--not", ...remotes];
    if (!isNew) revisionArgs.push(ref.remoteSha);
    plan.refs.push({
      ...ref,
      kind: isNew ? "new" : "update",
      branch,
      revisionArgs,
      description: isNew ? `new branch ${branch}: commits no remote has` : `${ref.remoteSha.slice(0, 7)}..${ref.localSha.slice(0, 7)} \u2192 ${branch}`
    });
  }
  return plan;
}
function remotesAtUrl(url, config, repoRoot) {
  const target = comparableUrl(url, repoRoot);
  const names = /* @__PURE__ */ new Set();
  for (const [key, value] of config) {
    const name = /^remote\.(.+)\.(?:url|pushurl)$/.exec(key)?.[1];
    if (name !== void 0 && isRemoteName(name) && comparableUrl(value, repoRoot) === target)
      names.add(name);
  }
  return [...names];
}
function comparableUrl(url, repoRoot) {
  const posixPath = (path2) => path2.split(sep2).join("/");
  let path;
  if (url.startsWith("file://")) path = decodeURIComponent(url.slice("file://".length));
  else if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url) && !/^[^/\\]{2,}:/.test(url)) path = url;
  const full = path === void 0 ? url : posix.resolve(posixPath(repoRoot), posixPath(path));
  return full.replace(/\/+$/, "").replace(/\.git$/, "");
}
function isRemoteName(remote) {
  return remote !== "" && !/[:/\\]/.test(remote) && !remote.startsWith(".");
}
function isFullSha(rev) {
  return SHA.test(rev);
}

// src/adapters/pre-push.ts
async function readPushedRange(git, ref, { blocking = false } = {}) {
  const commits = await git.logRange(ref.revisionArgs, {
    stats: false,
    blobs: ref.kind === "update",
    blocking
  });
  const range = {
    description: ref.description,
    head: ref.localSha,
    branch: ref.branch,
    commits
  };
  if (ref.kind === "update") range.base = startOfPushed(commits, ref.remoteSha);
  return range;
}
function startOfPushed(commits, remoteSha) {
  const pushed = new Set(commits.map((c) => c.sha));
  const outside = commits.flatMap((c) => c.parents.filter((p) => !pushed.has(p)));
  if (outside.length === 0 || outside.includes(remoteSha)) return remoteSha;
  return commits[0]?.parents[0] ?? remoteSha;
}

// src/adapters/snapshot-store.ts
import { existsSync as existsSync5, mkdirSync as mkdirSync2, readdirSync as readdirSync2, renameSync as renameSync2, rmSync as rmSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join4 } from "node:path";

// src/core/snapshot.ts
function rememberedHandoff(link, path, contentId2, missingElements, facts) {
  return path === link ? [contentId2, [...missingElements], facts] : [contentId2, [...missingElements], facts, path];
}
function handoffPath2(handoff, link) {
  return handoff[3] ?? link;
}
function rememberedEntry(agent, entry) {
  return [
    agent,
    entry.status,
    typeof entry.current_task === "string" ? entry.current_task : null,
    typeof entry.details_link === "string" ? entry.details_link : null
  ];
}
function entryOf([, status, currentTask, detailsLink]) {
  const entry = { status };
  if (currentTask !== null) entry.current_task = currentTask;
  if (detailsLink !== null) entry.details_link = detailsLink;
  return entry;
}
function commitsAfter(snapshot, remote, head, commits) {
  if (snapshot === head) return [];
  const at = snapshot === remote ? 0 : commits.findIndex((c) => c.sha === snapshot) + 1;
  if (at === 0 && snapshot !== remote) return void 0;
  const after = commits.slice(at);
  return isLineFrom(snapshot, head, after) ? after : void 0;
}
function changedBy(snapshot, handoffPaths, configFiles, commits) {
  const changed = /* @__PURE__ */ new Set();
  const changedOrAbove = /* @__PURE__ */ new Set();
  for (const commit of commits) {
    for (const { path } of commit.files) {
      changed.add(path);
      changedOrAbove.add(path);
      addFoldersAbove(path, changedOrAbove);
    }
  }
  const touched = (path) => changedOrAbove.has(path) || isInFolders(path, changed);
  if (changed.size === 0) return { setup: false, handoffs: [] };
  const setup = [snapshot.registryFile, ...configFiles].some(touched);
  const handoffs = [];
  if (!setup) {
    for (const [index, path] of handoffPaths.entries()) if (touched(path)) handoffs.push(index);
  }
  return { setup, handoffs };
}
var MOST_CHANGED = 64;
function storedAsChanges(changed, handoffs) {
  return changed <= MOST_CHANGED || changed * 4 <= handoffs;
}
var REGULAR_FILE = /^100(644|755)$/;
function blobsAfter(paths, commits) {
  const wanted = new Set(paths);
  const above = /* @__PURE__ */ new Set();
  for (const path of wanted) addFoldersAbove(path, above);
  const found = /* @__PURE__ */ new Map();
  for (const commit of commits) {
    for (const { path, blob } of commit.files) {
      if (!wanted.has(path)) {
        if (above.has(path) || isInFolders(path, wanted)) return void 0;
        continue;
      }
      if (blob === void 0) return void 0;
      const earlier = found.get(path);
      found.set(path, { fromOid: earlier?.fromOid ?? blob.oldOid, oid: blob.newOid, mode: blob.newMode });
    }
  }
  const blobs = /* @__PURE__ */ new Map();
  for (const path of wanted) {
    const change = found.get(path);
    if (change === void 0 || !REGULAR_FILE.test(change.mode)) return void 0;
    blobs.set(path, { fromOid: change.fromOid, oid: change.oid });
  }
  return blobs;
}
function addFoldersAbove(path, folders) {
  for (let slash = path.lastIndexOf("/"); slash > 0; slash = path.lastIndexOf("/", slash - 1))
    folders.add(path.slice(0, slash));
}

// src/adapters/snapshot-store.ts
var FORMAT2 = `1/${CACHE_STAMP}`;
var saves2 = 0;
var KEPT2 = 2;
var NAME = /^([0-9a-f]{40,64})(?:\.([0-9a-f]{40,64}))?\.json$/;
var COMMIT = /^[0-9a-f]{40,64}$/;
var SnapshotStore = class _SnapshotStore {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  /** The folder's listing, made once: the check asks which commits have one, then reads one. */
  listing;
  static async open(repoRoot) {
    const dir = await gitDir(repoRoot);
    return new _SnapshotStore(existsSync5(dir) ? join4(dir, "handoff-guard", "snapshots") : void 0);
  }
  /** The snapshots' files, newest first (by the folder's listing alone), listed once until a write. */
  found() {
    this.listing ??= this.list();
    return this.listing;
  }
  list() {
    if (this.dir === void 0) return [];
    try {
      const found = [];
      for (const name of readdirSync2(this.dir)) {
        const match = NAME.exec(name);
        if (!match) continue;
        const file = join4(this.dir, name);
        found.push({
          commit: match[1],
          ...match[2] ? { base: match[2] } : {},
          file,
          at: statIfThere(file)?.mtimeMs ?? 0
        });
      }
      return found.sort((a, b) => b.at - a.at);
    } catch {
      return [];
    }
  }
  /** The commits a snapshot is remembered for, newest first. */
  commits() {
    return this.found().map((f) => f.commit);
  }
  /** The snapshot remembered for `commit`, or undefined (none, or not a well-formed one of this version). */
  read(commit) {
    const found = this.found();
    const file = found.find((f) => f.commit === commit);
    if (!file) return void 0;
    const stored = readStored(file.file);
    if (stored === void 0 || stored.commit !== commit) return void 0;
    if (!("base" in stored) || typeof stored.base !== "string")
      return isSnapshot(stored) ? stored : void 0;
    const delta = stored;
    const baseFile = found.find((f) => f.commit === delta.base && f.base === void 0);
    const base = baseFile && readStored(baseFile.file);
    if (!base || !isSnapshot(base) || base.commit !== delta.base || !Array.isArray(delta.changes))
      return void 0;
    const handoffs = [...base.handoffs];
    const changed = [];
    for (const change of delta.changes) {
      if (!Array.isArray(change) || !Number.isInteger(change[0]) || !isHandoff(change[1])) return void 0;
      const [index, handoff] = change;
      if (index < 0 || index >= handoffs.length) return void 0;
      handoffs[index] = handoff;
      changed.push(index);
    }
    return { ...base, commit, handoffs, base: { commit: base.commit, changed } };
  }
  /**
   * Remembers `snapshot` (as its base's with changes, when it has a base and they are few), keeping
   * the newest few and the bases they are stored on. Failures are ignored: it only saves time.
   */
  write(snapshot) {
    const dir = this.dir;
    if (dir === void 0 || !COMMIT.test(snapshot.commit)) return;
    const { base, ...whole } = snapshot;
    const asChanges = base !== void 0 && COMMIT.test(base.commit) && base.commit !== snapshot.commit && storedAsChanges(base.changed.length, snapshot.handoffs.length);
    const stored = asChanges ? {
      commit: snapshot.commit,
      base: base.commit,
      changes: base.changed.map((index) => [index, snapshot.handoffs[index]])
    } : whole;
    const file = join4(dir, asChanges ? `${snapshot.commit}.${base.commit}.json` : `${snapshot.commit}.json`);
    const temp = `${file}.${process.pid}.${++saves2}.tmp`;
    try {
      mkdirSync2(dir, { recursive: true });
      writeFileSync2(temp, JSON.stringify({ format: FORMAT2, snapshot: stored }));
      renameSync2(temp, file);
      this.listing = void 0;
      const found = this.found();
      const kept = found.filter((f) => f.commit !== snapshot.commit || f.file === file).slice(0, KEPT2);
      const bases = new Set(kept.flatMap((f) => f.base ? [f.base] : []));
      for (const f of found) {
        const onReplaced = !asChanges && f.base === snapshot.commit;
        if (!onReplaced && (kept.includes(f) || f.base === void 0 && bases.has(f.commit))) continue;
        rmSync2(f.file, { force: true });
      }
      this.listing = void 0;
    } catch {
      try {
        rmSync2(temp, { force: true });
      } catch {
      }
    }
  }
};
function readStored(file) {
  try {
    const value = readCacheJson(file, jsonHead("format", FORMAT2)) ?? {};
    return value.format === FORMAT2 && typeof value.snapshot === "object" && value.snapshot !== null ? value.snapshot : void 0;
  } catch {
    return void 0;
  }
}
function isSnapshot(value) {
  if (typeof value !== "object" || value === null) return false;
  const s = value;
  return typeof s.commit === "string" && (s.givenConfigFile === void 0 || typeof s.givenConfigFile === "string") && (s.configFile === void 0 || typeof s.configFile === "string") && typeof s.registryFile === "string" && typeof s.config === "object" && s.config !== null && Array.isArray(s.entries) && s.entries.every(
    (e) => Array.isArray(e) && e.length === 4 && typeof e[0] === "string" && typeof e[1] === "string" && (e[2] === null || typeof e[2] === "string") && (e[3] === null || typeof e[3] === "string")
  ) && Array.isArray(s.handoffs) && s.handoffs.every(isHandoff);
}
function isHandoff(h) {
  return Array.isArray(h) && (h.length === 3 || h.length === 4 && typeof h[3] === "string") && typeof h[0] === "string" && Array.isArray(h[1]) && typeof h[2] === "object" && h[2] !== null;
}

// src/core/attribution.ts
function nonWorkPaths(handoffDir, registryFile, links, archive) {
  const files = /* @__PURE__ */ new Set([normalizeLink(registryFile)]);
  for (const link of links) if (linkProblem(link) === void 0) files.add(normalizeLink(link));
  return { handoffDir: normalizeLink(handoffDir), files, ...archive ? { archive } : {} };
}
function isNonWorkPath(path, paths) {
  if (paths.files.has(path)) return true;
  if (paths.handoffDir !== "" && path.startsWith(`${paths.handoffDir}/`)) return true;
  const { archive } = paths;
  return archive !== void 0 && archive.dir !== "" && path.startsWith(`${archive.dir}/`) && archive.name.test(path.slice(archive.dir.length + 1));
}
function isWorkCommit(commit, paths) {
  return commit.files.some((file) => !isNonWorkPath(file.path, paths));
}
var TaskIdFinder = class {
  /** @param pattern a global RegExp from `taskIdRegExp(config)` (whole-token matches). */
  constructor(pattern, active) {
    this.pattern = pattern;
    this.active = active;
    this.irregular = [...active].filter((id) => {
      pattern.lastIndex = 0;
      const first = pattern.exec(id);
      pattern.lastIndex = 0;
      return first?.[0] !== id;
    });
    this.irregularWords = new Set(this.irregular.filter((id) => WORD_ID.test(id)));
    this.irregularOther = this.irregular.filter((id) => !WORD_ID.test(id));
  }
  pattern;
  active;
  /**
   * Active ids the pattern does not describe as a whole (registries are not forced to follow it):
   * only these need the slower search by substring, so finding ids stays linear in the text and
   * does not grow with the number of active tasks.
   */
  irregular;
  /**
   * The irregular ids made of word characters and `-` only (`job_00042`): found by looking each
   * word of the text up, in one pass, instead of searching the text once per id (10,000 such ids
   * over 64 KB messages took 0.5 s a commit). The others are searched for one by one.
   */
  irregularWords;
  irregularOther;
  find(text) {
    if (!text) return [];
    const found = /* @__PURE__ */ new Set();
    for (const match of text.matchAll(this.pattern)) {
      if (this.active.has(match[0])) found.add(match[0]);
    }
    if (found.size === 0 && this.irregular.length > 0) {
      if (this.irregularWords.size > 0)
        for (const id of wordsStandingAlone(text, this.irregularWords)) found.add(id);
      for (const id of this.irregularOther) {
        if (text.includes(id) && standsAlone(text, id)) found.add(id);
      }
    }
    return [...found];
  }
};
var WORD_ID = /^[A-Za-z0-9_-]+$/;
function wordsStandingAlone(text, ids) {
  const found = [];
  let at = 0;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    if (!isWordCode(c) && c !== 45) {
      at++;
      continue;
    }
    let end = at;
    while (end < text.length && (isWordCode(text.charCodeAt(end)) || text.charCodeAt(end) === 45)) end++;
    for (let cut = at + 1; cut < end; cut++) {
      const c2 = text.charCodeAt(cut);
      if (c2 !== 45 && c2 !== 95) continue;
      const next = text.charCodeAt(cut + 1);
      const continues = c2 === 45 && (next >= 65 && next <= 90 || next >= 48 && next <= 57);
      if (!continues) {
        const part = text.slice(at, cut);
        if (ids.has(part)) found.push(part);
      }
    }
    const whole = text.slice(at, end);
    if (ids.has(whole)) found.push(whole);
    at = end;
  }
  return found;
}
function standsAlone(text, id) {
  let from = text.indexOf(id);
  while (from !== -1) {
    const before = text[from - 1];
    const after = text[from + id.length];
    const after2 = text[from + id.length + 1];
    const boundaryBefore = before === void 0 || !/[A-Za-z0-9_-]/.test(before);
    const boundaryAfter = after === void 0 || !/[A-Za-z0-9]/.test(after) && !(after === "-" && /[A-Z0-9]/.test(after2 ?? ""));
    if (boundaryBefore && boundaryAfter) return true;
    from = text.indexOf(id, from + 1);
  }
  return false;
}
function explicitAttribution(commit, branch, ids, former) {
  const claimed = (texts) => former ? texts.flatMap((text) => former.ids.find(text)).filter(former.allowed) : [];
  const fromTrailers = commit.taskTrailers.flatMap((value) => ids.find(value));
  if (fromTrailers.length > 0) return { tasks: unique(fromTrailers), rule: "trailer" };
  const fromMessage = ids.find(`${commit.subject}
${commit.body}`);
  if (fromMessage.length > 0) return { tasks: fromMessage, rule: "message" };
  const places = claimPlaces(commit);
  const trailerClaims = claimed(places.trailers);
  if (trailerClaims.length > 0) return { tasks: unique(trailerClaims), rule: "trailer" };
  const fromLead = claimed(places.lead);
  if (fromLead.length > 0) return { tasks: unique(fromLead), rule: "message" };
  const fromBranch = ids.find(branch);
  if (fromBranch.length > 0) return { tasks: fromBranch, rule: "branch" };
  return { tasks: [] };
}
function claimPlaces(commit) {
  const lead = subjectLead(commit.subject);
  return { trailers: commit.taskTrailers, lead: lead === void 0 ? [] : [lead] };
}
function subjectLead(subject) {
  return LEAD.exec(subject)?.slice(1).find((part) => part !== void 0);
}
var LEAD = /^(?:([^\s:()[\]"]{1,80}): |\[([^\s\]"]{1,80})\]|[a-z]{1,20}\(([^\s()"]{1,80})\)!?: )/;
function attributeCommits(input) {
  const active = new Set(input.activeTaskIds);
  const ids = new TaskIdFinder(input.taskIds, active);
  const then = input.activeAtCommit;
  const formerly = new Set([...then?.values() ?? []].flat().filter((id) => !active.has(id)));
  const formerIds = formerly.size > 0 ? new TaskIdFinder(input.taskIds, formerly) : void 0;
  const bySha2 = /* @__PURE__ */ new Map();
  const touched = /* @__PURE__ */ new Set();
  const taskByHandoff = /* @__PURE__ */ new Map();
  for (const [taskId, file] of input.handoffFiles) taskByHandoff.set(file, taskId);
  for (const { commit, branch } of input.commits) {
    if (bySha2.has(commit.sha)) continue;
    const claimable = then?.get(commit.sha);
    const attribution = formerIds && claimable ? explicitAttribution(commit, branch, ids, {
      ids: formerIds,
      allowed: (id) => claimable.includes(id)
    }) : explicitAttribution(commit, branch, ids);
    bySha2.set(commit.sha, attribution);
    if (commit.elsewhere) continue;
    if (input.fallbackScope && !input.fallbackScope.has(commit.sha)) continue;
    for (const task of attribution.tasks) if (active.has(task)) touched.add(task);
    for (const file of commit.files) {
      const task = taskByHandoff.get(file.path);
      if (task !== void 0) touched.add(task);
    }
  }
  let fallback;
  const [onlyTouched] = touched;
  const [onlyActive] = active;
  if (touched.size === 1 && onlyTouched !== void 0) {
    fallback = { taskId: onlyTouched, rule: "only-task-in-range" };
  } else if (touched.size === 0 && active.size === 1 && onlyActive !== void 0) {
    fallback = { taskId: onlyActive, rule: "only-active-task" };
  }
  if (fallback) {
    for (const [sha, attribution] of bySha2) {
      if (attribution.tasks.length === 0 && (!input.fallbackScope || input.fallbackScope.has(sha))) {
        attribution.tasks = [fallback.taskId];
        attribution.rule = fallback.rule;
      }
    }
  }
  return fallback ? { bySha: bySha2, fallback } : { bySha: bySha2 };
}
function unique(values) {
  return [...new Set(values)];
}

// src/core/ancestry.ts
var CommitGraph = class {
  parents = /* @__PURE__ */ new Map();
  /** Position in the range's topological order (parents first): ancestors always sort lower. */
  order = /* @__PURE__ */ new Map();
  constructor(commits) {
    commits.forEach((commit, index) => {
      if (this.parents.has(commit.sha)) return;
      this.parents.set(commit.sha, commit.parents);
      this.order.set(commit.sha, index);
    });
  }
  has(sha) {
    return this.parents.has(sha);
  }
  /**
   * Of `updates` (commits of the range), the newest: the latest in topological order, which no
   * other one has as an ancestor; and which of `work` are ancestors of (or are) an update. Commits
   * outside the range are not followed: whatever lies beyond the range's base is not being judged.
   *
   * One walk over the range at most, whatever the number of updates: the walks from each update
   * share what they have seen (all ancestors of a commit seen are seen), stop below the oldest work
   * commit (nothing there leads to one) and end once every work commit is found. Walked apart, 3,000
   * sibling updates over a chain of 30,000 commits took a minute and 2 GB.
   */
  coverage(updates, work) {
    const rank = (sha) => this.order.get(sha) ?? -1;
    const tips = [...new Set(updates)].filter((sha) => this.has(sha)).sort((a, b) => rank(b) - rank(a));
    const wanted = new Set(work.filter((sha) => this.has(sha)));
    const covered = /* @__PURE__ */ new Set();
    let floor = Number.POSITIVE_INFINITY;
    for (const sha of wanted) floor = Math.min(floor, rank(sha));
    const seen = /* @__PURE__ */ new Set();
    for (const tip of tips) {
      if (covered.size === wanted.size) break;
      if (seen.has(tip) || rank(tip) < floor) continue;
      const stack = [tip];
      while (stack.length > 0) {
        const sha = stack.pop();
        if (seen.has(sha)) continue;
        seen.add(sha);
        if (wanted.has(sha)) covered.add(sha);
        for (const parent of this.parents.get(sha) ?? []) {
          if (!seen.has(parent) && this.has(parent) && rank(parent) >= floor) stack.push(parent);
        }
      }
    }
    return { newest: tips[0], covered };
  }
};

// src/core/slots.ts
function slot(what) {
  return { slot: `<${what}>` };
}
var TASK_SLOT = slot("task id");
var AGENT_SLOT = slot("agent name");
function commandWord(value) {
  return typeof value === "string" ? shellWord(value) : `"${value.slot}"`;
}
var ANSWER_SLOTS = {
  currentState: `--note ${commandWord(slot("state in one line"))}`,
  decisions: `--decision ${commandWord(slot("decision: reason"))}`,
  blockers: `--blocker ${commandWord(slot("blocker, or None"))}`,
  nextSteps: `--next ${commandWord(slot("next step"))}`,
  timeProgress: `--progress ${commandWord(slot("0-100"))}`
};
var TIME_SLOTS = {
  timeSpent: `--time-spent ${commandWord(slot("time taken, e.g. 45m"))}`,
  remaining: `--remaining ${commandWord(slot("time left, e.g. 3h"))}`
};

// src/core/freshness.ts
var DAY_MS = 24 * 60 * 60 * 1e3;
var SHORT = 7;
var FIX_SHA = 12;
function documentDateMs(date) {
  return date ? dateMs(date) : void 0;
}
var FUTURE_SLACK_MS = 2 * DAY_MS;
function notFuture(ms, now) {
  return ms !== void 0 && ms > now.getTime() + FUTURE_SLACK_MS ? void 0 : ms;
}
var dateMs = memoised(1e3, (date) => {
  if (DAY_ONLY.test(date)) {
    const start = Date.parse(`${date}T00:00:00Z`);
    return Number.isNaN(start) ? void 0 : start + DAY_MS - 1;
  }
  const parsed = Date.parse(date);
  return Number.isNaN(parsed) ? void 0 : parsed;
});
function pathsNeedingHistory(tasks, config, now) {
  const windowStart = now.getTime() - parseDuration(config.freshness.maxAge);
  const paths = /* @__PURE__ */ new Set();
  for (const { link } of tasks) {
    if (link.kind !== "document") continue;
    const dated = notFuture(documentDateMs(link.facts.date), now);
    if (dated === void 0 || dated < windowStart) paths.add(link.path);
  }
  return [...paths];
}
function attributeRanges(input) {
  const everyCommit = input.ranges.flatMap(
    (range) => range.commits.map((commit) => range.branch ? { commit, branch: range.branch } : { commit })
  );
  const branch = input.ranges[0]?.branch;
  const inRanges = new Set(everyCommit.map(({ commit }) => commit.sha));
  const before = (input.nextPush ?? []).filter((commit) => !inRanges.has(commit.sha)).map((commit) => branch ? { commit, branch } : { commit });
  const attribution = attributeCommits({
    commits: before.length > 0 ? [...before, ...everyCommit] : everyCommit,
    ...input.nextPush ? { fallbackScope: new Set(input.nextPush.map((c) => c.sha)) } : {},
    activeTaskIds: input.activeTaskIds,
    ...input.activeAtCommit ? { activeAtCommit: input.activeAtCommit } : {},
    handoffFiles: input.handoffFiles,
    taskIds: taskIdRegExp(input.config)
  });
  const workShas = new Set(
    everyCommit.filter(({ commit }) => isWorkCommit(commit, input.nonWork)).map(({ commit }) => commit.sha)
  );
  const indexed = input.ranges.map((range) => indexRange(range, workShas, attribution.bySha));
  return { everyCommit, attribution, workShas, indexed };
}
function fallbackMatters(attributed) {
  for (const sha of attributed.workShas) {
    const rule = attributed.attribution.bySha.get(sha)?.rule;
    if (rule === void 0 || rule === "only-task-in-range" || rule === "only-active-task") return true;
  }
  return false;
}
function unattributedWork({
  workShas,
  attribution
}) {
  return [...workShas].filter((sha) => attribution.bySha.get(sha)?.tasks.length === 0);
}
var NO_ACTIVE_TASKS = "No active tasks in the registry: nothing to check.";
function evaluateFreshness(input) {
  const { config } = input;
  const notes = [...input.notes ?? []];
  const handoffFiles = /* @__PURE__ */ new Map();
  for (const { task, link } of input.tasks) {
    if (link.kind === "document" && !handoffFiles.has(task.taskId)) handoffFiles.set(task.taskId, link.path);
  }
  const { everyCommit, attribution, workShas, indexed } = attributeRanges({
    config,
    ranges: input.ranges,
    activeTaskIds: input.tasks.map((t) => t.task.taskId),
    ...input.activeAtCommit ? { activeAtCommit: input.activeAtCommit } : {},
    handoffFiles,
    nonWork: input.nonWork
  });
  const ofFolder = input.folder ? ` of ${input.folder}` : "";
  const fellBack = [...workShas].filter((sha) => {
    const rule = attribution.bySha.get(sha)?.rule;
    return rule === "only-task-in-range" || rule === "only-active-task";
  });
  if (attribution.fallback && fellBack.length > 0) {
    const why = attribution.fallback.rule === "only-task-in-range" ? "the only active task the checked commits name" : "the only active task";
    notes.push(
      `${fellBack.length} work commit(s) that name no active task${ofFolder} count for ${attribution.fallback.taskId} (${why}).`
    );
  }
  const unattributed = unattributedWork({ workShas, attribution });
  if (unattributed.length > 0 && input.tasks.length > 0) {
    notes.push(
      `${unattributed.length} work commit(s) name no active task${ofFolder} and were not counted for any (add a \`Task: <ID>\` trailer): ${listShas(unattributed)}.`
    );
  }
  const active = new Set(input.tasks.map((t) => t.task.taskId));
  if (input.activeAtCommit && input.tasks.length > 0) {
    const ofFormer = /* @__PURE__ */ new Map();
    for (const sha of workShas) {
      const named = attribution.bySha.get(sha)?.tasks ?? [];
      if (named.length === 0 || named.some((id) => active.has(id))) continue;
      for (const id of named) ofFormer.set(id, (ofFormer.get(id) ?? 0) + 1);
    }
    for (const [taskId, count2] of ofFormer) {
      notes.push(
        `${count2} work commit(s) name ${taskId}, no longer active${ofFolder} but active where they were made: counted for it, not for an active task.`
      );
    }
  }
  const workCommitsByTask = /* @__PURE__ */ new Map();
  for (const sha of workShas) {
    for (const taskId of attribution.bySha.get(sha)?.tasks ?? []) {
      workCommitsByTask.set(taskId, (workCommitsByTask.get(taskId) ?? 0) + 1);
    }
  }
  const inRepository = (path) => pathFrom(input.folder ?? "", path);
  const shown = (path) => (input.shown ?? asInProject)(inRepository(path));
  const maxAgeMs = parseDuration(config.freshness.maxAge);
  const required = new Set(config.requiredElements);
  const agentsByTask = /* @__PURE__ */ new Map();
  for (const { task } of input.tasks) agentsByTask.set(task.taskId, (agentsByTask.get(task.taskId) ?? 0) + 1);
  const verdicts = input.tasks.map(({ task, link }) => {
    const problems = [];
    const shared = (agentsByTask.get(task.taskId) ?? 0) > 1;
    if (link.kind === "invalid-link") {
      const draft = draftCommand(task, shared);
      const fix = link.symlink ? `make ${shellWord(shown(link.symlink))} a file inside the repository, not a symlink out of it (or git rm it), then ${draft}` : draft;
      problems.push({ reason: "invalid-link", detail: link.message, fix });
    } else if (link.kind === "missing") {
      problems.push({ reason: "missing", detail: link.detail, fix: draftCommand(task, shared) });
    } else {
      const places = link.missingElements.filter((place) => required.has(place.element));
      if (places.length > 0) {
        const absent = places.map((place) => place.element);
        problems.push({
          reason: "incomplete",
          detail: `${shown(link.path)} lacks ${absent.map(elementTitle).join(", ")} (absent, empty or placeholder text).`,
          elements: absent,
          places,
          // A new draft would leave these open too: only a person or an agent can write them. An
          // agent, with no terminal for draft's questions, answers them as draft's flags (which fill
          // in a template committed last, or write the next session with the answers). The note is
          // always asked: a next session carries blockers and steps, never the last Current State.
          fix: `fill in ${absent.map(elementTitle).join(", ")} in ${shown(link.path)}, then commit it (${FOR_AN_AGENT} ${draftCommand(task, shared)} ${[.../* @__PURE__ */ new Set(["currentState", ...absent])].map((element) => ANSWER_SLOTS[element]).join(" ")}, then commit)`
        });
      }
      const behind = behindCommits(task.taskId, link.path, indexed);
      if (behind.commits.length > config.freshness.maxCommitsBehind) {
        const shas = behind.commits.map((c) => c.sha);
        const since = behind.lastTouch ? `after its last update in ${short(behind.lastTouch.sha)}` : "and the checked commits never update it";
        const from = behind.lastTouch?.sha ?? behind.base ?? void 0;
        const draft = draftCommand(task, shared);
        const others = shared ? ` ${task.taskId} is shared: every active agent's handoff must cover its work; if ${task.agent} has left it, \`handoff idle --agent ${shellWord(task.agent)}\` instead.` : "";
        const mentioned = behind.commits.filter(
          (c) => attribution.bySha.get(c.sha)?.rule === "message" && subjectLead(c.subject) !== task.taskId
        );
        const mentionNote = mentioned.length === 0 ? "" : ` ${listShas(mentioned.map((c) => c.sha))} ${mentioned.length === 1 ? "counts" : "count"} for ${task.taskId} because ${mentioned.length === 1 ? "its message mentions" : "their messages mention"} it: if that is another task's work, reword ${mentioned.length === 1 ? "it" : "them"} with a \`Task: <that task>\` trailer, which wins.`;
        problems.push({
          reason: "behind",
          detail: `${behind.commits.length} work commit(s) for ${task.taskId} ${since}: ${listShas(shas)} (allowed: ${config.freshness.maxCommitsBehind}).${mentionNote}${others}`,
          commits: shas.map(short),
          fix: from ? `${draft} --from ${from.slice(0, FIX_SHA)}` : draft
        });
      }
      const expired = expiry(
        link,
        shown(link.path),
        input.lastTouches,
        input.now,
        maxAgeMs,
        config.freshness.maxAge
      );
      if (expired) problems.push({ reason: "expired", detail: expired, fix: draftCommand(task, shared) });
    }
    const verdict2 = {
      taskId: task.taskId,
      agent: task.agent,
      fresh: problems.length === 0,
      problems,
      workCommits: workCommitsByTask.get(task.taskId) ?? 0
    };
    const handoffPath3 = link.kind === "document" ? link.path : task.detailsLink;
    if (handoffPath3 !== void 0) verdict2.handoffPath = inRepository(handoffPath3);
    return verdict2;
  });
  const judged = scoped(verdicts, config, input.ranges, everyCommit, notes);
  if (input.tasks.length === 0) notes.push(input.noTasksNote ?? NO_ACTIVE_TASKS);
  const commitCount = new Set(everyCommit.map((c) => c.commit.sha)).size;
  const result = { verdicts: judged, stale: judged.some((v) => !v.fresh), notes };
  if (input.ranges.length > 0) {
    result.range = { description: input.ranges.map((r) => r.description).join("; "), commitCount };
    const readAfter = input.ranges.length === 1 ? input.ranges[0]?.readAfter : void 0;
    if (readAfter !== void 0) result.range.readAfter = readAfter;
  }
  return result;
}
function draftCommand(task, shared) {
  return `handoff draft --task ${shellWord(task.taskId)}${shared ? ` --agent ${shellWord(task.agent)}` : ""}`;
}
function indexRange(range, workShas, bySha2) {
  const touches = /* @__PURE__ */ new Map();
  const work = /* @__PURE__ */ new Map();
  for (const commit of range.commits) {
    for (const file of commit.files) {
      const list2 = touches.get(file.path);
      if (list2) list2.push(commit);
      else touches.set(file.path, [commit]);
    }
    if (!workShas.has(commit.sha)) continue;
    for (const taskId of bySha2.get(commit.sha)?.tasks ?? []) {
      const list2 = work.get(taskId);
      if (list2) list2.push(commit);
      else work.set(taskId, [commit]);
    }
  }
  return { range, graph: new CommitGraph(range.commits), touches, work };
}
function behindInRange(indexed, taskId, handoffPath3) {
  const work = indexed.work.get(taskId) ?? [];
  const updates = indexed.touches.get(handoffPath3) ?? [];
  if (work.length === 0 && updates.length === 0) return { commits: [] };
  const { newest, covered } = indexed.graph.coverage(
    updates.map((c) => c.sha),
    work.map((c) => c.sha)
  );
  const lastTouch = updates.find((c) => c.sha === newest);
  if (work.length === 0) return lastTouch ? { commits: [], lastTouch } : { commits: [] };
  const commits = work.filter((c) => !covered.has(c.sha));
  return lastTouch ? { commits, lastTouch } : { commits };
}
function behindCommits(taskId, handoffPath3, ranges) {
  const result = {
    commits: []
  };
  let found;
  for (const indexed of ranges) {
    const behind = behindInRange(indexed, taskId, handoffPath3);
    if (behind.commits.length === 0) continue;
    found ??= /* @__PURE__ */ new Map();
    for (const commit of behind.commits) found.set(commit.sha, commit);
    if (result.head === void 0) {
      result.head = indexed.range.head;
      if (behind.lastTouch) result.lastTouch = behind.lastTouch;
      if (indexed.range.base) result.base = indexed.range.base;
    }
  }
  if (found) result.commits = [...found.values()];
  return result;
}
function scoped(verdicts, config, ranges, everyCommit, notes) {
  if (config.freshness.scope !== "touched" || ranges.length === 0) return verdicts;
  const changed = new Set(everyCommit.flatMap(({ commit }) => commit.files.map((f) => f.path)));
  for (const range of ranges) for (const path of range.changedAtStart ?? []) changed.add(path);
  const touched = (v) => (v.workCommits ?? 0) > 0 || v.handoffPath !== void 0 && changed.has(v.handoffPath);
  const untouched = verdicts.filter((v) => !touched(v));
  const waiting = untouched.filter((v) => !v.fresh);
  if (waiting.length > 0) {
    notes.push(
      `not judged (freshness.scope: touched; the checked commits do not work on them): ${waiting.map((v) => `${v.taskId} (${v.problems.map((p) => p.reason).join(", ")})`).join(", ")}.`
    );
  }
  const judged = verdicts.filter(touched);
  if (judged.length === 0 && verdicts.length > 0) {
    notes.push("No active task is worked on by the checked commits: nothing to check.");
  }
  return judged;
}
function expiry(link, shownPath, lastTouches, now, maxAgeMs, maxAgeText) {
  const written = documentDateMs(link.facts.date);
  const dated = notFuture(written, now);
  const touchedSeconds = lastTouches.get(link.path);
  const touched = notFuture(touchedSeconds === void 0 ? void 0 : touchedSeconds * 1e3, now);
  const last = Math.max(dated ?? Number.NEGATIVE_INFINITY, touched ?? Number.NEGATIVE_INFINITY);
  if (now.getTime() - last <= maxAgeMs) return void 0;
  const future = written !== void 0 && dated === void 0 ? ` (its **Date**, ${link.facts.date}, is in the future)` : "";
  if (dated === void 0 && touched === void 0) {
    return future ? `${shownPath} is dated in the future (${link.facts.date}), which is no update, and no commit dated within the last ${maxAgeText} touched it.` : `${shownPath} has no readable **Date** and no commit touched it in the last ${maxAgeText}.`;
  }
  const when = new Date(last).toISOString().slice(0, 10);
  const days = ageInDays(when, now);
  return `${shownPath} was last updated ${when} (${days} day(s) ago)${future}; the limit is ${maxAgeText}.`;
}
function listShas(shas) {
  const shown = shas.slice(0, 10).map(short).join(", ");
  return shas.length > 10 ? `${shown}, \u2026 (${shas.length - 10} more)` : shown;
}
function short(sha) {
  return sha.slice(0, SHORT);
}

// src/core/package-ranges.ts
function rangeByFolder(range, folders) {
  const packages = new Set(folders);
  const eachPackageOf = (path, inside) => {
    let inPackage = false;
    for (let slash = path.indexOf("/"); slash !== -1; slash = path.indexOf("/", slash + 1)) {
      const folder = path.slice(0, slash);
      if (!packages.has(folder)) continue;
      inPackage = true;
      inside(folder, path.slice(slash + 1));
    }
    return inPackage;
  };
  const filesInside = /* @__PURE__ */ new Map();
  const outsideCommits = range.commits.map((commit) => {
    const outside = [];
    for (const file of commit.files) {
      const inPackage = eachPackageOf(file.path, (folder, path) => {
        let byCommit = filesInside.get(folder);
        if (!byCommit) {
          byCommit = /* @__PURE__ */ new Map();
          filesInside.set(folder, byCommit);
        }
        let files = byCommit.get(commit);
        if (!files) {
          files = [];
          byCommit.set(commit, files);
        }
        files.push({ ...file, path });
      });
      if (!inPackage) outside.push(file);
    }
    return outsideView(commit, outside);
  });
  const startOutside = [];
  const startInside = /* @__PURE__ */ new Map();
  for (const path of range.changedAtStart ?? []) {
    const inPackage = eachPackageOf(path, (folder, pathThere) => {
      const paths = startInside.get(folder);
      if (paths) paths.push(pathThere);
      else startInside.set(folder, [pathThere]);
    });
    if (!inPackage) startOutside.push(path);
  }
  const atStart = range.changedAtStart !== void 0;
  const withoutFiles = /* @__PURE__ */ new Map();
  const noFiles = (commit) => {
    let view = withoutFiles.get(commit);
    if (!view) {
      view = isMerge(commit) ? { ...commit, files: [] } : { ...commit, files: [], elsewhere: true };
      withoutFiles.set(commit, view);
    }
    return view;
  };
  return {
    outside: {
      ...range,
      commits: outsideCommits,
      ...atStart ? { changedAtStart: startOutside } : {}
    },
    inside: (folder) => {
      const byCommit = filesInside.get(folder);
      const changedAtStart = atStart ? startInside.get(folder) ?? [] : void 0;
      return {
        ...range,
        commits: range.commits.map((commit) => {
          const files = byCommit?.get(commit);
          return files ? { ...commit, files } : noFiles(commit);
        }),
        ...changedAtStart === void 0 ? {} : { changedAtStart }
      };
    }
  };
}
function outsideFolders(commits, folders) {
  if (folders.length === 0) return [...commits];
  return rangeByFolder({ description: "", head: "", commits: [...commits] }, folders).outside.commits;
}
function outsideView(commit, files) {
  if (files.length === commit.files.length) return commit;
  return files.length === 0 && !isMerge(commit) ? { ...commit, files, elsewhere: true } : { ...commit, files };
}
function isMerge(commit) {
  return commit.parents.length > 1;
}

// src/core/render/annotations.ts
function isRepositoryPath(path) {
  return linkIssue(path, "file") === void 0;
}
function annotatedOnRegistry(verdict2) {
  return verdict2.handoffPath === void 0 || !isRepositoryPath(verdict2.handoffPath);
}
function annotationsFor(verdicts, registryPath) {
  const out = [];
  for (const verdict2 of verdicts) {
    const handoff = verdict2.handoffPath;
    const place = handoff === void 0 || annotatedOnRegistry(verdict2) ? verdict2.registryEntry ?? { file: registryPath } : { file: handoff };
    const onRef = verdict2.ref ? ` on ${verdict2.ref}` : "";
    for (const problem of verdict2.problems) {
      const title = `Handoff ${problem.reason}: ${verdict2.taskId}${onRef}`;
      const message = `${problem.detail} Fix: ${problem.fix}`;
      const places = place.file === handoff ? problem.places ?? [] : [];
      if (problem.reason === "incomplete" && places.length > 0) {
        for (const { element, line, absent } of places) {
          out.push({
            taskId: verdict2.taskId,
            title,
            // The element on its own line; the detail (the file lacks them all) would say it again.
            message: `"${elementTitle(element)}" ${absent ? "is missing (add it near this line)" : "is empty or template text"}. Fix: ${problem.fix}`,
            file: place.file,
            line
          });
        }
        continue;
      }
      out.push({ taskId: verdict2.taskId, title, message, ...place });
    }
  }
  return out;
}

// src/core/render/check-report.ts
function commitsReadAfter(count2, readAfter) {
  return `${count2} commit(s) after ${readAfter}: every active handoff was last updated there or later`;
}
var NO_TERMINAL = `without a terminal (an agent), add the answers as flags: ${[...Object.values(ANSWER_SLOTS), TIME_SLOTS.remaining].join(" ")}`;
function asInvoked(result, program) {
  if (program === "handoff") return result;
  return {
    ...result,
    verdicts: result.verdicts.map((verdict2) => ({
      ...verdict2,
      problems: verdict2.problems.map((p) => ({
        ...p,
        detail: proseWithInvocation(p.detail, program),
        fix: withInvocation(p.fix, program)
      }))
    })),
    notes: result.notes.map((note) => proseWithInvocation(note, program))
  };
}
var UNCHECKED_TITLE = "Handoff Guard could not check this commit";

// src/app/finished-tasks.ts
var MAX_COMMITS_READ = 256;
async function tasksActiveAtCommits(query) {
  return activeAtClaims(query, commitsClaimingOthers(query.commits, query.config, query.entries));
}
async function activeAtClaims(query, naming) {
  const found = /* @__PURE__ */ new Map();
  let index = 0;
  for await (const then of activeInEach(
    query,
    naming.map((n) => n.sha)
  )) {
    const { sha, ids } = naming[index++];
    const named = ids.filter((id) => then.has(id));
    if (named.length > 0) found.set(sha, named);
  }
  return found;
}
async function* activeInEach(query, commits) {
  if (commits.length === 0) return;
  const { config, prefix } = query;
  const registryPath = normalizeLink(prefix === "" ? config.registry : `${prefix}/${config.registry}`);
  const blobs = query.git.tree.blobsAt ? await query.git.tree.blobsAt(commits, registryPath) : commits;
  const activeIn = /* @__PURE__ */ new Map();
  for (const [index, commit] of commits.entries()) {
    const blob = blobs[index];
    if (blob === void 0) {
      yield NONE_ACTIVE;
      continue;
    }
    let active = activeIn.get(blob);
    if (!active) {
      active = activeAt(query, commit);
      activeIn.set(blob, active);
    }
    yield await active;
  }
}
var NONE_ACTIVE = /* @__PURE__ */ new Set();
function commitsClaimingOthers(commits, config, entries) {
  const listed = tasksHandedOffIn(commits, config);
  for (const [, entry] of entries) {
    const task = heldTask(entry);
    if (task !== "" && !isActiveStatus(entry, config)) listed.add(task);
  }
  if (listed.size === 0) return [];
  for (const [, entry] of entries) {
    const task = heldTask(entry);
    if (task !== "" && listed.has(task) && isActiveStatus(entry, config)) listed.delete(task);
  }
  const naming = [];
  if (listed.size === 0) return naming;
  const pattern = taskIdRegExp(config);
  for (const commit of commits) {
    if (commit.elsewhere) continue;
    const ids = /* @__PURE__ */ new Set();
    const { trailers, lead } = claimPlaces(commit);
    for (const text of [...trailers, ...lead]) {
      for (const match of text.matchAll(pattern)) if (listed.has(match[0])) ids.add(match[0]);
    }
    if (ids.size > 0) naming.push({ sha: commit.sha, ids: [...ids] });
    if (naming.length >= MAX_COMMITS_READ) break;
  }
  return naming;
}
function tasksHandedOffIn(commits, config) {
  const tasks = /* @__PURE__ */ new Set();
  const folders = [config.handoffDir, config.doneHandoffDir].flatMap(
    (dir) => dir === void 0 ? [] : [`${normalizeLink(dir)}/`]
  );
  const name = handoffTaskRegExp(config);
  for (const commit of commits) {
    if (commit.elsewhere) continue;
    for (const { path } of commit.files) {
      if (!folders.some((folder) => path.startsWith(folder))) continue;
      const task = name.exec(path.slice(path.lastIndexOf("/") + 1))?.[1];
      if (task !== void 0) tasks.add(task);
    }
  }
  return tasks;
}
async function activeAt(query, commit) {
  try {
    const source = scopedSource(revisionSource(query.git, commit), query.prefix);
    const read = await readRegistryFrom(source, query.config, query.values);
    return new Set(activeTasks(read.registry, query.config).map((t) => t.taskId));
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
async function tasksActiveAtCommitsIn(projectRoot, config, commits, registry, callers) {
  const naming = commitsClaimingOthers(commits, config, agentEntries(registry));
  if (naming.length === 0) return /* @__PURE__ */ new Map();
  const { repoRoot: top, prefix } = await findProjectRoot(projectRoot);
  return GitCommandManager.at(top, callers, (git) => activeAtClaims({ git, prefix, config }, naming));
}

// src/app/link-state.ts
function linkState(linked, summary2, source, shown) {
  if (!linked) return { kind: "missing", detail: "the task has no details_link." };
  switch (linked.kind) {
    case "none":
      return { kind: "missing", detail: linked.detail };
    case "invalid-link":
      return {
        kind: "invalid-link",
        message: `${linked.message} [${linked.rule}].`,
        ...linked.rule === "path/symlink-escape" ? { symlink: normalizeLink(linked.link) } : {}
      };
    case "missing":
      return {
        kind: "missing",
        detail: `${shown(linked.path)} does not exist${source.kind === "revision" ? ` in ${source.label}` : ""}.`
      };
    case "unreadable":
      throw linked.error;
    case "document": {
      if (summary2 === void 0) throw new InternalError(`no summary of ${linked.path} was made`);
      return {
        kind: "document",
        path: linked.path,
        missingElements: summary2.missingElements,
        facts: summary2.facts
      };
    }
  }
}

// src/app/main-line.ts
var DEFAULT_BASES = ["origin/HEAD", "origin/main", "origin/master", "main", "master"];
var MAIN_BRANCHES = ["main", "master", "trunk", "develop"];
function isMainLine(branch) {
  return branch === void 0 || MAIN_BRANCHES.includes(branch);
}
async function otherLines(git, branch) {
  if (isMainLine(branch)) return void 0;
  const mainLine = await git.firstExisting(DEFAULT_BASES);
  if (mainLine === void 0) return void 0;
  const own = (await git.listRemotes()).map((remote) => `--exclude=${remote}/${branch}`);
  return { mainLine, args: [mainLine, ...own, "--remotes"] };
}

// src/app/next-push.ts
var ZERO = "0".repeat(40);
async function newBranchBound(git, documents, head) {
  if (documents === void 0 || documents.length === 0) return void 0;
  const unique2 = [...new Set(documents)];
  const touches = await git.lastTouchingCommits(unique2, head);
  return touches.size === unique2.length ? git.commonAncestor([...new Set(touches.values())]) : void 0;
}
function activeDocuments(judged) {
  const documents = [];
  for (const { folder, workspace } of judged) {
    for (const task of workspace.activeTasks) {
      const linked = workspace.handoffs.get(task.agent);
      if (linked?.kind !== "document") return void 0;
      documents.push(folder === "" ? linked.path : `${folder}/${linked.path}`);
    }
  }
  return documents;
}
async function pushedHandoffsAt(top, head) {
  const root = await readWorkspace(revisionSource(top, head));
  return activeDocuments([{ folder: "", workspace: root }, ...await readPackageWorkspaces(root)]);
}
function pushRemoteOf(config, branch) {
  for (const key of [`branch.${branch}.pushremote`, "remote.pushdefault", `branch.${branch}.remote`]) {
    const remote = config.get(key);
    if (remote !== void 0 && remote !== ".") return remote;
  }
  const remotes = /* @__PURE__ */ new Set();
  for (const key of config.keys()) {
    const found = /^remote\.(.+)\.(?:url|pushurl|fetch)$/.exec(key);
    if (found?.[1] !== void 0) remotes.add(found[1]);
  }
  if (remotes.has("origin")) return "origin";
  const [only] = remotes;
  return remotes.size === 1 ? only : void 0;
}
function pushedBranchOf(config, branch, remote) {
  const mode = config.get("push.default")?.toLowerCase();
  if (mode !== "upstream" && mode !== "tracking") return branch;
  const merge = config.get(`branch.${branch}.merge`);
  return config.get(`branch.${branch}.remote`) === remote && merge?.startsWith("refs/heads/") ? merge.slice("refs/heads/".length) : branch;
}
async function nextPushOf(git, branch, head) {
  const config = await git.configList();
  const remote = pushRemoteOf(config, branch);
  if (remote === void 0 || !isRemoteName(remote)) return void 0;
  const target = pushedBranchOf(config, branch, remote);
  const tracking = `refs/remotes/${remote}/${target}`;
  const remoteSha = await git.firstExisting([tracking]) ? await git.revParse(tracking) : ZERO;
  const plan = planPush(
    [{ localRef: `refs/heads/${branch}`, localSha: head, remoteRef: `refs/heads/${target}`, remoteSha }],
    remote
  );
  return plan.refs[0];
}
var PUSHED_ALONG_LIMIT = 1e3;
async function nextPushCommits(git, push) {
  if (push.branch === void 0) return void 0;
  const head = await git.revParse("HEAD");
  const ref = await nextPushOf(git, push.branch, head);
  if (ref === void 0) return void 0;
  let bound;
  if (ref.kind === "new") {
    bound = await GitCommandManager.at(
      push.topLevel,
      git,
      async (top) => newBranchBound(top, await pushedHandoffsAt(top, head), head)
    );
  }
  const args = [...ref.revisionArgs];
  if (bound !== void 0) args.push(bound);
  return git.logRange([`--max-count=${PUSHED_ALONG_LIMIT}`, ...args], { stats: false });
}

// src/app/pushed-listing.ts
function startsAtRemembered(ref, listings) {
  return ref.kind === "update" && listings.has(ref.remoteSha);
}
async function seedPushedListing(git, listings, ref, range) {
  if (!range || !git.tree.seed || !startsAtRemembered(ref, listings)) return;
  const commits = await range.then(
    (r) => r.commits,
    () => void 0
  );
  if (!commits || !isLineFrom(ref.remoteSha, ref.localSha, commits)) return;
  const base = listings.read(ref.remoteSha);
  const listing = base && applyChanges(base, commits, "forward");
  if (listing) git.tree.seed(ref.localSha, listing);
}
var MAX_REMEMBERED_ENTRIES = 2e3;
function rememberPushedListings(git, listings, ref, range) {
  if (!git.tree.listed) return;
  const tip = git.tree.listed(ref.localSha, MAX_REMEMBERED_ENTRIES);
  if (!tip) return;
  if (!listings.has(ref.localSha)) listings.remember(ref.localSha, tip);
  if (ref.kind !== "update" || listings.has(ref.remoteSha)) return;
  if (!isLineFrom(ref.remoteSha, ref.localSha, range.commits)) return;
  const base = applyChanges(tip, range.commits, "backward");
  if (base) listings.remember(ref.remoteSha, base);
}

// src/app/remembered-snapshot.ts
var CACHE_WORTH_READING = 1024 * 1024;
async function readFromSnapshot(git, store, ref, range, options) {
  for (const commit of store.commits()) {
    const after = commitsAfter(
      commit,
      ref.kind === "update" ? ref.remoteSha : void 0,
      range.head,
      range.commits
    );
    if (after === void 0) continue;
    const snapshot = options.read?.commit === commit ? options.read : store.read(commit);
    if (snapshot === void 0 || snapshot.givenConfigFile !== options.configFile) continue;
    try {
      return await applied(git, snapshot, ref, after, options);
    } catch {
      return void 0;
    }
  }
  return void 0;
}
async function applied(git, snapshot, ref, after, { cache, beforeReading }) {
  await prepareFor(snapshot.config);
  const entries = snapshot.entries.map((e) => [e[0], entryOf(e)]);
  const tasks = activeTasksIn(entries, snapshot.config);
  if (tasks.length !== snapshot.handoffs.length) return void 0;
  const paths = [];
  for (const [index, task] of tasks.entries()) {
    if (task.detailsLink === void 0) return void 0;
    paths.push(handoffPath2(snapshot.handoffs[index], task.detailsLink));
  }
  const change = changedBy(
    snapshot,
    paths,
    configCandidates(snapshot.givenConfigFile).map(normalizeLink),
    after
  );
  if (change.setup) return void 0;
  const source = revisionSource(git, ref.localSha, ref.branch);
  const handoffs = [...snapshot.handoffs];
  if (change.handoffs.length > 0) {
    const links = change.handoffs.map((index) => tasks[index]?.detailsLink);
    const blobs = blobsAfter(
      change.handoffs.map((index) => paths[index]),
      after
    );
    if (blobs === void 0) return void 0;
    for (const index of change.handoffs) {
      const from = blobs.get(paths[index])?.fromOid;
      if (from === void 0 || blobContentId(from) !== snapshot.handoffs[index]?.[0]) return void 0;
    }
    const earlier = /* @__PURE__ */ new Map();
    for (const index of change.handoffs) {
      const [contentId2, missingElements, facts] = snapshot.handoffs[index];
      earlier.set(contentId2, { missingElements, facts });
    }
    await beforeReading?.();
    const cached = cache.fileBytes <= CACHE_WORTH_READING ? cache : void 0;
    const read = await readLinkedHandoffs(source, links, {
      known: (id) => earlier.has(id) || cached?.has(id) === true,
      blobs: new Map([...blobs].map(([path, blob]) => [path, blob.oid]))
    });
    cached?.keepUnused();
    const parsed = cached ?? DocumentCache.inMemory();
    for (const [at, index] of change.handoffs.entries()) {
      const link = links[at];
      const linked = read.get(link);
      if (linked?.kind !== "document") return void 0;
      const summary2 = earlier.get(linked.contentId) ?? cached?.known(linked.contentId) ?? await parsed.summarize(linked.contentId, linked.text, linked.path);
      handoffs[index] = rememberedHandoff(
        link,
        linked.path,
        linked.contentId,
        summary2.missingElements,
        summary2.facts
      );
      paths[index] = linked.path;
    }
  }
  let made;
  const workspace = {
    source,
    config: snapshot.config,
    // The registry's object (10,000 keys: ~10 ms to make) only when something looks into it: the
    // check reads its entries.
    registry: {
      entries,
      get registry() {
        made ??= registryOfEntries(entries);
        return made;
      },
      file: snapshot.registryFile,
      exists: true
    },
    activeTasks: tasks,
    handoffs: /* @__PURE__ */ new Map()
  };
  if (snapshot.configFile !== void 0) workspace.configFile = snapshot.configFile;
  const inputs = [];
  for (const [index, task] of tasks.entries()) {
    const [contentId2, missingElements, facts] = handoffs[index];
    const path = paths[index];
    const linked = { kind: "document", path, contentId: contentId2 };
    workspace.handoffs.set(task.agent, linked);
    inputs.push({ task, link: { kind: "document", path, missingElements, facts } });
  }
  const changed = new Set(snapshot.base?.changed);
  for (const index of change.handoffs) changed.add(index);
  const base = {
    commit: snapshot.base?.commit ?? snapshot.commit,
    changed: [...changed].sort((a, b) => a - b)
  };
  return { workspace, inputs, from: { ...snapshot, handoffs, base } };
}
function snapshotToRemember(git, commit, read, givenConfigFile) {
  const { workspace, inputs, from } = read;
  if (from !== void 0) return from.commit === commit ? void 0 : { ...from, commit };
  if (workspace.source.kind !== "revision" || workspace.source.prefix !== "") return void 0;
  if (!workspace.registry.exists || workspace.config.workspaces.length > 0) return void 0;
  if (inputs.length !== workspace.activeTasks.length) return void 0;
  const handoffs = [];
  const paths = [];
  for (const [index, { task, link }] of inputs.entries()) {
    const linked = workspace.handoffs.get(task.agent);
    if (link.kind !== "document" || linked?.kind !== "document" || task.detailsLink === void 0 || workspace.activeTasks[index] !== task)
      return void 0;
    handoffs.push(
      rememberedHandoff(task.detailsLink, link.path, linked.contentId, link.missingElements, link.facts)
    );
    paths.push(link.path);
  }
  if (!git.tree.regularFiles?.(commit, [...paths, normalizeLink(workspace.registry.file)]) || !git.tree.regularFiles(commit, configCandidates(givenConfigFile).map(normalizeLink), { orAbsent: true }))
    return void 0;
  const snapshot = {
    commit,
    config: workspace.config,
    registryFile: normalizeLink(workspace.registry.file),
    entries: registryEntries(workspace.registry).map(([agent, entry]) => rememberedEntry(agent, entry)),
    handoffs
  };
  if (givenConfigFile !== void 0) snapshot.givenConfigFile = givenConfigFile;
  if (workspace.configFile !== void 0) snapshot.configFile = workspace.configFile;
  return snapshot;
}

// src/app/check.ts
async function runCheck(options) {
  const own = options.git === void 0 ? GitCommandManager.create(options.repoRoot) : void 0;
  const git = options.git ?? own;
  const opening = DocumentCache.open(options.repoRoot);
  try {
    return options.prePush ? await checkPush(git, options, options.prePush, opening) : await checkRange(git, { ...options, cache: await opening });
  } finally {
    own?.close();
    await (await opening).save();
  }
}
function knownTo(options) {
  const cache = options.cache;
  return cache ? { known: (id) => cache.has(id), values: cache.values } : {};
}
async function checkPush(git, given, prePush, opening) {
  const refs = parsePrePushInput(prePush.stdin);
  const atUrl = isRemoteName(prePush.remoteName) ? [] : remotesAtUrl(prePush.remoteName, await git.configList(), given.repoRoot);
  const plan = planPush(refs, prePush.remoteName, atUrl);
  const notes = plan.skipped.map(
    (s) => `Skipped ${s.remoteRef} (${s.why === "tag" ? "a tag" : "deleted by this push"}).`
  );
  if (plan.refs.length === 0) {
    const why = plan.skipped.length > 0 ? "No branch pushed (only tags or deletions)" : "Nothing pushed";
    return { verdicts: [], stale: false, notes: [...notes, `${why}: nothing to check.`] };
  }
  const listings = await ListingStore.open(given.repoRoot);
  const [onlyRef] = plan.refs;
  const single = plan.refs.length === 1 && onlyRef !== void 0 ? onlyRef : void 0;
  const snapshots = single?.kind === "update" ? await SnapshotStore.open(given.repoRoot) : void 0;
  const remembered = snapshots?.commits() ?? [];
  const alone = single !== void 0 && startsAtRemembered(single, listings);
  const updates = new Map(
    plan.refs.map((ref, index) => [
      index,
      ref.kind === "update" ? readPushedRange(git, ref, { blocking: alone }) : void 0
    ])
  );
  for (const read of updates.values()) read?.catch(() => void 0);
  const options = { ...given, cache: await opening };
  let snapshotRead;
  const seeded = /* @__PURE__ */ new Set();
  if (snapshots !== void 0 && single?.kind === "update" && remembered.length > 0) {
    const likely = remembered.find((c) => c === single.remoteSha || c === single.localSha);
    const read = likely === void 0 ? void 0 : snapshots.read(likely);
    const range = await updates.get(0)?.catch(() => void 0);
    if (range) {
      snapshotRead = await readFromSnapshot(git, snapshots, single, range, {
        cache: options.cache,
        configFile: options.configFile,
        ...read ? { read } : {},
        // Only a push that changed handoffs reads any. They are read by blob id, but the tip's listing
        // is worked out then too (from the remote's, without git, when that one is remembered): kept,
        // a later push that must read everything (a registry change) lists no folder.
        beforeReading: async () => {
          seeded.add(0);
          await seedPushedListing(git, listings, single, updates.get(0));
        }
      });
    }
  }
  const workspaces = snapshotRead ? [snapshotRead.workspace] : await Promise.all(
    plan.refs.map(async (ref, index) => {
      if (!seeded.has(index)) await seedPushedListing(git, listings, ref, updates.get(index));
      return readWorkspace(revisionSource(git, ref.localSha, ref.branch), {
        ...knownTo(options),
        ...options.configFile === void 0 ? {} : { configFile: options.configFile }
      });
    })
  );
  if (workspaces[0]) options.onConfig?.(workspaces[0].config);
  const results = [];
  let localHead;
  for (const [index, ref] of plan.refs.entries()) {
    const workspace = workspaces[index];
    const packages = await readPackages(workspace, options);
    const range = await (updates.get(index) ?? readNewBranch(git, ref, workspace, packages));
    let inputs = snapshotRead?.inputs;
    const { result, judged } = await judge(git, options, workspace, range, range.head, packages, {
      inputs,
      judgedBy: (read) => {
        inputs = read;
      }
    });
    if (snapshots !== void 0 && inputs !== void 0) {
      const read = {
        workspace,
        inputs,
        ...snapshotRead?.from ? { from: snapshotRead.from } : {}
      };
      const toRemember = snapshotToRemember(git, range.head, read, options.configFile);
      if (toRemember) snapshots.write(toRemember);
    }
    rememberPushedListings(git, listings, ref, range);
    if (result.stale) {
      localHead ??= git.headCommit().catch(() => void 0);
      if (await localHead !== ref.localSha) switchFirst(result, ref.branch);
      else await commitUncommittedFirst(git, result, judged, await workingTreeOf(given.repoRoot, judged));
    }
    results.push(result);
  }
  const merged = mergeResults(
    results,
    notes,
    plan.refs.length > 1 ? plan.refs.map((r) => r.branch) : void 0
  );
  if (merged.verdicts.length === 0 && merged.notes.includes(NO_ACTIVE_TASKS)) {
    const head = await git.headCommit().catch(() => void 0);
    const note = plan.refs.some((ref) => ref.localSha === head) ? await uncommittedTasksNote(given.repoRoot, given.shown ?? asInProject) : void 0;
    if (note) merged.notes.push(note);
  }
  return merged;
}
async function uncommittedTasksNote(repoRoot, shown) {
  const workspace = await readWorkspace(workingTreeSource(repoRoot), { links: "none" }).catch(
    () => void 0
  );
  const tasks = [...new Set(workspace?.activeTasks.map((t) => t.taskId) ?? [])];
  if (!workspace || tasks.length === 0) return void 0;
  return `The working tree's ${shown(workspace.registry.file)} has active task(s) the pushed commits do not: ${namedAndCounted(tasks, NAMED_IN_NOTE)}. Commit it, or the check judges none of them.`;
}
async function readNewBranch(git, ref, root, packages) {
  const documents = activeDocuments([{ folder: "", workspace: root }, ...packages]);
  if (documents?.length === 0) {
    return { description: ref.description, head: ref.localSha, branch: ref.branch, commits: [] };
  }
  {
    const bound = await newBranchBound(git, documents, ref.localSha);
    if (bound !== void 0) {
      const read = await readPushedRange(git, { ...ref, revisionArgs: [...ref.revisionArgs, `${bound}^@`] });
      const start = read.commits.find((commit) => commit.sha === bound);
      const range = {
        ...read,
        commits: start ? read.commits.filter((commit) => commit !== start) : read.commits,
        description: `new branch ${ref.branch}`,
        readAfter: bound.slice(0, 7)
      };
      if (start) range.changedAtStart = start.files.map((file) => file.path);
      return range;
    }
  }
  return readPushedRange(git, ref);
}
async function checkRange(git, options) {
  const notes = [];
  const givenRange = options.base !== void 0 || options.head !== void 0;
  const headCommit = givenRange ? void 0 : await git.headCommit();
  if (!givenRange && headCommit === void 0) {
    return { verdicts: [], stale: false, notes: ["The repository has no commits yet: nothing to check."] };
  }
  const range = await readLocalRange(git, options, notes, headCommit);
  const source = options.head !== void 0 ? revisionSource(git, range.head, options.head) : workingTreeSource(options.repoRoot);
  const workspace = await readWorkspace(source, {
    ...knownTo(options),
    ...options.configFile === void 0 ? {} : { configFile: options.configFile }
  });
  options.onConfig?.(workspace.config);
  const { result, judged } = await judge(
    git,
    options,
    workspace,
    range,
    options.head === void 0 ? "HEAD" : range.head
  );
  if (source.kind === "working-tree") {
    const uncommitted = await commitUncommittedFirst(git, result, judged);
    if (uncommitted.length > 0) notes.push(workingTreeNote(uncommitted.map(options.shown ?? asInProject)));
  } else if (result.stale && options.fixesRunHere && await git.headCommit() !== range.head) {
    switchFirst(result, range.branch ?? { detach: range.head.slice(0, 12) });
  }
  return { ...result, notes: [...notes, ...result.notes] };
}
async function workingTreeOf(repoRoot, judged) {
  const source = workingTreeSource(repoRoot);
  const read = await Promise.all(
    judged.map(
      ({ folder }) => (
        // Their links only: the working tree's registry names the files; none needs reading.
        readWorkspace(scopedSource(source, folder), { links: "none" }).then(
          (workspace) => ({ folder, workspace }),
          () => void 0
        )
      )
    )
  );
  return read.filter((one) => one !== void 0);
}
async function uncommittedFiles(git, judged) {
  const files = [];
  for (const { folder, workspace } of judged) {
    files.push(pathFrom(folder, workspace.registry.file));
    if (workspace.configFile) files.push(pathFrom(folder, workspace.configFile));
    for (const linked of workspace.handoffs.values())
      if ("path" in linked) files.push(pathFrom(folder, linked.path));
    for (const task of workspace.activeTasks) {
      const path = linkedPath(task.detailsLink);
      if (path !== void 0) files.push(pathFrom(folder, path));
    }
  }
  return git.changedSinceHead([...new Set(files)]);
}
async function commitUncommittedFirst(git, result, judged, workingTree = []) {
  const uncommitted = await uncommittedFiles(git, [...judged, ...workingTree]);
  const changed = new Set(uncommitted);
  for (const { folder, workspace } of judged) {
    const now = workingTree.find((one) => one.folder === folder)?.workspace;
    commitFirst(result, changed, pathFrom(folder, workspace.registry.file), folder, now);
  }
  return uncommitted;
}
function linkedNow(workingTree, verdict2) {
  const task = workingTree?.activeTasks.find((t) => t.agent === verdict2.agent && t.taskId === verdict2.taskId);
  return linkedPath(task?.detailsLink);
}
function linkedPath(link) {
  return link !== void 0 && linkProblem(link) === void 0 ? normalizeLink(link) : void 0;
}
function workingTreeNote(changed) {
  const shown = changed.slice(0, 5).join(", ") + (changed.length > 5 ? `, \u2026 (${changed.length - 5} more)` : "");
  return `Judged the working tree, which differs from HEAD in ${shown}: commit them, or a push will be judged without them.`;
}
function commitFirst(result, uncommitted, registryFile, folder, workingTree) {
  const registry = normalizeLink(registryFile);
  for (const verdict2 of result.verdicts) {
    if ((verdict2.workspace ?? "") !== folder) continue;
    const now = linkedNow(workingTree, verdict2);
    const path = [verdict2.handoffPath, now === void 0 ? void 0 : pathFrom(folder, now)].map((link) => link && normalizeLink(link)).find((link) => link !== void 0 && uncommitted.has(link));
    if (!path) continue;
    const paths = uncommitted.has(registry) ? [path, registry] : [path];
    for (const problem of verdict2.problems) {
      if (problem.reason !== "incomplete" && problem.fix.startsWith("handoff ")) {
        problem.fix = commitPathsCommand(paths, `${verdict2.taskId}: handoff`);
      }
    }
  }
}
function refuseMissingRegistry(root, packages, repoRoot) {
  const { registry, configFile, source } = root;
  if (registry.exists || configFile === void 0 || packages.some((p) => p.workspace.registry.exists))
    return;
  if (source.kind === "revision" && existsSync6(join5(repoRoot, ...registry.file.split("/")))) {
    throw new InputError(
      `there is no registry in ${source.label}: the working tree has one that is not committed; commit it`,
      { file: registry.file },
      "registry/missing"
    );
  }
  const where = packages.length > 0 ? ` nor in any of the ${packages.length} package folder(s) "workspaces" names` : root.config.workspaces.length > 0 ? ' and "workspaces" names no package folder there' : "";
  const fromRoot = configFile.includes("/") ? ` (the paths in ${configFile} are read from the repository root: a package is judged through the root config's "workspaces")` : "";
  throw new InputError(
    `there is no registry in ${source.label}${where}, where ${configFile} sets this project up${fromRoot}: restore it (or fix the config's "registry"), or create one with \`handoff init\``,
    { file: registry.file },
    "registry/missing"
  );
}
function readPackages(root, options) {
  return readPackageWorkspaces(root, knownTo(options));
}
async function judge(git, options, root, range, rev, read, rootTasks = {}) {
  const packages = read ?? await readPackages(root, options);
  refuseMissingRegistry(root, packages, options.repoRoot);
  if (packages.length === 0) {
    return {
      result: await judgeOne(git, options, root, range, rev, rootTasks),
      judged: [{ folder: "", workspace: root }]
    };
  }
  const results = [];
  const labels = [];
  const judged = [];
  const notes = [];
  const unregistered = [];
  const views = rangeByFolder(
    range,
    packages.map((p) => p.folder)
  );
  if (root.registry.exists) {
    results.push(await judgeOne(git, options, root, views.outside, rev, rootTasks));
    labels.push("");
    judged.push({ folder: "", workspace: root });
  }
  for (const { folder, workspace } of packages) {
    if (!workspace.registry.exists) {
      unregistered.push({ folder, registry: `${folder}/${workspace.config.registry}` });
      continue;
    }
    results.push(await judgeOne(git, options, workspace, views.inside(folder), rev));
    labels.push(folder);
    judged.push({ folder, workspace });
  }
  notes.push(
    ...unregisteredNotes(
      unregistered.map(({ folder, registry }) => ({
        folder: (options.shown ?? asInProject)(folder),
        registry: (options.shown ?? asInProject)(registry)
      }))
    )
  );
  for (const [index, result] of results.entries()) {
    const folder = labels[index];
    if (folder === "") continue;
    for (const verdict2 of result.verdicts) {
      verdict2.workspace = folder;
      for (const problem of verdict2.problems) problem.fix = onPackage(problem.fix, folder);
    }
  }
  const merged = mergeResults(results, notes, void 0);
  if (merged.verdicts.length > 0) merged.notes = merged.notes.filter((n) => n !== NO_ACTIVE_TASKS);
  return {
    result: {
      ...merged,
      range: {
        description: range.description,
        commitCount: range.commits.length,
        ...range.readAfter === void 0 ? {} : { readAfter: range.readAfter }
      }
    },
    judged
  };
}
var NAMED_IN_NOTE = 5;
function unregisteredNotes(unregistered) {
  if (unregistered.length <= NAMED_IN_NOTE)
    return unregistered.map((u) => `${u.folder} has no registry (${u.registry}): nothing to judge there.`);
  const folders = unregistered.map((u) => u.folder);
  return [
    `${unregistered.length} package folders have no registry, so nothing to judge there: ${namedAndCounted(folders, NAMED_IN_NOTE)}.`
  ];
}
async function judgeOne(git, options, workspace, range, rev, known = {}) {
  const { config } = workspace;
  const nonWork = nonWorkPaths(
    config.handoffDir,
    config.registry,
    linksIn(registryEntries(workspace.registry)),
    doneArchiveOf(config)
  );
  const shown = (path) => (options.shown ?? asInProject)(pathFrom(workspace.source.prefix, path));
  const tasks = known.inputs ? [...known.inputs] : await taskInputs(options.cache ?? DocumentCache.inMemory(), workspace, shown);
  known.judgedBy?.(tasks);
  const needHistory = pathsNeedingHistory(tasks, config, options.now);
  const since = Math.floor((options.now.getTime() - parseDuration(config.freshness.maxAge)) / 1e3);
  const prefix = workspace.source.prefix === "" ? "" : `${workspace.source.prefix}/`;
  const lastTouches = /* @__PURE__ */ new Map();
  if (needHistory.length > 0) {
    await options.needsHistorySince?.(since, rev);
    const touched = await git.lastTouchesSince(
      needHistory.map((p) => `${prefix}${p}`),
      since,
      rev
    );
    for (const [path, time] of touched) lastTouches.set(path.slice(prefix.length), time);
  }
  const activeAtCommit = await tasksActiveAtCommits({
    git,
    commits: range.commits,
    prefix: workspace.source.prefix,
    config,
    entries: registryEntries(workspace.registry),
    ...options.cache ? { values: options.cache.values } : {}
  });
  const result = evaluateFreshness({
    config,
    tasks,
    ranges: [range],
    nonWork,
    lastTouches,
    ...activeAtCommit.size > 0 ? { activeAtCommit } : {},
    now: options.now,
    ...workspace.registry.exists ? {} : {
      noTasksNote: `No registry at ${shown(workspace.registry.file)} in ${workspace.source.label}: nothing to check.`
    },
    ...workspace.source.prefix === "" ? {} : { folder: workspace.source.prefix },
    ...options.shown ? { shown: options.shown } : {}
  });
  const onRegistry = result.verdicts.filter(annotatedOnRegistry);
  const entries = await registryEntryPlaces(
    workspace,
    onRegistry.map((verdict2) => verdict2.agent)
  );
  for (const verdict2 of onRegistry) {
    const entry = entries.get(verdict2.agent);
    if (entry !== void 0) verdict2.registryEntry = entry;
  }
  return result;
}
async function taskInputs(cache, workspace, shown) {
  const unreadable2 = /* @__PURE__ */ new Map();
  for (const task of workspace.activeTasks) {
    const linked = workspace.handoffs.get(task.agent);
    if (linked?.kind === "unreadable" && !unreadable2.has(linked.path))
      unreadable2.set(linked.path, linked.error);
  }
  const [error2] = unreadable2.values();
  if (error2 !== void 0) {
    if (unreadable2.size === 1) throw error2;
    throw new InputError(
      `${error2.message} (and ${unreadable2.size - 1} more linked handoff(s) cannot be read: \`handoff validate\` lists each)`,
      error2.location,
      error2.rule
    );
  }
  const inputs = [];
  for (const task of workspace.activeTasks) {
    const linked = workspace.handoffs.get(task.agent);
    const summary2 = linked?.kind === "document" ? cache.known(linked.contentId) ?? await cache.summarize(linked.contentId, linked.text, linked.path) : void 0;
    inputs.push({ task, link: linkState(linked, summary2, workspace.source, shown) });
  }
  return inputs;
}
function switchFirst(result, branch) {
  const to = typeof branch === "string" ? shellWord(branch) : `--detach ${branch.detach}`;
  for (const verdict2 of result.verdicts) {
    for (const problem of verdict2.problems) {
      if (problem.fix.startsWith("handoff ")) problem.fix = `git switch ${to} && ${problem.fix}`;
      else if (runsHandoff(problem.fix)) problem.fix = `git switch ${to}, then ${problem.fix}`;
    }
  }
}
function mergeResults(results, notes, refNames) {
  const verdicts = results.flatMap(
    (result, index) => result.verdicts.map((verdict2) => refNames ? { ...verdict2, ref: refNames[index] } : verdict2)
  );
  const merged = {
    verdicts,
    stale: results.some((r) => r.stale),
    notes: [...notes, ...new Set(results.flatMap((r) => r.notes))]
  };
  const ranges = results.flatMap((r) => r.range ? [r.range] : []);
  if (ranges.length === 1) merged.range = { ...ranges[0] };
  else if (ranges.length > 0) {
    merged.range = {
      // Each ref's own count where it was read only after a commit: the total follows them.
      description: ranges.map(
        (r) => r.readAfter === void 0 ? r.description : `${r.description}: ${commitsReadAfter(r.commitCount, r.readAfter)}`
      ).join("; "),
      commitCount: ranges.reduce((sum, r) => sum + r.commitCount, 0)
    };
  }
  return merged;
}
async function readLocalRange(git, options, notes, headCommit) {
  const shallowing = git.isShallow();
  shallowing.catch(() => void 0);
  const head = options.head === void 0 && headCommit !== void 0 ? headCommit : await git.revParse(options.head ?? "HEAD");
  const given = options.branch === "" ? void 0 : options.branch;
  const plain = options.base === void 0 && options.head === void 0;
  const checkedOut = given !== void 0 && !plain ? void 0 : options.head === void 0 || options.head === "HEAD" ? await git.currentBranch() : await git.branchNamed(options.head);
  let branch = given ?? checkedOut;
  const atHead = branch === void 0 && (options.head === void 0 || options.head === "HEAD") ? await git.branchesAt(head) : [];
  if (atHead.length === 1) {
    branch = atHead[0];
    notes.push(
      `HEAD is on no branch: read as ${branch}, the branch pointing at it (--branch names another).`
    );
  } else if (atHead.length > 1) {
    notes.push(
      `HEAD is on no branch, and ${atHead.length} branches point at it (${atHead.slice(0, 5).join(", ")}${atHead.length > 5 ? ", \u2026" : ""}): no branch name is read for a task id; --branch names one.`
    );
  }
  let baseRev = options.base;
  if (baseRev === void 0) {
    const candidates = DEFAULT_BASES.filter((b) => b !== branch && b !== options.head && !atHead.includes(b));
    baseRev = await git.upstream() ?? await git.firstExisting(candidates);
    if (baseRev === void 0)
      notes.push(
        `No upstream and no other branch to compare with (${candidates.join(", ")}): checked all of HEAD.`
      );
  }
  const base = baseRev === void 0 ? void 0 : await git.revParse(baseRev);
  const remotes = base !== void 0 && await shallowing ? await git.listRemotes() : [];
  const remote = remoteOf(baseRev, remotes);
  if (base !== void 0 && await shallowing)
    await ensureMergeBase(git, base, head, { baseName: baseRev ?? base, notes, remote });
  const others = plain && base !== void 0 ? (await otherLines(git, checkedOut))?.args ?? [] : [];
  const description = `${baseRev ?? "(root)"}..${options.head ?? branch ?? "HEAD"}`;
  const readCommits = () => git.logRange(base === void 0 ? [head] : [head, "--not", base, ...others], { stats: false });
  let commits = await readCommits();
  if (await shallowing) {
    commits = await pastShallowEdge(git, commits, readCommits, {
      description,
      ...base === void 0 ? {} : { base },
      head,
      notes,
      deepen: options.deepen ?? ((by) => git.deepen(by, [], remote))
    });
  }
  const range = { description, head, commits };
  if (base !== void 0) range.base = base;
  if (branch !== void 0) range.branch = branch;
  return range;
}
function remoteOf(rev, remotes) {
  const named = rev === void 0 ? void 0 : remotes.find((remote) => rev.startsWith(`${remote}/`));
  return named ?? (remotes.length === 1 ? remotes[0] : "origin");
}
var FETCH_MORE = "fetch the whole history (git fetch --unshallow; GitLab CI: GIT_DEPTH: 0; actions/checkout: fetch-depth: 0)";
async function pastShallowEdge(git, commits, read, options) {
  const { base, head } = options;
  let doubt = await shallowDoubt(git, commits, base, head);
  if (doubt === void 0) return commits;
  if (base === void 0) {
    throw new InputError(
      `this clone is shallow and ${options.description} has no base to stop at (no upstream, no origin/HEAD or main): its commits run down to ${doubt}, so where each handoff was last updated cannot be read; give --base <the target branch> (fetched), or ${FETCH_MORE}`,
      {},
      "git/range-unreadable"
    );
  }
  const { value: whole, fetched } = await deepenUntil(
    git,
    options.deepen,
    () => `the checked commits ${options.description} reach ${doubt}`,
    async () => {
      const again = await read();
      doubt = await git.isShallow() ? await shallowDoubt(git, again, base, head) : void 0;
      return doubt === void 0 ? again : void 0;
    }
  );
  if (whole !== void 0) {
    options.notes.push(
      `Shallow clone: fetched ${fetched} more commit(s) of history to read the checked commits whole.`
    );
    return whole;
  }
  throw new InputError(
    `the checked commits ${options.description} still reach ${doubt} after asking for ${fetched} more commit(s) of history (the remote may have no more); ${FETCH_MORE}`,
    {},
    "git/range-unreadable"
  );
}
async function shallowDoubt(git, commits, base, head) {
  const edge = await git.shallowEdge();
  const cut = commits.find((commit) => edge.has(commit.sha));
  if (cut !== void 0)
    return `this shallow clone's edge at ${cut.sha.slice(0, 7)}, whose parents were not fetched`;
  if (base === void 0) return void 0;
  const aside = notDescending(commits, await git.mergeBase(base, head));
  if (aside.length === 0) return void 0;
  let oldest = aside[0];
  for (const commit of aside) if (commit.commitTime < oldest.commitTime) oldest = commit;
  if (await git.edgesReachedSince(base, oldest.commitTime) === 0) return void 0;
  return `${oldest.sha.slice(0, 7)}, older than where the base's side of this shallow clone ends, so it may be the base's own history`;
}
function notDescending(commits, from) {
  const descends = /* @__PURE__ */ new Set();
  const aside = [];
  for (const commit of commits) {
    if (commit.parents.some((parent) => parent === from || descends.has(parent))) descends.add(commit.sha);
    else aside.push(commit);
  }
  return aside;
}
async function deepenUntil(git, fetchMore, what, reached, log) {
  let fetched = 0;
  let step = FIRST_DEEPEN;
  for (let round = 0; round < MAX_DEEPEN_ROUNDS && await git.isShallow(); round++) {
    log?.(step);
    try {
      await fetchMore(step);
    } catch (error2) {
      const reason = (error2 instanceof Error ? error2.message : String(error2)).split("\n")[0];
      throw new InputError(
        `${what()}, and fetching more history failed (${reason}); ${FETCH_MORE}`,
        {},
        "git/range-unreadable"
      );
    }
    fetched += step;
    step *= 2;
    const value = await reached();
    if (value !== void 0) return { value, fetched };
  }
  return { fetched };
}
var FIRST_DEEPEN = 50;
var MAX_DEEPEN_ROUNDS = 10;
async function ensureMergeBase(git, base, head, options = {}) {
  const found = await git.mergeBase(base, head);
  if (found) return found;
  const meet = `cannot find where ${options.baseName ?? base.slice(0, 7)} and ${head.slice(0, 7)} meet`;
  const { value: mergeBase, fetched } = await deepenUntil(
    git,
    (by) => git.deepen(by, options.refspecs, options.remote),
    () => `${meet} in this shallow clone`,
    () => git.mergeBase(base, head),
    (by) => options.log?.(`Shallow clone: no merge base yet, fetching ${by} more commits of history`)
  );
  if (mergeBase !== void 0) {
    options.notes?.push(
      `Shallow clone: fetched ${fetched} more commit(s) of history to reach the merge base.`
    );
    return mergeBase;
  }
  const shallow = await git.isShallow();
  const why = shallow ? `after asking for ${fetched} more commit(s) of history for this shallow clone` : "the two have no common history";
  throw new InputError(
    `${meet} (${why}), so the range to check cannot be read; ${shallow ? FETCH_MORE : "check a base that shares history with the head"}`,
    {},
    "git/range-unreadable"
  );
}

// src/app/pr-comment.ts
import { join as join8 } from "node:path";

// src/app/new-handoff.ts
function newHandoffFiles(result, today) {
  return result.verdicts.flatMap((verdict2) => {
    const path = verdict2.handoffPath;
    if (path === void 0 || !verdict2.problems.some((p) => p.reason === "missing")) return [];
    return [{ taskId: verdict2.taskId, path, draft: skeleton(verdict2.taskId, verdict2.agent, today) }];
  });
}
function skeleton(taskId, agent, today) {
  const doc = {
    title: `${taskId} handoff`,
    taskId,
    header: [
      { label: "Date", value: today, line: 0 },
      { label: "Agent", value: agent, line: 0 },
      { label: "Status", value: "In Progress (0%)", line: 0 }
    ],
    elements: Object.fromEntries(ELEMENT_NAMES.map((name) => [name, emptySection(canonicalLabel(name))])),
    otherSections: []
  };
  return renderHandoff(doc);
}

// src/app/resume.ts
import { join as join7 } from "node:path";

// src/core/document/parse.ts
function parseHandoff(markdown, file) {
  return scanHandoff(markdown, file);
}

// src/core/render/status.ts
function noRegistryNote(registryFile, program = "handoff") {
  return `No registry at ${registryFile} yet: run \`${program} init\` to create one.`;
}

// src/app/task-handoffs.ts
import { readdirSync as readdirSync3 } from "node:fs";
import { join as join6 } from "node:path";
async function listTaskHandoffs(repoRoot, config, taskId) {
  const nameRegExp = handoffNameRegExp(config, taskId);
  const dir = handoffPath(config, taskId, 1).split("/").slice(0, -1).join("/");
  const found = [];
  for (const folder of /* @__PURE__ */ new Set([
    dir,
    ...config.doneHandoffDir ? [normalizeLink(config.doneHandoffDir)] : []
  ])) {
    let names;
    try {
      names = readdirSync3(join6(repoRoot, ...folder.split("/").filter((s) => s !== "")));
    } catch {
      continue;
    }
    for (const name of names) {
      const session = Number(nameRegExp.exec(name)?.[1] ?? Number.NaN);
      if (Number.isInteger(session))
        found.push({ session, path: folder === "" ? name : `${folder}/${name}` });
    }
  }
  return found.sort((a, b) => a.session - b.session);
}

// src/app/resume.ts
async function readReportsNow({ tests, coverage }, root) {
  const read = {
    testsGiven: (tests?.length ?? 0) > 0,
    coverageGiven: Boolean(coverage),
    warnings: []
  };
  if (!read.testsGiven && !read.coverageGiven) return read;
  const reports = await import("./action/reports-5D75OLFA.js");
  if (tests && tests.length > 0) {
    const found = await reports.readTestReports(tests, root);
    if (found.summary) read.testsNow = found.summary;
    read.warnings.push(...found.warnings);
  }
  if (coverage) {
    const found = await reports.readCoverage(coverage, root);
    if (found.coverage) read.coverageNow = found.coverage;
    read.warnings.push(...found.warnings);
  }
  return read;
}
async function runResume(options) {
  return GitCommandManager.at(options.repoRoot, options.git, (git) => resumeWith(git, options));
}
async function resumeWith(git, options) {
  const { repoRoot, config, now } = options;
  const shown = options.shown ?? asInProject;
  const source = options.at === void 0 ? workingTreeSource(repoRoot) : revisionSource(git, options.at);
  const branchNow = options.at === void 0 ? git.workBranch() : Promise.resolve(void 0);
  branchNow.catch(() => void 0);
  const workspace = await readWorkspace(source, { config: { config }, links: "none" });
  const registry = workspace.registry.registry;
  const active = workspace.activeTasks;
  const wanted = options.taskIds ? new Set(options.taskIds) : void 0;
  const atRoot = isMonorepoRoot(source, config);
  let selected;
  try {
    selected = selectTasks(
      options,
      active,
      agentEntries(registry),
      searchedRegistry(workspace.registry)
    ).filter((t) => !wanted || wanted.has(t.taskId));
  } catch (error2) {
    if (!isNotHere(error2) || !atRoot) throw error2;
    const { folder, workspace: there } = packageHolding(
      error2,
      workspace,
      await readEachPackage(workspace),
      options
    );
    const reports = options.reportsNow ?? await readReportsNow(options, repoRoot);
    const resumed = await runResume({
      ...options,
      repoRoot: join7(repoRoot, folder),
      config: there.config,
      reportsNow: { ...reports, warnings: [] },
      // The root's git reads paths from the root; the package's names them from the package.
      git: void 0,
      // The package's paths, named from where the user is through the package's folder.
      shown: (path) => shown(pathFrom(folder, path))
    });
    const note = `${askedFlags(options)} is in ${folder}'s registry, not the root's: resumed there, as \`${resumeIn(folder, options)}\` does`;
    return {
      ...resumed,
      warnings: [...warningsNamed(reports.warnings, shown), ...resumed.warnings],
      found: { package: folder, note }
    };
  }
  if (selected.length === 0) {
    const packages2 = options.taskIds || !atRoot ? [] : packagesWithActiveTasks(await readEachPackage(workspace));
    const [first] = packages2;
    const root = workspace.registry.exists ? `No active tasks in ${shown(workspace.registry.file)}` : `No registry at the root (${shown(workspace.registry.file)})`;
    return {
      briefs: [],
      warnings: [],
      unreadable: [],
      errors: [],
      note: first ? `${root}; the packages have some: ${packages2.map((p) => `${p.folder} (${[...new Set(p.tasks.map((t) => t.taskId))].join(", ")})`).join(", ")}. Resume one with \`${resumeIn(first.folder, options)}\`.` : workspace.registry.exists ? noActiveTasksNote(registry, options.program) : noRegistryNote(shown(workspace.registry.file), options.program)
    };
  }
  if (options.at === void 0 && options.agent !== void 0 && selected.some((t) => t.detailsLink === void 0)) {
    selected = await Promise.all(
      selected.map(async (task) => {
        if (task.detailsLink !== void 0 || task.agent !== options.agent) return task;
        const latest = (await listTaskHandoffs(repoRoot, config, task.taskId)).pop();
        return latest ? { ...task, detailsLink: latest.path } : task;
      })
    );
  }
  const reportsNow = options.reportsNow ?? await readReportsNow(options, repoRoot);
  const warnings = warningsNamed(reportsNow.warnings, shown);
  const { testsNow, coverageNow } = reportsNow;
  const rev = options.at ?? "HEAD";
  const activeIds = [...new Set([...active, ...selected].map((t) => t.taskId))];
  const handoffFiles = handoffFilesByTask([...active, ...selected]);
  const links = detailsLinks(registry);
  const nonWork = nonWorkPaths(config.handoffDir, config.registry, links, doneArchiveOf(config));
  const selectedLinks = selected.flatMap((t) => t.detailsLink === void 0 ? [] : [t.detailsLink]);
  const linkedHandoffs = await readLinkedHandoffs(source, [...new Set(selectedLinks)]);
  const handoffs = /* @__PURE__ */ new Map();
  const unreadable2 = /* @__PURE__ */ new Map();
  for (const task of selected) {
    const linked = task.detailsLink === void 0 ? void 0 : linkedHandoffs.get(task.detailsLink);
    if (!task.detailsLink || !linked) continue;
    const { handoff, error: error2 } = resumeHandoff(
      linked,
      task.detailsLink,
      () => registryPlace(workspace.registry, task.agent, "details_link")
    );
    handoffs.set(task, handoff);
    if (error2) unreadable2.set(task.detailsLink, error2);
  }
  const readable = [...handoffs].filter(([, h]) => h.document).map(([t]) => normalizeLink(t.detailsLink));
  const onMainLine = isMainLine(await branchNow.catch(() => void 0));
  const walked = readable.length > 0 && onMainLine ? await git.touchesAndCommitsAfter(readable, rev).catch(() => void 0) : void 0;
  const { lastTouch, hasCommits } = walked ? { lastTouch: walked.touches, hasCommits: true } : await lastTouchesIfAny(git, readable, rev, options.at);
  const branch = hasCommits ? await branchNow : void 0;
  const commitsAfter2 = /* @__PURE__ */ new Map();
  let others;
  const otherLineArgs = () => {
    others ??= otherLines(git, branch).then(
      (found) => found?.args ?? [],
      () => []
    );
    return others;
  };
  const activeAtCommits = /* @__PURE__ */ new Map();
  const packages = rootPackageFoldersAt(git, rev, repoRoot, config.workspaces);
  packages.catch(() => void 0);
  const since = (sha) => {
    let range = commitsAfter2.get(sha);
    if (!range) {
      const commits = walked ? Promise.resolve(commitsAfterTouch(walked, sha)) : otherLineArgs().then((args) => git.logRange([rev, "--not", sha, ...args], { stats: false }));
      range = Promise.all([commits, packages]).then(([commits2, folders]) => ({
        description: `${sha.slice(0, 7)}..${rev}`,
        head: rev,
        commits: outsideFolders(commits2, folders),
        ...branch === void 0 ? {} : { branch }
      }));
      commitsAfter2.set(sha, range);
    }
    return range;
  };
  let pushedOnce;
  const nextPush = () => {
    pushedOnce ??= Promise.all([
      findRepoRoot(repoRoot).then((topLevel) => nextPushCommits(git, { branch, topLevel })),
      packages
    ]).then(
      ([commits, folders]) => commits ? outsideFolders(commits, folders).filter((commit) => !commit.elsewhere) : void 0
    );
    return pushedOnce;
  };
  for (const sha of [...new Set(lastTouch.values())].slice(0, PREFETCHED_RANGES)) {
    since(sha).catch(() => void 0);
  }
  const briefs = [];
  for (const task of selected) {
    const entry = registry[task.agent];
    const input = { taskId: task.taskId, agent: task.agent, status: task.status, now };
    if (typeof entry?.brief_note === "string" && entry.brief_note !== "") input.briefNote = entry.brief_note;
    if (testsNow) input.testsNow = testsNow;
    if (reportsNow.testsGiven) input.testsGiven = true;
    if (reportsNow.coverageGiven) input.coverageGiven = true;
    if (coverageNow) input.coverageNow = coverageNow;
    const handoff = handoffs.get(task);
    input.sessions = await sessionPoints(repoRoot, config, task.taskId, handoff);
    if (handoff?.document && hasCommits) {
      const written = task.detailsLink ? lastTouch.get(normalizeLink(task.detailsLink)) : void 0;
      input.drift = await driftAt(git, rev, written ?? rev, handoff.document, [
        config.handoffDir,
        config.registry,
        ...links
      ]);
    }
    if (handoff && task.detailsLink) {
      input.handoff = handoff;
      const touched = handoff.document ? lastTouch.get(normalizeLink(task.detailsLink)) : void 0;
      if (touched) {
        const range = await since(touched);
        let atCommit = activeAtCommits.get(touched);
        if (!atCommit) {
          atCommit = tasksActiveAtCommitsIn(repoRoot, config, range.commits, registry, git);
          activeAtCommits.set(touched, atCommit);
        }
        const activeAtCommit = await atCommit;
        const attribute = (pushed) => attributeRanges({
          config,
          ranges: [range],
          ...pushed ? { nextPush: pushed } : {},
          activeTaskIds: activeIds,
          ...activeAtCommit.size > 0 ? { activeAtCommit } : {},
          handoffFiles,
          nonWork
        });
        let attributed = attribute(void 0);
        if (fallbackMatters(attributed)) {
          const pushed = await nextPush();
          if (pushed) attributed = attribute(pushed);
        }
        input.commitsSince = behindInRange(
          attributed.indexed[0],
          task.taskId,
          normalizeLink(task.detailsLink)
        ).commits;
        input.sinceBasis = `after ${touched.slice(0, 7)}, its last commit`;
        input.unattributedSince = unattributedWork(attributed).length;
      }
    }
    const brief = buildResume(input);
    if (brief.handoff) brief.handoff.path = shown(brief.handoff.path);
    briefs.push(brief);
  }
  const errors = [...unreadable2.values()].map(
    (error2) => error2.location.file === void 0 ? error2 : error2.inFile(shown(error2.location.file))
  );
  return { briefs, warnings, unreadable: [...unreadable2.keys()], errors };
}
async function lastTouchesIfAny(git, paths, rev, at) {
  try {
    return { lastTouch: await git.lastTouchingCommits(paths, rev), hasCommits: true };
  } catch (error2) {
    if (at !== void 0 || await git.headCommit() !== void 0) throw error2;
    return { lastTouch: /* @__PURE__ */ new Map(), hasCommits: false };
  }
}
var PREFETCHED_RANGES = 4;
function searchedRegistry(read) {
  return read.exists ? { phrase: "in the registry", location: { file: read.file } } : { phrase: `in a registry (there is none at ${read.file})`, location: {} };
}
function selectTasks(options, active, entries, searched) {
  const inRegistry = searched.location;
  const asTask = ([agent, entry]) => {
    if (typeof entry.current_task !== "string" || entry.current_task === "") return void 0;
    const task = { taskId: entry.current_task, agent, status: entry.status };
    if (typeof entry.details_link === "string" && entry.details_link !== "")
      task.detailsLink = entry.details_link;
    return task;
  };
  if (options.agent !== void 0) {
    const found = entries.find(([agent]) => agent === options.agent);
    const task = found && asTask(found);
    if (!task) {
      throw new InputError(
        found ? `agent "${options.agent}" has no current task` : `no agent "${options.agent}" ${searched.phrase}`,
        inRegistry,
        "registry/no-agent"
      );
    }
    if (options.taskId !== void 0 && task.taskId !== options.taskId) {
      throw new InputError(
        `agent "${options.agent}" is working on ${task.taskId}, not ${options.taskId}`,
        inRegistry,
        "registry/agent-task"
      );
    }
    return [task];
  }
  if (options.taskId !== void 0) {
    const named = active.filter((t) => t.taskId === options.taskId);
    if (named.length > 0) return named;
    const any = entries.map(asTask).filter((t) => t?.taskId === options.taskId);
    if (any.length === 0) {
      const meant = meantTask(options.taskId, entries);
      throw new InputError(
        `no agent ${searched.phrase} has current_task ${options.taskId}${meant === void 0 ? "" : `: did you mean --task ${shellWord(meant)}?`}`,
        inRegistry,
        "registry/no-task"
      );
    }
    return any;
  }
  return active;
}
function askedFlags(options) {
  return [
    ...options.agent === void 0 ? [] : [`--agent ${shellWord(options.agent)}`],
    ...options.taskId === void 0 ? [] : [`--task ${shellWord(options.taskId)}`]
  ].join(" ");
}
function noActiveTasksNote(registry, program = "handoff") {
  const named = /* @__PURE__ */ new Map();
  for (const [, entry] of agentEntries(registry)) {
    const task = entry.current_task;
    if (typeof task === "string" && task !== "" && !named.has(task)) named.set(task, entry.status);
  }
  const [first] = named.keys();
  if (first === void 0) return "No active tasks: nothing to resume.";
  const tasks = [...named].map(([task, status]) => `${task} (${status})`);
  return `No active tasks: nothing to resume. The registry still names ${namedAndCounted(tasks, 3)}: \`${program} resume --task ${shellWord(first)}\` briefs it.`;
}
function resumeIn(folder, options) {
  const from = (options.shown ?? asInProject)(folder);
  return [`${options.program ?? "handoff"} -C ${shellWord(from)} resume`, askedFlags(options)].filter((part) => part !== "").join(" ");
}
function isMonorepoRoot(source, config) {
  return config.workspaces.length > 0 && source.prefix === "";
}
function isNotHere(error2) {
  return error2 instanceof InputError && (error2.rule === "registry/no-task" || error2.rule === "registry/no-agent");
}
function packagesWithActiveTasks(packages) {
  return packages.flatMap(
    (read) => "workspace" in read && read.workspace.activeTasks.length > 0 ? [{ folder: read.folder, tasks: read.workspace.activeTasks }] : []
  );
}
function packageHolding(notHere, root, packages, options) {
  const failed = packages.find((read) => "error" in read);
  if (failed && "error" in failed) throw failed.error;
  const readable = packages.flatMap((read) => "workspace" in read ? [read] : []);
  const holding = readable.filter(({ workspace }) => {
    try {
      selectTasks(
        options,
        workspace.activeTasks,
        agentEntries(workspace.registry.registry),
        searchedRegistry(workspace.registry)
      );
      return true;
    } catch (error2) {
      if (isNotHere(error2)) return false;
      throw error2;
    }
  });
  const [only] = holding;
  if (only && holding.length === 1) return only;
  const asked = askedFlags(options);
  if (holding.length > 1) {
    const commands = holding.map(({ folder }) => `\`${resumeIn(folder, options)}\``);
    throw new InputError(
      `${asked} is in the registries of ${holding.length} packages, so which one to resume is yours to say: run ${commands.join(" or ")}`,
      {},
      "registry/ambiguous-package"
    );
  }
  const searched = [
    ...root.registry.exists ? [root.registry.file] : [],
    ...readable.flatMap(
      ({ folder, workspace }) => workspace.registry.exists ? [`${folder}/${workspace.registry.file}`] : []
    )
  ];
  const [one] = searched;
  selectTasks(
    options,
    root.activeTasks,
    agentEntries(root.registry.registry),
    one === void 0 ? {
      phrase: `in a registry (there is none at ${root.registry.file}, nor in a package "workspaces" names)`,
      location: {}
    } : searched.length === 1 ? { phrase: `in the registry searched (${one})`, location: { file: one } } : { phrase: `in the ${searched.length} registries searched (${searched.join(", ")})`, location: {} }
  );
  throw notHere;
}
function resumeHandoff(linked, link, linkPlace = () => ({})) {
  const located = (error2) => {
    const { line, column } = error2.location;
    return {
      handoff: {
        path: link,
        problem: formatLocated(error2.message, {}, error2.rule),
        ...line === void 0 ? {} : { line },
        ...column === void 0 ? {} : { column }
      },
      error: error2.inFile(link)
    };
  };
  switch (linked.kind) {
    case "none":
      return { handoff: { path: link, problem: "the registry entry has no details_link [link/missing]" } };
    case "invalid-link":
      return {
        handoff: { path: link, problem: `${linked.message} [${linked.rule}]` },
        error: new InputError(linked.message, linkPlace(), linked.rule)
      };
    case "missing":
      return { handoff: { path: link, problem: "the file does not exist [link/missing]" } };
    case "unreadable":
      return located(linked.error);
    case "document":
      try {
        return { handoff: { path: link, document: parseHandoff(documentText(linked), link) } };
      } catch (error2) {
        if (error2 instanceof InputError) return located(error2);
        throw error2;
      }
  }
}
async function readHandoff(repoRoot, link) {
  const linked = (await readLinkedHandoffs(workingTreeSource(repoRoot), [link])).get(link);
  return resumeHandoff(linked, link).handoff;
}
async function sessionPoints(repoRoot, config, taskId, linked) {
  const points = [];
  const point = (session, document) => {
    const facts = documentFacts(document);
    const result = { session };
    if (facts.date) result.date = facts.date;
    if (facts.timeSpentHours !== void 0) result.hours = facts.timeSpentHours;
    if (facts.tests) {
      result.passed = facts.tests.passed;
      result.failed = facts.tests.failed;
    }
    return result;
  };
  const files = await listTaskHandoffs(repoRoot, config, taskId);
  for (const { session, path } of files) {
    if (linked?.document && normalizeLink(linked.path) === path) {
      points.push(point(session, linked.document));
      continue;
    }
    const read = await readHandoff(repoRoot, path);
    if (read.document) points.push(point(session, read.document));
  }
  if (linked?.document && !files.some((f) => f.path === normalizeLink(linked.path))) {
    const session = linked.document.session ?? (points[points.length - 1]?.session ?? 0) + 1;
    points.push(point(session, linked.document));
  }
  return points;
}
async function pathsThen(git, rev, paths) {
  const bare = paths.filter((path) => !path.includes("/"));
  const there = await git.pathsAt(
    rev,
    paths.filter((path) => path.includes("/"))
  );
  if (bare.length > 0) for (const name of existingPaths(bare, await git.filesAt(rev))) there.add(name);
  return there;
}
async function driftAt(git, rev, written, document, bookkeeping) {
  const candidates = driftCandidates(document);
  if (candidates.paths.length === 0 && candidates.symbols.length === 0) return [];
  const files = candidates.paths.length > 0 ? await git.filesAt(rev) : [];
  const symbols = await git.wordsAt(
    rev,
    candidates.symbols,
    bookkeeping.map((p) => normalizeLink(p)).filter((p) => p !== "")
  );
  const existing = existingPaths(candidates.paths, files);
  const missing = candidates.paths.filter((path) => !existing.has(path));
  const then = written === rev ? /* @__PURE__ */ new Set() : await pathsThen(git, written, missing).catch(() => void 0);
  const gone = (path) => !missing.includes(path) || then === void 0 || then.has(path);
  return driftOf({ ...candidates, paths: candidates.paths.filter(gone) }, { paths: existing, symbols });
}

// src/app/pr-comment.ts
var MAX_RESUMES = 10;
async function gatherCommentInput(options) {
  const { repoRoot, config, result, now } = options;
  const notes = [];
  const resumes = [];
  let warnings = [];
  const relevant = [
    ...result.verdicts.filter((v) => !v.fresh),
    ...result.verdicts.filter((v) => v.fresh && (v.workCommits ?? 0) > 0)
  ].slice(0, MAX_RESUMES);
  if (relevant.length > 0) {
    let reportsNow = { testsGiven: false, coverageGiven: false, warnings: [] };
    try {
      reportsNow = await readReportsNow(options, repoRoot);
    } catch (error2) {
      if (!(error2 instanceof InputError)) throw error2;
      notes.push(`No test or coverage reports: ${error2.message}`);
    }
    warnings = reportsNow.warnings;
    for (const [folder, taskIds] of byFolder(relevant)) {
      try {
        const root = folder === "" ? repoRoot : join8(repoRoot, folder);
        const resumed = await runResume({
          repoRoot: root,
          config: folder === "" ? config : (await loadConfig(root)).config,
          now,
          taskIds,
          // A package's git reads from its folder (runResume makes its own there).
          ...folder === "" && options.git ? { git: options.git } : {},
          // The registry and handoffs the verdicts were judged by: the head's, not the working tree's.
          ...options.headSha ? { at: options.headSha } : {},
          reportsNow: { ...reportsNow, warnings: [] }
        });
        resumes.push(...resumed.briefs);
      } catch (error2) {
        if (!(error2 instanceof InputError)) throw error2;
        notes.push(`No resume summaries${folder === "" ? "" : ` for ${folder}`}: ${error2.message}`);
      }
    }
  }
  const input = {
    result,
    mode: options.mode,
    resumes,
    newHandoffFiles: newHandoffFiles(result, now.toISOString().slice(0, 10)),
    ...options.headRepository ? { headRepository: options.headRepository } : {},
    ...options.waiverLabel !== void 0 ? { waiverLabel: options.waiverLabel } : {},
    ...options.headSha ? { headSha: options.headSha } : {}
  };
  return { input, warnings, notes };
}
function byFolder(verdicts) {
  const out = /* @__PURE__ */ new Map();
  for (const verdict2 of verdicts) {
    const folder = verdict2.workspace ?? "";
    const ids = out.get(folder) ?? [];
    if (!ids.includes(verdict2.taskId)) ids.push(verdict2.taskId);
    out.set(folder, ids);
  }
  return out;
}

// src/core/package-manifest.ts
function manifestOf(text) {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return void 0;
  }
}
function listsDependency(manifest, name) {
  if (!isRecord(manifest)) return false;
  return ["dependencies", "devDependencies"].some((key) => {
    const deps = manifest[key];
    return isRecord(deps) && Object.hasOwn(deps, name);
  });
}
function programOfProject(manifest) {
  return listsDependency(manifest, "handoff-guard") ? "npx handoff" : "handoff";
}

// src/action/annotations.ts
var ANNOTATIONS_SHOWN = 10;
function shownAnnotations(annotations, slots) {
  const take = Math.max(0, slots);
  if (annotations.length <= take) return { shown: [...annotations], leftOut: 0 };
  const chosen = /* @__PURE__ */ new Set();
  const tasks = /* @__PURE__ */ new Set();
  annotations.forEach((annotation, index) => {
    if (chosen.size < take && !tasks.has(annotation.taskId)) {
      tasks.add(annotation.taskId);
      chosen.add(index);
    }
  });
  for (let index = 0; index < annotations.length && chosen.size < take; index++) chosen.add(index);
  return {
    shown: annotations.filter((_, index) => chosen.has(index)),
    leftOut: annotations.length - chosen.size
  };
}

// src/action/artifact.ts
import { mkdirSync as mkdirSync3, readFileSync, statSync as statSync2, writeFileSync as writeFileSync3 } from "node:fs";
import { join as join9 } from "node:path";
var COMMENT_DATA_FILE = "comment.json";
var PULL_REQUEST_FILE = "pull-request.json";
var COMMENT_DATA_VERSION = 1;
var COMMENT_DATA_LIMIT = 8 * 1024 * 1024;
function writeCommentArtifact(dir, artifact) {
  const writing = (what, write) => {
    try {
      write();
    } catch (error2) {
      const code = error2.code ?? String(error2);
      throw new InputError(
        `input \`artifact-dir\` ${what} cannot be written (${code})`,
        {},
        "input/artifact-dir"
      );
    }
  };
  writing(dir, () => mkdirSync3(dir, { recursive: true }));
  const { result, mode, resumes, newHandoffFiles: newHandoffFiles2, waiverLabel } = artifact.comment;
  const data = {
    version: COMMENT_DATA_VERSION,
    result,
    mode,
    resumes,
    newHandoffFiles: newHandoffFiles2,
    ...waiverLabel !== void 0 ? { waiverLabel } : {}
  };
  const dataFile = join9(dir, COMMENT_DATA_FILE);
  writing(dataFile, () => writeFileSync3(dataFile, `${JSON.stringify(data)}
`));
  const prFile = join9(dir, PULL_REQUEST_FILE);
  writing(
    prFile,
    () => writeFileSync3(
      prFile,
      `${JSON.stringify({ number: artifact.pullRequest, headSha: artifact.headSha }, null, 2)}
`
    )
  );
}
function readCommentArtifact(dir) {
  const prPath = join9(dir, PULL_REQUEST_FILE);
  const pr = shaped(prPath, parseJson(prPath, readBounded(prPath, 4096)), pullRequestFile);
  const dataPath = join9(dir, COMMENT_DATA_FILE);
  const comment = shaped(dataPath, parseJson(dataPath, readBounded(dataPath, COMMENT_DATA_LIMIT)), (data) => {
    const version = data?.version;
    if (version !== COMMENT_DATA_VERSION) {
      throw new ShapeError("version", `must be ${COMMENT_DATA_VERSION} (written by another release?)`);
    }
    return commentData(data, "");
  });
  return { pullRequest: pr.number, headSha: pr.headSha, comment };
}
function shaped(file, value, check) {
  try {
    return check(value, "");
  } catch (error2) {
    if (!(error2 instanceof ShapeError)) throw error2;
    throw new InputError(`${error2.path || "the data"} ${error2.message}`, { file }, "artifact/shape");
  }
}
function readBounded(path, maxBytes) {
  const stat2 = statSync2(path, { throwIfNoEntry: false });
  if (!stat2?.isFile()) {
    throw new InputError("is missing from the downloaded artifact", { file: path }, "artifact/missing");
  }
  if (stat2.size > maxBytes) {
    throw new InputError(`is larger than ${maxBytes} bytes`, { file: path }, "artifact/too-large");
  }
  return readFileSync(path, "utf8");
}
function parseJson(path, text) {
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError("is not valid JSON", { file: path }, "artifact/json");
  }
}
var ShapeError = class extends Error {
  constructor(path, message) {
    super(message);
    this.path = path;
  }
  path;
};
var MAX_STRING = 1e5;
var MAX_ITEMS = 1e4;
var string = (value, path) => {
  if (typeof value !== "string") throw new ShapeError(path, "must be a string");
  if (value.length > MAX_STRING) throw new ShapeError(path, `is longer than ${MAX_STRING} characters`);
  return value;
};
var boolean = (value, path) => {
  if (typeof value !== "boolean") throw new ShapeError(path, "must be true or false");
  return value;
};
var count = (value, path) => {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new ShapeError(path, "must be a whole number >= 0");
  }
  return value;
};
var positiveInteger = (value, path) => {
  if (count(value, path) === 0) throw new ShapeError(path, "must be a positive integer");
  return value;
};
var finite = (value, path) => {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new ShapeError(path, "must be a number");
  return value;
};
var fullSha = (value, path) => {
  if (typeof value !== "string" || !/^[0-9a-f]{40}$/.test(value)) {
    throw new ShapeError(path, "must be a 40-character commit sha");
  }
  return value;
};
var shortSha = (value, path) => {
  if (typeof value !== "string" || !/^[0-9a-f]{4,40}$/.test(value)) {
    throw new ShapeError(path, "must be a commit sha (4 to 40 hex digits)");
  }
  return value;
};
function oneOf(values) {
  return (value, path) => {
    if (typeof value !== "string" || !values.includes(value)) {
      throw new ShapeError(path, `must be one of: ${values.join(", ")}`);
    }
    return value;
  };
}
function array(item) {
  return (value, path) => {
    if (!Array.isArray(value)) throw new ShapeError(path, "must be an array");
    if (value.length > MAX_ITEMS) throw new ShapeError(path, `has more than ${MAX_ITEMS} items`);
    return value.map((v, i) => item(v, `${path}[${i}]`));
  };
}
function object(fields) {
  return (value, path) => {
    if (!isRecord(value)) {
      throw new ShapeError(path, "must be an object");
    }
    const source = value;
    const out = {};
    for (const [spec, check] of Object.entries(fields)) {
      const optional = spec.endsWith("?");
      const key = optional ? spec.slice(0, -1) : spec;
      const child = Object.hasOwn(source, key) ? source[key] : void 0;
      const childPath = path ? `${path}.${key}` : key;
      if (child === void 0) {
        if (!optional) throw new ShapeError(childPath, "is required");
        continue;
      }
      out[key] = check(child, childPath);
    }
    return out;
  };
}
var list = (item) => object({ items: array(item), more: count });
var testCounts = object({ passed: count, failed: count, "skipped?": count });
var verdict = object({
  taskId: string,
  agent: string,
  "handoffPath?": string,
  fresh: boolean,
  problems: array(
    object({
      reason: oneOf(["missing", "incomplete", "behind", "expired", "invalid-link"]),
      detail: string,
      "commits?": array(shortSha),
      "elements?": array(oneOf(ELEMENT_NAMES)),
      fix: string
    })
  ),
  "workCommits?": count
});
var nextStepFields = object({ text: string, "maybeDoneIn?": shortSha });
var nextStep = (value, path) => typeof value === "string" ? { text: string(value, path) } : nextStepFields(value, path);
var resumeBriefFields = object({
  taskId: string,
  agent: string,
  status: string,
  "briefNote?": string,
  "handoff?": object({
    path: string,
    "date?": string,
    "session?": count,
    "ageDays?": finite,
    "problem?": string
  }),
  "statusText?": string,
  "progressPercent?": finite,
  "state?": list(string),
  working: list(string),
  broken: list(string),
  blockers: list(object({ text: string, details: array(string), "possiblyResolvedBy?": shortSha })),
  nextSteps: list(nextStep),
  decisions: list(string),
  time: object({
    "spentHours?": finite,
    "remainingHours?": finite,
    "totalHours?": finite,
    "sessions?": count
  }),
  "sessions?": array(
    object({ session: count, "date?": string, "hours?": finite, "passed?": count, "failed?": count })
  ),
  "drift?": list(object({ kind: oneOf(["path", "symbol"]), name: string })),
  "coverage?": object({ "claimed?": finite, "now?": finite, note: string }),
  "since?": object({
    "basis?": string,
    total: count,
    commits: list(object({ sha: shortSha, subject: string }))
  }),
  "tests?": object({
    "claimed?": testCounts,
    "now?": testCounts,
    "failingNow?": list(string),
    note: string,
    "changes?": string
  })
});
var resumeBrief = (value, path) => {
  const brief = resumeBriefFields(value, path);
  brief.state ??= { items: [], more: 0 };
  brief.sessions ??= [];
  brief.drift ??= { items: [], more: 0 };
  return brief;
};
var pullRequestFile = object({ number: positiveInteger, headSha: fullSha });
var commentData = object({
  result: object({
    "range?": object({ description: string, commitCount: count }),
    verdicts: array(verdict),
    stale: boolean,
    notes: array(string)
  }),
  mode: oneOf(["block", "warn"]),
  resumes: array(resumeBrief),
  newHandoffFiles: array(object({ taskId: string, path: string, draft: string })),
  "waiverLabel?": string
});

// src/action/event.ts
import { readFileSync as readFileSync2 } from "node:fs";
var ZERO_SHA2 = /^0+$/;
function isZeroSha(sha) {
  return !sha || ZERO_SHA2.test(sha);
}
function readEvent(env = process.env) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!name || !owner || !repo) {
    throw new InputError(
      "GITHUB_EVENT_NAME and GITHUB_REPOSITORY must be set: this Action runs inside a GitHub Actions workflow",
      {},
      "action/environment"
    );
  }
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const event = {
    name,
    owner,
    repo,
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
    sha: env.GITHUB_SHA ?? ""
  };
  const repository = record(payload.repository);
  const defaultBranch = str(repository?.default_branch) ?? (name === "schedule" ? branchOfRef(env.GITHUB_REF) : void 0);
  if (defaultBranch) event.defaultBranch = defaultBranch;
  const pr = record(payload.pull_request);
  const isPullRequest = name === "pull_request" || name === "pull_request_target";
  if (isPullRequest && !pr) {
    throw new InputError(
      env.GITHUB_EVENT_PATH ? `the ${name} event payload has no pull_request object` : `GITHUB_EVENT_PATH is not set: a ${name} event needs its payload`,
      env.GITHUB_EVENT_PATH ? { file: env.GITHUB_EVENT_PATH } : {},
      "action/event"
    );
  }
  if (pr && isPullRequest) {
    const base = record(pr.base);
    const head = record(pr.head);
    const rawNumber = pr.number ?? payload.number;
    const number = typeof rawNumber === "number" || typeof rawNumber === "string" && /^\d{1,10}$/.test(rawNumber) ? Number(rawNumber) : Number.NaN;
    const baseSha = commitId(base?.sha, "pull_request.base.sha", env.GITHUB_EVENT_PATH);
    const headSha = commitId(head?.sha, "pull_request.head.sha", env.GITHUB_EVENT_PATH);
    if (!Number.isInteger(number) || number <= 0 || !baseSha || !headSha) {
      throw new InputError(
        "the pull_request event has no number, base.sha or head.sha",
        { file: env.GITHUB_EVENT_PATH },
        "action/event"
      );
    }
    const headRepoFullName = str(record(head?.repo)?.full_name) ?? `${owner}/${repo}`;
    const baseRepoFullName = str(record(base?.repo)?.full_name) ?? `${owner}/${repo}`;
    event.pullRequest = {
      number,
      baseSha,
      headSha,
      headRef: str(head?.ref) ?? "",
      headRepoFullName,
      fromFork: headRepoFullName !== baseRepoFullName,
      draft: pr.draft === true,
      labels: (Array.isArray(pr.labels) ? pr.labels : []).map((label) => str(record(label)?.name)).filter((label) => label !== void 0)
    };
  }
  if (name === "push") {
    event.push = {
      before: commitId(payload.before, "before", env.GITHUB_EVENT_PATH) ?? "",
      after: commitId(payload.after, "after", env.GITHUB_EVENT_PATH) ?? event.sha,
      ref: str(payload.ref) ?? env.GITHUB_REF ?? ""
    };
  }
  const run2 = record(payload.workflow_run);
  const runSha = commitId(run2?.head_sha, "workflow_run.head_sha", env.GITHUB_EVENT_PATH);
  if (runSha) event.workflowRunHeadSha = runSha;
  const branch = event.pullRequest ? event.pullRequest.headRef || void 0 : branchOfRef(event.push?.ref ?? env.GITHUB_REF);
  if (branch && !branch.startsWith("gh-readonly-queue/")) event.branch = branch;
  if (name === "merge_group") {
    const queued = queuedPullRequestOf(str(record(payload.merge_group)?.head_ref) ?? env.GITHUB_REF);
    if (queued !== void 0) event.queuedPullRequest = queued;
  }
  return event;
}
function queuedPullRequestOf(ref) {
  const found = /^(?:refs\/heads\/)?gh-readonly-queue\/.+\/pr-(\d{1,10})-[0-9a-f]{40,64}$/.exec(ref ?? "");
  const number = found ? Number(found[1]) : 0;
  return number > 0 ? number : void 0;
}
function branchOfRef(ref) {
  return ref?.startsWith("refs/heads/") && ref.length > "refs/heads/".length ? ref.slice("refs/heads/".length) : void 0;
}
function readPayload(path) {
  if (!path) return {};
  let text;
  try {
    text = readFileSync2(path, "utf8");
  } catch {
    throw new InputError("the event payload file cannot be read", { file: path }, "action/event");
  }
  try {
    return record(JSON.parse(text)) ?? {};
  } catch (error2) {
    const reason = error2 instanceof Error ? error2.message : String(error2);
    throw new InputError(`the event payload is not valid JSON: ${reason}`, { file: path }, "action/event");
  }
}
function commitId(value, field, file) {
  const id = str(value);
  if (id === void 0) return void 0;
  if (!isFullSha(id)) {
    throw new InputError(
      `the event's ${field} is not a commit id: "${id.slice(0, 80)}"`,
      file ? { file } : {},
      "action/event"
    );
  }
  return id;
}
function record(value) {
  return isRecord(value) ? value : void 0;
}
function str(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}

// src/action/inputs.ts
import { statSync as statSync3 } from "node:fs";
import { isAbsolute as isAbsolute2, join as join10, resolve as resolve2 } from "node:path";
function getInputs(env = process.env, read = (name) => getInput(name)) {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const workingInput = read("working-directory");
  const workingDirectory = resolve2(workspace, workingInput || ".");
  requireDirectory("working-directory", workingDirectory);
  if (!isInside(resolve2(workspace), workingDirectory)) {
    throw inputError(
      "working-directory",
      `"${workingInput.slice(0, 200)}" must be a folder inside the workspace (GITHUB_WORKSPACE), where the repository is checked out`
    );
  }
  const mode = oneOf2("mode", read("mode") || "block", ["block", "warn"]);
  const comment = commentTarget(read("comment") || "true");
  const givenMode = oneOf2("comment-mode", read("comment-mode") || "always", [
    "always",
    "stale-only",
    "off"
  ]);
  const commentMode = comment === "off" ? "off" : givenMode;
  const commentWhenFresh = oneOf2("comment-when-fresh", read("comment-when-fresh") || "update", [
    "update",
    "hide",
    "delete"
  ]);
  const commentId = read("comment-id").trim() || void 0;
  if (commentId !== void 0 && !COMMENT_ID_PATTERN.test(commentId)) {
    throw inputError(
      "comment-id",
      `"${commentId.slice(0, 80)}" must be 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit`
    );
  }
  const draftPullRequest = oneOf2("draft-pr", read("draft-pr") || "check", ["check", "warn", "skip"]);
  const configInput = read("config");
  const configFile = configInput ? resolve2(workingDirectory, configInput) : void 0;
  if (configInput && leavesRepository(configInput)) {
    throw inputError(
      "config",
      `"${configInput.slice(0, 200)}" must be a path inside the repository (relative, no "..")`
    );
  }
  if (configFile) requireFile("config", configFile);
  const coverage = read("coverage") || void 0;
  if (coverage && leavesRepository(coverage)) {
    throw inputError("coverage", `"${coverage}" must be a path inside the repository (relative, no "..")`);
  }
  const testReports = lines(read("test-reports"));
  for (const pattern of testReports) {
    if (leavesRepository(pattern)) {
      throw inputError(
        "test-reports",
        `"${pattern}" must be a glob inside the repository (relative, no "..")`
      );
    }
  }
  const artifactInput = read("artifact-dir");
  const artifactDir = artifactInput ? resolve2(workingDirectory, artifactInput) : join10(env.RUNNER_TEMP || workingDirectory, "handoff-guard-comment");
  if (artifactInput && comment === "artifact") {
    const real = (path) => realLongestPrefix(resolve2(path)).real ?? resolve2(path);
    const writable = [workspace, ...env.RUNNER_TEMP ? [env.RUNNER_TEMP] : []];
    if (!writable.some((root) => isInside(real(root), real(artifactDir)))) {
      throw inputError(
        "artifact-dir",
        `"${artifactInput.slice(0, 200)}" must be a folder inside the workspace or the runner's temporary folder (RUNNER_TEMP)`
      );
    }
  }
  const postInput = read("post-comment-from");
  const postCommentFrom = postInput ? resolve2(workingDirectory, postInput) : void 0;
  if (postCommentFrom) requireDirectory("post-comment-from", postCommentFrom);
  const githubToken = read("github-token");
  if (!githubToken && (comment === "pr" && commentMode !== "off" || postCommentFrom)) {
    throw inputError(
      "github-token",
      "is empty, but posting the comment needs a token (keep the default github.token or set `comment: false`)"
    );
  }
  if (githubToken) setSecret(githubToken);
  return {
    githubToken,
    mode,
    comment,
    commentMode,
    commentWhenFresh,
    ...commentId !== void 0 ? { commentId } : {},
    draftPullRequest,
    ...configFile ? { configFile } : {},
    testReports,
    ...coverage ? { coverage } : {},
    workingDirectory,
    artifactDir,
    ...postCommentFrom ? { postCommentFrom } : {}
  };
}
function commentTarget(value) {
  const normalised = value.trim().toLowerCase();
  if (normalised === "true") return "pr";
  if (normalised === "false") return "off";
  if (normalised === "artifact") return "artifact";
  throw inputError("comment", `"${value}" is not one of: true, false, artifact`);
}
function oneOf2(name, value, allowed) {
  const trimmed = value.trim().toLowerCase();
  if (allowed.includes(trimmed)) return trimmed;
  throw inputError(name, `"${value.slice(0, 80)}" is not one of: ${allowed.join(", ")}`);
}
function lines(value) {
  return value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
}
function leavesRepository(path) {
  return isAbsolute2(path) || path.split(/[\\/]+/).includes("..");
}
function requireDirectory(name, path) {
  const stat2 = statSync3(path, { throwIfNoEntry: false });
  if (!stat2?.isDirectory()) throw inputError(name, `"${path}" is not a directory`);
}
function requireFile(name, path) {
  const stat2 = statSync3(path, { throwIfNoEntry: false });
  if (!stat2?.isFile()) throw inputError(name, `"${path}" does not exist or is not a file`);
}
function inputError(name, message) {
  return new InputError(`input \`${name}\` ${message}`, {}, `input/${name}`);
}

// src/action/range.ts
var REMOTE = "origin";
async function resolveCheckRange(git, event, log = () => {
}) {
  const notes = [];
  let base;
  let head;
  if (event.pullRequest) {
    base = bySha(event.pullRequest.baseSha);
    head = bySha(event.pullRequest.headSha);
    notes.push(`pull request #${event.pullRequest.number}: base ${short2(base.rev)}..head ${short2(head.rev)}`);
  } else if (event.push && !isZeroSha(event.push.before) && !isZeroSha(event.push.after)) {
    base = bySha(event.push.before);
    head = bySha(event.push.after);
    notes.push(`push: ${short2(base.rev)}..${short2(head.rev)}`);
  } else {
    if (!event.defaultBranch) {
      throw new InputError(
        `the ${event.name} event names no default branch to check against`,
        {},
        "action/no-default-branch"
      );
    }
    base = {
      rev: `${REMOTE}/${event.defaultBranch}`,
      refspec: `+refs/heads/${event.defaultBranch}:refs/remotes/${REMOTE}/${event.defaultBranch}`
    };
    head = bySha(event.push?.after && !isZeroSha(event.push.after) ? event.push.after : event.sha || "HEAD");
    notes.push(`${event.name}: the default branch ${event.defaultBranch}..${short2(head.rev)}`);
  }
  const shallowing = git.isShallow();
  shallowing.catch(() => void 0);
  const missing = await missingEnds(git, [base, head]);
  const shallow = await shallowing;
  const fetched = await fetchMissing(git, missing, shallow);
  if (fetched.length > 0) log(`Fetched ${fetched.join(", ")}`);
  const refspecs = [base.refspec, head.refspec].filter((spec) => spec !== "HEAD");
  const mergeBase = await ensureMergeBase(git, base.rev, head.rev, { refspecs, log });
  if (shallow) notes.push(`shallow checkout: deepened until the merge base ${short2(mergeBase)} was fetched`);
  return { base: base.rev, head: head.rev, notes, deepen: (by) => git.deepen(by, refspecs, REMOTE) };
}
function historyFetcher(git, log, warn) {
  const done = /* @__PURE__ */ new Set();
  return async (sinceEpochSeconds, rev) => {
    const key = `${sinceEpochSeconds} ${rev}`;
    if (done.has(key)) return;
    done.add(key);
    const day = new Date(sinceEpochSeconds * 1e3).toISOString().slice(0, 10);
    const refspecs = /^[0-9a-f]{40}$/.test(rev) ? [rev] : [];
    let by = FIRST_DEEPEN;
    for (let round = 0; ; round++) {
      const edge = [...(await git.shallowEdgeTimes()).values()];
      if (edge.every((time) => time < sinceEpochSeconds)) {
        if (round > 0)
          log(`shallow checkout: deepened past ${day}, to see when each handoff was last updated`);
        return;
      }
      if (round === MAX_DEEPEN_ROUNDS) break;
      try {
        await git.deepen(by, refspecs, REMOTE);
      } catch (error2) {
        const reason = error2 instanceof Error ? error2.message.split("\n")[0] : String(error2);
        warn(
          `could not deepen this shallow checkout past ${day} (${reason}): a handoff whose **Date** is older than maxAge is judged by that date and the commits there are`
        );
        return;
      }
      by *= 2;
    }
    warn(
      `this shallow checkout still ends after ${day} after ${MAX_DEEPEN_ROUNDS} rounds of deepening: a handoff whose **Date** is older than maxAge is judged by that date and the commits there are (use fetch-depth: 0)`
    );
  };
}
async function missingEnds(git, ends) {
  const byRev = ends.filter((end) => end.rev !== "HEAD" && end.refspec === end.rev);
  const present = await git.areCommits(byRev.map((end) => end.rev));
  return ends.filter(
    (end) => end.rev !== "HEAD" && (end.refspec !== end.rev || !present[byRev.indexOf(end)])
  );
}
async function fetchMissing(git, missing, shallow) {
  if (missing.length === 0) return [];
  const specs = missing.map((end) => end.refspec);
  try {
    await git.exec(["fetch", "--no-tags", "--quiet", ...shallow ? ["--depth=1"] : [], REMOTE, ...specs]);
  } catch (error2) {
    const reason = error2 instanceof Error ? error2.message : String(error2);
    throw new InputError(
      `cannot fetch ${specs.join(" and ")} from ${REMOTE}, so the range to check cannot be read: ${reason}. The step fetches with the checkout's credentials (actions/checkout's persist-credentials, on by default); or check out with fetch-depth: 0, so nothing needs fetching`,
      {},
      "git/range-unreadable"
    );
  }
  return missing.map((end) => short2(end.rev));
}
function bySha(sha) {
  return { rev: sha, refspec: sha };
}
function short2(rev) {
  return /^[0-9a-f]{40}$/.test(rev) ? rev.slice(0, 7) : rev;
}

// src/action/run.ts
var SUMMARY_LIMIT = 1e6;
async function run(env = process.env, options = {}) {
  try {
    const inputs = getInputs(env);
    const event = readEvent(env);
    if (inputs.postCommentFrom) await postFromArtifact(inputs, event, env, options);
    else await checkAndReport(inputs, event, env, options);
  } catch (error2) {
    if (error2 instanceof InputError) {
      setFailed(formatInputError(error2));
    } else {
      const message = error2 instanceof Error ? error2.message : String(error2);
      setFailed(`Handoff Guard internal error: ${message}`);
      if (error2 instanceof Error && error2.stack) debug(error2.stack);
    }
  }
}
async function checkAndReport(inputs, event, env, options) {
  const pr = event.pullRequest;
  if (pr?.draft && inputs.draftPullRequest === "skip") {
    setOutput("stale", "false");
    setOutput("stale-tasks", "[]");
    setOutput("waived", "false");
    setOutput("comment-url", "");
    notice(
      `#${pr.number} is a draft: not checked (draft-pr: skip). The check runs when it is marked ready for review.`
    );
    return;
  }
  const mode = pr?.draft && inputs.draftPullRequest === "warn" ? "warn" : inputs.mode;
  const { repoRoot, prefix: packageFolder } = await findProjectRoot(inputs.workingDirectory);
  const session = pr && inputs.comment === "pr" && inputs.commentMode !== "off" ? openSession(inputs, env, options) : void 0;
  const git = GitCommandManager.create(repoRoot);
  const now = clockFrom(env)();
  let config = DEFAULT_CONFIG;
  let headSha;
  let checked;
  try {
    const range = await resolveCheckRange(git, event, (m) => info(m));
    for (const note of range.notes) info(note);
    headSha = range.head;
    const result2 = await runCheck({
      repoRoot,
      git,
      base: range.base,
      head: range.head,
      ...event.branch ? { branch: event.branch } : {},
      now,
      deepen: range.deepen,
      ...inputs.configFile ? { configFile: repoRelativeConfig(repoRoot, inputs.configFile) } : {},
      onConfig: (loaded) => {
        config = loaded;
      },
      needsHistorySince: historyFetcher(
        git,
        (m) => info(m),
        (m) => warning(m)
      )
    });
    checked = { head: range.head, result: asInvoked(result2, await programAt(git, range.head)) };
  } catch (error2) {
    git.close();
    if (!(error2 instanceof InputError)) throw error2;
    await reportUnreadable(error2, { inputs, event, env, options, repoRoot, config, mode, session, headSha });
    return;
  }
  const { result } = checked;
  let warningsBefore = 0;
  if (packageFolder !== "" && !listsWorkspace(config.workspaces, packageFolder)) {
    warningsBefore++;
    warning(
      `working-directory ${packageFolder} has a handoff registry or config of its own, but the root config's "workspaces" does not list it, so its tasks were not checked: add "${packageFolder}" to "workspaces" in the root config.`
    );
  }
  let waiverLabel;
  let gathered;
  try {
    waiverLabel = result.stale ? await findWaiver(inputs, event, config, env, options) : void 0;
    gathered = await gatherCommentInput({
      repoRoot,
      git,
      config,
      result,
      mode,
      now,
      ...inputs.testReports.length > 0 ? { tests: inputs.testReports } : {},
      ...inputs.coverage ? { coverage: inputs.coverage } : {},
      ...pr ? {
        headRepository: { serverUrl: event.serverUrl, fullName: pr.headRepoFullName, branch: pr.headRef }
      } : {},
      ...waiverLabel !== void 0 ? { waiverLabel } : {},
      headSha: checked.head
    });
  } finally {
    git.close();
  }
  for (const warning2 of gathered.warnings) warning(formatReportWarning(warning2));
  warningsBefore += gathered.warnings.length;
  for (const note of gathered.notes) info(note);
  const comment = {
    ...gathered.input,
    repository: { serverUrl: event.serverUrl, fullName: `${event.owner}/${event.repo}` },
    ...inputs.commentId !== void 0 ? { commentId: inputs.commentId } : {}
  };
  setCheckOutputs(result);
  setOutput("waived", waiverLabel === void 0 ? "false" : "true");
  annotate(
    result,
    config,
    repoRoot,
    inputs,
    env,
    mode === "block" && waiverLabel === void 0,
    warningsBefore
  );
  await writeSummary(renderStickyComment({ ...comment, limit: SUMMARY_LIMIT, asSummary: true }));
  setOutput("comment-url", await publishComment(inputs, event, config, comment, env, options, session));
  const tasksOf = (verdicts) => [
    ...new Map(verdicts.map((v) => [`${v.workspace ?? ""}\0${v.taskId}`, v.taskId])).values()
  ];
  const stale = tasksOf(result.verdicts.filter((v) => !v.fresh));
  if (stale.length === 0) {
    const all = tasksOf(result.verdicts).length;
    info(all === 0 ? "No active tasks." : `All ${all} active task(s) have a fresh handoff.`);
    return;
  }
  const named = stale.slice(0, NAMED_IN_VERDICT);
  const more = stale.length > named.length ? ` and ${stale.length - named.length} more (\`handoff check\` lists each)` : "";
  const summary2 = `${stale.length} active task(s) need a fresh handoff: ${named.join(", ")}${more}`;
  if (waiverLabel !== void 0) notice(`${summary2}; the \`${waiverLabel}\` label waives the check.`);
  else if (mode === "warn" && inputs.mode !== "warn") {
    warning(`${summary2} (a draft pull request with draft-pr: warn, so the check passes).`);
  } else if (mode === "warn") warning(`${summary2} (mode: warn, so the check passes).`);
  else setFailed(`${summary2}. Run the fix shown for each, commit and push.`);
}
async function programAt(git, commit) {
  const read = (await revisionSource(git, commit).readMany(["package.json"])).get("package.json");
  return read?.kind === "text" ? programOfProject(manifestOf(read.text)) : "handoff";
}
async function reportUnreadable(error2, context) {
  const { inputs, event, env, options, repoRoot, config, mode, session, headSha } = context;
  const message = formatInputError(error2);
  const file = error2.location.file;
  error(message, {
    title: UNCHECKED_TITLE,
    // Only a file of the repository can carry an annotation (a link's target may name one outside it).
    ...file !== void 0 && isRepositoryPath(file) ? {
      file: workspacePath(env, inputs, repoRoot, file),
      ...error2.location.line !== void 0 ? { startLine: error2.location.line } : {}
    } : {}
  });
  process.exitCode = ExitCode.Failure;
  const pr = event.pullRequest;
  const comment = {
    result: { verdicts: [], stale: true, notes: [] },
    mode,
    resumes: [],
    newHandoffFiles: [],
    unreadable: { message, ...file !== void 0 ? { file } : {} },
    repository: { serverUrl: event.serverUrl, fullName: `${event.owner}/${event.repo}` },
    ...inputs.commentId !== void 0 ? { commentId: inputs.commentId } : {},
    ...headSha !== void 0 ? { headSha } : {}
  };
  await writeSummary(renderStickyComment({ ...comment, asSummary: true }));
  const commented = pr && inputs.comment === "pr" && config.comment.enabled;
  setOutput(
    "comment-url",
    commented ? await syncComment(
      inputs,
      event,
      pr.number,
      comment,
      () => session ?? openSession(inputs, env, options)
    ) : ""
  );
}
var NAMED_IN_VERDICT = 20;
var STALE_TASKS_MAX_BYTES = 512 * 1024;
function setCheckOutputs(result) {
  setOutput("stale", result.stale ? "true" : "false");
  const entries = result.verdicts.filter((v) => !v.fresh).map((v) => ({
    task: v.taskId,
    agent: v.agent,
    reasons: v.problems.map((p) => p.reason),
    ...v.handoffPath ? { file: v.handoffPath } : {},
    commits: v.problems.flatMap((p) => p.commits ?? [])
  }));
  let bytes = 2;
  let kept = 0;
  for (const entry of entries) {
    bytes += Buffer.byteLength(JSON.stringify(entry)) + 1;
    if (bytes > STALE_TASKS_MAX_BYTES) break;
    kept++;
  }
  setOutput("stale-tasks", JSON.stringify(entries.slice(0, kept)));
  if (kept < entries.length) {
    warning(
      `The stale-tasks output lists ${kept} of the ${entries.length} stale handoffs (an entry per agent on a stale task): GitHub keeps at most 1 MB of a job's outputs. \`handoff check\` lists every one.`
    );
  }
}
function annotate(result, config, repoRoot, inputs, env, asErrors, warningsBefore) {
  const annotateWith = asErrors ? error : warning;
  const slots = ANNOTATIONS_SHOWN - 1 - (asErrors ? 0 : warningsBefore);
  const { shown, leftOut } = shownAnnotations(annotationsFor(result.verdicts, config.registry), slots);
  for (const annotation of shown) {
    annotateWith(annotation.message, {
      title: annotation.title,
      file: workspacePath(env, inputs, repoRoot, annotation.file),
      ...annotation.line !== void 0 ? { startLine: annotation.line } : {}
    });
  }
  if (leftOut > 0) {
    notice(
      `${leftOut} more annotation(s) of handoff problems not printed: GitHub shows ${ANNOTATIONS_SHOWN} of a kind per step. The job summary lists every stale task.`
    );
  }
}
function workspacePath(env, inputs, repoRoot, file) {
  return relative2(env.GITHUB_WORKSPACE || inputs.workingDirectory, join11(repoRoot, file));
}
async function writeSummary(markdown) {
  try {
    await summary.addRaw(markdown).write({ overwrite: false });
  } catch (error2) {
    debug(`No job summary written: ${error2 instanceof Error ? error2.message : String(error2)}`);
  }
}
async function findWaiver(inputs, event, config, env, options) {
  const label = config.comment.waiverLabel;
  const number = event.pullRequest?.number ?? event.queuedPullRequest;
  if (number === void 0 || !label) return void 0;
  const carries = (labels) => labels.some((name) => sameLabel(name, label));
  if (carries(event.pullRequest?.labels ?? [])) return label;
  if (!inputs.githubToken) return void 0;
  const github = await import("./action/github-MLKSWYYP.js");
  try {
    const labels = await github.listPullRequestLabels(client(github, inputs, env, options), {
      owner: event.owner,
      repo: event.repo,
      number
    });
    return carries(labels) ? label : void 0;
  } catch (error2) {
    warning(`Could not read the labels of #${number}: ${github.describeError(error2)}`);
    return void 0;
  }
}
function sameLabel(a, b) {
  return a.toLowerCase() === b.toLowerCase();
}
async function publishComment(inputs, event, config, comment, env, options, session) {
  const pr = event.pullRequest;
  if (!pr || inputs.comment === "off" || !config.comment.enabled) return "";
  if (inputs.comment === "artifact") {
    const { result, mode, resumes, newHandoffFiles: newHandoffFiles2, waiverLabel } = comment;
    writeCommentArtifact(inputs.artifactDir, {
      pullRequest: pr.number,
      headSha: pr.headSha,
      comment: {
        result,
        mode,
        resumes,
        newHandoffFiles: newHandoffFiles2,
        ...waiverLabel !== void 0 ? { waiverLabel } : {}
      }
    });
    setOutput("comment-artifact", inputs.artifactDir);
    info(`Wrote the comment for #${pr.number} to ${inputs.artifactDir} for the workflow_run to post.`);
    return "";
  }
  return await syncComment(
    inputs,
    event,
    pr.number,
    comment,
    () => session ?? openSession(inputs, env, options)
  );
}
async function syncComment(inputs, event, prNumber, comment, session) {
  const plan = planComment({
    mode: inputs.commentMode,
    whenFresh: inputs.commentWhenFresh,
    stale: comment.result.stale
  });
  if (plan === "none") return "";
  const { github, octokit, login: asked } = await session();
  try {
    const login = await asked;
    const synced = await github.syncStickyComment(
      octokit,
      { owner: event.owner, repo: event.repo, number: prNumber },
      {
        plan,
        body: renderStickyComment(comment),
        login,
        ...inputs.commentId !== void 0 ? { commentId: inputs.commentId } : {}
      }
    );
    for (const foreign of synced.foreign) {
      warning(
        `Comment ${foreign.id} on #${prNumber} carries the Handoff Guard marker but was written by ${foreign.login}, not ${login}: left alone.`
      );
    }
    if (synced.visibilityFailed) {
      warning(
        `The sticky comment on #${prNumber} shows this run's verdict, but ${synced.visibilityFailed} (comment-when-fresh: ${inputs.commentWhenFresh}); the next run tries again.`
      );
    }
    const duplicates = synced.deleted ? ` (${synced.deleted} duplicate(s) removed)` : "";
    info(
      synced.action === "none" ? `No sticky comment on #${prNumber} (comment-mode: ${inputs.commentMode}, comment-when-fresh: ${inputs.commentWhenFresh})${duplicates}` : `Sticky comment ${synced.action}${synced.url ? `: ${synced.url}` : ""}${duplicates}`
    );
    return synced.url;
  } catch (error2) {
    if (github.isPermissionDenied(error2)) {
      notice(
        `The token cannot comment on #${prNumber} (${github.describeError(error2)}), as for a pull request from a fork. The verdict and the job summary stand; to comment on fork PRs see "Fork mode" in handoff-guard's docs/action.md.`
      );
    } else {
      warning(`Could not update the sticky comment on #${prNumber}: ${github.describeError(error2)}`);
    }
    return "";
  }
}
async function postFromArtifact(inputs, event, env, options) {
  const dir = inputs.postCommentFrom;
  const artifact = readCommentArtifact(dir);
  if (event.name !== "workflow_run" || !event.workflowRunHeadSha) {
    throw new InputError(
      `\`post-comment-from\` is for a workflow_run workflow, but this run was triggered by ${event.name}`,
      {},
      "input/post-comment-from"
    );
  }
  if (event.workflowRunHeadSha !== artifact.headSha) {
    throw new InputError(
      `the artifact is for ${artifact.headSha.slice(0, 7)}, but the triggering run checked ${event.workflowRunHeadSha.slice(0, 7)}`,
      { file: dir },
      "artifact/head-sha"
    );
  }
  setOutput("comment-url", "");
  const session = openSession(inputs, env, options);
  const { github, octokit } = await session;
  const issue2 = { owner: event.owner, repo: event.repo, number: artifact.pullRequest };
  const head = await github.pullRequestHead(octokit, issue2);
  if (head.sha !== artifact.headSha) {
    notice(
      `#${artifact.pullRequest} is now at ${head.sha.slice(0, 7)}, not ${artifact.headSha.slice(0, 7)}: not posting an outdated comment.`
    );
    return;
  }
  const comment = {
    ...artifact.comment,
    headSha: artifact.headSha,
    repository: { serverUrl: event.serverUrl, fullName: `${event.owner}/${event.repo}` },
    ...head.repoFullName ? { headRepository: { serverUrl: event.serverUrl, fullName: head.repoFullName, branch: head.ref } } : {},
    ...inputs.commentId !== void 0 ? { commentId: inputs.commentId } : {}
  };
  setOutput(
    "comment-url",
    await syncComment(inputs, event, artifact.pullRequest, comment, () => session)
  );
}
async function openSession(inputs, env, options) {
  const github = await import("./action/github-MLKSWYYP.js");
  const octokit = client(github, inputs, env, options);
  const login = github.tokenLogin(octokit, (m) => info(m));
  login.catch(() => {
  });
  return { github, octokit, login };
}
function client(github, inputs, env, options) {
  const retryAfter = milliseconds(env.HANDOFF_GUARD_RETRY_AFTER_MS);
  const requestTimeout = milliseconds(env.HANDOFF_GUARD_REQUEST_TIMEOUT_MS);
  return github.createGitHubClient(inputs.githubToken, {
    ...env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {},
    ...retryAfter !== void 0 ? { retryAfterBaseMs: retryAfter } : {},
    ...requestTimeout ? { requestTimeoutMs: requestTimeout } : {},
    ...options.deadline ? { deadline: options.deadline } : {},
    ...options.deadlineAt !== void 0 ? { deadlineAt: options.deadlineAt } : {},
    log: (message) => info(message)
  });
}
function milliseconds(value) {
  if (!value || !/^\d{1,9}$/.test(value.trim())) return void 0;
  return Number(value.trim());
}

// src/action/deadline.ts
var DEFAULT_DEADLINE_MS = 8 * 6e4;
var GRACE_MS = 5e3;
function startDeadline(env, exit = (code) => process.exit(code)) {
  const ms = milliseconds(env.HANDOFF_GUARD_DEADLINE_MS) || DEFAULT_DEADLINE_MS;
  const controller = new AbortController();
  let grace;
  const timer = setTimeout(() => {
    warning(`Handoff Guard reached its deadline (${seconds(ms)}): stopping the requests still waiting.`);
    controller.abort(new DOMException(`the run's deadline of ${seconds(ms)} was reached`, "TimeoutError"));
    grace = setTimeout(() => {
      setFailed(
        `Handoff Guard did not finish within its deadline of ${seconds(ms)} (a request or git command never answered).`
      );
      exit(1);
    }, GRACE_MS);
    grace.unref();
  }, ms);
  timer.unref();
  return {
    signal: controller.signal,
    at: Date.now() + ms,
    clear() {
      clearTimeout(timer);
      if (grace) clearTimeout(grace);
    }
  };
}
function seconds(ms) {
  return `${Math.round(ms / 100) / 10} s`;
}

// src/action/main.ts
var deadline = startDeadline(process.env);
await run(process.env, { deadline: deadline.signal, deadlineAt: deadline.at });
deadline.clear();
if (deadline.signal.aborted) process.exit();

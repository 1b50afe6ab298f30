#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  findRepoRoot
} from "./chunks/chunk-WV5WTJR3.js";
import {
  gatherCommentInput
} from "./chunks/chunk-XHQKTTA4.js";
import {
  ensureMergeBase,
  runCheck
} from "./chunks/chunk-YMJ7H4UX.js";
import "./chunks/chunk-PJLGDMRQ.js";
import {
  formatReportWarning
} from "./chunks/chunk-LL7VXXMB.js";
import "./chunks/chunk-CJFWWTUB.js";
import "./chunks/chunk-CPRD4K3H.js";
import {
  GitCommandManager
} from "./chunks/chunk-WM7HWT35.js";
import "./chunks/chunk-RUECQRZF.js";
import {
  require_tunnel,
  require_undici
} from "./chunks/chunk-4YHEH2ZP.js";
import {
  GITHUB_COMMENT_LIMIT,
  isStickyComment,
  renderStickyComment
} from "./chunks/chunk-TGTOV5CI.js";
import "./chunks/chunk-6Z6TTFVF.js";
import "./chunks/chunk-YN7EACLT.js";
import {
  clockFrom
} from "./chunks/chunk-MATBB7BT.js";
import "./chunks/chunk-Y3SMQR7G.js";
import "./chunks/chunk-NLFNNUI7.js";
import {
  DEFAULT_CONFIG
} from "./chunks/chunk-OFRVZ7MX.js";
import {
  InputError,
  formatInputError
} from "./chunks/chunk-AVNUWBDK.js";
import "./chunks/chunk-YGKEW4RE.js";
import "./chunks/chunk-RNIJDUBG.js";
import "./chunks/chunk-LDRPVFWU.js";
import "./chunks/chunk-AV3RITBJ.js";
import {
  __toESM
} from "./chunks/chunk-MWPPMQVD.js";

// src/action/run.ts
import { relative as relative2 } from "node:path";

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
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
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
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
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

// src/action/artifact.ts
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var COMMENT_FILE = "comment.md";
var PULL_REQUEST_FILE = "pull-request.json";
function writeCommentArtifact(dir, artifact) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, COMMENT_FILE), artifact.body);
  writeFileSync(
    join(dir, PULL_REQUEST_FILE),
    `${JSON.stringify({ number: artifact.pullRequest, headSha: artifact.headSha }, null, 2)}
`
  );
}
function readCommentArtifact(dir) {
  const commentPath = join(dir, COMMENT_FILE);
  const prPath = join(dir, PULL_REQUEST_FILE);
  const body = readBounded(commentPath, GITHUB_COMMENT_LIMIT);
  if (!isStickyComment(body)) {
    throw new InputError(
      "does not start with the handoff-guard marker",
      { file: commentPath },
      "artifact/marker"
    );
  }
  let parsed;
  try {
    parsed = JSON.parse(readBounded(prPath, 4096));
  } catch (error2) {
    if (error2 instanceof InputError) throw error2;
    throw new InputError("is not valid JSON", { file: prPath }, "artifact/json");
  }
  const { number, headSha } = typeof parsed === "object" && parsed !== null ? parsed : {};
  if (typeof number !== "number" || !Number.isInteger(number) || number <= 0) {
    throw new InputError('"number" must be a positive integer', { file: prPath }, "artifact/pull-request");
  }
  if (typeof headSha !== "string" || !/^[0-9a-f]{40}$/.test(headSha)) {
    throw new InputError(
      '"headSha" must be a 40-character commit sha',
      { file: prPath },
      "artifact/pull-request"
    );
  }
  return { pullRequest: number, headSha, body };
}
function readBounded(path, maxBytes) {
  const stat2 = statSync(path, { throwIfNoEntry: false });
  if (!stat2?.isFile()) {
    throw new InputError("is missing from the downloaded artifact", { file: path }, "artifact/missing");
  }
  if (stat2.size > maxBytes) {
    throw new InputError(`is larger than ${maxBytes} bytes`, { file: path }, "artifact/too-large");
  }
  return readFileSync(path, "utf8");
}

// src/action/config.ts
import { isAbsolute, relative } from "node:path";
function repoRelativeConfig(repoRoot, configFile) {
  const rel = (isAbsolute(configFile) ? relative(repoRoot, configFile) : configFile).split("\\").join("/");
  if (rel === "" || rel === ".." || rel.startsWith("../") || isAbsolute(rel)) {
    throw new InputError(
      `the config file ${configFile} is outside the repository`,
      { file: configFile },
      "path/escapes-repo"
    );
  }
  return rel;
}

// src/action/event.ts
import { readFileSync as readFileSync2 } from "node:fs";
var ZERO_SHA = /^0+$/;
function isZeroSha(sha) {
  return !sha || ZERO_SHA.test(sha);
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
  const defaultBranch = str(repository?.default_branch);
  if (defaultBranch) event.defaultBranch = defaultBranch;
  const pr = record(payload.pull_request);
  if (pr && (name === "pull_request" || name === "pull_request_target")) {
    const base = record(pr.base);
    const head = record(pr.head);
    const number = Number(pr.number ?? payload.number);
    const baseSha = str(base?.sha);
    const headSha = str(head?.sha);
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
      labels: (Array.isArray(pr.labels) ? pr.labels : []).map((label) => str(record(label)?.name)).filter((label) => label !== void 0)
    };
  }
  if (name === "push") {
    event.push = {
      before: str(payload.before) ?? "",
      after: str(payload.after) ?? event.sha,
      ref: str(payload.ref) ?? env.GITHUB_REF ?? ""
    };
  }
  const run2 = record(payload.workflow_run);
  const runSha = str(run2?.head_sha);
  if (runSha) event.workflowRunHeadSha = runSha;
  return event;
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
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function str(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}

// src/action/inputs.ts
import { statSync as statSync2 } from "node:fs";
import { isAbsolute as isAbsolute2, join as join2, resolve } from "node:path";
function getInputs(env = process.env, read = (name) => getInput(name)) {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const workingDirectory = resolve(workspace, read("working-directory") || ".");
  requireDirectory("working-directory", workingDirectory);
  const mode = oneOf("mode", read("mode") || "block", ["block", "warn"]);
  const comment = commentMode(read("comment") || "true");
  const configInput = read("config");
  const configFile = configInput ? resolve(workingDirectory, configInput) : void 0;
  if (configFile) requireFile("config", configFile);
  const coverage = read("coverage") || void 0;
  if (coverage && isAbsolute2(coverage)) {
    throw inputError("coverage", `"${coverage}" must be a path inside the repository, not an absolute path`);
  }
  const testReports = lines(read("test-reports"));
  for (const pattern of testReports) {
    if (isAbsolute2(pattern)) {
      throw inputError(
        "test-reports",
        `"${pattern}" must be a glob inside the repository, not an absolute path`
      );
    }
  }
  const artifactInput = read("artifact-dir");
  const artifactDir = artifactInput ? resolve(workingDirectory, artifactInput) : join2(env.RUNNER_TEMP || workingDirectory, "handoff-guard-comment");
  const postInput = read("post-comment-from");
  const postCommentFrom = postInput ? resolve(workingDirectory, postInput) : void 0;
  if (postCommentFrom) requireDirectory("post-comment-from", postCommentFrom);
  const githubToken = read("github-token");
  if (!githubToken && (comment === "on" || postCommentFrom)) {
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
    ...configFile ? { configFile } : {},
    testReports,
    ...coverage ? { coverage } : {},
    workingDirectory,
    artifactDir,
    ...postCommentFrom ? { postCommentFrom } : {}
  };
}
function commentMode(value) {
  const normalised = value.trim().toLowerCase();
  if (normalised === "true") return "on";
  if (normalised === "false") return "off";
  if (normalised === "artifact") return "artifact";
  throw inputError("comment", `"${value}" is not one of: true, false, artifact`);
}
function oneOf(name, value, allowed) {
  const trimmed = value.trim();
  if (allowed.includes(trimmed)) return trimmed;
  throw inputError(name, `"${value}" is not one of: ${allowed.join(", ")}`);
}
function lines(value) {
  return value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
}
function requireDirectory(name, path) {
  const stat2 = statSync2(path, { throwIfNoEntry: false });
  if (!stat2?.isDirectory()) throw inputError(name, `"${path}" is not a directory`);
}
function requireFile(name, path) {
  const stat2 = statSync2(path, { throwIfNoEntry: false });
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
    notes.push(`pull request #${event.pullRequest.number}: base ${short(base.rev)}..head ${short(head.rev)}`);
  } else if (event.push && !isZeroSha(event.push.before) && !isZeroSha(event.push.after)) {
    base = bySha(event.push.before);
    head = bySha(event.push.after);
    notes.push(`push: ${short(base.rev)}..${short(head.rev)}`);
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
    notes.push(`${event.name}: the default branch ${event.defaultBranch}..${short(head.rev)}`);
  }
  const shallow = await git.isShallow();
  const fetched = await fetchMissing(git, [base, head], shallow);
  if (fetched.length > 0) log(`Fetched ${fetched.join(", ")}`);
  const mergeBase = await ensureMergeBase(git, base.rev, head.rev, {
    refspecs: [base.refspec, head.refspec].filter((spec) => spec !== "HEAD"),
    log
  });
  if (shallow) notes.push(`shallow checkout: deepened until the merge base ${short(mergeBase)} was fetched`);
  return { base: base.rev, head: head.rev, notes };
}
async function fetchMissing(git, ends, shallow) {
  const missing = [];
  for (const end of ends) {
    if (end.rev === "HEAD") continue;
    if (end.refspec !== end.rev || !await hasCommit(git, end.rev)) missing.push(end);
  }
  if (missing.length === 0) return [];
  const specs = missing.map((end) => end.refspec);
  try {
    await git.exec(["fetch", "--no-tags", "--quiet", ...shallow ? ["--depth=1"] : [], REMOTE, ...specs]);
  } catch (error2) {
    const reason = error2 instanceof Error ? error2.message : String(error2);
    throw new InputError(
      `cannot fetch ${specs.join(" and ")} from ${REMOTE}, so the range to check cannot be read: ${reason}`,
      {},
      "git/range-unreadable"
    );
  }
  return missing.map((end) => short(end.rev));
}
async function hasCommit(git, rev) {
  try {
    await git.revParse(rev);
    return true;
  } catch (error2) {
    if (error2 instanceof InputError && error2.rule === "git/unknown-revision") return false;
    throw error2;
  }
}
function bySha(sha) {
  return { rev: sha, refspec: sha };
}
function short(rev) {
  return /^[0-9a-f]{40}$/.test(rev) ? rev.slice(0, 7) : rev;
}

// src/action/run.ts
var SUMMARY_LIMIT = 1e6;
async function run(env = process.env) {
  try {
    const inputs = getInputs(env);
    const event = readEvent(env);
    if (inputs.postCommentFrom) await postFromArtifact(inputs, event, env);
    else await checkAndReport(inputs, event, env);
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
async function checkAndReport(inputs, event, env) {
  const repoRoot = await findRepoRoot(inputs.workingDirectory);
  const git = GitCommandManager.create(repoRoot);
  const range = await resolveCheckRange(git, event, (m) => info(m));
  for (const note of range.notes) info(note);
  const now = clockFrom(env)();
  let config = DEFAULT_CONFIG;
  const result = await runCheck({
    repoRoot,
    git,
    base: range.base,
    head: range.head,
    now,
    ...inputs.configFile ? { configFile: repoRelativeConfig(repoRoot, inputs.configFile) } : {},
    onConfig: (loaded) => {
      config = loaded;
    }
  });
  const waiverLabel = result.stale ? await findWaiver(inputs, event, config, env) : void 0;
  const pr = event.pullRequest;
  const gathered = await gatherCommentInput({
    repoRoot,
    config,
    result,
    mode: inputs.mode,
    now,
    ...inputs.testReports.length > 0 ? { tests: inputs.testReports } : {},
    ...pr ? { headRepository: { serverUrl: event.serverUrl, fullName: pr.headRepoFullName, branch: pr.headRef } } : {},
    ...waiverLabel !== void 0 ? { waiverLabel } : {},
    headSha: range.head
  });
  for (const warning2 of gathered.warnings) warning(formatReportWarning(warning2));
  for (const note of gathered.notes) info(note);
  const comment = gathered.input;
  setCheckOutputs(result);
  annotate(result, config, repoRoot, inputs, env, waiverLabel !== void 0);
  await writeSummary(renderStickyComment({ ...comment, limit: SUMMARY_LIMIT }));
  setOutput("comment-url", await publishComment(inputs, event, config, comment, env));
  const stale = result.verdicts.filter((v) => !v.fresh);
  if (stale.length === 0) {
    info(
      result.verdicts.length === 0 ? "No active tasks." : `All ${result.verdicts.length} active task(s) have a fresh handoff.`
    );
    return;
  }
  const summary2 = `${stale.length} active task(s) need a fresh handoff: ${stale.map((v) => v.taskId).join(", ")}`;
  if (waiverLabel !== void 0) notice(`${summary2}; the \`${waiverLabel}\` label waives the check.`);
  else if (inputs.mode === "warn") warning(`${summary2} (mode: warn, so the check passes).`);
  else setFailed(`${summary2}. Run the fix shown for each, commit and push.`);
}
function setCheckOutputs(result) {
  setOutput("stale", result.stale ? "true" : "false");
  setOutput(
    "stale-tasks",
    JSON.stringify(
      result.verdicts.filter((v) => !v.fresh).map((v) => ({
        task: v.taskId,
        agent: v.agent,
        reasons: v.problems.map((p) => p.reason),
        ...v.handoffPath ? { file: v.handoffPath } : {}
      }))
    )
  );
}
function annotate(result, config, repoRoot, inputs, env, waived) {
  const workspace = env.GITHUB_WORKSPACE || inputs.workingDirectory;
  const annotateWith = inputs.mode === "block" && !waived ? error : warning;
  for (const verdict of result.verdicts) {
    for (const problem of verdict.problems) {
      const file = relative2(workspace, `${repoRoot}/${verdict.handoffPath ?? config.registry}`);
      annotateWith(`${problem.detail} Fix: ${problem.fix}`, {
        title: `Handoff ${problem.reason}: ${verdict.taskId}`,
        file
      });
    }
  }
}
async function writeSummary(markdown) {
  try {
    await summary.addRaw(markdown).write({ overwrite: false });
  } catch (error2) {
    debug(`No job summary written: ${error2 instanceof Error ? error2.message : String(error2)}`);
  }
}
async function findWaiver(inputs, event, config, env) {
  const pr = event.pullRequest;
  const label = config.comment.waiverLabel;
  if (!pr || !label) return void 0;
  if (pr.labels.includes(label)) return label;
  if (!inputs.githubToken) return void 0;
  try {
    const github = await import("./chunks/github-GGR6VN7H.js");
    const labels = await github.listPullRequestLabels(client(github, inputs, env), {
      owner: event.owner,
      repo: event.repo,
      number: pr.number
    });
    return labels.includes(label) ? label : void 0;
  } catch (error2) {
    warning(`Could not read the labels of #${pr.number}: ${errorMessage(error2)}`);
    return void 0;
  }
}
async function publishComment(inputs, event, config, comment, env) {
  const pr = event.pullRequest;
  if (!pr || inputs.comment === "off" || !config.comment.enabled) return "";
  const body = renderStickyComment(comment);
  if (inputs.comment === "artifact") {
    writeCommentArtifact(inputs.artifactDir, { pullRequest: pr.number, headSha: pr.headSha, body });
    setOutput("comment-artifact", inputs.artifactDir);
    info(`Wrote the comment for #${pr.number} to ${inputs.artifactDir} for the workflow_run to post.`);
    return "";
  }
  const github = await import("./chunks/github-GGR6VN7H.js");
  try {
    const posted = await github.upsertStickyComment(
      client(github, inputs, env),
      { owner: event.owner, repo: event.repo, number: pr.number },
      body
    );
    info(
      `Sticky comment ${posted.action}: ${posted.url}${posted.deleted ? ` (${posted.deleted} duplicate(s) removed)` : ""}`
    );
    return posted.url;
  } catch (error2) {
    if (github.isPermissionDenied(error2)) {
      notice(
        `The token cannot comment on #${pr.number} (${errorMessage(error2)}), as for a pull request from a fork. The verdict and the job summary stand; to comment on fork PRs see "Fork mode" in handoff-guard's docs/action.md.`
      );
    } else {
      warning(`Could not post the sticky comment on #${pr.number}: ${errorMessage(error2)}`);
    }
    return "";
  }
}
async function postFromArtifact(inputs, event, env) {
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
  const github = await import("./chunks/github-GGR6VN7H.js");
  const octokit = client(github, inputs, env);
  const issue2 = { owner: event.owner, repo: event.repo, number: artifact.pullRequest };
  const prHead = await github.pullRequestHeadSha(octokit, issue2);
  if (prHead !== artifact.headSha) {
    notice(
      `#${artifact.pullRequest} is now at ${prHead.slice(0, 7)}, not ${artifact.headSha.slice(0, 7)}: not posting an outdated comment.`
    );
    setOutput("comment-url", "");
    return;
  }
  const posted = await github.upsertStickyComment(octokit, issue2, artifact.body);
  info(`Sticky comment ${posted.action}: ${posted.url}`);
  setOutput("comment-url", posted.url);
}
function client(github, inputs, env) {
  const retryAfter = Number(env.HANDOFF_GUARD_RETRY_AFTER_MS);
  return github.createGitHubClient(inputs.githubToken, {
    ...env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {},
    ...Number.isFinite(retryAfter) && retryAfter >= 0 && env.HANDOFF_GUARD_RETRY_AFTER_MS ? { retryAfterBaseMs: retryAfter } : {},
    log: (message) => info(message)
  });
}
function errorMessage(error2) {
  const status = typeof error2 === "object" && error2 !== null ? error2.status : void 0;
  const message = error2 instanceof Error ? error2.message : String(error2);
  return status ? `HTTP ${status}: ${message}` : message;
}

// src/action/main.ts
await run();

#!/usr/bin/env node
"use strict";
var __hgImport = typeof __hgImportModule === "function" ? __hgImportModule : (specifier) => import(specifier);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/generated/build-id.ts
var BUILD_ID;
var init_build_id = __esm({
  "src/generated/build-id.ts"() {
    "use strict";
    BUILD_ID = "fe365072ee5a91e0";
  }
});

// src/core/version.ts
var PACKAGE_VERSION, CACHE_STAMP;
var init_version = __esm({
  "src/core/version.ts"() {
    "use strict";
    init_build_id();
    PACKAGE_VERSION = "0.1.0";
    CACHE_STAMP = `${PACKAGE_VERSION}+${BUILD_ID}`;
  }
});

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports2, module2) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors2 = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module2.exports = createColors2();
    module2.exports.createColors = createColors2;
  }
});

// src/cli/terminal.ts
var terminal_exports = {};
__export(terminal_exports, {
  styleLine: () => styleLine,
  styleText: () => styleText,
  terminalContext: () => terminalContext
});
function styleLine(line, c) {
  if (line === "") return line;
  for (const { pattern, style } of LINE_STYLES) {
    const match = pattern.exec(line);
    if (match) return style(c, match.slice(1));
  }
  return line;
}
function styleText(text, c) {
  return text.split("\n").map((line) => styleLine(line, c)).join("\n");
}
function terminalContext(ctx, options, manners = streamManners(ctx, options)) {
  const held = [];
  const wrap = (stream, colour, hold) => {
    if (!colour && !hold) return stream;
    const colours = (0, import_picocolors.createColors)(colour);
    return {
      isTTY: stream.isTTY,
      write: (text) => {
        const out = colour ? styleText(text, colours) : text;
        if (hold) held.push({ stream, text: out });
        else stream.write(out);
        return true;
      }
    };
  };
  const wrapped = withVerbosity(ctx, options.verbosity);
  wrapped.stdout = wrap(ctx.stdout, manners.stdout.colour, manners.stdout.hold);
  wrapped.stderr = wrap(ctx.stderr, manners.stderr.colour, manners.stderr.hold);
  return {
    ctx: wrapped,
    finish: (succeeded) => {
      if (!succeeded) for (const { stream, text } of held) stream.write(text);
      held.length = 0;
    }
  };
}
var import_picocolors, LINE_STYLES;
var init_terminal = __esm({
  "src/cli/terminal.ts"() {
    "use strict";
    import_picocolors = __toESM(require_picocolors(), 1);
    init_terminal_manners();
    LINE_STYLES = [
      { pattern: /^(!!! .*|handoff: internal error.*)$/, style: (c, [line]) => c.bold(c.red(line ?? "")) },
      { pattern: /^(\u2717 .*|.*: CONFLICT: .*)$/, style: (c, [line]) => c.red(line ?? "") },
      { pattern: /^(\u2713 .*)$/, style: (c, [line]) => c.green(line ?? "") },
      { pattern: /^(\s+fix: )(.*)$/, style: (c, [lead, fix]) => `${lead}${c.cyan(fix ?? "")}` },
      { pattern: /^((?:note|hint): .*)$/, style: (c, [line]) => c.dim(line ?? "") },
      { pattern: /^((?:warning: |handoff: warning).*)$/, style: (c, [line]) => c.yellow(line ?? "") },
      {
        pattern: /^(handoff check: )(.*)$/,
        style: (c, [lead, rest = ""]) => `${c.bold(lead ?? "")}${/ need (?:a handoff update|an update)\b/.test(rest) ? c.yellow(rest) : c.green(rest)}`
      },
      {
        pattern: /^(created|installed|added|added to|set) (.*)$/,
        style: (c, [verb, rest]) => `${c.green(verb ?? "")} ${rest}`
      },
      { pattern: /^(exists {2}.*)$/, style: (c, [line]) => c.dim(line ?? "") },
      // `file:line:column: message [rule]`, the one format of bad input, alone or after `handoff: `.
      {
        pattern: /^(handoff: )?(\S+?:\d+(?::\d+)?: )(.*?)( \[[\w/.-]+\])?$/,
        style: (c, [lead, where, message, rule]) => `${lead ? c.red(lead) : ""}${c.bold(where ?? "")}${message}${rule ? c.dim(rule) : ""}`
      },
      { pattern: /^(handoff: .*)$/, style: (c, [line]) => c.red(line ?? "") }
    ];
  }
});

// src/cli/terminal-manners.ts
function colourWanted(env, stream) {
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  const force = env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  return stream.isTTY === true && env.TERM !== "dumb";
}
function commandTerminalOptions(command, format, verbosity) {
  const plainText = format === void 0 || format === "text";
  return {
    verbosity,
    stdoutIsReport: REPORT_COMMANDS.has(command) && plainText,
    colourStdout: !PLAIN_STDOUT_COMMANDS.has(command) && plainText
  };
}
function streamManners(ctx, options) {
  const quiet = options.verbosity === "quiet";
  return {
    stdout: {
      colour: options.colourStdout && colourWanted(ctx.env, ctx.stdout),
      hold: quiet && options.stdoutIsReport
    },
    stderr: { colour: colourWanted(ctx.env, ctx.stderr), hold: quiet }
  };
}
function mannersApply({ stdout, stderr }) {
  return stdout.colour || stdout.hold || stderr.colour || stderr.hold;
}
function withVerbosity(ctx, verbosity) {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(ctx));
  copy.verbosity = verbosity;
  return copy;
}
async function terminalFor(ctx, options) {
  const manners = streamManners(ctx, options);
  if (!mannersApply(manners)) return { ctx: withVerbosity(ctx, options.verbosity), finish: () => void 0 };
  const { terminalContext: terminalContext2 } = await Promise.resolve().then(() => (init_terminal(), terminal_exports));
  return terminalContext2(ctx, options, manners);
}
var REPORT_COMMANDS, PLAIN_STDOUT_COMMANDS;
var init_terminal_manners = __esm({
  "src/cli/terminal-manners.ts"() {
    "use strict";
    REPORT_COMMANDS = /* @__PURE__ */ new Set(["check", "validate", "init", "merge-registry"]);
    PLAIN_STDOUT_COMMANDS = /* @__PURE__ */ new Set(["draft", "completion"]);
  }
});

// src/adapters/cache-file.ts
function regularFileBytes(file, limit, whole) {
  let fd;
  try {
    fd = (0, import_node_fs3.openSync)(file, READ_FLAGS);
  } catch {
    return void 0;
  }
  try {
    const info = (0, import_node_fs3.fstatSync)(fd);
    if (!info.isFile() || whole && info.size > limit) return void 0;
    const buffer = Buffer.allocUnsafe(Math.min(limit, info.size));
    const read = (0, import_node_fs3.readSync)(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read);
  } catch {
    return void 0;
  } finally {
    (0, import_node_fs3.closeSync)(fd);
  }
}
function readCacheFile(file, limit = CACHE_FILE_LIMIT) {
  return regularFileBytes(file, limit, true);
}
var import_node_fs3, CACHE_FILE_LIMIT, READ_FLAGS;
var init_cache_file = __esm({
  "src/adapters/cache-file.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    CACHE_FILE_LIMIT = 64 * 1024 * 1024;
    READ_FLAGS = import_node_fs3.constants.O_RDONLY | (import_node_fs3.constants.O_NONBLOCK ?? 0) | (import_node_fs3.constants.O_NOCTTY ?? 0);
  }
});

// src/cli/code-cache.ts
var code_cache_exports = {};
__export(code_cache_exports, {
  CHECKED_RUNS: () => CHECKED_RUNS,
  checkCache: () => checkCache,
  codeCacheDir: () => codeCacheDir,
  requireBundle: () => requireBundle
});
function codeCacheDir(bundle, env) {
  const setting = env.HANDOFF_CODE_CACHE?.trim();
  if (setting && OFF.has(setting.toLowerCase())) return void 0;
  if (setting) return setting;
  const parts = (0, import_node_path3.dirname)(bundle).split(import_node_path3.sep);
  const modules = parts.indexOf("node_modules");
  if (modules > 0) return [...parts.slice(0, modules + 1), ".cache", "handoff-guard"].join(import_node_path3.sep);
  const ownModules = (0, import_node_path3.join)((0, import_node_path3.dirname)((0, import_node_path3.dirname)(bundle)), "node_modules");
  return (0, import_node_fs4.existsSync)(ownModules) ? (0, import_node_path3.join)(ownModules, ".cache", "handoff-guard") : void 0;
}
function textOf(bytes) {
  return (0, import_node_buffer.isAscii)(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
}
function requireBundle(bundle, requireFromBundle, env = process.env, options = {}) {
  const fd = (0, import_node_fs4.openSync)(bundle, "r");
  let source;
  let stamp;
  try {
    const stat = (0, import_node_fs4.fstatSync)(fd);
    stamp = `${CACHE_STAMP}-${stat.size}-${Math.trunc(stat.mtimeMs)}`;
    source = textOf((0, import_node_fs4.readFileSync)(fd));
  } finally {
    (0, import_node_fs4.closeSync)(fd);
  }
  const dir = codeCacheDir(bundle, env);
  const name = `${(0, import_node_path3.basename)(bundle)}-${process.version}-${process.arch}-${pathHash(bundle)}-`;
  const cacheFile = dir && (0, import_node_path3.join)(dir, `${name}${stamp}.v8`);
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
  const script = new import_node_vm.Script(`(function (${parameters}) {${body}
})`, {
    filename: bundle,
    ...cachedData ? { cachedData } : {}
  });
  const wrapper = script.runInThisContext();
  const module2 = { exports: {} };
  wrapper.call(
    module2.exports,
    module2.exports,
    requireFromBundle,
    module2,
    bundle,
    (0, import_node_path3.dirname)(bundle),
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
  return module2.exports;
}
function checkCache(cache, make) {
  const { dir, file, name, data, checks } = cache;
  if (!countCheck(file, checks + 1)) return;
  const made = make();
  if (made.length > Math.max(data.length, sizeOf(file) - HEADER_BYTES) + GROWTH)
    writeCache(dir, file, name, checks + 1, made);
}
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
    (0, import_node_fs4.mkdirSync)(dir, { recursive: true });
    const partial = `${cacheFile}.${process.pid}.tmp`;
    const header = Buffer.alloc(HEADER_BYTES);
    header.write(MAGIC, 0, "latin1");
    header[CHECKS_AT] = checks;
    (0, import_node_fs4.writeFileSync)(partial, Buffer.concat([header, data]));
    (0, import_node_fs4.renameSync)(partial, cacheFile);
    for (const file of (0, import_node_fs4.readdirSync)(dir)) {
      if (file.startsWith(name) && (0, import_node_path3.join)(dir, file) !== cacheFile && !file.endsWith(".tmp"))
        (0, import_node_fs4.rmSync)((0, import_node_path3.join)(dir, file), { force: true });
    }
  } catch {
  }
}
function countCheck(cacheFile, checks) {
  try {
    const fd = (0, import_node_fs4.openSync)(cacheFile, "r+");
    try {
      (0, import_node_fs4.writeSync)(fd, Uint8Array.of(checks), 0, 1, CHECKS_AT);
    } finally {
      (0, import_node_fs4.closeSync)(fd);
    }
    return true;
  } catch {
    return false;
  }
}
function sizeOf(file) {
  try {
    return (0, import_node_fs4.statSync)(file).size;
  } catch {
    return 0;
  }
}
var import_node_buffer, import_node_fs4, import_node_path3, import_node_vm, OFF, CHECKED_RUNS, GROWTH, MAGIC, HEADER_BYTES, CHECKS_AT;
var init_code_cache = __esm({
  "src/cli/code-cache.ts"() {
    "use strict";
    import_node_buffer = require("node:buffer");
    import_node_fs4 = require("node:fs");
    import_node_path3 = require("node:path");
    import_node_vm = require("node:vm");
    init_cache_file();
    init_version();
    OFF = /* @__PURE__ */ new Set(["off", "0", "false", "no"]);
    CHECKED_RUNS = 6;
    GROWTH = 1024;
    MAGIC = "hgc1";
    HEADER_BYTES = 8;
    CHECKS_AT = 4;
  }
});

// command-bundle-cjs:check
var require_check = __commonJS({
  "command-bundle-cjs:check"(exports2, module2) {
    var { requireBundle: requireBundle2 } = (init_code_cache(), __toCommonJS(code_cache_exports));
    var bundle = requireBundle2(require("node:path").join(__dirname, "check.cjs"), require);
    module2.exports = bundle;
  }
});

// command-bundle-cjs:draft
var require_draft = __commonJS({
  "command-bundle-cjs:draft"(exports2, module2) {
    var { requireBundle: requireBundle2 } = (init_code_cache(), __toCommonJS(code_cache_exports));
    var bundle = requireBundle2(require("node:path").join(__dirname, "draft.cjs"), require);
    module2.exports = bundle;
  }
});

// command-bundle-cjs:hook
var require_hook = __commonJS({
  "command-bundle-cjs:hook"(exports2, module2) {
    var { requireBundle: requireBundle2 } = (init_code_cache(), __toCommonJS(code_cache_exports));
    var bundle = requireBundle2(require("node:path").join(__dirname, "hook.cjs"), require);
    module2.exports = bundle;
  }
});

// command-bundle-cjs:prime
var require_prime = __commonJS({
  "command-bundle-cjs:prime"(exports2, module2) {
    var { requireBundle: requireBundle2 } = (init_code_cache(), __toCommonJS(code_cache_exports));
    var bundle = requireBundle2(require("node:path").join(__dirname, "hook.cjs"), require);
    module2.exports = { run: bundle.run_prime };
  }
});

// command-bundle-cjs:resume
var require_resume = __commonJS({
  "command-bundle-cjs:resume"(exports2, module2) {
    var { requireBundle: requireBundle2 } = (init_code_cache(), __toCommonJS(code_cache_exports));
    var bundle = requireBundle2(require("node:path").join(__dirname, "resume.cjs"), require);
    module2.exports = bundle;
  }
});

// command-bundle-cjs:status
var require_status = __commonJS({
  "command-bundle-cjs:status"(exports2, module2) {
    var { requireBundle: requireBundle2 } = (init_code_cache(), __toCommonJS(code_cache_exports));
    var bundle = requireBundle2(require("node:path").join(__dirname, "status.cjs"), require);
    module2.exports = bundle;
  }
});

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports2) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports2) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports2.Argument = Argument2;
    exports2.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports2) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports2.Help = Help2;
    exports2.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports2) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports2.Option = Option2;
    exports2.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports2) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports2.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports2) {
    var EventEmitter = require("node:events").EventEmitter;
    var childProcess = require("node:child_process");
    var path = require("node:path");
    var fs = require("node:fs");
    var process2 = require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports2.Command = Command2;
    exports2.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports2) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports2.program = new Command2();
    exports2.createCommand = (name) => new Command2(name);
    exports2.createOption = (flags, description) => new Option2(flags, description);
    exports2.createArgument = (name, description) => new Argument2(name, description);
    exports2.Command = Command2;
    exports2.Option = Option2;
    exports2.Argument = Argument2;
    exports2.Help = Help2;
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
    exports2.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/esm.mjs
var esm_exports = {};
__export(esm_exports, {
  Argument: () => Argument,
  Command: () => Command,
  CommanderError: () => CommanderError,
  Help: () => Help,
  InvalidArgumentError: () => InvalidArgumentError,
  InvalidOptionArgumentError: () => InvalidOptionArgumentError,
  Option: () => Option,
  createArgument: () => createArgument,
  createCommand: () => createCommand,
  createOption: () => createOption,
  program: () => program
});
var import_index, program, createCommand, createArgument, createOption, CommanderError, InvalidArgumentError, InvalidOptionArgumentError, Command, Argument, Option, Help;
var init_esm = __esm({
  "node_modules/commander/esm.mjs"() {
    import_index = __toESM(require_commander(), 1);
    ({
      program,
      createCommand,
      createArgument,
      createOption,
      CommanderError,
      InvalidArgumentError,
      InvalidOptionArgumentError,
      Command: (
        // deprecated old name
        Command
      ),
      Argument,
      Option,
      Help
    } = import_index.default);
  }
});

// src/cli/context.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");

// src/adapters/clock.ts
function clockFrom(env) {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) {
    const fixed = Number(epoch) * 1e3;
    return () => new Date(fixed);
  }
  return () => /* @__PURE__ */ new Date();
}

// src/core/shell.ts
function shellWord(text) {
  if (/^[A-Za-z0-9._/@%+=:,-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
var FOR_AN_AGENT = "an agent without a terminal:";
var HANDOFF_IN_FIX = new RegExp(`(^|&& |, then |${FOR_AN_AGENT} )handoff `, "g");
var HANDOFF_IN_PROSE = /`handoff (?=[a-z])/g;
function proseWithInvocation(text, invocation2) {
  return invocation2 === "handoff" ? text : text.replace(HANDOFF_IN_PROSE, () => `\`${invocation2} `);
}
var COMMAND_AFTER = [", then ", `${FOR_AN_AGENT} `];

// src/core/errors.ts
var MAX_QUOTED_CHARS = 200;
var MAX_MESSAGE_CHARS = 2e3;
function clipText(text, max = MAX_QUOTED_CHARS) {
  const escaped = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffd]/g, shownControl);
  if (escaped.length <= max || escaped.length <= max + 40 && CUT_MARK.test(escaped)) return escaped;
  let end = max;
  const code = escaped.charCodeAt(end - 1);
  if (code >= 55296 && code <= 56319) end--;
  return `${escaped.slice(0, end)}\u2026 (${escaped.length - end} more characters)`;
}
function shownControl(c) {
  return { "\n": "\\n", "\r": "\\r", "	": "\\t" }[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
var CUT_MARK = /\u2026 \(\d+ more characters\)$/;
var LONG_QUOTED = new RegExp(`"([^"]{${MAX_QUOTED_CHARS + 1},})"`, "g");
function boundMessage(message) {
  const quotedCut = message.replace(LONG_QUOTED, (_, inner) => `"${clipText(inner)}"`);
  return clipText(quotedCut, MAX_MESSAGE_CHARS);
}
var INPUT_ERROR = /* @__PURE__ */ Symbol.for("handoff-guard/InputError");
var INTERNAL_ERROR = /* @__PURE__ */ Symbol.for("handoff-guard/InternalError");
function branded(value, brand) {
  return typeof value === "object" && value !== null && value[brand] === true;
}
var InputError = class _InputError extends Error {
  constructor(message, location = {}, rule) {
    super(boundMessage(message));
    this.location = location;
    this.rule = rule;
    this.name = "InputError";
  }
  location;
  rule;
  exitCode = 2;
  [INPUT_ERROR] = true;
  static [Symbol.hasInstance](value) {
    return branded(value, INPUT_ERROR);
  }
  /**
   * The other problems found with this one in the same file (a config with several): `validate`
   * lists them all; a command stops at the first.
   */
  more = [];
  /** The same problem with its file named `file` (as a package's, or for the reader: `ShownPath`). */
  inFile(file) {
    return new _InputError(this.message, { ...this.location, file }, this.rule);
  }
  /** This problem and the others it carries (`more`), each file named by `name` (`inFile`). */
  renamed(name) {
    const one = (error) => error.location.file === void 0 ? error : error.inFile(name(error.location.file));
    return _InputError.first([one(this), ...this.more.map(one)]);
  }
  /** The first of `problems`, carrying the rest (`more`). */
  static first(problems) {
    const [first, ...rest] = problems;
    first.more = rest;
    return first;
  }
};
var InternalError = class extends Error {
  exitCode = 3;
  [INTERNAL_ERROR] = true;
  static [Symbol.hasInstance](value) {
    return branded(value, INTERNAL_ERROR);
  }
  constructor(message, options) {
    super(boundMessage(message), options);
    this.name = "InternalError";
  }
};
function formatLocated(message, location = {}, rule) {
  const file = location.file === void 0 ? void 0 : clipText(location.file);
  const where = [file, location.line, location.column].filter((p) => p !== void 0).join(":");
  return `${where ? `${where}: ` : ""}${boundMessage(message)}${rule ? ` [${clipText(rule, 100)}]` : ""}`;
}
function formatInputError(error) {
  return formatLocated(error.message, error.location, error.rule);
}
function inputErrorReport(error) {
  const { message, rule, location } = error;
  return { kind: "input", message, ...rule === void 0 ? {} : { rule }, ...location };
}
function renderErrorJson(report, exitCode) {
  return `${JSON.stringify({ error: report, exitCode })}
`;
}
var PATH_PROBLEMS = {
  ENAMETOOLONG: "the path or one of its names is too long for the file system",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "the path is a folder, not a file",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  ELOOP: "too many symbolic links (a symlink loop?)",
  EEXIST: "the path already exists"
};
function inputErrorFromSystem(error) {
  const { code, path, syscall } = error ?? {};
  const problem = code === void 0 ? void 0 : PATH_PROBLEMS[code];
  if (problem === void 0 || typeof path !== "string") return void 0;
  const folder = /^(.*[\\/]\.git[\\/](?:.*[\\/])?handoff-guard)(?:[\\/]|$)/.exec(path)?.[1];
  const own = folder === void 0 ? "" : `; this is handoff-guard's own folder in the git dir (temporary files and caches, nothing that must be kept), made by another user (a sudo git push?): remove it as that user, e.g. sudo rm -rf ${shellWord(folder)}`;
  return new InputError(
    `cannot ${syscall ?? "use"} this path: ${problem}${own}`,
    { file: path },
    `fs/${code?.toLowerCase()}`
  );
}

// src/core/memo.ts
function memoised(limit, compute) {
  const answers = /* @__PURE__ */ new Map();
  return (text) => {
    const known = answers.get(text);
    if (known !== void 0) return known === NONE ? void 0 : known;
    const answer = compute(text);
    if (answers.size >= limit) answers.clear();
    answers.set(text, answer === void 0 ? NONE : answer);
    return answer;
  };
}
var NONE = /* @__PURE__ */ Symbol("none");

// src/core/paths.ts
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
function normalizeSegments(link) {
  const parts = [];
  for (const segment of link.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "" && segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

// src/cli/context.ts
function processContext(options = {}) {
  const direct = (fd, stream) => descriptorOutput(fd, () => guarded(stream()), options.isatty);
  const directOutput = options.directOutput && process.platform !== "win32";
  const cwd = startedIn(process.env, process.cwd());
  return {
    cwd,
    env: process.env,
    // Made on first use: creating process.stdin costs ~4 ms, and most commands never read it.
    get stdin() {
      return process.stdin;
    },
    stdinFd: 0,
    stdout: directOutput ? direct(1, () => process.stdout) : process.stdout,
    stderr: directOutput ? direct(2, () => process.stderr) : process.stderr,
    now: clockFrom(process.env),
    program: invocation(process.argv[1] ?? "", cwd, (folder) => (0, import_node_fs.existsSync)((0, import_node_path.join)(folder, "package.json")))
  };
}
function startedIn(env, cwd) {
  const typedIn = env.INIT_CWD;
  if (env.npm_command !== "exec" || typedIn === void 0 || !(0, import_node_path.isAbsolute)(typedIn)) return cwd;
  const ran = env.npm_lifecycle_script?.trim().split(/\s+/)[0]?.replace(/^['"]|['"]$/g, "");
  if (ran !== "handoff" && !ran?.endsWith("/handoff")) return cwd;
  const inside = (0, import_node_path.relative)(cwd, typedIn);
  if (inside === "" || inside.startsWith("..") || (0, import_node_path.isAbsolute)(inside)) return cwd;
  return (0, import_node_fs.existsSync)(typedIn) ? typedIn : cwd;
}
function invocation(bin, cwd, isProject) {
  const at = bin.search(/[\\/]node_modules[\\/]/);
  if (at <= 0) return "handoff";
  const project = bin.slice(0, at);
  const fromProject = (0, import_node_path.relative)(project, cwd);
  if (!fromProject.startsWith("..") && !(0, import_node_path.isAbsolute)(fromProject)) return "npx handoff";
  return isProject(project) ? `npx --prefix ${shellWord(project)} handoff` : "handoff";
}
function descriptorOutput(fd, stream, isatty) {
  let made;
  const viaStream = () => {
    made ??= stream();
    return made;
  };
  let closed = false;
  return {
    write(text) {
      if (made) return made.write(text);
      if (closed) return true;
      const bytes = Buffer.from(text, "utf8");
      let written = 0;
      try {
        while (written < bytes.length) written += (0, import_node_fs.writeSync)(fd, bytes, written);
      } catch (error) {
        const code = error.code;
        if (code === "EPIPE") closed = true;
        else if (code === "EAGAIN") viaStream().write(bytes.subarray(written));
        else throw error;
      }
      return true;
    },
    // Asked of the descriptor when `isatty` is given: making the stream only to ask would cost what
    // this output saves. (The hook never asks, and its bundle does not load node:tty for it.)
    get isTTY() {
      return made || !isatty ? viaStream().isTTY : isatty(fd);
    },
    get streamed() {
      return made !== void 0;
    }
  };
}
var EXIT = { ok: 0, stale: 1, input: 2, internal: 3 };
function ignoreClosedPipes() {
  guarded(process.stdout);
  guarded(process.stderr);
}
function guarded(stream) {
  return stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
  });
}
function projectFromHere(ctx, projectRoot) {
  return (0, import_node_path.relative)((0, import_node_path.resolve)(ctx.startedIn ?? ctx.cwd), projectRoot).split(import_node_path.sep).join("/");
}
function programOn(program2, ctx, projectRoot) {
  const there = projectFromHere(ctx, projectRoot);
  return there === "" ? program2 : `${program2} -C ${shellWord(there)}`;
}

// src/cli/main.ts
var import_node_fs5 = require("node:fs");
var import_node_path4 = require("node:path");

// src/adapters/repo-root.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");
async function findRepoRoot(cwd, env = process.env) {
  let dir = (0, import_node_path2.resolve)(cwd);
  const ceilings = ceilingDirectories(env);
  for (; ; ) {
    const found = statOf((0, import_node_path2.join)(dir, ".git"));
    if (found?.isDirectory() || found?.isFile()) return dir;
    const parent = (0, import_node_path2.dirname)(dir);
    if (parent === dir || ceilings.has(parent)) break;
    dir = parent;
  }
  const start = statOf((0, import_node_path2.resolve)(cwd));
  if (!start?.isDirectory()) throw new InputError(`no such folder: ${(0, import_node_path2.resolve)(cwd)}`, {}, "path/no-folder");
  throw new InputError(`not inside a git repository: ${(0, import_node_path2.resolve)(cwd)}`, {}, "git/no-repo");
}
function ceilingDirectories(env) {
  const list = env.GIT_CEILING_DIRECTORIES;
  if (!list) return /* @__PURE__ */ new Set();
  return new Set(
    list.split(":").filter((p) => (0, import_node_path2.isAbsolute)(p)).map((p) => (0, import_node_path2.resolve)(p))
  );
}
function statOf(path) {
  try {
    return (0, import_node_fs2.statSync)(path, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
}
var PROJECT_MARKERS = [".handoffrc.json", "handoff.config.json", ".agent-context/agent-handoffs.json"];
async function isProjectFolder(dir, options) {
  for (const marker of PROJECT_MARKERS) {
    if (statOf((0, import_node_path2.join)(dir, marker))) return true;
  }
  let manifest;
  try {
    manifest = (0, import_node_fs2.readFileSync)((0, import_node_path2.join)(dir, "package.json"), "utf8");
  } catch {
    return false;
  }
  if (options.anyPackage) return true;
  try {
    const parsed = JSON.parse(manifest);
    return parsed !== null && typeof parsed === "object" && parsed.handoff !== void 0;
  } catch {
    return false;
  }
}
async function findProjectRoot(cwd, options = {}) {
  const repoRoot = await findRepoRoot(cwd);
  let dir = (0, import_node_path2.resolve)(cwd);
  while (dir !== repoRoot && dir.startsWith(`${repoRoot}${import_node_path2.sep}`)) {
    if (await isProjectFolder(dir, { anyPackage: options.forInit === true })) {
      return { repoRoot, projectRoot: dir, prefix: (0, import_node_path2.relative)(repoRoot, dir).split(import_node_path2.sep).join("/") };
    }
    dir = (0, import_node_path2.dirname)(dir);
  }
  return { repoRoot, projectRoot: repoRoot, prefix: "" };
}

// src/cli/main.ts
init_version();

// src/core/whitespace.ts
function joinLines(text) {
  if (!text.includes("\n")) return text;
  const lines = text.split("\n");
  const last = lines.length - 1;
  const kept = [];
  for (const [index, line] of lines.entries()) {
    let part = index > 0 ? line.trimStart() : line;
    if (index < last) part = part.trimEnd();
    if (part === "" && index > 0 && index < last) continue;
    kept.push(part);
  }
  return kept.join(" ");
}

// src/cli/direct-lines.ts
var CHECK_FORMATS = ["text", "json", "github"];
var RESUME_FORMATS = ["text", "markdown", "json"];
var STATUS_FORMATS = ["text", "json"];
function prePushHookOptions(argv) {
  if (argv[0] !== "check" || argv[1] !== "--hook" || argv[2] !== "pre-push") return void 0;
  const rest = argv[3] === "--" ? argv.slice(4) : argv.slice(3);
  if (rest.length > 2 || rest.some((arg) => arg.startsWith("-"))) return void 0;
  return { hook: "pre-push", format: CHECK_FORMATS[0], hookArgs: [...rest] };
}
var DIRECT_COMMANDS = {
  resume: {
    task: {},
    agent: {},
    format: { choices: RESUME_FORMATS },
    tests: { repeatable: true },
    coverage: {}
  },
  status: { format: { choices: STATUS_FORMATS } }
};
var DIRECT_COMMAND_NAMES = Object.keys(DIRECT_COMMANDS);

// src/cli/main.ts
init_terminal_manners();

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

// src/core/session-time.ts
var DEFAULT_FIRST_COMMIT_ALLOWANCE_MS = 30 * 60 * 1e3;

// src/core/document/labels.ts
var SECTION_LABELS = {
  currentState: ["Current State", "State", "Status", "Current Status", "Where Things Stand"],
  decisions: ["Decisions Made", "Decisions", "Key Decisions", "Design Decisions", "Decision Log"],
  blockers: [
    "Current Blockers",
    "Blockers",
    "Open Blockers",
    "Issues",
    "Open Issues",
    "Blocking Issues",
    "Known Blockers"
  ],
  nextSteps: [
    "Next Steps",
    "Immediate Next Steps",
    "TODO",
    "To Do",
    "To-Do",
    "Next Actions",
    "Remaining Work"
  ],
  timeProgress: ["Time and Progress", "Time & Progress", "Progress", "Time Spent", "Time"],
  filesModified: ["Files Modified", "Files Changed", "Changed Files", "Modified Files"],
  commits: ["Commits", "Commit Log", "Commits Made"]
};
var CURRENT_STATE_PARTS = [
  "What's Working",
  "What Works",
  "Working",
  "What's Broken",
  "What's Not Working",
  "What Doesn't Work",
  "Broken"
];
var TIME_PROGRESS_FIELDS = [
  "Time Spent",
  "Progress",
  "Estimated Remaining",
  "Time Remaining",
  "Remaining"
];
var STATUS_FIELD_LABELS = ["Status", "State", "Current Status"];
var FIELD_LABELS = {
  date: ["Date", "Session Date"],
  agent: ["Agent", "Author", "Owner"],
  status: ["Status", "State", "Current Status"],
  duration: ["Duration", "Session Duration"],
  timeSpent: ["Time Spent"],
  progress: ["Progress"],
  remaining: ["Estimated Remaining", "Time Remaining", "Remaining"],
  tests: ["Tests", "Test Results", "Test Status"],
  coverage: ["Coverage", "Test Coverage", "Line Coverage"],
  task: ["Task", "Task ID"]
};
var MAX_REMEMBERED_LABELS = 4096;
var MAX_LABEL_CHARS = 500;
var rememberedLabel = memoised(MAX_REMEMBERED_LABELS, (label) => normaliseLabelText(label));
function normaliseLabel(label) {
  return label.length > MAX_LABEL_CHARS ? label.toLowerCase() : rememberedLabel(label);
}
function normaliseLabelText(label) {
  const lower = label.replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase();
  const first = lower.charCodeAt(0);
  const opened = first >= 97 && first <= 122 || first >= 48 && first <= 57 ? lower : lower.replace(/^[^\p{L}\p{N}]+/u, "");
  return opened.replace(/^\d+[.)]\s*/, "").replace(/\s*\([^)]*\)\s*$/, "").replace(/[\s:.]+$/, "").replace(/\s+/g, " ").trim();
}
var tables;
function labelTables() {
  if (tables) return tables;
  const kindByLabel = /* @__PURE__ */ new Map();
  for (const [kind, labels] of Object.entries(SECTION_LABELS)) {
    for (const label of labels) kindByLabel.set(normaliseLabel(label), kind);
  }
  const factByLabel = /* @__PURE__ */ new Map();
  for (const [fact, labels] of Object.entries(FIELD_LABELS)) {
    for (const label of labels) factByLabel.set(normaliseLabel(label), fact);
  }
  tables = {
    kindByLabel,
    currentStateParts: new Set(CURRENT_STATE_PARTS.map(normaliseLabel)),
    timeProgressFields: new Set(TIME_PROGRESS_FIELDS.map(normaliseLabel)),
    statusFields: new Set(STATUS_FIELD_LABELS.map(normaliseLabel)),
    factByLabel
  };
  return tables;
}
var meaningOf = memoised(MAX_REMEMBERED_LABELS, (label) => {
  const key = normaliseLabel(label);
  const t = labelTables();
  return {
    kind: t.kindByLabel.get(key),
    currentStatePart: t.currentStateParts.has(key),
    timeProgressField: t.timeProgressFields.has(key),
    statusField: t.statusFields.has(key),
    fact: t.factByLabel.get(key)
  };
});

// src/core/document/elements.ts
var PLACEHOLDER_START = new Uint8Array(128);
for (const c of " 	\n\v\f\r([<_*.-?tTnNfF") PLACEHOLDER_START[c.charCodeAt(0)] = 1;

// src/core/render/annotations.ts
function isRepositoryPath(path) {
  return linkIssue(path, "file") === void 0;
}

// src/core/render/check-report.ts
var NO_TERMINAL = `without a terminal (an agent), add the answers as flags: ${[...Object.values(ANSWER_SLOTS), TIME_SLOTS.remaining].join(" ")}`;
var UNCHECKED_TITLE = "Handoff Guard could not check this commit";
function renderUncheckedGithub(message, place) {
  const properties = [];
  if (place.file !== void 0 && isRepositoryPath(place.file)) {
    properties.push(`file=${escapeProperty(place.file)}`);
    if (place.line !== void 0) properties.push(`line=${place.line}`);
  }
  properties.push(`title=${escapeProperty(UNCHECKED_TITLE)}`);
  return `::error ${properties.join(",")}::${escapeData(message)}
`;
}
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

// src/cli/uncaught.ts
function reportUncaught(error, ctx, verbose = false, format) {
  const json = format === "json";
  const inputError = error instanceof InputError ? error : inputErrorFromSystem(error);
  if (inputError) {
    const program2 = ctx.program ?? "handoff";
    const message2 = proseWithInvocation(formatInputError(inputError), program2);
    ctx.stderr.write(`handoff: ${message2}
`);
    if (json) ctx.stdout.write(inputErrorJson(inputError, program2));
    if (format === "github") ctx.stdout.write(renderUncheckedGithub(message2, inputError.location));
    return EXIT.input;
  }
  const message = boundMessage(error instanceof Error ? error.message : String(error));
  ctx.stderr.write(`handoff: internal error: ${message}
`);
  if (json) ctx.stdout.write(renderErrorJson({ kind: "internal", message }, EXIT.internal));
  if ((ctx.env.HANDOFF_DEBUG || verbose) && error instanceof Error && error.stack)
    ctx.stderr.write(`${error.stack}
`);
  else ctx.stderr.write("handoff: set HANDOFF_DEBUG=1 for the stack trace, and please report it.\n");
  return EXIT.internal;
}
function inputErrorJson(error, program2 = "handoff") {
  const report = inputErrorReport(error);
  return renderErrorJson({ ...report, message: proseWithInvocation(report.message, program2) }, EXIT.input);
}

// src/cli/main.ts
var VERSION = PACKAGE_VERSION;
function collect(value, previous = []) {
  return [...previous, value];
}
var COMPLETION_SHELLS = ["bash", "zsh", "fish"];
var SAYS_NEXT_COMMANDS = /* @__PURE__ */ new Set(["start", "block", "done", "idle", "prime", "hook", "draft", "setup"]);
function buildProgram({ Argument: Argument2, Command: Command2, Option: Option2 }, ctx, setExit, state, only) {
  const wants = (name) => only === void 0 || only === name;
  const program2 = new Command2("handoff").description("Keep a fresh handoff for every active task, across sessions of agents and people.").version(VERSION).option("-C, --cwd <dir>", "run as if started in <dir>").addOption(
    new Option2(
      "-q, --quiet",
      "on success print only what the command is for (no notes, no progress)"
    ).conflicts("verbose")
  ).option("-v, --verbose", "print more: how long the command took, the stack of an internal error").exitOverride().configureHelp({ showGlobalOptions: true }).configureOutput({
    writeOut: (s) => ctx.stdout.write(s),
    writeErr: (s) => ctx.stderr.write(s)
  }).showHelpAfterError("(run `handoff --help` for usage)");
  const withCwd = async (c, command) => {
    const dir = program2.opts().cwd;
    if (!dir) return c;
    const cwd = (0, import_node_path4.resolve)(c.cwd, dir);
    if (!(0, import_node_fs5.statSync)(cwd, { throwIfNoEntry: false })?.isDirectory()) {
      if (command === "hook") return c;
      throw new InputError(`no such folder: ${cwd} (-C ${dir})`, {}, "path/no-folder");
    }
    const given = { ...c, cwd, cwdGiven: true, startedIn: c.cwd };
    state.errorProgram = programOn(c.program ?? "handoff", given, cwd);
    if (!SAYS_NEXT_COMMANDS.has(command)) return given;
    const found = await findProjectRoot(cwd).catch(() => void 0);
    return { ...given, program: programOn(c.program ?? "handoff", given, found?.projectRoot ?? cwd) };
  };
  const withTerminal = async (cmd, runCommand) => {
    const globals = program2.opts();
    const verbosity = globals.quiet ? "quiet" : globals.verbose ? "verbose" : "normal";
    state.verbose = verbosity === "verbose";
    const started = state.verbose ? performance.now() : 0;
    const terminal = await terminalFor(
      await withCwd(ctx, cmd.name()),
      commandTerminalOptions(cmd.name(), cmd.opts().format, verbosity)
    );
    let code = EXIT.internal;
    try {
      code = await runCommand(terminal.ctx);
      return code;
    } catch (error) {
      code = error instanceof InputError ? EXIT.input : EXIT.internal;
      throw error;
    } finally {
      terminal.finish(code === EXIT.ok);
      if (state.verbose) {
        const ms = Math.round(performance.now() - started);
        ctx.stderr.write(`handoff: ${cmd.name()} took ${ms} ms, exit ${code}
`);
      }
    }
  };
  const run = (load) => async (...args) => {
    const cmd = args[args.length - 1];
    const mod = await load();
    setExit(await withTerminal(cmd, (c) => mod.run(cmd.opts(), c)));
  };
  if (wants("check"))
    program2.command("check").description("verify that every active task has a fresh, complete handoff").option("--base <rev>", "start of the range to check (exclusive)").option("--head <rev>", "end of the range to check", void 0).option(
      "--branch <name>",
      "the branch the checked commits are on, for the task id in its name (default: HEAD's branch; on a detached HEAD, as in CI, the one branch pointing at it)"
    ).addOption(new Option2("--hook <name>", "run as a git hook, reading its stdin").choices(["pre-push"])).addOption(
      new Option2("--format <format>", "output format").choices(CHECK_FORMATS).default(CHECK_FORMATS[0])
    ).argument("[hook-args...]", "with --hook pre-push: the remote name and URL git passes to the hook").action(async (hookArgs, _options, cmd) => {
      cmd.setOptionValue("hookArgs", hookArgs);
      await run(() => Promise.resolve().then(() => __toESM(require_check(), 1)))(cmd);
    });
  if (wants("draft"))
    program2.command("draft").description("write the next handoff for a task from commits, test reports and the previous handoff").option("--task <id>", "task id, e.g. TASK-2025-0078-C (required)").hook("preAction", requireTask).option("--agent <name>", "agent writing the handoff (default: the registry entry with this task)").option(
      "--from <rev>",
      "the commit before the session (the range is <rev>..--to); default: the last handoff update"
    ).option("--to <rev>", "end of the session range", "HEAD").option(
      "--tests <glob...>",
      "test report files or globs (JUnit XML, TRX, NUnit, xUnit.net, CppUnit, Check, Jest/Mocha/RSpec JSON, go test -json, Dart JSON, TAP); several after one flag (a glob the shell expanded), or the flag repeated",
      collect
    ).option("--coverage <file>", "coverage report (lcov, Cobertura XML, coverage-summary.json)").option("--churn", "also list lines changed summed over the commits, beside the net change").addOption(
      new Option2("--time-rule <rule>", "how time spent is estimated (docs/drafting.md)").choices(["gap", "git-hours"]).default("gap")
    ).option("--stdout", "print the draft instead of writing it").option("--no-interactive", "never prompt, even in a terminal").option("--decision <text>", "a decision made this session, with its reason; repeatable", collect).option("--blocker <text>", 'a new blocker ("None" for none); repeatable', collect).option(
      "--resolved <text>",
      "a carried blocker or next step this session resolved; repeatable",
      collect
    ).option("--next <text>", "a new next step, most urgent first; repeatable", collect).option("--progress <percent>", "percent complete, 0-100").option("--remaining <time>", "estimated time remaining, e.g. 3h").option(
      "--time-spent <time>",
      "time this session took, e.g. 45m or 1.5h (default: estimated from its commits)"
    ).option("--note <text>", "one line on the current state (also the registry brief_note)").option("--input <file>", "the answers as JSON (schema/draft-input.schema.json); - reads stdin").addOption(new Option2("--format <format>", "output format").choices(["text", "json"]).default("text")).action(run(() => Promise.resolve().then(() => __toESM(require_draft(), 1))));
  if (wants("start"))
    program2.command("start").description("register the agent's task, or switch it to one: in_progress").option("--task <id>", "task id, e.g. TASK-2025-0078-C (required)").hook("preAction", requireTask).option("--agent <name>", "agent name (default: $HANDOFF_AGENT)").option("--note <text>", "the registry's brief_note").option("--force", "switch even when the current task has work its handoff does not cover").addOption(new Option2("--format <format>", "output format").choices(["text", "json"]).default("text")).action(run(() => __hgImport("./commands/start.js")));
  for (const [name, description, key] of [
    ["block", "mark the agent's task blocked (still active)", "runBlock"],
    ["done", "mark the agent's task complete", "runDone"],
    ["idle", "mark the agent idle, with no current task", "runIdle"]
  ]) {
    if (!wants(name)) continue;
    const command = program2.command(name).description(description).option("--agent <name>", "agent name (default: $HANDOFF_AGENT, else the one active agent)").option("--note <text>", "replace the registry's brief_note");
    if (name !== "block")
      command.option("--force", "leave the task even with work its handoff does not cover");
    command.addOption(new Option2("--format <format>", "output format").choices(["text", "json"]).default("text")).action(run(async () => ({ run: (await __hgImport("./commands/lifecycle.js"))[key] })));
  }
  if (wants("setup"))
    program2.command("setup").description("install the session hooks of an agent tool (claude, gemini) in this project").addArgument(new Argument2("<tool>", "claude or gemini").choices(["claude", "gemini"])).option("--agent <name>", "the agent name the hooks act for (default: the tool name)").option(
      "--command <cmd>",
      "how the hooks run handoff (default: the project's node_modules/.bin/handoff, else npx --no-install handoff)"
    ).option("--no-instructions", "do not add the handoff paragraph to CLAUDE.md / GEMINI.md").addOption(new Option2("--format <format>", "output format").choices(["text", "json"]).default("text")).action(async (tool, _options, cmd) => {
      cmd.setOptionValue("tool", tool);
      await run(() => __hgImport("./commands/setup.js"))(cmd);
    });
  if (wants("hook"))
    program2.command("hook").description("answer an agent tool hook: the event JSON on stdin, the answer on stdout").addArgument(
      new Argument2("<event>", "the session moment").choices(["session-start", "stop", "pre-compact"])
    ).addOption(
      new Option2("--tool <tool>", "whose protocol").choices(["claude", "gemini"]).default("claude")
    ).option("--agent <name>", "the agent (default: $HANDOFF_AGENT)").action(async (event, _options, cmd) => {
      cmd.setOptionValue("event", event);
      await run(() => Promise.resolve().then(() => __toESM(require_hook(), 1)))(cmd);
    });
  if (wants("prime"))
    program2.command("prime").description("the agent's brief in about 1.5k tokens: its task, the team, what is stale").option("--agent <name>", "the agent (default: $HANDOFF_AGENT)").addOption(new Option2("--format <format>", "output format").choices(["text", "json"]).default("text")).action(run(() => Promise.resolve().then(() => __toESM(require_prime(), 1))));
  if (wants("mcp"))
    program2.command("mcp").description("serve the handoff tools to an agent over MCP (stdio)").action(run(() => __hgImport("./commands/mcp.js")));
  if (wants("resume"))
    program2.command("resume").description("print the resume summary for the next session").option("--task <id>", "task id").option("--agent <name>", "agent name").addOption(
      new Option2("--format <format>", "output format").choices(RESUME_FORMATS).default(RESUME_FORMATS[0])
    ).option(
      "--tests <glob...>",
      "current test reports or globs, to compare with what the handoff claims; several after one flag, or the flag repeated",
      collect
    ).option("--coverage <file>", "current coverage report, to compare with what the handoff claims").action(run(() => Promise.resolve().then(() => __toESM(require_resume(), 1))));
  if (wants("status"))
    program2.command("status").description("every agent and task at a glance").addOption(
      new Option2("--format <format>", "output format").choices(STATUS_FORMATS).default(STATUS_FORMATS[0])
    ).action(run(() => Promise.resolve().then(() => __toESM(require_status(), 1))));
  if (wants("validate"))
    program2.command("validate").description("check the registry schema and the structure of every linked handoff").addOption(new Option2("--format <format>", "output format").choices(["text", "json"]).default("text")).action(run(() => __hgImport("./commands/validate.js")));
  if (wants("init"))
    program2.command("init").description("scaffold the registry, config, pre-push hook and workflow file").option("--workflow", "also write .github/workflows/handoff-guard.yml").option("--no-hook", "do not install the pre-push hook").option("--no-merge-driver", "do not register the registry's git merge driver").addOption(new Option2("--format <format>", "output format").choices(["text", "json"]).default("text")).action(run(() => __hgImport("./commands/init.js")));
  if (wants("merge-registry"))
    program2.command("merge-registry").description(
      "git merge driver for the registry: merges two branches' edits entry by entry (see `handoff init`)"
    ).argument("<base>", "the common ancestor's version (git's %O)").argument("<current>", "this branch's version, overwritten with the result (git's %A)").argument("<other>", "the other branch's version (git's %B)").argument("[path]", "the registry's path in the repository, for messages (git's %P)").action(async (...args) => {
      const cmd = args[args.length - 1];
      cmd.setOptionValue(
        "files",
        args.slice(0, 4).filter((a) => typeof a === "string")
      );
      await run(() => __hgImport("./commands/merge-registry.js"))(cmd);
    });
  if (wants("completion"))
    program2.command("completion").description(
      'print the shell completion script: eval "$(handoff completion bash)"; see the README for zsh and fish'
    ).addArgument(new Argument2("<shell>", "the shell").choices(COMPLETION_SHELLS)).action(async (shell, _options, cmd) => {
      cmd.setOptionValue("shell", shell);
      cmd.setOptionValue("program", program2);
      await run(() => __hgImport("./commands/completion.js"))(cmd);
    });
  if (wants("demo"))
    program2.command("demo").description(
      "replay the seed example in a throw-away repository: hook blocks, draft, resume, PR comment"
    ).option("--out <dir>", "write the demo repository here instead of a temporary folder").action(run(() => __hgImport("./commands/demo.js")));
  for (const command of program2.commands)
    command.showHelpAfterError(`(run \`handoff ${command.name()} --help\` for usage)`);
  return program2;
}
function errorFormat(argv) {
  const end = argv.indexOf("--");
  const words = end === -1 ? argv : argv.slice(0, end);
  const asked = (format) => words.some(
    (word, i) => word === `--format=${format}` || word === "--format" && words[i + 1] === format
  );
  return asked("json") ? "json" : asked("github") ? "github" : void 0;
}
function requireTask(command) {
  if (command.opts().task === void 0) {
    command.error("error: required option '--task <id>' not specified", {
      code: "commander.missingMandatoryOptionValue",
      exitCode: 2
    });
  }
}
function refuseOptionAsValue(command, args) {
  const options = command.options;
  const known = /* @__PURE__ */ new Set(["--help", "-h"]);
  for (const option of options) {
    if (option.long) known.add(option.long);
    if (option.short) known.add(option.short);
  }
  for (let i = 0; i < args.length - 1; i++) {
    if (args[i] === "--") return;
    const option = options.find((o) => o.required && (o.long === args[i] || o.short === args[i]));
    const next = args[i + 1];
    if (option && known.has(next)) {
      command.error(
        `error: option '${option.flags}' needs a value, and the next word is the option '${next}'`,
        {
          code: "commander.optionMissingArgument",
          exitCode: 2
        }
      );
    }
  }
}
async function main(argv, ctx = processContext()) {
  let commander2;
  const state = { verbose: false };
  try {
    const hook = prePushHookOptions(argv);
    if (hook) {
      const { run } = await Promise.resolve().then(() => __toESM(require_check(), 1));
      return await run(hook, ctx);
    }
    commander2 = await Promise.resolve().then(() => (init_esm(), esm_exports));
    let code = EXIT.ok;
    const setExit = (c) => {
      code = c;
    };
    const first = argv[0];
    const named = first !== void 0 && !first.startsWith("-") && first !== "completion" ? buildProgram(commander2, ctx, setExit, state, first) : void 0;
    const program2 = named && named.commands.length > 0 ? named : buildProgram(commander2, ctx, setExit, state);
    let at = 0;
    while (argv[at]?.startsWith("-")) {
      const option = program2.options.find((o) => o.long === argv[at] || o.short === argv[at]);
      at += option?.required ? 2 : 1;
    }
    const command = program2.commands.find((c) => c.name() === argv[at]);
    if (command) refuseOptionAsValue(command, argv.slice(at + 1));
    await program2.parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    const format = errorFormat(argv);
    const json = format === "json";
    if (commander2 && error instanceof commander2.CommanderError) {
      if (error.exitCode === 0) return EXIT.ok;
      if (json) {
        const message = joinLines(error.message.replace(/^error: /, ""));
        const name = error.code.replace(/^commander\./, "").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
        ctx.stdout.write(renderErrorJson({ kind: "usage", message, rule: `usage/${name}` }, EXIT.input));
      }
      return EXIT.input;
    }
    const program2 = state.errorProgram;
    return reportUncaught(error, program2 === void 0 ? ctx : { ...ctx, program: program2 }, state.verbose, format);
  }
}

// src/cli/bin.ts
ignoreClosedPipes();
main(process.argv.slice(2)).then(async (code) => {
  process.exitCode = code;
  await Promise.all(
    [process.stdout, process.stderr].map((stream) => new Promise((done) => stream.write("", done)))
  );
  process.exit(code);
});

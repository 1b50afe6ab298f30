#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  streamManners,
  withVerbosity
} from "./chunk-K4YE67W6.js";
import {
  __commonJS,
  __toESM
} from "./chunk-MWPPMQVD.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
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
    module.exports = createColors2();
    module.exports.createColors = createColors2;
  }
});

// src/cli/terminal.ts
var import_picocolors = __toESM(require_picocolors(), 1);
var LINE_STYLES = [
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
export {
  styleLine,
  styleText,
  terminalContext
};

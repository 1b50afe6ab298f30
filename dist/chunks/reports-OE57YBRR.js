#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  detectReportFormat
} from "./chunk-D3JEVFJS.js";
import {
  MESSAGE_MAX,
  coveragePercent,
  declaredTotalsWarning,
  emptyTestSummary,
  mergeTestSummaries,
  noTestsWarning,
  recordTest,
  roundPercent,
  totalTests
} from "./chunk-NLP7KFKT.js";
import {
  Utf8Stream,
  entryKind,
  firstInvalidUtf8
} from "./chunk-WJKR2G64.js";
import "./chunk-7E5CRINH.js";
import {
  isRecord,
  offsetToPosition,
  parseJsonLocated
} from "./chunk-X2JOUVYR.js";
import {
  InputError
} from "./chunk-MLNENVTA.js";
import {
  __commonJS,
  __toESM
} from "./chunk-MWPPMQVD.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance2 = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance2();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance2();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance2())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance2();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance2()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance2())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance2();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance2())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance2();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance2())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance2();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance2 = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance2();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance2(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance2();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance2();
          } else {
            value += advance2();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance2();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance2());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance2());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob2, options) : picomatch2.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob: glob2, posix: posix2 });
        const result = { glob: glob2, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob: glob2, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob2, options, posix2 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch2.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// node_modules/xmlchars/xml/1.0/ed5.js
var require_ed5 = __commonJS({
  "node_modules/xmlchars/xml/1.0/ed5.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "	\n\r -\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= SPACE && c <= 55295 || c === NL || c === CR || c === TAB || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xml/1.1/ed2.js
var require_ed2 = __commonJS({
  "node_modules/xmlchars/xml/1.1/ed2.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.RESTRICTED_CHAR = "-\b\v\f-\x7F-\x84\x86-\x9F";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= 1 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isRestrictedChar(c) {
      return c >= 1 && c <= 8 || c === 11 || c === 12 || c >= 14 && c <= 31 || c >= 127 && c <= 132 || c >= 134 && c <= 159;
    }
    exports.isRestrictedChar = isRestrictedChar;
    function isCharAndNotRestricted(c) {
      return c === 9 || c === 10 || c === 13 || c > 31 && c < 127 || c === 133 || c > 159 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isCharAndNotRestricted = isCharAndNotRestricted;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xmlns/1.0/ed3.js
var require_ed3 = __commonJS({
  "node_modules/xmlchars/xmlns/1.0/ed3.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NC_NAME_START_CHAR = "A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
    exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
    exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
    function isNCNameStartChar(c) {
      return c >= 65 && c <= 90 || c === 95 || c >= 97 && c <= 122 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8204 && c <= 8205 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNCNameStartChar = isNCNameStartChar;
    function isNCNameChar(c) {
      return isNCNameStartChar(c) || (c === 45 || c === 46 || c >= 48 && c <= 57 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256);
    }
    exports.isNCNameChar = isNCNameChar;
  }
});

// node_modules/saxes/saxes.js
var require_saxes = __commonJS({
  "node_modules/saxes/saxes.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SaxesParser = exports.EVENTS = void 0;
    var ed5 = require_ed5();
    var ed2 = require_ed2();
    var NSed3 = require_ed3();
    var isS = ed5.isS;
    var isChar10 = ed5.isChar;
    var isNameStartChar = ed5.isNameStartChar;
    var isNameChar = ed5.isNameChar;
    var S_LIST = ed5.S_LIST;
    var NAME_RE = ed5.NAME_RE;
    var isChar11 = ed2.isChar;
    var isNCNameStartChar = NSed3.isNCNameStartChar;
    var isNCNameChar = NSed3.isNCNameChar;
    var NC_NAME_RE = NSed3.NC_NAME_RE;
    var XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    var XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
    var rootNS = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      xml: XML_NAMESPACE,
      xmlns: XMLNS_NAMESPACE
    };
    var XML_ENTITIES = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      amp: "&",
      gt: ">",
      lt: "<",
      quot: '"',
      apos: "'"
    };
    var EOC = -1;
    var NL_LIKE = -2;
    var S_BEGIN = 0;
    var S_BEGIN_WHITESPACE = 1;
    var S_DOCTYPE = 2;
    var S_DOCTYPE_QUOTE = 3;
    var S_DTD = 4;
    var S_DTD_QUOTED = 5;
    var S_DTD_OPEN_WAKA = 6;
    var S_DTD_OPEN_WAKA_BANG = 7;
    var S_DTD_COMMENT = 8;
    var S_DTD_COMMENT_ENDING = 9;
    var S_DTD_COMMENT_ENDED = 10;
    var S_DTD_PI = 11;
    var S_DTD_PI_ENDING = 12;
    var S_TEXT = 13;
    var S_ENTITY = 14;
    var S_OPEN_WAKA = 15;
    var S_OPEN_WAKA_BANG = 16;
    var S_COMMENT = 17;
    var S_COMMENT_ENDING = 18;
    var S_COMMENT_ENDED = 19;
    var S_CDATA = 20;
    var S_CDATA_ENDING = 21;
    var S_CDATA_ENDING_2 = 22;
    var S_PI_FIRST_CHAR = 23;
    var S_PI_REST = 24;
    var S_PI_BODY = 25;
    var S_PI_ENDING = 26;
    var S_XML_DECL_NAME_START = 27;
    var S_XML_DECL_NAME = 28;
    var S_XML_DECL_EQ = 29;
    var S_XML_DECL_VALUE_START = 30;
    var S_XML_DECL_VALUE = 31;
    var S_XML_DECL_SEPARATOR = 32;
    var S_XML_DECL_ENDING = 33;
    var S_OPEN_TAG = 34;
    var S_OPEN_TAG_SLASH = 35;
    var S_ATTRIB = 36;
    var S_ATTRIB_NAME = 37;
    var S_ATTRIB_NAME_SAW_WHITE = 38;
    var S_ATTRIB_VALUE = 39;
    var S_ATTRIB_VALUE_QUOTED = 40;
    var S_ATTRIB_VALUE_CLOSED = 41;
    var S_ATTRIB_VALUE_UNQUOTED = 42;
    var S_CLOSE_TAG = 43;
    var S_CLOSE_TAG_SAW_WHITE = 44;
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    var BANG = 33;
    var DQUOTE = 34;
    var AMP = 38;
    var SQUOTE = 39;
    var MINUS = 45;
    var FORWARD_SLASH = 47;
    var SEMICOLON = 59;
    var LESS = 60;
    var EQUAL = 61;
    var GREATER = 62;
    var QUESTION = 63;
    var OPEN_BRACKET = 91;
    var CLOSE_BRACKET = 93;
    var NEL = 133;
    var LS = 8232;
    var isQuote = (c) => c === DQUOTE || c === SQUOTE;
    var QUOTES = [DQUOTE, SQUOTE];
    var DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
    var DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
    var XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
    var ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
    function nsPairCheck(parser, prefix, uri) {
      switch (prefix) {
        case "xml":
          if (uri !== XML_NAMESPACE) {
            parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
          }
          break;
        case "xmlns":
          if (uri !== XMLNS_NAMESPACE) {
            parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
          }
          break;
        default:
      }
      switch (uri) {
        case XMLNS_NAMESPACE:
          parser.fail(prefix === "" ? `the default namespace may not be set to ${uri}.` : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NAMESPACE}.`);
          break;
        case XML_NAMESPACE:
          switch (prefix) {
            case "xml":
              break;
            case "":
              parser.fail(`the default namespace may not be set to ${uri}.`);
              break;
            default:
              parser.fail("may not assign the xml namespace to another prefix.");
          }
          break;
        default:
      }
    }
    function nsMappingCheck(parser, mapping) {
      for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
      }
    }
    var isNCName = (name) => NC_NAME_RE.test(name);
    var isName = (name) => NAME_RE.test(name);
    var FORBIDDEN_START = 0;
    var FORBIDDEN_BRACKET = 1;
    var FORBIDDEN_BRACKET_BRACKET = 2;
    exports.EVENTS = [
      "xmldecl",
      "text",
      "processinginstruction",
      "doctype",
      "comment",
      "opentagstart",
      "attribute",
      "opentag",
      "closetag",
      "cdata",
      "error",
      "end",
      "ready"
    ];
    var EVENT_NAME_TO_HANDLER_NAME = {
      xmldecl: "xmldeclHandler",
      text: "textHandler",
      processinginstruction: "piHandler",
      doctype: "doctypeHandler",
      comment: "commentHandler",
      opentagstart: "openTagStartHandler",
      attribute: "attributeHandler",
      opentag: "openTagHandler",
      closetag: "closeTagHandler",
      cdata: "cdataHandler",
      error: "errorHandler",
      end: "endHandler",
      ready: "readyHandler"
    };
    var SaxesParser2 = class {
      /**
       * @param opt The parser options.
       */
      constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
          this.nameStartCheck = isNCNameStartChar;
          this.nameCheck = isNCNameChar;
          this.isName = isNCName;
          this.processAttribs = this.processAttribsNS;
          this.pushAttrib = this.pushAttribNS;
          this.ns = Object.assign({ __proto__: null }, rootNS);
          const additional = this.opt.additionalNamespaces;
          if (additional != null) {
            nsMappingCheck(this, additional);
            Object.assign(this.ns, additional);
          }
        } else {
          this.nameStartCheck = isNameStartChar;
          this.nameCheck = isNameChar;
          this.isName = isName;
          this.processAttribs = this.processAttribsPlain;
          this.pushAttrib = this.pushAttribPlain;
        }
        this.stateTable = [
          /* eslint-disable @typescript-eslint/unbound-method */
          this.sBegin,
          this.sBeginWhitespace,
          this.sDoctype,
          this.sDoctypeQuote,
          this.sDTD,
          this.sDTDQuoted,
          this.sDTDOpenWaka,
          this.sDTDOpenWakaBang,
          this.sDTDComment,
          this.sDTDCommentEnding,
          this.sDTDCommentEnded,
          this.sDTDPI,
          this.sDTDPIEnding,
          this.sText,
          this.sEntity,
          this.sOpenWaka,
          this.sOpenWakaBang,
          this.sComment,
          this.sCommentEnding,
          this.sCommentEnded,
          this.sCData,
          this.sCDataEnding,
          this.sCDataEnding2,
          this.sPIFirstChar,
          this.sPIRest,
          this.sPIBody,
          this.sPIEnding,
          this.sXMLDeclNameStart,
          this.sXMLDeclName,
          this.sXMLDeclEq,
          this.sXMLDeclValueStart,
          this.sXMLDeclValue,
          this.sXMLDeclSeparator,
          this.sXMLDeclEnding,
          this.sOpenTag,
          this.sOpenTagSlash,
          this.sAttrib,
          this.sAttribName,
          this.sAttribNameSawWhite,
          this.sAttribValue,
          this.sAttribValueQuoted,
          this.sAttribValueClosed,
          this.sAttribValueUnquoted,
          this.sCloseTag,
          this.sCloseTagSawWhite
          /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
      }
      /**
       * Indicates whether or not the parser is closed. If ``true``, wait for
       * the ``ready`` event to write again.
       */
      get closed() {
        return this._closed;
      }
      _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = void 0;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot = this.sawRoot = fragmentOpt;
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = void 0;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === void 0) {
          if (this.opt.forceXMLVersion === true) {
            throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
          }
          defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
          version: void 0,
          encoding: void 0,
          standalone: void 0
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
      }
      /**
       * The stream position the parser is currently looking at. This field is
       * zero-based.
       *
       * This field is not based on counting Unicode characters but is to be
       * interpreted as a plain index into a JavaScript string.
       */
      get position() {
        return this.chunkPosition + this.i;
      }
      /**
       * The column number of the next character to be read by the parser.  *
       * This field is zero-based. (The first column in a line is 0.)
       *
       * This field reports the index at which the next character would be in the
       * line if the line were represented as a JavaScript string.  Note that this
       * *can* be different to a count based on the number of *Unicode characters*
       * due to how JavaScript handles astral plane characters.
       *
       * See [[column]] for a number that corresponds to a count of Unicode
       * characters.
       */
      get columnIndex() {
        return this.position - this.positionAtNewLine;
      }
      /**
       * Set an event listener on an event. The parser supports one handler per
       * event type. If you try to set an event handler over an existing handler,
       * the old handler is silently overwritten.
       *
       * @param name The event to listen to.
       *
       * @param handler The handler to set.
       */
      on(name, handler) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
      }
      /**
       * Unset an event handler.
       *
       * @parma name The event to stop listening to.
       */
      off(name) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = void 0;
      }
      /**
       * Make an error object. The error object will have a message that contains
       * the ``fileName`` option passed at the creation of the parser. If position
       * tracking was turned on, it will also have line and column number
       * information.
       *
       * @param message The message describing the error to report.
       *
       * @returns An error object with a properly formatted message.
       */
      makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
          if (msg.length > 0) {
            msg += ":";
          }
          msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
          msg += ": ";
        }
        return new Error(msg + message);
      }
      /**
       * Report a parsing error. This method is made public so that client code may
       * check for issues that are outside the scope of this project and can report
       * errors.
       *
       * @param message The error to report.
       *
       * @returns this
       */
      fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === void 0) {
          throw err;
        } else {
          handler(err);
        }
        return this;
      }
      /**
       * Write a XML data to the parser.
       *
       * @param chunk The XML data to write.
       *
       * @returns this
       */
      // We do need object for the type here. Yes, it often causes problems
      // but not in this case.
      write(chunk) {
        if (this.closed) {
          return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
          end = true;
          chunk = "";
        } else if (typeof chunk === "object") {
          chunk = chunk.toString();
        }
        if (this.carriedFromPrevious !== void 0) {
          chunk = `${this.carriedFromPrevious}${chunk}`;
          this.carriedFromPrevious = void 0;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end && // A trailing CR or surrogate must be carried over to the next
        // chunk.
        (lastCode === CR || lastCode >= 55296 && lastCode <= 56319)) {
          this.carriedFromPrevious = chunk[limit - 1];
          limit--;
          chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
          stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
      }
      /**
       * Close the current stream. Perform final well-formedness checks and reset
       * the parser tstate.
       *
       * @returns this
       */
      close() {
        return this.write(null);
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.0.
       *
       * @returns The character read.
       */
      getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code >= SPACE || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR:
              if (chunk.charCodeAt(i + 1) === NL) {
                this.i = i + 2;
              }
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.1.
       *
       * @returns {number} The character read.
       */
      getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code > 31 && code < 127 || code > 159 && code !== LS || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR: {
              const next = chunk.charCodeAt(i + 1);
              if (next === NL || next === NEL) {
                this.i = i + 2;
              }
            }
            /* yes, fall through */
            case NEL:
            // 0x85
            case LS:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Like ``getCode`` but with the return value normalized so that ``NL`` is
       * returned for ``NL_LIKE``.
       */
      getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
      }
      unget() {
        this.i = this.prevI;
        this.column--;
      }
      /**
       * Capture characters into a buffer until encountering one of a set of
       * characters.
       *
       * @param chars An array of codepoints. Encountering a character in the array
       * ends the capture. (``chars`` may safely contain ``NL``.)
       *
       * @return The character code that made the capture end, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          const c = this.getCode();
          const isNLLike = c === NL_LIKE;
          const final = isNLLike ? NL : c;
          if (final === EOC || chars.includes(final)) {
            this.text += chunk.slice(start, this.prevI);
            return final;
          }
          if (isNLLike) {
            this.text += `${chunk.slice(start, this.prevI)}
`;
            start = this.i;
          }
        }
      }
      /**
       * Capture characters into a buffer until encountering a character.
       *
       * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
       * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
       *
       * @return ``true`` if we ran into the character. Otherwise, we ran into the
       * end of the current chunk.
       */
      captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          let c = this.getCode();
          switch (c) {
            case NL_LIKE:
              this.text += `${chunk.slice(start, this.prevI)}
`;
              start = this.i;
              c = NL;
              break;
            case EOC:
              this.text += chunk.slice(start);
              return false;
            default:
          }
          if (c === char) {
            this.text += chunk.slice(start, this.prevI);
            return true;
          }
        }
      }
      /**
       * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
       * this parser.
       *
       * @return The character code that made the test fail, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureNameChars() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCode();
          if (c === EOC) {
            this.name += chunk.slice(start);
            return EOC;
          }
          if (!isNameChar(c)) {
            this.name += chunk.slice(start, this.prevI);
            return c === NL_LIKE ? NL : c;
          }
        }
      }
      /**
       * Skip white spaces.
       *
       * @return The character that ended the skip, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      skipSpaces() {
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC || !isS(c)) {
            return c;
          }
        }
      }
      setXMLVersion(version) {
        this.currentXMLVersion = version;
        if (version === "1.0") {
          this.isChar = isChar10;
          this.getCode = this.getCode10;
        } else {
          this.isChar = isChar11;
          this.getCode = this.getCode11;
        }
      }
      // STATE ENGINE METHODS
      // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
      // to be sure never to come back to this state later.
      sBegin() {
        if (this.chunk.charCodeAt(0) === 65279) {
          this.i++;
          this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
      }
      sBeginWhitespace() {
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
          this.xmlDeclPossible = false;
        }
        switch (c) {
          case LESS:
            this.state = S_OPEN_WAKA;
            if (this.text.length !== 0) {
              throw new Error("no-empty text at start");
            }
            break;
          case EOC:
            break;
          default:
            this.unget();
            this.state = S_TEXT;
            this.xmlDeclPossible = false;
        }
      }
      sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
          case GREATER: {
            (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            this.doctype = true;
            break;
          }
          case EOC:
            break;
          default:
            this.text += String.fromCodePoint(c);
            if (c === OPEN_BRACKET) {
              this.state = S_DTD;
            } else if (isQuote(c)) {
              this.state = S_DOCTYPE_QUOTE;
              this.q = c;
            }
        }
      }
      sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.q = null;
          this.state = S_DOCTYPE;
        }
      }
      sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
          return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
          this.state = S_DOCTYPE;
        } else if (c === LESS) {
          this.state = S_DTD_OPEN_WAKA;
        } else if (isQuote(c)) {
          this.state = S_DTD_QUOTED;
          this.q = c;
        }
      }
      sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.state = S_DTD;
          this.q = null;
        }
      }
      sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
          case BANG:
            this.state = S_DTD_OPEN_WAKA_BANG;
            this.openWakaBang = "";
            break;
          case QUESTION:
            this.state = S_DTD_PI;
            break;
          default:
            this.state = S_DTD;
        }
      }
      sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
          this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
          this.openWakaBang = "";
        }
      }
      sDTDComment() {
        if (this.captureToChar(MINUS)) {
          this.text += "-";
          this.state = S_DTD_COMMENT_ENDING;
        }
      }
      sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
      }
      sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        } else {
          this.fail("malformed comment.");
          this.state = S_DTD_COMMENT;
        }
      }
      sDTDPI() {
        if (this.captureToChar(QUESTION)) {
          this.text += "?";
          this.state = S_DTD_PI_ENDING;
        }
      }
      sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        }
      }
      sText() {
        if (this.tags.length !== 0) {
          this.handleTextInRoot();
        } else {
          this.handleTextOutsideRoot();
        }
      }
      sEntity() {
        let { i: start } = this;
        const { chunk } = this;
        loop:
          while (true) {
            switch (this.getCode()) {
              case NL_LIKE:
                this.entity += `${chunk.slice(start, this.prevI)}
`;
                start = this.i;
                break;
              case SEMICOLON: {
                const { entityReturnState } = this;
                const entity = this.entity + chunk.slice(start, this.prevI);
                this.state = entityReturnState;
                let parsed;
                if (entity === "") {
                  this.fail("empty entity name.");
                  parsed = "&;";
                } else {
                  parsed = this.parseEntity(entity);
                  this.entity = "";
                }
                if (entityReturnState !== S_TEXT || this.textHandler !== void 0) {
                  this.text += parsed;
                }
                break loop;
              }
              case EOC:
                this.entity += chunk.slice(start);
                break loop;
              default:
            }
          }
      }
      sOpenWaka() {
        const c = this.getCode();
        if (isNameStartChar(c)) {
          this.state = S_OPEN_TAG;
          this.unget();
          this.xmlDeclPossible = false;
        } else {
          switch (c) {
            case FORWARD_SLASH:
              this.state = S_CLOSE_TAG;
              this.xmlDeclPossible = false;
              break;
            case BANG:
              this.state = S_OPEN_WAKA_BANG;
              this.openWakaBang = "";
              this.xmlDeclPossible = false;
              break;
            case QUESTION:
              this.state = S_PI_FIRST_CHAR;
              break;
            default:
              this.fail("disallowed character in tag name");
              this.state = S_TEXT;
              this.xmlDeclPossible = false;
          }
        }
      }
      sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
          case "[CDATA[":
            if (!this.sawRoot && !this.reportedTextBeforeRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextBeforeRoot = true;
            }
            if (this.closedRoot && !this.reportedTextAfterRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextAfterRoot = true;
            }
            this.state = S_CDATA;
            this.openWakaBang = "";
            break;
          case "--":
            this.state = S_COMMENT;
            this.openWakaBang = "";
            break;
          case "DOCTYPE":
            this.state = S_DOCTYPE;
            if (this.doctype || this.sawRoot) {
              this.fail("inappropriately located doctype declaration.");
            }
            this.openWakaBang = "";
            break;
          default:
            if (this.openWakaBang.length >= 7) {
              this.fail("incorrect syntax.");
            }
        }
      }
      sComment() {
        if (this.captureToChar(MINUS)) {
          this.state = S_COMMENT_ENDING;
        }
      }
      sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
          this.state = S_COMMENT_ENDED;
          (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
          this.text = "";
        } else {
          this.text += `-${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        }
      }
      sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
          this.fail("malformed comment.");
          this.text += `--${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        } else {
          this.state = S_TEXT;
        }
      }
      sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
          this.state = S_CDATA_ENDING;
        }
      }
      sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
          this.state = S_CDATA_ENDING_2;
        } else {
          this.text += `]${String.fromCodePoint(c)}`;
          this.state = S_CDATA;
        }
      }
      sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
          case GREATER: {
            (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            break;
          }
          case CLOSE_BRACKET:
            this.text += "]";
            break;
          default:
            this.text += `]]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
      }
      // We need this separate state to check the first character fo the pi target
      // with this.nameStartCheck which allows less characters than this.nameCheck.
      sPIFirstChar() {
        const c = this.getCodeNorm();
        if (this.nameStartCheck(c)) {
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        } else if (c === QUESTION || isS(c)) {
          this.fail("processing instruction without a target.");
          this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        } else {
          this.fail("disallowed character in processing instruction name.");
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        }
      }
      sPIRest() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC) {
            this.piTarget += chunk.slice(start);
            return;
          }
          if (!this.nameCheck(c)) {
            this.piTarget += chunk.slice(start, this.prevI);
            const isQuestion = c === QUESTION;
            if (isQuestion || isS(c)) {
              if (this.piTarget === "xml") {
                if (!this.xmlDeclPossible) {
                  this.fail("an XML declaration must be at the start of the document.");
                }
                this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
              } else {
                this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
              }
            } else {
              this.fail("disallowed character in processing instruction name.");
              this.piTarget += String.fromCodePoint(c);
            }
            break;
          }
        }
      }
      sPIBody() {
        if (this.text.length === 0) {
          const c = this.getCodeNorm();
          if (c === QUESTION) {
            this.state = S_PI_ENDING;
          } else if (!isS(c)) {
            this.text = String.fromCodePoint(c);
          }
        } else if (this.captureToChar(QUESTION)) {
          this.state = S_PI_ENDING;
        }
      }
      sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          const { piTarget } = this;
          if (piTarget.toLowerCase() === "xml") {
            this.fail("the XML declaration must appear at the start of the document.");
          }
          (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
            target: piTarget,
            body: this.text
          });
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else if (c === QUESTION) {
          this.text += "?";
        } else {
          this.text += `?${String.fromCodePoint(c)}`;
          this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
      }
      sXMLDeclNameStart() {
        const c = this.skipSpaces();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (c !== EOC) {
          this.state = S_XML_DECL_NAME;
          this.name = String.fromCodePoint(c);
        }
      }
      sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.name += this.text;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (!(isS(c) || c === EQUAL)) {
          return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
          switch (this.name.length) {
            case 0:
              this.fail("did not expect any more name/value pairs.");
              break;
            case 1:
              this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
              break;
            default:
              this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
          }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
      }
      sXMLDeclEq() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (c !== EQUAL) {
          this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
      }
      sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (!isQuote(c)) {
          this.fail("value must be quoted.");
          this.q = SPACE;
        } else {
          this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
      }
      sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (c === EOC) {
          return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
          case "version": {
            this.xmlDeclExpects = ["encoding", "standalone"];
            const version = value;
            this.xmlDecl.version = version;
            if (!/^1\.[0-9]+$/.test(version)) {
              this.fail("version number must match /^1\\.[0-9]+$/.");
            } else if (!this.opt.forceXMLVersion) {
              this.setXMLVersion(version);
            }
            break;
          }
          case "encoding":
            if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
              this.fail("encoding value must match /^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
            }
            this.xmlDeclExpects = ["standalone"];
            this.xmlDecl.encoding = value;
            break;
          case "standalone":
            if (value !== "yes" && value !== "no") {
              this.fail('standalone value must match "yes" or "no".');
            }
            this.xmlDeclExpects = [];
            this.xmlDecl.standalone = value;
            break;
          default:
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
      }
      sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (!isS(c)) {
          this.fail("whitespace required.");
          this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
      }
      sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          if (this.piTarget !== "xml") {
            this.fail("processing instructions are not allowed before root.");
          } else if (this.name !== "version" && this.xmlDeclExpects.includes("version")) {
            this.fail("XML declaration must contain a version.");
          }
          (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
          this.name = "";
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else {
          this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
      }
      sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
          return;
        }
        const tag = this.tag = {
          name: this.name,
          attributes: /* @__PURE__ */ Object.create(null)
        };
        this.name = "";
        if (this.xmlnsOpt) {
          this.topNS = tag.ns = /* @__PURE__ */ Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
          this.fail("documents may contain only one root.");
        }
        switch (c) {
          case GREATER:
            this.openTag();
            break;
          case FORWARD_SLASH:
            this.state = S_OPEN_TAG_SLASH;
            break;
          default:
            if (!isS(c)) {
              this.fail("disallowed character in tag name.");
            }
            this.state = S_ATTRIB;
        }
      }
      sOpenTagSlash() {
        if (this.getCode() === GREATER) {
          this.openSelfClosingTag();
        } else {
          this.fail("forward-slash in opening tag not followed by >.");
          this.state = S_ATTRIB;
        }
      }
      sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
          return;
        }
        if (isNameStartChar(c)) {
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
          this.state = S_ATTRIB_VALUE;
        } else if (isS(c)) {
          this.state = S_ATTRIB_NAME_SAW_WHITE;
        } else if (c === GREATER) {
          this.fail("attribute without value.");
          this.pushAttrib(this.name, this.name);
          this.name = this.text = "";
          this.openTag();
        } else if (c !== EOC) {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
          case EOC:
            return;
          case EQUAL:
            this.state = S_ATTRIB_VALUE;
            break;
          default:
            this.fail("attribute without value.");
            this.text = "";
            this.name = "";
            if (c === GREATER) {
              this.openTag();
            } else if (isNameStartChar(c)) {
              this.unget();
              this.state = S_ATTRIB_NAME;
            } else {
              this.fail("disallowed character in attribute name.");
              this.state = S_ATTRIB;
            }
        }
      }
      sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
          this.q = c;
          this.state = S_ATTRIB_VALUE_QUOTED;
        } else if (!isS(c)) {
          this.fail("unquoted attribute value.");
          this.state = S_ATTRIB_VALUE_UNQUOTED;
          this.unget();
        }
      }
      sAttribValueQuoted() {
        const { q, chunk } = this;
        let { i: start } = this;
        while (true) {
          switch (this.getCode()) {
            case q:
              this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
              this.name = this.text = "";
              this.q = null;
              this.state = S_ATTRIB_VALUE_CLOSED;
              return;
            case AMP:
              this.text += chunk.slice(start, this.prevI);
              this.state = S_ENTITY;
              this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
              return;
            case NL:
            case NL_LIKE:
            case TAB:
              this.text += `${chunk.slice(start, this.prevI)} `;
              start = this.i;
              break;
            case LESS:
              this.text += chunk.slice(start, this.prevI);
              this.fail("disallowed character.");
              return;
            case EOC:
              this.text += chunk.slice(start);
              return;
            default:
          }
        }
      }
      sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
          this.state = S_ATTRIB;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else if (isNameStartChar(c)) {
          this.fail("no whitespace between attributes.");
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribValueUnquoted() {
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
          case AMP:
            this.state = S_ENTITY;
            this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
            break;
          case LESS:
            this.fail("disallowed character.");
            break;
          case EOC:
            break;
          default:
            if (this.text.includes("]]>")) {
              this.fail('the string "]]>" is disallowed in char data.');
            }
            this.pushAttrib(this.name, this.text);
            this.name = this.text = "";
            if (c === GREATER) {
              this.openTag();
            } else {
              this.state = S_ATTRIB;
            }
        }
      }
      sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
          this.closeTag();
        } else if (isS(c)) {
          this.state = S_CLOSE_TAG_SAW_WHITE;
        } else if (c !== EOC) {
          this.fail("disallowed character in closing tag.");
        }
      }
      sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
          case GREATER:
            this.closeTag();
            break;
          case EOC:
            break;
          default:
            this.fail("disallowed character in closing tag.");
        }
      }
      // END OF STATE ENGINE METHODS
      handleTextInRoot() {
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        scanLoop:
          while (true) {
            switch (this.getCode()) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text.length !== 0) {
                    handler(text + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              case CLOSE_BRACKET:
                switch (forbiddenState) {
                  case FORBIDDEN_START:
                    forbiddenState = FORBIDDEN_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET:
                    forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET_BRACKET:
                    break;
                  default:
                    throw new Error("impossible state");
                }
                break;
              case GREATER:
                if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                  this.fail('the string "]]>" is disallowed in char data.');
                }
                forbiddenState = FORBIDDEN_START;
                break;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                forbiddenState = FORBIDDEN_START;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break scanLoop;
              default:
                forbiddenState = FORBIDDEN_START;
            }
          }
        this.forbiddenState = forbiddenState;
      }
      handleTextOutsideRoot() {
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        outRootLoop:
          while (true) {
            const code = this.getCode();
            switch (code) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text.length !== 0) {
                    handler(text + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                break outRootLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                nonSpace = true;
                break outRootLoop;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break outRootLoop;
              default:
                if (!isS(code)) {
                  nonSpace = true;
                }
            }
          }
        if (!nonSpace) {
          return;
        }
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextAfterRoot = true;
        }
      }
      pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr = { name, prefix, local, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix === "xmlns") {
          const trimmed = value.trim();
          if (this.currentXMLVersion === "1.0" && trimmed === "") {
            this.fail("invalid attempt to undefine prefix in XML 1.0");
          }
          this.topNS[local] = trimmed;
          nsPairCheck(this, local, trimmed);
        } else if (name === "xmlns") {
          const trimmed = value.trim();
          this.topNS[""] = trimmed;
          nsPairCheck(this, "", trimmed);
        }
      }
      pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
      }
      /**
       * End parsing. This performs final well-formedness checks and resets the
       * parser to a clean state.
       *
       * @returns this
       */
      end() {
        var _a, _b;
        if (!this.sawRoot) {
          this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
          const tag = tags.pop();
          this.fail(`unclosed tag: ${tag.name}`);
        }
        if (this.state !== S_BEGIN && this.state !== S_TEXT) {
          this.fail("unexpected end.");
        }
        const { text } = this;
        if (text.length !== 0) {
          (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text);
          this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
      }
      /**
       * Resolve a namespace prefix.
       *
       * @param prefix The prefix to resolve.
       *
       * @returns The namespace URI or ``undefined`` if the prefix is not defined.
       */
      resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== void 0) {
          return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
          uri = tags[index].ns[prefix];
          if (uri !== void 0) {
            return uri;
          }
        }
        uri = this.ns[prefix];
        if (uri !== void 0) {
          return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
      }
      /**
       * Parse a qname into its prefix and local name parts.
       *
       * @param name The name to parse
       *
       * @returns
       */
      qname(name) {
        const colon = name.indexOf(":");
        if (colon === -1) {
          return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
          this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
      }
      processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
          const { prefix, local } = this.qname(tag.name);
          tag.prefix = prefix;
          tag.local = local;
          const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
          if (prefix !== "") {
            if (prefix === "xmlns") {
              this.fail('tags may not have "xmlns" as prefix.');
            }
            if (uri === "") {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              tag.uri = prefix;
            }
          }
        }
        if (attribList.length === 0) {
          return;
        }
        const { attributes } = tag;
        const seen = /* @__PURE__ */ new Set();
        for (const attr of attribList) {
          const { name, prefix, local } = attr;
          let uri;
          let eqname;
          if (prefix === "") {
            uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
            eqname = name;
          } else {
            uri = this.resolve(prefix);
            if (uri === void 0) {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              uri = prefix;
            }
            eqname = `{${uri}}${local}`;
          }
          if (seen.has(eqname)) {
            this.fail(`duplicate attribute: ${eqname}.`);
          }
          seen.add(eqname);
          attr.uri = uri;
          attributes[name] = attr;
        }
        this.attribList = [];
      }
      processAttribsPlain() {
        const { attribList } = this;
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
          if (attributes[name] !== void 0) {
            this.fail(`duplicate attribute: ${name}.`);
          }
          attributes[name] = value;
        }
        this.attribList = [];
      }
      /**
       * Handle a complete open tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onopentag``.
       */
      openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete self-closing tag. This parser code calls this once it has
       * seen the whole tag. This method checks for well-formeness and then emits
       * ``onopentag`` and ``onclosetag``.
       */
      openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
          this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete close tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onclosetag``.
       */
      closeTag() {
        const { tags, name } = this;
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
          this.fail("weird empty close tag.");
          this.text += "</>";
          return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
          const tag = this.tag = tags.pop();
          this.topNS = tag.ns;
          handler === null || handler === void 0 ? void 0 : handler(tag);
          if (tag.name === name) {
            break;
          }
          this.fail("unexpected close tag.");
        }
        if (l === 0) {
          this.closedRoot = true;
        } else if (l < 0) {
          this.fail(`unmatched closing tag: ${name}.`);
          this.text += `</${name}>`;
        }
      }
      /**
       * Resolves an entity. Makes any necessary well-formedness checks.
       *
       * @param entity The entity to resolve.
       *
       * @returns The parsed entity.
       */
      parseEntity(entity) {
        if (entity[0] !== "#") {
          const defined = this.ENTITIES[entity];
          if (defined !== void 0) {
            return defined;
          }
          this.fail(this.isName(entity) ? "undefined entity." : "disallowed character in entity name.");
          return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
          num = parseInt(entity.slice(2), 16);
        } else if (/^#[0-9]+$/.test(entity)) {
          num = parseInt(entity.slice(1), 10);
        }
        if (!this.isChar(num)) {
          this.fail("malformed character entity.");
          return `&${entity};`;
        }
        return String.fromCodePoint(num);
      }
    };
    exports.SaxesParser = SaxesParser2;
  }
});

// src/adapters/reports/index.ts
import { realpath as realpath2, stat as stat3 } from "node:fs/promises";
import { isAbsolute as isAbsolute3, relative as relative3, resolve as resolve3, sep as sep3 } from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat4) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat4.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat4, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat4 = fs.statSync(resolvedPath);
    if (stat4.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat4, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat4, resolvedPath) => {
          if (stat4.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative4] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative4) : [];
}

// src/adapters/reports/reader.ts
import { isAbsolute as isAbsolute2, relative as relative2, sep as sep2 } from "node:path";
var ReportReadError = class extends Error {
  constructor(message, rule, place = {}) {
    super(message);
    this.rule = rule;
    this.place = place;
    this.name = "ReportReadError";
  }
  rule;
  place;
};
function warningFromError(file, error) {
  if (error instanceof ReportReadError) {
    return { file, message: error.message, rule: error.rule, ...error.place };
  }
  const code = error?.code;
  if (code) return { file, message: `could not read the report (${code})`, rule: "report/unreadable" };
  const reason = error instanceof Error ? error.message : String(error);
  return { file, message: `could not read the report (${reason})`, rule: "report/internal-error" };
}
function displayPathOf(absPath, root) {
  if (!root || !isAbsolute2(absPath)) return absPath;
  const rel = relative2(root, absPath);
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep2}`) || isAbsolute2(rel)) return absPath;
  return rel.split(sep2).join("/");
}
function coverageRead(displayPath, linesPercent, branchesPercent, warnings = []) {
  if (linesPercent === void 0) {
    warnings.push({
      file: displayPath,
      message: "the report has no instrumented lines",
      rule: "coverage/empty"
    });
    return { warnings };
  }
  return {
    coverage: {
      source: displayPath,
      linesPercent,
      ...branchesPercent === void 0 ? {} : { branchesPercent }
    },
    warnings
  };
}
function outcomeOfStatus(status) {
  switch ((status ?? "").toLowerCase()) {
    case "pass":
    case "passed":
    case "success":
      return "passed";
    case "fail":
    case "failed":
    case "failure":
      return "failed";
    case "error":
      return "error";
    default:
      return "skipped";
  }
}

// src/adapters/reports/xml.ts
var import_saxes = __toESM(require_saxes(), 1);

// src/adapters/reports/text.ts
import { isAscii, isUtf8 } from "node:buffer";
import { closeSync, openSync, readSync } from "node:fs";
import { open, readFile, stat as stat2 } from "node:fs/promises";
var HEAD_BYTES = 8192;
var CHUNK_BYTES = 64 * 1024;
async function readHead(absPath, bytes = HEAD_BYTES) {
  const handle = await open(absPath, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
function advance(from, textBefore) {
  const lastBreak = textBefore.lastIndexOf("\n");
  if (lastBreak < 0) return { line: from.line, column: from.column + textBefore.length };
  const inText = offsetToPosition(textBefore, textBefore.length);
  return { line: from.line + inText.line - 1, column: inText.column };
}
var InvalidUtf8 = class extends Error {
  constructor(byte, textBefore) {
    super(
      `not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")}); save the report as UTF-8`
    );
    this.byte = byte;
    this.textBefore = textBefore;
  }
  byte;
  textBefore;
};
function chooseEncoding(head, xml = false) {
  if (head[0] === 239 && head[1] === 187 && head[2] === 191) return "utf-8";
  if (head[0] === 255 && head[1] === 254) return "utf-16le";
  if (head[0] === 254 && head[1] === 255) return "utf-16be";
  if (xml) {
    const declaration = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(
      Buffer.from(head.subarray(0, 200)).toString("latin1")
    );
    const label = declaration?.[1];
    if (label) {
      try {
        return new TextDecoder(label).encoding;
      } catch {
      }
    }
  }
  return "utf-8";
}
function* readChunks(absPath) {
  const fd = openSync(absPath, "r");
  try {
    for (; ; ) {
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (read === 0) return;
      yield read === CHUNK_BYTES ? buffer : buffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}
async function* decodeChunks(absPath, encoding = "utf-8") {
  const utf8 = new TextDecoder(encoding).encoding === "utf-8";
  const check = new Utf8Stream();
  let decoder;
  let first = true;
  for (const bytes of readChunks(absPath)) {
    if (utf8 && !check.cut && isAscii(bytes)) {
      first = false;
      yield bytes.toString("latin1");
      continue;
    }
    const fault = utf8 ? check.check(bytes, isUtf8) : void 0;
    if (fault) throw new InvalidUtf8(fault.byte, new TextDecoder().decode(fault.before));
    decoder ??= new TextDecoder(encoding, { ignoreBOM: !first });
    first = false;
    const text = decoder.decode(bytes, { stream: true });
    if (text) yield text;
  }
  const cut = check.end();
  if (cut) throw new InvalidUtf8(cut.byte, "");
  const rest = decoder?.decode() ?? "";
  if (rest) yield rest;
}
async function forEachLine(absPath, onLine) {
  let lineNumber = 1;
  let partial = "";
  const emit = (line) => onLine(line.endsWith("\r") ? line.slice(0, -1) : line, lineNumber++);
  try {
    for await (const text of decodeChunks(absPath)) {
      let start = 0;
      for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
        const line = partial + text.slice(start, nl);
        partial = "";
        start = nl + 1;
        if (emit(line) === "stop") return;
      }
      partial += text.slice(start);
    }
  } catch (error) {
    if (error instanceof InvalidUtf8) {
      throw new ReportReadError(
        error.message,
        "utf-8",
        advance({ line: lineNumber, column: 1 }, partial + error.textBefore)
      );
    }
    throw error;
  }
  if (partial) emit(partial);
}
async function readWholeText(absPath, maxBytes) {
  const { size } = await stat2(absPath);
  if (size > maxBytes) {
    throw new ReportReadError(
      `too large to read (${Math.round(size / 1048576)} MiB; at most ${Math.round(maxBytes / 1048576)} MiB for this format)`,
      "report/too-large"
    );
  }
  const bytes = await readFile(absPath);
  if (!isUtf8(bytes)) {
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
      const before = new TextDecoder().decode(bytes.subarray(0, bad));
      const error = new InvalidUtf8(bytes[bad], before);
      throw new ReportReadError(error.message, "utf-8", offsetToPosition(before, before.length));
    }
  }
  return new TextDecoder().decode(bytes);
}

// src/adapters/reports/xml.ts
function localName(name) {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}
var STOP = /* @__PURE__ */ Symbol("stop");
async function parseXmlFile(absPath, displayPath, visitor) {
  const warnings = [];
  const parser = new import_saxes.SaxesParser({ xmlns: false, position: true });
  let skippedLines = 0;
  const where = () => ({
    line: parser.line + skippedLines,
    column: Math.max(1, parser.column)
  });
  parser.on("error", (error) => {
    const message = error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, "").replace(/\.$/, "");
    if (message === "disallowed character") {
      if (!warnings.some((w) => w.rule === "xml/disallowed-character")) {
        warnings.push({
          file: displayPath,
          message: "a character XML does not allow here (such as < in an attribute value) was left out",
          rule: "xml/disallowed-character",
          ...where()
        });
      }
      return;
    }
    if (message === "undefined entity") {
      if (!warnings.some((w) => w.rule === "xml/entity")) {
        warnings.push({
          file: displayPath,
          message: "entity references are not expanded (only &lt; &gt; &amp; &quot; &apos; and character references are); the reference is kept as text",
          rule: "xml/entity",
          ...where()
        });
      }
      return;
    }
    throw new ReportReadError(`not well-formed XML: ${message}`, "xml/well-formed", where());
  });
  const { close, text, wantsText } = visitor;
  let textOn = false;
  const listenForText = (want) => {
    if (!text || want === textOn) return;
    textOn = want;
    if (want) {
      parser.on("text", text);
      parser.on("cdata", text);
    } else {
      parser.off("text");
      parser.off("cdata");
    }
  };
  listenForText(wantsText === void 0);
  let depth = 0;
  parser.on("opentag", (tag) => {
    if (++depth > MAX_XML_DEPTH) {
      throw new ReportReadError(
        `elements nested deeper than ${MAX_XML_DEPTH} levels`,
        "xml/nesting",
        where()
      );
    }
    let next;
    try {
      next = visitor.open(tag, localName(tag.name));
    } catch (error) {
      if (error instanceof ReportReadError && error.place.line === void 0) {
        throw new ReportReadError(error.message, error.rule, where());
      }
      throw error;
    }
    if (next === "stop") throw STOP;
    if (wantsText) listenForText(wantsText());
  });
  parser.on("closetag", (tag) => {
    depth--;
    close?.(localName(tag.name));
    if (wantsText) listenForText(wantsText());
  });
  const encoding = chooseEncoding(await readHead(absPath, 256), true);
  try {
    let started = false;
    for await (const chunk of decodeChunks(absPath, encoding)) {
      if (started) {
        parser.write(chunk);
        trimGatheredText(parser);
        continue;
      }
      const text2 = chunk.replace(/^\uFEFF/, "");
      const start = text2.search(/\S/);
      if (start < 0) {
        skippedLines += text2.split("\n").length - 1;
        continue;
      }
      started = true;
      skippedLines += text2.slice(0, start).split("\n").length - 1;
      parser.write(text2.slice(start));
    }
    parser.close();
  } catch (error) {
    if (error === STOP) return warnings;
    if (error instanceof InvalidUtf8) {
      const next = { line: parser.line, column: parser.column + 1 };
      throw new ReportReadError(error.message, "utf-8", advance(next, error.textBefore));
    }
    throw error;
  }
  return warnings;
}
var MAX_XML_DEPTH = 1e3;
var GATHERED_TEXT_MAX = 1024 * 1024;
function trimGatheredText(parser) {
  const held = parser;
  if (typeof held.text === "string" && held.text.length > GATHERED_TEXT_MAX)
    held.text = held.text.slice(0, GATHERED_TEXT_MAX);
}
function numberAttribute(tag, name) {
  const raw = tag.attributes[name];
  if (raw === void 0 || raw.trim() === "") return void 0;
  const value = Number(raw);
  return Number.isFinite(value) ? value : void 0;
}

// src/adapters/reports/check.ts
var CAPTURED = /* @__PURE__ */ new Set(["title", "id", "description", "message", "duration"]);
async function readCheck(absPath, displayPath, options = {}) {
  const summary = emptyTestSummary(displayPath, options);
  let rootSeen = false;
  let suiteTitle;
  let inSuite = false;
  let test;
  let capturing;
  let captured = "";
  const keepsText = () => capturing !== void 0 && captured.length < MESSAGE_MAX * 10;
  let duration;
  const warnings = await parseXmlFile(absPath, displayPath, {
    open(tag, name) {
      if (!rootSeen) {
        rootSeen = true;
        if (name !== "testsuites") {
          throw new ReportReadError(
            `not a Check report: the root element is <${tag.name}>, expected <testsuites>`,
            "check/root"
          );
        }
      }
      if (name === "suite") {
        inSuite = true;
        suiteTitle = void 0;
      } else if (name === "test" && inSuite) {
        test = { outcome: outcomeOfStatus(tag.attributes.result), id: "", description: "" };
      } else if (CAPTURED.has(name)) {
        capturing = name;
        captured = "";
      }
      return void 0;
    },
    close(name) {
      if (name === capturing) {
        capturing = void 0;
        const value = captured.trim();
        if (test) {
          if (name === "id") test.id = value;
          else if (name === "description") test.description = value;
          else if (name === "message") test.message = value;
        } else if (name === "title" && inSuite) suiteTitle = value;
        else if (name === "duration" && !inSuite) {
          const seconds = Number(value);
          if (value !== "" && Number.isFinite(seconds)) duration = seconds;
        }
      } else if (name === "test" && test) {
        const suite = [suiteTitle, test.description].filter(Boolean).join(" \u203A ") || void 0;
        recordTest(summary, test.outcome, {
          name: test.id,
          suite,
          message: test.outcome === "passed" ? void 0 : test.message
        });
        test = void 0;
      } else if (name === "suite") inSuite = false;
    },
    wantsText: keepsText,
    text(text) {
      if (keepsText()) captured += text;
    }
  });
  if (duration !== void 0) summary.durationSeconds = duration;
  return { summary, warnings };
}
var checkReader = {
  format: "check",
  read: readCheck
};

// src/adapters/reports/cobertura.ts
async function readCobertura(absPath, displayPath) {
  let linesPercent;
  let branchesPercent;
  let sawRoot = false;
  const warnings = await parseXmlFile(absPath, displayPath, {
    open(tag, name) {
      if (name !== "coverage") {
        throw new ReportReadError(
          `not a Cobertura report: the root element is <${tag.name}>, expected <coverage>`,
          "cobertura/root"
        );
      }
      sawRoot = true;
      const percent = (covered, valid, rate) => {
        const c = numberAttribute(tag, covered);
        const v = numberAttribute(tag, valid);
        if (c !== void 0 && v !== void 0) return coveragePercent(c, v);
        const r = numberAttribute(tag, rate);
        return r === void 0 ? void 0 : roundPercent(r * 100);
      };
      linesPercent = percent("lines-covered", "lines-valid", "line-rate");
      branchesPercent = percent("branches-covered", "branches-valid", "branch-rate");
      if (linesPercent === void 0 && numberAttribute(tag, "lines-valid") !== 0) {
        throw new ReportReadError(
          "the <coverage> element has neither line-rate nor lines-covered/lines-valid",
          "cobertura/attributes"
        );
      }
      return "stop";
    }
  });
  if (!sawRoot) throw new ReportReadError("not a Cobertura report: no <coverage> element", "cobertura/root");
  return coverageRead(displayPath, linesPercent, branchesPercent, warnings);
}
var coberturaReader = { format: "cobertura", read: readCobertura };

// src/adapters/reports/cppunit.ts
var CAPTURED2 = /* @__PURE__ */ new Set(["Name", "FailureType", "Message", "Tests", "FailuresTotal"]);
async function readCppUnit(absPath, displayPath, options = {}) {
  const summary = emptyTestSummary(displayPath, options);
  let rootSeen = false;
  let section;
  let inStatistics = false;
  let test;
  let capturing;
  let captured = "";
  const keepsText = () => capturing !== void 0 && captured.length < MESSAGE_MAX * 10;
  const declared = {};
  const warnings = await parseXmlFile(absPath, displayPath, {
    open(tag, name) {
      if (!rootSeen) {
        rootSeen = true;
        if (name !== "TestRun") {
          throw new ReportReadError(
            `not a CppUnit report: the root element is <${tag.name}>, expected <TestRun>`,
            "cppunit/root"
          );
        }
      }
      if (name === "SuccessfulTests") section = "passed";
      else if (name === "FailedTests") section = "failed";
      else if (name === "SkippedTests") section = "skipped";
      else if (name === "Statistics") inStatistics = true;
      else if ((name === "Test" || name === "FailedTest") && section) test = { name: "", failureType: "" };
      else if (CAPTURED2.has(name) && (test || inStatistics)) {
        capturing = name;
        captured = "";
      }
      return void 0;
    },
    close(name) {
      if (name === capturing) {
        capturing = void 0;
        const value = captured.trim();
        if (test) {
          if (name === "Name") test.name = value;
          else if (name === "FailureType") test.failureType = value;
          else if (name === "Message") test.message = value;
        } else if (inStatistics) {
          const n = Number(value);
          if (value !== "" && Number.isFinite(n)) {
            if (name === "Tests") declared.tests = n;
            else if (name === "FailuresTotal") declared.failed = n;
          }
        }
      } else if ((name === "Test" || name === "FailedTest") && test && section) {
        const outcome = section === "failed" ? /error/i.test(test.failureType) ? "error" : "failed" : section;
        const separator = test.name.lastIndexOf("::");
        const suite = separator > 0 ? test.name.slice(0, separator) : void 0;
        const testName = separator > 0 ? test.name.slice(separator + 2) : test.name;
        recordTest(summary, outcome, { name: testName, suite, message: test.message });
        test = void 0;
      } else if (name === "SuccessfulTests" || name === "FailedTests" || name === "SkippedTests")
        section = void 0;
      else if (name === "Statistics") inStatistics = false;
    },
    wantsText: keepsText,
    text(text) {
      if (keepsText()) captured += text;
    }
  });
  if (declared.tests !== void 0) {
    const disagreement = declaredTotalsWarning(displayPath, summary, {
      where: "<Statistics>",
      tests: declared.tests,
      failed: declared.failed
    });
    if (disagreement) warnings.push(disagreement);
  }
  return { summary, warnings };
}
var cppunitReader = {
  format: "cppunit",
  read: readCppUnit
};

// src/adapters/reports/json.ts
var JSON_MAX_BYTES = 256 * 1024 * 1024;
async function readJsonReport(absPath, displayPath) {
  const text = await readWholeText(absPath, JSON_MAX_BYTES);
  try {
    return JSON.parse(text);
  } catch {
    try {
      parseJsonLocated(text, displayPath);
    } catch (error) {
      if (error instanceof InputError) {
        const { line, column } = error.location;
        throw new ReportReadError(error.message, "json/syntax", { line, column });
      }
      throw error;
    }
    throw new ReportReadError("invalid JSON", "json/syntax");
  }
}
function asArray(value) {
  return Array.isArray(value) ? value : [];
}
function asString(value) {
  return typeof value === "string" ? value : void 0;
}
function asNumber(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
async function forEachJsonLine(absPath, displayPath, format, onEvent, onText) {
  const warnings = [];
  let objects = 0;
  let skipped = 0;
  let firstSkipped;
  await forEachLine(absPath, (raw, line) => {
    const text = raw.trim();
    if (text === "") return void 0;
    let event;
    try {
      event = text.startsWith("{") ? JSON.parse(text) : void 0;
    } catch {
      event = void 0;
    }
    if (!isRecord(event)) {
      if (onText?.(text, line)) return void 0;
      skipped++;
      firstSkipped ??= line;
      return void 0;
    }
    objects++;
    onEvent(event, line);
    return void 0;
  });
  if (objects === 0) {
    throw new ReportReadError(`not a ${format} report: no line is a JSON object`, "json/syntax", {
      line: firstSkipped ?? 1,
      column: 1
    });
  }
  if (skipped > 0) {
    warnings.push({
      file: displayPath,
      message: `${skipped} ${skipped === 1 ? "line is" : "lines are"} not JSON events and ${skipped === 1 ? "was" : "were"} skipped`,
      rule: "json/lines",
      line: firstSkipped,
      column: 1
    });
  }
  return warnings;
}

// src/adapters/reports/dart-json.ts
async function readDartJson(absPath, displayPath, options = {}) {
  const summary = emptyTestSummary(displayPath, options);
  const suites = /* @__PURE__ */ new Map();
  const started = /* @__PURE__ */ new Map();
  let done = false;
  let lastTime;
  const warnings = await forEachJsonLine(absPath, displayPath, "Dart test JSON", (event) => {
    const type = asString(event.type);
    const time = asNumber(event.time);
    if (time !== void 0) lastTime = Math.max(lastTime ?? time, time);
    switch (type) {
      case "suite": {
        const suite = isRecord(event.suite) ? event.suite : void 0;
        const id = asNumber(suite?.id);
        const path = asString(suite?.path);
        if (id !== void 0 && path) suites.set(id, path);
        break;
      }
      case "testStart": {
        const test = isRecord(event.test) ? event.test : void 0;
        const id = asNumber(test?.id);
        if (id === void 0 || !test) break;
        const suiteId = asNumber(test.suiteID);
        started.set(id, {
          name: asString(test.name) ?? "",
          suite: suiteId === void 0 ? void 0 : suites.get(suiteId)
        });
        break;
      }
      case "error": {
        const test = started.get(asNumber(event.testID) ?? -1);
        if (test && test.message === void 0) test.message = asString(event.error);
        break;
      }
      case "testDone": {
        const id = asNumber(event.testID) ?? -1;
        const test = started.get(id);
        if (!test) break;
        started.delete(id);
        const result = asString(event.result);
        const outcome = result === "failure" ? "failed" : result === "error" ? "error" : event.skipped === true ? "skipped" : "passed";
        if (event.hidden === true && outcome !== "failed" && outcome !== "error") break;
        recordTest(summary, outcome, { name: test.name, suite: test.suite, message: test.message });
        break;
      }
      case "done":
        done = true;
        break;
    }
  });
  for (const test of started.values()) {
    recordTest(summary, "error", {
      name: test.name,
      suite: test.suite,
      message: "started but never finished"
    });
  }
  if (started.size > 0 || !done) {
    warnings.push({
      file: displayPath,
      message: started.size > 0 ? `${started.size} ${started.size === 1 ? "test started but has" : "tests started but have"} no result (the run was cut short); counted as errored` : 'the run has no "done" event: it may have been cut short',
      rule: "dart-json/unfinished"
    });
  }
  if (lastTime !== void 0) summary.durationSeconds = lastTime / 1e3;
  return { summary, warnings };
}
var dartJsonReader = {
  format: "dart-json",
  read: readDartJson
};

// src/adapters/reports/go-json.ts
var ACTIONS = { pass: "passed", fail: "failed", skip: "skipped" };
var OUTPUT_KEPT = 20;
async function readGoJson(absPath, displayPath, options = {}) {
  const summary = emptyTestSummary(displayPath, options);
  const output = /* @__PURE__ */ new Map();
  const running = /* @__PURE__ */ new Map();
  const packagesWithFailures = /* @__PURE__ */ new Set();
  let elapsed;
  const compilerLines = [];
  const warnings = await forEachJsonLine(
    absPath,
    displayPath,
    "go test -json",
    (event) => {
      const action = asString(event.Action);
      const pkg = asString(event.Package) ?? "";
      const test = asString(event.Test);
      if (!action) return;
      if (test === void 0) {
        if (action === "fail" && !packagesWithFailures.has(pkg)) {
          const lines = output.get(`${pkg}
`) ?? [];
          const message = lines.find((l) => /\S/.test(l) && !/^(?:FAIL|ok)\b/.test(l.trim())) ?? "package failed";
          recordTest(summary, "error", { name: "[package failed]", suite: pkg, message });
        }
        if (action === "pass" || action === "fail" || action === "skip") {
          const seconds = asNumber(event.Elapsed);
          if (seconds !== void 0) elapsed = (elapsed ?? 0) + seconds;
          output.delete(`${pkg}
`);
        } else if (action === "output") {
          const lines = output.get(`${pkg}
`) ?? [];
          if (lines.length < OUTPUT_KEPT) lines.push(asString(event.Output) ?? "");
          output.set(`${pkg}
`, lines);
        }
        return;
      }
      const key = `${pkg}
${test}`;
      if (action === "run") running.set(key, { pkg, test });
      else if (action === "output") {
        const lines = output.get(key) ?? [];
        if (lines.length < OUTPUT_KEPT) lines.push(asString(event.Output) ?? "");
        output.set(key, lines);
      } else {
        const outcome = ACTIONS[action];
        if (!outcome) return;
        running.delete(key);
        const lines = output.get(key) ?? [];
        output.delete(key);
        let message;
        if (outcome === "failed") {
          packagesWithFailures.add(pkg);
          message = lines.map((l) => l.trim()).find((l) => l && !/^(?:=== (?:RUN|PAUSE|CONT|NAME)|--- (?:FAIL|PASS|SKIP))\b/.test(l));
        }
        recordTest(summary, outcome, { name: test, suite: pkg, message });
      }
    },
    (text) => {
      const failed = /^FAIL\s+(\S+)\s+\[(build|setup) failed\]/.exec(text);
      if (failed) {
        const pkg = failed[1] ?? "";
        packagesWithFailures.add(pkg);
        const message = compilerLines.find((l) => !l.startsWith("#")) ?? `${failed[2]} failed`;
        recordTest(summary, "error", { name: `[${failed[2]} failed]`, suite: pkg, message });
        compilerLines.length = 0;
        return true;
      }
      if (compilerLines.length < OUTPUT_KEPT) compilerLines.push(text);
      return /^#\s/.test(text) || /^\S+\.go:\d+/.test(text);
    }
  );
  for (const { pkg, test } of running.values()) {
    recordTest(summary, "error", { name: test, suite: pkg, message: "started but never finished" });
  }
  if (running.size > 0) {
    warnings.push({
      file: displayPath,
      message: `${running.size} ${running.size === 1 ? "test started but has" : "tests started but have"} no result (the run was cut short); counted as errored`,
      rule: "go-json/unfinished"
    });
  }
  if (elapsed !== void 0) summary.durationSeconds = elapsed;
  return { summary, warnings };
}
var goJsonReader = {
  format: "go-json",
  read: readGoJson
};

// src/adapters/reports/istanbul-summary.ts
function percentOf(metric) {
  if (!isRecord(metric)) return void 0;
  const total = asNumber(metric.total);
  const covered = asNumber(metric.covered);
  if (total !== void 0 && covered !== void 0) return coveragePercent(covered, total);
  const pct = asNumber(metric.pct);
  return pct === void 0 ? void 0 : roundPercent(pct);
}
async function readIstanbulSummary(absPath, displayPath) {
  const report2 = await readJsonReport(absPath, displayPath);
  if (!isRecord(report2) || !isRecord(report2.total) || !isRecord(report2.total.lines)) {
    throw new ReportReadError(
      'not an Istanbul coverage summary: no "total.lines" object',
      "istanbul-summary/shape"
    );
  }
  const linesPercent = percentOf(report2.total.lines);
  const warnings = [];
  const branchesPercent = percentOf(report2.total.branches);
  return coverageRead(displayPath, linesPercent, branchesPercent, warnings);
}
var istanbulSummaryReader = {
  format: "istanbul-summary",
  read: readIstanbulSummary
};

// src/adapters/reports/jest-json.ts
function suiteFailureMessage(message) {
  return message?.split("\n").map((line) => line.trim()).find((line) => line && !line.startsWith("\u25CF"));
}
async function readJestJson(absPath, displayPath, options = {}) {
  const report2 = await readJsonReport(absPath, displayPath);
  if (!isRecord(report2) || !Array.isArray(report2.testResults)) {
    throw new ReportReadError('not a Jest JSON report: no "testResults" array', "jest-json/shape");
  }
  const summary = emptyTestSummary(displayPath, options);
  let lastEnd;
  for (const file of report2.testResults) {
    if (!isRecord(file)) continue;
    const testFile = asString(file.name) ?? asString(file.testFilePath);
    const suite = testFile ? displayPathOf(testFile, options.repoRoot) : void 0;
    const assertions = Array.isArray(file.assertionResults) ? file.assertionResults : asArray(file.testResults);
    for (const assertion of assertions) {
      if (!isRecord(assertion)) continue;
      const title = asString(assertion.title) ?? "";
      const ancestors = asArray(assertion.ancestorTitles).filter((t) => typeof t === "string");
      const name = asString(assertion.fullName) ?? [...ancestors, title].join(" ");
      const message = asArray(assertion.failureMessages).find((m) => typeof m === "string");
      recordTest(summary, outcomeOfStatus(asString(assertion.status)), { name, suite, message });
    }
    const execError = isRecord(file.testExecError) ? file.testExecError : void 0;
    const failedToRun = file.status === "failed" || execError !== void 0 || (asString(file.failureMessage) ?? "") !== "";
    if (assertions.length === 0 && failedToRun) {
      const message = suiteFailureMessage(
        asString(file.message) ?? asString(file.failureMessage) ?? asString(execError?.message)
      );
      recordTest(summary, "error", {
        name: suite ?? "(test file)",
        message: message ?? "test suite failed to run"
      });
    }
    const end = asNumber(file.endTime) ?? asNumber(isRecord(file.perfStats) ? file.perfStats.end : void 0);
    if (end !== void 0) lastEnd = Math.max(lastEnd ?? end, end);
  }
  const start = asNumber(report2.startTime);
  if (start !== void 0 && lastEnd !== void 0)
    summary.durationSeconds = Math.max(0, (lastEnd - start) / 1e3);
  const warnings = [];
  const total = asNumber(report2.numTotalTests);
  if (total !== void 0) {
    const runtimeErrors = asNumber(report2.numRuntimeErrorTestSuites) ?? 0;
    const failed = asNumber(report2.numFailedTests);
    const pending = asNumber(report2.numPendingTests);
    const disagreement = declaredTotalsWarning(displayPath, summary, {
      where: '"numTotalTests"',
      tests: total + runtimeErrors,
      failed: failed === void 0 ? void 0 : failed + runtimeErrors,
      skipped: pending === void 0 ? void 0 : pending + (asNumber(report2.numTodoTests) ?? 0)
    });
    if (disagreement) warnings.push(disagreement);
  }
  return { summary, warnings };
}
var jestJsonReader = {
  format: "jest-json",
  read: readJestJson
};

// src/adapters/reports/junit.ts
var TEXT_KEPT = MESSAGE_MAX * 10;
function attributeCounts(tag) {
  const tests = numberAttribute(tag, "tests");
  if (tests === void 0) return void 0;
  return {
    tests,
    failures: numberAttribute(tag, "failures"),
    errors: numberAttribute(tag, "errors"),
    skipped: numberAttribute(tag, "skipped") ?? numberAttribute(tag, "skip") ?? numberAttribute(tag, "disabled")
  };
}
function addCounts(into, counts) {
  into.tests += counts.tests;
  const add = (a, b) => a === void 0 && b === void 0 ? void 0 : (a ?? 0) + (b ?? 0);
  into.failures = add(into.failures, counts.failures);
  into.errors = add(into.errors, counts.errors);
  into.skipped = add(into.skipped, counts.skipped);
}
function declaredOf(counts, where) {
  const failed = counts.failures === void 0 && counts.errors === void 0 ? void 0 : (counts.failures ?? 0) + (counts.errors ?? 0);
  return { where, tests: counts.tests, failed, skipped: counts.skipped };
}
async function readJUnit(absPath, displayPath, options = {}) {
  const summary = emptyTestSummary(displayPath, options);
  let rootSeen = false;
  let rootName = "";
  let nestedSuites = false;
  let casesOutsideSuites = false;
  let rootTime;
  let rootCounts;
  const suiteNames = [];
  let topSuiteTime;
  const topSuiteCounts = { tests: 0 };
  let topSuitesWithCounts = 0;
  let test;
  let capturing;
  let captured = "";
  const keepsText = () => capturing !== void 0 && captured.length < TEXT_KEPT;
  const warnings = await parseXmlFile(absPath, displayPath, {
    open(tag, name) {
      if (!rootSeen) {
        rootSeen = true;
        if (name !== "testsuites" && name !== "testsuite") {
          throw new ReportReadError(
            `not a JUnit report: the root element is <${tag.name}>, expected <testsuites> or <testsuite>`,
            "junit/root"
          );
        }
        rootName = tag.name;
        rootTime = numberAttribute(tag, "time");
        rootCounts = attributeCounts(tag);
      }
      if (test) {
        switch (name) {
          case "failure":
          case "rerunFailure":
            test.failed = true;
            break;
          case "error":
          case "rerunError":
            test.errored = true;
            break;
          case "skipped":
            test.skipped = true;
            return void 0;
          default:
            return void 0;
        }
        if (test.message === void 0 && capturing === void 0) {
          const message = tag.attributes.message?.trim();
          if (message) test.message = message;
          else {
            capturing = name;
            captured = "";
          }
        }
        return void 0;
      }
      if (name === "testsuite") {
        if (suiteNames.length === 0) {
          const time = numberAttribute(tag, "time");
          if (time !== void 0) topSuiteTime = (topSuiteTime ?? 0) + time;
          const counts = attributeCounts(tag);
          if (counts) {
            topSuitesWithCounts++;
            addCounts(topSuiteCounts, counts);
          }
        }
        if (suiteNames.length > 0) nestedSuites = true;
        suiteNames.push(tag.attributes.name ?? "");
      } else if (name === "testcase") {
        if (suiteNames.length === 0) casesOutsideSuites = true;
        test = {
          name: tag.attributes.name ?? "",
          suite: tag.attributes.classname || suiteNames[suiteNames.length - 1] || void 0,
          failed: false,
          errored: false,
          skipped: false
        };
      }
      return void 0;
    },
    close(name) {
      if (capturing === name) {
        capturing = void 0;
        if (test && captured.trim()) test.message = captured;
      } else if (name === "testcase" && test) {
        const outcome = test.failed ? "failed" : test.errored ? "error" : test.skipped ? "skipped" : "passed";
        recordTest(summary, outcome, { name: test.name, suite: test.suite, message: test.message });
        test = void 0;
      } else if (name === "testsuite" && !test) {
        suiteNames.pop();
      }
    },
    wantsText: keepsText,
    text(text) {
      if (keepsText()) captured += text.slice(0, TEXT_KEPT);
    }
  });
  const declared = rootCounts ? declaredOf(rootCounts, `<${rootName}>`) : topSuitesWithCounts > 0 && !nestedSuites && !casesOutsideSuites ? declaredOf(topSuiteCounts, topSuitesWithCounts > 1 ? "the <testsuite> elements" : "<testsuite>") : void 0;
  const disagreement = declared && declaredTotalsWarning(displayPath, summary, declared);
  if (disagreement) warnings.push(disagreement);
  const duration = rootTime ?? topSuiteTime;
  if (duration !== void 0) summary.durationSeconds = duration;
  return { summary, warnings };
}
var junitReader = {
  format: "junit",
  read: readJUnit
};

// src/adapters/reports/lcov.ts
import { isUtf8 as isUtf82 } from "node:buffer";
import { createReadStream } from "node:fs";
var CHUNK_BYTES2 = 1024 * 1024;
var NEWLINE = 10;
var END_OF_RECORD = Buffer.from("end_of_record");
var pack = (key) => [...key].reduce((n, c) => n * 256 + c.charCodeAt(0), 0);
var SF = pack("SF");
var DA = pack("DA");
var BRDA = pack("BRDA");
var LF = pack("LF");
var LH = pack("LH");
var BRF = pack("BRF");
var BRH = pack("BRH");
var COUNT_KEYS = /* @__PURE__ */ new Map([
  [LF, "LF"],
  [LH, "LH"],
  [BRF, "BRF"],
  [BRH, "BRH"]
]);
var emptyField = () => ({ value: 0, digits: 0, odd: false, negative: false, nonZero: false });
var resetField = (f) => {
  f.value = 0;
  f.digits = 0;
  f.odd = false;
  f.negative = false;
  f.nonZero = false;
};
var isHit = (f) => f.odd ? !f.negative && f.nonZero : f.value > 0;
async function readLcov(absPath, displayPath) {
  let records = 0;
  let linesFound = 0;
  let linesHit = 0;
  let branchesFound = 0;
  let branchesHit = 0;
  let open2 = false;
  let lf = -1;
  let lh = -1;
  let brf = -1;
  let brh = -1;
  let daFound = 0;
  let daHit = 0;
  let brdaFound = 0;
  let brdaHit = 0;
  const close = () => {
    if (!open2) return;
    records++;
    linesFound += lf >= 0 ? lf : daFound;
    linesHit += lh >= 0 ? lh : daHit;
    branchesFound += brf >= 0 ? brf : brdaFound;
    branchesHit += brh >= 0 ? brh : brdaHit;
    open2 = false;
  };
  let lineNumber = 1;
  let at = 0 /* Key */;
  let key = 0;
  let keyLength = 0;
  let leading = true;
  let endMatch = 0;
  let commas = 0;
  let valueColumn = 0;
  let column = 0;
  let valueText = "";
  const field = emptyField();
  const endLine = () => {
    if (at === 0 /* Key */) {
      if (endMatch === END_OF_RECORD.length) close();
    } else if (at === 1 /* Value */) {
      if (key === DA) {
        daFound++;
        if (commas === 1 && isHit(field)) daHit++;
      } else if (key === BRDA) {
        brdaFound++;
        if (commas === 3 && isHit(field)) brdaHit++;
      } else {
        if (field.odd || field.digits === 0) {
          throw new ReportReadError(
            `not a valid lcov count in ${COUNT_KEYS.get(key)}: "${valueText.trim()}"`,
            "lcov/syntax",
            { line: lineNumber, column: valueColumn }
          );
        }
        if (key === LF) lf = field.value;
        else if (key === LH) lh = field.value;
        else if (key === BRF) brf = field.value;
        else brh = field.value;
      }
    }
    lineNumber++;
    at = 0 /* Key */;
    key = 0;
    keyLength = 0;
    leading = true;
    endMatch = 0;
    column = 0;
  };
  const scan = (buf) => {
    const length = buf.length;
    for (let i = 0; i < length; i++) {
      const byte = buf[i];
      if (byte === NEWLINE) {
        endLine();
        continue;
      }
      column++;
      if (at === 2 /* Skip */) continue;
      if (at === 0 /* Key */) {
        if (leading && (byte === 32 || byte === 9)) continue;
        leading = false;
        if (byte === 58) {
          if (keyLength > 4) at = 2 /* Skip */;
          else if (key === SF) {
            close();
            open2 = true;
            lf = lh = brf = brh = -1;
            daFound = daHit = brdaFound = brdaHit = 0;
            at = 2 /* Skip */;
          } else if (!open2) at = 2 /* Skip */;
          else if (key === DA || key === BRDA || COUNT_KEYS.has(key)) {
            at = 1 /* Value */;
            commas = 0;
            resetField(field);
            valueText = "";
            valueColumn = column + 1;
          } else at = 2 /* Skip */;
          continue;
        }
        if (endMatch >= 0) {
          if (endMatch < END_OF_RECORD.length && byte === END_OF_RECORD[endMatch]) endMatch++;
          else if (byte !== 32 && byte !== 9 && byte !== 13) endMatch = -1;
        }
        keyLength++;
        if (keyLength <= 4) key = key * 256 + byte;
        continue;
      }
      if (key === DA || key === BRDA) {
        if (byte === 44) {
          commas++;
          if (key === DA && commas === 1 || key === BRDA && commas === 3) resetField(field);
          continue;
        }
        if (key === DA && commas !== 1 || key === BRDA && commas !== 3) continue;
      } else if (valueText.length < 40) valueText += String.fromCharCode(byte);
      if (byte >= 48 && byte <= 57) {
        field.value = field.value * 10 + (byte - 48);
        field.digits++;
        if (byte !== 48) field.nonZero = true;
      } else if (byte === 32 || byte === 9 || byte === 13) {
      } else {
        if (field.digits === 0 && !field.odd && byte === 45) field.negative = true;
        field.odd = true;
      }
    }
  };
  const utf8 = new Utf8Stream();
  const faultAt = (fault) => {
    const heldBytes = fault.offset < 0 ? -fault.offset : fault.before.length - fault.offset;
    const before = fault.before;
    const lastBreak = before.lastIndexOf(NEWLINE);
    let line = lineNumber;
    for (let i = before.indexOf(NEWLINE); i >= 0; i = before.indexOf(NEWLINE, i + 1)) line++;
    const error = new InvalidUtf8(fault.byte, new TextDecoder().decode(before.subarray(lastBreak + 1)));
    const startColumn = lastBreak < 0 ? Math.max(0, column - heldBytes) + 1 : 1;
    throw new ReportReadError(
      error.message,
      "utf-8",
      advance({ line, column: startColumn }, error.textBefore)
    );
  };
  for await (const chunk of createReadStream(absPath, { highWaterMark: CHUNK_BYTES2 })) {
    const bytes = chunk;
    const fault = utf8.check(bytes, isUtf82);
    if (fault) faultAt(fault);
    scan(bytes);
  }
  const cut = utf8.end();
  if (cut) faultAt(cut);
  if (column > 0 || at !== 0 /* Key */ || keyLength > 0) endLine();
  close();
  if (records === 0) throw new ReportReadError("not an lcov report: no SF: records", "lcov/empty");
  const linesPercent = coveragePercent(linesHit, linesFound);
  const warnings = [];
  const branchesPercent = coveragePercent(branchesHit, branchesFound);
  return coverageRead(displayPath, linesPercent, branchesPercent, warnings);
}
var lcovReader = { format: "lcov", read: readLcov };

// src/adapters/reports/mocha-json.ts
async function readMochaJson(absPath, displayPath, options = {}) {
  const report2 = await readJsonReport(absPath, displayPath);
  if (!isRecord(report2) || !isRecord(report2.stats)) {
    throw new ReportReadError('not a Mocha JSON report: no "stats" object', "mocha-json/shape");
  }
  const summary = emptyTestSummary(displayPath, options);
  const record = (tests2, outcome) => {
    for (const test of asArray(tests2)) {
      if (!isRecord(test)) continue;
      const file = asString(test.file);
      recordTest(summary, outcome, {
        name: asString(test.fullTitle) ?? asString(test.title) ?? "",
        suite: file ? displayPathOf(file, options.repoRoot) : void 0,
        message: isRecord(test.err) ? asString(test.err.message) : void 0
      });
    }
  };
  if (Array.isArray(report2.passes) || Array.isArray(report2.failures) || Array.isArray(report2.pending)) {
    record(report2.passes, "passed");
    record(report2.failures, "failed");
    record(report2.pending, "skipped");
  } else {
    summary.passed = asNumber(report2.stats.passes) ?? 0;
    summary.failed = asNumber(report2.stats.failures) ?? 0;
    summary.skipped = asNumber(report2.stats.pending) ?? 0;
  }
  const duration = asNumber(report2.stats.duration);
  if (duration !== void 0) summary.durationSeconds = duration / 1e3;
  const warnings = [];
  const tests = asNumber(report2.stats.tests);
  if (tests !== void 0) {
    const failures = asNumber(report2.stats.failures);
    const hookFailures = asArray(report2.failures).filter(
      (f) => isRecord(f) && /^"(?:before|after) (?:all|each)" hook/.test(asString(f.title) ?? "")
    ).length;
    const disagreement = declaredTotalsWarning(displayPath, summary, {
      where: '"stats"',
      tests: tests + hookFailures,
      failed: failures,
      skipped: asNumber(report2.stats.pending)
    });
    if (disagreement) warnings.push(disagreement);
  }
  return { summary, warnings };
}
var mochaJsonReader = {
  format: "mocha-json",
  read: readMochaJson
};

// src/adapters/reports/nunit.ts
function outcomeOf(tag) {
  const result = (tag.attributes.result ?? "").toLowerCase();
  const label = (tag.attributes.label ?? "").toLowerCase();
  switch (result) {
    case "passed":
    case "success":
    case "warning":
      return "passed";
    case "failed":
      return label === "error" || label === "invalid" ? "error" : "failed";
    case "failure":
    case "cancelled":
      return "failed";
    case "error":
      return "error";
    case "": {
      const executed = (tag.attributes.executed ?? "true").toLowerCase() !== "false";
      const success = tag.attributes.success?.toLowerCase();
      if (!executed || success === void 0) return "skipped";
      return success === "true" ? "passed" : "failed";
    }
    default:
      return "skipped";
  }
}
function declaredOf2(tag, version3) {
  const n = (key) => numberAttribute(tag, key);
  const total = n("total");
  if (total === void 0) return void 0;
  const where = `<${tag.name}>`;
  if (version3) {
    const skipped = n("skipped");
    return {
      where,
      tests: total,
      failed: n("failed"),
      skipped: skipped === void 0 ? void 0 : skipped + (n("inconclusive") ?? 0)
    };
  }
  const notRun = n("not-run");
  const failures = n("failures");
  return {
    where,
    tests: total + (notRun ?? 0),
    failed: failures === void 0 ? void 0 : failures + (n("errors") ?? 0),
    skipped: notRun === void 0 ? void 0 : notRun + (n("inconclusive") ?? 0)
  };
}
async function readNUnit(absPath, displayPath, options = {}) {
  const summary = emptyTestSummary(displayPath, options);
  let rootSeen = false;
  let declared;
  const suites = [];
  let test;
  let inMessage = false;
  let message = "";
  const keepsText = () => inMessage && message.length < MESSAGE_MAX * 10;
  let duration;
  const warnings = await parseXmlFile(absPath, displayPath, {
    open(tag, name) {
      if (!rootSeen) {
        rootSeen = true;
        if (name !== "test-run" && name !== "test-results" && name !== "test-suite") {
          throw new ReportReadError(
            `not an NUnit report: the root element is <${tag.name}>, expected <test-run>, <test-results> or <test-suite>`,
            "nunit/root"
          );
        }
        if (name !== "test-suite") declared = declaredOf2(tag, name === "test-run");
        const seconds = numberAttribute(tag, "duration") ?? numberAttribute(tag, "time");
        if (seconds !== void 0 && name !== "test-results") duration = seconds;
      }
      if (name === "test-suite") {
        const type = tag.attributes.type ?? "";
        const fixture = /fixture/i.test(type) ? tag.attributes.fullname ?? tag.attributes.name : void 0;
        suites.push(fixture);
        if (suites.length === 1 && duration === void 0 && declared === void 0) {
          duration = numberAttribute(tag, "duration") ?? numberAttribute(tag, "time");
        }
      } else if (name === "test-case") {
        const classname = tag.attributes.classname;
        const fixture = [...suites].reverse().find((s) => s !== void 0);
        const suite = classname ?? fixture;
        let testName = tag.attributes.name ?? tag.attributes.fullname ?? "";
        if (!classname && suite && testName.startsWith(`${suite}.`))
          testName = testName.slice(suite.length + 1);
        test = { name: testName, suite, outcome: outcomeOf(tag) };
        if (tag.attributes.executed?.toLowerCase() === "false") test.outcome = "skipped";
      } else if (name === "message" && test && test.message === void 0) {
        inMessage = true;
        message = "";
      }
      return void 0;
    },
    close(name) {
      if (name === "message" && inMessage) {
        inMessage = false;
        if (test) test.message = message;
      } else if (name === "test-case" && test) {
        recordTest(summary, test.outcome, { name: test.name, suite: test.suite, message: test.message });
        test = void 0;
      } else if (name === "test-suite") suites.pop();
    },
    wantsText: keepsText,
    text(text) {
      if (keepsText()) message += text;
    }
  });
  if (duration !== void 0) summary.durationSeconds = duration;
  const disagreement = declared && declaredTotalsWarning(displayPath, summary, declared);
  if (disagreement) warnings.push(disagreement);
  return { summary, warnings };
}
var nunitReader = {
  format: "nunit",
  read: readNUnit
};

// src/adapters/reports/rspec-json.ts
async function readRspecJson(absPath, displayPath, options = {}) {
  const report2 = await readJsonReport(absPath, displayPath);
  if (!isRecord(report2) || !Array.isArray(report2.examples)) {
    throw new ReportReadError('not an RSpec JSON report: no "examples" array', "rspec-json/shape");
  }
  const summary = emptyTestSummary(displayPath, options);
  for (const example of report2.examples) {
    if (!isRecord(example)) continue;
    const file = asString(example.file_path);
    recordTest(summary, outcomeOfStatus(asString(example.status)), {
      name: asString(example.full_description) ?? asString(example.description) ?? asString(example.id) ?? "",
      suite: file ? displayPathOf(file.replace(/^\.\//, ""), options.repoRoot) : void 0,
      message: isRecord(example.exception) ? asString(example.exception.message) : void 0
    });
  }
  const warnings = [];
  const stats = isRecord(report2.summary) ? report2.summary : void 0;
  const outside = asNumber(stats?.errors_outside_of_examples_count) ?? 0;
  const messages = asArray(report2.messages).filter((m) => typeof m === "string");
  for (let i = 0; i < outside; i++) {
    recordTest(summary, "error", {
      name: "[error outside of examples]",
      message: messages.find((m) => /error/i.test(m)) ?? messages[0] ?? "an error occurred outside of examples"
    });
  }
  if (stats) {
    const failures = asNumber(stats.failure_count);
    const disagreement = declaredTotalsWarning(displayPath, summary, {
      where: '"summary"',
      tests: (asNumber(stats.example_count) ?? 0) + outside,
      failed: failures === void 0 ? void 0 : failures + outside,
      skipped: asNumber(stats.pending_count)
    });
    if (disagreement) warnings.push(disagreement);
    const duration = asNumber(stats.duration);
    if (duration !== void 0) summary.durationSeconds = duration;
  }
  return { summary, warnings };
}
var rspecJsonReader = {
  format: "rspec-json",
  read: readRspecJson
};

// src/adapters/reports/tap.ts
var TEST_POINT = /^(not ok|ok)\b\s*(\d+)?\s*(?:-\s+)?(.*)$/;
var DIRECTIVE = /(?:^|\s)#\s*(skip|todo)\S*\s*:?\s*(.*)$/i;
var PLAN = /^1\.\.(\d+)\b/;
var BAIL_OUT = /^Bail out!\s*(.*)$/i;
var SUBTEST = /^#\s*Subtest\b:?\s*(.*)$/i;
var YAML_MESSAGE = /^(message|error):\s*(.*)$/;
function yamlScalar(raw) {
  const value = raw.trim();
  if (/^[|>][+-]?\d*$/.test(value)) return void 0;
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'"))
    return value.slice(1, -1).replace(/''/g, "'");
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"'))
    return value.slice(1, -1).replace(/\\"/g, '"');
  return value;
}
async function readTap(absPath, displayPath, options = {}) {
  const topLevelOnly = options.tapCount === "top-level";
  const summary = emptyTestSummary(displayPath, options);
  const warnings = [];
  const warnOnce = (rule, message, line, column = 1) => {
    if (!warnings.some((w) => w.rule === rule))
      warnings.push({ file: displayPath, message, rule, line, column });
  };
  const children = /* @__PURE__ */ new Map();
  const subtestNames = /* @__PURE__ */ new Map();
  const buffered = [];
  let pending;
  let yaml;
  let plan;
  let topLevelPoints = 0;
  let lastNumber = 0;
  let lastWritten = "0";
  let maxNumber = 0;
  let maxWritten = "0";
  let sawTap = false;
  let bailedOut = false;
  let strict = false;
  let pointIndent;
  const flush = () => {
    if (pending) recordTest(summary, pending.outcome, pending);
    pending = void 0;
  };
  const suiteAt = (indent) => {
    const names = [
      ...[...subtestNames.entries()].filter(([at]) => at < indent),
      ...buffered.filter((b) => b.indent < indent).map((b) => [b.indent, b.name])
    ].sort(([a], [b]) => a - b).map(([, name]) => name);
    return names.length ? names.join(" > ") : void 0;
  };
  const resolve4 = (indent, notOk, kind, name, suite) => {
    let childCount = 0;
    let childFailed = false;
    for (const [at, seen] of children) {
      if (at <= indent) continue;
      childCount += seen.count;
      childFailed ||= seen.failed;
      children.delete(at);
    }
    for (const at of subtestNames.keys()) if (at > indent) subtestNames.delete(at);
    let outcome;
    const own = kind === "skip" ? "skipped" : notOk ? "failed" : "passed";
    if (topLevelOnly) {
      if (indent === 0) outcome = own;
    } else if (childCount === 0) outcome = own;
    else if (notOk && kind !== "skip" && !childFailed) outcome = "failed";
    if (outcome) pending = { outcome, name, suite };
    const here = children.get(indent) ?? { count: 0, failed: false };
    here.count++;
    here.failed ||= childFailed || outcome === "failed";
    children.set(indent, here);
  };
  const onTestPoint = (indent, match, lineNumber) => {
    const [, status, numberText, rawRest = ""] = match;
    const trimmed = rawRest.trimEnd();
    const opensBuffer = trimmed.endsWith("{");
    const rest = opensBuffer ? trimmed.slice(0, -1).trimEnd() : rawRest;
    const directive = DIRECTIVE.exec(rest);
    const kind = directive?.[1]?.toLowerCase();
    const description = directive ? rest.slice(0, directive.index) : rest;
    const name = description.trim().replace(/\\([\\#])/g, "$1");
    const notOk = status === "not ok";
    if (indent === 0) {
      topLevelPoints++;
      const number = numberText === void 0 ? lastNumber + 1 : Number(numberText);
      const written = numberText ?? String(number);
      if (number !== lastNumber + 1) {
        warnOnce(
          "tap/numbering",
          topLevelPoints === 1 ? `the first test point is numbered ${written}, not 1: test points are out of order or missing` : `test point ${written} comes after ${lastWritten}: test points are out of order or repeated`,
          lineNumber
        );
      }
      if (plan && number > plan.count) {
        warnOnce("tap/outside-plan", `test point ${written} is outside the plan 1..${plan.text}`, lineNumber);
      }
      lastWritten = written;
      lastNumber = number;
      if (number > maxNumber) {
        maxNumber = number;
        maxWritten = written;
      }
    }
    if (opensBuffer) {
      buffered.push({ indent, notOk, kind, name, suite: suiteAt(indent) });
      return;
    }
    resolve4(indent, notOk, kind, name, suiteAt(indent));
  };
  await forEachLine(absPath, (raw, lineNumber) => {
    const trimmed = raw.trimStart();
    const indent = raw.length - trimmed.length;
    const afterPoint = pointIndent;
    pointIndent = void 0;
    if (yaml) {
      const line = trimmed.trimEnd();
      if (indent === yaml.indent && line === "...") {
        yaml = void 0;
        flush();
        return void 0;
      }
      if (line === "" || indent >= yaml.indent) {
        if (pending && pending.message === void 0 && pending.outcome === "failed") {
          if (yaml.blockMessage) {
            if (line) pending.message = line;
          } else if (indent === yaml.indent) {
            const key = YAML_MESSAGE.exec(line);
            if (key) {
              const value = yamlScalar(key[2] ?? "");
              if (value === void 0) yaml.blockMessage = true;
              else if (value) pending.message = value;
            }
          }
          if (pending.message !== void 0) yaml.blockMessage = false;
        }
        return void 0;
      }
      yaml = void 0;
    }
    if (afterPoint !== void 0 && indent > afterPoint && trimmed.trimEnd() === "---") {
      yaml = { indent, blockMessage: false };
      return void 0;
    }
    flush();
    const point = TEST_POINT.exec(trimmed);
    if (point && indent % 4 === 0) {
      sawTap = true;
      onTestPoint(indent, point, lineNumber);
      pointIndent = indent;
      return void 0;
    }
    const top = buffered[buffered.length - 1];
    if (top && indent === top.indent && trimmed.trimEnd() === "}") {
      buffered.pop();
      resolve4(top.indent, top.notOk, top.kind, top.name, top.suite);
      flush();
      return void 0;
    }
    const bail = BAIL_OUT.exec(trimmed);
    if (bail) {
      sawTap = true;
      bailedOut = true;
      const reason = bail[1]?.trim() || "no reason given";
      recordTest(summary, "error", { name: "Bail out!", message: reason });
      warnings.push({
        file: displayPath,
        message: `the test run bailed out (${reason}); tests after it did not run`,
        rule: "tap/bail-out",
        line: lineNumber,
        column: indent + 1
      });
      return "stop";
    }
    const planned = PLAN.exec(trimmed);
    if (planned) {
      sawTap = true;
      if (indent === 0 && buffered.length === 0) {
        plan = { count: Number(planned[1]), text: planned[1], line: lineNumber };
        if (maxNumber > plan.count) {
          warnOnce(
            "tap/outside-plan",
            `test point ${maxWritten} is outside the plan 1..${plan.text}`,
            lineNumber
          );
        }
      }
      return void 0;
    }
    const subtest = SUBTEST.exec(trimmed);
    if (subtest) {
      for (const at of subtestNames.keys()) if (at > indent) subtestNames.delete(at);
      subtestNames.set(indent, subtest[1]?.trim() ?? "");
      return void 0;
    }
    if (/^TAP version \d+/i.test(trimmed)) {
      sawTap = true;
      return void 0;
    }
    const pragma = /^pragma\s+([+-])strict\b/.exec(trimmed);
    if (pragma) strict = pragma[1] === "+";
    else if (strict && trimmed.trim() !== "" && !trimmed.startsWith("#")) {
      warnOnce("tap/strict", "a line that is not TAP, under `pragma +strict`", lineNumber, indent + 1);
    }
    return void 0;
  });
  flush();
  while (buffered.length > 0) {
    const top = buffered.pop();
    resolve4(top.indent, top.notOk, top.kind, top.name, top.suite);
    flush();
  }
  if (!sawTap)
    throw new ReportReadError("not a TAP report: no test points, plan or TAP version line", "tap/empty");
  if (!bailedOut) {
    if (!plan && topLevelPoints > 0) {
      warnings.push({
        file: displayPath,
        message: `the report has no plan (1..N) for its ${topLevelPoints} top-level test points; the run may have stopped early`,
        rule: "tap/no-plan"
      });
    } else if (plan && plan.count !== topLevelPoints) {
      warnings.push({
        file: displayPath,
        message: `the plan says 1..${plan.text} but the report has ${topLevelPoints} top-level test points${topLevelPoints < plan.count ? "; the run may have stopped early" : ""}`,
        rule: "tap/plan",
        line: plan.line,
        column: 1
      });
    }
  }
  return { summary, warnings };
}
var tapReader = {
  format: "tap",
  read: (absPath, displayPath, options) => readTap(absPath, displayPath, options)
};

// src/adapters/reports/trx.ts
var OUTCOMES = {
  passed: "passed",
  passedbutrunaborted: "passed",
  completed: "passed",
  warning: "passed",
  failed: "failed",
  timeout: "failed",
  error: "error",
  disconnected: "error",
  aborted: "skipped",
  notexecuted: "skipped",
  notrunnable: "skipped",
  inconclusive: "skipped",
  pending: "skipped",
  inprogress: "skipped"
};
async function readTrx(absPath, displayPath, options = {}) {
  const summary = emptyTestSummary(displayPath, options);
  let rootSeen = false;
  const path = [];
  const open2 = [];
  let inMessage = false;
  let message = "";
  const keepsText = () => inMessage && message.length < MESSAGE_MAX * 10;
  let start;
  let finish;
  let aborted = 0;
  let parents = 0;
  let failedParents = 0;
  let counters;
  const warnings = await parseXmlFile(absPath, displayPath, {
    open(tag, name) {
      if (!rootSeen) {
        rootSeen = true;
        if (name !== "TestRun") {
          throw new ReportReadError(
            `not a TRX report: the root element is <${tag.name}>, expected <TestRun>`,
            "trx/root"
          );
        }
      }
      const parent = path[path.length - 1];
      path.push(name);
      if ((parent === "Results" || parent === "InnerResults") && tag.attributes.outcome !== void 0) {
        const outer = open2[open2.length - 1];
        if (outer) outer.hasInner = true;
        const raw = tag.attributes.outcome.toLowerCase();
        if (raw === "aborted") aborted++;
        open2.push({
          name: tag.attributes.testName ?? "",
          outcome: OUTCOMES[raw] ?? "skipped",
          depth: path.length,
          hasInner: false
        });
      } else if (name === "Message" && open2.length > 0 && open2[open2.length - 1]?.message === void 0) {
        inMessage = true;
        message = "";
      } else if (name === "Times") {
        start = Date.parse(tag.attributes.start ?? "");
        finish = Date.parse(tag.attributes.finish ?? "");
      } else if (name === "Counters" && parent === "ResultSummary") {
        const count = (key) => numberAttribute(tag, key) ?? 0;
        counters = {
          total: numberAttribute(tag, "total"),
          failed: count("failed") + count("error") + count("timeout")
        };
      }
      return void 0;
    },
    close(name) {
      const depth = path.length;
      path.pop();
      if (name === "Message" && inMessage) {
        inMessage = false;
        const result2 = open2[open2.length - 1];
        if (result2) result2.message = message;
        return;
      }
      const result = open2[open2.length - 1];
      if (result && result.depth === depth) {
        open2.pop();
        if (!result.hasInner) {
          recordTest(summary, result.outcome, { name: result.name, message: result.message });
        } else {
          parents++;
          if (result.outcome === "failed" || result.outcome === "error") failedParents++;
        }
      }
    },
    wantsText: keepsText,
    text(text) {
      if (keepsText()) message += text;
    }
  });
  if (start !== void 0 && finish !== void 0 && Number.isFinite(start) && Number.isFinite(finish)) {
    summary.durationSeconds = Math.max(0, (finish - start) / 1e3);
  }
  if (aborted > 0) {
    warnings.push({
      file: displayPath,
      message: `${aborted} ${aborted === 1 ? "test was" : "tests were"} aborted (the run stopped before ${aborted === 1 ? "it" : "they"} finished); counted as skipped`,
      rule: "trx/aborted"
    });
  }
  if (counters) {
    const disagreement = declaredTotalsWarning(displayPath, summary, {
      where: "<ResultSummary><Counters>, less data-driven parents",
      tests: counters.total === void 0 ? void 0 : counters.total - parents,
      failed: counters.failed - failedParents
    });
    if (disagreement) warnings.push(disagreement);
  }
  return { summary, warnings };
}
var trxReader = {
  format: "trx",
  read: readTrx
};

// src/adapters/reports/xunit.ts
async function readXUnit(absPath, displayPath, options = {}) {
  const summary = emptyTestSummary(displayPath, options);
  let rootSeen = false;
  const declared = { tests: 0, failed: 0, skipped: 0, seen: 0 };
  let test;
  let inErrors = false;
  let inMessage = false;
  let message = "";
  const keepsText = () => inMessage && message.length < MESSAGE_MAX * 10;
  let duration;
  const warnings = await parseXmlFile(absPath, displayPath, {
    open(tag, name) {
      if (!rootSeen) {
        rootSeen = true;
        if (name !== "assemblies" && name !== "assembly") {
          throw new ReportReadError(
            `not an xUnit.net report: the root element is <${tag.name}>, expected <assemblies> or <assembly>`,
            "xunit/root"
          );
        }
      }
      switch (name) {
        case "assembly": {
          const total = numberAttribute(tag, "total");
          if (total !== void 0) {
            const errors = numberAttribute(tag, "errors") ?? 0;
            declared.seen++;
            declared.tests += total + errors;
            declared.failed += (numberAttribute(tag, "failed") ?? 0) + errors;
            declared.skipped += numberAttribute(tag, "skipped") ?? 0;
          }
          const time = numberAttribute(tag, "time");
          if (time !== void 0) duration = (duration ?? 0) + time;
          break;
        }
        case "errors":
          inErrors = true;
          break;
        case "error":
          if (inErrors) {
            const kind = tag.attributes.type ?? "error";
            test = { name: `[${kind}] ${tag.attributes.name ?? ""}`.trim(), outcome: "error" };
          }
          break;
        case "test": {
          const type = tag.attributes.type;
          let testName = tag.attributes.name ?? tag.attributes.method ?? "";
          if (type && testName.startsWith(`${type}.`)) testName = testName.slice(type.length + 1);
          test = { name: testName, suite: type, outcome: outcomeOfStatus(tag.attributes.result) };
          break;
        }
        case "message":
          if (test && test.message === void 0) {
            inMessage = true;
            message = "";
          }
          break;
      }
      return void 0;
    },
    close(name) {
      if (name === "message" && inMessage) {
        inMessage = false;
        if (test) test.message = message;
      } else if ((name === "test" || name === "error" && inErrors) && test) {
        recordTest(summary, test.outcome, { name: test.name, suite: test.suite, message: test.message });
        test = void 0;
      } else if (name === "errors") inErrors = false;
    },
    wantsText: keepsText,
    text(text) {
      if (keepsText()) message += text;
    }
  });
  if (duration !== void 0) summary.durationSeconds = duration;
  if (declared.seen > 0) {
    const disagreement = declaredTotalsWarning(displayPath, summary, {
      where: declared.seen > 1 ? "the <assembly> elements" : "<assembly>",
      tests: declared.tests,
      failed: declared.failed,
      skipped: declared.skipped
    });
    if (disagreement) warnings.push(disagreement);
  }
  return { summary, warnings };
}
var xunitReader = {
  format: "xunit",
  read: readXUnit
};

// src/adapters/reports/index.ts
var TEST_READERS = {
  junit: junitReader,
  trx: trxReader,
  "jest-json": jestJsonReader,
  "mocha-json": mochaJsonReader,
  tap: tapReader,
  nunit: nunitReader,
  xunit: xunitReader,
  "dart-json": dartJsonReader,
  "go-json": goJsonReader,
  "rspec-json": rspecJsonReader,
  cppunit: cppunitReader,
  check: checkReader
};
var COVERAGE_READERS = {
  lcov: lcovReader,
  cobertura: coberturaReader,
  "istanbul-summary": istanbulSummaryReader
};
var FORMAT_NAMES = {
  junit: "JUnit XML",
  trx: "TRX",
  "jest-json": "Jest JSON",
  "mocha-json": "Mocha JSON",
  tap: "TAP",
  nunit: "NUnit XML",
  xunit: "xUnit.net XML",
  "dart-json": "Dart test JSON",
  "go-json": "go test -json",
  "rspec-json": "RSpec JSON",
  cppunit: "CppUnit/AUnit XML",
  check: "Check XML",
  lcov: "lcov",
  cobertura: "Cobertura XML",
  "istanbul-summary": "Istanbul coverage summary"
};
var TEST_FORMATS_TEXT = "JUnit XML, TRX, NUnit XML, xUnit.net XML, CppUnit XML, Check XML, Jest JSON, Mocha JSON, RSpec JSON, go test -json, Dart test JSON or TAP";
var COVERAGE_FORMATS_TEXT = "lcov, Cobertura XML or coverage-summary.json";
var ZERO_EXPLAINED = /* @__PURE__ */ new Set(["report/declared-totals", "report/no-tests"]);
var CONCURRENCY = 8;
function isTestFormat(format) {
  return format in TEST_READERS;
}
async function identify(absPath, displayPath) {
  const warning = (message, rule) => ({ warning: { file: displayPath, message, rule } });
  let head;
  try {
    const info = await stat3(absPath);
    if (info.isDirectory()) return warning("is a folder, not a report file", "report/not-a-file");
    if (info.size === 0) return warning("the report is empty", "report/empty");
    head = await readHead(absPath);
  } catch (error) {
    if (error.code === "ENOENT") return warning("no such file", "report/missing");
    return { warning: warningFromError(displayPath, error) };
  }
  const utf16 = head[0] === 255 && head[1] === 254 || head[0] === 254 && head[1] === 255;
  const text = utf16 ? new TextDecoder(head[0] === 255 ? "utf-16le" : "utf-16be").decode(head) : head.toString("utf8");
  if (!utf16 && head.includes(0)) return warning("is a binary file, not a report", "report/binary");
  if (text.trim() === "" && head.length < 8192) return warning("the report is empty", "report/empty");
  const format = detectReportFormat(displayPath, text);
  if (!format)
    return warning(
      `not a recognised report format (expected ${TEST_FORMATS_TEXT}, or ${COVERAGE_FORMATS_TEXT})`,
      "report/unknown-format"
    );
  return { format };
}
async function readTestReport(absPath, displayPath, repoRoot, options = {}) {
  const identified = await identify(absPath, displayPath);
  if ("warning" in identified) return { warnings: [identified.warning] };
  const { format } = identified;
  const result = await readOneTestReport(absPath, displayPath, repoRoot, format, options);
  return { format, ...result };
}
async function readOneTestReport(absPath, displayPath, repoRoot, format, options) {
  const identified = { format };
  if (!isTestFormat(identified.format)) {
    return {
      warnings: [
        {
          file: displayPath,
          message: `is a coverage report (${FORMAT_NAMES[identified.format]}), not a test report; pass it with --coverage`,
          rule: "report/wrong-kind"
        }
      ]
    };
  }
  try {
    const read = await TEST_READERS[identified.format].read(absPath, displayPath, { repoRoot, ...options });
    if (totalTests(read.summary) === 0 && !read.warnings.some((w) => ZERO_EXPLAINED.has(w.rule ?? ""))) {
      read.warnings.push(noTestsWarning(displayPath));
    }
    return { read, warnings: read.warnings };
  } catch (error) {
    return { warnings: [warningFromError(displayPath, error)] };
  }
}
async function mapLimited(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
function reportPatternInRepo(pattern, repoRoot, what = "report pattern") {
  const root = resolve3(repoRoot);
  let relativePattern = pattern.replace(/\\/g, "/");
  if (isAbsolute3(pattern)) {
    const rel = relative3(root, pattern);
    if (rel === "" || rel === ".." || rel.startsWith(`..${sep3}`) || isAbsolute3(rel)) {
      throw new InputError(
        `${what} "${pattern}" is outside the repository; name report files inside it`,
        { file: pattern },
        "report/outside-repo"
      );
    }
    relativePattern = rel.split(sep3).join("/");
  }
  if (relativePattern.split("/").includes("..")) {
    throw new InputError(
      `${what} "${pattern}" has a ".." segment out of the repository; name report files inside it`,
      { file: pattern },
      "report/outside-repo"
    );
  }
  return relativePattern;
}
var MAX_REPORT_FILES = 1e4;
async function expandReportPatterns(patterns, repoRoot, warnings, maxFiles = MAX_REPORT_FILES) {
  const realRoot = await realpath2(repoRoot);
  const matched = /* @__PURE__ */ new Map();
  for (const pattern of patterns) {
    const relativePattern = reportPatternInRepo(pattern, repoRoot);
    const literal = !isDynamicPattern(relativePattern);
    let matches;
    let literalKind;
    try {
      if (literal) {
        const found = await stat3(resolve3(repoRoot, relativePattern)).catch(() => void 0);
        literalKind = found && entryKind(found);
        matches = found?.isFile() ? [resolve3(repoRoot, relativePattern)] : [];
      } else {
        matches = await glob([relativePattern], {
          cwd: repoRoot,
          absolute: true,
          onlyFiles: true,
          dot: true,
          expandDirectories: false,
          followSymbolicLinks: false
        });
      }
    } catch (error) {
      warnings.push({ ...warningFromError(pattern, error), rule: "report/pattern" });
      continue;
    }
    if (matches.length === 0) {
      warnings.push({
        file: pattern,
        message: literalKind === "a folder" ? "is a folder; name the report files, e.g. with a pattern like reports/*.xml" : literalKind !== void 0 ? `is ${literalKind}, not a regular file; name report files` : literal ? "no such file" : "the pattern matches no files",
        rule: "report/no-match"
      });
      continue;
    }
    for (const abs of matches) if (!matched.has(abs)) matched.set(abs, displayPathOf(abs, repoRoot));
  }
  const ordered = [...matched].sort(([, a], [, b]) => a < b ? -1 : a > b ? 1 : 0);
  const files = /* @__PURE__ */ new Map();
  let taken = 0;
  for (const [abs, display] of ordered) {
    if (files.size === maxFiles) break;
    taken++;
    const { real, warning } = await realPathInRepo(abs, display, realRoot);
    if (warning) {
      warnings.push(warning);
      continue;
    }
    const known = files.get(real);
    if (!known || known[1] !== display && display === displayPathOf(real, realRoot))
      files.set(real, [abs, display]);
  }
  if (taken < ordered.length) {
    warnings.push({
      file: patterns.join(" "),
      message: `${patterns.length === 1 ? "matches" : "match"} ${ordered.length} files; read the first ${maxFiles} by path and left ${ordered.length - taken}: name fewer report files (a narrower pattern, or one merged report)`,
      rule: "report/too-many"
    });
  }
  return [...files.values()].sort(([, a], [, b]) => a < b ? -1 : a > b ? 1 : 0);
}
async function realPathInRepo(abs, display, realRoot) {
  const real = await realpath2(abs).catch(() => abs);
  const rel = relative3(realRoot, real);
  if (rel === ".." || rel.startsWith(`..${sep3}`) || isAbsolute3(rel)) {
    return {
      real,
      warning: {
        file: display,
        message: `resolves through a symlink to ${real}, outside the repository; not read`,
        rule: "report/outside-repo"
      }
    };
  }
  return { real };
}
async function readTestReports(patterns, repoRoot, options = {}) {
  const warnings = [];
  const ordered = await expandReportPatterns(patterns, repoRoot, warnings, options.maxFiles);
  const results = await mapLimited(
    ordered,
    CONCURRENCY,
    ([abs, display]) => readTestReport(abs, display, repoRoot, options)
  );
  const summaries = [];
  for (const result of results) {
    if (result.read) summaries.push(result.read.summary);
    warnings.push(...result.warnings);
  }
  const summary = mergeTestSummaries(summaries);
  return summary ? { summary, warnings } : { warnings };
}
async function readCoverage(file, repoRoot) {
  const absPath = resolve3(repoRoot, reportPatternInRepo(file, repoRoot, "coverage file"));
  const displayPath = displayPathOf(absPath, repoRoot);
  const outside = (await realPathInRepo(absPath, displayPath, await realpath2(repoRoot))).warning;
  if (outside) return { warnings: [outside] };
  const identified = await identify(absPath, displayPath);
  if ("warning" in identified) return { warnings: [identified.warning] };
  if (isTestFormat(identified.format)) {
    return {
      warnings: [
        {
          file: displayPath,
          message: `is a test report (${FORMAT_NAMES[identified.format]}), not a coverage report (expected ${COVERAGE_FORMATS_TEXT})`,
          rule: "report/wrong-kind"
        }
      ]
    };
  }
  try {
    const read = await COVERAGE_READERS[identified.format].read(absPath, displayPath);
    return read.coverage ? { coverage: read.coverage, warnings: read.warnings } : { warnings: read.warnings };
  } catch (error) {
    return { warnings: [warningFromError(displayPath, error)] };
  }
}
export {
  MAX_REPORT_FILES,
  detectReportFormat,
  readCoverage,
  readJUnit,
  readTap,
  readTestReport,
  readTestReports,
  reportPatternInRepo
};

#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  GitCommandManager
} from "./action/chunk-MQVVEGRH.js";
import {
  parseHandoff
} from "./action/chunk-7BDXL74Q.js";
import {
  DEFAULT_CONFIG,
  handoffNameRegExp,
  handoffPath,
  linkIssue,
  linkProblem,
  locationOf,
  needsLinearEngine,
  normalizeLink,
  offsetToPosition,
  parseDuration,
  parseJsonLocated,
  pointerSegment,
  require_ucs2length,
  resolveConfig,
  taskIdRegExp,
  useLinearEngine
} from "./action/chunk-ISXIFHA6.js";
import {
  InputError,
  InternalError,
  formatInputError,
  formatLocated
} from "./action/chunk-SLZXMW4B.js";
import {
  COMMENT_ID_PATTERN,
  buildResume,
  driftCandidates,
  driftOf,
  existingPaths,
  planComment,
  renderHandoff,
  renderStickyComment,
  require_tunnel,
  require_undici
} from "./action/chunk-7ECEHMKD.js";
import {
  ELEMENT_NAMES,
  canonicalLabel,
  documentFacts,
  elementStates,
  elementTitle
} from "./action/chunk-PPMYEKPD.js";
import {
  __commonJS,
  __toESM
} from "./action/chunk-MID6UTKV.js";

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
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform2 = navigator.platform.toLowerCase();
        return platform2 === "win32" || platform2 === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
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
      let str2 = input;
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
      const peek = () => str2.charCodeAt(index + 1);
      const advance2 = () => {
        prev = code;
        return str2.charCodeAt(++index);
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
      let base = str2;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob2 = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
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
    var constants3 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
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
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
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
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
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
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance2();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
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
          const open3 = tokens[token.tokensIndex];
          open3.type = "text";
          open3.value = literal;
          open3.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open3.output;
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
          const open3 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open3);
          push(open3);
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
      } = constants3.globChars(opts.windows);
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
      const create = (str2) => {
        switch (str2) {
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
            const match = /^(.*?)\.(\w+)$/.exec(str2);
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
    var constants3 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
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
    picomatch2.isMatch = (str2, patterns, options) => picomatch2(patterns, options)(str2);
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
    picomatch2.constants = constants3;
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
    return value instanceof P ? value : new P(function(resolve8) {
      resolve8(value);
    });
  }
  return new (P || (P = Promise))(function(resolve8, reject) {
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
      result.done ? resolve8(result.value) : adopt(result.value).then(fulfilled, rejected);
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
import { join as join8, relative as relative7 } from "node:path";

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
import { isAbsolute as isAbsolute2, relative as relative2 } from "node:path";

// src/adapters/workspace.ts
import { readdir as readdir2 } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/generated/agent-handoffs.validator.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var agent_handoffs_validator_default = validate10;
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

// src/core/registry.ts
function isAgentKey(key) {
  return !key.startsWith("$");
}
function agentEntries(registry) {
  return Object.entries(registry).filter(([key]) => isAgentKey(key));
}
function registryPointer(agent, key) {
  return `/${pointerSegment(agent)}${key === void 0 ? "" : `/${pointerSegment(key)}`}`;
}
function describeSchemaError(error2) {
  const segments = error2.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const [agent, field] = segments;
  const subject = agent === void 0 ? "the registry" : field === void 0 ? `agent "${agent}"` : `"${field}" of agent "${agent}"`;
  switch (error2.keyword) {
    case "required": {
      const missing = error2.params.missingProperty;
      return { message: `${subject} has no "${missing}"`, pointer: error2.instancePath, key: true };
    }
    case "type": {
      const expected = error2.params.type;
      const wanted = agent === void 0 ? "an object mapping agent names to entries" : field === void 0 ? "an object (the agent entry)" : [expected].flat().join(" or ");
      return { message: `${subject} must be ${wanted}`, pointer: error2.instancePath, key: false };
    }
    case "pattern":
      return {
        message: `${subject} must be a date, YYYY-MM-DD`,
        pointer: error2.instancePath,
        key: false
      };
    case "minLength":
      if (error2.propertyName !== void 0) {
        return {
          message: "an agent name must not be empty",
          pointer: `${error2.instancePath}/${pointerSegment(error2.propertyName)}`,
          key: true
        };
      }
      return { message: `${subject} must not be empty`, pointer: error2.instancePath, key: false };
    default:
      return {
        message: `${subject} ${error2.message ?? "is invalid"}`,
        pointer: error2.instancePath,
        key: false
      };
  }
}
function checkRegistry(text, file, statuses) {
  let json;
  try {
    json = parseJsonLocated(text, file);
  } catch (error2) {
    if (!(error2 instanceof InputError)) throw error2;
    if (/^<{7}( |$)/m.test(text)) {
      return {
        problems: [
          new InputError(
            `${error2.message} (the file has an unresolved merge conflict)`,
            error2.location,
            error2.rule
          )
        ]
      };
    }
    return { problems: [error2] };
  }
  const problems = [];
  for (const duplicate of json.duplicateKeys) {
    const name = duplicate.pointer.split("/").slice(1).join("/").replace(/~1/g, "/").replace(/~0/g, "~");
    problems.push(
      new InputError(
        `key "${name}" is written twice; the first one would be lost`,
        { file, line: duplicate.line, column: duplicate.column },
        "json/duplicate-key"
      )
    );
  }
  if (!agent_handoffs_validator_default(json.value)) {
    const seen = /* @__PURE__ */ new Set();
    for (const error2 of agent_handoffs_validator_default.errors ?? []) {
      if (error2.keyword === "propertyNames") continue;
      const described = describeSchemaError(error2);
      const id = `${described.pointer}|${error2.keyword}|${described.message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const rule = error2.keyword === "minLength" ? "schema/empty" : `schema/${error2.keyword}`;
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
      if (!isAgentKey(agent) || !entry || typeof entry !== "object") continue;
      const status = entry.status;
      if (typeof status === "string" && status !== "" && !statuses.includes(status)) {
        problems.push(
          new InputError(
            `unknown status "${status}" for agent "${agent}" (allowed: ${statuses.join(", ")}; add more with the config key "statuses")`,
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
function parseRegistry(text, file, statuses) {
  const checked = checkRegistry(text, file, statuses);
  if (!checked.registry) throw checked.problems[0];
  return checked.registry;
}
function activeTasks(registry, config) {
  const tasks = [];
  for (const [agent, entry] of agentEntries(registry)) {
    const taskId = typeof entry.current_task === "string" ? entry.current_task.trim() : "";
    if (taskId === "" || !config.activeStatuses.includes(entry.status)) continue;
    const link = typeof entry.details_link === "string" && entry.details_link !== "" ? entry.details_link : void 0;
    tasks.push({ taskId, agent, status: entry.status, ...link === void 0 ? {} : { detailsLink: link } });
  }
  return tasks;
}
function detailsLinks(registry) {
  return agentEntries(registry).flatMap(
    ([, entry]) => typeof entry.details_link === "string" ? [entry.details_link] : []
  );
}
function handoffFilesByTask(tasks) {
  const files = /* @__PURE__ */ new Map();
  for (const task of tasks) {
    if (task.detailsLink && !linkProblem(task.detailsLink))
      files.set(task.taskId, normalizeLink(task.detailsLink));
  }
  return files;
}

// src/core/utf8.ts
function firstInvalidUtf8(bytes, options = {}) {
  const final = options.final ?? true;
  let i = 0;
  if (options.continuation) while (i < 3 && i < bytes.length && (bytes[i] & 192) === 128) i++;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 128) {
      i++;
      continue;
    }
    let need;
    let min;
    if (b >= 194 && b <= 223) [need, min] = [1, 128];
    else if (b >= 224 && b <= 239) [need, min] = [2, 2048];
    else if (b >= 240 && b <= 244) [need, min] = [3, 65536];
    else return i;
    let code = b & 63 >> need;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return final ? i : -1;
      const c = bytes[i + k];
      if ((c & 192) !== 128) return i;
      code = code << 6 | c & 63;
    }
    if (code < min || code >= 55296 && code <= 57343 || code > 1114111) return i;
    i += need + 1;
  }
  return -1;
}
function decodeUserText(raw, file) {
  let bytes = raw;
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) bytes = bytes.subarray(3);
  let text;
  try {
    text = strictDecoder.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      if (bytes[i] === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    throw new InputError(
      `not valid UTF-8: byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, "0")} at byte offset ${offset}; save the file as UTF-8`,
      // Columns count characters, as editors do; everything before the offset is valid UTF-8.
      { file, line, column: textDecoder.decode(bytes.subarray(lineStart, offset)).length + 1 },
      "encoding/utf-8"
    );
  }
  return text.includes("\r") ? text.replace(/\r\n/g, "\n") : text;
}
var textDecoder = new TextDecoder("utf-8");
var strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

// src/adapters/builtins.ts
import { createRequire } from "node:module";
var requireBuiltin = createRequire(process.execPath);
function nodeCrypto() {
  return requireBuiltin("node:crypto");
}

// src/adapters/store.ts
import {
  closeSync,
  constants as fsConstants,
  fstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync
} from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
async function readUserText(absPath, displayPath, options = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const where = { file: displayPath };
  if (options.repoRoot !== void 0) {
    let real;
    try {
      real = realpathSync.native(absPath);
    } catch (error2) {
      throw fileError(error2, displayPath);
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
    fd = openSync(absPath, READ_FLAGS);
  } catch (error2) {
    throw fileError(error2, displayPath);
  }
  let bytes;
  try {
    const info2 = fstatSync(fd);
    if (!info2.isFile()) {
      throw new InputError(`is ${kindOf(info2)}, not a regular file`, where, "file/not-a-file");
    }
    if (info2.size > maxBytes) throw tooLarge(info2.size, maxBytes, displayPath);
    bytes = readAtMost(fd, maxBytes + 1, info2.size);
  } catch (error2) {
    if (error2 instanceof InputError) throw error2;
    throw fileError(error2, displayPath);
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
  const chunks = [];
  let total = 0;
  while (total < limit) {
    const buffer = Buffer.allocUnsafe(Math.min(limit - total, Math.max(expected - total, 64 * 1024)));
    const bytesRead = readSync(fd, buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
function tooLarge(size, maxBytes, displayPath) {
  return new InputError(
    `file is ${size} bytes, over the ${maxBytes}-byte limit`,
    { file: displayPath },
    "size/too-large"
  );
}
function kindOf(info2) {
  if (info2.isDirectory()) return "a folder";
  if (info2.isFIFO()) return "a named pipe (FIFO)";
  if (info2.isCharacterDevice() || info2.isBlockDevice()) return "a device";
  if (info2.isSocket()) return "a socket";
  return "not a file";
}
function fileError(error2, displayPath) {
  const code = error2.code;
  if (code === "ENOENT" || code === "ENOTDIR") {
    return new InputError("file not found", { file: displayPath }, "file/missing");
  }
  if (code === "EISDIR")
    return new InputError("is a folder, not a regular file", { file: displayPath }, "file/not-a-file");
  return new InputError(
    `cannot read the file (${code ?? String(error2)})`,
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
async function resolveLinks(repoRoot, links) {
  const root = resolve(repoRoot);
  const rootPrefix = root.endsWith(sep) ? root : `${root}${sep}`;
  const targets = links.map((link) => {
    const problem = linkIssue(link);
    if (problem) return { link, problem };
    const normalized = normalizeLink(link);
    const slash = normalized.lastIndexOf("/");
    return {
      link,
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
      entry && !entry.isSymbolicLink() ? { ok: true, absPath: target.absPath, exists: true } : resolveOne(target.link, target.absPath, realRoot2)
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
function resolveOne(link, absPath, realRoot2) {
  let probe = absPath;
  let exists2 = true;
  for (; ; ) {
    try {
      const real = realpathSync.native(probe);
      if (!isInside(realRoot2, real)) {
        return {
          ok: false,
          rule: "path/symlink-escape",
          message: `details_link "${link}" resolves through a symlink to ${real}, outside the repository`
        };
      }
      break;
    } catch {
      exists2 = false;
      const parent = dirname(probe);
      if (parent === probe) break;
      probe = parent;
    }
  }
  return { ok: true, absPath, exists: exists2 };
}

// src/adapters/workspace.ts
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
async function workspaceFolders(source, patterns) {
  const folders = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    if (pattern.endsWith("/*") || pattern === "*") {
      const parent = normalizeLink(pattern.slice(0, -1) || ".");
      for (const folder of await source.listFolders(parent === "." ? "" : parent)) folders.add(folder);
    } else folders.add(normalizeLink(pattern));
  }
  return [...folders].sort();
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
        const entries = await readdir2(folder, { withFileTypes: true });
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
              const text = await readUserText(link.absPath, normalizeLink(path), { repoRoot });
              results.set(path, { kind: "text", text, contentId: contentId(text) });
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
        known ? (oid) => known(blobContentId(oid)) : void 0
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
function emptyConfigError(file) {
  return new InputError("the config file is empty; write {} to use the defaults", { file }, "json/syntax");
}
function throwUnreadable(read, path) {
  if (read.kind === "unreadable") throw read.error;
  if (read.kind === "invalid-link") throw new InputError(read.message, { file: path }, read.rule);
  throw new InputError("file not found", { file: path }, "file/missing");
}
async function configFromText(text, file, remember) {
  const inPackage = file === "package.json" || file.endsWith("/package.json");
  if (!inPackage && text.trim() === "") throw emptyConfigError(file);
  const json = parseJsonLocated(text, file);
  const raw = inPackage ? json.value?.handoff : json.value;
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
async function configFromRaw(raw, file, locate = () => ({ file })) {
  if (raw === null && (file === "package.json" || file.endsWith("/package.json"))) return void 0;
  if (needsLinearEngine(raw)) useLinearEngine((await import("./action/build-3TZ4VMTM.js")).RE2JS);
  return resolveConfig(raw, file, locate);
}
var configKey = (file, contentId2) => `config\0${file}\0${contentId2}`;
var registryKey = (statuses, contentId2) => `registry\0${statuses.join("\0")}\0${contentId2}`;
async function loadConfigFrom(source, configFile, values) {
  const files = configFile === void 0 ? CONFIG_FILES : [configFile];
  const reads = await source.readMany(files, {
    ...values ? { known: (id) => files.some((file) => values.has(configKey(normalizeLink(file), id))) } : {}
  });
  for (const name of files) {
    const file = normalizeLink(name);
    let read = reads.get(name);
    if (read.kind === "known" && !values?.has(configKey(file, read.contentId)))
      read = (await source.readMany([name])).get(name);
    if (read.kind === "missing" && configFile === void 0) continue;
    let config;
    if (read.kind === "known" && values?.has(configKey(file, read.contentId))) {
      config = await configFromRaw(values.get(configKey(file, read.contentId)), file);
    } else if (read.kind === "text") {
      const key = configKey(file, read.contentId);
      config = await configFromText(read.text, file, values && ((raw) => values.set(key, raw)));
    } else throwUnreadable(read, file);
    if (configFile !== void 0) return { config: config ?? resolveConfig(void 0, "(defaults)"), file };
    if (config) return { config, file };
  }
  return { config: resolveConfig(void 0, "(defaults)") };
}
async function readRegistryFrom(source, config, values) {
  const file = config.registry;
  const key = (id) => registryKey(config.statuses, id);
  const read = (await source.readMany([file], values ? { known: (id) => values.has(key(id)) } : {})).get(
    file
  );
  if (read.kind === "missing") return { registry: {}, file, exists: false };
  if (read.kind === "known" && values?.has(key(read.contentId))) {
    return { registry: values.get(key(read.contentId)), file, exists: true };
  }
  if (read.kind !== "text") throwUnreadable(read, file);
  const registry = parseRegistry(read.text, file, config.statuses);
  values?.set(key(read.contentId), registry);
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
      result.set(link, {
        kind: "missing",
        path,
        detail: `${path} does not exist${source.kind === "revision" ? ` in ${source.label}` : ""}.`
      });
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
    } else result.set(link, { kind: "document", path, text: read.text, contentId: read.contentId });
  }
  return result;
}
async function readWorkspace(source, options = {}) {
  source.hint?.([folderOf(DEFAULT_CONFIG.registry), DEFAULT_CONFIG.handoffDir]);
  const loaded = options.config ?? await loadConfigFrom(source, options.configFile, options.values);
  const registry = await readRegistryFrom(source, loaded.config, options.values);
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
function documentText(linked) {
  if (linked.text === void 0) throw new InternalError(`${linked.path} was read without its text`);
  return linked.text;
}
function folderOf(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}
function workingTreePath(repoRoot, path) {
  return join2(repoRoot, ...normalizeLink(path).split("/"));
}

// src/adapters/config-loader.ts
function repoRelativeConfig(repoRoot, path) {
  const rel = (isAbsolute2(path) ? relative2(repoRoot, path) : path).split("\\").join("/");
  if (rel === "" || rel === ".." || rel.startsWith("../") || isAbsolute2(rel)) {
    throw new InputError(
      `the config file ${path} is outside the repository`,
      { file: path },
      "path/escapes-repo"
    );
  }
  return rel;
}

// src/adapters/repo-root.ts
import { readFile, stat as stat2 } from "node:fs/promises";
import { dirname as dirname2, join as join3, relative as relative3, resolve as resolve2, sep as sep2 } from "node:path";
async function findRepoRoot(cwd) {
  let dir = resolve2(cwd);
  for (; ; ) {
    try {
      const found = await stat2(join3(dir, ".git"));
      if (found.isDirectory() || found.isFile()) return dir;
    } catch {
    }
    const parent = dirname2(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const start = await stat2(resolve2(cwd)).catch(() => void 0);
  if (!start?.isDirectory()) throw new InputError(`no such folder: ${resolve2(cwd)}`, {}, "path/no-folder");
  throw new InputError(`not inside a git repository: ${resolve2(cwd)}`, {}, "git/no-repo");
}

// src/adapters/document-cache.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { mkdir as mkdir2, readFile as readFile2, rename as rename2, stat as stat3, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname3, isAbsolute as isAbsolute3, join as join4, resolve as resolve3 } from "node:path";

// src/core/version.ts
var PACKAGE_VERSION = "0.1.0";

// src/adapters/document-cache.ts
var CACHE_VERSION = `3/${PACKAGE_VERSION}`;
async function gitDir(repoRoot) {
  const dotGit = join4(repoRoot, ".git");
  try {
    const info2 = await stat3(dotGit);
    if (info2.isDirectory()) return dotGit;
    const text = await readFile2(dotGit, "utf8");
    const match = /^gitdir:\s*(.+)$/m.exec(text);
    if (match?.[1]) {
      const target = match[1].trim();
      return isAbsolute3(target) ? target : resolve3(repoRoot, target);
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
    if (!existsSync2(dir)) return _DocumentCache.inMemory();
    const file = join4(dir, "handoff-guard", "cache.json");
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
    const summary2 = await summarizeMarkdown(text, file);
    this.used.set(id, summary2);
    return summary2;
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
      await mkdir2(dirname3(this.file), { recursive: true });
      await writeFile2(temp, JSON.stringify(content));
      await rename2(temp, this.file);
    } catch {
    }
  }
};
async function summarizeMarkdown(text, file) {
  const { summarizeHandoff } = await import("./action/scan-M7I4WVHE.js");
  const { missingElements: missingElements2, facts } = summarizeHandoff(text, file);
  return { missingElements: missingElements2, facts };
}

// src/core/pre-push.ts
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
function planPush(refs, remote) {
  const plan = { refs: [], skipped: [] };
  const remotes = isRemoteName(remote) ? `--remotes=${remote}` : "--remotes";
  const seen = /* @__PURE__ */ new Set();
  for (const ref of refs) {
    if (ZERO_SHA.test(ref.localSha)) {
      plan.skipped.push({ ...ref, why: "deletion" });
      continue;
    }
    if (ref.remoteRef.startsWith("refs/tags/") || ref.localRef.startsWith("refs/tags/")) {
      plan.skipped.push({ ...ref, why: "tag" });
      continue;
    }
    const key = `${ref.localSha} ${ref.remoteSha}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const branch = ref.remoteRef.replace(/^refs\/heads\//, "");
    const isNew = ZERO_SHA.test(ref.remoteSha);
    const revisionArgs = ["--ignore-missing", ref.localSha, "--not", remotes];
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
function isRemoteName(remote) {
  return remote !== "" && !/[:/\\]/.test(remote) && !remote.startsWith(".");
}

// src/adapters/pre-push.ts
async function readPushedRange(git, ref) {
  const commits = await git.logRange(ref.revisionArgs, { stats: false });
  const range = {
    description: ref.description,
    head: ref.localSha,
    branch: ref.branch,
    commits
  };
  if (ref.kind === "update") range.base = ref.remoteSha;
  return range;
}

// src/core/attribution.ts
function nonWorkPaths(handoffDir, registryFile, links) {
  const files = /* @__PURE__ */ new Set([normalizeLink(registryFile)]);
  for (const link of links) if (linkProblem(link) === void 0) files.add(normalizeLink(link));
  return { handoffDir: normalizeLink(handoffDir), files };
}
function isNonWorkPath(path, paths) {
  if (paths.files.has(path)) return true;
  return paths.handoffDir !== "" && path.startsWith(`${paths.handoffDir}/`);
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
      for (const match of id.matchAll(pattern)) if (match[0] === id) return false;
      return true;
    });
  }
  pattern;
  active;
  /**
   * Active ids the pattern does not describe as a whole (registries are not forced to follow it):
   * only these need the slower search by substring, so finding ids stays linear in the text and
   * does not grow with the number of active tasks.
   */
  irregular;
  find(text) {
    if (!text) return [];
    const found = [];
    for (const match of text.matchAll(this.pattern)) {
      if (this.active.has(match[0]) && !found.includes(match[0])) found.push(match[0]);
    }
    if (found.length === 0) {
      for (const id of this.irregular) {
        if (text.includes(id) && standsAlone(text, id) && !found.includes(id)) found.push(id);
      }
    }
    return found;
  }
};
function standsAlone(text, id) {
  let from = text.indexOf(id);
  while (from !== -1) {
    const before = text[from - 1];
    const after = text[from + id.length];
    const after2 = text[from + id.length + 1];
    const boundaryBefore = before === void 0 || !/[A-Za-z0-9_-]/.test(before);
    const boundaryAfter = after === void 0 || !/[A-Za-z0-9_]/.test(after) && !(after === "-" && /[A-Z0-9]/.test(after2 ?? ""));
    if (boundaryBefore && boundaryAfter) return true;
    from = text.indexOf(id, from + 1);
  }
  return false;
}
function explicitAttribution(commit, branch, ids) {
  const fromTrailers = commit.taskTrailers.flatMap((value) => ids.find(value));
  if (fromTrailers.length > 0) return { tasks: unique(fromTrailers), rule: "trailer" };
  const fromMessage = ids.find(`${commit.subject}
${commit.body}`);
  if (fromMessage.length > 0) return { tasks: fromMessage, rule: "message" };
  const fromBranch = ids.find(branch);
  if (fromBranch.length > 0) return { tasks: fromBranch, rule: "branch" };
  return { tasks: [] };
}
function attributeCommits(input) {
  const active = new Set(input.activeTaskIds);
  const ids = new TaskIdFinder(input.taskIds, active);
  const bySha2 = /* @__PURE__ */ new Map();
  const touched = /* @__PURE__ */ new Set();
  const taskByHandoff = /* @__PURE__ */ new Map();
  for (const [taskId, file] of input.handoffFiles) taskByHandoff.set(file, taskId);
  for (const { commit, branch } of input.commits) {
    if (bySha2.has(commit.sha)) continue;
    const attribution = explicitAttribution(commit, branch, ids);
    bySha2.set(commit.sha, attribution);
    for (const task of attribution.tasks) touched.add(task);
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
    for (const attribution of bySha2.values()) {
      if (attribution.tasks.length === 0) {
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
  memo = /* @__PURE__ */ new Map();
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
   * Every commit of the range reachable from `tips`, the tips included. Commits outside the range
   * are not followed: whatever lies beyond the range's base is not being judged. Memoized by the tip
   * set, since tasks whose handoffs were committed together share one walk.
   */
  ancestorsOf(tips) {
    const key = [...tips].sort().join(",");
    const known = this.memo.get(key);
    if (known) return known;
    const seen = /* @__PURE__ */ new Set();
    const stack = tips.filter((sha) => this.parents.has(sha));
    while (stack.length > 0) {
      const sha = stack.pop();
      if (seen.has(sha)) continue;
      seen.add(sha);
      for (const parent of this.parents.get(sha) ?? []) {
        if (!seen.has(parent) && this.parents.has(parent)) stack.push(parent);
      }
    }
    this.memo.set(key, seen);
    return seen;
  }
  /** The tips among `shas`: those that are no other one's ancestor, latest in topological order first. */
  newest(shas) {
    const sorted = [...new Set(shas)].sort((a, b) => (this.order.get(b) ?? 0) - (this.order.get(a) ?? 0));
    const covered = /* @__PURE__ */ new Set();
    const tips = [];
    for (const sha of sorted) {
      if (covered.has(sha)) continue;
      tips.push(sha);
      for (const ancestor of this.ancestorsOf([sha])) covered.add(ancestor);
    }
    return tips;
  }
};

// src/core/freshness.ts
var DAY_MS = 24 * 60 * 60 * 1e3;
var SHORT = 7;
var FIX_SHA = 12;
function documentDateMs(date) {
  if (!date) return void 0;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const start = Date.parse(`${date}T00:00:00Z`);
    return Number.isNaN(start) ? void 0 : start + DAY_MS - 1;
  }
  const parsed = Date.parse(date);
  return Number.isNaN(parsed) ? void 0 : parsed;
}
function pathsNeedingHistory(tasks, config, now) {
  const windowStart = now.getTime() - parseDuration(config.freshness.maxAge);
  const paths = /* @__PURE__ */ new Set();
  for (const { link } of tasks) {
    if (link.kind !== "document") continue;
    const dated = documentDateMs(link.facts.date);
    if (dated === void 0 || dated < windowStart) paths.add(link.path);
  }
  return [...paths];
}
function attributeRanges(input) {
  const everyCommit = input.ranges.flatMap(
    (range) => range.commits.map((commit) => range.branch ? { commit, branch: range.branch } : { commit })
  );
  const attribution = attributeCommits({
    commits: everyCommit,
    activeTaskIds: input.activeTaskIds,
    handoffFiles: input.handoffFiles,
    taskIds: taskIdRegExp(input.config)
  });
  const workShas = new Set(
    everyCommit.filter(({ commit }) => isWorkCommit(commit, input.nonWork)).map(({ commit }) => commit.sha)
  );
  const indexed = input.ranges.map((range) => indexRange(range, workShas, attribution.bySha));
  return { everyCommit, attribution, workShas, indexed };
}
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
    handoffFiles,
    nonWork: input.nonWork
  });
  const fellBack = [...workShas].filter((sha) => {
    const rule = attribution.bySha.get(sha)?.rule;
    return rule === "only-task-in-range" || rule === "only-active-task";
  });
  if (attribution.fallback && fellBack.length > 0) {
    const why = attribution.fallback.rule === "only-task-in-range" ? "the only active task the checked commits name" : "the only active task";
    notes.push(
      `${fellBack.length} work commit(s) that name no task count for ${attribution.fallback.taskId} (${why}).`
    );
  }
  const unattributed = [...workShas].filter((sha) => attribution.bySha.get(sha)?.tasks.length === 0);
  if (unattributed.length > 0 && input.tasks.length > 0) {
    notes.push(
      `${unattributed.length} work commit(s) name no active task and were not counted for any (add a \`Task: <ID>\` trailer): ${listShas(unattributed)}.`
    );
  }
  const workCommitsByTask = /* @__PURE__ */ new Map();
  for (const sha of workShas) {
    for (const taskId of attribution.bySha.get(sha)?.tasks ?? []) {
      workCommitsByTask.set(taskId, (workCommitsByTask.get(taskId) ?? 0) + 1);
    }
  }
  const maxAgeMs = parseDuration(config.freshness.maxAge);
  const verdicts = input.tasks.map(({ task, link }) => {
    const problems = [];
    const draft = `handoff draft --task ${task.taskId}`;
    if (link.kind === "invalid-link") {
      problems.push({ reason: "invalid-link", detail: link.message, fix: draft });
    } else if (link.kind === "missing") {
      problems.push({ reason: "missing", detail: link.detail, fix: draft });
    } else {
      const required = new Set(config.requiredElements);
      const absent = link.missingElements.filter((e) => required.has(e));
      if (absent.length > 0) {
        problems.push({
          reason: "incomplete",
          detail: `${link.path} lacks ${absent.map(elementTitle).join(", ")} (absent, empty or placeholder text).`,
          elements: absent,
          // A new draft would leave these open too: only a person can write them.
          fix: `fill in ${absent.map(elementTitle).join(", ")} in ${link.path}, then commit it`
        });
      }
      const behind = behindCommits(task.taskId, link.path, indexed);
      if (behind.commits.length > config.freshness.maxCommitsBehind) {
        const shas = behind.commits.map((c) => c.sha);
        const since = behind.lastTouch ? `after its last update in ${short(behind.lastTouch.sha)}` : "and the checked commits never update it";
        const from = behind.lastTouch?.sha ?? behind.base ?? void 0;
        problems.push({
          reason: "behind",
          detail: `${behind.commits.length} work commit(s) for ${task.taskId} ${since}: ${listShas(shas)} (allowed: ${config.freshness.maxCommitsBehind}).`,
          commits: shas.map(short),
          fix: from ? `${draft} --from ${from.slice(0, FIX_SHA)}` : draft
        });
      }
      const expired = expiry(link, input.lastTouches, input.now, maxAgeMs, config.freshness.maxAge);
      if (expired) problems.push({ reason: "expired", detail: expired, fix: draft });
    }
    const verdict2 = {
      taskId: task.taskId,
      agent: task.agent,
      fresh: problems.length === 0,
      problems,
      workCommits: workCommitsByTask.get(task.taskId) ?? 0
    };
    const handoffPath2 = link.kind === "document" ? link.path : task.detailsLink;
    if (handoffPath2 !== void 0) verdict2.handoffPath = handoffPath2;
    return verdict2;
  });
  const judged = scoped(verdicts, config, input.ranges, everyCommit, notes);
  if (input.tasks.length === 0) notes.push("No active tasks in the registry: nothing to check.");
  const commitCount = new Set(everyCommit.map((c) => c.commit.sha)).size;
  const result = { verdicts: judged, stale: judged.some((v) => !v.fresh), notes };
  if (input.ranges.length > 0) {
    result.range = { description: input.ranges.map((r) => r.description).join("; "), commitCount };
  }
  return result;
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
function behindInRange(indexed, taskId, handoffPath2) {
  const work = indexed.work.get(taskId) ?? [];
  const updates = indexed.touches.get(handoffPath2) ?? [];
  if (work.length === 0 && updates.length === 0) return { commits: [] };
  const tips = indexed.graph.newest(updates.map((c) => c.sha));
  const lastTouch = updates.find((c) => c.sha === tips[0]);
  if (work.length === 0) return lastTouch ? { commits: [], lastTouch } : { commits: [] };
  const covered = updates.length === 0 ? /* @__PURE__ */ new Set() : indexed.graph.ancestorsOf(tips);
  const commits = work.filter((c) => !covered.has(c.sha));
  return lastTouch ? { commits, lastTouch } : { commits };
}
function behindCommits(taskId, handoffPath2, ranges) {
  const found = /* @__PURE__ */ new Map();
  const result = {
    commits: []
  };
  for (const indexed of ranges) {
    const behind = behindInRange(indexed, taskId, handoffPath2);
    for (const commit of behind.commits) found.set(commit.sha, commit);
    if (behind.commits.length > 0 && result.head === void 0) {
      result.head = indexed.range.head;
      if (behind.lastTouch) result.lastTouch = behind.lastTouch;
      if (indexed.range.base) result.base = indexed.range.base;
    }
  }
  result.commits = [...found.values()];
  return result;
}
function scoped(verdicts, config, ranges, everyCommit, notes) {
  if (config.freshness.scope !== "touched" || ranges.length === 0) return verdicts;
  const changed = new Set(everyCommit.flatMap(({ commit }) => commit.files.map((f) => f.path)));
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
function expiry(link, lastTouches, now, maxAgeMs, maxAgeText) {
  const dated = documentDateMs(link.facts.date);
  const touchedSeconds = lastTouches.get(link.path);
  const touched = touchedSeconds === void 0 ? void 0 : touchedSeconds * 1e3;
  const last = Math.max(dated ?? Number.NEGATIVE_INFINITY, touched ?? Number.NEGATIVE_INFINITY);
  if (now.getTime() - last <= maxAgeMs) return void 0;
  if (dated === void 0 && touched === void 0) {
    return `${link.path} has no readable **Date** and no commit touched it in the last ${maxAgeText}.`;
  }
  const when = new Date(last).toISOString().slice(0, 10);
  const days = Math.round((Date.parse(now.toISOString().slice(0, 10)) - Date.parse(when)) / DAY_MS);
  return `${link.path} was last updated ${when} (${days} day(s) ago); the limit is ${maxAgeText}.`;
}
function listShas(shas) {
  const shown = shas.slice(0, 10).map(short).join(", ");
  return shas.length > 10 ? `${shown}, \u2026 (${shas.length - 10} more)` : shown;
}
function short(sha) {
  return sha.slice(0, SHORT);
}

// src/app/check.ts
var DEFAULT_BASES = ["origin/HEAD", "origin/main", "origin/master", "main", "master"];
async function runCheck(options) {
  const git = options.git ?? GitCommandManager.create(options.repoRoot);
  const cache = await DocumentCache.open(options.repoRoot);
  const withCache = { ...options, cache };
  try {
    return options.prePush ? await checkPush(git, withCache, options.prePush) : await checkRange(git, withCache);
  } finally {
    git.close();
    await cache.save();
  }
}
function knownTo(options) {
  const cache = options.cache;
  return cache ? { known: (id) => cache.has(id), values: cache.values } : {};
}
async function checkPush(git, options, prePush) {
  const plan = planPush(parsePrePushInput(prePush.stdin), prePush.remoteName);
  const notes = plan.skipped.map(
    (s) => `Skipped ${s.remoteRef} (${s.why === "tag" ? "a tag" : "deleted by this push"}).`
  );
  if (plan.refs.length === 0) {
    return { verdicts: [], stale: false, notes: [...notes, "Nothing pushed to check: nothing to check."] };
  }
  const updates = new Map(
    plan.refs.map((ref, index) => [index, ref.kind === "update" ? readPushedRange(git, ref) : void 0])
  );
  for (const read of updates.values()) read?.catch(() => void 0);
  const workspaces = await Promise.all(
    plan.refs.map(
      (ref) => readWorkspace(revisionSource(git, ref.localSha, ref.branch), {
        ...knownTo(options),
        ...options.configFile === void 0 ? {} : { configFile: options.configFile }
      })
    )
  );
  if (workspaces[0]) options.onConfig?.(workspaces[0].config);
  const results = [];
  let localHead;
  for (const [index, ref] of plan.refs.entries()) {
    const workspace = workspaces[index];
    const range = await (updates.get(index) ?? readNewBranch(git, ref, workspace, notes));
    const result = await judge(git, options, workspace, range, range.head);
    if (result.stale) {
      localHead ??= git.headCommit().catch(() => void 0);
      if (await localHead !== ref.localSha) switchFirst(result, ref.branch);
    }
    results.push(result);
  }
  return mergeResults(results, notes, plan.refs.length > 1 ? plan.refs.map((r) => r.branch) : void 0);
}
async function readNewBranch(git, ref, workspace, notes) {
  const documents = workspace.activeTasks.flatMap((task) => {
    const linked = workspace.handoffs.get(task.agent);
    return linked?.kind === "document" ? [linked.path] : [];
  });
  if (workspace.activeTasks.length === 0) {
    return { description: ref.description, head: ref.localSha, branch: ref.branch, commits: [] };
  }
  if (documents.length === workspace.activeTasks.length) {
    const touches = await git.lastTouchingCommits([...new Set(documents)], ref.localSha);
    const bound2 = touches.size === new Set(documents).size ? await git.commonAncestor([...new Set(touches.values())]) : void 0;
    if (bound2 !== void 0) {
      notes.push(
        `New branch ${ref.branch}: read from ${bound2.slice(0, 7)}, where every active handoff had been updated.`
      );
      return readPushedRange(git, { ...ref, revisionArgs: [...ref.revisionArgs, bound2] });
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
  if (source.kind === "working-tree") notes.push(...await workingTreeNotes(git, workspace));
  const result = await judge(
    git,
    options,
    workspace,
    range,
    options.head === void 0 ? "HEAD" : range.head
  );
  return { ...result, notes: [...notes, ...result.notes] };
}
async function workingTreeNotes(git, workspace) {
  const files = [workspace.registry.file, ...workspace.configFile ? [workspace.configFile] : []];
  for (const linked of workspace.handoffs.values()) if ("path" in linked) files.push(linked.path);
  const changed = await git.changedSinceHead([...new Set(files)]);
  if (changed.length === 0) return [];
  const shown = changed.slice(0, 5).join(", ") + (changed.length > 5 ? `, \u2026 (${changed.length - 5} more)` : "");
  return [
    `Judged the working tree, which differs from HEAD in ${shown}: commit them, or a push will be judged without them.`
  ];
}
async function judge(git, options, root, range, rev) {
  const folders = await workspaceFolders(root.source, root.config.workspaces);
  if (folders.length === 0) return judgeOne(git, options, root, range, rev);
  const results = [];
  const labels = [];
  const notes = [];
  if (root.registry.exists) {
    results.push(await judgeOne(git, options, root, outsideFolders(range, folders), rev));
    labels.push("");
  }
  for (const folder of folders) {
    const workspace = await readWorkspace(scopedSource(root.source, folder), knownTo(options));
    if (!workspace.registry.exists) {
      notes.push(
        `${folder} has no registry (${folder}/${workspace.config.registry}): nothing to judge there.`
      );
      continue;
    }
    results.push(await judgeOne(git, options, workspace, insideFolder(range, folder), rev));
    labels.push(folder);
  }
  for (const [index, result] of results.entries()) {
    const folder = labels[index];
    if (folder === "") continue;
    for (const verdict2 of result.verdicts) {
      verdict2.workspace = folder;
      if (verdict2.handoffPath !== void 0) verdict2.handoffPath = `${folder}/${verdict2.handoffPath}`;
      for (const problem of verdict2.problems) {
        problem.fix = problem.fix.replace(/^handoff /, `handoff -C ${folder} `);
      }
    }
  }
  return {
    ...mergeResults(results, notes, void 0),
    range: { description: range.description, commitCount: range.commits.length }
  };
}
function insideFolder(range, folder) {
  const prefix = `${folder}/`;
  return {
    ...range,
    commits: range.commits.map((commit) => ({
      ...commit,
      files: commit.files.filter((f) => f.path.startsWith(prefix)).map((f) => ({ ...f, path: f.path.slice(prefix.length) }))
    }))
  };
}
function outsideFolders(range, folders) {
  const prefixes = folders.map((f) => `${f}/`);
  return {
    ...range,
    commits: range.commits.map((commit) => ({
      ...commit,
      files: commit.files.filter((f) => !prefixes.some((p) => f.path.startsWith(p)))
    }))
  };
}
async function judgeOne(git, options, workspace, range, rev) {
  const { config } = workspace;
  const nonWork = nonWorkPaths(config.handoffDir, config.registry, detailsLinks(workspace.registry.registry));
  const tasks = await taskInputs(options.cache ?? DocumentCache.inMemory(), workspace);
  const needHistory = pathsNeedingHistory(tasks, config, options.now);
  const since = Math.floor((options.now.getTime() - parseDuration(config.freshness.maxAge)) / 1e3);
  const prefix = workspace.source.prefix === "" ? "" : `${workspace.source.prefix}/`;
  const lastTouches = /* @__PURE__ */ new Map();
  if (needHistory.length > 0) {
    const touched = await git.lastTouchesSince(
      needHistory.map((p) => `${prefix}${p}`),
      since,
      rev
    );
    for (const [path, time] of touched) lastTouches.set(path.slice(prefix.length), time);
  }
  return evaluateFreshness({ config, tasks, ranges: [range], nonWork, lastTouches, now: options.now });
}
async function taskInputs(cache, workspace) {
  return Promise.all(
    workspace.activeTasks.map(async (task) => ({
      task,
      link: await linkState(workspace.handoffs.get(task.agent), cache)
    }))
  );
}
async function linkState(linked, cache) {
  if (!linked) return { kind: "missing", detail: "the task has no details_link." };
  switch (linked.kind) {
    case "none":
      return { kind: "missing", detail: linked.detail };
    case "invalid-link":
      return { kind: "invalid-link", message: `${linked.message} [${linked.rule}].` };
    case "missing":
      return { kind: "missing", detail: linked.detail };
    case "unreadable":
      throw linked.error;
    case "document": {
      const summary2 = await cache.summarize(linked.contentId, linked.text, linked.path);
      return {
        kind: "document",
        path: linked.path,
        missingElements: summary2.missingElements,
        facts: summary2.facts
      };
    }
  }
}
function switchFirst(result, branch) {
  for (const verdict2 of result.verdicts) {
    for (const problem of verdict2.problems) {
      if (problem.fix.startsWith("handoff ")) problem.fix = `git switch ${branch} && ${problem.fix}`;
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
  if (ranges.length > 0) {
    merged.range = {
      description: ranges.map((r) => r.description).join("; "),
      commitCount: ranges.reduce((sum, r) => sum + r.commitCount, 0)
    };
  }
  return merged;
}
async function readLocalRange(git, options, notes, headCommit) {
  const head = options.head === void 0 && headCommit !== void 0 ? headCommit : await git.revParse(options.head ?? "HEAD");
  const branch = options.head ? void 0 : await git.currentBranch();
  let baseRev = options.base;
  if (baseRev === void 0) {
    const candidates = DEFAULT_BASES.filter((b) => b !== branch && b !== options.head);
    baseRev = await git.upstream() ?? await git.firstExisting(candidates);
    if (baseRev === void 0)
      notes.push("No upstream, origin/HEAD or main branch to compare with: checked all of HEAD.");
  }
  const base = baseRev === void 0 ? void 0 : await git.revParse(baseRev);
  if (base !== void 0 && await git.isShallow())
    await ensureMergeBase(git, base, head, { baseName: baseRev ?? base, notes });
  const commits = await git.logRange(base === void 0 ? [head] : [head, "--not", base], { stats: false });
  const description = `${baseRev ?? "(root)"}..${options.head ?? branch ?? "HEAD"}`;
  const range = { description, head, commits };
  if (base !== void 0) range.base = base;
  if (branch !== void 0) range.branch = branch;
  return range;
}
var FIRST_DEEPEN = 50;
var MAX_DEEPEN_ROUNDS = 10;
async function ensureMergeBase(git, base, head, options = {}) {
  const found = await git.mergeBase(base, head);
  if (found) return found;
  let fetched = 0;
  let step = FIRST_DEEPEN;
  for (let round = 0; round < MAX_DEEPEN_ROUNDS && await git.isShallow(); round++) {
    options.log?.(`Shallow clone: no merge base yet, fetching ${step} more commits of history`);
    await git.deepen(step, options.refspecs);
    fetched += step;
    step *= 2;
    const mergeBase = await git.mergeBase(base, head);
    if (mergeBase) {
      options.notes?.push(
        `Shallow clone: fetched ${fetched} more commit(s) of history to reach the merge base.`
      );
      return mergeBase;
    }
  }
  const why = await git.isShallow() ? `after fetching ${fetched} more commit(s) of this shallow clone` : "the two have no common history";
  throw new InputError(
    `cannot find where ${options.baseName ?? base.slice(0, 7)} and ${head.slice(0, 7)} meet (${why}), so the range to check cannot be read; fetch more history (actions/checkout: fetch-depth: 0)`,
    {},
    "git/range-unreadable"
  );
}

// src/app/new-handoff.ts
function newHandoffFiles(result, config, today) {
  return result.verdicts.flatMap((verdict2) => {
    if (!verdict2.problems.some((p) => p.reason === "missing")) return [];
    const path = verdict2.handoffPath ?? handoffPath(config, verdict2.taskId, 1);
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
    elements: Object.fromEntries(
      ELEMENT_NAMES.map((name) => [
        name,
        { label: canonicalLabel(name), items: [], paragraphs: [], subsections: [], fields: [], line: 0 }
      ])
    ),
    otherSections: []
  };
  return renderHandoff(doc);
}

// src/adapters/reports/index.ts
import { realpath as realpath2, stat as stat6 } from "node:fs/promises";
import { isAbsolute as isAbsolute6, relative as relative6, resolve as resolve6, sep as sep5 } from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir as readdir3, readdirSync as readdirSync2, realpath, realpathSync as realpathSync2, stat as stat4, statSync } from "fs";
import { isAbsolute as isAbsolute4, posix, resolve as resolve5 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire as createRequire2 } from "module";
import { basename as basename2, dirname as dirname4, normalize, relative as relative4, resolve as resolve4, sep as sep3 } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire2(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep3) normalized = normalized.substring(0, normalized.length - 1);
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
  if (resolvePaths) path = resolve4(path);
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
    else return convertSlashes(relative4(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
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
  const { queue, fs: fs3, options: { suppressErrors } } = state;
  queue.enqueue();
  fs3.realpath(path, (error2, resolvedPath) => {
    if (error2) return queue.dequeue(suppressErrors ? null : error2, state);
    fs3.stat(resolvedPath, (error$1, stat7) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat7.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat7, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs: fs3, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs3.realpathSync(path);
    const stat7 = fs3.statSync(resolvedPath);
    if (stat7.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat7, resolvedPath);
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
  let parent = dirname4(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname4(parent);
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
var onlyCountsAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error2, callback$1, output, suppressErrors) {
  if (error2 && !suppressErrors) callback$1(error2, output);
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
  const { fs: fs3 } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs3.readdir(crawlPath || ".", readdirOpts, (error2, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error2, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs: fs3 } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs3.readdirSync(crawlPath || ".", readdirOpts);
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
  dequeue(error2, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error2)) {
      this.onQueueEmpty(error2, output);
      if (error2) {
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
      queue: new Queue((error2, state) => this.callbackInvoker(state, error2, callback$1)),
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
        this.resolveSymlink(path, this.state, (stat7, resolvedPath) => {
          if (stat7.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename2(resolvedPath);
            const directoryPath$1 = normalizePath(dirname4(resolvedPath), this.state.options);
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
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep3,
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
  result = isAbsolute4(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
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
  const { absolute, caseSensitiveMatch, debug: debug2, dot, followSymbolicLinks, onlyDirectories } = options;
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
    filters: [debug2 ? (p, isDirectory2) => {
      const path = format(p, isDirectory2);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory2) => {
      const path = format(p, isDirectory2);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug2 ? (_, p) => {
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
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve5(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir3,
    readdirSync: opts.fs.readdirSync || readdirSync2,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync2,
    stat: opts.fs.stat || stat4,
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
  const [crawler, relative8] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative8) : [];
}

// src/core/reports.ts
var FAILURE_CAP = 200;
var MESSAGE_MAX = 200;
var NAME_MAX = 300;
var CASES_CAP = 2e5;
var ID_SEPARATOR = " \u203A ";
function emptyTestSummary(source) {
  return {
    sources: [source],
    passed: 0,
    failed: 0,
    skipped: 0,
    errored: 0,
    failures: [],
    failedTruncated: false,
    cases: [],
    casesTruncated: false
  };
}
var ANSI_ESCAPE = /\u001b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\))/g;
function bound(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function firstLine(text, max = MESSAGE_MAX) {
  if (!text) return void 0;
  for (const raw of text.replace(ANSI_ESCAPE, "").split(/\r?\n|\r/)) {
    const line = raw.trim();
    if (line) return bound(line, max);
  }
  return void 0;
}
function testCaseId(name, suite) {
  const test = bound(name.trim() || "(unnamed test)", NAME_MAX);
  const group = suite?.trim();
  return group ? `${bound(group, NAME_MAX)}${ID_SEPARATOR}${test}` : test;
}
function recordTest(summary2, outcome, test, cap = FAILURE_CAP) {
  const cases = summary2.cases ?? [];
  summary2.cases = cases;
  if (cases.length < CASES_CAP) cases.push({ id: testCaseId(test.name, test.suite), outcome });
  else summary2.casesTruncated = true;
  const failure = test;
  switch (outcome) {
    case "passed":
      summary2.passed++;
      return;
    case "skipped":
      summary2.skipped++;
      return;
    case "failed":
      summary2.failed++;
      break;
    case "error":
      summary2.errored++;
      break;
  }
  if (summary2.failures.length >= cap) {
    summary2.failedTruncated = true;
    return;
  }
  const named = { name: bound(failure.name.trim() || "(unnamed test)", NAME_MAX) };
  const suite = failure.suite?.trim();
  if (suite) named.suite = bound(suite, NAME_MAX);
  const message = firstLine(failure.message);
  if (message) named.message = message;
  summary2.failures.push(named);
}
function totalTests(summary2) {
  return summary2.passed + summary2.failed + summary2.skipped + summary2.errored;
}
function mergeTestSummaries(summaries, cap = FAILURE_CAP) {
  if (summaries.length === 0) return void 0;
  const merged = { ...emptyTestSummary(""), sources: [] };
  const cases = [];
  let casesTruncated = false;
  let duration;
  for (const s of summaries) {
    const caseRoom = CASES_CAP - cases.length;
    const theirs = s.cases ?? [];
    for (let i = 0; i < Math.min(caseRoom, theirs.length); i++) cases.push(theirs[i]);
    if (s.casesTruncated || theirs.length > caseRoom) casesTruncated = true;
    merged.sources.push(...s.sources);
    merged.passed += s.passed;
    merged.failed += s.failed;
    merged.skipped += s.skipped;
    merged.errored += s.errored;
    const room = cap - merged.failures.length;
    merged.failures.push(...s.failures.slice(0, Math.max(0, room)));
    if (s.failedTruncated || s.failures.length > room) merged.failedTruncated = true;
    if (s.durationSeconds !== void 0) duration = (duration ?? 0) + s.durationSeconds;
  }
  if (duration !== void 0) merged.durationSeconds = duration;
  merged.cases = cases;
  merged.casesTruncated = casesTruncated;
  return merged;
}
function roundPercent(percent) {
  return Math.floor(percent * 10 + 1e-6) / 10;
}
function coveragePercent(covered, total) {
  return total > 0 ? roundPercent(covered / total * 100) : void 0;
}
function formatReportWarning(warning2) {
  return formatLocated(
    warning2.message,
    { file: warning2.file, line: warning2.line, column: warning2.column },
    warning2.rule
  );
}
function declaredTotalsWarning(file, summary2, declared) {
  const read = {
    tests: totalTests(summary2),
    failed: summary2.failed + summary2.errored,
    skipped: summary2.skipped
  };
  const differences = [];
  const compare = (key, noun) => {
    const stated = declared[key];
    if (stated === void 0 || !Number.isFinite(stated) || stated === read[key]) return;
    differences.push(`${stated} ${noun} declared, ${read[key]} read`);
  };
  compare("tests", "tests");
  compare("failed", "failed");
  compare("skipped", "skipped");
  if (differences.length === 0) return void 0;
  return {
    file,
    message: `the report's own totals (${declared.where}) disagree with its tests: ${differences.join("; ")}`,
    rule: "report/declared-totals"
  };
}
function noTestsWarning(file) {
  return { file, message: "the report holds no tests (read as 0 tests)", rule: "report/no-tests" };
}

// src/adapters/reports/reader.ts
import { isAbsolute as isAbsolute5, relative as relative5, sep as sep4 } from "node:path";
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
function warningFromError(file, error2) {
  if (error2 instanceof ReportReadError) {
    return { file, message: error2.message, rule: error2.rule, ...error2.place };
  }
  const code = error2?.code;
  if (code) return { file, message: `could not read the report (${code})`, rule: "report/unreadable" };
  const reason = error2 instanceof Error ? error2.message : String(error2);
  return { file, message: `could not read the report (${reason})`, rule: "report/internal-error" };
}
function displayPathOf(absPath, root) {
  if (!root || !isAbsolute5(absPath)) return absPath;
  const rel = relative5(root, absPath);
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep4}`) || isAbsolute5(rel)) return absPath;
  return rel.split(sep4).join("/");
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
import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
import { open as open2, readFile as readFile3, stat as stat5 } from "node:fs/promises";
var HEAD_BYTES = 8192;
var CHUNK_BYTES = 256 * 1024;
async function readHead(absPath, bytes = HEAD_BYTES) {
  const handle = await open2(absPath, "r");
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
async function* decodeChunks(absPath, encoding = "utf-8") {
  const decoder = new TextDecoder(encoding);
  const utf8 = decoder.encoding === "utf-8";
  let first = true;
  for await (const chunk of createReadStream(absPath, { highWaterMark: CHUNK_BYTES })) {
    const bytes = chunk;
    if (utf8 && !isUtf8(bytes)) {
      const bad = firstInvalidUtf8(bytes, { continuation: !first, final: false });
      if (bad >= 0) {
        throw new InvalidUtf8(bytes[bad], new TextDecoder().decode(bytes.subarray(0, bad)));
      }
    }
    first = false;
    const text = decoder.decode(bytes, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
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
  } catch (error2) {
    if (error2 instanceof InvalidUtf8) {
      throw new ReportReadError(
        error2.message,
        "utf-8",
        advance({ line: lineNumber, column: 1 }, partial + error2.textBefore)
      );
    }
    throw error2;
  }
  if (partial) emit(partial);
}
async function readWholeText(absPath, maxBytes) {
  const { size } = await stat5(absPath);
  if (size > maxBytes) {
    throw new ReportReadError(
      `too large to read (${Math.round(size / 1048576)} MiB; at most ${Math.round(maxBytes / 1048576)} MiB for this format)`,
      "report/too-large"
    );
  }
  const bytes = await readFile3(absPath);
  if (!isUtf8(bytes)) {
    const bad = firstInvalidUtf8(bytes, { final: false });
    if (bad >= 0) {
      const before = new TextDecoder().decode(bytes.subarray(0, bad));
      const error2 = new InvalidUtf8(bytes[bad], before);
      throw new ReportReadError(error2.message, "utf-8", offsetToPosition(before, before.length));
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
  parser.on("error", (error2) => {
    const message = error2.message.replace(/^(?:[^:]*:)?\d+:\d+: /, "").replace(/\.$/, "");
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
  parser.on("opentag", (tag) => {
    let next;
    try {
      next = visitor.open(tag, localName(tag.name));
    } catch (error2) {
      if (error2 instanceof ReportReadError && error2.place.line === void 0) {
        throw new ReportReadError(error2.message, error2.rule, where());
      }
      throw error2;
    }
    if (next === "stop") throw STOP;
  });
  const { close, text } = visitor;
  if (close) parser.on("closetag", (tag) => close(localName(tag.name)));
  if (text) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  const encoding = chooseEncoding(await readHead(absPath, 256), true);
  try {
    let started = false;
    for await (const chunk of decodeChunks(absPath, encoding)) {
      if (started) {
        parser.write(chunk);
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
  } catch (error2) {
    if (error2 === STOP) return warnings;
    if (error2 instanceof InvalidUtf8) {
      const next = { line: parser.line, column: parser.column + 1 };
      throw new ReportReadError(error2.message, "utf-8", advance(next, error2.textBefore));
    }
    throw error2;
  }
  return warnings;
}
function numberAttribute(tag, name) {
  const raw = tag.attributes[name];
  if (raw === void 0 || raw.trim() === "") return void 0;
  const value = Number(raw);
  return Number.isFinite(value) ? value : void 0;
}

// src/adapters/reports/check.ts
var CAPTURED = /* @__PURE__ */ new Set(["title", "id", "description", "message", "duration"]);
async function readCheck(absPath, displayPath) {
  const summary2 = emptyTestSummary(displayPath);
  let rootSeen = false;
  let suiteTitle;
  let inSuite = false;
  let test;
  let capturing;
  let captured = "";
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
          const seconds2 = Number(value);
          if (value !== "" && Number.isFinite(seconds2)) duration = seconds2;
        }
      } else if (name === "test" && test) {
        const suite = [suiteTitle, test.description].filter(Boolean).join(" \u203A ") || void 0;
        recordTest(summary2, test.outcome, {
          name: test.id,
          suite,
          message: test.outcome === "passed" ? void 0 : test.message
        });
        test = void 0;
      } else if (name === "suite") inSuite = false;
    },
    text(text) {
      if (capturing !== void 0 && captured.length < MESSAGE_MAX * 10) captured += text;
    }
  });
  if (duration !== void 0) summary2.durationSeconds = duration;
  return { summary: summary2, warnings };
}
var checkReader = {
  format: "check",
  read: (absPath, displayPath) => readCheck(absPath, displayPath)
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
async function readCppUnit(absPath, displayPath) {
  const summary2 = emptyTestSummary(displayPath);
  let rootSeen = false;
  let section;
  let inStatistics = false;
  let test;
  let capturing;
  let captured = "";
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
        recordTest(summary2, outcome, { name: testName, suite, message: test.message });
        test = void 0;
      } else if (name === "SuccessfulTests" || name === "FailedTests" || name === "SkippedTests")
        section = void 0;
      else if (name === "Statistics") inStatistics = false;
    },
    text(text) {
      if (capturing !== void 0 && captured.length < MESSAGE_MAX * 10) captured += text;
    }
  });
  if (declared.tests !== void 0) {
    const disagreement = declaredTotalsWarning(displayPath, summary2, {
      where: "<Statistics>",
      tests: declared.tests,
      failed: declared.failed
    });
    if (disagreement) warnings.push(disagreement);
  }
  return { summary: summary2, warnings };
}
var cppunitReader = {
  format: "cppunit",
  read: (absPath, displayPath) => readCppUnit(absPath, displayPath)
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
    } catch (error2) {
      if (error2 instanceof InputError) {
        const { line, column } = error2.location;
        throw new ReportReadError(error2.message, "json/syntax", { line, column });
      }
      throw error2;
    }
    throw new ReportReadError("invalid JSON", "json/syntax");
  }
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
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
async function readDartJson(absPath, displayPath) {
  const summary2 = emptyTestSummary(displayPath);
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
        recordTest(summary2, outcome, { name: test.name, suite: test.suite, message: test.message });
        break;
      }
      case "done":
        done = true;
        break;
    }
  });
  for (const test of started.values()) {
    recordTest(summary2, "error", {
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
  if (lastTime !== void 0) summary2.durationSeconds = lastTime / 1e3;
  return { summary: summary2, warnings };
}
var dartJsonReader = {
  format: "dart-json",
  read: (absPath, displayPath) => readDartJson(absPath, displayPath)
};

// src/adapters/reports/detect.ts
function rootElement(head) {
  let rest = head;
  for (; ; ) {
    rest = rest.trimStart();
    if (rest.startsWith("<?")) {
      const end = rest.indexOf("?>");
      if (end < 0) return void 0;
      rest = rest.slice(end + 2);
    } else if (rest.startsWith("<!--")) {
      const end = rest.indexOf("-->");
      if (end < 0) return void 0;
      rest = rest.slice(end + 3);
    } else if (rest.startsWith("<!")) {
      const subset = rest.indexOf("[");
      const close = rest.indexOf(">");
      if (close < 0) return void 0;
      if (subset >= 0 && subset < close) {
        const subsetEnd = rest.indexOf("]", subset);
        if (subsetEnd < 0) return void 0;
        const end = rest.indexOf(">", subsetEnd);
        if (end < 0) return void 0;
        rest = rest.slice(end + 1);
      } else rest = rest.slice(close + 1);
    } else {
      const match = /^<([A-Za-z_][\w.:-]*)/.exec(rest);
      return match?.[1]?.replace(/^.*:/, "");
    }
  }
}
function rootTag(text, name) {
  const head = text.replace(/<!--[\s\S]*?(?:-->|$)/g, "");
  const at = head.search(new RegExp(`<(?:[\\w.-]+:)?${name}[\\s/>]`));
  if (at < 0) return "";
  const end = head.indexOf(">", at);
  return end < 0 ? head.slice(at) : head.slice(at, end + 1);
}
function xmlFormat(text) {
  const root = rootElement(text);
  switch (root) {
    case "testsuites":
    case "testsuite":
      return /check\.sourceforge\.net\/ns/.test(rootTag(text, root)) ? "check" : "junit";
    case "TestRun": {
      if (/TeamTest/.test(rootTag(text, root))) return "trx";
      const body = text.slice(text.indexOf("<TestRun"));
      if (/<(?:[\w.-]+:)?(?:Results|ResultSummary|TestSettings|TestDefinitions|Times|TestLists|UnitTestResult)\b/.test(
        body
      ))
        return "trx";
      if (/<(?:FailedTests|SuccessfulTests|Statistics|FailedTest|Test)\b/.test(body)) return "cppunit";
      return "trx";
    }
    case "test-results":
    case "test-run":
    case "test-suite":
      return "nunit";
    case "assemblies":
    case "assembly":
      return "xunit";
    case "coverage":
      return "cobertura";
    default:
      return void 0;
  }
}
function jsonFormat(text) {
  const firstLine2 = text.slice(0, text.search(/\r?\n|$/));
  if (/^\{.*"Action"\s*:\s*"/.test(firstLine2) && /"(?:Package|Time)"\s*:/.test(firstLine2)) return "go-json";
  if (/^\{.*"(?:protocolVersion|runnerVersion)"\s*:/.test(firstLine2)) return "dart-json";
  if (/^\{.*"type"\s*:\s*"(?:start|suite|testStart|allSuites|group)"/.test(firstLine2)) return "dart-json";
  if (/"(?:numTotalTests|numPassedTests|testResults)"\s*:/.test(text)) return "jest-json";
  if (/"stats"\s*:/.test(text) && /"(?:passes|failures|pending|suites)"\s*:/.test(text)) return "mocha-json";
  if (/"examples"\s*:\s*\[/.test(text) && /"(?:version|summary|summary_line|messages)"\s*:/.test(text))
    return "rspec-json";
  if (/^\{\s*"total"\s*:\s*\{\s*"(?:lines|statements|functions|branches)"\s*:/.test(text))
    return "istanbul-summary";
  return void 0;
}
function byContent(head) {
  const text = head.replace(/^\uFEFF/, "").trimStart();
  if (/^FAIL\s+\S+\s+\[(?:build|setup) failed\]/.test(text)) {
    const event = text.split(/\r?\n/, 50).find((line) => line.startsWith("{"));
    if (event && jsonFormat(event) === "go-json") return "go-json";
  }
  if (text.startsWith("<")) return xmlFormat(text);
  if (text.startsWith("{")) return jsonFormat(text);
  const firstLine2 = text.split(/\r?\n/, 50).find((line) => line.trim() !== "" && !/^#(?!\s*Subtest\b)/.test(line)) ?? "";
  if (/^TAP version \d+/i.test(firstLine2)) return "tap";
  if (/^(?:(?:not )?ok\b|1\.\.\d+|# Subtest\b)/.test(firstLine2)) return "tap";
  if (/^(?:TN|SF):/.test(firstLine2)) return "lcov";
  return void 0;
}
function byName(path) {
  const name = path.toLowerCase().replace(/^.*[\\/]/, "");
  if (name.endsWith(".trx")) return "trx";
  if (name.endsWith(".tap")) return "tap";
  if (name.endsWith(".info") || name.endsWith(".lcov")) return "lcov";
  if (name === "coverage-summary.json") return "istanbul-summary";
  if (name === "cobertura.xml" || name === "cobertura-coverage.xml" || name === "coverage.xml")
    return "cobertura";
  if (name.endsWith(".xml")) return "junit";
  return void 0;
}
function detectReportFormat(path, head) {
  const fromContent = byContent(head);
  if (fromContent) return fromContent;
  const text = head.replace(/^\uFEFF/, "").trimStart();
  const undecided = text.startsWith("<") && rootElement(text) === void 0 || !/^[<{]/.test(text);
  return undecided ? byName(path) : void 0;
}

// src/adapters/reports/go-json.ts
var ACTIONS = { pass: "passed", fail: "failed", skip: "skipped" };
var OUTPUT_KEPT = 20;
async function readGoJson(absPath, displayPath) {
  const summary2 = emptyTestSummary(displayPath);
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
          const lines2 = output.get(`${pkg}
`) ?? [];
          const message = lines2.find((l) => /\S/.test(l) && !/^(?:FAIL|ok)\b/.test(l.trim())) ?? "package failed";
          recordTest(summary2, "error", { name: "[package failed]", suite: pkg, message });
        }
        if (action === "pass" || action === "fail" || action === "skip") {
          const seconds2 = asNumber(event.Elapsed);
          if (seconds2 !== void 0) elapsed = (elapsed ?? 0) + seconds2;
          output.delete(`${pkg}
`);
        } else if (action === "output") {
          const lines2 = output.get(`${pkg}
`) ?? [];
          if (lines2.length < OUTPUT_KEPT) lines2.push(asString(event.Output) ?? "");
          output.set(`${pkg}
`, lines2);
        }
        return;
      }
      const key = `${pkg}
${test}`;
      if (action === "run") running.set(key, { pkg, test });
      else if (action === "output") {
        const lines2 = output.get(key) ?? [];
        if (lines2.length < OUTPUT_KEPT) lines2.push(asString(event.Output) ?? "");
        output.set(key, lines2);
      } else {
        const outcome = ACTIONS[action];
        if (!outcome) return;
        running.delete(key);
        const lines2 = output.get(key) ?? [];
        output.delete(key);
        let message;
        if (outcome === "failed") {
          packagesWithFailures.add(pkg);
          message = lines2.map((l) => l.trim()).find((l) => l && !/^(?:=== (?:RUN|PAUSE|CONT|NAME)|--- (?:FAIL|PASS|SKIP))\b/.test(l));
        }
        recordTest(summary2, outcome, { name: test, suite: pkg, message });
      }
    },
    (text) => {
      const failed = /^FAIL\s+(\S+)\s+\[(build|setup) failed\]/.exec(text);
      if (failed) {
        const pkg = failed[1] ?? "";
        packagesWithFailures.add(pkg);
        const message = compilerLines.find((l) => !l.startsWith("#")) ?? `${failed[2]} failed`;
        recordTest(summary2, "error", { name: `[${failed[2]} failed]`, suite: pkg, message });
        compilerLines.length = 0;
        return true;
      }
      if (compilerLines.length < OUTPUT_KEPT) compilerLines.push(text);
      return /^#\s/.test(text) || /^\S+\.go:\d+/.test(text);
    }
  );
  for (const { pkg, test } of running.values()) {
    recordTest(summary2, "error", { name: test, suite: pkg, message: "started but never finished" });
  }
  if (running.size > 0) {
    warnings.push({
      file: displayPath,
      message: `${running.size} ${running.size === 1 ? "test started but has" : "tests started but have"} no result (the run was cut short); counted as errored`,
      rule: "go-json/unfinished"
    });
  }
  if (elapsed !== void 0) summary2.durationSeconds = elapsed;
  return { summary: summary2, warnings };
}
var goJsonReader = {
  format: "go-json",
  read: (absPath, displayPath) => readGoJson(absPath, displayPath)
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
  const summary2 = emptyTestSummary(displayPath);
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
      recordTest(summary2, outcomeOfStatus(asString(assertion.status)), { name, suite, message });
    }
    const execError = isRecord(file.testExecError) ? file.testExecError : void 0;
    const failedToRun = file.status === "failed" || execError !== void 0 || (asString(file.failureMessage) ?? "") !== "";
    if (assertions.length === 0 && failedToRun) {
      const message = suiteFailureMessage(
        asString(file.message) ?? asString(file.failureMessage) ?? asString(execError?.message)
      );
      recordTest(summary2, "error", {
        name: suite ?? "(test file)",
        message: message ?? "test suite failed to run"
      });
    }
    const end = asNumber(file.endTime) ?? asNumber(isRecord(file.perfStats) ? file.perfStats.end : void 0);
    if (end !== void 0) lastEnd = Math.max(lastEnd ?? end, end);
  }
  const start = asNumber(report2.startTime);
  if (start !== void 0 && lastEnd !== void 0)
    summary2.durationSeconds = Math.max(0, (lastEnd - start) / 1e3);
  const warnings = [];
  const total = asNumber(report2.numTotalTests);
  if (total !== void 0) {
    const runtimeErrors = asNumber(report2.numRuntimeErrorTestSuites) ?? 0;
    const failed = asNumber(report2.numFailedTests);
    const pending = asNumber(report2.numPendingTests);
    const disagreement = declaredTotalsWarning(displayPath, summary2, {
      where: '"numTotalTests"',
      tests: total + runtimeErrors,
      failed: failed === void 0 ? void 0 : failed + runtimeErrors,
      skipped: pending === void 0 ? void 0 : pending + (asNumber(report2.numTodoTests) ?? 0)
    });
    if (disagreement) warnings.push(disagreement);
  }
  return { summary: summary2, warnings };
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
async function readJUnit(absPath, displayPath) {
  const summary2 = emptyTestSummary(displayPath);
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
        recordTest(summary2, outcome, { name: test.name, suite: test.suite, message: test.message });
        test = void 0;
      } else if (name === "testsuite" && !test) {
        suiteNames.pop();
      }
    },
    text(text) {
      if (capturing !== void 0 && captured.length < TEXT_KEPT) captured += text.slice(0, TEXT_KEPT);
    }
  });
  const declared = rootCounts ? declaredOf(rootCounts, `<${rootName}>`) : topSuitesWithCounts > 0 && !nestedSuites && !casesOutsideSuites ? declaredOf(topSuiteCounts, topSuitesWithCounts > 1 ? "the <testsuite> elements" : "<testsuite>") : void 0;
  const disagreement = declared && declaredTotalsWarning(displayPath, summary2, declared);
  if (disagreement) warnings.push(disagreement);
  const duration = rootTime ?? topSuiteTime;
  if (duration !== void 0) summary2.durationSeconds = duration;
  return { summary: summary2, warnings };
}
var junitReader = {
  format: "junit",
  read: (absPath, displayPath) => readJUnit(absPath, displayPath)
};

// src/adapters/reports/lcov.ts
import { isUtf8 as isUtf82 } from "node:buffer";
import { createReadStream as createReadStream2 } from "node:fs";
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
  let open3 = false;
  let lf = -1;
  let lh = -1;
  let brf = -1;
  let brh = -1;
  let daFound = 0;
  let daHit = 0;
  let brdaFound = 0;
  let brdaHit = 0;
  const close = () => {
    if (!open3) return;
    records++;
    linesFound += lf >= 0 ? lf : daFound;
    linesHit += lh >= 0 ? lh : daHit;
    branchesFound += brf >= 0 ? brf : brdaFound;
    branchesHit += brh >= 0 ? brh : brdaHit;
    open3 = false;
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
            open3 = true;
            lf = lh = brf = brh = -1;
            daFound = daHit = brdaFound = brdaHit = 0;
            at = 2 /* Skip */;
          } else if (!open3) at = 2 /* Skip */;
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
  let first = true;
  for await (const chunk of createReadStream2(absPath, { highWaterMark: CHUNK_BYTES2 })) {
    const bytes = chunk;
    if (!isUtf82(bytes)) {
      const bad = firstInvalidUtf8(bytes, { continuation: !first, final: false });
      if (bad >= 0) {
        const before = bytes.subarray(0, bad);
        const lastBreak = before.lastIndexOf(NEWLINE);
        let line = lineNumber;
        for (let i = before.indexOf(NEWLINE); i >= 0; i = before.indexOf(NEWLINE, i + 1)) line++;
        const error2 = new InvalidUtf8(
          bytes[bad],
          new TextDecoder().decode(before.subarray(lastBreak + 1))
        );
        const startColumn = lastBreak < 0 ? column + 1 : 1;
        throw new ReportReadError(
          error2.message,
          "utf-8",
          advance({ line, column: startColumn }, error2.textBefore)
        );
      }
    }
    first = false;
    scan(bytes);
  }
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
  const summary2 = emptyTestSummary(displayPath);
  const record2 = (tests2, outcome) => {
    for (const test of asArray(tests2)) {
      if (!isRecord(test)) continue;
      const file = asString(test.file);
      recordTest(summary2, outcome, {
        name: asString(test.fullTitle) ?? asString(test.title) ?? "",
        suite: file ? displayPathOf(file, options.repoRoot) : void 0,
        message: isRecord(test.err) ? asString(test.err.message) : void 0
      });
    }
  };
  if (Array.isArray(report2.passes) || Array.isArray(report2.failures) || Array.isArray(report2.pending)) {
    record2(report2.passes, "passed");
    record2(report2.failures, "failed");
    record2(report2.pending, "skipped");
  } else {
    summary2.passed = asNumber(report2.stats.passes) ?? 0;
    summary2.failed = asNumber(report2.stats.failures) ?? 0;
    summary2.skipped = asNumber(report2.stats.pending) ?? 0;
  }
  const duration = asNumber(report2.stats.duration);
  if (duration !== void 0) summary2.durationSeconds = duration / 1e3;
  const warnings = [];
  const tests = asNumber(report2.stats.tests);
  if (tests !== void 0) {
    const failures = asNumber(report2.stats.failures);
    const hookFailures = asArray(report2.failures).filter(
      (f) => isRecord(f) && /^"(?:before|after) (?:all|each)" hook/.test(asString(f.title) ?? "")
    ).length;
    const disagreement = declaredTotalsWarning(displayPath, summary2, {
      where: '"stats"',
      tests: tests + hookFailures,
      failed: failures,
      skipped: asNumber(report2.stats.pending)
    });
    if (disagreement) warnings.push(disagreement);
  }
  return { summary: summary2, warnings };
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
async function readNUnit(absPath, displayPath) {
  const summary2 = emptyTestSummary(displayPath);
  let rootSeen = false;
  let declared;
  const suites = [];
  let test;
  let inMessage = false;
  let message = "";
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
        const seconds2 = numberAttribute(tag, "duration") ?? numberAttribute(tag, "time");
        if (seconds2 !== void 0 && name !== "test-results") duration = seconds2;
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
        recordTest(summary2, test.outcome, { name: test.name, suite: test.suite, message: test.message });
        test = void 0;
      } else if (name === "test-suite") suites.pop();
    },
    text(text) {
      if (inMessage && message.length < MESSAGE_MAX * 10) message += text;
    }
  });
  if (duration !== void 0) summary2.durationSeconds = duration;
  const disagreement = declared && declaredTotalsWarning(displayPath, summary2, declared);
  if (disagreement) warnings.push(disagreement);
  return { summary: summary2, warnings };
}
var nunitReader = {
  format: "nunit",
  read: (absPath, displayPath) => readNUnit(absPath, displayPath)
};

// src/adapters/reports/rspec-json.ts
async function readRspecJson(absPath, displayPath, options = {}) {
  const report2 = await readJsonReport(absPath, displayPath);
  if (!isRecord(report2) || !Array.isArray(report2.examples)) {
    throw new ReportReadError('not an RSpec JSON report: no "examples" array', "rspec-json/shape");
  }
  const summary2 = emptyTestSummary(displayPath);
  for (const example of report2.examples) {
    if (!isRecord(example)) continue;
    const file = asString(example.file_path);
    recordTest(summary2, outcomeOfStatus(asString(example.status)), {
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
    recordTest(summary2, "error", {
      name: "[error outside of examples]",
      message: messages.find((m) => /error/i.test(m)) ?? messages[0] ?? "an error occurred outside of examples"
    });
  }
  if (stats) {
    const failures = asNumber(stats.failure_count);
    const disagreement = declaredTotalsWarning(displayPath, summary2, {
      where: '"summary"',
      tests: (asNumber(stats.example_count) ?? 0) + outside,
      failed: failures === void 0 ? void 0 : failures + outside,
      skipped: asNumber(stats.pending_count)
    });
    if (disagreement) warnings.push(disagreement);
    const duration = asNumber(stats.duration);
    if (duration !== void 0) summary2.durationSeconds = duration;
  }
  return { summary: summary2, warnings };
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
var BUFFERED_OPEN = /\s*\{\s*$/;
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
  const summary2 = emptyTestSummary(displayPath);
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
  let maxNumber = 0;
  let sawTap = false;
  let bailedOut = false;
  let strict = false;
  let pointIndent;
  const flush = () => {
    if (pending) recordTest(summary2, pending.outcome, pending);
    pending = void 0;
  };
  const suiteAt = (indent) => {
    const names = [
      ...[...subtestNames.entries()].filter(([at]) => at < indent),
      ...buffered.filter((b) => b.indent < indent).map((b) => [b.indent, b.name])
    ].sort(([a], [b]) => a - b).map(([, name]) => name);
    return names.length ? names.join(" > ") : void 0;
  };
  const resolve8 = (indent, notOk, kind, name, suite) => {
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
    const opensBuffer = BUFFERED_OPEN.test(rawRest);
    const rest = opensBuffer ? rawRest.replace(BUFFERED_OPEN, "") : rawRest;
    const directive = DIRECTIVE.exec(rest);
    const kind = directive?.[1]?.toLowerCase();
    const description = directive ? rest.slice(0, directive.index) : rest;
    const name = description.trim().replace(/\\([\\#])/g, "$1");
    const notOk = status === "not ok";
    if (indent === 0) {
      topLevelPoints++;
      const number = numberText === void 0 ? lastNumber + 1 : Number(numberText);
      if (number !== lastNumber + 1) {
        warnOnce(
          "tap/numbering",
          `test point ${number} comes after ${lastNumber}: test points are out of order or repeated`,
          lineNumber
        );
      }
      if (plan && number > plan.count) {
        warnOnce("tap/outside-plan", `test point ${number} is outside the plan 1..${plan.count}`, lineNumber);
      }
      lastNumber = number;
      maxNumber = Math.max(maxNumber, number);
    }
    if (opensBuffer) {
      buffered.push({ indent, notOk, kind, name, suite: suiteAt(indent) });
      return;
    }
    resolve8(indent, notOk, kind, name, suiteAt(indent));
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
      resolve8(top.indent, top.notOk, top.kind, top.name, top.suite);
      flush();
      return void 0;
    }
    const bail = BAIL_OUT.exec(trimmed);
    if (bail) {
      sawTap = true;
      bailedOut = true;
      const reason = bail[1]?.trim() || "no reason given";
      recordTest(summary2, "error", { name: "Bail out!", message: reason });
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
        plan = { count: Number(planned[1]), line: lineNumber };
        if (maxNumber > plan.count) {
          warnOnce(
            "tap/outside-plan",
            `test point ${maxNumber} is outside the plan 1..${plan.count}`,
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
    resolve8(top.indent, top.notOk, top.kind, top.name, top.suite);
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
        message: `the plan says 1..${plan.count} but the report has ${topLevelPoints} top-level test points${topLevelPoints < plan.count ? "; the run may have stopped early" : ""}`,
        rule: "tap/plan",
        line: plan.line,
        column: 1
      });
    }
  }
  return { summary: summary2, warnings };
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
async function readTrx(absPath, displayPath) {
  const summary2 = emptyTestSummary(displayPath);
  let rootSeen = false;
  const path = [];
  const open3 = [];
  let inMessage = false;
  let message = "";
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
        const outer = open3[open3.length - 1];
        if (outer) outer.hasInner = true;
        const raw = tag.attributes.outcome.toLowerCase();
        if (raw === "aborted") aborted++;
        open3.push({
          name: tag.attributes.testName ?? "",
          outcome: OUTCOMES[raw] ?? "skipped",
          depth: path.length,
          hasInner: false
        });
      } else if (name === "Message" && open3.length > 0 && open3[open3.length - 1]?.message === void 0) {
        inMessage = true;
        message = "";
      } else if (name === "Times") {
        start = Date.parse(tag.attributes.start ?? "");
        finish = Date.parse(tag.attributes.finish ?? "");
      } else if (name === "Counters" && parent === "ResultSummary") {
        const count2 = (key) => numberAttribute(tag, key) ?? 0;
        counters = {
          total: numberAttribute(tag, "total"),
          failed: count2("failed") + count2("error") + count2("timeout")
        };
      }
      return void 0;
    },
    close(name) {
      const depth = path.length;
      path.pop();
      if (name === "Message" && inMessage) {
        inMessage = false;
        const result2 = open3[open3.length - 1];
        if (result2) result2.message = message;
        return;
      }
      const result = open3[open3.length - 1];
      if (result && result.depth === depth) {
        open3.pop();
        if (!result.hasInner) {
          recordTest(summary2, result.outcome, { name: result.name, message: result.message });
        } else {
          parents++;
          if (result.outcome === "failed" || result.outcome === "error") failedParents++;
        }
      }
    },
    text(text) {
      if (inMessage && message.length < MESSAGE_MAX * 10) message += text;
    }
  });
  if (start !== void 0 && finish !== void 0 && Number.isFinite(start) && Number.isFinite(finish)) {
    summary2.durationSeconds = Math.max(0, (finish - start) / 1e3);
  }
  if (aborted > 0) {
    warnings.push({
      file: displayPath,
      message: `${aborted} ${aborted === 1 ? "test was" : "tests were"} aborted (the run stopped before ${aborted === 1 ? "it" : "they"} finished); counted as skipped`,
      rule: "trx/aborted"
    });
  }
  if (counters) {
    const disagreement = declaredTotalsWarning(displayPath, summary2, {
      where: "<ResultSummary><Counters>, less data-driven parents",
      tests: counters.total === void 0 ? void 0 : counters.total - parents,
      failed: counters.failed - failedParents
    });
    if (disagreement) warnings.push(disagreement);
  }
  return { summary: summary2, warnings };
}
var trxReader = {
  format: "trx",
  read: (absPath, displayPath) => readTrx(absPath, displayPath)
};

// src/adapters/reports/xunit.ts
async function readXUnit(absPath, displayPath) {
  const summary2 = emptyTestSummary(displayPath);
  let rootSeen = false;
  const declared = { tests: 0, failed: 0, skipped: 0, seen: 0 };
  let test;
  let inErrors = false;
  let inMessage = false;
  let message = "";
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
        recordTest(summary2, test.outcome, { name: test.name, suite: test.suite, message: test.message });
        test = void 0;
      } else if (name === "errors") inErrors = false;
    },
    text(text) {
      if (inMessage && message.length < MESSAGE_MAX * 10) message += text;
    }
  });
  if (duration !== void 0) summary2.durationSeconds = duration;
  if (declared.seen > 0) {
    const disagreement = declaredTotalsWarning(displayPath, summary2, {
      where: declared.seen > 1 ? "the <assembly> elements" : "<assembly>",
      tests: declared.tests,
      failed: declared.failed,
      skipped: declared.skipped
    });
    if (disagreement) warnings.push(disagreement);
  }
  return { summary: summary2, warnings };
}
var xunitReader = {
  format: "xunit",
  read: (absPath, displayPath) => readXUnit(absPath, displayPath)
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
  const warning2 = (message, rule) => ({ warning: { file: displayPath, message, rule } });
  let head;
  try {
    const info2 = await stat6(absPath);
    if (info2.isDirectory()) return warning2("is a folder, not a report file", "report/not-a-file");
    if (info2.size === 0) return warning2("the report is empty", "report/empty");
    head = await readHead(absPath);
  } catch (error2) {
    if (error2.code === "ENOENT") return warning2("no such file", "report/missing");
    return { warning: warningFromError(displayPath, error2) };
  }
  const utf16 = head[0] === 255 && head[1] === 254 || head[0] === 254 && head[1] === 255;
  const text = utf16 ? new TextDecoder(head[0] === 255 ? "utf-16le" : "utf-16be").decode(head) : head.toString("utf8");
  if (!utf16 && head.includes(0)) return warning2("is a binary file, not a report", "report/binary");
  if (text.trim() === "" && head.length < 8192) return warning2("the report is empty", "report/empty");
  const format = detectReportFormat(displayPath, text);
  if (!format)
    return warning2(
      `not a recognised report format (expected ${TEST_FORMATS_TEXT}, or ${COVERAGE_FORMATS_TEXT})`,
      "report/unknown-format"
    );
  return { format };
}
async function readTestReport(absPath, displayPath, repoRoot) {
  const identified = await identify(absPath, displayPath);
  if ("warning" in identified) return { warnings: [identified.warning] };
  const { format } = identified;
  const result = await readOneTestReport(absPath, displayPath, repoRoot, format);
  return { format, ...result };
}
async function readOneTestReport(absPath, displayPath, repoRoot, format) {
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
    const read = await TEST_READERS[identified.format].read(absPath, displayPath, { repoRoot });
    if (totalTests(read.summary) === 0 && !read.warnings.some((w) => ZERO_EXPLAINED.has(w.rule ?? ""))) {
      read.warnings.push(noTestsWarning(displayPath));
    }
    return { read, warnings: read.warnings };
  } catch (error2) {
    return { warnings: [warningFromError(displayPath, error2)] };
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
  const root = resolve6(repoRoot);
  let relativePattern = pattern.replace(/\\/g, "/");
  if (isAbsolute6(pattern)) {
    const rel = relative6(root, pattern);
    if (rel === "" || rel === ".." || rel.startsWith(`..${sep5}`) || isAbsolute6(rel)) {
      throw new InputError(
        `${what} "${pattern}" is outside the repository; name report files inside it, relative to its root`,
        { file: pattern },
        "report/outside-repo"
      );
    }
    relativePattern = rel.split(sep5).join("/");
  }
  if (relativePattern.split("/").includes("..")) {
    throw new InputError(
      `${what} "${pattern}" has a ".." segment; name report files inside the repository, relative to its root`,
      { file: pattern },
      "report/outside-repo"
    );
  }
  return relativePattern;
}
async function expandReportPatterns(patterns, repoRoot, warnings) {
  const realRoot2 = await realpath2(repoRoot);
  const files = /* @__PURE__ */ new Map();
  for (const pattern of patterns) {
    const relativePattern = reportPatternInRepo(pattern, repoRoot);
    const literal = !isDynamicPattern(relativePattern);
    let matches;
    try {
      matches = literal ? (await stat6(resolve6(repoRoot, relativePattern)).catch(() => void 0))?.isFile() ? [resolve6(repoRoot, relativePattern)] : [] : await glob([relativePattern], {
        cwd: repoRoot,
        absolute: true,
        onlyFiles: true,
        dot: true,
        expandDirectories: false,
        followSymbolicLinks: false
      });
    } catch (error2) {
      warnings.push({ ...warningFromError(pattern, error2), rule: "report/pattern" });
      continue;
    }
    if (matches.length === 0) {
      const isFolder = literal && (await stat6(resolve6(repoRoot, relativePattern)).catch(() => void 0))?.isDirectory();
      warnings.push({
        file: pattern,
        message: isFolder ? "is a folder; name the report files, e.g. with a pattern like reports/*.xml" : literal ? "no such file" : "the pattern matches no files",
        rule: "report/no-match"
      });
      continue;
    }
    for (const abs of matches) {
      const display = displayPathOf(abs, repoRoot);
      const real = await realpath2(abs).catch(() => abs);
      const rel = relative6(realRoot2, real);
      if (rel === ".." || rel.startsWith(`..${sep5}`) || isAbsolute6(rel)) {
        warnings.push({
          file: display,
          message: `resolves through a symlink to ${real}, outside the repository; not read`,
          rule: "report/outside-repo"
        });
        continue;
      }
      if (!files.has(real)) files.set(real, [abs, display]);
    }
  }
  return [...files.values()].sort(([, a], [, b]) => a < b ? -1 : a > b ? 1 : 0);
}
async function readTestReports(patterns, repoRoot) {
  const warnings = [];
  const ordered = await expandReportPatterns(patterns, repoRoot, warnings);
  const results = await mapLimited(
    ordered,
    CONCURRENCY,
    ([abs, display]) => readTestReport(abs, display, repoRoot)
  );
  const summaries = [];
  for (const result of results) {
    if (result.read) summaries.push(result.read.summary);
    warnings.push(...result.warnings);
  }
  const summary2 = mergeTestSummaries(summaries);
  return summary2 ? { summary: summary2, warnings } : { warnings };
}
async function readCoverage(file, repoRoot) {
  const absPath = resolve6(repoRoot, reportPatternInRepo(file, repoRoot, "coverage file"));
  const displayPath = displayPathOf(absPath, repoRoot);
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
  } catch (error2) {
    return { warnings: [warningFromError(displayPath, error2)] };
  }
}

// src/app/draft.ts
import { readdir as readdir4 } from "node:fs/promises";
import { basename as basename3, join as join5 } from "node:path";

// src/core/session-time.ts
var DEFAULT_FIRST_COMMIT_ALLOWANCE_MS = 30 * 60 * 1e3;

// src/core/draft.ts
var SUGGESTED_SESSION_SECONDS = 24 * 3600;

// src/generated/draft-input.validator.js
var import_ucs2length2 = __toESM(require_ucs2length(), 1);
var func22 = import_ucs2length2.default.default ?? import_ucs2length2.default;

// src/app/draft.ts
async function listTaskHandoffs(repoRoot, config, taskId) {
  const nameRegExp = handoffNameRegExp(config, taskId);
  const dir = handoffPath(config, taskId, 1).split("/").slice(0, -1).join("/");
  let names;
  try {
    names = await readdir4(join5(repoRoot, ...dir.split("/").filter((s) => s !== "")));
  } catch {
    return [];
  }
  const found = [];
  for (const name of names) {
    const session = Number(nameRegExp.exec(name)?.[1] ?? Number.NaN);
    if (Number.isInteger(session)) found.push({ session, path: dir === "" ? name : `${dir}/${name}` });
  }
  return found.sort((a, b) => a.session - b.session);
}

// src/app/resume.ts
async function runResume(options) {
  const git = GitCommandManager.create(options.repoRoot);
  try {
    return await resumeWith(git, options);
  } finally {
    git.close();
  }
}
async function resumeWith(git, options) {
  const { repoRoot, config, now } = options;
  const source = options.at === void 0 ? workingTreeSource(repoRoot) : revisionSource(git, options.at);
  const workspace = await readWorkspace(source, { config: { config }, links: "none" });
  const registry = workspace.registry.registry;
  const active = workspace.activeTasks;
  const wanted = options.taskIds ? new Set(options.taskIds) : void 0;
  const selected = selectTasks(options, active, agentEntries(registry)).filter(
    (t) => !wanted || wanted.has(t.taskId)
  );
  if (selected.length === 0) {
    return { briefs: [], warnings: [], note: "No active tasks: nothing to resume." };
  }
  const warnings = [];
  let testsNow;
  if (options.tests && options.tests.length > 0) {
    const read = await readTestReports(options.tests, repoRoot);
    testsNow = read.summary;
    warnings.push(...read.warnings);
  }
  let coverageNow;
  if (options.coverage) {
    const read = await readCoverage(options.coverage, repoRoot);
    coverageNow = read.coverage;
    warnings.push(...read.warnings);
  }
  const rev = options.at ?? "HEAD";
  const hasCommits = options.at !== void 0 || await git.hasCommits();
  const branch = hasCommits && options.at === void 0 ? await git.currentBranch() : void 0;
  const activeIds = [...new Set([...active, ...selected].map((t) => t.taskId))];
  const handoffFiles = handoffFilesByTask([...active, ...selected]);
  const links = detailsLinks(registry);
  const nonWork = nonWorkPaths(config.handoffDir, config.registry, links);
  const selectedLinks = selected.flatMap((t) => t.detailsLink === void 0 ? [] : [t.detailsLink]);
  const linkedHandoffs = await readLinkedHandoffs(source, [...new Set(selectedLinks)]);
  const handoffs = /* @__PURE__ */ new Map();
  for (const task of selected) {
    const linked = task.detailsLink === void 0 ? void 0 : linkedHandoffs.get(task.detailsLink);
    if (task.detailsLink && linked) handoffs.set(task, resumeHandoff(linked, task.detailsLink));
  }
  const readable = [...handoffs].filter(([, h]) => h.document).map(([t]) => normalizeLink(t.detailsLink));
  const lastTouch = hasCommits ? await git.lastTouchingCommits(readable, rev) : /* @__PURE__ */ new Map();
  const commitsAfter = /* @__PURE__ */ new Map();
  const since = (sha) => {
    let range = commitsAfter.get(sha);
    if (!range) {
      range = git.logRange([rev, "--not", sha], { stats: false }).then((commits) => ({
        description: `${sha.slice(0, 7)}..${rev}`,
        head: rev,
        commits,
        ...branch === void 0 ? {} : { branch }
      }));
      commitsAfter.set(sha, range);
    }
    return range;
  };
  const briefs = [];
  for (const task of selected) {
    const entry = registry[task.agent];
    const input = { taskId: task.taskId, agent: task.agent, status: task.status, now };
    if (typeof entry?.brief_note === "string" && entry.brief_note !== "") input.briefNote = entry.brief_note;
    if (testsNow) input.testsNow = testsNow;
    if (coverageNow) input.coverageNow = coverageNow;
    const handoff = handoffs.get(task);
    input.sessions = await sessionPoints(repoRoot, config, task.taskId, handoff);
    if (handoff?.document && hasCommits) {
      input.drift = await driftAt(git, rev, handoff.document, [config.handoffDir, config.registry, ...links]);
    }
    if (handoff && task.detailsLink) {
      input.handoff = handoff;
      const touched = handoff.document ? lastTouch.get(normalizeLink(task.detailsLink)) : void 0;
      if (touched) {
        const attributed = attributeRanges({
          config,
          ranges: [await since(touched)],
          activeTaskIds: activeIds,
          handoffFiles,
          nonWork
        });
        input.commitsSince = behindInRange(
          attributed.indexed[0],
          task.taskId,
          normalizeLink(task.detailsLink)
        ).commits;
        input.sinceBasis = `after ${touched.slice(0, 7)}, its last commit`;
      }
    }
    briefs.push(buildResume(input));
  }
  return { briefs, warnings };
}
function selectTasks(options, active, entries) {
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
        found ? `agent "${options.agent}" has no current task` : `no agent "${options.agent}" in the registry`,
        {},
        "registry/no-agent"
      );
    }
    if (options.taskId !== void 0 && task.taskId !== options.taskId) {
      throw new InputError(
        `agent "${options.agent}" is working on ${task.taskId}, not ${options.taskId}`,
        {},
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
      throw new InputError(
        `no agent in the registry has current_task ${options.taskId}`,
        {},
        "registry/no-task"
      );
    }
    return any;
  }
  return active;
}
function resumeHandoff(linked, link) {
  switch (linked.kind) {
    case "none":
      return { path: link, problem: "the registry entry has no details_link [link/missing]" };
    case "invalid-link":
      return { path: link, problem: `${linked.message} [${linked.rule}]` };
    case "missing":
      return { path: link, problem: "the file does not exist [link/missing]" };
    case "unreadable":
      return {
        path: link,
        problem: formatLocated(
          linked.error.message,
          { ...linked.error.location, file: void 0 },
          linked.error.rule
        )
      };
    case "document":
      try {
        return { path: link, document: parseHandoff(documentText(linked), link) };
      } catch (error2) {
        if (error2 instanceof InputError) {
          return {
            path: link,
            problem: formatLocated(error2.message, { ...error2.location, file: void 0 }, error2.rule)
          };
        }
        throw error2;
      }
  }
}
async function readHandoff(repoRoot, link) {
  const linked = (await readLinkedHandoffs(workingTreeSource(repoRoot), [link])).get(link);
  return resumeHandoff(linked, link);
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
async function driftAt(git, rev, document, bookkeeping) {
  const candidates = driftCandidates(document);
  if (candidates.paths.length === 0 && candidates.symbols.length === 0) return [];
  const files = candidates.paths.length > 0 ? await git.filesAt(rev) : [];
  const symbols = await git.wordsAt(
    rev,
    candidates.symbols,
    bookkeeping.map((p) => normalizeLink(p)).filter((p) => p !== "")
  );
  return driftOf(candidates, { paths: existingPaths(candidates.paths, files), symbols });
}

// src/app/pr-comment.ts
var MAX_RESUMES = 10;
async function gatherCommentInput(options) {
  const { repoRoot, config, result, now } = options;
  const notes = [];
  let resumes = [];
  let warnings = [];
  const relevant = [
    ...result.verdicts.filter((v) => !v.fresh),
    ...result.verdicts.filter((v) => v.fresh && (v.workCommits ?? 0) > 0)
  ].map((v) => v.taskId).slice(0, MAX_RESUMES);
  if (relevant.length > 0) {
    try {
      const resumed = await runResume({
        repoRoot,
        config,
        now,
        taskIds: relevant,
        // The registry and handoffs the verdicts were judged by: the head's, not the working tree's.
        ...options.headSha ? { at: options.headSha } : {},
        ...options.tests ? { tests: options.tests } : {},
        ...options.coverage ? { coverage: options.coverage } : {}
      });
      resumes = resumed.briefs;
      warnings = resumed.warnings;
    } catch (error2) {
      if (!(error2 instanceof InputError)) throw error2;
      notes.push(`No resume summaries: ${error2.message}`);
    }
  }
  const input = {
    result,
    mode: options.mode,
    resumes,
    newHandoffFiles: newHandoffFiles(result, config, now.toISOString().slice(0, 10)),
    ...options.headRepository ? { headRepository: options.headRepository } : {},
    ...options.waiverLabel !== void 0 ? { waiverLabel: options.waiverLabel } : {},
    ...options.headSha ? { headSha: options.headSha } : {}
  };
  return { input, warnings, notes };
}

// src/action/annotations.ts
function annotationsFor(verdicts, registryPath, documents) {
  const out = [];
  for (const verdict2 of verdicts) {
    const file = verdict2.handoffPath ?? registryPath;
    const doc = verdict2.handoffPath ? documents.get(verdict2.handoffPath) : void 0;
    for (const problem of verdict2.problems) {
      const title = `Handoff ${problem.reason}: ${verdict2.taskId}`;
      const message = `${problem.detail} Fix: ${problem.fix}`;
      if (problem.reason === "incomplete" && doc && problem.elements && problem.elements.length > 0) {
        for (const element of problem.elements) {
          const { line, absent } = elementLine(doc, element);
          out.push({
            title,
            message: `"${elementTitle(element)}" ${absent ? "is missing (add it near this line)" : "is empty or template text"}. ${message}`,
            file,
            line
          });
        }
        continue;
      }
      out.push({ title, message, file });
    }
  }
  return out;
}
function elementLine(doc, element) {
  const states = elementStates(doc);
  const own = doc.elements[element];
  if (own && states[element] !== "absent") return { line: own.line, absent: false };
  const at = ELEMENT_NAMES.indexOf(element);
  const after = ELEMENT_NAMES.slice(at + 1).find((name) => doc.elements[name]);
  const before = [...ELEMENT_NAMES.slice(0, at)].reverse().find((name) => doc.elements[name]);
  const neighbour = after ?? before;
  return { line: neighbour && doc.elements[neighbour]?.line || 1, absent: true };
}

// src/action/artifact.ts
import { mkdirSync, readFileSync as readFileSync2, statSync as statSync2, writeFileSync } from "node:fs";
import { join as join6 } from "node:path";
var COMMENT_DATA_FILE = "comment.json";
var PULL_REQUEST_FILE = "pull-request.json";
var COMMENT_DATA_VERSION = 1;
var COMMENT_DATA_LIMIT = 8 * 1024 * 1024;
function writeCommentArtifact(dir, artifact) {
  mkdirSync(dir, { recursive: true });
  const { result, mode, resumes, newHandoffFiles: newHandoffFiles2, waiverLabel } = artifact.comment;
  const data = {
    version: COMMENT_DATA_VERSION,
    result,
    mode,
    resumes,
    newHandoffFiles: newHandoffFiles2,
    ...waiverLabel !== void 0 ? { waiverLabel } : {}
  };
  writeFileSync(join6(dir, COMMENT_DATA_FILE), `${JSON.stringify(data)}
`);
  writeFileSync(
    join6(dir, PULL_REQUEST_FILE),
    `${JSON.stringify({ number: artifact.pullRequest, headSha: artifact.headSha }, null, 2)}
`
  );
}
function readCommentArtifact(dir) {
  const prPath = join6(dir, PULL_REQUEST_FILE);
  const pr = shaped(prPath, parseJson(prPath, readBounded(prPath, 4096)), pullRequestFile);
  const dataPath = join6(dir, COMMENT_DATA_FILE);
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
  const stat7 = statSync2(path, { throwIfNoEntry: false });
  if (!stat7?.isFile()) {
    throw new InputError("is missing from the downloaded artifact", { file: path }, "artifact/missing");
  }
  if (stat7.size > maxBytes) {
    throw new InputError(`is larger than ${maxBytes} bytes`, { file: path }, "artifact/too-large");
  }
  return readFileSync2(path, "utf8");
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
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
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
  working: list(string),
  broken: list(string),
  blockers: list(object({ text: string, details: array(string) })),
  nextSteps: list(string),
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
import { readFileSync as readFileSync3 } from "node:fs";
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
      draft: pr.draft === true,
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
    text = readFileSync3(path, "utf8");
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
import { statSync as statSync3 } from "node:fs";
import { isAbsolute as isAbsolute7, join as join7, resolve as resolve7 } from "node:path";
function getInputs(env = process.env, read = (name) => getInput(name)) {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const workingDirectory = resolve7(workspace, read("working-directory") || ".");
  requireDirectory("working-directory", workingDirectory);
  const mode = oneOf2("mode", read("mode") || "block", ["block", "warn"]);
  const comment = commentTarget(read("comment") || "true");
  const commentMode = comment === "off" ? "off" : oneOf2("comment-mode", read("comment-mode") || "always", ["always", "stale-only", "off"]);
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
  const configFile = configInput ? resolve7(workingDirectory, configInput) : void 0;
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
  const artifactDir = artifactInput ? resolve7(workingDirectory, artifactInput) : join7(env.RUNNER_TEMP || workingDirectory, "handoff-guard-comment");
  const postInput = read("post-comment-from");
  const postCommentFrom = postInput ? resolve7(workingDirectory, postInput) : void 0;
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
  const trimmed = value.trim();
  if (allowed.includes(trimmed)) return trimmed;
  throw inputError(name, `"${value.slice(0, 80)}" is not one of: ${allowed.join(", ")}`);
}
function lines(value) {
  return value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
}
function leavesRepository(path) {
  return isAbsolute7(path) || path.split(/[\\/]+/).includes("..");
}
function requireDirectory(name, path) {
  const stat7 = statSync3(path, { throwIfNoEntry: false });
  if (!stat7?.isDirectory()) throw inputError(name, `"${path}" is not a directory`);
}
function requireFile(name, path) {
  const stat7 = statSync3(path, { throwIfNoEntry: false });
  if (!stat7?.isFile()) throw inputError(name, `"${path}" does not exist or is not a file`);
}
function inputError(name, message) {
  return new InputError(`input \`${name}\` ${message}`, {}, `input/${name}`);
}

// src/action/range.ts
var REMOTE = "origin";
async function resolveCheckRange(git, event, log2 = () => {
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
  const shallow = await git.isShallow();
  const fetched = await fetchMissing(git, [base, head], shallow);
  if (fetched.length > 0) log2(`Fetched ${fetched.join(", ")}`);
  const mergeBase = await ensureMergeBase(git, base.rev, head.rev, {
    refspecs: [base.refspec, head.refspec].filter((spec) => spec !== "HEAD"),
    log: log2
  });
  if (shallow) notes.push(`shallow checkout: deepened until the merge base ${short2(mergeBase)} was fetched`);
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
  return missing.map((end) => short2(end.rev));
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
    setOutput("comment-url", "");
    notice(
      `#${pr.number} is a draft: not checked (draft-pr: skip). The check runs when it is marked ready for review.`
    );
    return;
  }
  const mode = pr?.draft && inputs.draftPullRequest === "warn" ? "warn" : inputs.mode;
  const repoRoot = await findRepoRoot(inputs.workingDirectory);
  const session = pr && inputs.comment === "pr" && inputs.commentMode !== "off" ? openSession(inputs, env, options) : void 0;
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
  const waiverLabel = result.stale ? await findWaiver(inputs, event, config, env, options) : void 0;
  const gathered = await gatherCommentInput({
    repoRoot,
    config,
    result,
    mode,
    now,
    ...inputs.testReports.length > 0 ? { tests: inputs.testReports } : {},
    ...inputs.coverage ? { coverage: inputs.coverage } : {},
    ...pr ? { headRepository: { serverUrl: event.serverUrl, fullName: pr.headRepoFullName, branch: pr.headRef } } : {},
    ...waiverLabel !== void 0 ? { waiverLabel } : {},
    headSha: range.head
  });
  for (const warning2 of gathered.warnings) warning(formatReportWarning(warning2));
  for (const note of gathered.notes) info(note);
  const comment = {
    ...gathered.input,
    repository: { serverUrl: event.serverUrl, fullName: `${event.owner}/${event.repo}` },
    ...inputs.commentId !== void 0 ? { commentId: inputs.commentId } : {}
  };
  setCheckOutputs(result);
  await annotate(result, config, repoRoot, inputs, env, mode === "block" && waiverLabel === void 0);
  await writeSummary(renderStickyComment({ ...comment, limit: SUMMARY_LIMIT }));
  setOutput("comment-url", await publishComment(inputs, event, config, comment, env, options, session));
  const stale = result.verdicts.filter((v) => !v.fresh);
  if (stale.length === 0) {
    info(
      result.verdicts.length === 0 ? "No active tasks." : `All ${result.verdicts.length} active task(s) have a fresh handoff.`
    );
    return;
  }
  const summary2 = `${stale.length} active task(s) need a fresh handoff: ${stale.map((v) => v.taskId).join(", ")}`;
  if (waiverLabel !== void 0) notice(`${summary2}; the \`${waiverLabel}\` label waives the check.`);
  else if (mode === "warn" && inputs.mode !== "warn") {
    warning(`${summary2} (a draft pull request with draft-pr: warn, so the check passes).`);
  } else if (mode === "warn") warning(`${summary2} (mode: warn, so the check passes).`);
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
        ...v.handoffPath ? { file: v.handoffPath } : {},
        commits: v.problems.flatMap((p) => p.commits ?? [])
      }))
    )
  );
}
async function annotate(result, config, repoRoot, inputs, env, asErrors) {
  const documents = /* @__PURE__ */ new Map();
  const incomplete = result.verdicts.filter((v) => v.problems.some((p) => p.reason === "incomplete"));
  const { parseHandoff: parseHandoff2 } = incomplete.length > 0 ? await import("./action/parse-IT5MFO47.js") : { parseHandoff: void 0 };
  for (const verdict2 of incomplete) {
    const path = verdict2.handoffPath;
    if (!path || !parseHandoff2 || documents.has(path)) continue;
    try {
      documents.set(path, parseHandoff2(await readUserText(join8(repoRoot, path), path)));
    } catch {
    }
  }
  const workspace = env.GITHUB_WORKSPACE || inputs.workingDirectory;
  const annotateWith = asErrors ? error : warning;
  for (const annotation of annotationsFor(result.verdicts, config.registry, documents)) {
    annotateWith(annotation.message, {
      title: annotation.title,
      file: relative7(workspace, join8(repoRoot, annotation.file)),
      ...annotation.line !== void 0 ? { startLine: annotation.line } : {}
    });
  }
}
async function writeSummary(markdown) {
  try {
    await summary.addRaw(markdown).write({ overwrite: false });
  } catch (error2) {
    debug(`No job summary written: ${error2 instanceof Error ? error2.message : String(error2)}`);
  }
}
async function findWaiver(inputs, event, config, env, options) {
  const pr = event.pullRequest;
  const label = config.comment.waiverLabel;
  if (!pr || !label) return void 0;
  if (pr.labels.includes(label)) return label;
  if (!inputs.githubToken) return void 0;
  try {
    const github = await import("./action/github-HAVJXEBK.js");
    const labels = await github.listPullRequestLabels(client(github, inputs, env, options), {
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
    const duplicates = synced.deleted ? ` (${synced.deleted} duplicate(s) removed)` : "";
    info(
      synced.action === "none" ? `No sticky comment on #${prNumber} (comment-mode: ${inputs.commentMode}, comment-when-fresh: ${inputs.commentWhenFresh})${duplicates}` : `Sticky comment ${synced.action}${synced.url ? `: ${synced.url}` : ""}${duplicates}`
    );
    return synced.url;
  } catch (error2) {
    if (github.isPermissionDenied(error2)) {
      notice(
        `The token cannot comment on #${prNumber} (${errorMessage(error2)}), as for a pull request from a fork. The verdict and the job summary stand; to comment on fork PRs see "Fork mode" in handoff-guard's docs/action.md.`
      );
    } else {
      const why = github.isTimeout(error2) ? " (no answer in time)" : "";
      warning(`Could not update the sticky comment on #${prNumber}${why}: ${errorMessage(error2)}`);
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
  const github = await import("./action/github-HAVJXEBK.js");
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
    log: (message) => info(message)
  });
}
function milliseconds(value) {
  if (!value || !/^\d{1,9}$/.test(value.trim())) return void 0;
  return Number(value.trim());
}
function errorMessage(error2) {
  const status = typeof error2 === "object" && error2 !== null ? error2.status : void 0;
  const message = error2 instanceof Error ? error2.message : String(error2);
  return status ? `HTTP ${status}: ${message}` : message;
}

// src/action/deadline.ts
var DEFAULT_DEADLINE_MS = 10 * 6e4;
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
await run(process.env, { deadline: deadline.signal });
deadline.clear();

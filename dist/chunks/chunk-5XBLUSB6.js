#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  InputError
} from "./chunk-AVNUWBDK.js";
import {
  ELEMENT_NAMES
} from "./chunk-AV3RITBJ.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-MWPPMQVD.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/lilconfig/src/index.js
var require_src = __commonJS({
  "node_modules/lilconfig/src/index.js"(exports, module) {
    var path = __require("path");
    var fs = __require("fs");
    var os = __require("os");
    var url = __require("url");
    var fsReadFileAsync = fs.promises.readFile;
    function getDefaultSearchPlaces(name, sync) {
      return [
        "package.json",
        `.${name}rc.json`,
        `.${name}rc.js`,
        `.${name}rc.cjs`,
        ...sync ? [] : [`.${name}rc.mjs`],
        `.config/${name}rc`,
        `.config/${name}rc.json`,
        `.config/${name}rc.js`,
        `.config/${name}rc.cjs`,
        ...sync ? [] : [`.config/${name}rc.mjs`],
        `${name}.config.js`,
        `${name}.config.cjs`,
        ...sync ? [] : [`${name}.config.mjs`]
      ];
    }
    function parentDir(p) {
      return path.dirname(p) || path.sep;
    }
    var jsonLoader = (_, content) => JSON.parse(content.replace(/^\uFEFF/, ""));
    var requireFunc = typeof __webpack_require__ === "function" ? __non_webpack_require__ : __require;
    var defaultLoadersSync = Object.freeze({
      ".js": requireFunc,
      ".json": requireFunc,
      ".cjs": requireFunc,
      noExt: jsonLoader
    });
    module.exports.defaultLoadersSync = defaultLoadersSync;
    var dynamicImport = async (id) => {
      try {
        const fileUrl = url.pathToFileURL(id).href;
        const mod = await import(
          /* webpackIgnore: true */
          fileUrl
        );
        return mod.default;
      } catch (e) {
        try {
          return requireFunc(id);
        } catch (requireE) {
          if (requireE.code === "ERR_REQUIRE_ESM" || requireE instanceof SyntaxError && requireE.toString().includes("Cannot use import statement outside a module")) {
            throw e;
          }
          throw requireE;
        }
      }
    };
    var defaultLoaders = Object.freeze({
      ".js": dynamicImport,
      ".mjs": dynamicImport,
      ".cjs": dynamicImport,
      ".json": jsonLoader,
      noExt: jsonLoader
    });
    module.exports.defaultLoaders = defaultLoaders;
    function getOptions(name, options, sync) {
      const conf = {
        stopDir: os.homedir(),
        searchPlaces: getDefaultSearchPlaces(name, sync),
        ignoreEmptySearchPlaces: true,
        cache: true,
        transform: (x) => x,
        packageProp: [name],
        ...options,
        loaders: {
          ...sync ? defaultLoadersSync : defaultLoaders,
          ...options.loaders
        }
      };
      conf.stopDir = path.resolve(conf.stopDir);
      conf.searchPlaces.forEach((place) => {
        const key = path.extname(place) || "noExt";
        const loader = conf.loaders[key];
        if (!loader) {
          throw new Error(`Missing loader for extension "${place}"`);
        }
        if (typeof loader !== "function") {
          throw new Error(
            `Loader for extension "${place}" is not a function: Received ${typeof loader}.`
          );
        }
      });
      return conf;
    }
    function getPackageProp(props, obj) {
      if (typeof props === "string" && props in obj) return obj[props];
      return (Array.isArray(props) ? props : props.split(".")).reduce(
        (acc, prop) => acc === void 0 ? acc : acc[prop],
        obj
      ) || null;
    }
    function validateFilePath(filepath) {
      if (!filepath) throw new Error("load must pass a non-empty string");
    }
    function validateLoader(loader, ext) {
      if (!loader) throw new Error(`No loader specified for extension "${ext}"`);
      if (typeof loader !== "function") throw new Error("loader is not a function");
    }
    var makeEmplace = (enableCache) => (c, filepath, res) => {
      if (enableCache) c.set(filepath, res);
      return res;
    };
    module.exports.lilconfig = function lilconfig2(name, options) {
      const {
        ignoreEmptySearchPlaces,
        loaders,
        packageProp,
        searchPlaces,
        stopDir,
        transform,
        cache
      } = getOptions(name, options ?? {}, false);
      const searchCache = /* @__PURE__ */ new Map();
      const loadCache = /* @__PURE__ */ new Map();
      const emplace = makeEmplace(cache);
      return {
        async search(searchFrom = process.cwd()) {
          const result = {
            config: null,
            filepath: ""
          };
          const visited = /* @__PURE__ */ new Set();
          let dir = path.resolve(searchFrom);
          dirLoop: while (true) {
            if (cache) {
              const r = searchCache.get(dir);
              if (r !== void 0) {
                for (const p of visited) searchCache.set(p, r);
                return r;
              }
              visited.add(dir);
            }
            for (const searchPlace of searchPlaces) {
              const filepath = path.join(dir, searchPlace);
              try {
                await fs.promises.access(filepath);
              } catch {
                continue;
              }
              const content = String(await fsReadFileAsync(filepath));
              const loaderKey = path.extname(searchPlace) || "noExt";
              const loader = loaders[loaderKey];
              if (searchPlace === "package.json") {
                const pkg = await loader(filepath, content);
                const maybeConfig = getPackageProp(packageProp, pkg);
                if (maybeConfig != null) {
                  result.config = maybeConfig;
                  result.filepath = filepath;
                  break dirLoop;
                }
                continue;
              }
              const isEmpty = content.trim() === "";
              if (isEmpty && ignoreEmptySearchPlaces) continue;
              if (isEmpty) {
                result.isEmpty = true;
                result.config = void 0;
              } else {
                validateLoader(loader, loaderKey);
                result.config = await loader(filepath, content);
              }
              result.filepath = filepath;
              break dirLoop;
            }
            if (dir === stopDir || dir === parentDir(dir)) break dirLoop;
            dir = parentDir(dir);
          }
          const transformed = (
            // not found
            result.filepath === "" && result.config === null ? transform(null) : transform(result)
          );
          if (cache) {
            for (const p of visited) searchCache.set(p, transformed);
          }
          return transformed;
        },
        async load(filepath) {
          validateFilePath(filepath);
          const absPath = path.resolve(process.cwd(), filepath);
          if (cache && loadCache.has(absPath)) {
            return loadCache.get(absPath);
          }
          const { base, ext } = path.parse(absPath);
          const loaderKey = ext || "noExt";
          const loader = loaders[loaderKey];
          validateLoader(loader, loaderKey);
          const content = String(await fsReadFileAsync(absPath));
          if (base === "package.json") {
            const pkg = await loader(absPath, content);
            return emplace(
              loadCache,
              absPath,
              transform({
                config: getPackageProp(packageProp, pkg),
                filepath: absPath
              })
            );
          }
          const result = {
            config: null,
            filepath: absPath
          };
          const isEmpty = content.trim() === "";
          if (isEmpty && ignoreEmptySearchPlaces)
            return emplace(
              loadCache,
              absPath,
              transform({
                config: void 0,
                filepath: absPath,
                isEmpty: true
              })
            );
          result.config = isEmpty ? void 0 : await loader(absPath, content);
          return emplace(
            loadCache,
            absPath,
            transform(isEmpty ? { ...result, isEmpty, config: void 0 } : result)
          );
        },
        clearLoadCache() {
          if (cache) loadCache.clear();
        },
        clearSearchCache() {
          if (cache) searchCache.clear();
        },
        clearCaches() {
          if (cache) {
            loadCache.clear();
            searchCache.clear();
          }
        }
      };
    };
    module.exports.lilconfigSync = function lilconfigSync(name, options) {
      const {
        ignoreEmptySearchPlaces,
        loaders,
        packageProp,
        searchPlaces,
        stopDir,
        transform,
        cache
      } = getOptions(name, options ?? {}, true);
      const searchCache = /* @__PURE__ */ new Map();
      const loadCache = /* @__PURE__ */ new Map();
      const emplace = makeEmplace(cache);
      return {
        search(searchFrom = process.cwd()) {
          const result = {
            config: null,
            filepath: ""
          };
          const visited = /* @__PURE__ */ new Set();
          let dir = path.resolve(searchFrom);
          dirLoop: while (true) {
            if (cache) {
              const r = searchCache.get(dir);
              if (r !== void 0) {
                for (const p of visited) searchCache.set(p, r);
                return r;
              }
              visited.add(dir);
            }
            for (const searchPlace of searchPlaces) {
              const filepath = path.join(dir, searchPlace);
              try {
                fs.accessSync(filepath);
              } catch {
                continue;
              }
              const loaderKey = path.extname(searchPlace) || "noExt";
              const loader = loaders[loaderKey];
              const content = String(fs.readFileSync(filepath));
              if (searchPlace === "package.json") {
                const pkg = loader(filepath, content);
                const maybeConfig = getPackageProp(packageProp, pkg);
                if (maybeConfig != null) {
                  result.config = maybeConfig;
                  result.filepath = filepath;
                  break dirLoop;
                }
                continue;
              }
              const isEmpty = content.trim() === "";
              if (isEmpty && ignoreEmptySearchPlaces) continue;
              if (isEmpty) {
                result.isEmpty = true;
                result.config = void 0;
              } else {
                validateLoader(loader, loaderKey);
                result.config = loader(filepath, content);
              }
              result.filepath = filepath;
              break dirLoop;
            }
            if (dir === stopDir || dir === parentDir(dir)) break dirLoop;
            dir = parentDir(dir);
          }
          const transformed = (
            // not found
            result.filepath === "" && result.config === null ? transform(null) : transform(result)
          );
          if (cache) {
            for (const p of visited) searchCache.set(p, transformed);
          }
          return transformed;
        },
        load(filepath) {
          validateFilePath(filepath);
          const absPath = path.resolve(process.cwd(), filepath);
          if (cache && loadCache.has(absPath)) {
            return loadCache.get(absPath);
          }
          const { base, ext } = path.parse(absPath);
          const loaderKey = ext || "noExt";
          const loader = loaders[loaderKey];
          validateLoader(loader, loaderKey);
          const content = String(fs.readFileSync(absPath));
          if (base === "package.json") {
            const pkg = loader(absPath, content);
            return transform({
              config: getPackageProp(packageProp, pkg),
              filepath: absPath
            });
          }
          const result = {
            config: null,
            filepath: absPath
          };
          const isEmpty = content.trim() === "";
          if (isEmpty && ignoreEmptySearchPlaces)
            return emplace(
              loadCache,
              absPath,
              transform({
                filepath: absPath,
                config: void 0,
                isEmpty: true
              })
            );
          result.config = isEmpty ? void 0 : loader(absPath, content);
          return emplace(
            loadCache,
            absPath,
            transform(isEmpty ? { ...result, isEmpty, config: void 0 } : result)
          );
        },
        clearLoadCache() {
          if (cache) loadCache.clear();
        },
        clearSearchCache() {
          if (cache) searchCache.clear();
        },
        clearCaches() {
          if (cache) {
            loadCache.clear();
            searchCache.clear();
          }
        }
      };
    };
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

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

// src/core/json-location.ts
function offsetToPosition(text, offset) {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
function pointerSegment(key) {
  return String(key).replace(/~/g, "~0").replace(/\//g, "~1");
}
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
var MAX_DEPTH = 512;
var KEY_END = /"\s*:/g;
function parseJsonLocated(text, file) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return parseWithPositions(text, file);
  }
  const shape = countKeys(value);
  if (shape.depth > MAX_DEPTH || (text.match(KEY_END)?.length ?? 0) !== shape.keys) {
    return parseWithPositions(text, file);
  }
  let located;
  return {
    value,
    duplicateKeys: [],
    locate(pointer, options) {
      located ??= parseWithPositions(text, file);
      return located.locate(pointer, options);
    }
  };
}
function countKeys(value) {
  let keys = 0;
  let depth = 0;
  const walk = (node, level) => {
    if (level > depth) depth = level;
    if (level > MAX_DEPTH || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, level + 1);
      return;
    }
    for (const key of Object.keys(node)) {
      keys++;
      walk(node[key], level + 1);
    }
  };
  walk(value, 0);
  return { keys, depth };
}
function parseWithPositions(text, file) {
  const valueStarts = /* @__PURE__ */ new Map();
  const keyStarts = /* @__PURE__ */ new Map();
  const duplicates = [];
  let pos = 0;
  const fail = (message, at = pos) => {
    throw new InputError(`invalid JSON: ${message}`, { file, ...offsetToPosition(text, at) }, "json/syntax");
  };
  const describe = (at) => at >= text.length ? "end of file" : `'${String.fromCodePoint(text.codePointAt(at) ?? 0)}'`;
  const skipSpace = () => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else break;
    }
  };
  const readString = () => {
    STRING.lastIndex = pos;
    const match = STRING.exec(text);
    if (!match) {
      let i = pos + 1;
      while (i < text.length && text[i] !== '"') {
        const c = text.charCodeAt(i);
        if (c < 32) fail("control character inside a string (escape it)", i);
        if (text[i] === "\\") {
          if (!/^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(i + 1, i + 6))) fail("invalid escape", i);
          i += text[i + 1] === "u" ? 6 : 2;
        } else i++;
      }
      fail("unterminated string", pos);
    }
    pos += match[0].length;
    return JSON.parse(match[0]);
  };
  const expectWord = (word, value2) => {
    if (text.startsWith(word, pos)) {
      pos += word.length;
      return value2;
    }
    return fail(`unexpected ${describe(pos)}`);
  };
  const readValue = (pointer, depth) => {
    skipSpace();
    valueStarts.set(pointer, pos);
    if (depth > MAX_DEPTH) fail("nested too deeply");
    const c = text[pos];
    if (c === "{") {
      pos++;
      const object = {};
      skipSpace();
      if (text[pos] === "}") {
        pos++;
        return object;
      }
      for (; ; ) {
        skipSpace();
        if (text[pos] !== '"') fail(`expected a quoted key, found ${describe(pos)}`);
        const keyAt = pos;
        const key = readString();
        const child = `${pointer}/${pointerSegment(key)}`;
        if (Object.hasOwn(object, key)) duplicates.push({ pointer: child, at: keyAt });
        keyStarts.set(child, keyAt);
        skipSpace();
        if (text[pos] !== ":") fail(`expected ':' after key "${key}", found ${describe(pos)}`);
        pos++;
        Object.defineProperty(object, key, {
          value: readValue(child, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true
        });
        skipSpace();
        if (text[pos] === ",") {
          pos++;
          continue;
        }
        if (text[pos] === "}") {
          pos++;
          return object;
        }
        fail(`expected ',' or '}', found ${describe(pos)}`);
      }
    }
    if (c === "[") {
      pos++;
      const array = [];
      skipSpace();
      if (text[pos] === "]") {
        pos++;
        return array;
      }
      for (; ; ) {
        array.push(readValue(`${pointer}/${array.length}`, depth + 1));
        skipSpace();
        if (text[pos] === ",") {
          pos++;
          continue;
        }
        if (text[pos] === "]") {
          pos++;
          return array;
        }
        fail(`expected ',' or ']', found ${describe(pos)}`);
      }
    }
    if (c === '"') return readString();
    if (c === "t") return expectWord("true", true);
    if (c === "f") return expectWord("false", false);
    if (c === "n") return expectWord("null", null);
    NUMBER.lastIndex = pos;
    const number = NUMBER.exec(text);
    if (number) {
      pos += number[0].length;
      return Number(number[0]);
    }
    return fail(`unexpected ${describe(pos)}`);
  };
  if (text.trim() === "") fail("the file is empty", 0);
  const value = readValue("", 0);
  skipSpace();
  if (pos < text.length) fail(`unexpected ${describe(pos)} after the end of the JSON value`);
  return {
    value,
    duplicateKeys: duplicates.map(({ pointer, at }) => ({ pointer, ...offsetToPosition(text, at) })),
    locate(pointer, options = {}) {
      let p = pointer;
      for (; ; ) {
        const at = options.key && p === pointer ? keyStarts.get(p) ?? valueStarts.get(p) : valueStarts.get(p);
        if (at !== void 0) return offsetToPosition(text, at);
        if (p === "") return { line: 1, column: 1 };
        p = p.slice(0, p.lastIndexOf("/"));
      }
    }
  };
}
function locationOf(json, file, pointer, options) {
  return { file, ...json.locate(pointer, options) };
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
function describeSchemaError(error) {
  const segments = error.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const [agent, field] = segments;
  const subject = agent === void 0 ? "the registry" : field === void 0 ? `agent "${agent}"` : `"${field}" of agent "${agent}"`;
  switch (error.keyword) {
    case "required": {
      const missing = error.params.missingProperty;
      return { message: `${subject} has no "${missing}"`, pointer: error.instancePath, key: true };
    }
    case "type": {
      const expected = error.params.type;
      const wanted = agent === void 0 ? "an object mapping agent names to entries" : field === void 0 ? "an object (the agent entry)" : [expected].flat().join(" or ");
      return { message: `${subject} must be ${wanted}`, pointer: error.instancePath, key: false };
    }
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
      return { message: `${subject} must not be empty`, pointer: error.instancePath, key: false };
    default:
      return {
        message: `${subject} ${error.message ?? "is invalid"}`,
        pointer: error.instancePath,
        key: false
      };
  }
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

// src/adapters/store.ts
import { isUtf8 } from "node:buffer";
import { readdirSync, realpathSync } from "node:fs";
import { mkdir, readFile, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

// src/core/paths.ts
function linkProblem(link, what = "details_link") {
  if (link.trim() === "") return `${what} is empty`;
  if (link.includes("\0")) return `${what} contains a NUL character`;
  if (link.startsWith("\\\\") || link.startsWith("//")) return `${what} "${link}" is a UNC/network path`;
  if (/^[A-Za-z]:/.test(link)) return `${what} "${link}" is an absolute Windows path`;
  if (link.startsWith("/")) return `${what} "${link}" is an absolute path`;
  if (link.includes("\\")) {
    return `${what} "${link}" uses backslashes; write a repository-relative path with / separators`;
  }
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(link)) return `${what} "${link}" is a URL, not a file`;
  let depth = 0;
  for (const segment of link.split("/")) {
    if (segment === "..") depth--;
    else if (segment !== "" && segment !== ".") depth++;
    if (depth < 0) return `${what} "${link}" leaves the repository`;
  }
  if (depth === 0) return `${what} "${link}" names the repository root, not a file`;
  return void 0;
}
function normalizeLink(link) {
  const parts = [];
  for (const segment of link.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "" && segment !== ".") parts.push(segment);
  }
  return parts.join("/");
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

// src/adapters/store.ts
var DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
async function readUserText(absPath, displayPath, options = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size;
  try {
    const info = await stat(absPath);
    if (!info.isFile()) throw new InputError("not a regular file", { file: displayPath }, "file/not-a-file");
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new InputError("file not found", { file: displayPath }, "file/missing");
    }
    throw new InputError(
      `cannot read the file (${code ?? String(error)})`,
      { file: displayPath },
      "file/unreadable"
    );
  }
  if (size > maxBytes) {
    throw new InputError(
      `file is ${size} bytes, over the ${maxBytes}-byte limit`,
      { file: displayPath },
      "size/too-large"
    );
  }
  let bytes = await readFile(absPath);
  if (bytes.length > maxBytes) {
    throw new InputError(
      `file is ${bytes.length} bytes, over the ${maxBytes}-byte limit`,
      { file: displayPath },
      "size/too-large"
    );
  }
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) bytes = bytes.subarray(3);
  if (!isUtf8(bytes)) {
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
      { file: displayPath, line, column: bytes.subarray(lineStart, offset).toString("utf8").length + 1 },
      "encoding/utf-8"
    );
  }
  return bytes.toString("utf8").replace(/\r\n/g, "\n");
}
function isInside(root, path) {
  const rel = relative(root, path);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
async function resolveLink(repoRoot, link) {
  return (await resolveLinks(repoRoot, [link]))[0];
}
async function resolveLinks(repoRoot, links) {
  const root = resolve(repoRoot);
  const rootPrefix = root.endsWith(sep) ? root : `${root}${sep}`;
  const targets = links.map((link) => {
    const problem = linkProblem(link);
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
  let realRoot;
  const listings = /* @__PURE__ */ new Map();
  const results = [];
  for (const target of targets) {
    if (target.problem !== void 0) {
      const rule = /leaves the repository/.test(target.problem) ? "path/escapes-repo" : "path/not-relative";
      results.push({ ok: false, rule, message: target.problem });
      continue;
    }
    realRoot ??= realpathSync.native(root);
    if ((perFolder.get(target.folder) ?? 0) > 1 && !listings.has(target.folder)) {
      listings.set(target.folder, listFolder(join(root, target.folder), realRoot));
    }
    const entry = listings.get(target.folder)?.get(target.name);
    results.push(
      entry && !entry.isSymbolicLink() ? { ok: true, absPath: target.absPath, exists: true } : resolveOne(target.link, target.absPath, realRoot)
    );
  }
  return results;
}
function listFolder(folder, realRoot) {
  try {
    if (!isInside(realRoot, realpathSync.native(folder))) return void 0;
    return new Map(readdirSync(folder, { withFileTypes: true }).map((d) => [d.name, d]));
  } catch {
    return void 0;
  }
}
function resolveOne(link, absPath, realRoot) {
  let probe = absPath;
  let exists = true;
  for (; ; ) {
    try {
      const real = realpathSync.native(probe);
      if (!isInside(realRoot, real)) {
        return {
          ok: false,
          rule: "path/symlink-escape",
          message: `details_link "${link}" resolves through a symlink to ${real}, outside the repository`
        };
      }
      break;
    } catch {
      exists = false;
      const parent = dirname(probe);
      if (parent === probe) break;
      probe = parent;
    }
  }
  return { ok: true, absPath, exists };
}
function registryPath(repoRoot, config) {
  return join(repoRoot, ...config.registry.split("/"));
}
async function readRegistry(repoRoot, config) {
  const file = config.registry;
  let text;
  try {
    text = await readUserText(registryPath(repoRoot, config), file);
  } catch (error) {
    if (error instanceof InputError && error.rule === "file/missing")
      return { registry: {}, file, exists: false };
    throw error;
  }
  return { registry: parseRegistry(text, file, config.statuses), file, exists: true };
}
async function writeTextAtomic(absPath, text) {
  await mkdir(dirname(absPath), { recursive: true });
  const { default: writeFileAtomic } = await import("./lib-44OMCY6S.js");
  await writeFileAtomic(absPath, text, { encoding: "utf8" });
}
async function updateRegistry(repoRoot, config, mutate) {
  const absPath = registryPath(repoRoot, config);
  await mkdir(dirname(absPath), { recursive: true });
  const { default: lockfile } = await import("./proper-lockfile-YK5XD6YI.js");
  let release;
  try {
    release = await lockfile.lock(absPath, {
      realpath: false,
      stale: 1e4,
      retries: { retries: 100, factor: 1.3, minTimeout: 10, maxTimeout: 250, randomize: true }
    });
  } catch (error) {
    if (error.code === "ELOCKED") {
      throw new InputError(
        `the registry is locked by another handoff process (lock: ${config.registry}.lock); retry, or remove the lock if no handoff process is running`,
        { file: config.registry },
        "registry/locked"
      );
    }
    throw error;
  }
  try {
    const { registry } = await readRegistry(repoRoot, config);
    const next = mutate(registry);
    await writeTextAtomic(absPath, serializeRegistry(next));
    return next;
  } finally {
    await release();
  }
}

// src/adapters/config-loader.ts
var import_lilconfig = __toESM(require_src(), 1);
import { basename, relative as relative2 } from "node:path";

// src/generated/handoff-config.validator.js
var import_ucs2length2 = __toESM(require_ucs2length(), 1);
var import_equal = __toESM(require_equal(), 1);
var handoff_config_validator_default = validate102;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://unpkg.com/handoff-guard/schema/handoff-config.schema.json", "title": "handoff-guard config", "description": 'Config of handoff-guard, in .handoffrc.json, handoff.config.json or the "handoff" key of package.json. Every key is optional; unknown keys are errors (a typo must not silently fall back to a default).', "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "registry": { "description": "Registry path, repository-relative. Default .agent-context/agent-handoffs.json.", "type": "string", "minLength": 1 }, "activeStatuses": { "description": 'Statuses that make a task active. Default ["in_progress", "blocked"].', "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "statuses": { "description": "Every status the registry may use, besides the four built in (in_progress, blocked, complete, idle).", "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "handoffDir": { "description": "Folder of handoff documents, repository-relative. Default delegation/tasks/active.", "type": "string", "minLength": 1 }, "handoffPattern": { "description": "File name pattern with {task} and {session}. Default {task}-handoff-session{session}.md.", "type": "string", "minLength": 1 }, "taskIdPattern": { "description": "Regular expression source a task id must match.", "type": "string", "minLength": 1 }, "freshness": { "type": "object", "additionalProperties": false, "properties": { "maxCommitsBehind": { "description": "Work commits allowed after the last handoff update in the checked range. Default 0.", "type": "integer", "minimum": 0 }, "maxAge": { "description": "Longest a handoff may go without update while its task is active: 7d, 36h, 90m. Default 7d.", "type": "string" }, "scope": { "description": "Which active tasks can block: all (default) or touched (only tasks the checked commits work on or whose handoff they change; the others are listed as notes). touched suits one branch per task.", "enum": ["all", "touched"] } } }, "wordBudget": { "description": "Draft word budget. Default 250.", "type": "integer", "minimum": 1 }, "requiredElements": { "description": "Elements that must be present and non-empty. Default all five.", "type": "array", "items": { "enum": ["currentState", "decisions", "blockers", "nextSteps", "timeProgress"] }, "uniqueItems": true }, "hook": { "type": "object", "additionalProperties": false, "properties": { "onInternalError": { "description": "What the pre-push hook does on an internal error. Default allow (fail open, loudly).", "enum": ["allow", "block"] } } }, "comment": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "description": "Post the sticky PR comment. Default true.", "type": "boolean" }, "waiverLabel": { "description": "Label that waives the check on a PR. Default no-handoff.", "type": "string", "minLength": 1 } } }, "sessionGap": { "description": "Gap between commits that splits sessions when estimating time spent. Default 2h.", "type": "string" } } };
var func22 = Object.prototype.hasOwnProperty;
var func3 = import_ucs2length2.default.default ?? import_ucs2length2.default;
var func0 = import_equal.default.default ?? import_equal.default;
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func22.call(schema11.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.registry !== void 0) {
      let data1 = data.registry;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err2 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.activeStatuses !== void 0) {
      let data2 = data.activeStatuses;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func3(data3) < 1) {
              const err4 = { instancePath: instancePath + "/activeStatuses/" + i0, schemaPath: "#/properties/activeStatuses/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/activeStatuses/" + i0, schemaPath: "#/properties/activeStatuses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data2[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err6 = { instancePath: instancePath + "/activeStatuses", schemaPath: "#/properties/activeStatuses/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/activeStatuses", schemaPath: "#/properties/activeStatuses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.statuses !== void 0) {
      let data4 = data.statuses;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data5 = data4[i2];
          if (typeof data5 === "string") {
            if (func3(data5) < 1) {
              const err8 = { instancePath: instancePath + "/statuses/" + i2, schemaPath: "#/properties/statuses/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/statuses/" + i2, schemaPath: "#/properties/statuses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        let i3 = data4.length;
        let j1;
        if (i3 > 1) {
          const indices1 = {};
          for (; i3--; ) {
            let item1 = data4[i3];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j1 = indices1[item1];
              const err10 = { instancePath: instancePath + "/statuses", schemaPath: "#/properties/statuses/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
              break;
            }
            indices1[item1] = i3;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/statuses", schemaPath: "#/properties/statuses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.handoffDir !== void 0) {
      let data6 = data.handoffDir;
      if (typeof data6 === "string") {
        if (func3(data6) < 1) {
          const err12 = { instancePath: instancePath + "/handoffDir", schemaPath: "#/properties/handoffDir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/handoffDir", schemaPath: "#/properties/handoffDir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.handoffPattern !== void 0) {
      let data7 = data.handoffPattern;
      if (typeof data7 === "string") {
        if (func3(data7) < 1) {
          const err14 = { instancePath: instancePath + "/handoffPattern", schemaPath: "#/properties/handoffPattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/handoffPattern", schemaPath: "#/properties/handoffPattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.taskIdPattern !== void 0) {
      let data8 = data.taskIdPattern;
      if (typeof data8 === "string") {
        if (func3(data8) < 1) {
          const err16 = { instancePath: instancePath + "/taskIdPattern", schemaPath: "#/properties/taskIdPattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/taskIdPattern", schemaPath: "#/properties/taskIdPattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.freshness !== void 0) {
      let data9 = data.freshness;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key1 in data9) {
          if (!(key1 === "maxCommitsBehind" || key1 === "maxAge" || key1 === "scope")) {
            const err18 = { instancePath: instancePath + "/freshness", schemaPath: "#/properties/freshness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data9.maxCommitsBehind !== void 0) {
          let data10 = data9.maxCommitsBehind;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err19 = { instancePath: instancePath + "/freshness/maxCommitsBehind", schemaPath: "#/properties/freshness/properties/maxCommitsBehind/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 0 || isNaN(data10)) {
              const err20 = { instancePath: instancePath + "/freshness/maxCommitsBehind", schemaPath: "#/properties/freshness/properties/maxCommitsBehind/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        }
        if (data9.maxAge !== void 0) {
          if (typeof data9.maxAge !== "string") {
            const err21 = { instancePath: instancePath + "/freshness/maxAge", schemaPath: "#/properties/freshness/properties/maxAge/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data9.scope !== void 0) {
          let data12 = data9.scope;
          if (!(data12 === "all" || data12 === "touched")) {
            const err22 = { instancePath: instancePath + "/freshness/scope", schemaPath: "#/properties/freshness/properties/scope/enum", keyword: "enum", params: { allowedValues: schema11.properties.freshness.properties.scope.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/freshness", schemaPath: "#/properties/freshness/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.wordBudget !== void 0) {
      let data13 = data.wordBudget;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
        const err24 = { instancePath: instancePath + "/wordBudget", schemaPath: "#/properties/wordBudget/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 < 1 || isNaN(data13)) {
          const err25 = { instancePath: instancePath + "/wordBudget", schemaPath: "#/properties/wordBudget/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
    }
    if (data.requiredElements !== void 0) {
      let data14 = data.requiredElements;
      if (Array.isArray(data14)) {
        const len2 = data14.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data15 = data14[i4];
          if (!(data15 === "currentState" || data15 === "decisions" || data15 === "blockers" || data15 === "nextSteps" || data15 === "timeProgress")) {
            const err26 = { instancePath: instancePath + "/requiredElements/" + i4, schemaPath: "#/properties/requiredElements/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.requiredElements.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        let i5 = data14.length;
        let j2;
        if (i5 > 1) {
          outer0: for (; i5--; ) {
            for (j2 = i5; j2--; ) {
              if (func0(data14[i5], data14[j2])) {
                const err27 = { instancePath: instancePath + "/requiredElements", schemaPath: "#/properties/requiredElements/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/requiredElements", schemaPath: "#/properties/requiredElements/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.hook !== void 0) {
      let data16 = data.hook;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key2 in data16) {
          if (!(key2 === "onInternalError")) {
            const err29 = { instancePath: instancePath + "/hook", schemaPath: "#/properties/hook/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data16.onInternalError !== void 0) {
          let data17 = data16.onInternalError;
          if (!(data17 === "allow" || data17 === "block")) {
            const err30 = { instancePath: instancePath + "/hook/onInternalError", schemaPath: "#/properties/hook/properties/onInternalError/enum", keyword: "enum", params: { allowedValues: schema11.properties.hook.properties.onInternalError.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/hook", schemaPath: "#/properties/hook/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.comment !== void 0) {
      let data18 = data.comment;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (const key3 in data18) {
          if (!(key3 === "enabled" || key3 === "waiverLabel")) {
            const err32 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data18.enabled !== void 0) {
          if (typeof data18.enabled !== "boolean") {
            const err33 = { instancePath: instancePath + "/comment/enabled", schemaPath: "#/properties/comment/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data18.waiverLabel !== void 0) {
          let data20 = data18.waiverLabel;
          if (typeof data20 === "string") {
            if (func3(data20) < 1) {
              const err34 = { instancePath: instancePath + "/comment/waiverLabel", schemaPath: "#/properties/comment/properties/waiverLabel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = { instancePath: instancePath + "/comment/waiverLabel", schemaPath: "#/properties/comment/properties/waiverLabel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.sessionGap !== void 0) {
      if (typeof data.sessionGap !== "string") {
        const err37 = { instancePath: instancePath + "/sessionGap", schemaPath: "#/properties/sessionGap/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
  } else {
    const err38 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err38];
    } else {
      vErrors.push(err38);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
}

// src/core/config.ts
var BUILTIN_STATUSES = ["in_progress", "blocked", "complete", "idle"];
var DEFAULT_CONFIG = Object.freeze({
  registry: ".agent-context/agent-handoffs.json",
  activeStatuses: ["in_progress", "blocked"],
  statuses: [...BUILTIN_STATUSES],
  handoffDir: "delegation/tasks/active",
  handoffPattern: "{task}-handoff-session{session}.md",
  taskIdPattern: "[A-Z][A-Z0-9]*-\\d{4}-\\d{4}(?:-[A-Z0-9]+)?|[A-Z][A-Z0-9]+-\\d+",
  freshness: { maxCommitsBehind: 0, maxAge: "7d", scope: "all" },
  wordBudget: 250,
  requiredElements: [...ELEMENT_NAMES],
  hook: { onInternalError: "allow" },
  comment: { enabled: true, waiverLabel: "no-handoff" },
  sessionGap: "2h"
});
var UNITS = { s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };
function parseDuration(text) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$/.exec(text);
  if (!match) {
    throw new InputError(
      `invalid duration "${text}": write a number and a unit (s, m, h, d, w), e.g. 7d or 36h`,
      {},
      "config/duration"
    );
  }
  return Number(match[1]) * UNITS[match[2]];
}
function resolveConfig(raw, file, locate) {
  const where = (pointer, key = false) => ({
    file,
    ...locate ? locate(pointer, { key }) : {}
  });
  if (raw === void 0 || raw === null) return structuredClone(DEFAULT_CONFIG);
  if (!handoff_config_validator_default(raw)) {
    const error = handoff_config_validator_default.errors?.[0];
    if (!error) throw new InputError("invalid config", { file }, "schema/invalid");
    if (error.keyword === "additionalProperties") {
      const key = String(error.params.additionalProperty);
      const pointer = `${error.instancePath}/${pointerSegment(key)}`;
      const known = Object.keys(
        error.instancePath === "" ? DEFAULT_CONFIG : DEFAULT_CONFIG[error.instancePath.slice(1)] ?? {}
      );
      throw new InputError(
        `unknown config key "${pointer.slice(1).replace(/\//g, ".")}" (known: ${known.join(", ")})`,
        where(pointer, true),
        "config/unknown-key"
      );
    }
    const name = error.instancePath ? error.instancePath.slice(1).replace(/\//g, ".") : "(config)";
    throw new InputError(
      `config key "${name}" ${error.message ?? "is invalid"}`,
      where(error.instancePath),
      `schema/${error.keyword}`
    );
  }
  const user = raw;
  const config = {
    registry: user.registry ?? DEFAULT_CONFIG.registry,
    activeStatuses: user.activeStatuses ?? [...DEFAULT_CONFIG.activeStatuses],
    statuses: [],
    handoffDir: user.handoffDir ?? DEFAULT_CONFIG.handoffDir,
    handoffPattern: user.handoffPattern ?? DEFAULT_CONFIG.handoffPattern,
    taskIdPattern: user.taskIdPattern ?? DEFAULT_CONFIG.taskIdPattern,
    freshness: { ...DEFAULT_CONFIG.freshness, ...user.freshness },
    wordBudget: user.wordBudget ?? DEFAULT_CONFIG.wordBudget,
    requiredElements: user.requiredElements ?? [...DEFAULT_CONFIG.requiredElements],
    hook: { ...DEFAULT_CONFIG.hook, ...user.hook },
    comment: { ...DEFAULT_CONFIG.comment, ...user.comment },
    sessionGap: user.sessionGap ?? DEFAULT_CONFIG.sessionGap
  };
  config.statuses = [.../* @__PURE__ */ new Set([...BUILTIN_STATUSES, ...user.statuses ?? [], ...config.activeStatuses])];
  for (const [pointer, text] of [
    ["/freshness/maxAge", config.freshness.maxAge],
    ["/sessionGap", config.sessionGap]
  ]) {
    try {
      parseDuration(text);
    } catch (error) {
      if (error instanceof InputError) throw new InputError(error.message, where(pointer), error.rule);
      throw error;
    }
  }
  for (const [key, path] of [
    ["registry", config.registry],
    ["handoffDir", config.handoffDir]
  ]) {
    const isRoot = key === "handoffDir" && /^\.?\/*$/.test(path);
    const problem = isRoot ? void 0 : linkProblem(path, `config key "${key}"`);
    if (problem) throw new InputError(problem, where(`/${key}`), "config/path");
  }
  try {
    new RegExp(config.taskIdPattern);
  } catch (error) {
    throw new InputError(
      `config key "taskIdPattern" is not a valid regular expression: ${error.message}`,
      where("/taskIdPattern"),
      "config/regexp"
    );
  }
  if (!config.handoffPattern.includes("{task}") || !config.handoffPattern.includes("{session}")) {
    throw new InputError(
      'config key "handoffPattern" must contain both {task} and {session}',
      where("/handoffPattern"),
      "config/pattern"
    );
  }
  return config;
}
function handoffFileName(config, taskId, session) {
  return config.handoffPattern.replace(/\{task\}/g, taskId).replace(/\{session\}/g, String(session));
}
function handoffPath(config, taskId, session) {
  const dir = config.handoffDir.replace(/\\/g, "/").replace(/^\.\/+/, "").replace(/\/+$/, "");
  const name = handoffFileName(config, taskId, session);
  return dir === "" || dir === "." ? name : `${dir}/${name}`;
}
function taskIdRegExp(config) {
  return new RegExp(`(?<![A-Za-z0-9_])(?:${config.taskIdPattern})(?![A-Za-z0-9_])`, "g");
}

// src/adapters/config-loader.ts
var CONFIG_FILES = [".handoffrc.json", "handoff.config.json", "package.json"];
function displayName(repoRoot, filepath) {
  return relative2(repoRoot, filepath) || basename(filepath);
}
async function readJson(filepath, file) {
  return parseJsonLocated(await readUserText(filepath, file), file);
}
function emptyConfigError(file) {
  return new InputError("the config file is empty; write {} to use the defaults", { file }, "json/syntax");
}
function configFrom(raw, file, filepath, json) {
  const prefix = basename(filepath) === "package.json" ? "/handoff" : "";
  const locate = json ? (pointer, options) => ({ file, ...json.locate(`${prefix}${pointer}`, options) }) : void 0;
  return resolveConfig(raw, file, locate);
}
async function loadConfig(repoRoot) {
  const parsed = /* @__PURE__ */ new Map();
  const explorer = (0, import_lilconfig.lilconfig)("handoff", {
    searchPlaces: [...CONFIG_FILES],
    stopDir: repoRoot,
    cache: false,
    ignoreEmptySearchPlaces: false,
    loaders: {
      ".json": async (filepath) => {
        const json = await readJson(filepath, displayName(repoRoot, filepath));
        parsed.set(filepath, json);
        return json.value;
      }
    }
  });
  const result = await explorer.search(repoRoot);
  if (!result) return { config: resolveConfig(void 0, "(defaults)") };
  const file = displayName(repoRoot, result.filepath);
  if (result.isEmpty) throw emptyConfigError(file);
  return { config: configFrom(result.config, file, result.filepath, parsed.get(result.filepath)), file };
}
async function loadConfigFile(repoRoot, absPath) {
  const file = displayName(repoRoot, absPath);
  const text = await readUserText(absPath, file);
  const inPackage = basename(absPath) === "package.json";
  if (!inPackage && text.trim() === "") throw emptyConfigError(file);
  const json = parseJsonLocated(text, file);
  const raw = inPackage ? json.value?.handoff : json.value;
  return { config: configFrom(raw, file, absPath, json), file };
}

export {
  offsetToPosition,
  parseJsonLocated,
  linkProblem,
  normalizeLink,
  parseDuration,
  handoffPath,
  taskIdRegExp,
  agentEntries,
  registryPointer,
  checkRegistry,
  activeTasks,
  withEntry,
  firstInvalidUtf8,
  readUserText,
  resolveLink,
  resolveLinks,
  registryPath,
  readRegistry,
  writeTextAtomic,
  updateRegistry,
  CONFIG_FILES,
  loadConfig,
  loadConfigFile
};

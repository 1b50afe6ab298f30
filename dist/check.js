#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  ELEMENT_NAMES,
  elementTitle
} from "./chunks/check-chunk-HGUP4D6M.js";
import "./chunks/check-chunk-6RWGGUKT.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/check-chunk-H3OUL54H.js";

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

// src/adapters/config-loader.ts
var import_lilconfig = __toESM(require_src(), 1);
import { basename, relative as relative2 } from "node:path";

// src/generated/handoff-config.validator.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var import_equal = __toESM(require_equal(), 1);
var handoff_config_validator_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://unpkg.com/handoff-guard/schema/handoff-config.schema.json", "title": "handoff-guard config", "description": 'Config of handoff-guard, in .handoffrc.json, handoff.config.json or the "handoff" key of package.json. Every key is optional; unknown keys are errors (a typo must not silently fall back to a default).', "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "registry": { "description": "Registry path, repository-relative. Default .agent-context/agent-handoffs.json.", "type": "string", "minLength": 1 }, "activeStatuses": { "description": 'Statuses that make a task active. Default ["in_progress", "blocked"].', "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "statuses": { "description": "Every status the registry may use, besides the four built in (in_progress, blocked, complete, idle).", "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "handoffDir": { "description": "Folder of handoff documents, repository-relative. Default delegation/tasks/active.", "type": "string", "minLength": 1 }, "handoffPattern": { "description": "File name pattern with {task} and {session}. Default {task}-handoff-session{session}.md.", "type": "string", "minLength": 1 }, "taskIdPattern": { "description": "Regular expression source a task id must match.", "type": "string", "minLength": 1 }, "freshness": { "type": "object", "additionalProperties": false, "properties": { "maxCommitsBehind": { "description": "Work commits allowed after the last handoff update in the checked range. Default 0.", "type": "integer", "minimum": 0 }, "maxAge": { "description": "Longest a handoff may go without update while its task is active: 7d, 36h, 90m. Default 7d.", "type": "string" }, "scope": { "description": "Which active tasks can block: all (default) or touched (only tasks the checked commits work on or whose handoff they change; the others are listed as notes). touched suits one branch per task.", "enum": ["all", "touched"] } } }, "wordBudget": { "description": "Draft word budget. Default 250.", "type": "integer", "minimum": 1 }, "requiredElements": { "description": "Elements that must be present and non-empty. Default all five.", "type": "array", "items": { "enum": ["currentState", "decisions", "blockers", "nextSteps", "timeProgress"] }, "uniqueItems": true }, "hook": { "type": "object", "additionalProperties": false, "properties": { "onInternalError": { "description": "What the pre-push hook does on an internal error. Default allow (fail open, loudly).", "enum": ["allow", "block"] } } }, "comment": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "description": "Post the sticky PR comment. Default true.", "type": "boolean" }, "waiverLabel": { "description": "Label that waives the check on a PR. Default no-handoff.", "type": "string", "minLength": 1 } } }, "sessionGap": { "description": "Gap between commits that splits sessions when estimating time spent. Default 2h.", "type": "string" } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = import_ucs2length.default.default ?? import_ucs2length.default;
var func0 = import_equal.default.default ?? import_equal.default;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
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
  validate10.errors = vErrors;
  return errors === 0;
}

// src/core/errors.ts
var InputError = class extends Error {
  constructor(message, location = {}, rule) {
    super(message);
    this.location = location;
    this.rule = rule;
    this.name = "InputError";
  }
  location;
  rule;
  exitCode = 2;
};
var InternalError = class extends Error {
  exitCode = 3;
  constructor(message, options) {
    super(message, options);
    this.name = "InternalError";
  }
};
function formatLocated(message, location = {}, rule) {
  const where = [location.file, location.line, location.column].filter((p) => p !== void 0).join(":");
  return `${where ? `${where}: ` : ""}${message}${rule ? ` [${rule}]` : ""}`;
}
function formatInputError(error) {
  return formatLocated(error.message, error.location, error.rule);
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
function taskIdRegExp(config) {
  return new RegExp(`(?<![A-Za-z0-9_])(?:${config.taskIdPattern})(?![A-Za-z0-9_])`, "g");
}

// src/adapters/store.ts
import { isUtf8 } from "node:buffer";
import { readdirSync, realpathSync } from "node:fs";
import { mkdir, readFile, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

// src/generated/agent-handoffs.validator.js
var import_ucs2length2 = __toESM(require_ucs2length(), 1);
var agent_handoffs_validator_default = validate102;
var schema12 = { "title": "Agent entry", "description": "What one agent is doing. Unknown extra keys are allowed and kept on rewrite.", "type": "object", "required": ["status"], "properties": { "status": { "description": "in_progress, blocked, complete or idle, or a status the config adds. in_progress and blocked make the task active by default.", "type": "string", "minLength": 1, "examples": ["in_progress", "blocked", "complete", "idle"] }, "current_task": { "description": "Task id the agent works on, e.g. TASK-2025-0078-C; null when idle.", "type": ["string", "null"] }, "task_started": { "description": "Date the task started, YYYY-MM-DD (a full ISO timestamp is accepted).", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$" }, "brief_note": { "description": "One line for the at-a-glance view, e.g. 'API testing implementation - 30% complete'.", "type": "string" }, "details_link": { "description": "Repository-relative path (POSIX separators) of the latest handoff document; null when there is none.", "type": ["string", "null"] } }, "additionalProperties": true };
var func22 = import_ucs2length2.default.default ?? import_ucs2length2.default;
var pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$", "u");
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (func22(key0) < 1) {
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
              if (func22(data1) < 1) {
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
  validate102.errors = vErrors;
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

// src/adapters/repo-root.ts
import { stat as stat2 } from "node:fs/promises";
import { dirname as dirname2, join as join2, resolve as resolve2 } from "node:path";
async function findRepoRoot(cwd) {
  let dir = resolve2(cwd);
  for (; ; ) {
    try {
      const found = await stat2(join2(dir, ".git"));
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
import { readFileSync, statSync } from "node:fs";
import { mkdir as mkdir2, readFile as readFile2, rename, stat as stat3, writeFile } from "node:fs/promises";
import { dirname as dirname3, isAbsolute as isAbsolute2, join as join3, resolve as resolve3 } from "node:path";
var CACHE_VERSION = 1;
var RACY_MS = 2e3;
async function gitDir(repoRoot) {
  const dotGit = join3(repoRoot, ".git");
  try {
    const info = await stat3(dotGit);
    if (info.isDirectory()) return dotGit;
    const text = await readFile2(dotGit, "utf8");
    const match = /^gitdir:\s*(.+)$/m.exec(text);
    if (match?.[1]) {
      const target = match[1].trim();
      return isAbsolute2(target) ? target : resolve3(repoRoot, target);
    }
  } catch {
  }
  return dotGit;
}
var DocumentCache = class _DocumentCache {
  constructor(file, previous, clock) {
    this.file = file;
    this.previous = previous;
    this.clock = clock;
  }
  file;
  previous;
  clock;
  fresh = /* @__PURE__ */ new Map();
  misses = 0;
  /** Opens the repository's cache; a missing, unreadable or outdated cache is an empty one. */
  static async open(repoRoot, options = {}) {
    const clock = options.clock ?? Date.now;
    const file = join3(await gitDir(repoRoot), "handoff-guard", "cache.json");
    let previous;
    try {
      const parsed = JSON.parse(readFileSync(file, "utf8"));
      if (parsed && parsed.version === CACHE_VERSION && typeof parsed.writtenAt === "number" && parsed.entries) {
        previous = parsed;
      }
    } catch {
    }
    return new _DocumentCache(file, previous, clock);
  }
  /** A cache that never persists (for callers without a repository). */
  static inMemory() {
    return new _DocumentCache(void 0, void 0, Date.now);
  }
  /** How many documents were parsed (not served from the cache) since opening. */
  get parsedCount() {
    return this.misses;
  }
  /**
   * The summary of the document at `absPath` (`displayPath` names it in messages). Reading or
   * encoding problems are the InputErrors `readUserText` raises.
   */
  async summarize(absPath, displayPath) {
    const info = statSync(absPath);
    const key = displayPath;
    const cached = this.previous?.entries[key];
    if (cached && this.previous && cached.size === info.size && cached.mtimeMs === info.mtimeMs && cached.mtimeMs < this.previous.writtenAt - RACY_MS) {
      this.fresh.set(key, cached);
      return { missingElements: cached.missingElements, facts: cached.facts };
    }
    this.misses++;
    const text = await readUserText(absPath, displayPath);
    const summary = await summarizeMarkdown(text);
    this.fresh.set(key, { ...summary, size: info.size, mtimeMs: info.mtimeMs });
    return summary;
  }
  /**
   * Writes the cache back when anything was parsed (entries not used in this run are dropped, so the
   * cache follows the registry). Failures are ignored: the cache only saves time.
   */
  async save() {
    if (!this.file || this.misses === 0) return;
    const content = {
      version: CACHE_VERSION,
      writtenAt: this.clock(),
      entries: Object.fromEntries(this.fresh)
    };
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      await mkdir2(dirname3(this.file), { recursive: true });
      await writeFile(temp, JSON.stringify(content));
      await rename(temp, this.file);
    } catch {
    }
  }
};
async function summarizeMarkdown(text) {
  const [{ parseHandoff }, { missingElements }, { documentFacts }] = await Promise.all([
    import("./chunks/check-parse-MV2HVIKL.js"),
    import("./chunks/check-elements-EMRZINQV.js"),
    import("./chunks/check-facts-6C4XMUPC.js")
  ]);
  const doc = parseHandoff(text);
  return { missingElements: missingElements(doc, ELEMENT_NAMES), facts: documentFacts(doc) };
}

// src/adapters/git.ts
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
var RECORD = "";
var FIELD = "";
var LOG_FORMAT = `--format=${RECORD}%H${FIELD}%an${FIELD}%ae${FIELD}%at${FIELD}%ct${FIELD}%s${FIELD}%b${FIELD}%(trailers:key=Task,valueonly,separator=%x1f)`;
var LOG_STABLE = [
  "--no-color",
  "--no-show-signature",
  "--no-renames",
  "--no-ext-diff",
  "--no-textconv",
  "-z"
];
var REMOTE_COMMANDS = /* @__PURE__ */ new Set(["fetch"]);
var GitFailure = class extends Error {
  name = "GitFailure";
};
function runGit(args, cwd) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("git", args, {
      cwd,
      // Read now, not defaulted: the environment as this process sees it at the time of the call.
      env: process.env,
      stdio: ["ignore", "pipe", "pipe"],
      windowsHide: true
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => {
      if (error.code === "ENOENT" && !existsSync(cwd)) reject(new Error(`the folder ${cwd} does not exist`));
      else reject(error);
    });
    child.on("close", (code) => {
      const stdout = Buffer.concat(out).toString("utf8");
      if (code !== 0 && err.length > 0) {
        reject(new GitFailure(`${stdout}${Buffer.concat(err).toString("utf8")}`));
      } else resolvePromise(stdout);
    });
  });
}
var GitCommandManager = class _GitCommandManager {
  constructor(workingDirectory) {
    this.workingDirectory = workingDirectory;
  }
  workingDirectory;
  simpleGit;
  static create(workingDirectory) {
    return new _GitCommandManager(workingDirectory);
  }
  /**
   * Commits selected by `revisionArgs` (e.g. `['a..b']`, or `[sha, '--not', '--remotes=origin']`),
   * oldest first, with the files each changes — with line counts when `stats` is set. Revisions
   * the repository does not have are an InputError naming them; `--ignore-missing` in the args
   * skips them instead.
   */
  async logRange(revisionArgs, opts) {
    const output = await this.exec([
      "log",
      "--reverse",
      ...LOG_STABLE,
      LOG_FORMAT,
      opts.stats ? "--numstat" : "--name-only",
      ...revisionArgs,
      "--"
    ]);
    return parseLog(output, opts.stats);
  }
  /** The branch HEAD is on, or undefined when HEAD is detached (or the repository is empty). */
  async currentBranch() {
    const out = await this.tryExec(["symbolic-ref", "--short", "-q", "HEAD"]);
    const name = out?.trim();
    return name ? name : void 0;
  }
  /** Full sha of a commit; InputError naming the revision when there is no such commit. */
  async revParse(rev) {
    const out = await this.tryExec([
      "rev-parse",
      "--verify",
      "--quiet",
      "--end-of-options",
      `${rev}^{commit}`
    ]);
    const sha = out?.trim();
    if (!sha) {
      throw new InputError(
        `unknown revision "${rev}": no such commit in this repository`,
        {},
        "git/unknown-revision"
      );
    }
    return sha;
  }
  /** Whether HEAD points at a commit (false in a repository with no commits yet). */
  async hasCommits() {
    const out = await this.tryExec(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
    return Boolean(out?.trim());
  }
  /** HEAD's upstream as a short name (`origin/main`), or undefined when it has none. */
  async upstream() {
    const out = await this.tryExec(["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}"]);
    const name = out?.trim();
    return name ? name : void 0;
  }
  /** The first of `candidates` that names a commit here, e.g. `origin/HEAD`, `origin/main`, `main`. */
  async firstExisting(candidates) {
    for (const candidate of candidates) {
      const out = await this.tryExec(["rev-parse", "--verify", "--quiet", `${candidate}^{commit}`]);
      if (out?.trim()) return candidate;
    }
    return void 0;
  }
  async isShallow() {
    return (await this.exec(["rev-parse", "--is-shallow-repository"])).trim() === "true";
  }
  /** Fetches `by` more commits of history into a shallow clone. */
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
  /**
   * For each path, the commit time (seconds) of the newest commit since `sinceEpochSeconds` that
   * touched it; paths no such commit touched are absent. One `git log --since` over the paths: git
   * stops walking at the window's start, so the cost follows the window, not the history.
   */
  async lastTouchesSince(paths, sinceEpochSeconds) {
    const touches = /* @__PURE__ */ new Map();
    if (paths.length === 0) return touches;
    const output = await this.exec([
      "log",
      ...LOG_STABLE,
      `--since=${new Date(sinceEpochSeconds * 1e3).toISOString()}`,
      `--format=${RECORD}%ct`,
      "--name-only",
      "HEAD",
      "--",
      ...paths.map((p) => `:(literal)${p}`)
    ]);
    const wanted = new Set(paths);
    for (const record of output.split(RECORD)) {
      const end = record.indexOf("\0");
      if (end === -1) continue;
      const time = Number(record.slice(0, end));
      for (const path of record.slice(end + 1).replace(/^\n/, "").split("\0")) {
        if (wanted.has(path) && !touches.has(path)) touches.set(path, time);
      }
    }
    return touches;
  }
  /**
   * The last commit reachable from `rev` that touched each of `paths` (absent when none did), in ONE
   * `git log` over all of them. Unlike `lastTouchesSince` this is not bounded by a window: it is for
   * `resume`, which must find a handoff's last commit however old, not for the pre-push hot path.
   */
  async lastTouchingCommits(paths, rev = "HEAD") {
    const touches = /* @__PURE__ */ new Map();
    if (paths.length === 0) return touches;
    const output = await this.exec([
      "log",
      ...LOG_STABLE,
      `--format=${RECORD}%H`,
      "--name-only",
      rev,
      "--",
      ...paths.map((p) => `:(literal)${p}`)
    ]);
    const wanted = new Set(paths);
    for (const record of output.split(RECORD)) {
      const end = record.indexOf("\0");
      if (end === -1) continue;
      const sha = record.slice(0, end);
      for (const path of record.slice(end + 1).replace(/^\n/, "").split("\0")) {
        if (wanted.has(path) && !touches.has(path)) touches.set(path, sha);
      }
    }
    return touches;
  }
  /** Whether `path` differs from HEAD in the index or the working tree, or is not tracked at all. */
  async hasUncommittedChanges(path) {
    const output = await this.exec([
      "status",
      "--porcelain",
      "--untracked-files=all",
      "--",
      `:(literal)${path}`
    ]);
    return output.trim() !== "";
  }
  /** A config value, or undefined when unset. */
  async configGet(key) {
    const value = (await this.tryExec(["config", "--get", key]))?.trim();
    return value ? value : void 0;
  }
  /** Absolute path git uses for `name` inside the git dir, honouring `core.hooksPath` and worktrees. */
  async gitPath(name) {
    const out = (await this.exec(["rev-parse", "--path-format=absolute", "--git-path", name])).trim();
    return out;
  }
  async listRemotes() {
    const out = await this.exec(["remote"]);
    return out.split("\n").filter((line) => line.trim() !== "");
  }
  /** Runs git; returns stdout or throws the error `translateGitError` makes of the failure. */
  async exec(args) {
    try {
      return await this.raw(args);
    } catch (error) {
      throw translateGitError(error, args, this.workingDirectory);
    }
  }
  /**
   * Like exec, but git exiting non-zero gives undefined (exiting silently, as `--quiet` makes it,
   * already gives empty output). A missing git, a folder that is no repository, and git failing to
   * start still throw. (Only local commands come here, so only `runGit`'s failures.)
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
  async raw(args) {
    if (!REMOTE_COMMANDS.has(args[0] ?? "")) return runGit(args, this.workingDirectory);
    this.simpleGit ??= import("./chunks/check-dist-GHUZFAIG.js").then(
      ({ simpleGit }) => simpleGit({ baseDir: this.workingDirectory, trimmed: false })
    );
    return (await this.simpleGit).raw(args);
  }
};
function translateGitError(error, args, cwd) {
  const message = error instanceof Error ? error.message : String(error);
  if (/\bENOENT\b/.test(message) && /spawn/.test(message)) {
    return new InputError("git is not installed or not on PATH", {}, "git/missing");
  }
  if (/not a git repository/i.test(message)) {
    return new InputError(`${cwd} is not inside a git repository`, { file: cwd }, "git/not-a-repository");
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
function parseLog(output, stats) {
  const commits = [];
  for (const record of output.split(RECORD)) {
    const end = record.indexOf("\0");
    if (end === -1) continue;
    const fields = record.slice(0, end).split(FIELD);
    const [
      sha = "",
      authorName = "",
      authorEmail = "",
      authorTime = "0",
      commitTime = "0",
      subject = "",
      body = ""
    ] = fields;
    const taskTrailers = fields.slice(7).map((v) => v.trim()).filter((v) => v !== "");
    const entries = record.slice(end + 1).replace(/^\n/, "").split("\0").filter((e) => e !== "");
    const files = stats ? entries.map(parseNumstat) : entries.map((path) => ({ path }));
    commits.push({
      sha,
      authorName,
      authorEmail,
      authorTime: Number(authorTime),
      commitTime: Number(commitTime),
      subject,
      body: body.replace(/\n+$/, ""),
      taskTrailers,
      files
    });
  }
  return commits;
}
function parseNumstat(entry) {
  const [added = "-", deleted = "-", ...rest] = entry.split("	");
  const path = rest.join("	");
  if (added === "-" || deleted === "-") return { path };
  return { path, added: Number(added), deleted: Number(deleted) };
}

// src/adapters/pre-push.ts
async function readPushedRanges(git, plan) {
  return Promise.all(
    plan.refs.map(async (ref) => {
      const commits = await git.logRange(ref.revisionArgs, { stats: false });
      const range = {
        description: ref.description,
        head: ref.localSha,
        branch: ref.branch,
        commits
      };
      if (ref.kind === "update") range.base = ref.remoteSha;
      return range;
    })
  );
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
  }
  pattern;
  active;
  find(text) {
    if (!text) return [];
    const found = [];
    for (const match of text.matchAll(this.pattern)) {
      if (this.active.has(match[0]) && !found.includes(match[0])) found.push(match[0]);
    }
    if (found.length === 0) {
      for (const id of this.active) {
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
  const bySha = /* @__PURE__ */ new Map();
  const touched = /* @__PURE__ */ new Set();
  const taskByHandoff = /* @__PURE__ */ new Map();
  for (const [taskId, file] of input.handoffFiles) taskByHandoff.set(file, taskId);
  for (const { commit, branch } of input.commits) {
    if (bySha.has(commit.sha)) continue;
    const attribution = explicitAttribution(commit, branch, ids);
    bySha.set(commit.sha, attribution);
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
    for (const attribution of bySha.values()) {
      if (attribution.tasks.length === 0) {
        attribution.tasks = [fallback.taskId];
        attribution.rule = fallback.rule;
      }
    }
  }
  return fallback ? { bySha, fallback } : { bySha };
}
function unique(values) {
  return [...new Set(values)];
}

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
function evaluateFreshness(input) {
  const { config } = input;
  const notes = [...input.notes ?? []];
  const handoffFiles = /* @__PURE__ */ new Map();
  for (const { task, link } of input.tasks) {
    if (link.kind === "document" && !handoffFiles.has(task.taskId)) handoffFiles.set(task.taskId, link.path);
  }
  const everyCommit = input.ranges.flatMap(
    (range) => range.commits.map((commit) => range.branch ? { commit, branch: range.branch } : { commit })
  );
  const attribution = attributeCommits({
    commits: everyCommit,
    activeTaskIds: input.tasks.map((t) => t.task.taskId),
    handoffFiles,
    taskIds: taskIdRegExp(config)
  });
  const workShas = new Set(
    everyCommit.filter(({ commit }) => isWorkCommit(commit, input.nonWork)).map(({ commit }) => commit.sha)
  );
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
  if (unattributed.length > 0) {
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
      const behind = behindCommits(task.taskId, link.path, input.ranges, workShas, attribution.bySha);
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
    const verdict = {
      taskId: task.taskId,
      agent: task.agent,
      fresh: problems.length === 0,
      problems,
      workCommits: workCommitsByTask.get(task.taskId) ?? 0
    };
    const handoffPath = link.kind === "document" ? link.path : task.detailsLink;
    if (handoffPath !== void 0) verdict.handoffPath = handoffPath;
    return verdict;
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
function behindCommits(taskId, handoffPath, ranges, workShas, bySha) {
  const found = /* @__PURE__ */ new Map();
  let lastTouch;
  let base;
  for (const range of ranges) {
    let after = [];
    let touch;
    for (const commit of range.commits) {
      if (commit.files.some((f) => f.path === handoffPath)) {
        touch = commit;
        after = [];
        continue;
      }
      if (workShas.has(commit.sha) && bySha.get(commit.sha)?.tasks.includes(taskId)) after.push(commit);
    }
    for (const commit of after) found.set(commit.sha, commit);
    if (after.length > 0) {
      lastTouch ??= touch;
      base ??= range.base;
    }
  }
  const result = {
    commits: [...found.values()]
  };
  if (lastTouch) result.lastTouch = lastTouch;
  if (base) result.base = base;
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

// src/app/check.ts
var DEFAULT_BASES = ["origin/HEAD", "origin/main", "origin/master", "main", "master"];
async function runCheck(options) {
  const { repoRoot, config, now } = options;
  const git = GitCommandManager.create(repoRoot);
  const notes = [];
  const pushNotes = [];
  const pushedRanges = options.prePush ? readRanges(git, options, pushNotes) : void 0;
  pushedRanges?.catch(() => void 0);
  const { registry } = await readRegistry(repoRoot, config);
  const tasks = activeTasks(registry, config);
  const links = agentEntries(registry).flatMap(
    ([, entry]) => typeof entry.details_link === "string" ? [entry.details_link] : []
  );
  const nonWork = nonWorkPaths(config.handoffDir, config.registry, links);
  if (!options.prePush && !options.base && !options.head && !await git.hasCommits()) {
    return { verdicts: [], stale: false, notes: ["The repository has no commits yet: nothing to check."] };
  }
  if (tasks.length === 0) {
    return evaluateFreshness({ config, tasks: [], ranges: [], nonWork, lastTouches: /* @__PURE__ */ new Map(), now, notes });
  }
  const [ranges, taskInputs] = await Promise.all([
    pushedRanges ?? readRanges(git, options, notes),
    readTaskStates(repoRoot, tasks)
  ]);
  notes.push(...pushNotes);
  const needHistory = pathsNeedingHistory(taskInputs, config, now);
  const since = Math.floor((now.getTime() - parseDuration(config.freshness.maxAge)) / 1e3);
  const lastTouches = needHistory.length > 0 ? await git.lastTouchesSince(needHistory, since) : /* @__PURE__ */ new Map();
  return evaluateFreshness({ config, tasks: taskInputs, ranges, nonWork, lastTouches, now, notes });
}
async function readRanges(git, options, notes) {
  if (!options.prePush) return [await readLocalRange(git, options, notes)];
  const plan = planPush(parsePrePushInput(options.prePush.stdin), options.prePush.remoteName);
  for (const skipped of plan.skipped) {
    notes.push(`Skipped ${skipped.remoteRef} (${skipped.why === "tag" ? "a tag" : "deleted by this push"}).`);
  }
  return readPushedRanges(git, plan);
}
async function readLocalRange(git, options, notes) {
  const headRev = options.head ?? "HEAD";
  const head = await git.revParse(headRev);
  const branch = options.head ? void 0 : await git.currentBranch();
  let baseRev = options.base;
  if (baseRev === void 0) {
    baseRev = await git.upstream() ?? await git.firstExisting(DEFAULT_BASES);
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
async function readTaskStates(repoRoot, tasks) {
  const cache = await DocumentCache.open(repoRoot);
  try {
    const linked = tasks.flatMap((task) => task.detailsLink === void 0 ? [] : [task.detailsLink]);
    const resolvedLinks = await resolveLinks(repoRoot, linked);
    let next = 0;
    return await Promise.all(
      tasks.map(async (task) => {
        const resolved = task.detailsLink === void 0 ? void 0 : resolvedLinks[next++];
        return { task, link: await linkState(task, resolved, cache) };
      })
    );
  } finally {
    await cache.save();
  }
}
async function linkState(task, resolved, cache) {
  if (task.detailsLink === void 0 || resolved === void 0) {
    return { kind: "missing", detail: `the registry entry of ${task.agent} has no details_link.` };
  }
  if (!resolved.ok) return { kind: "invalid-link", message: `${resolved.message} [${resolved.rule}].` };
  const path = normalizeLink(task.detailsLink);
  if (!resolved.exists) return { kind: "missing", detail: `${path} does not exist.` };
  try {
    const summary = await cache.summarize(resolved.absPath, path);
    return { kind: "document", path, missingElements: summary.missingElements, facts: summary.facts };
  } catch (error) {
    if (error instanceof InputError && error.rule === "file/not-a-file") {
      return {
        kind: "invalid-link",
        message: `details_link "${task.detailsLink}" is not a file [file/not-a-file].`
      };
    }
    throw error;
  }
}

// src/core/render/check-report.ts
var BYPASSES = [
  "git push --no-verify       (skip every pre-push hook)",
  "HUSKY=0 git push           (skip husky hooks)",
  "HANDOFF_SKIP=1 git push    (skip only this check)"
];
var REASON_TITLES = {
  missing: "handoff missing",
  incomplete: "handoff incomplete",
  behind: "handoff behind the work",
  expired: "handoff expired",
  "invalid-link": "invalid details_link"
};
function renderCheckText(result, options) {
  const program = options.program ?? "handoff";
  const lines = [];
  const stale = result.verdicts.filter((v) => !v.fresh);
  const checked = result.range ? ` (${result.range.description}, ${result.range.commitCount} commit(s))` : "";
  const why = result.verdicts.length === 0 ? result.notes.find((n) => n.endsWith("nothing to check.")) : void 0;
  const notes = result.notes.filter((n) => n !== why);
  if (!result.stale) {
    const count = result.verdicts.length;
    lines.push(
      count === 0 ? `handoff check: ${sentenceCase(why) ?? `nothing to check${checked}.`}` : `handoff check: ${count} active task(s), every handoff fresh${checked}.`
    );
  } else {
    lines.push(
      `handoff check: ${stale.length} of ${result.verdicts.length} active task(s) need a handoff update${checked}.`
    );
    for (const verdict of stale) lines.push("", ...verdictLines(verdict, program));
  }
  if (notes.length > 0) {
    lines.push("");
    for (const note of notes) lines.push(`note: ${note}`);
  }
  if (result.stale && options.hook) {
    lines.push("", "Push blocked. Update the handoff (commit it), then push again. To push anyway:");
    for (const bypass of BYPASSES) lines.push(`  ${bypass}`);
  }
  return `${lines.join("\n")}
`;
}
function verdictLines(verdict, program) {
  const where = verdict.handoffPath ? ` \u2014 ${verdict.handoffPath}` : "";
  const lines = [`\u2717 ${verdict.taskId} (agent ${verdict.agent})${where}`];
  const fixes = [];
  for (const problem of verdict.problems) {
    lines.push(`  ${problem.reason}: ${problem.detail}`);
    if (!fixes.includes(problem.fix)) fixes.push(problem.fix);
  }
  for (const fix of fixes) lines.push(`  fix: ${fix.replace(/^handoff /, `${program} `)}`);
  return lines;
}
function renderCheckJson(result) {
  return `${JSON.stringify(result, null, 2)}
`;
}
function renderCheckGithub(result) {
  const lines = [];
  for (const verdict of result.verdicts) {
    if (verdict.fresh) continue;
    const reasons = verdict.problems.map((p) => p.reason).join(", ");
    const properties = [];
    if (verdict.handoffPath) properties.push(`file=${escapeProperty(verdict.handoffPath)}`);
    properties.push(`title=${escapeProperty(`${verdict.taskId}: ${titleOf(verdict)} (${reasons})`)}`);
    const message = verdict.problems.map((p) => `${p.reason}: ${p.detail} Fix: ${p.fix}`).join("\n");
    lines.push(`::error ${properties.join(",")}::${escapeData(message)}`);
  }
  for (const note of result.notes) lines.push(`::notice::${escapeData(note)}`);
  const stale = result.verdicts.filter((v) => !v.fresh).length;
  lines.push(
    `::notice title=${escapeProperty("Handoff Guard")}::${escapeData(
      stale === 0 ? `${result.verdicts.length} active task(s), every handoff fresh.` : `${stale} of ${result.verdicts.length} active task(s) need a handoff update.`
    )}`
  );
  return `${lines.join("\n")}
`;
}
function titleOf(verdict) {
  const first = verdict.problems[0];
  return first ? REASON_TITLES[first.reason] : "stale handoff";
}
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function sentenceCase(note) {
  return note === void 0 ? void 0 : `${note.charAt(0).toLowerCase()}${note.slice(1)}`;
}

// src/cli/context.ts
var EXIT = { ok: 0, stale: 1, input: 2, internal: 3 };

// src/cli/commands/check.ts
function skipRequested(env) {
  const value = env.HANDOFF_SKIP?.trim().toLowerCase();
  return value !== void 0 && value !== "" && value !== "0" && value !== "false";
}
async function run(options, ctx) {
  if (skipRequested(ctx.env)) {
    ctx.stderr.write("handoff check: skipped (HANDOFF_SKIP is set).\n");
    return EXIT.ok;
  }
  const hook = options.hook === "pre-push";
  if (!hook) {
    try {
      return await check(options, ctx);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      ctx.stderr.write(`handoff: ${formatInputError(error)}
`);
      return EXIT.input;
    }
  }
  let config;
  try {
    return await check(options, ctx, (c) => {
      config = c;
    });
  } catch (error) {
    if (error instanceof InputError) {
      ctx.stderr.write(`handoff: ${formatInputError(error)}
${bypassText()}`);
      return EXIT.input;
    }
    const message = error instanceof Error ? error.message : String(error);
    const block = config?.hook.onInternalError === "block";
    ctx.stderr.write(
      [
        "",
        "!!! handoff-guard: INTERNAL ERROR while checking handoffs !!!",
        `!!! ${message}`,
        block ? '!!! The push is blocked (hook.onInternalError is "block").' : '!!! The push is ALLOWED without a handoff check (set hook.onInternalError to "block" to refuse instead).',
        "!!! Set HANDOFF_DEBUG=1 for details, and please report it.",
        ""
      ].join("\n")
    );
    if (ctx.env.HANDOFF_DEBUG && error instanceof Error && error.stack) ctx.stderr.write(`${error.stack}
`);
    if (!block) return EXIT.ok;
    ctx.stderr.write(bypassText());
    return EXIT.internal;
  }
}
async function check(options, ctx, onConfig) {
  const hook = options.hook === "pre-push";
  if (hook && (options.base || options.head)) {
    throw new InputError(
      "--hook pre-push reads the pushed refs from stdin; do not combine it with --base/--head",
      {},
      "usage/hook"
    );
  }
  const repoRoot = await findRepoRoot(ctx.cwd);
  const { config } = await loadConfig(repoRoot);
  onConfig?.(config);
  const prePush = hook ? { remoteName: options.hookArgs?.[0] ?? "origin", stdin: await readAll(ctx.stdin) } : void 0;
  const result = await runCheck({
    repoRoot,
    config,
    now: ctx.now(),
    ...options.base === void 0 ? {} : { base: options.base },
    ...options.head === void 0 ? {} : { head: options.head },
    ...prePush ? { prePush } : {}
  });
  const format = options.format ?? "text";
  const output = format === "json" ? renderCheckJson(result) : format === "github" ? renderCheckGithub(result) : renderCheckText(result, { hook, ...ctx.program ? { program: ctx.program } : {} });
  (hook ? ctx.stderr : ctx.stdout).write(output);
  return result.stale ? EXIT.stale : EXIT.ok;
}
function bypassText() {
  return `To push anyway:
${BYPASSES.map((b) => `  ${b}
`).join("")}`;
}
async function readAll(stream) {
  if (stream.isTTY) return "";
  const chunks = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}
export {
  run,
  skipRequested
};

#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  require_ucs2length,
  schemaErrorPointer,
  schemaRuleWords,
  unknownKeyMessage
} from "./chunk-7E5CRINH.js";
import {
  trimEndOf
} from "./chunk-NNPSBKSI.js";
import {
  ELEMENT_NAMES
} from "./chunk-LMSMW57Z.js";
import {
  isRecord,
  pointerAsKey
} from "./chunk-X2JOUVYR.js";
import {
  InputError,
  InternalError,
  linkProblem,
  normalizeLink
} from "./chunk-MLNENVTA.js";
import {
  __commonJS,
  __toESM
} from "./chunk-MWPPMQVD.js";

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

// src/generated/handoff-config.validator.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var import_equal = __toESM(require_equal(), 1);
var handoff_config_validator_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/handoff-guard/handoff-guard/v0/schema/handoff-config.schema.json", "title": "handoff-guard config", "description": 'Config of handoff-guard, in .handoffrc.json, handoff.config.json or the "handoff" key of package.json. Every key is optional; unknown keys are errors (a typo must not silently fall back to a default).', "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "registry": { "description": "Registry path, repository-relative. Default .agent-context/agent-handoffs.json.", "type": "string", "minLength": 1 }, "activeStatuses": { "description": 'Statuses that make a task active. Default ["in_progress", "blocked"].', "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "statuses": { "description": "Every status the registry may use, besides the four built in (in_progress, blocked, complete, idle).", "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "handoffDir": { "description": "Folder of handoff documents, repository-relative. Default delegation/tasks/active.", "type": "string", "minLength": 1 }, "handoffPattern": { "description": "File name pattern with {task} and {session}. Default {task}-handoff-session{session}.md.", "type": "string", "minLength": 1 }, "taskIdPattern": { "description": "Regular expression source a task id must match.", "type": "string", "minLength": 1 }, "freshness": { "type": "object", "additionalProperties": false, "properties": { "maxCommitsBehind": { "description": "Work commits allowed after the last handoff update in the checked range. Default 0.", "type": "integer", "minimum": 0 }, "maxAge": { "description": "Longest a handoff may go without update while its task is active: 7d, 36h, 90m, or 7 days, 36 hours. Default 7d.", "type": "string" }, "scope": { "description": "Which active tasks can block: all (default) or touched (only tasks the checked commits work on or whose handoff they change; the others are listed as notes). touched suits one branch per task.", "enum": ["all", "touched"] } } }, "wordBudget": { "description": "Draft word budget. Default 250.", "type": "integer", "minimum": 1 }, "requiredElements": { "description": "Elements that must be present and non-empty. Default all five.", "type": "array", "items": { "enum": ["currentState", "decisions", "blockers", "nextSteps", "timeProgress"] }, "uniqueItems": true }, "hook": { "type": "object", "additionalProperties": false, "properties": { "onInternalError": { "description": "What the pre-push hook does on an internal error. Default allow (fail open, loudly).", "enum": ["allow", "block"] } } }, "comment": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "description": "Post the sticky PR comment. Default true.", "type": "boolean" }, "waiverLabel": { "description": "Label that waives the check on a PR. Default no-handoff.", "type": "string", "minLength": 1 } } }, "sessionGap": { "description": "Gap between commits that splits sessions when estimating time spent. Default 2h.", "type": "string" }, "doneHandoffDir": { "description": "Where `handoff done` moves a task's handoffs (repository-relative), relinking details_link. Default: they stay where they are.", "type": "string", "minLength": 1 }, "workspaces": { "description": "Monorepos: package folders (repository-relative; a last segment of * takes every folder there), each with its own registry and config, judged on the commits that change files inside it. Only read from the root config.", "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true } } };
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
    if (data.doneHandoffDir !== void 0) {
      let data22 = data.doneHandoffDir;
      if (typeof data22 === "string") {
        if (func3(data22) < 1) {
          const err38 = { instancePath: instancePath + "/doneHandoffDir", schemaPath: "#/properties/doneHandoffDir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/doneHandoffDir", schemaPath: "#/properties/doneHandoffDir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.workspaces !== void 0) {
      let data23 = data.workspaces;
      if (Array.isArray(data23)) {
        const len3 = data23.length;
        for (let i6 = 0; i6 < len3; i6++) {
          let data24 = data23[i6];
          if (typeof data24 === "string") {
            if (func3(data24) < 1) {
              const err40 = { instancePath: instancePath + "/workspaces/" + i6, schemaPath: "#/properties/workspaces/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/workspaces/" + i6, schemaPath: "#/properties/workspaces/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        let i7 = data23.length;
        let j3;
        if (i7 > 1) {
          const indices2 = {};
          for (; i7--; ) {
            let item2 = data23[i7];
            if (typeof item2 !== "string") {
              continue;
            }
            if (typeof indices2[item2] == "number") {
              j3 = indices2[item2];
              const err42 = { instancePath: instancePath + "/workspaces", schemaPath: "#/properties/workspaces/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
              break;
            }
            indices2[item2] = i7;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/workspaces", schemaPath: "#/properties/workspaces/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
  } else {
    const err44 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err44];
    } else {
      vErrors.push(err44);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var schema = schema11;

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
  sessionGap: "2h",
  workspaces: []
});
var UNITS = { s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };
var DURATION = /^\s*(\d+(?:\.\d+)?)\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)\s*$/;
function parseDuration(text) {
  const match = DURATION.exec(text);
  if (!match) {
    throw new InputError(
      `invalid duration "${text}": write a number and a unit (s, m, h, d, w, or seconds, minutes, hours, days, weeks), e.g. 7d, 36h or 2 days`,
      {},
      "config/duration"
    );
  }
  const ms = Number(match[1]) * UNITS[match[2][0]];
  if (ms > MAX_DURATION_MS) {
    throw new InputError(
      `duration "${text}" is longer than 100 years (5218w), the longest a freshness window or session gap may be`,
      {},
      "config/duration"
    );
  }
  return ms;
}
var MAX_DURATION_MS = 5218 * 6048e5;
function resolveConfig(raw, file, locate) {
  const checked = checkConfig(raw, file, locate);
  const [first, ...rest] = checked.problems;
  if (first) throw InputError.first([first, ...rest]);
  return checked.config;
}
function checkConfig(raw, file, locate) {
  const where = (pointer, key = false) => ({
    file,
    ...locate ? locate(pointer, { key }) : {}
  });
  if (raw === void 0 || raw === null) return { config: structuredClone(DEFAULT_CONFIG), problems: [] };
  const valid = handoff_config_validator_default(raw);
  const schemaProblems = valid ? [] : (handoff_config_validator_default.errors ?? []).map((error) => schemaProblem(error, where));
  if (!valid && schemaProblems.length === 0)
    schemaProblems.push(new InputError("invalid config", { file }, "schema/invalid"));
  const problems = [...schemaProblems, ...valueProblems(raw, where)];
  if (problems.length > 0) return { problems: inFileOrder(problems) };
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
    sessionGap: user.sessionGap ?? DEFAULT_CONFIG.sessionGap,
    workspaces: user.workspaces ?? [],
    ...user.doneHandoffDir === void 0 ? {} : { doneHandoffDir: user.doneHandoffDir }
  };
  config.statuses = [.../* @__PURE__ */ new Set([...BUILTIN_STATUSES, ...user.statuses ?? [], ...config.activeStatuses])];
  return { config, problems: [] };
}
var KEYS_THAT_PLACE = /* @__PURE__ */ new Set(["registry", "workspaces"]);
function configDespite(raw) {
  if (!isRecord(raw)) return void 0;
  const alone = (value) => checkConfig(value, "").problems.length === 0;
  const kept = {};
  const ignored = [];
  for (const [key, value] of Object.entries(raw)) {
    const nested = schema.properties?.[key];
    if (nested?.type === "object" && isRecord(value)) {
      const inner = {};
      for (const [name, part] of Object.entries(value)) {
        if (alone({ [key]: { [name]: part } })) inner[name] = part;
        else ignored.push(`${key}.${name}`);
      }
      kept[key] = inner;
    } else if (alone({ [key]: value })) kept[key] = value;
    else ignored.push(key);
  }
  if (ignored.some((key) => KEYS_THAT_PLACE.has(key))) return void 0;
  const config = checkConfig(kept, "").config;
  return config ? { config, ignored } : void 0;
}
function inFileOrder(problems) {
  const line = (p) => p.location.line ?? Number.MAX_SAFE_INTEGER;
  const column = (p) => p.location.column ?? 0;
  return [...problems].sort((a, b) => line(a) - line(b) || column(a) - column(b));
}
function caught(check) {
  try {
    check();
    return void 0;
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
}
function valueProblems(raw, where) {
  const fields = (value) => isRecord(value) ? value : {};
  const user = fields(raw);
  const text = (value, fallback) => typeof value === "string" ? value : fallback;
  const optionalText = (value) => typeof value === "string" ? value : void 0;
  const problems = [];
  for (const [pointer, duration] of [
    ["/freshness/maxAge", text(fields(user.freshness).maxAge, DEFAULT_CONFIG.freshness.maxAge)],
    ["/sessionGap", text(user.sessionGap, DEFAULT_CONFIG.sessionGap)]
  ]) {
    const problem = caught(() => parseDuration(duration));
    if (problem) {
      problems.push(
        new InputError(
          `config key "${pointerAsKey(pointer)}": ${problem.message}`,
          where(pointer),
          problem.rule
        )
      );
    }
  }
  const doneHandoffDir = optionalText(user.doneHandoffDir);
  for (const [key, path] of [
    ["registry", text(user.registry, DEFAULT_CONFIG.registry)],
    ["handoffDir", text(user.handoffDir, DEFAULT_CONFIG.handoffDir)],
    ...doneHandoffDir === void 0 ? [] : [["doneHandoffDir", doneHandoffDir]]
  ]) {
    const isRoot = key === "handoffDir" && /^\.?\/*$/.test(path);
    const problem = isRoot ? void 0 : linkProblem(path, `config key "${key}"`);
    if (problem) problems.push(new InputError(problem, where(`/${key}`), "config/path"));
  }
  const workspaces = Array.isArray(user.workspaces) ? user.workspaces : [];
  workspaces.forEach((folder, index) => {
    if (typeof folder !== "string") return;
    const problem = linkProblem(folder.replace(/\/\*$/, "/x"), "a workspaces folder");
    if (problem || folder.slice(0, -1).includes("*")) {
      problems.push(
        new InputError(
          problem ?? `a workspaces folder may use * only as its whole last segment ("${folder}")`,
          where(`/workspaces/${index}`),
          "config/path"
        )
      );
    }
  });
  const taskIdProblem = caught(
    () => checkTaskIdPattern(text(user.taskIdPattern, DEFAULT_CONFIG.taskIdPattern), where("/taskIdPattern"))
  );
  if (taskIdProblem) problems.push(taskIdProblem);
  const handoffPattern = text(user.handoffPattern, DEFAULT_CONFIG.handoffPattern);
  if (!handoffPattern.includes("{task}") || !handoffPattern.includes("{session}")) {
    problems.push(
      new InputError(
        'config key "handoffPattern" must contain both {task} and {session}',
        where("/handoffPattern"),
        "config/pattern"
      )
    );
  } else {
    const sample = handoffPath({ ...DEFAULT_CONFIG, handoffPattern, handoffDir: "handoffs" }, "TASK-1", 1);
    const patternProblem = normalizeLink(sample).startsWith("handoffs/") ? linkProblem(sample, 'config key "handoffPattern"') : `config key "handoffPattern" ("${handoffPattern}") names a file outside handoffDir`;
    if (patternProblem)
      problems.push(new InputError(patternProblem, where("/handoffPattern"), "config/pattern"));
  }
  return problems;
}
function schemaProblem(error, where) {
  const pointer = schemaErrorPointer(error);
  if (error.keyword === "additionalProperties") {
    const key = String(error.params.additionalProperty);
    const holder = error.instancePath === "" ? schema : schema.properties?.[error.instancePath.slice(1)];
    const known = Object.keys(holder?.properties ?? {}).filter((k) => k !== "$schema");
    const nested = error.instancePath === "" ? Object.entries(schema.properties ?? {}).flatMap(
      ([parent, schema2]) => Object.keys(schema2.properties ?? {}).map((name2) => ({
        name: name2,
        written: `${parent}.${name2}`
      }))
    ) : [];
    return new InputError(
      unknownKeyMessage("config key", key, known, pointerAsKey(pointer), nested),
      where(pointer, true),
      "config/unknown-key"
    );
  }
  const name = error.instancePath ? `config key "${pointerAsKey(error.instancePath)}"` : "the config";
  return new InputError(`${name} ${schemaRuleWords(error)}`, where(pointer), `schema/${error.keyword}`);
}
function checkTaskIdPattern(pattern, where) {
  const refuse = (why) => {
    throw new InputError(`config key "taskIdPattern" ${why}`, where, "config/regexp");
  };
  if (pattern.length > MAX_TASK_ID_PATTERN_CHARS) {
    refuse(`is longer than ${MAX_TASK_ID_PATTERN_CHARS} characters; a task-id pattern is a short rule`);
  }
  try {
    new RegExp(pattern);
  } catch (error) {
    refuse(`is not a valid regular expression: ${error.message}`);
  }
  if (pattern === DEFAULT_CONFIG.taskIdPattern) return;
  try {
    linearProgram(`^(?:${pattern})$`);
  } catch (error) {
    if (error instanceof InternalError) throw error;
    refuse(
      `uses what the linear-time matcher does not support (backreferences, lookahead or lookbehind, possessive or atomic groups): ${error.message}; task ids are matched in time linear in the text, so a pattern from a pull request cannot stall the check`
    );
  }
}
function handoffFileName(config, taskId, session) {
  return config.handoffPattern.replace(/\{task\}/g, taskId).replace(/\{session\}/g, String(session));
}
function handoffPath(config, taskId, session) {
  const folder = config.handoffDir.replace(/\\/g, "/").replace(/^\.\/+/, "");
  const dir = trimEndOf(folder, "/");
  const name = handoffFileName(config, taskId, session);
  return dir === "" || dir === "." ? name : `${dir}/${name}`;
}
var WORD_CHARS = "A-Za-z0-9_";
var AFTER_ID_CHARS = "A-Za-z0-9";
var MAX_TASK_ID_PATTERN_CHARS = 500;
var MAX_TASK_ID_INPUT_CHARS = 64 * 1024;
function isTaskId(config, id) {
  if (config.taskIdPattern === DEFAULT_CONFIG.taskIdPattern) {
    return new RegExp(`^(?:${config.taskIdPattern})$`).test(id);
  }
  return id.length <= MAX_TASK_ID_INPUT_CHARS && linearProgram(`^(?:${config.taskIdPattern})$`).matches(id);
}
function handoffNameRegExp(config, taskId) {
  return new RegExp(handoffNameSource(config, escapeRegExp(taskId), "(\\d+)"));
}
function doneArchiveOf(config) {
  if (config.doneHandoffDir === void 0) return void 0;
  return {
    dir: normalizeLink(config.doneHandoffDir),
    name: new RegExp(handoffNameSource(config, "[^/]+", "\\d+"))
  };
}
function handoffTaskRegExp(config) {
  return new RegExp(handoffNameSource(config, "([^/]+?)", "\\d+"));
}
function handoffNameSource(config, task, session) {
  const name = config.handoffPattern.split("/").pop() ?? config.handoffPattern;
  const parts = name.split(/(\{task\}|\{session\})/).map((part) => {
    if (part === "{task}") return task;
    if (part === "{session}") return session;
    return escapeRegExp(part);
  });
  return `^${parts.join("")}$`;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function handoffSessionOf(config, taskId, link) {
  const match = handoffNameRegExp(config, taskId).exec(link.split("/").pop() ?? link);
  return match?.[1] === void 0 ? void 0 : Number(match[1]);
}
function taskIdRegExp(config) {
  const pattern = config.taskIdPattern;
  if (pattern === DEFAULT_CONFIG.taskIdPattern) {
    return new RegExp(`(?<![${WORD_CHARS}])(?:${pattern})(?![${AFTER_ID_CHARS}])`, "g");
  }
  return new LinearTaskIdRegExp(pattern);
}
var linearPrograms = /* @__PURE__ */ new Map();
var linearEngine;
function useLinearEngine(engine) {
  linearEngine = engine;
}
function needsLinearEngine(raw) {
  const pattern = raw?.taskIdPattern;
  return typeof pattern === "string" && pattern !== DEFAULT_CONFIG.taskIdPattern;
}
function linearProgram(source) {
  let program = linearPrograms.get(source);
  if (!program) {
    if (!linearEngine) {
      throw new InternalError("the linear-time regular expression engine is not loaded (useLinearEngine)");
    }
    program = linearEngine.compile(source);
    linearPrograms.set(source, program);
  }
  return program;
}
var LinearTaskIdRegExp = class extends RegExp {
  taskIdPattern;
  program;
  padded = { text: "", padded: "  " };
  constructor(pattern, _flags) {
    const taskIdPattern = typeof pattern === "string" ? pattern : pattern.taskIdPattern;
    super(`(?<![${WORD_CHARS}])(?:${taskIdPattern})(?![${AFTER_ID_CHARS}])`, "g");
    this.taskIdPattern = taskIdPattern;
    this.program = linearProgram(`[^${WORD_CHARS}](${taskIdPattern})[^${AFTER_ID_CHARS}]`);
  }
  exec(input) {
    const whole = String(input);
    const text = whole.length > MAX_TASK_ID_INPUT_CHARS ? whole.slice(0, MAX_TASK_ID_INPUT_CHARS) : whole;
    const from = this.lastIndex;
    if (from > text.length) {
      this.lastIndex = 0;
      return null;
    }
    if (this.padded.text !== text) this.padded = { text, padded: ` ${text} ` };
    const matcher = this.program.matcher(this.padded.padded);
    if (!matcher.find(from)) {
      this.lastIndex = 0;
      return null;
    }
    const start = matcher.start(1) - 1;
    const end = matcher.end(1) - 1;
    const result = [text.slice(start, end)];
    result.index = start;
    result.input = whole;
    this.lastIndex = end;
    return result;
  }
};

export {
  require_fast_deep_equal,
  require_equal,
  DEFAULT_CONFIG,
  parseDuration,
  resolveConfig,
  configDespite,
  handoffPath,
  isTaskId,
  handoffNameRegExp,
  doneArchiveOf,
  handoffTaskRegExp,
  handoffSessionOf,
  taskIdRegExp,
  useLinearEngine,
  needsLinearEngine
};

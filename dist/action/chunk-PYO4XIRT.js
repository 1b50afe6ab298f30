#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  isRecord,
  pointerAsKey,
  require_ucs2length,
  schemaErrorPointer,
  schemaRuleWords,
  unknownKeyMessage
} from "./chunk-DCCHPPLB.js";
import {
  linkProblem,
  normalizeLink
} from "./chunk-6I3VPK6Q.js";
import {
  ELEMENT_NAMES,
  canonicalLabel,
  collapseWhitespace,
  isCurrentStatePart,
  isStatusField,
  isTimeProgressField,
  missingPlaces,
  sectionKindOf,
  summaryFacts
} from "./chunk-CW3FW5QO.js";
import {
  trimEndOf
} from "./chunk-47A3SBZ4.js";
import {
  InputError,
  InternalError
} from "./chunk-HAXGRQ23.js";
import {
  __commonJS,
  __toESM
} from "./chunk-D4BQ4EQP.js";

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

// src/core/document/build.ts
function handoffBuilder() {
  return new DocumentBuilder();
}
var TASK_ID = taskIdRegExp(DEFAULT_CONFIG);
var SESSION_NUMBER = /\bsession\s*#?\s*(\d+)\b/i;
var BOLD_LABEL_DEPTH = 7;
var WORKING_MARKS = ["\u2705", "\u2714\uFE0F", "\u2714", "\u2611\uFE0F", "\u2611"];
var BROKEN_MARKS = ["\u274C", "\u2716\uFE0F", "\u2716", "\u2717", "\u2718", "\u274E"];
var DocumentBuilder = class {
  doc = { header: [], elements: {}, otherSections: [] };
  depths = /* @__PURE__ */ new Map();
  open;
  intro = [];
  finish() {
    if (this.intro.length > 0) this.doc.intro = this.intro;
    const taskSource = this.doc.title ?? this.doc.header.find((f) => /^task\b/i.test(f.label))?.value;
    TASK_ID.lastIndex = 0;
    const taskId = taskSource ? TASK_ID.exec(taskSource)?.[0] : void 0;
    if (taskId) this.doc.taskId = taskId;
    const session = this.doc.title?.match(SESSION_NUMBER)?.[1];
    if (session) this.doc.session = Number(session);
    return this.doc;
  }
  block(node) {
    switch (node.type) {
      case "heading":
        this.heading(plainText(node), node.depth, lineOf(node));
        return;
      case "paragraph":
        this.paragraph(paragraphLines(node));
        return;
      case "list":
        for (const item of node.children) this.item(toListItem(item));
        return;
      case "blockquote":
        this.blockquote(node);
        return;
      case "thematicBreak":
      case "definition":
        return;
      case "html":
        if (/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) return;
        this.addParagraph(plainText(node));
        return;
      default:
        this.addParagraph(plainText(node));
    }
  }
  heading(label, depth, line) {
    if (label === "") return;
    if (depth === 1 && this.doc.title === void 0 && this.open === void 0) {
      this.doc.title = label;
      return;
    }
    const kind = sectionKindOf(label);
    if (kind) {
      this.openSection(label, kind, line, depth);
    } else if (isCurrentStatePart(label)) {
      this.openCurrentStatePart(label, line);
    } else if (this.open === void 0 && this.doc.title === void 0 && looksLikeTitle(label)) {
      this.doc.title = label;
    } else if (this.open && depth > this.open.depth) {
      this.openSubsection(label, line);
    } else {
      this.openOtherSection(label, line, depth);
    }
  }
  paragraph(lines) {
    let pending = [];
    const flush = () => {
      this.addParagraph(pending.join(" "));
      pending = [];
    };
    for (const line of lines) {
      if (line === void 0) continue;
      if (line.label === void 0) {
        pending.push(line.text);
        continue;
      }
      flush();
      if (line.text === "") this.boldLabel(line.label, line.line);
      else this.labelledValue(line.label, line.text, line.line);
    }
    flush();
  }
  /** `**Key Decisions:**` alone on its line. */
  boldLabel(label, line) {
    const kind = sectionKindOf(label);
    if (kind) this.openSection(label, kind, line, BOLD_LABEL_DEPTH);
    else if (isCurrentStatePart(label)) this.openCurrentStatePart(label, line);
    else if (this.open) this.openSubsection(label, line);
    else if (this.doc.title === void 0 && looksLikeTitle(label)) this.doc.title = label;
    else this.openOtherSection(label, line, BOLD_LABEL_DEPTH);
  }
  /** `**Label:** value` on one line: a field, or a section whose first paragraph is the value. */
  labelledValue(label, value, line) {
    const field = { label, value, line };
    if (isTimeProgressField(label)) {
      const section = this.ensureElement("timeProgress", line);
      if (this.open?.section !== section) {
        this.open = { section, depth: this.depths.get(section) ?? BOLD_LABEL_DEPTH };
      }
      this.addField(field);
      return;
    }
    const kind = sectionKindOf(label);
    if (kind && !(kind === "currentState" && isStatusField(label))) {
      this.openSection(label, kind, line, BOLD_LABEL_DEPTH);
      this.addParagraph(value);
    } else if (isCurrentStatePart(label)) {
      this.openCurrentStatePart(label, line);
      this.addParagraph(value);
    } else if (this.open) {
      this.addField(field);
    } else {
      this.doc.header.push(field);
    }
  }
  item(item) {
    const target = this.open?.subsection ?? this.open?.section;
    if (target) {
      target.items.push(item);
    } else {
      if (item.text !== "") this.intro.push(item.text);
      this.intro.push(...item.details);
    }
  }
  blockquote(node) {
    for (const child of node.children) {
      if (child.type === "paragraph") this.addParagraph(plainText(child));
      else if (child.type === "list") for (const item of child.children) this.item(toListItem(item));
      else this.block(child);
    }
  }
  addParagraph(text) {
    if (text === "") return;
    const target = this.open?.subsection ?? this.open?.section;
    if (target) target.paragraphs.push(text);
    else this.intro.push(text);
  }
  /** Fields belong to the section itself; a field ends a labelled group (the renderer puts groups last). */
  addField(field) {
    if (!this.open) return;
    this.open.section.fields.push(field);
    this.open.subsection = void 0;
  }
  openSection(label, kind, line, depth) {
    const section = emptySection(label, line);
    this.depths.set(section, depth);
    this.open = { section, depth };
    if (this.slotOf(kind)) {
      this.doc.otherSections.push(section);
    } else {
      this.setSlot(kind, section);
    }
  }
  openOtherSection(label, line, depth) {
    const section = emptySection(label, line);
    this.depths.set(section, depth);
    this.open = { section, depth };
    this.doc.otherSections.push(section);
  }
  openSubsection(label, line) {
    if (!this.open) return;
    const subsection = { label, items: [], paragraphs: [], line };
    this.open.section.subsections.push(subsection);
    this.open.subsection = subsection;
  }
  /** What's Working / What's Broken: a group of Current State, which exists from then on. */
  openCurrentStatePart(label, line) {
    const section = this.ensureElement("currentState", line);
    this.open = { section, depth: this.depths.get(section) ?? BOLD_LABEL_DEPTH };
    this.openSubsection(label, line);
  }
  /** The element's section, created under its canonical label when the document only implies it. */
  ensureElement(kind, line) {
    const existing = this.slotOf(kind);
    if (existing) return existing;
    const section = emptySection(canonicalLabel(kind), line);
    this.depths.set(section, BOLD_LABEL_DEPTH);
    this.setSlot(kind, section);
    return section;
  }
  slotOf(kind) {
    if (kind === "filesModified") return this.doc.filesModified;
    if (kind === "commits") return this.doc.commits;
    return this.doc.elements[kind];
  }
  setSlot(kind, section) {
    if (kind === "filesModified") this.doc.filesModified = section;
    else if (kind === "commits") this.doc.commits = section;
    else this.doc.elements[kind] = section;
  }
};
function looksLikeTitle(label) {
  return /\b(handoff|session)\b/i.test(label);
}
function emptySection(label, line = 0) {
  return { label, items: [], paragraphs: [], subsections: [], fields: [], line };
}
function lineOf(node) {
  return node.position?.start.line ?? 1;
}
function squash(text) {
  return collapseWhitespace(text).trim();
}
function plainText(node) {
  return squash(rawText(node));
}
function rawText(node) {
  switch (node.type) {
    case "text":
    case "inlineCode":
    case "code":
    case "html":
      return node.value;
    case "break":
      return "\n";
    case "image":
      return node.alt ?? "";
    case "footnoteReference":
      return `[^${node.label ?? node.identifier}]`;
    case "link": {
      const text = node.children.map(rawText).join("");
      const shown = squash(text);
      const autolinked = [shown, `http://${shown}`, `https://${shown}`, `mailto:${shown}`].includes(node.url);
      return autolinked || node.url === "" ? text : `${text} (${node.url})`;
    }
    case "table":
      return node.children.map(rawText).join(" ");
    case "tableRow":
      return node.children.map(rawText).join(" | ");
    default:
      if ("children" in node) {
        const separator = node.type === "paragraph" || node.type === "heading" || isPhrasing(node) ? "" : " ";
        return node.children.map(rawText).join(separator);
      }
      return "";
  }
}
function isPhrasing(node) {
  return ["emphasis", "strong", "delete", "linkReference", "tableCell"].includes(node.type);
}
function paragraphLines(node) {
  const firstLine = lineOf(node);
  const lines = [{ parts: [], texts: [] }];
  const current = () => lines[lines.length - 1];
  for (const child of node.children) {
    if (child.type === "break") {
      lines.push({ parts: [], texts: [] });
    } else if (child.type === "text") {
      const pieces = child.value.split("\n");
      pieces.forEach((piece, index) => {
        if (index > 0) lines.push({ parts: [], texts: [] });
        if (piece.trim() === "" && current().parts.length === 0) return;
        current().parts.push({ type: "text", value: piece });
        current().texts.push(piece);
      });
    } else {
      current().parts.push(child);
      current().texts.push(rawText(child));
    }
  }
  return lines.map(({ parts, texts }, index) => {
    const head = parts[0];
    const headText = texts[0] ?? "";
    return paragraphLine(headText, texts.slice(1).join(""), head?.type === "strong", firstLine + index);
  });
}
function paragraphLine(head, rest, strong, line) {
  if (strong) {
    const rawLabel = squash(head);
    const after = squash(rest);
    if (rawLabel.endsWith(":")) {
      const label = trimEndOf(rawLabel, ":").trimEnd();
      return after !== "" || label !== "" ? { label, text: after, line } : void 0;
    }
    if (after.startsWith(":")) {
      const text2 = after.slice(1).trimStart();
      return text2 !== "" || rawLabel !== "" ? { label: rawLabel, text: text2, line } : void 0;
    }
    if (after === "") return rawLabel !== "" ? { label: rawLabel, text: "", line } : void 0;
  }
  const text = squash(head + rest);
  return text !== "" ? { text, line } : void 0;
}
function toListItem(node) {
  const [first, ...rest] = node.children;
  const details = [];
  collectDetails(first?.type === "paragraph" ? rest : node.children, details);
  return listItem(first?.type === "paragraph" ? plainText(first) : "", details, lineOf(node), node.checked);
}
function listItem(text, details, line, checked) {
  let mark;
  let itemText2 = text;
  if (checked === true) mark = "done";
  else if (checked === false) mark = "open";
  else {
    const found = leadingMark(text);
    if (found) {
      mark = found.mark;
      itemText2 = text.slice(found.length).trimStart();
    }
  }
  const item = { text: itemText2, details, line };
  if (mark) item.mark = mark;
  return item;
}
var MARK_STARTS = new Set([...WORKING_MARKS, ...BROKEN_MARKS].map((mark) => mark.charCodeAt(0)));
function leadingMark(text) {
  if (!MARK_STARTS.has(text.charCodeAt(0))) return void 0;
  for (const symbol of WORKING_MARKS)
    if (text.startsWith(symbol)) return { mark: "working", length: symbol.length };
  for (const symbol of BROKEN_MARKS)
    if (text.startsWith(symbol)) return { mark: "broken", length: symbol.length };
  return void 0;
}
function collectDetails(nodes, into) {
  for (const node of nodes) {
    if (node.type === "list") {
      for (const item of node.children) collectDetails(item.children, into);
    } else if (node.type === "blockquote") {
      collectDetails(node.children, into);
    } else {
      const text = plainText(node);
      if (text !== "") into.push(text);
    }
  }
}

// src/core/document/line-syntax.ts
function listMarker(body) {
  const c = body[0];
  if (c === "-" || c === "*" || c === "+") {
    const next2 = body.charCodeAt(1);
    if (body.length === 1 || next2 === 32)
      return { char: c, width: 1, ordered: false, start: 0, interrupts: true };
    return void 0;
  }
  let i = 0;
  while (i < 9 && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57) i++;
  if (i === 0) return void 0;
  const d = body[i];
  if (d !== "." && d !== ")") return void 0;
  const next = body.charCodeAt(i + 1);
  if (body.length !== i + 1 && next !== 32) return void 0;
  const digits = body.slice(0, i);
  return { char: d, width: i + 1, ordered: true, start: Number(digits), interrupts: digits === "1" };
}
function atxHeading(body) {
  let depth = 0;
  while (body[depth] === "#") depth++;
  if (depth < 1 || depth > 6) return void 0;
  if (body.length > depth && body[depth] !== " " && body[depth] !== "	") return void 0;
  let text = trimSpacesAndTabs(body.slice(depth));
  const closing = /(?:^|[ \t])#+[ \t]*$/.exec(text);
  if (closing) text = trimSpacesAndTabs(text.slice(0, closing.index));
  return { depth, text };
}
function trimSpacesAndTabs(text) {
  let start = 0;
  let end = text.length;
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return text.slice(start, end);
}
function indentAt(text, from) {
  let i = from;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  return i - from;
}
function isAsciiPunctuation(code) {
  return code >= 33 && code <= 47 || code >= 58 && code <= 64 || code >= 91 && code <= 96 || code >= 123 && code <= 126;
}
function isBlank(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
function fenceOpening(body) {
  const char = body[0];
  if (char !== "`" && char !== "~") return void 0;
  let run = 1;
  while (body[run] === char) run++;
  if (run < 3) return void 0;
  const info = body.slice(run);
  if (char === "`" && info.includes("`")) return void 0;
  return { char, length: run, info };
}
function closesFence(body, fence) {
  let run = 0;
  while (body[run] === fence.char) run++;
  return run >= fence.length && isBlank(body.slice(run));
}

// src/core/document/plain-scan.ts
var CONTROL = /[\0-\t\v-\x1f]/;
var NOT_PLAIN = /[\\`~[\]<|@]|&[#A-Za-z]|:\/\/|[Ww][Ww][Ww]\./;
function scanPlainHandoff(source) {
  if (CONTROL.test(source)) return void 0;
  const builder = handoffBuilder();
  let open;
  const close = () => {
    if (open?.kind === "paragraph") {
      const first = open.line;
      builder.paragraph(
        open.lines.map(
          (line, index) => line.strong ? paragraphLine(line.strong.head, line.strong.rest, true, first + index) : paragraphLine(line.text, "", false, first + index)
        )
      );
    } else if (open?.kind === "item") {
      const text = itemText(open.lines);
      if (text === void 0 || !closeSubItem(open)) return false;
      builder.item(listItem(text, open.details, open.line, open.checked));
    }
    open = void 0;
    return true;
  };
  let lineNo = 0;
  let start = 0;
  const length = source.length;
  while (start < length) {
    let end = source.indexOf("\n", start);
    if (end === -1) end = length;
    lineNo++;
    const line = source.slice(start, end);
    start = end + 1;
    const indent = indentAt(line, 0);
    if (indent === line.length) {
      if (!close()) return void 0;
      continue;
    }
    if (indent > 0) {
      const rest = line.slice(indent);
      const marker2 = listMarker(rest);
      if (marker2 && open?.kind === "item" && indent >= open.contentIndent && indent <= open.contentIndent + 3) {
        if (!openSubItem(open, indent, marker2, rest)) return void 0;
      } else if (!open || !opensParagraph(rest) || !continueParagraph(open, rest)) {
        return void 0;
      }
      continue;
    }
    const first = line.charCodeAt(0);
    if (first === 35) {
      const heading = atxHeading(line);
      const text = heading && plainInline(heading.text);
      if (!heading || !text || !close()) return void 0;
      builder.heading(squash(text.text), heading.depth, lineNo);
      continue;
    }
    const marker = listMarker(line);
    if (marker) {
      if (!marker.interrupts && open?.kind === "paragraph") return void 0;
      const item = itemContent(line.slice(marker.width + 1));
      if (!item || !close()) return void 0;
      open = {
        kind: "item",
        line: lineNo,
        lines: [item.text],
        checked: item.checked,
        contentIndent: marker.width + 1,
        details: []
      };
      continue;
    }
    if (!opensParagraph(line)) return void 0;
    if (open) {
      if (!continueParagraph(open, line)) return void 0;
      continue;
    }
    const plain = plainInline(line);
    if (!plain) return void 0;
    open = { kind: "paragraph", line: lineNo, lines: [plain] };
  }
  if (!close()) return void 0;
  return builder.finish();
}
function continueParagraph(open, line) {
  if (open.kind === "item") {
    (open.sub?.lines ?? open.lines).push(line);
    return true;
  }
  const plain = plainInline(line);
  if (!plain) return false;
  open.lines.push(plain);
  return true;
}
function openSubItem(item, indent, marker, rest) {
  if (item.sub && indent >= item.sub.contentIndent) return false;
  if (!item.sub && !marker.interrupts) return false;
  const content = itemContent(rest.slice(marker.width + 1));
  if (!content || !closeSubItem(item)) return false;
  item.sub = { contentIndent: indent + marker.width + 1, lines: [content.text] };
  return true;
}
function itemText(lines) {
  const text = plainInline(lines.join("\n"));
  return text && squash(text.text);
}
function closeSubItem(item) {
  if (!item.sub) return true;
  const detail = itemText(item.sub.lines);
  if (detail === void 0) return false;
  if (detail !== "") item.details.push(detail);
  item.sub = void 0;
  return true;
}
function opensParagraph(line) {
  const c = line.charCodeAt(0);
  if (c === 42) {
    const next = line.charCodeAt(1);
    return next === 42 && line.charCodeAt(2) !== 42 && line.charCodeAt(2) !== 32 && !Number.isNaN(line.charCodeAt(2));
  }
  if (c >= 48 && c <= 57) return listMarker(line) === void 0;
  if (c === 96) return line.charCodeAt(1) !== 96;
  if (c >= 128) return true;
  if (c === 58 && line.charCodeAt(1) === 45) return false;
  return PARAGRAPH_START[c] === 1;
}
var PARAGRAPH_START = new Uint8Array(128);
for (const c of `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!"$%'(),./:;?^{}`)
  PARAGRAPH_START[c.charCodeAt(0)] = 1;
function itemContent(content) {
  let text = content;
  let checked = null;
  if (text.charCodeAt(0) === 91) {
    const check = text.charCodeAt(1);
    if (text.charCodeAt(2) !== 93 || text.charCodeAt(3) !== 32) return void 0;
    if (check === 32) checked = false;
    else if (check === 120 || check === 88) checked = true;
    else return void 0;
    text = text.slice(4);
    let i = 0;
    while (text.charCodeAt(i) === 32) i++;
    text = text.slice(i);
  }
  if (text === "" || !opensParagraph(text)) return void 0;
  return { text, checked };
}
function plainInline(text) {
  const read = {
    text: "",
    head: void 0,
    restFrom: void 0,
    under: void 0,
    star: void 0
  };
  let from = 0;
  for (; ; ) {
    const tick = text.indexOf("`", from);
    const to = tick === -1 ? text.length : tick;
    if (!readRuns(text, from, to, read)) return void 0;
    if (tick === -1) break;
    const end = text.indexOf("`", tick + 1);
    if (text.charCodeAt(tick + 1) === 96 || end === -1 || text.charCodeAt(end + 1) === 96) return void 0;
    const code = text.slice(tick + 1, end);
    if (code.charCodeAt(0) === 32 || code.charCodeAt(code.length - 1) === 32 || code.indexOf("\n") !== -1)
      return void 0;
    read.text += code;
    from = end + 1;
  }
  if (read.head === void 0) return { text: read.text };
  return { text: read.text, strong: { head: read.head, rest: read.text.slice(read.restFrom) } };
}
function nextOf(text, char, from, read) {
  if (char === "_") {
    const known2 = read.under;
    if (known2 !== void 0 && (known2 === -1 || known2 >= from)) return known2;
    read.under = text.indexOf(char, from);
    return read.under;
  }
  const known = read.star;
  if (known !== void 0 && (known === -1 || known >= from)) return known;
  read.star = text.indexOf(char, from);
  return read.star;
}
function readRuns(text, from, to, read) {
  if (from === to) return true;
  if (NOT_PLAIN.test(from === 0 && to === text.length ? text : text.slice(from, to))) return false;
  for (let under = nextOf(text, "_", from, read); under !== -1 && under < to; ) {
    let end = under;
    while (text.charCodeAt(end) === 95) end++;
    if (under === from || end >= to) return false;
    if (!isAsciiAlphanumeric(text.charCodeAt(under - 1)) || !isAsciiAlphanumeric(text.charCodeAt(end)))
      return false;
    under = nextOf(text, "_", end, read);
  }
  let star = nextOf(text, "*", from, read);
  let done = from;
  while (star !== -1 && star < to) {
    if (text.charCodeAt(star + 1) !== 42) return false;
    if (star > 0 && !isSpaceOrNewline(text.charCodeAt(star - 1))) return false;
    if (!isRunEdge(text.charCodeAt(star + 2))) return false;
    const close = text.indexOf("*", star + 2);
    if (close === -1 || close + 1 >= to || text.charCodeAt(close + 1) !== 42) return false;
    if (!isRunEdge(text.charCodeAt(close - 1))) return false;
    const after = close + 2;
    if (after < text.length && !closesRun(text.charCodeAt(after))) return false;
    const inner = text.slice(star + 2, close);
    if (inner.indexOf("\n") !== -1) return false;
    const head = read.head === void 0 && read.text === "" && done === 0 && text.slice(0, star).trim() === "";
    read.text += text.slice(done, star);
    if (head) {
      read.head = inner;
      read.restFrom = read.text.length + inner.length;
    }
    read.text += inner;
    done = close + 2;
    star = nextOf(text, "*", done, read);
  }
  read.text += text.slice(done, to);
  return true;
}
function isAsciiAlphanumeric(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122;
}
function isSpaceOrNewline(code) {
  return code === 32 || code === 10;
}
function closesRun(code) {
  return isSpaceOrNewline(code) || isAsciiPunctuation(code) && code !== 42;
}
function isRunEdge(code) {
  return code > 32 && code < 127 && code !== 42;
}

// src/core/document/scan.ts
var MAX_NESTING = 64;
function summarizeHandoff(markdown, file) {
  const doc = scanHandoff(markdown, file);
  return { missingElements: missingPlaces(doc, countLines(markdown)), facts: summaryFacts(doc) };
}
function scanHandoff(markdown, file) {
  const source = readableSource(markdown, file);
  return scanPlainHandoff(source) ?? scanSourceInFull(source, file);
}
function scanHandoffInFull(markdown, file) {
  return scanSourceInFull(readableSource(markdown, file), file);
}
function scanSourceInFull(source, file) {
  const builder = handoffBuilder();
  scanBlocks(source, (node) => builder.block(node), file);
  return builder.finish();
}
function countLines(text) {
  let lines = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
  if (text.endsWith("\n")) lines--;
  return Math.max(lines, 1);
}
var MAX_LINES = 5e4;
var MAX_MARKUP = 1e5;
var MAX_BLOCK_MARKERS = 5e4;
function assertReadableHandoff(markdown, file) {
  if (!withinBudgetsAtAGlance(markdown)) assertReadableLineByLine(markdown, file);
}
function assertReadableLineByLine(markdown, file) {
  let line = 1;
  let start = 0;
  const length = markdown.length;
  const markers = { count: 0 };
  const conflict = { from: 0, fence: 0, split: false, splitFence: 0 };
  let fence;
  const items = [];
  let fences = 0;
  while (start <= length) {
    let end = markdown.indexOf("\n", start);
    if (end === -1) end = length;
    const indent = indentColumns(markdown, start, end);
    if (fence && fence.item > 0 && indent >= 0 && indent < fence.item) fence = void 0;
    if (!fence && indent >= 0) followItems(items, markdown, start, end, indent);
    const body = fenceLineBody(markdown, start, end);
    const opener = body !== void 0 && !fence ? fenceOpening(body) : void 0;
    const inFence = fence?.id ?? 0;
    if (opener) {
      fences++;
      fence = {
        char: opener.char,
        length: opener.length,
        id: fences,
        item: items.length > 0 ? items[items.length - 1] : 0
      };
    } else if (body !== void 0 && fence && closesFence(body, fence)) {
      fence = void 0;
    } else if (conflictMarkerAt(markdown, start, end, "<")) {
      if (conflict.from === 0) Object.assign(conflict, { from: line, fence: inFence, split: false });
    } else if (conflict.from > 0 && splitMarkerAt(markdown, start, end)) {
      conflict.split = true;
      conflict.splitFence = inFence;
    } else if (conflict.split && conflictMarkerAt(markdown, start, end, ">")) {
      const quoted = conflict.fence !== 0 && conflict.fence === conflict.splitFence && conflict.fence === inFence;
      if (!quoted) {
        throw new InputError(
          `an unresolved merge conflict (lines ${conflict.from}-${line}): resolve it, keeping one version of each section, then commit`,
          { file, line: conflict.from },
          "document/conflict"
        );
      }
      Object.assign(conflict, { from: 0, fence: 0, split: false, splitFence: 0 });
    }
    const lineDepth = nestingAt(markdown, start, end, markers);
    if (lineDepth > MAX_NESTING) {
      throw new InputError(
        `lists or quotes nested ${lineDepth > 1e4 ? "over 10000" : lineDepth} deep; a handoff may nest ${MAX_NESTING} at most`,
        { file, line },
        "document/nesting"
      );
    }
    if (line > MAX_LINES) {
      throw new InputError(
        `more than ${MAX_LINES} lines; a handoff is a page or two, not a log`,
        { file, line },
        "document/lines"
      );
    }
    if (markers.count > MAX_BLOCK_MARKERS) {
      throw new InputError(
        `more than ${MAX_BLOCK_MARKERS} list-item and quote markers; a handoff is prose and lists, not a tree of them`,
        { file, line },
        "document/blocks"
      );
    }
    start = end + 1;
    line++;
  }
  if (length <= MAX_MARKUP) return;
  let markup = 0;
  let nodes = 0;
  for (let i = 0; i < length; i++) {
    const c = markdown.charCodeAt(i);
    if (c === 42 || c === 95 || c === 126 || c === 91 || c === 93) {
      markup++;
      if (markup > MAX_MARKUP) {
        throw new InputError(
          `more than ${MAX_MARKUP} emphasis and bracket characters (*_~[]); a handoff is prose and lists`,
          { file, line: lineAt(markdown, i) },
          "document/markup"
        );
      }
    } else if (c === 96 || c === 60 || c === 124) {
      nodes++;
      if (nodes > MAX_MARKUP) {
        throw new InputError(
          `more than ${MAX_MARKUP} code, tag and table characters (\`<|); a handoff is prose and lists`,
          { file, line: lineAt(markdown, i) },
          "document/markup"
        );
      }
    }
  }
}
function withinBudgetsAtAGlance(markdown) {
  return markdown.length < MAX_LINES && markdown.length < MAX_BLOCK_MARKERS && markdown.length < MAX_MARKUP && !CONFLICT_START.test(markdown) && !DEEP_LINE_START.test(markdown);
}
var CONFLICT_START = /^<{7}/m;
var NESTING_RUN = Math.floor(MAX_NESTING / 2);
var DEEP_LINE_START = new RegExp(`^[\\t >*+\\-0-9.)]{${NESTING_RUN}}`, "m");
function fenceLineBody(text, start, end) {
  let at2 = start;
  while (at2 < end && at2 - start < 3 && text.charCodeAt(at2) === 32) at2++;
  const c = text.charCodeAt(at2);
  return c === 96 || c === 126 ? text.slice(at2, end) : void 0;
}
function indentColumns(text, start, end) {
  let column = 0;
  for (let at2 = start; at2 < end; at2++) {
    const c = text.charCodeAt(at2);
    if (c === 32) column++;
    else if (c === 9) column += 4 - column % 4;
    else if (c !== 13) return column;
  }
  return -1;
}
function followItems(items, text, start, end, indent) {
  while (items.length > 0 && items[items.length - 1] > indent) items.pop();
  let at2 = start;
  while (at2 < end && (text.charCodeAt(at2) === 32 || text.charCodeAt(at2) === 9)) at2++;
  const marker = listMarker(text.slice(at2, Math.min(end, at2 + 12)));
  if (!marker) return;
  let spaces = 0;
  while (at2 + marker.width + spaces < end && text.charCodeAt(at2 + marker.width + spaces) === 32) spaces++;
  items.push(indent + marker.width + (spaces >= 1 && spaces <= 4 ? spaces : 1));
}
function conflictMarkerAt(text, start, end, char) {
  let at2 = start;
  while (at2 < end && text[at2] === char) at2++;
  if (at2 - start < 7) return false;
  const after = text.charCodeAt(at2);
  return at2 === end || after === 32 || after === 9 || after === 13;
}
function splitMarkerAt(text, start, end) {
  let at2 = start;
  while (at2 < end && text.charCodeAt(at2) === 61) at2++;
  return at2 - start >= 7 && (at2 === end || at2 + 1 === end && text.charCodeAt(at2) === 13);
}
function lineAt(text, index) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
function nestingAt(text, start, end, counted) {
  let markers = 0;
  let indent = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (markers === 0) indent++;
    } else if (c === 9) {
      if (markers === 0) indent += 4;
    } else if (c === 62) markers++;
    else if ((c === 45 || c === 42 || c === 43) && (i + 1 === end || isSpaceCode(text.charCodeAt(i + 1))))
      markers++;
    else if (c >= 48 && c <= 57) {
      let j = i;
      while (j < end && j - i < 10 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const d = text.charCodeAt(j);
      if ((d === 46 || d === 41) && (j + 1 === end || isSpaceCode(text.charCodeAt(j + 1)))) {
        markers++;
        i = j;
      } else break;
    } else break;
    i++;
  }
  counted.count += markers;
  return markers === 0 ? 0 : markers + Math.floor(indent / 2);
}
function isSpaceCode(c) {
  return c === 32 || c === 9;
}
function paragraphLike(leaf) {
  return leaf?.node.type === "paragraph" || leaf?.node.type === "definition";
}
var BLOCK_TAGS = new Set(
  "address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul".split(" ")
);
var DEFINITION_TITLE = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\))[ \t]*$/;
var RAW_TAGS = /^<(?:script|pre|style|textarea)(?=[\s>]|$)/i;
var TAG_OPEN = /^<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/y;
var TAG_CLOSE = /^<\/[A-Za-z][A-Za-z0-9-]*\s*>/y;
var BlockScanner = class {
  constructor(definitions, sink, file) {
    this.sink = sink;
    this.inline = new InlineParser(definitions, file);
  }
  sink;
  /** The top-level block still open (at most one child). */
  root = { type: "root", children: [] };
  stack = [];
  leaf;
  inline;
  /** The definitions met (the first pass's answer). */
  found = /* @__PURE__ */ new Set();
  /** The run of definitions just read: its first line and its last. */
  definitions;
  /** Adds a block to a container, or as the next top-level block (handing over the previous one). */
  addChild(parent, node) {
    if (parent === this.root) this.flushTopLevel();
    parent.children.push(node);
  }
  flushTopLevel() {
    const done = this.root.children.pop();
    if (done && this.sink) this.sink(finishBlock(done, this.inline));
  }
  scan(source) {
    let lineNo = 0;
    let start = 0;
    while (start < source.length) {
      let end = source.indexOf("\n", start);
      if (end === -1) end = source.length;
      lineNo++;
      this.line(expandTabs(source.slice(start, end)), lineNo);
      start = end + 1;
    }
    this.closeLeaf();
  }
  parentNode() {
    const top = this.stack[this.stack.length - 1];
    return top ? top.node : this.root;
  }
  line(text, lineNo) {
    let pos = 0;
    let matched = 0;
    const blank = isBlank(text);
    let spacesEnd = -1;
    const spacesFrom = (from) => {
      if (spacesEnd < from) spacesEnd = from + indentAt(text, from);
      return spacesEnd - from;
    };
    for (const frame of this.stack) {
      if (frame.kind === "quote") {
        const indent2 = spacesFrom(pos);
        if (indent2 < 4 && text.charCodeAt(pos + indent2) === 62) {
          pos += indent2 + 1;
          if (text.charCodeAt(pos) === 32) pos++;
          matched++;
          continue;
        }
        break;
      }
      if (blank) {
        if (frame.startedBlank && frame.node.children.length === 0 && frame.lines > 0) break;
        matched++;
        continue;
      }
      const indent = spacesFrom(pos);
      if (indent >= frame.contentIndent - pos) {
        pos = frame.contentIndent;
        matched++;
        continue;
      }
      break;
    }
    for (let i = 0; i < matched; i++) {
      const frame = this.stack[i];
      if (frame.kind === "item") frame.lines++;
    }
    const rest = text.slice(pos);
    if (matched === this.stack.length && this.leaf) {
      if (this.leaf.fence) {
        if (this.continueFence(rest)) return;
      } else if (this.leaf.htmlEnd !== void 0) {
        this.continueHtml(rest, blank);
        return;
      }
    }
    if (matched < this.stack.length && !blank && paragraphLike(this.leaf) && !this.startsBlock(rest, true)) {
      if (this.leaf?.node.type === "paragraph") this.leaf.node.raw.push(rest.trimStart());
      else this.leafLine(rest.trimStart(), lineNo, false);
      return;
    }
    let lazy = matched < this.stack.length;
    if (matched < this.stack.length) {
      this.closeLeaf();
      this.stack.length = matched;
    }
    const interrupting = paragraphLike(this.leaf) || this.leaf?.pendingBlank !== void 0;
    let cursor = rest;
    let column = pos;
    for (; ; ) {
      const indent = indentAt(cursor, 0);
      if (indent >= 4) break;
      const afterIndent = cursor.slice(indent);
      if (afterIndent.charCodeAt(0) === 62) {
        this.closeLeaf();
        const node = { type: "blockquote", children: [], position: at(lineNo) };
        this.addChild(this.parentNode(), node);
        this.stack.push({ kind: "quote", node });
        lazy = false;
        let skip = indent + 1;
        if (cursor.charCodeAt(skip) === 32) skip++;
        column += skip;
        cursor = cursor.slice(skip);
        continue;
      }
      const marker = listMarker(afterIndent);
      if (!marker || this.breaksAt(rest, cursor)) break;
      const afterMarker = afterIndent.slice(marker.width);
      if (interrupting && (isBlank(afterMarker) || !marker.interrupts)) break;
      if (this.setextDepth(cursor) !== void 0) break;
      this.closeLeaf();
      const spaces = indentAt(afterMarker, 0);
      const blankItem = isBlank(afterMarker);
      const gap = blankItem || spaces > 4 ? 1 : spaces;
      const contentIndent = column + indent + marker.width + gap;
      const parent = this.parentNode();
      const last = parent.children[parent.children.length - 1];
      let list;
      if (last?.type === "list" && last.marker === marker.char) {
        list = last;
      } else {
        list = {
          type: "list",
          ordered: marker.ordered,
          start: marker.ordered ? marker.start : null,
          spread: false,
          children: [],
          position: at(lineNo)
        };
        list.marker = marker.char;
        this.addChild(parent, list);
      }
      const item = {
        type: "listItem",
        spread: false,
        checked: null,
        children: [],
        position: at(lineNo)
      };
      list.children.push(item);
      this.stack.push({ kind: "item", node: item, list, contentIndent, startedBlank: blankItem, lines: 1 });
      lazy = false;
      column = contentIndent;
      cursor = blankItem ? "" : afterMarker.slice(gap);
      if (blankItem) break;
    }
    this.leafLine(cursor, lineNo, lazy);
  }
  leafLine(text, lineNo, lazy) {
    const blank = isBlank(text);
    if (blank) {
      if (this.leaf?.pendingBlank !== void 0) {
        this.leaf.pendingBlank++;
        return;
      }
      this.closeLeaf();
      return;
    }
    const indent = indentAt(text, 0);
    const paragraph = this.leaf?.node.type === "paragraph" ? this.leaf.node : void 0;
    if (indent >= 4 && !paragraphLike(this.leaf)) {
      const code = this.leaf?.pendingBlank !== void 0 ? this.leaf.node : void 0;
      if (code) {
        const held = this.leaf?.pendingBlank ?? 0;
        code.value += `${"\n".repeat(held)}
${text.slice(4)}`;
        this.leaf.pendingBlank = 0;
        return;
      }
      this.closeLeaf();
      const node2 = { type: "code", lang: null, meta: null, value: text.slice(4), position: at(lineNo) };
      this.push(node2);
      if (!lazy) this.leaf = { node: node2, pendingBlank: 0 };
      return;
    }
    if (this.leaf?.pendingBlank !== void 0) this.closeLeaf();
    const body = text.slice(indent);
    const first = body.charCodeAt(0);
    if (this.leaf?.node.type === "definition" && !this.leaf.titled && DEFINITION_TITLE.test(body)) {
      this.leaf.titled = true;
      if (this.definitions) this.definitions.line = lineNo;
      return;
    }
    if (paragraph) {
      const setext = this.setextDepth(text);
      if (setext !== void 0) {
        this.leaf = void 0;
        this.toHeading(paragraph, setext);
        return;
      }
      const table = this.leaf?.node.type === "paragraph" ? this.tableStart(paragraph, text, lineNo) : false;
      if (table) return;
    }
    if (this.leaf?.node.type === "table") {
      if (!this.startsBlock(text, false)) {
        this.leaf.node.rawRows.push(text);
        return;
      }
    }
    if (first === 35) {
      const heading = atxHeading(body);
      if (heading) {
        this.closeLeaf();
        const node2 = {
          type: "heading",
          depth: heading.depth,
          children: [],
          raw: heading.text,
          position: at(lineNo)
        };
        this.push(node2);
        return;
      }
    }
    if (isThematicBreak(text)) {
      this.closeLeaf();
      this.push({ type: "thematicBreak", position: at(lineNo) });
      return;
    }
    if (first === 96 || first === 126) {
      const fence = fenceOpening(body);
      if (fence) {
        this.closeLeaf();
        const info = fence.info.trim();
        const node2 = {
          type: "code",
          lang: info === "" ? null : info.split(/\s/)[0] ?? null,
          meta: null,
          value: "",
          position: at(lineNo)
        };
        this.push(node2);
        this.leaf = {
          node: node2,
          fence: { char: fence.char, length: fence.length, indent }
        };
        node2.lines = [];
        return;
      }
    }
    if (first === 60) {
      const end = htmlBlockEnd(body, paragraphLike(this.leaf));
      if (end !== void 0) {
        this.closeLeaf();
        const node2 = { type: "html", value: text, position: at(lineNo) };
        this.push(node2);
        if (end !== "" && body.includes(end, 1)) return;
        this.leaf = { node: node2, htmlEnd: end };
        return;
      }
    }
    if (paragraph) {
      paragraph.raw.push(body);
      return;
    }
    if (first === 91 && this.definition(body, lineNo)) return;
    this.closeLeaf();
    const node = { type: "paragraph", children: [], raw: [body], position: at(lineNo) };
    if (this.definitions?.line === lineNo - 1) node.contentStart = this.definitions.start;
    this.push(node);
    this.leaf = { node };
  }
  push(node) {
    this.addChild(this.parentNode(), node);
  }
  continueFence(text) {
    const leaf = this.leaf;
    const fence = leaf.fence;
    const node = leaf.node;
    const indent = indentAt(text, 0);
    if (indent < 4 && closesFence(text.slice(indent), fence)) {
      this.closeLeaf();
      return true;
    }
    node.lines.push(text.slice(Math.min(fence.indent, indent)));
    return true;
  }
  continueHtml(text, blank) {
    const leaf = this.leaf;
    const node = leaf.node;
    if (leaf.htmlEnd === "") {
      if (blank) {
        this.closeLeaf();
        return;
      }
      node.value += `
${text}`;
      return;
    }
    node.value += `
${text}`;
    if (text.includes(leaf.htmlEnd)) this.closeLeaf();
  }
  /** `---`/`===` under a paragraph, in the same container. */
  /**
   * Whether `line` from its suffix `cursor` on is a thematic break, from the line's reach for each
   * character, found once per line: each list marker on a line asks again of what follows it, and
   * 60 markers before a 4 MB run of `-` scanned it 60 times (2.5 s).
   */
  breaksAt(line, cursor) {
    return thematicBreakAt(line, line.length - cursor.length, (char) => {
      let reach = this.breakReach;
      if (reach?.line !== line || reach.char !== char) {
        reach = { line, ...breakReachOf(line, char) };
        this.breakReach = reach;
      }
      return reach;
    });
  }
  breakReach;
  setextDepth(text) {
    if (this.leaf?.node.type !== "paragraph") return void 0;
    const match = /^ {0,3}(=+|-+)[ \t]*$/.exec(text);
    if (!match) return void 0;
    return (match[1] ?? "").startsWith("=") ? 1 : 2;
  }
  toHeading(paragraph, depth) {
    const parent = this.parentNode();
    const index = parent.children.lastIndexOf(paragraph);
    const raw = paragraph.raw.join("\n");
    const heading = {
      type: "heading",
      depth,
      children: [],
      raw,
      position: paragraph.contentStart === void 0 ? paragraph.position : at(paragraph.contentStart)
    };
    parent.children[index] = heading;
  }
  /** A GFM table: the paragraph's last line is the header row, this line the delimiter row. */
  tableStart(paragraph, text, lineNo) {
    if (!text.includes("-")) return false;
    const delimiter = splitCells(text.trim());
    if (delimiter.length === 0 || !delimiter.every((cell) => /^:?-+:?$/.test(cell.trim()))) return false;
    if (!text.includes("|") && delimiter.length === 1 && !text.includes(":")) return false;
    const header = paragraph.raw[paragraph.raw.length - 1];
    if (splitCells(header.trim()).length !== delimiter.length) return false;
    const parent = this.parentNode();
    const table = {
      type: "table",
      align: delimiter.map(() => null),
      children: [],
      rawRows: [header],
      position: at(lineNo - 1)
    };
    paragraph.raw.pop();
    if (paragraph.raw.length === 0) {
      const index = parent.children.lastIndexOf(paragraph);
      parent.children.splice(index, 1);
    }
    this.addChild(parent, table);
    this.leaf = { node: table };
    return true;
  }
  /** Would this line start a block that interrupts a paragraph (or ends a table)? */
  startsBlock(text, lazy) {
    const indent = indentAt(text, 0);
    if (indent >= 4) return false;
    const body = text.slice(indent);
    const first = body.charCodeAt(0);
    if (first === 62) return true;
    if (first === 35 && atxHeading(body)) return true;
    if (isThematicBreak(text)) return true;
    if ((first === 96 || first === 126) && /^(`{3,}|~{3,})/.test(body)) return true;
    if (first === 60 && htmlBlockEnd(body, true) !== void 0) return true;
    const marker = listMarker(body);
    if (marker) {
      if (lazy) return true;
      const after = body.slice(marker.width);
      if (!isBlank(after) && marker.interrupts) return true;
    }
    return false;
  }
  definition(body, lineNo) {
    const match = /^\[((?:[^\\[\]]|\\.){1,999})\]:[ \t]*(<[^<>\n]*>|\S+)(?:[ \t]+("[^"]*"|'[^']*'|\([^()]*\)))?[ \t]*$/.exec(
      body
    );
    if (!match || (match[1] ?? "").trim() === "") return false;
    this.closeLeaf();
    const label = normaliseReference(match[1] ?? "");
    this.found.add(label);
    const start = this.definitions?.line === lineNo - 1 ? this.definitions.start : lineNo;
    this.definitions = { start, line: lineNo };
    const node = {
      type: "definition",
      identifier: label,
      label: match[1] ?? "",
      url: "",
      title: null,
      position: at(lineNo)
    };
    this.push(node);
    this.leaf = { node, titled: match[3] !== void 0 };
    return true;
  }
  closeLeaf() {
    const leaf = this.leaf;
    if (!leaf) return;
    this.leaf = void 0;
    if (leaf.fence) {
      const node = leaf.node;
      node.value = (node.lines ?? []).join("\n");
      delete node.lines;
    }
  }
  finish() {
    this.closeLeaf();
    this.stack.length = 0;
    this.flushTopLevel();
  }
};
function at(line) {
  return { start: { line, column: 1 }, end: { line, column: 1 } };
}
function expandTabs(line) {
  if (!line.includes("	")) return line;
  let out = "";
  let column = 0;
  let i = 0;
  for (; i < line.length; i++) {
    const c = line[i];
    if (c === "	") {
      const width = 4 - column % 4;
      out += " ".repeat(width);
      column += width;
    } else if (c === " " || c === ">" || c === "-" || c === "*" || c === "+") {
      out += c;
      column++;
    } else break;
  }
  return out + line.slice(i);
}
function isThematicBreak(text) {
  return thematicBreakAt(text, 0, (char) => breakReachOf(text, char));
}
function breakReachOf(line, char) {
  let seen = 0;
  let third = -1;
  let i = line.length - 1;
  for (; i >= 0; i--) {
    const d = line[i];
    if (d === char) {
      if (++seen === 3) third = i;
    } else if (d !== " " && d !== "	") break;
  }
  return { char, after: i, third };
}
function thematicBreakAt(line, from, reachOf) {
  const at2 = from + indentAt(line, from);
  if (at2 - from >= 4) return false;
  const c = line[at2];
  if (c !== "-" && c !== "*" && c !== "_") return false;
  const { after, third } = reachOf(c);
  return at2 > after && at2 <= third;
}
function htmlBlockEnd(body, paragraphOpen) {
  if (body.startsWith("<!--")) return "-->";
  if (RAW_TAGS.test(body)) {
    const name = /^<([a-z]+)/i.exec(body)?.[1]?.toLowerCase() ?? "";
    return `</${name}>`;
  }
  if (body.startsWith("<?")) return "?>";
  if (body.startsWith("<![CDATA[")) return "]]>";
  if (/^<![A-Za-z]/.test(body)) return ">";
  const tag = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)/.exec(body);
  if (tag && BLOCK_TAGS.has((tag[1] ?? "").toLowerCase())) return "";
  if (paragraphOpen) return void 0;
  TAG_OPEN.lastIndex = 0;
  TAG_CLOSE.lastIndex = 0;
  const open = TAG_OPEN.exec(body) ?? TAG_CLOSE.exec(body);
  if (open && isBlank(body.slice(open[0].length))) {
    const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(body)?.[1]?.toLowerCase();
    if (name && !/^(?:script|pre|style|textarea)$/.test(name)) return "";
  }
  return void 0;
}
function splitCells(row) {
  const cells = [];
  let current = "";
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === "\\" && row[i + 1] === "|") {
      current += "|";
      i++;
    } else if (c === "|") {
      cells.push(current);
      current = "";
    } else current += c;
  }
  cells.push(current);
  if (row.startsWith("|")) cells.shift();
  if (row.endsWith("|") && !row.endsWith("\\|") && cells.length > 0) cells.pop();
  return cells;
}
function normaliseReference(label) {
  return label.replace(/[ \t\r\n]+/g, " ").trim().toLowerCase().toUpperCase();
}
function scanMarkdown(markdown, file) {
  const root = { type: "root", children: [] };
  scanBlocks(readableSource(markdown, file), (node) => root.children.push(node), file);
  return root;
}
function readableSource(markdown, file) {
  const text = markdown.charCodeAt(0) === 65279 ? markdown.slice(1) : markdown;
  const source = text.indexOf("\r") === -1 ? text : text.replace(/\r\n?/g, "\n");
  assertReadableHandoff(source, file);
  return source;
}
function scanBlocks(source, sink, file) {
  let definitions = /* @__PURE__ */ new Set();
  if (/^[ >]*\[[^\n]*\]:/m.test(source)) {
    const first = new BlockScanner(definitions, void 0, file);
    first.scan(source);
    first.finish();
    definitions = first.found;
  }
  const scanner = new BlockScanner(definitions, sink, file);
  scanner.scan(source);
  scanner.finish();
}
function finishBlock(block, inline) {
  const pending = [block];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node.type === "paragraph") {
      const raw = node.raw;
      if (raw) {
        const text = trimEndOf(raw.join("\n"), " 	");
        if (TASK_CHECK.test(text)) opensWithCheck.add(node);
        node.children = inline.parse(text, node.position?.start.line);
        node.raw = void 0;
      }
    } else if (node.type === "heading") {
      const raw = node.raw;
      if (raw !== void 0) node.children = inline.parse(raw.trim(), node.position?.start.line);
    } else if (node.type === "table") {
      const rows = node.rawRows;
      node.children = rows.map(
        (row) => ({
          type: "tableRow",
          children: splitCells(row.trim()).map(
            (cell) => ({
              type: "tableCell",
              children: inline.parse(cell.trim(), node.position?.start.line)
            })
          )
        })
      );
    } else if (node.type === "list") {
      for (const item of node.children) pending.push(...item.children);
    } else if (node.type === "blockquote") {
      pending.push(...node.children);
    }
  }
  taskItems(block);
  return block;
}
var TASK_CHECK = /^\[([ \txX])\](?=[ \t\n])[ \t]*/;
var opensWithCheck = /* @__PURE__ */ new WeakSet();
function taskItems(block) {
  const pending = [block];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node.type === "list") {
      for (const item of node.children) {
        const first = item.children[0];
        const head = first?.type === "paragraph" && opensWithCheck.has(first) ? first.children[0] : void 0;
        if (head?.type === "text") {
          const match = TASK_CHECK.exec(head.value);
          const followed = match && (match[0].length < head.value.length || first?.type === "paragraph" && first.children.length > 1);
          if (match && followed) {
            item.checked = match[1] === "x" || match[1] === "X";
            head.value = head.value.slice(match[0].length);
          }
        }
        pending.push(...item.children);
      }
    } else if (node.type === "blockquote") {
      pending.push(...node.children);
    }
  }
}
var ENTITIES = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\xA0",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  rarr: "\u2192",
  larr: "\u2190",
  harr: "\u2194",
  rArr: "\u21D2",
  check: "\u2713",
  times: "\xD7",
  deg: "\xB0",
  middot: "\xB7",
  bull: "\u2022",
  laquo: "\xAB",
  raquo: "\xBB",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201C",
  rdquo: "\u201D",
  euro: "\u20AC",
  pound: "\xA3",
  sect: "\xA7",
  para: "\xB6",
  plusmn: "\xB1",
  le: "\u2264",
  ge: "\u2265",
  ne: "\u2260"
};
var PUNCTUATION = /[\p{P}\p{S}]/u;
var MAY_HOLD_INLINE_SYNTAX = /[\\\n`*_~[!\]<&]|https?:\/\/|www\./i;
var SPECIAL = [];
for (const c of "\\\n`*_~[!]<&hwHW") SPECIAL[c.charCodeAt(0)] = true;
var WHITESPACE = /\s/u;
var MAX_DESTINATION = 4096;
function classify(text, i) {
  if (i < 0 || i >= text.length) return 1;
  const code = text.codePointAt(i);
  if (code < 128) {
    if (code === 32 || code >= 9 && code <= 13) return 1;
    return isAsciiPunctuation(code) ? 2 : 0;
  }
  const char = code >= 56320 && code <= 57343 && i > 0 ? String.fromCodePoint(text.codePointAt(i - 1)) : String.fromCodePoint(code);
  if (WHITESPACE.test(char)) return 1;
  if (PUNCTUATION.test(char)) return 2;
  return 0;
}
var InlineParser = class {
  constructor(definitions, file) {
    this.definitions = definitions;
    this.file = file;
  }
  definitions;
  file;
  head = { seq: 0 };
  tail = this.head;
  seq = 0;
  text = "";
  brackets = [];
  /**
   * The link openers (`[`, not `![`) held at `brackets[k]` for k below this are inactive: a link
   * closed over them (CommonMark: no link inside a link). A mark, not a walk over the stack per link:
   * 40,000 open `[` before 20,000 links took 17 s.
   */
  inactiveBelow = 0;
  codeRuns = /* @__PURE__ */ new Map();
  codeCursor = /* @__PURE__ */ new Map();
  lastCloseBracket = -1;
  /**
   * The first `-->` at or after `from` (`at`, -1 for none): one search answers every `<!--` before
   * it. Searched again for each, 40,000 unclosed `<!--` took 17 s.
   */
  commentClose = { from: Number.MAX_SAFE_INTEGER, at: -1 };
  /** How deep each link, image, emphasis and strikethrough node nests others (text: 0). */
  depths = /* @__PURE__ */ new WeakMap();
  /** The line the text being parsed starts on, for the error a hostile one gets. */
  line;
  /**
   * Records how deep `node` nests its `children`; past MAX_NESTING, as for lists and quotes, the
   * document is refused (`document/nesting`). 3,500 nested `*a ... a*` overflowed the stack of every
   * reader of the tree, and an image's alt text was copied again at each of 25,000 levels (3.4 s).
   */
  nest(node, children) {
    let deepest = 0;
    for (const child of children) deepest = Math.max(deepest, this.depths.get(child) ?? 0);
    if (deepest >= MAX_NESTING) {
      throw new InputError(
        `links, images or emphasis nested over ${MAX_NESTING} deep; a handoff may nest ${MAX_NESTING} at most`,
        {
          ...this.file === void 0 ? {} : { file: this.file },
          ...this.line === void 0 ? {} : { line: this.line }
        },
        "document/nesting"
      );
    }
    this.depths.set(node, deepest + 1);
  }
  parse(text, line) {
    if (!MAY_HOLD_INLINE_SYNTAX.test(text)) return text === "" ? [] : [{ type: "text", value: text }];
    this.text = text;
    this.line = line;
    this.seq = 0;
    this.head = { seq: 0 };
    this.tail = this.head;
    this.brackets = [];
    this.inactiveBelow = 0;
    this.commentClose = { from: Number.MAX_SAFE_INTEGER, at: -1 };
    this.indexCodeRuns();
    let parts = [];
    let runStart = 0;
    const closeRun = (at2) => {
      if (at2 > runStart) parts.push(text.slice(runStart, at2));
    };
    const flush = (at2) => {
      closeRun(at2);
      if (parts.length > 0) {
        const value = parts.length === 1 ? parts[0] : parts.join("");
        if (value !== "") this.appendText(value);
      }
      parts = [];
    };
    let i = 0;
    const n = text.length;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (!SPECIAL[code]) {
        i++;
        continue;
      }
      const c = text[i];
      if (c === "\\") {
        const next = text[i + 1];
        if (next === "\n") {
          flush(i);
          this.append({ node: { type: "break" } });
          i = skipSpaces(text, i + 2);
          runStart = i;
          continue;
        }
        if (next !== void 0 && isAsciiPunctuation(next.charCodeAt(0))) {
          closeRun(i);
          parts.push(next);
          i += 2;
          runStart = i;
          continue;
        }
        i++;
        continue;
      }
      if (c === "\n") {
        let spaces = 0;
        while (i - spaces - 1 >= runStart && text[i - spaces - 1] === " ") spaces++;
        if (spaces >= 2) {
          flush(i - spaces);
          this.append({ node: { type: "break" } });
        } else {
          closeRun(i - spaces);
          parts.push("\n");
        }
        i = skipSpaces(text, i + 1);
        runStart = i;
        continue;
      }
      if (c === "`") {
        let run = 1;
        while (text[i + run] === "`") run++;
        const close = this.codeCloser(run, i + run);
        if (close === void 0) {
          i += run;
          continue;
        }
        flush(i);
        let value = text.slice(i + run, close);
        if (/^[ \n].*[ \n]$/s.test(value) && !/^[ \n]*$/.test(value)) value = value.slice(1, -1);
        this.append({ node: { type: "inlineCode", value } });
        i = close + run;
        runStart = i;
        continue;
      }
      if (c === "*" || c === "_" || c === "~") {
        let run = 1;
        while (text[i + run] === c) run++;
        if (c === "~" && run > 2) {
          i += run;
          continue;
        }
        const before = classify(text, i - 1);
        const after = classify(text, i + run);
        let canOpen;
        let canClose;
        if (c === "~") {
          canOpen = after === 0 || after === 2 && before !== 0;
          canClose = before === 0 || before === 2 && after !== 0;
        } else {
          const open = after === 0 || after === 2 && before !== 0;
          const close = before === 0 || before === 2 && after !== 0;
          canOpen = c === "*" ? open : open && (before !== 0 || !close);
          canClose = c === "*" ? close : close && (after !== 0 || !open);
        }
        if (!canOpen && !canClose) {
          i += run;
          continue;
        }
        flush(i);
        this.append({
          node: { type: "text", value: text.slice(i, i + run) },
          delim: { char: c, count: run, original: run, canOpen, canClose }
        });
        i += run;
        runStart = i;
        continue;
      }
      if (c === "[" || c === "!" && text[i + 1] === "[") {
        const image = c === "!";
        const width = image ? 2 : 1;
        if (i > this.lastCloseBracket) {
          i += width;
          continue;
        }
        flush(i);
        const piece = {
          node: { type: "text", value: image ? "![" : "[" },
          bracket: { image, start: i + width },
          seq: 0
        };
        this.append(piece);
        this.brackets.push(piece);
        i += width;
        runStart = i;
        continue;
      }
      if (c === "]") {
        if (this.brackets.length === 0) {
          i++;
          continue;
        }
        flush(i);
        runStart = i;
        const end = this.closeBracket(i);
        if (end !== void 0) {
          i = end;
          runStart = i;
          continue;
        }
        i++;
        continue;
      }
      if (c === "<") {
        const window = text.slice(i, i + 2048);
        const auto = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/.exec(window);
        const mail = auto ? void 0 : /^<([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)>/.exec(
          window
        );
        const found = auto ?? mail;
        if (found) {
          flush(i);
          const target = found[1];
          this.append({
            node: {
              type: "link",
              url: mail ? `mailto:${target}` : target,
              title: null,
              children: [{ type: "text", value: target }]
            }
          });
          i += found[0].length;
          runStart = i;
          continue;
        }
        const html = text.startsWith("<!--", i) ? this.commentEnd(i) : inlineHtml(text, i);
        if (html !== void 0) {
          flush(i);
          this.append({ node: { type: "html", value: text.slice(i, html) } });
          i = html;
          runStart = i;
          continue;
        }
        i++;
        continue;
      }
      if (c === "&") {
        const entity = /^&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/.exec(
          text.slice(i, i + 40)
        );
        if (entity) {
          const decoded = entity[1] ? codePoint(Number.parseInt(entity[1], 16)) : entity[2] ? codePoint(Number(entity[2])) : ENTITIES[entity[3]];
          if (decoded !== void 0) {
            closeRun(i);
            parts.push(decoded);
            i += entity[0].length;
            runStart = i;
            continue;
          }
        }
        i++;
        continue;
      }
      if (literalAutolinkAllowed(text, i)) {
        const end = literalAutolinkEnd(text, i);
        if (end !== void 0) {
          i = end;
          continue;
        }
      }
      i++;
    }
    flush(n);
    this.processEmphasis(void 0);
    const nodes = [];
    for (let piece = this.head.next; piece; piece = piece.next) {
      if (piece.node) nodes.push(piece.node);
    }
    return mergeTexts(nodes);
  }
  /** Text joins the plain text before it, so failed brackets and the like do not pile up pieces. */
  appendText(value) {
    const tail = this.tail;
    if (tail !== this.head && tail.node?.type === "text" && !tail.delim && !tail.bracket) {
      tail.node = { type: "text", value: tail.node.value + value };
      return;
    }
    this.append({ node: { type: "text", value } });
  }
  append(input) {
    const piece = input;
    piece.seq = ++this.seq;
    piece.prev = this.tail;
    this.tail.next = piece;
    this.tail = piece;
  }
  indexCodeRuns() {
    this.lastCloseBracket = this.text.lastIndexOf("]");
    this.codeRuns = /* @__PURE__ */ new Map();
    this.codeCursor = /* @__PURE__ */ new Map();
    const text = this.text;
    for (let i = text.indexOf("`"); i !== -1; ) {
      let run = 1;
      while (text[i + run] === "`") run++;
      const list = this.codeRuns.get(run) ?? [];
      list.push(i);
      this.codeRuns.set(run, list);
      i = text.indexOf("`", i + run);
    }
  }
  /** Start of the next backtick run of exactly `run` after `from`, in amortised constant time. */
  codeCloser(run, from) {
    const list = this.codeRuns.get(run);
    if (!list) return void 0;
    let cursor = this.codeCursor.get(run) ?? 0;
    while (cursor < list.length && list[cursor] < from) cursor++;
    this.codeCursor.set(run, cursor);
    return list[cursor];
  }
  /** The end of the HTML comment `<!--` opens at i (after its `-->`), or undefined when none closes it. */
  commentEnd(i) {
    const from = i + 4;
    const known = this.commentClose;
    if (from < known.from || known.at !== -1 && known.at < from) {
      known.from = from;
      known.at = this.text.indexOf("-->", from);
    }
    return known.at === -1 ? void 0 : known.at + 3;
  }
  /** `]` at i: a link or image when an open bracket and a destination or reference follow. */
  closeBracket(i) {
    const opener = this.brackets.pop();
    if (!opener?.bracket) return void 0;
    const index = this.brackets.length;
    const active = opener.bracket.image || index >= this.inactiveBelow;
    this.inactiveBelow = Math.min(this.inactiveBelow, index);
    if (!active) return void 0;
    const text = this.text;
    const label = text.slice(opener.bracket.start, i);
    let end;
    let url = "";
    let reference = false;
    if (text[i + 1] === "(") {
      const resource = linkResource(text, i + 2);
      if (resource) {
        end = resource.end;
        url = resource.url;
      }
    }
    if (end === void 0) {
      const ref = /^\[((?:[^\\[\]]|\\.){0,999})\]/.exec(text.slice(i + 1, i + 1 + 1002));
      if (ref && (ref[1] ?? "").trim() !== "" && this.definitions.has(normaliseReference(ref[1] ?? ""))) {
        end = i + 1 + ref[0].length;
        reference = true;
      } else if (
        // The limit first: normalising a long label at every `]` made nested brackets quadratic
        // (49,900 `[` and as many `a]`, inside every budget, took 54 s).
        label.length <= 999 && label.trim() !== "" && this.definitions.has(normaliseReference(label))
      ) {
        end = ref && (ref[1] ?? "") === "" ? i + 3 : i + 1;
        reference = true;
      }
    }
    if (end === void 0) return void 0;
    this.processEmphasis(opener);
    const children = [];
    for (let piece = opener.next; piece; piece = piece.next) if (piece.node) children.push(piece.node);
    const merged = mergeTexts(children);
    let node;
    if (opener.bracket.image) {
      const alt = merged.map(textOf).join("");
      node = reference ? { type: "imageReference", identifier: "", label: "", referenceType: "full", alt } : { type: "image", url, title: null, alt };
    } else {
      node = reference ? { type: "linkReference", identifier: "", label: "", referenceType: "full", children: merged } : { type: "link", url, title: null, children: merged };
      this.inactiveBelow = this.brackets.length;
    }
    this.nest(node, merged);
    opener.node = node;
    opener.bracket = void 0;
    opener.next = void 0;
    this.tail = opener;
    return end;
  }
  /**
   * The CommonMark delimiter algorithm over the runs after `bottom` (exclusive), with a floor per
   * kind of closer so each run is looked at a bounded number of times: linear overall.
   */
  processEmphasis(bottom) {
    const start = bottom ?? this.head;
    const floors = /* @__PURE__ */ new Map();
    let closer = start.next;
    while (closer) {
      const d = closer.delim;
      if (!d?.canClose) {
        closer = closer.next;
        continue;
      }
      const key = `${d.char}${d.canOpen ? 1 : 0}${d.original % 3}${d.char === "~" ? d.count : ""}`;
      const floor = Math.max(floors.get(key) ?? start.seq, start.seq);
      let opener = closer.prev;
      let found;
      while (opener && opener.seq > floor) {
        const o2 = opener.delim;
        if (o2?.canOpen && o2.char === d.char) {
          if (d.char === "~") {
            if (o2.count === d.count) {
              found = opener;
              break;
            }
          } else {
            const oddMatch = (o2.canClose || d.canOpen) && (o2.original + d.original) % 3 === 0 && (o2.original % 3 !== 0 || d.original % 3 !== 0);
            if (!oddMatch) {
              found = opener;
              break;
            }
          }
        }
        opener = opener.prev;
      }
      if (!found) {
        floors.set(key, (closer.prev ?? start).seq);
        const next = closer.next;
        if (!d.canOpen) closer.delim = void 0;
        closer = next;
        continue;
      }
      const o = found.delim;
      const use = d.char === "~" ? d.count : o.count >= 2 && d.count >= 2 ? 2 : 1;
      const children = [];
      for (let piece = found.next; piece && piece !== closer; piece = piece.next) {
        if (piece.node) children.push(piece.node);
      }
      const merged = mergeTexts(children);
      const node = d.char === "~" ? { type: "delete", children: merged } : use === 2 ? { type: "strong", children: merged } : { type: "emphasis", children: merged };
      this.nest(node, merged);
      const wrapper = { node, prev: found, next: closer, seq: found.seq };
      found.next = wrapper;
      closer.prev = wrapper;
      o.count -= use;
      d.count -= use;
      setRunText(found);
      setRunText(closer);
      if (o.count === 0) unlink(this, found);
      if (d.count === 0) {
        const next = closer.next;
        unlink(this, closer);
        closer = next;
      }
    }
    for (let piece = start.next; piece; piece = piece.next) piece.delim = void 0;
  }
};
function setRunText(piece) {
  const d = piece.delim;
  if (d && piece.node?.type === "text") piece.node = { type: "text", value: d.char.repeat(d.count) };
}
function unlink(parser, piece) {
  const owner = parser;
  if (piece.prev) piece.prev.next = piece.next;
  if (piece.next) piece.next.prev = piece.prev;
  if (owner.tail === piece && piece.prev) owner.tail = piece.prev;
  piece.delim = void 0;
}
function mergeTexts(nodes) {
  const out = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === "text" && last?.type === "text") {
      out[out.length - 1] = { type: "text", value: last.value + node.value };
    } else if (node.type !== "text" || node.value !== "") out.push(node);
  }
  return out;
}
function textOf(node) {
  if ("value" in node) return node.value;
  if (node.type === "image" || node.type === "imageReference") return node.alt ?? "";
  if ("children" in node) return node.children.map(textOf).join("");
  return "";
}
function skipSpaces(text, i) {
  while (text[i] === " " || text[i] === "	") i++;
  return i;
}
function codePoint(value) {
  if (value === 0 || value > 1114111 || value >= 55296 && value <= 57343) return "\uFFFD";
  return String.fromCodePoint(value);
}
function linkResource(text, from) {
  let i = skipWhitespace(text, from);
  let url = "";
  if (text[i] === "<") {
    const close = text.indexOf(">", i + 1);
    if (close === -1 || close - i > MAX_DESTINATION) return void 0;
    const inside = text.slice(i + 1, close);
    if (/[\n<]/.test(inside.replace(/\\[<>]/g, ""))) return void 0;
    url = inside;
    i = close + 1;
  } else {
    let depth = 0;
    const start = i;
    while (i < text.length && i - start <= MAX_DESTINATION) {
      const c = text[i];
      const code = c.charCodeAt(0);
      if (code <= 32 || code === 127) break;
      if (c === "\\" && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1])) {
        i += 2;
        continue;
      }
      if (c === "(") {
        depth++;
        if (depth > 32) return void 0;
      } else if (c === ")") {
        if (depth === 0) break;
        depth--;
      }
      i++;
    }
    if (i - start > MAX_DESTINATION || depth !== 0) return void 0;
    url = text.slice(start, i);
  }
  const afterDestination = i;
  i = skipWhitespace(text, i);
  if (i > afterDestination && (text[i] === '"' || text[i] === "'" || text[i] === "(")) {
    const closeChar = text[i] === "(" ? ")" : text[i];
    let j = i + 1;
    while (j < text.length && text[j] !== closeChar && j - i <= MAX_DESTINATION) {
      if (text[j] === "\\") j++;
      else if (closeChar === ")" && text[j] === "(") return void 0;
      j++;
    }
    if (text[j] !== closeChar) return void 0;
    i = skipWhitespace(text, j + 1);
  }
  if (text[i] !== ")") return void 0;
  return { end: i + 1, url: decodeDestination(url) };
}
function skipWhitespace(text, i) {
  let lineEndings = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "\n") {
      lineEndings++;
      if (lineEndings > 1) break;
    } else if (c !== " " && c !== "	") break;
    i++;
  }
  return i;
}
function decodeDestination(url) {
  return url.replace(/\\([!-/:-@[-`{-~])/g, "$1").replace(
    /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g,
    (whole, hex, dec, name) => {
      if (hex) return codePoint(Number.parseInt(hex, 16));
      if (dec) return codePoint(Number(dec));
      return ENTITIES[name] ?? whole;
    }
  );
}
function inlineHtml(text, i) {
  const window = text.slice(i, i + 4096);
  TAG_OPEN.lastIndex = 0;
  TAG_CLOSE.lastIndex = 0;
  const match = TAG_OPEN.exec(window) ?? TAG_CLOSE.exec(window);
  return match ? i + match[0].length : void 0;
}
function literalAutolinkAllowed(text, i) {
  if (i === 0) return true;
  const before = text[i - 1];
  return /[\s(*_~]/.test(before);
}
function literalAutolinkEnd(text, i) {
  const first = text.charCodeAt(i) | 32;
  const second = text.charCodeAt(i + 1) | 32;
  if (first === 104 ? second !== 116 : second !== 119) return void 0;
  const head = text.slice(i, i + 8).toLowerCase();
  let j;
  if (head.startsWith("www.")) j = i + 4;
  else if (head.startsWith("http://")) j = i + 7;
  else if (head.startsWith("https://")) j = i + 8;
  else return void 0;
  const domainStart = j;
  while (j < text.length && /[\p{L}\p{N}_.-]/u.test(text[j])) j++;
  if (j === domainStart) return void 0;
  while (j < text.length && !/[\s<]/.test(text[j])) j++;
  let open = 0;
  let close = 0;
  for (let k = i; k < j; k++) {
    if (text[k] === "(") open++;
    else if (text[k] === ")") close++;
  }
  let end = j;
  for (; ; ) {
    const last = text[end - 1];
    if (/[?!.,:*_~'"]/.test(last)) end--;
    else if (last === ")" && close > open) {
      end--;
      close--;
    } else break;
    if (end <= domainStart) return void 0;
  }
  return end;
}

export {
  DEFAULT_CONFIG,
  parseDuration,
  resolveConfig,
  handoffPath,
  handoffNameRegExp,
  doneArchiveOf,
  handoffTaskRegExp,
  taskIdRegExp,
  useLinearEngine,
  needsLinearEngine,
  emptySection,
  MAX_NESTING,
  summarizeHandoff,
  scanHandoff,
  scanHandoffInFull,
  countLines,
  MAX_LINES,
  MAX_MARKUP,
  MAX_BLOCK_MARKERS,
  assertReadableHandoff,
  assertReadableLineByLine,
  scanMarkdown
};

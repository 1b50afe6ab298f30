#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  require_ucs2length,
  schemaRuleWords
} from "./chunk-7E5CRINH.js";
import {
  InputError
} from "./chunk-MLNENVTA.js";
import {
  __toESM
} from "./chunk-MWPPMQVD.js";

// src/generated/draft-input.validator.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var draft_input_validator_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/handoff-guard/handoff-guard/v0/schema/draft-input.schema.json", "title": "handoff draft input", "description": "What `handoff draft --input -` reads on stdin: the answers the interactive prompts would ask for, so an agent with no terminal can write a complete handoff. Each key matches a flag of `handoff draft`; flags given as well are added to (lists) or override (single values) what the document says.", "type": "object", "properties": { "$schema": { "type": "string" }, "decisions": { "description": "Decisions made this session, each with its reason (--decision).", "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 2e3 }, "maxItems": 50 }, "blockers": { "description": 'New blockers; carried-over open blockers stay unless resolved. ["None"] says there are none (--blocker).', "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 2e3 }, "maxItems": 50 }, "resolved": { "description": "Carried-over blockers (removed) or next steps (checked off) that this session resolved, by their text or a unique part of it (--resolved).", "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 2e3 }, "maxItems": 50 }, "next": { "description": "New next steps, most urgent first (--next).", "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 2e3 }, "maxItems": 50 }, "progress": { "description": "Percent complete, 0-100 (--progress).", "type": "number", "minimum": 0, "maximum": 100 }, "remaining": { "description": "Estimated time remaining, amounts with their units, e.g. 3h, 90m, 2 days or 1 week (--remaining); other text is refused (draft/remaining).", "type": "string", "minLength": 1, "maxLength": 200 }, "timeSpent": { "description": "Time this session took, e.g. 45m, 1.5h or 1h30m (--time-spent). Without it, Time Spent is estimated from the session's commits, and left to fill in when it has none.", "type": "string", "minLength": 1, "maxLength": 100 }, "note": { "description": "One line on the current state: goes into Current State and the registry's brief_note (--note).", "type": "string", "minLength": 1, "maxLength": 500 } }, "additionalProperties": false };
var func2 = Object.prototype.hasOwnProperty;
var func3 = import_ucs2length.default.default ?? import_ucs2length.default;
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
    if (data.decisions !== void 0) {
      let data1 = data.decisions;
      if (Array.isArray(data1)) {
        if (data1.length > 50) {
          const err2 = { instancePath: instancePath + "/decisions", schemaPath: "#/properties/decisions/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func3(data2) > 2e3) {
              const err3 = { instancePath: instancePath + "/decisions/" + i0, schemaPath: "#/properties/decisions/items/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (func3(data2) < 1) {
              const err4 = { instancePath: instancePath + "/decisions/" + i0, schemaPath: "#/properties/decisions/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/decisions/" + i0, schemaPath: "#/properties/decisions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/decisions", schemaPath: "#/properties/decisions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.blockers !== void 0) {
      let data3 = data.blockers;
      if (Array.isArray(data3)) {
        if (data3.length > 50) {
          const err7 = { instancePath: instancePath + "/blockers", schemaPath: "#/properties/blockers/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (typeof data4 === "string") {
            if (func3(data4) > 2e3) {
              const err8 = { instancePath: instancePath + "/blockers/" + i1, schemaPath: "#/properties/blockers/items/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (func3(data4) < 1) {
              const err9 = { instancePath: instancePath + "/blockers/" + i1, schemaPath: "#/properties/blockers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/blockers/" + i1, schemaPath: "#/properties/blockers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/blockers", schemaPath: "#/properties/blockers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.resolved !== void 0) {
      let data5 = data.resolved;
      if (Array.isArray(data5)) {
        if (data5.length > 50) {
          const err12 = { instancePath: instancePath + "/resolved", schemaPath: "#/properties/resolved/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        const len2 = data5.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data6 = data5[i2];
          if (typeof data6 === "string") {
            if (func3(data6) > 2e3) {
              const err13 = { instancePath: instancePath + "/resolved/" + i2, schemaPath: "#/properties/resolved/items/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (func3(data6) < 1) {
              const err14 = { instancePath: instancePath + "/resolved/" + i2, schemaPath: "#/properties/resolved/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/resolved/" + i2, schemaPath: "#/properties/resolved/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/resolved", schemaPath: "#/properties/resolved/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.next !== void 0) {
      let data7 = data.next;
      if (Array.isArray(data7)) {
        if (data7.length > 50) {
          const err17 = { instancePath: instancePath + "/next", schemaPath: "#/properties/next/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        const len3 = data7.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data8 = data7[i3];
          if (typeof data8 === "string") {
            if (func3(data8) > 2e3) {
              const err18 = { instancePath: instancePath + "/next/" + i3, schemaPath: "#/properties/next/items/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (func3(data8) < 1) {
              const err19 = { instancePath: instancePath + "/next/" + i3, schemaPath: "#/properties/next/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/next/" + i3, schemaPath: "#/properties/next/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/next", schemaPath: "#/properties/next/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.progress !== void 0) {
      let data9 = data.progress;
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 > 100 || isNaN(data9)) {
          const err22 = { instancePath: instancePath + "/progress", schemaPath: "#/properties/progress/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data9 < 0 || isNaN(data9)) {
          const err23 = { instancePath: instancePath + "/progress", schemaPath: "#/properties/progress/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/progress", schemaPath: "#/properties/progress/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.remaining !== void 0) {
      let data10 = data.remaining;
      if (typeof data10 === "string") {
        if (func3(data10) > 200) {
          const err25 = { instancePath: instancePath + "/remaining", schemaPath: "#/properties/remaining/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (func3(data10) < 1) {
          const err26 = { instancePath: instancePath + "/remaining", schemaPath: "#/properties/remaining/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/remaining", schemaPath: "#/properties/remaining/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.timeSpent !== void 0) {
      let data11 = data.timeSpent;
      if (typeof data11 === "string") {
        if (func3(data11) > 100) {
          const err28 = { instancePath: instancePath + "/timeSpent", schemaPath: "#/properties/timeSpent/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (func3(data11) < 1) {
          const err29 = { instancePath: instancePath + "/timeSpent", schemaPath: "#/properties/timeSpent/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/timeSpent", schemaPath: "#/properties/timeSpent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.note !== void 0) {
      let data12 = data.note;
      if (typeof data12 === "string") {
        if (func3(data12) > 500) {
          const err31 = { instancePath: instancePath + "/note", schemaPath: "#/properties/note/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (func3(data12) < 1) {
          const err32 = { instancePath: instancePath + "/note", schemaPath: "#/properties/note/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/note", schemaPath: "#/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
  } else {
    const err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var schema = schema11;

// src/core/input-limits.ts
function checkGivenInput(input) {
  const given = {};
  for (const [key2, value] of Object.entries(input)) {
    if (value === "" || value === void 0) continue;
    given[key2] = Array.isArray(value) ? value.filter((item2) => typeof item2 !== "string" || item2.trim() !== "") : value;
  }
  if (draft_input_validator_default(given)) return;
  const error = draft_input_validator_default.errors?.[0];
  const [key = "", item] = (error?.instancePath ?? "").split("/").slice(1);
  const flag = (key === "decisions" || key === "blockers" ? key.slice(0, -1) : key).replace(
    /[A-Z]/g,
    (letter) => `-${letter.toLowerCase()}`
  );
  const what = `the ${key} (--${flag}${item === void 0 ? "" : `, item ${Number(item) + 1}`})`;
  throw new InputError(
    `${what} ${error === void 0 ? "is invalid" : schemaRuleWords(error)}`,
    {},
    `schema/${error?.keyword ?? "invalid"}`
  );
}

export {
  schema,
  checkGivenInput
};

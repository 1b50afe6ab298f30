#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  DEFAULT_BASES
} from "./chunk-U6T5OGPQ.js";
import {
  composeDraft,
  countWords,
  nonWorkPaths,
  readCoverage,
  readTestReports,
  renderHandoff,
  selectTaskCommits
} from "./chunk-BLZWDV7I.js";
import {
  GitCommandManager
} from "./chunk-WM7HWT35.js";
import {
  activeTasks,
  agentEntries,
  detailsLinks,
  handoffFilesByTask,
  readRegistry,
  readUserText,
  resolveLink,
  updateRegistry,
  withEntry,
  writeTextAtomic
} from "./chunk-CU4RMRRF.js";
import {
  parseHandoff
} from "./chunk-HLJVNJZQ.js";
import {
  handoffNameRegExp,
  handoffPath,
  linkProblem,
  normalizeLink,
  parseDuration,
  parseJsonLocated,
  require_ucs2length,
  taskIdRegExp
} from "./chunk-HEUJEM7B.js";
import {
  InputError
} from "./chunk-AVNUWBDK.js";
import {
  openNextSteps
} from "./chunk-YGKEW4RE.js";
import {
  isPlaceholderText,
  missingElements
} from "./chunk-RNIJDUBG.js";
import {
  fieldFactOf
} from "./chunk-LDRPVFWU.js";
import {
  __toESM
} from "./chunk-MWPPMQVD.js";

// src/generated/draft-input.validator.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var draft_input_validator_default = validate10;
var func2 = import_ucs2length.default.default ?? import_ucs2length.default;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "decisions" || key0 === "blockers" || key0 === "resolved" || key0 === "next" || key0 === "progress" || key0 === "remaining" || key0 === "note")) {
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
            if (func2(data2) > 2e3) {
              const err3 = { instancePath: instancePath + "/decisions/" + i0, schemaPath: "#/properties/decisions/items/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (func2(data2) < 1) {
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
            if (func2(data4) > 2e3) {
              const err8 = { instancePath: instancePath + "/blockers/" + i1, schemaPath: "#/properties/blockers/items/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (func2(data4) < 1) {
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
            if (func2(data6) > 2e3) {
              const err13 = { instancePath: instancePath + "/resolved/" + i2, schemaPath: "#/properties/resolved/items/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (func2(data6) < 1) {
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
            if (func2(data8) > 2e3) {
              const err18 = { instancePath: instancePath + "/next/" + i3, schemaPath: "#/properties/next/items/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (func2(data8) < 1) {
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
        if (func2(data10) > 200) {
          const err25 = { instancePath: instancePath + "/remaining", schemaPath: "#/properties/remaining/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (func2(data10) < 1) {
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
    if (data.note !== void 0) {
      let data11 = data.note;
      if (typeof data11 === "string") {
        if (func2(data11) > 500) {
          const err28 = { instancePath: instancePath + "/note", schemaPath: "#/properties/note/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (func2(data11) < 1) {
          const err29 = { instancePath: instancePath + "/note", schemaPath: "#/properties/note/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/note", schemaPath: "#/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
  } else {
    const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/core/draft-input.ts
var STDIN_NAME = "(stdin)";
function parseDraftInputJson(text, file = STDIN_NAME) {
  const json = parseJsonLocated(text, file);
  if (!draft_input_validator_default(json.value)) {
    const error = draft_input_validator_default.errors?.[0];
    const pointer = error?.instancePath ?? "";
    const extra = error?.keyword === "additionalProperties" ? ` "${error.params.additionalProperty}" (known: decisions, blockers, resolved, next, progress, remaining, note)` : "";
    const where = pointer === "" ? "the input" : `"${pointer.slice(1).replace(/\//g, ".")}"`;
    throw new InputError(
      `${where} ${error?.message ?? "is invalid"}${extra}`,
      { file, ...json.locate(pointer) },
      `schema/${error?.keyword ?? "invalid"}`
    );
  }
  const { $schema: _ignored, ...input } = json.value;
  return input;
}
function mergeDraftInputs(base, flags) {
  const merged = { ...base };
  for (const key of ["decisions", "blockers", "resolved", "next"]) {
    const items = [...base[key] ?? [], ...flags[key] ?? []].map((s) => s.trim()).filter((s) => s !== "");
    if (items.length > 0) merged[key] = items;
    else delete merged[key];
  }
  if (flags.progress !== void 0) merged.progress = flags.progress;
  if (flags.remaining !== void 0) merged.remaining = flags.remaining;
  if (flags.note !== void 0) merged.note = flags.note;
  return merged;
}
function parseProgress(text) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(text);
  const value = match ? Number(match[1]) : Number.NaN;
  if (!(value >= 0 && value <= 100)) {
    throw new InputError(`--progress "${text}" is not a percentage from 0 to 100`, {}, "draft/progress");
  }
  return value;
}
function isEmptyDraftInput(input) {
  return Object.values(input).every((v) => v === void 0 || Array.isArray(v) && v.length === 0);
}
function toDraftAnswers(input) {
  const answers = {};
  if (input.decisions?.length) answers.decisions = [...input.decisions];
  if (input.blockers?.length) answers.blockers = [...input.blockers];
  if (input.next?.length) answers.nextSteps = [...input.next];
  return answers;
}
function applyDraftInput(draft, input, wordBudget) {
  if (!input.resolved?.length && input.progress === void 0 && input.remaining === void 0 && input.note === void 0) {
    return draft;
  }
  const document = structuredClone(draft.document);
  if (input.resolved?.length) resolveItems(document, input.resolved);
  if (input.progress !== void 0) setProgress(document, input.progress);
  if (input.remaining !== void 0) setField(document, "remaining", input.remaining.trim());
  if (input.note !== void 0) addStateNote(document, input.note.trim());
  const markdown = renderHandoff(document);
  const words = countWords(markdown);
  return { ...draft, document, markdown, words, overBudget: words > wordBudget };
}
var normalise = (text) => text.replace(/\s+/g, " ").trim().toLowerCase();
function resolveItems(document, resolved) {
  const blockers = document.elements.blockers;
  const nextSteps = document.elements.nextSteps;
  const openBlockerItems = (blockers?.items ?? []).filter((item) => !isPlaceholderText(item.text));
  const openSteps = nextSteps ? openNextSteps(document) : [];
  const candidates = [
    ...openBlockerItems.map((item) => ({ item, kind: "blocker" })),
    ...openSteps.map((item) => ({ item, kind: "step" }))
  ];
  let removedBlocker = false;
  for (const text of resolved) {
    const wanted = normalise(text);
    const exact = candidates.filter((c) => normalise(c.item.text) === wanted);
    const found = exact.length > 0 ? exact : candidates.filter((c) => normalise(c.item.text).includes(wanted));
    const open = () => candidates.length === 0 ? "nothing is open" : `open: ${candidates.map((c) => `"${c.item.text}"`).join(", ")}`;
    if (found.length === 0) {
      throw new InputError(
        `--resolved "${text}" matches no open blocker or next step (${open()})`,
        {},
        "draft/resolved-unknown"
      );
    }
    if (found.length > 1) {
      throw new InputError(
        `--resolved "${text}" matches ${found.length} items; use more of the text (${open()})`,
        {},
        "draft/resolved-ambiguous"
      );
    }
    const [match] = found;
    candidates.splice(candidates.indexOf(match), 1);
    if (match.kind === "blocker" && blockers) {
      blockers.items = blockers.items.filter((item) => item !== match.item);
      removedBlocker = true;
    } else {
      match.item.mark = "done";
    }
  }
  if (removedBlocker && blockers?.items.every((item) => isPlaceholderText(item.text))) {
    blockers.items = [{ text: "None", details: [], line: 0 }];
  }
}
function setProgress(document, percent) {
  const status = document.header.find((f) => fieldFactOf(f.label) === "status");
  if (status)
    status.value = `${status.value.replace(/\s*\(\s*-?\d+(?:\.\d+)?\s*%\s*\)\s*$/, "")} (${percent}%)`;
  setField(document, "progress", `${percent}% complete`);
}
function setField(document, fact, value) {
  document.elements.timeProgress ??= emptySection("Time and Progress");
  const section = document.elements.timeProgress;
  const field = section.fields.find((f) => fieldFactOf(f.label) === fact);
  if (field) field.value = value;
  else
    section.fields.push({ label: fact === "progress" ? "Progress" : "Estimated Remaining", value, line: 0 });
}
function addStateNote(document, note) {
  document.elements.currentState ??= emptySection("Current State");
  const section = document.elements.currentState;
  section.paragraphs = [note, ...section.paragraphs.filter((p) => !isPlaceholderText(p))];
}
function emptySection(label) {
  return { label, items: [], paragraphs: [], subsections: [], fields: [], line: 0 };
}

// src/app/draft.ts
import { randomBytes } from "node:crypto";
import { link, readdir, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var MAIN_BRANCHES = ["main", "master", "trunk", "develop"];
var FALLBACK_COMMIT_COUNT = 50;
async function planDraft(options) {
  const { repoRoot, config, taskId, now } = options;
  checkTaskId(taskId);
  const notes = [];
  const { registry } = await readRegistry(repoRoot, config);
  const { agent, entry } = findAgent(registry, taskId, options.agent);
  const registryPatch = {};
  if (!entry) {
    registryPatch.status = "in_progress";
    registryPatch.current_task = taskId;
    registryPatch.task_started = now.toISOString().slice(0, 10);
    notes.push(`Adding agent "${agent}" to the registry, working on ${taskId}.`);
  } else if (!entry.current_task) {
    registryPatch.current_task = taskId;
  }
  const previous = await findPreviousHandoff(repoRoot, config, taskId, entry, notes);
  const session = (previous?.session ?? 0) + 1;
  const path = handoffPath(config, taskId, session);
  const pathProblem = linkProblem(path, "handoff path");
  if (pathProblem) throw new InputError(pathProblem, {}, "config/handoff-path");
  const target = await resolveLink(repoRoot, path);
  if (!target.ok) throw new InputError(target.message, { file: path }, target.rule);
  if (target.exists) throw alreadyExists(path);
  registryPatch.details_link = path;
  const git = GitCommandManager.create(repoRoot);
  if (previous?.path && !options.preview && await git.hasCommits() && await git.hasUncommittedChanges(previous.path)) {
    throw new InputError(
      "this handoff has changes that are not committed: commit it (the check reads commits, so that is what makes the task fresh), then draft the next session when it ends",
      { file: previous.path },
      "draft/previous-uncommitted"
    );
  }
  const range = await readSessionRange(git, options, previous?.path, entry?.task_started);
  const tasks = activeTasks(registry, config);
  const handoffFiles = handoffFilesByTask(tasks);
  const links = detailsLinks(registry);
  const commits = selectTaskCommits(range.commits, {
    taskId,
    activeTaskIds: tasks.map((t) => t.taskId),
    handoffFiles,
    taskIds: taskIdRegExp(config),
    ...range.branch === void 0 ? {} : { branch: range.branch },
    nonWork: nonWorkPaths(config.handoffDir, config.registry, [...links, path])
  });
  const warnings = [];
  let tests;
  if (options.tests && options.tests.length > 0) {
    const read = await readTestReports(options.tests, repoRoot);
    tests = read.summary;
    warnings.push(...read.warnings);
  }
  let coverage;
  if (options.coverage) {
    const read = await readCoverage(options.coverage, repoRoot);
    coverage = read.coverage;
    warnings.push(...read.warnings);
  }
  const given = options.input ? toDraftAnswers(options.input) : {};
  const asked = options.askAnswers ? await options.askAnswers() : void 0;
  const answers = asked ? mergeAnswers(given, asked) : options.input ? given : void 0;
  if (options.input?.note !== void 0) registryPatch.brief_note = options.input.note.trim();
  const status = entry?.status ?? registryPatch.status;
  const composed = composeDraft({
    taskId,
    agent,
    session,
    now,
    ...status ? { status } : {},
    ...previous ? {
      previous: {
        document: previous.document,
        ...previous.session ? { session: previous.session } : {}
      }
    } : {},
    commits,
    ...tests ? { tests } : {},
    ...coverage ? { coverage } : {},
    sessionGapMs: parseDuration(config.sessionGap),
    wordBudget: config.wordBudget,
    ...answers ? { answers } : {}
  });
  const draft = options.input ? applyDraftInput(composed, options.input, config.wordBudget) : composed;
  const plan = {
    draft,
    agent,
    path,
    session,
    rangeNote: range.note,
    commitCount: commits.length,
    warnings,
    notes,
    registryPatch,
    toFillIn: missingElements(draft.document, config.requiredElements)
  };
  if (previous) plan.previousPath = previous.path;
  return plan;
}
function mergeAnswers(given, asked) {
  const merged = {};
  for (const key of ["decisions", "blockers", "nextSteps"]) {
    const items = [...given[key] ?? [], ...asked[key] ?? []];
    if (items.length > 0) merged[key] = items;
  }
  return merged;
}
async function writeDraft(repoRoot, config, plan) {
  const absPath = join(repoRoot, ...plan.path.split("/"));
  await createExclusive(absPath, plan.draft.markdown, plan.path);
  try {
    await updateRegistry(repoRoot, config, (registry) => withEntry(registry, plan.agent, plan.registryPatch));
  } catch (error) {
    await unlink(absPath).catch(() => void 0);
    throw error;
  }
}
async function createExclusive(absPath, text, displayPath) {
  const temp = join(
    dirname(absPath),
    `.${basename(absPath)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
  await writeTextAtomic(temp, text);
  try {
    await link(temp, absPath);
  } catch (error) {
    if (error.code === "EEXIST") throw alreadyExists(displayPath);
    throw error;
  } finally {
    await unlink(temp).catch(() => void 0);
  }
}
function alreadyExists(path) {
  return new InputError(
    "the next handoff already exists; edit it, or point details_link at it and draft again",
    { file: path },
    "draft/exists"
  );
}
function checkTaskId(taskId) {
  if (taskId.trim() === "" || /[/\\\0]/.test(taskId) || taskId === "." || taskId === "..") {
    throw new InputError(`task id "${taskId}" cannot be part of a file name`, {}, "task/invalid-id");
  }
}
function findAgent(registry, taskId, agentName) {
  const entries = agentEntries(registry);
  if (agentName !== void 0) {
    const entry = entries.find(([name]) => name === agentName)?.[1];
    if (entry && typeof entry.current_task === "string" && entry.current_task !== "" && entry.current_task !== taskId) {
      throw new InputError(
        `agent "${agentName}" is working on ${entry.current_task}, not ${taskId}; change its current_task first`,
        {},
        "registry/agent-task"
      );
    }
    return entry ? { agent: agentName, entry } : { agent: agentName };
  }
  const matching = entries.filter(([, e]) => e.current_task === taskId);
  const [first] = matching;
  if (!first) {
    throw new InputError(
      `no agent in the registry has current_task ${taskId}; pass --agent NAME`,
      {},
      "registry/no-agent"
    );
  }
  if (matching.length > 1) {
    throw new InputError(
      `agents ${matching.map(([name]) => name).join(", ")} all have current_task ${taskId}; pass --agent NAME`,
      {},
      "registry/ambiguous-agent"
    );
  }
  return { agent: first[0], entry: first[1] };
}
async function findPreviousHandoff(repoRoot, config, taskId, entry, notes) {
  const nameRegExp = handoffNameRegExp(config, taskId);
  const link2 = typeof entry?.details_link === "string" && entry.details_link !== "" ? entry.details_link : void 0;
  if (link2) {
    const resolved2 = await resolveLink(repoRoot, link2);
    if (!resolved2.ok) {
      notes.push(`Ignoring details_link: ${resolved2.message}.`);
    } else if (!resolved2.exists) {
      notes.push(`Ignoring details_link: ${link2} does not exist.`);
    } else {
      const document2 = parseHandoff(await readUserText(resolved2.absPath, link2));
      const fromName = nameRegExp.exec(basename(link2))?.[1];
      const session = fromName !== void 0 ? Number(fromName) : document2.session;
      return { path: normalizeLink(link2), document: document2, ...session !== void 0 ? { session } : {} };
    }
  }
  const dir = handoffPath(config, taskId, 1).split("/").slice(0, -1).join("/");
  let names;
  try {
    names = await readdir(join(repoRoot, ...dir.split("/").filter((s) => s !== "")));
  } catch {
    return void 0;
  }
  let best;
  for (const name of names) {
    const session = Number(nameRegExp.exec(name)?.[1] ?? Number.NaN);
    if (Number.isInteger(session) && (!best || session > best.session)) best = { name, session };
  }
  if (!best) return void 0;
  const path = dir === "" ? best.name : `${dir}/${best.name}`;
  const resolved = await resolveLink(repoRoot, path);
  if (!resolved.ok || !resolved.exists) return void 0;
  const document = parseHandoff(await readUserText(resolved.absPath, path));
  return { path, document, session: best.session };
}
async function readSessionRange(git, options, previousPath, taskStarted) {
  if (!options.from && !options.to && !await git.hasCommits()) {
    return { commits: [], note: "the repository has no commits yet" };
  }
  const toName = options.to ?? "HEAD";
  const to = await git.revParse(toName);
  const branch = options.to ? void 0 : await git.currentBranch();
  const withBranch = (range) => branch === void 0 ? range : { ...range, branch };
  if (options.from) {
    const from = await git.revParse(options.from);
    const commits2 = await git.logRange([to, "--not", from], { stats: true });
    return withBranch({ commits: commits2, note: `${options.from}..${toName}` });
  }
  if (previousPath) {
    const touched = (await git.exec(["log", "-1", "--format=%H", to, "--", `:(literal)${previousPath}`])).trim();
    if (touched) {
      const commits2 = await git.logRange([to, "--not", touched], { stats: true });
      return withBranch({
        commits: commits2,
        note: `after ${touched.slice(0, 7)}, the last commit touching ${previousPath} (--from to change)`
      });
    }
  }
  const mainLine = branch !== void 0 && !MAIN_BRANCHES.includes(branch) ? await git.firstExisting(DEFAULT_BASES) : void 0;
  const notMainLine = mainLine ? ["--not", mainLine] : [];
  const besides = mainLine ? `, not on ${mainLine}` : "";
  if (taskStarted && /^\d{4}-\d{2}-\d{2}$/.test(taskStarted)) {
    const commits2 = await git.logRange([`--since=${taskStarted} 00:00:00`, to, ...notMainLine], {
      stats: true
    });
    return withBranch({
      commits: commits2,
      note: `since ${taskStarted}, the task's task_started${besides} (--from to change)`
    });
  }
  const commits = await git.logRange([`--max-count=${FALLBACK_COMMIT_COUNT}`, to, ...notMainLine], {
    stats: true
  });
  return withBranch({
    commits,
    note: `the last ${FALLBACK_COMMIT_COUNT} commits${besides}: no earlier handoff commit or task_started to start from (--from to change)`
  });
}

export {
  STDIN_NAME,
  parseDraftInputJson,
  mergeDraftInputs,
  parseProgress,
  isEmptyDraftInput,
  planDraft,
  writeDraft
};

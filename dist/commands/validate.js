#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  parseHandoff
} from "../chunks/chunk-QM5L2TW3.js";
import {
  countLines
} from "../chunks/chunk-OLX7WK4A.js";
import {
  lintHandoff
} from "../chunks/chunk-P3IB3F72.js";
import {
  configDespiteAt,
  configFilesAt,
  documentText,
  linkOf,
  loadConfigFrom,
  readLinkedHandoffs,
  scopedSource,
  workingTreeSource,
  workspaceFolders
} from "../chunks/chunk-T5QRKEOB.js";
import {
  isTaskId
} from "../chunks/chunk-EEYO4645.js";
import {
  agentEntries,
  checkRegistry,
  registryPointer
} from "../chunks/chunk-WJKR2G64.js";
import "../chunks/chunk-7E5CRINH.js";
import "../chunks/chunk-NNPSBKSI.js";
import "../chunks/chunk-LMSMW57Z.js";
import {
  findProjectRoot
} from "../chunks/chunk-HUG4EZO3.js";
import {
  EXIT,
  pathsFromHere
} from "../chunks/chunk-FRQYFUSM.js";
import "../chunks/chunk-X2JOUVYR.js";
import {
  InputError,
  formatLocated,
  proseWithInvocation
} from "../chunks/chunk-MLNENVTA.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/app/validate.ts
function fromInputError(error) {
  return { ...error.location, rule: error.rule ?? "input", message: error.message };
}
function validateDocument(path, text, config) {
  try {
    return lintHandoff(parseHandoff(text, path), config.requiredElements, countLines(text)).map((p) => ({
      file: path,
      line: p.line,
      ...p.column === void 0 ? {} : { column: p.column },
      rule: p.rule,
      message: p.message
    }));
  } catch (error) {
    if (error instanceof InputError)
      return [fromInputError(new InputError(error.message, { file: path, ...error.location }, error.rule))];
    throw error;
  }
}
function linkProblems(linked, agent, link, where, report, config) {
  switch (linked.kind) {
    case "none":
      return [];
    case "invalid-link":
      return [{ ...where, rule: linked.rule, message: linked.message }];
    case "missing":
      return [
        {
          ...where,
          rule: "link/missing",
          message: `details_link "${link}" of agent "${agent}" names a file that does not exist`
        }
      ];
    case "unreadable":
    case "document":
      if (report.documents.includes(linked.path)) return [];
      report.documents.push(linked.path);
      if (linked.kind === "document") return validateDocument(linked.path, documentText(linked), config);
      return [
        fromInputError(
          new InputError(
            linked.error.message,
            { file: linked.path, ...linked.error.location },
            linked.error.rule
          )
        )
      ];
  }
}
async function validateRepository(repoRoot, source = workingTreeSource(repoRoot)) {
  const { report, config } = await validateProject(source);
  if (!config || config.workspaces.length === 0) return report;
  const packages = [];
  for (const folder of await workspaceFolders(source, config.workspaces)) {
    const { report: own } = await validateProject(scopedSource(source, folder));
    if (own.problems.some((p) => p.rule === "registry/missing" && p.file === own.registry)) continue;
    const inRoot = (file) => `${folder}/${file}`;
    packages.push({
      folder,
      ...own.config === void 0 ? {} : { config: inRoot(own.config) },
      ...own.registry === void 0 ? {} : { registry: inRoot(own.registry) },
      ...own.configKeysLeftOut === void 0 ? {} : { configKeysLeftOut: own.configKeysLeftOut }
    });
    const seen = new Set(report.documents);
    const documents = own.documents.map(inRoot);
    const again = new Set(documents.filter((file) => seen.has(file)));
    report.documents.push(...documents.filter((file) => !again.has(file)));
    for (const problem of own.problems) {
      const file = problem.file === void 0 ? void 0 : inRoot(problem.file);
      if (file === void 0 || !again.has(file))
        report.problems.push({ ...problem, ...file ? { file } : {} });
    }
  }
  const rootMissing = (p) => p.rule === "registry/missing" && p.file === report.registry;
  if (packages.length > 0 && report.problems.some(rootMissing)) {
    report.problems = report.problems.filter((p) => !rootMissing(p));
    delete report.registry;
  }
  report.packages = packages;
  report.valid = report.problems.length === 0;
  return report;
}
var RULES_READING = {
  statuses: (rule) => rule === "registry/status",
  activeStatuses: (rule) => rule === "registry/status",
  taskIdPattern: (rule) => rule === "registry/task-id",
  requiredElements: (rule) => rule.startsWith("element/")
};
async function validateProject(source) {
  const report = { valid: false, documents: [], problems: [] };
  let config;
  try {
    const loaded = await loadConfigFrom(source);
    config = loaded.config;
    if (loaded.file) report.config = loaded.file;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    report.problems.push(...[error, ...error.more].map(fromInputError));
    if (error.rule === "config/ambiguous") {
      for (const file3 of await configFilesAt(source)) {
        try {
          await loadConfigFrom(source, file3);
        } catch (problem) {
          if (!(problem instanceof InputError)) throw problem;
          report.problems.push(...[problem, ...problem.more].map(fromInputError));
        }
      }
      return { report };
    }
    const file2 = error.location.file;
    const despite = file2 === void 0 ? void 0 : await configDespiteAt(source, file2);
    if (!despite) return { report };
    config = despite.config;
    report.config = file2;
    report.configKeysLeftOut = despite.ignored;
  }
  const file = config.registry;
  report.registry = file;
  const read = (await source.readMany([file])).get(file);
  if (read?.kind !== "text") {
    report.problems.push(
      read?.kind === "missing" ? {
        file,
        rule: "registry/missing",
        message: "there is no registry yet; create one with `handoff init`"
      } : read?.kind === "invalid-link" ? { file, rule: read.rule, message: read.message } : fromInputError(
        read?.kind === "unreadable" ? read.error : new InputError("cannot be read", { file })
      )
    );
    return { report, config };
  }
  const text = read.text;
  const checked = checkRegistry(text, file, config.statuses);
  report.problems.push(...checked.problems.map(fromInputError));
  const json = checked.json;
  const value = json?.value;
  const entries = value && typeof value === "object" && !Array.isArray(value) ? agentEntries(value).filter(([, entry]) => entry !== null && typeof entry === "object") : [];
  const at = (agent, key) => ({
    file,
    ...json?.locate(registryPointer(agent, key))
  });
  const linked = await readLinkedHandoffs(
    source,
    entries.flatMap(([, entry]) => typeof entry.details_link === "string" ? [entry.details_link] : [])
  );
  for (const [agent, entry] of entries) {
    if (typeof entry.current_task === "string" && entry.current_task !== "" && !isTaskId(config, entry.current_task)) {
      report.problems.push({
        ...at(agent, "current_task"),
        rule: "registry/task-id",
        message: `current_task "${entry.current_task}" of agent "${agent}" does not match the task-id pattern (config key "taskIdPattern")`
      });
    }
    const link = entry.details_link;
    if (typeof link !== "string") continue;
    if (linkOf(entry) === void 0) {
      report.problems.push({
        ...at(agent, "details_link"),
        rule: "path/not-relative",
        message: `details_link of agent "${agent}" is empty; remove the key or name the handoff file`
      });
      continue;
    }
    report.problems.push(
      ...linkProblems(
        linked.get(link),
        agent,
        link,
        at(agent, "details_link"),
        report,
        config
      )
    );
  }
  const leftOut = report.configKeysLeftOut ?? [];
  if (leftOut.length > 0) {
    const waiting = (rule) => leftOut.some((key) => RULES_READING[key.split(".")[0]]?.(rule) === true);
    report.problems = report.problems.filter((p) => p.file === report.config || !waiting(p.rule));
  }
  report.problems = inFileOrder(report.problems);
  report.valid = report.problems.length === 0;
  return { report, config };
}
function inFileOrder(problems) {
  const fileRank = /* @__PURE__ */ new Map();
  for (const problem of problems) if (!fileRank.has(problem.file)) fileRank.set(problem.file, fileRank.size);
  return [...problems].sort(
    (a, b) => (fileRank.get(a.file) ?? 0) - (fileRank.get(b.file) ?? 0) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
  );
}

// src/cli/commands/validate.ts
async function run(options, ctx) {
  const { projectRoot: repoRoot } = await findProjectRoot(ctx.cwd);
  const found = reportShown(await validateRepository(repoRoot), pathsFromHere(ctx, repoRoot));
  const program = ctx.program ?? "handoff";
  const report = {
    ...found,
    problems: found.problems.map((p) => ({ ...p, message: proseWithInvocation(p.message, program) }))
  };
  if (options.format === "json") {
    ctx.stdout.write(`${JSON.stringify(report, null, 2)}
`);
  } else {
    for (const p of report.problems) {
      ctx.stdout.write(
        `${formatLocated(p.message, { file: p.file, line: p.line, column: p.column }, p.rule)}
`
      );
    }
    const packages = (report.packages ?? []).flatMap((p) => p.registry === void 0 ? [] : [p.registry]);
    const registries = report.registry === void 0 && packages.length > 0 ? packages : [report.registry ?? "config", ...packages];
    const handoffs = report.documents.length;
    const leftOut = [
      ...report.configKeysLeftOut ?? [],
      ...(report.packages ?? []).flatMap(
        (p) => (p.configKeysLeftOut ?? []).map((key) => `${p.folder}: ${key}`)
      )
    ];
    const scope = `${registries.join(", ")}${handoffs > 0 ? ` and ${handoffs} handoff${handoffs === 1 ? "" : "s"}` : ""}${leftOut.length === 0 ? "" : `, the config's faulty keys left out: ${leftOut.join(", ")}; what reads them is checked once they are fixed`}`;
    ctx.stdout.write(
      report.valid ? `ok: ${scope} valid
` : `${report.problems.length} problem${report.problems.length === 1 ? "" : "s"} (checked ${scope})
`
    );
  }
  return report.valid ? EXIT.ok : EXIT.input;
}
function reportShown(report, shown) {
  const shownReport = {
    ...report,
    documents: report.documents.map(shown),
    problems: report.problems.map((p) => p.file === void 0 ? p : { ...p, file: shown(p.file) })
  };
  if (report.config !== void 0) shownReport.config = shown(report.config);
  if (report.registry !== void 0) shownReport.registry = shown(report.registry);
  if (report.packages !== void 0)
    shownReport.packages = report.packages.map((p) => ({
      ...p,
      ...p.config === void 0 ? {} : { config: shown(p.config) },
      ...p.registry === void 0 ? {} : { registry: shown(p.registry) }
    }));
  return shownReport;
}
export {
  run
};

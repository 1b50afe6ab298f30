#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  loadConfig
} from "./chunk-YGYZ5CJU.js";
import {
  EXIT
} from "./chunk-VM6H5HU7.js";
import {
  findRepoRoot
} from "./chunk-WV5WTJR3.js";
import {
  agentEntries,
  checkRegistry,
  readUserText,
  registryPath,
  registryPointer,
  resolveLink
} from "./chunk-YLBT3DIN.js";
import "./chunk-MATBB7BT.js";
import {
  parseHandoff
} from "./chunk-NLFNNUI7.js";
import {
  isTaskId
} from "./chunk-OFRVZ7MX.js";
import {
  InputError,
  formatLocated
} from "./chunk-AVNUWBDK.js";
import {
  lintHandoff
} from "./chunk-RNIJDUBG.js";
import "./chunk-LDRPVFWU.js";
import "./chunk-AV3RITBJ.js";
import "./chunk-MWPPMQVD.js";

// src/app/validate.ts
function fromInputError(error) {
  return { ...error.location, rule: error.rule ?? "input", message: error.message };
}
async function validateDocument(absPath, file, config) {
  try {
    const text = await readUserText(absPath, file);
    return lintHandoff(parseHandoff(text), config.requiredElements).map((p) => ({
      file,
      line: p.line,
      ...p.column === void 0 ? {} : { column: p.column },
      rule: p.rule,
      message: p.message
    }));
  } catch (error) {
    if (error instanceof InputError)
      return [fromInputError(new InputError(error.message, { file, ...error.location }, error.rule))];
    throw error;
  }
}
async function validateRepository(repoRoot) {
  const report = { valid: false, documents: [], problems: [] };
  let config;
  try {
    const loaded = await loadConfig(repoRoot);
    config = loaded.config;
    if (loaded.file) report.config = loaded.file;
  } catch (error) {
    if (error instanceof InputError) {
      report.problems.push(fromInputError(error));
      return report;
    }
    throw error;
  }
  const file = config.registry;
  report.registry = file;
  let text;
  try {
    text = await readUserText(registryPath(repoRoot, config), file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    report.problems.push(
      error.rule === "file/missing" ? {
        file,
        rule: "registry/missing",
        message: "there is no registry yet; create one with `handoff init`"
      } : fromInputError(error)
    );
    return report;
  }
  const checked = checkRegistry(text, file, config.statuses);
  report.problems.push(...checked.problems.map(fromInputError));
  const json = checked.json;
  const value = json?.value;
  const entries = value && typeof value === "object" && !Array.isArray(value) ? agentEntries(value).filter(([, entry]) => entry !== null && typeof entry === "object") : [];
  const at = (agent, key) => ({
    file,
    ...json?.locate(registryPointer(agent, key))
  });
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
    const resolved = await resolveLink(repoRoot, link);
    if (!resolved.ok) {
      report.problems.push({ ...at(agent, "details_link"), rule: resolved.rule, message: resolved.message });
      continue;
    }
    if (!resolved.exists) {
      report.problems.push({
        ...at(agent, "details_link"),
        rule: "link/missing",
        message: `details_link "${link}" of agent "${agent}" names a file that does not exist`
      });
      continue;
    }
    if (report.documents.includes(link)) continue;
    report.documents.push(link);
    report.problems.push(...await validateDocument(resolved.absPath, link, config));
  }
  report.valid = report.problems.length === 0;
  return report;
}

// src/cli/commands/validate.ts
async function run(options, ctx) {
  const repoRoot = await findRepoRoot(ctx.cwd);
  const report = await validateRepository(repoRoot);
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
    const scope = `${report.registry ?? "config"}${report.documents.length > 0 ? ` and ${report.documents.length} handoff${report.documents.length === 1 ? "" : "s"}` : ""}`;
    ctx.stdout.write(
      report.valid ? `ok: ${scope} valid
` : `${report.problems.length} problem${report.problems.length === 1 ? "" : "s"} (checked ${scope})
`
    );
  }
  return report.valid ? EXIT.ok : EXIT.input;
}
export {
  run
};

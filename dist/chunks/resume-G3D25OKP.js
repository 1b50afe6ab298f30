#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  renderResumeJson,
  renderResumeMarkdown,
  renderResumeText,
  runResume
} from "./chunk-DI4F62YS.js";
import "./chunk-J5HHQAVX.js";
import "./chunk-45GJLOEA.js";
import {
  formatReportWarning
} from "./chunk-P5X6BTOQ.js";
import "./chunk-GHWBEAFN.js";
import {
  loadConfig
} from "./chunk-I2ESGUMS.js";
import "./chunk-A2YOYYIO.js";
import "./chunk-INDYNK4D.js";
import "./chunk-TTLLYJQS.js";
import {
  findProjectRoot
} from "./chunk-XM45BAXM.js";
import "./chunk-Y65M7BX2.js";
import "./chunk-6UYIBEJD.js";
import {
  EXIT
} from "./chunk-SCIR3M4K.js";
import "./chunk-4RSNDMFK.js";
import "./chunk-LYXL3RVC.js";
import "./chunk-O6O72GKM.js";
import "./chunk-IAF4UGKJ.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";

// src/cli/commands/resume.ts
async function run(options, ctx) {
  const { projectRoot: repoRoot } = await findProjectRoot(ctx.cwd);
  const { config } = await loadConfig(repoRoot);
  const result = await runResume({
    repoRoot,
    config,
    ...options.task === void 0 ? {} : { taskId: options.task },
    ...options.agent === void 0 ? {} : { agent: options.agent },
    ...options.tests === void 0 ? {} : { tests: options.tests },
    ...options.coverage === void 0 ? {} : { coverage: options.coverage },
    now: ctx.now()
  });
  for (const warning of result.warnings) ctx.stderr.write(`warning: ${formatReportWarning(warning)}
`);
  if (options.format === "json") {
    ctx.stdout.write(renderResumeJson(result.briefs));
  } else if (result.note) {
    ctx.stdout.write(`${result.note}
`);
  } else if (options.format === "markdown") {
    ctx.stdout.write(result.briefs.map(renderResumeMarkdown).join("\n---\n\n"));
  } else {
    ctx.stdout.write(result.briefs.map(renderResumeText).join("\n"));
  }
  return EXIT.ok;
}
export {
  run
};

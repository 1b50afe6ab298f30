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
} from "./chunk-RX3CNRHC.js";
import {
  formatReportWarning
} from "./chunk-IIMP7CKD.js";
import "./chunk-NSQIELOC.js";
import {
  loadConfig
} from "./chunk-JQNBLH75.js";
import "./chunk-BTER6UUI.js";
import "./chunk-2QA3BORK.js";
import "./chunk-IDXUZW5Q.js";
import "./chunk-QZE5634O.js";
import "./chunk-PP7C45VP.js";
import {
  findProjectRoot
} from "./chunk-XM45BAXM.js";
import "./chunk-X5DH66PQ.js";
import "./chunk-Y3SMQR7G.js";
import {
  EXIT
} from "./chunk-SCIR3M4K.js";
import "./chunk-5WLR4FQL.js";
import "./chunk-OHIKT4CA.js";
import "./chunk-TBLTF3DN.js";
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

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
} from "./chunk-SBPNDFKZ.js";
import {
  formatReportWarning
} from "./chunk-BLZWDV7I.js";
import "./chunk-WM7HWT35.js";
import {
  loadConfig
} from "./chunk-3V5NQ2YF.js";
import "./chunk-WN2OBXLF.js";
import {
  findRepoRoot
} from "./chunk-WV5WTJR3.js";
import "./chunk-CU4RMRRF.js";
import {
  EXIT
} from "./chunk-LCBTFNKK.js";
import "./chunk-HLJVNJZQ.js";
import "./chunk-HEUJEM7B.js";
import "./chunk-AVNUWBDK.js";
import "./chunk-YGKEW4RE.js";
import "./chunk-RNIJDUBG.js";
import "./chunk-LDRPVFWU.js";
import "./chunk-AV3RITBJ.js";
import "./chunk-MWPPMQVD.js";

// src/cli/commands/resume.ts
async function run(options, ctx) {
  const repoRoot = await findRepoRoot(ctx.cwd);
  const { config } = await loadConfig(repoRoot);
  const result = await runResume({
    repoRoot,
    config,
    ...options.task === void 0 ? {} : { taskId: options.task },
    ...options.agent === void 0 ? {} : { agent: options.agent },
    ...options.tests === void 0 ? {} : { tests: options.tests },
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

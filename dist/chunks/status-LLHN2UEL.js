#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  gatherStatus,
  renderStatusJson,
  renderStatusText
} from "./chunk-6UNWJ7NJ.js";
import "./chunk-YCXVFEEP.js";
import "./chunk-WN2OBXLF.js";
import {
  findRepoRoot
} from "./chunk-WV5WTJR3.js";
import "./chunk-CU4RMRRF.js";
import "./chunk-Y3SMQR7G.js";
import {
  EXIT
} from "./chunk-LCBTFNKK.js";
import "./chunk-HEUJEM7B.js";
import "./chunk-AVNUWBDK.js";
import "./chunk-AV3RITBJ.js";
import "./chunk-MWPPMQVD.js";

// src/cli/commands/status.ts
async function run(options, ctx) {
  const repoRoot = await findRepoRoot(ctx.cwd);
  const { rows, file, exists } = await gatherStatus(repoRoot, ctx.now());
  ctx.stdout.write(
    options.format === "json" ? renderStatusJson(rows, file, exists) : renderStatusText(rows, file, exists)
  );
  return EXIT.ok;
}
export {
  run
};

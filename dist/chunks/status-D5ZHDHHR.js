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
} from "./chunk-UUSG3ENQ.js";
import "./chunk-Q6DQDJ5S.js";
import "./chunk-TTLLYJQS.js";
import {
  findProjectRoot
} from "./chunk-XM45BAXM.js";
import "./chunk-Y65M7BX2.js";
import "./chunk-6UYIBEJD.js";
import {
  EXIT
} from "./chunk-SCIR3M4K.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-O6O72GKM.js";
import "./chunk-IAF4UGKJ.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";

// src/cli/commands/status.ts
async function run(options, ctx) {
  const { projectRoot: repoRoot } = await findProjectRoot(ctx.cwd);
  const { rows, file, exists } = await gatherStatus(repoRoot, ctx.now());
  ctx.stdout.write(
    options.format === "json" ? renderStatusJson(rows, file, exists) : renderStatusText(rows, file, exists)
  );
  return EXIT.ok;
}
export {
  run
};

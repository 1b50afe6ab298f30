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
} from "./chunk-QAWI752T.js";
import "./chunk-IDXUZW5Q.js";
import "./chunk-PP7C45VP.js";
import {
  findProjectRoot
} from "./chunk-XM45BAXM.js";
import "./chunk-X5DH66PQ.js";
import "./chunk-Y3SMQR7G.js";
import {
  EXIT
} from "./chunk-SCIR3M4K.js";
import "./chunk-TBLTF3DN.js";
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

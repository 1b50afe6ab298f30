#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  runPrime
} from "../chunks/chunk-FRPVTHGW.js";
import "../chunks/chunk-SYLGXERK.js";
import "../chunks/chunk-RL7WPN6P.js";
import "../chunks/chunk-2FUZ7544.js";
import "../chunks/chunk-6C7KKZVH.js";
import "../chunks/chunk-SKV3QKBM.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-CMRJ74IV.js";
import "../chunks/chunk-F455CIAK.js";
import {
  agentFromEnv,
  namedAgent
} from "../chunks/chunk-6V7E3354.js";
import "../chunks/chunk-HUJJGPEW.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-BIM3E2ZR.js";
import "../chunks/chunk-ZQCS46SA.js";
import {
  loadConfig
} from "../chunks/chunk-2UQ2CLPB.js";
import "../chunks/chunk-6UVVSSLY.js";
import "../chunks/chunk-JN6EMH3H.js";
import "../chunks/chunk-ERVXMUCU.js";
import "../chunks/chunk-BJRH7MHS.js";
import {
  findProjectRoot
} from "../chunks/chunk-DM7L26JY.js";
import "../chunks/chunk-K7ZVKXRQ.js";
import {
  EXIT,
  projectFromStart
} from "../chunks/chunk-EKKSDTYU.js";
import "../chunks/chunk-HZO7HLZ6.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/prime.ts
function agentFrom(explicit, ctx) {
  return namedAgent(explicit, agentFromEnv(ctx.env));
}
async function run(options, ctx) {
  const { projectRoot: repoRoot } = await findProjectRoot(ctx.cwd);
  const { config } = await loadConfig(repoRoot);
  const agent = agentFrom(options.agent, ctx);
  const prime = await runPrime({
    repoRoot,
    config,
    ...agent === void 0 ? {} : { agent },
    program: ctx.program ?? "handoff",
    now: ctx.now(),
    shownFrom: projectFromStart(ctx, repoRoot)
  });
  ctx.stdout.write(options.format === "json" ? `${JSON.stringify(prime, null, 2)}
` : prime.text);
  return EXIT.ok;
}
export {
  agentFrom,
  run
};

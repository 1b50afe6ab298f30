#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  runPrime
} from "./chunk-7NK2G2OB.js";
import {
  agentFromEnv,
  namedAgent
} from "./chunk-YW5HI3G5.js";
import {
  loadConfig
} from "./chunk-BE4KR56G.js";
import {
  findProjectRoot
} from "./chunk-DM7L26JY.js";
import {
  EXIT,
  projectFromStart
} from "./chunk-EKKSDTYU.js";

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

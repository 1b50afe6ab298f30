#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  runPrime
} from "./chunk-C67KWPSW.js";
import {
  agentFromEnv,
  namedAgent
} from "./chunk-C637J3U3.js";
import {
  loadConfig
} from "./chunk-OW6FRY5Y.js";
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

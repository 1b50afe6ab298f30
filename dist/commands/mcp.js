#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  EXIT
} from "../chunks/chunk-FRQYFUSM.js";
import "../chunks/chunk-X2JOUVYR.js";
import "../chunks/chunk-MLNENVTA.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/mcp.ts
var MCP_VERSION = "0.1.0";
async function run(_options, ctx) {
  const { serveMcp } = await import("../chunks/mcp-server-VIGBPCHO.js");
  await serveMcp({ cwd: ctx.cwd, env: ctx.env, now: ctx.now, version: MCP_VERSION });
  return EXIT.ok;
}
export {
  MCP_VERSION,
  run
};

#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-XUYM3ZVY.js";
import "../chunks/chunk-YZ5GADA6.js";
import "../chunks/chunk-ULTIGOTR.js";
import "../chunks/chunk-OBNZGPVQ.js";
import "../chunks/chunk-Q4DHTRQK.js";
import "../chunks/chunk-DO3VPEKM.js";
import "../chunks/chunk-LOPW5XMI.js";
import "../chunks/chunk-P6ONWQAW.js";
import "../chunks/chunk-X4VJL4KN.js";
import "../chunks/chunk-ZPF6WG6B.js";
import "../chunks/chunk-DM7L26JY.js";
import "../chunks/chunk-JPNUL5SF.js";
import "../chunks/chunk-XPIM2FQV.js";
import "../chunks/chunk-UQ3WY2TQ.js";
import "../chunks/chunk-K7ZVKXRQ.js";
import "../chunks/chunk-2B4I7V23.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};

#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-VVSHA33Z.js";
import "../chunks/chunk-GZBRZX7N.js";
import "../chunks/chunk-PKDDTL7K.js";
import "../chunks/chunk-GD2JBZI6.js";
import "../chunks/chunk-YQF45CYJ.js";
import "../chunks/chunk-GU2GS7YR.js";
import "../chunks/chunk-JZJSL5NU.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-TP3AV36S.js";
import "../chunks/chunk-5IMV3PK6.js";
import "../chunks/chunk-RPDTB2DK.js";
import "../chunks/chunk-HGFDAIIO.js";
import "../chunks/chunk-W6TIKAWW.js";
import "../chunks/chunk-UAB5AT34.js";
import "../chunks/chunk-3RT3QA5L.js";
import "../chunks/chunk-F6ZBGSS5.js";
import "../chunks/chunk-XODZ3PDU.js";
import "../chunks/chunk-DM7L26JY.js";
import "../chunks/chunk-SSGQVMIC.js";
import "../chunks/chunk-BW3LVNYN.js";
import "../chunks/chunk-7HCBMBWJ.js";
import "../chunks/chunk-K7ZVKXRQ.js";
import "../chunks/chunk-2B4I7V23.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};

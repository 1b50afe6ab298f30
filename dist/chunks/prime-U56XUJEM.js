#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "./chunk-QEFAQFZB.js";
import "./chunk-72ECNNJC.js";
import "./chunk-QYC3OD45.js";
import "./chunk-WEM4KRM2.js";
import "./chunk-NHBATYIP.js";
import "./chunk-WR3PW5E2.js";
import "./chunk-EEQJZFHN.js";
import "./chunk-ULSE6FMO.js";
import "./chunk-2GOQGP6O.js";
import "./chunk-HHETZ6ZU.js";
import "./chunk-XM45BAXM.js";
import "./chunk-QUK3WPVW.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-LCBTFNKK.js";
import "./chunk-5AHXW2OM.js";
import "./chunk-E3AVAHN6.js";
import "./chunk-322UGPOB.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};

#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "./chunk-YHUKSNO7.js";
import "./chunk-YAZHKJ6P.js";
import "./chunk-5BDK52RS.js";
import "./chunk-ON7EX7YP.js";
import "./chunk-FIDGYA34.js";
import "./chunk-J4ADLJVX.js";
import "./chunk-ME5KKGKA.js";
import "./chunk-ULSE6FMO.js";
import "./chunk-3ZTC4RQV.js";
import "./chunk-Q3IX5MGO.js";
import "./chunk-XM45BAXM.js";
import "./chunk-GQO7CNEB.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-LCBTFNKK.js";
import "./chunk-5AHXW2OM.js";
import "./chunk-MWDEE63D.js";
import "./chunk-I3WKGRHN.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};

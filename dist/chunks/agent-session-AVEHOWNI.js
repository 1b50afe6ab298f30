#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
} from "./chunk-J7NKLK5D.js";
import "./chunk-OACUVUJ2.js";
import "./chunk-UZNG74SU.js";
import "./chunk-5I6FDPHP.js";
import "./chunk-KKZV6DWG.js";
import "./chunk-7EDGSSWH.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-MS3IOM7N.js";
import "./chunk-WBXYW6XU.js";
import "./chunk-BL7QDT6Q.js";
import "./chunk-AF2KJZHN.js";
import "./chunk-ATW7OLLE.js";
import "./chunk-OQJTE42X.js";
import "./chunk-UBJMBZ5R.js";
import "./chunk-3CPTZKBU.js";
import "./chunk-ALIB7PKA.js";
import "./chunk-DY4KF6Z6.js";
import "./chunk-O6C5V6DX.js";
import "./chunk-LNBNO5VW.js";
import "./chunk-XKT57K7U.js";
import "./chunk-TB7QQ237.js";
import "./chunk-NNPSBKSI.js";
import "./chunk-LMSMW57Z.js";
import "./chunk-6EVNHS7L.js";
import "./chunk-WG5W2OHI.js";
import "./chunk-MKQHAUPF.js";
import "./chunk-WPQNHNMC.js";
import "./chunk-MWPPMQVD.js";
export {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
};

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
} from "./chunk-BNSSJJ4U.js";
import "./chunk-LPAQ4ENU.js";
import "./chunk-UZNG74SU.js";
import "./chunk-HFT52E4O.js";
import "./chunk-MMAEHWPD.js";
import "./chunk-BLUG7MIA.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-MS3IOM7N.js";
import "./chunk-WBXYW6XU.js";
import "./chunk-WJ55UUL4.js";
import "./chunk-7LM27ABS.js";
import "./chunk-ATW7OLLE.js";
import "./chunk-GQAFDBTY.js";
import "./chunk-G23VFDJI.js";
import "./chunk-SJOOO4TB.js";
import "./chunk-ALIB7PKA.js";
import "./chunk-U4ZQT7XX.js";
import "./chunk-5WJIGX6R.js";
import "./chunk-7FYFWPIF.js";
import "./chunk-PGIAUA2D.js";
import "./chunk-ELDDV6IS.js";
import "./chunk-NNPSBKSI.js";
import "./chunk-LMSMW57Z.js";
import "./chunk-6EVNHS7L.js";
import "./chunk-WG5W2OHI.js";
import "./chunk-JFMKBDAN.js";
import "./chunk-WPQNHNMC.js";
import "./chunk-MWPPMQVD.js";
export {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
};

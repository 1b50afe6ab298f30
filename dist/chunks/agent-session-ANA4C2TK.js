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
} from "./chunk-Q5JBEXOG.js";
import "./chunk-D3JEVFJS.js";
import "./chunk-2XDBDYDX.js";
import "./chunk-NLP7KFKT.js";
import "./chunk-7NQA3TYW.js";
import "./chunk-OVHQFJON.js";
import "./chunk-FS2SOM33.js";
import "./chunk-O4DELAAV.js";
import "./chunk-25RJGR6S.js";
import "./chunk-SX2IGDBJ.js";
import "./chunk-OBB7BCS7.js";
import "./chunk-YKN77QSG.js";
import "./chunk-TEYCC57P.js";
import "./chunk-BJKJRYQG.js";
import "./chunk-ECQOE32X.js";
import "./chunk-2QBRVMAV.js";
import "./chunk-TU4L2MJ6.js";
import "./chunk-EL6VZ225.js";
import "./chunk-DBJKH53Q.js";
import "./chunk-XVKR6RVK.js";
import "./chunk-EEYO4645.js";
import "./chunk-3NVKVQDN.js";
import "./chunk-7E5CRINH.js";
import "./chunk-NNPSBKSI.js";
import "./chunk-LMSMW57Z.js";
import "./chunk-HUG4EZO3.js";
import "./chunk-X2JOUVYR.js";
import "./chunk-MLNENVTA.js";
import "./chunk-MWPPMQVD.js";
export {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
};

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
} from "./chunk-LHQOLI5X.js";
import "./chunk-GGC6HSE7.js";
import "./chunk-NLP7KFKT.js";
import "./chunk-NZUWQXNH.js";
import "./chunk-IUV7YQHS.js";
import "./chunk-CSYMMO3L.js";
import "./chunk-E27YHX7P.js";
import "./chunk-PO4OCMP2.js";
import "./chunk-ZLODEOZM.js";
import "./chunk-WBXYW6XU.js";
import "./chunk-D4STECE4.js";
import "./chunk-FLCPRN5I.js";
import "./chunk-GC4ESWRC.js";
import "./chunk-MPRMLEZS.js";
import "./chunk-Y7ZWXIAN.js";
import "./chunk-ABMEIAPF.js";
import "./chunk-SN6AQB5W.js";
import "./chunk-4AMQNRJ3.js";
import "./chunk-CO3JAOR7.js";
import "./chunk-ZACF6ZJL.js";
import "./chunk-6IWZJDBR.js";
import "./chunk-JNKY6PJ2.js";
import "./chunk-NNPSBKSI.js";
import "./chunk-LMSMW57Z.js";
import "./chunk-6EVNHS7L.js";
import "./chunk-BLVNPJRU.js";
import "./chunk-P2VDQLP3.js";
import "./chunk-WPQNHNMC.js";
import "./chunk-MWPPMQVD.js";
export {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
};

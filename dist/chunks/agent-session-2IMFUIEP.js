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
} from "./chunk-QJBJY3ML.js";
import "./chunk-YBC5IQKK.js";
import "./chunk-NLP7KFKT.js";
import "./chunk-NZUWQXNH.js";
import "./chunk-IUV7YQHS.js";
import "./chunk-E27YHX7P.js";
import "./chunk-27LD2LF2.js";
import "./chunk-ZLODEOZM.js";
import "./chunk-WBXYW6XU.js";
import "./chunk-D4STECE4.js";
import "./chunk-23F2XSVD.js";
import "./chunk-4PRTMRNT.js";
import "./chunk-6ME2ARYS.js";
import "./chunk-XT3W4XAB.js";
import "./chunk-ABMEIAPF.js";
import "./chunk-SN6AQB5W.js";
import "./chunk-4AMQNRJ3.js";
import "./chunk-43FIDPQZ.js";
import "./chunk-ZACF6ZJL.js";
import "./chunk-L2XKFNDR.js";
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

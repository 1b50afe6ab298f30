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
} from "./chunk-WTUK2YBV.js";
import "./chunk-ILEX4YM7.js";
import "./chunk-DAJQVTOD.js";
import "./chunk-UZNG74SU.js";
import "./chunk-TJXGQHQM.js";
import "./chunk-QCVCNIS2.js";
import "./chunk-NSZADX3Z.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-DFKEN42P.js";
import "./chunk-GCJWXARK.js";
import "./chunk-RAXLJ2WZ.js";
import "./chunk-JCKDEZKH.js";
import "./chunk-5FWGHULV.js";
import "./chunk-VJ4HEYOD.js";
import "./chunk-OG6UQKG7.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-6AKVWTIE.js";
import "./chunk-HSYCRTI3.js";
import "./chunk-MFKQKH7T.js";
import "./chunk-TWCIAQNF.js";
import "./chunk-6JM3PIHH.js";
import "./chunk-LMSMW57Z.js";
import "./chunk-TAMN4ZGX.js";
import "./chunk-JLXNMSDG.js";
import "./chunk-IRYUMPLD.js";
import "./chunk-ORJITX3Z.js";
import "./chunk-MWPPMQVD.js";
export {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
};

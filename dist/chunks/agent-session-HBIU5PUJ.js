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
} from "./chunk-GEY7RR7B.js";
import "./chunk-CTZJGRIG.js";
import "./chunk-GIQDPCMD.js";
import "./chunk-UZNG74SU.js";
import "./chunk-OTDJPFMG.js";
import "./chunk-XND7ONYN.js";
import "./chunk-NSZADX3Z.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-DFKEN42P.js";
import "./chunk-GCJWXARK.js";
import "./chunk-RAXLJ2WZ.js";
import "./chunk-WC6MVVLA.js";
import "./chunk-YQ7IUIA7.js";
import "./chunk-GKVNA5XA.js";
import "./chunk-24QT3YWR.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-6AKVWTIE.js";
import "./chunk-EF432KMF.js";
import "./chunk-MFKQKH7T.js";
import "./chunk-BE2SWNKE.js";
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

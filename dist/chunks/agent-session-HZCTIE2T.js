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
} from "./chunk-4AWEOLN5.js";
import "./chunk-VLTXAK7L.js";
import "./chunk-NLP7KFKT.js";
import "./chunk-3JS7UEP7.js";
import "./chunk-PLLTICJI.js";
import "./chunk-CSYMMO3L.js";
import "./chunk-6MH2TXTL.js";
import "./chunk-DXUTLYPG.js";
import "./chunk-54I6NVQW.js";
import "./chunk-4SONTLAO.js";
import "./chunk-2P64ICUT.js";
import "./chunk-OYTSTGJ5.js";
import "./chunk-NERIPR42.js";
import "./chunk-36DJI2ZW.js";
import "./chunk-S6ZHVVU3.js";
import "./chunk-GZQ2AUGU.js";
import "./chunk-SN6AQB5W.js";
import "./chunk-KM2ITF3S.js";
import "./chunk-EHPG7TZ5.js";
import "./chunk-FSHUJIEB.js";
import "./chunk-IRJJQG6H.js";
import "./chunk-MRWCVBG3.js";
import "./chunk-NNPSBKSI.js";
import "./chunk-LMSMW57Z.js";
import "./chunk-7HC5I7GI.js";
import "./chunk-BLVNPJRU.js";
import "./chunk-HXAUOKMM.js";
import "./chunk-NTPN52F7.js";
import "./chunk-MWPPMQVD.js";
export {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
};

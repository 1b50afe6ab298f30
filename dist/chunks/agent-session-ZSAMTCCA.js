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
} from "./chunk-Q3FNS4FD.js";
import "./chunk-D3JEVFJS.js";
import "./chunk-TWYHVXPF.js";
import "./chunk-NLP7KFKT.js";
import "./chunk-3JS7UEP7.js";
import "./chunk-PLLTICJI.js";
import "./chunk-CSYMMO3L.js";
import "./chunk-6MH2TXTL.js";
import "./chunk-3KBUAVXI.js";
import "./chunk-54I6NVQW.js";
import "./chunk-4SONTLAO.js";
import "./chunk-2P64ICUT.js";
import "./chunk-NHP4MTEX.js";
import "./chunk-NERIPR42.js";
import "./chunk-G3VMFF6T.js";
import "./chunk-JG26OV63.js";
import "./chunk-GZQ2AUGU.js";
import "./chunk-SN6AQB5W.js";
import "./chunk-KM2ITF3S.js";
import "./chunk-WLSDAS5Z.js";
import "./chunk-FSHUJIEB.js";
import "./chunk-WFPB4LTP.js";
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

#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
} from "../chunks/chunk-I52DENTQ.js";
import "../chunks/chunk-N2A74T77.js";
import "../chunks/chunk-2P64ICUT.js";
import "../chunks/chunk-NHP4MTEX.js";
import "../chunks/chunk-NERIPR42.js";
import "../chunks/chunk-QNYD46TZ.js";
import "../chunks/chunk-JG26OV63.js";
import "../chunks/chunk-GZQ2AUGU.js";
import "../chunks/chunk-SN6AQB5W.js";
import "../chunks/chunk-KM2ITF3S.js";
import "../chunks/chunk-NME55PNO.js";
import "../chunks/chunk-WLSDAS5Z.js";
import "../chunks/chunk-FSHUJIEB.js";
import "../chunks/chunk-WFPB4LTP.js";
import "../chunks/chunk-MRWCVBG3.js";
import "../chunks/chunk-NNPSBKSI.js";
import "../chunks/chunk-LMSMW57Z.js";
import "../chunks/chunk-7HC5I7GI.js";
import "../chunks/chunk-XYFVLK5O.js";
import "../chunks/chunk-BLVNPJRU.js";
import "../chunks/chunk-HXAUOKMM.js";
import "../chunks/chunk-NTPN52F7.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};

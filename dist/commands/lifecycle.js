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
} from "../chunks/chunk-VDGLEVKL.js";
import "../chunks/chunk-CR72ZUUR.js";
import "../chunks/chunk-D4STECE4.js";
import "../chunks/chunk-63BIBWAT.js";
import "../chunks/chunk-ATW7OLLE.js";
import "../chunks/chunk-BWDOBEY2.js";
import "../chunks/chunk-UMMR2GPI.js";
import "../chunks/chunk-3CPTZKBU.js";
import "../chunks/chunk-TGBIHNQ3.js";
import "../chunks/chunk-DY4KF6Z6.js";
import "../chunks/chunk-DX3V2EQE.js";
import "../chunks/chunk-QYHIX33A.js";
import "../chunks/chunk-ZACF6ZJL.js";
import "../chunks/chunk-XJ7O4TK5.js";
import "../chunks/chunk-JNKY6PJ2.js";
import "../chunks/chunk-NNPSBKSI.js";
import "../chunks/chunk-LMSMW57Z.js";
import "../chunks/chunk-6EVNHS7L.js";
import "../chunks/chunk-6SFPXTPF.js";
import "../chunks/chunk-WG5W2OHI.js";
import "../chunks/chunk-P2VDQLP3.js";
import "../chunks/chunk-WPQNHNMC.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};

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
} from "../chunks/chunk-NTAWXAV2.js";
import "../chunks/chunk-6DAVCZMU.js";
import "../chunks/chunk-VJHOI3XR.js";
import "../chunks/chunk-OT5LOI3B.js";
import "../chunks/chunk-Z6HX26JV.js";
import "../chunks/chunk-3DP3QWJY.js";
import "../chunks/chunk-WYDRZ7NO.js";
import "../chunks/chunk-FRNW5OR4.js";
import "../chunks/chunk-DNEYQCSJ.js";
import "../chunks/chunk-YTVNHKSZ.js";
import "../chunks/chunk-SHYAP56T.js";
import "../chunks/chunk-S3HHSSIH.js";
import "../chunks/chunk-5S5N2QZM.js";
import "../chunks/chunk-XJ7OGUP3.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-RUFAIL7O.js";
import "../chunks/chunk-CP6GI6PX.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};

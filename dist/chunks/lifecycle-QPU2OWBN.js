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
} from "./chunk-NADR7L56.js";
import "./chunk-UMD74GDX.js";
import "./chunk-ZBLZP7ME.js";
import "./chunk-NSQIELOC.js";
import "./chunk-32AUOCHH.js";
import "./chunk-JW5MEVOW.js";
import "./chunk-BTER6UUI.js";
import "./chunk-PGZZHH4L.js";
import "./chunk-S566AFBP.js";
import "./chunk-QZE5634O.js";
import "./chunk-PMI7W65Y.js";
import "./chunk-XM45BAXM.js";
import "./chunk-Z25ZALIU.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-SCIR3M4K.js";
import "./chunk-5WLR4FQL.js";
import "./chunk-OHIKT4CA.js";
import "./chunk-TBLTF3DN.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};

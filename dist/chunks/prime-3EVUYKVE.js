#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "./chunk-BXNMQRHB.js";
import "./chunk-Y7NEIGIM.js";
import "./chunk-A53KJGUM.js";
import "./chunk-K2PIJ6MK.js";
import "./chunk-NSQIELOC.js";
import "./chunk-VFRKDKUC.js";
import "./chunk-LQBLHCNG.js";
import "./chunk-BTER6UUI.js";
import "./chunk-OTG6H5IL.js";
import "./chunk-MMLWFSIC.js";
import "./chunk-QZE5634O.js";
import "./chunk-5KNRJCLG.js";
import "./chunk-XM45BAXM.js";
import "./chunk-U46IU35T.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-SCIR3M4K.js";
import "./chunk-QBHJYAHV.js";
import "./chunk-OHIKT4CA.js";
import "./chunk-TBLTF3DN.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};

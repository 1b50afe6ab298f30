#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "./chunk-4EIR2L5P.js";
import "./chunk-QEEECNJI.js";
import "./chunk-54YAN27Y.js";
import "./chunk-FGKOWOT7.js";
import "./chunk-J5HHQAVX.js";
import "./chunk-GRAOQVJR.js";
import "./chunk-7Z5RG7RY.js";
import "./chunk-P5X6BTOQ.js";
import "./chunk-GHWBEAFN.js";
import "./chunk-QG2IXCM6.js";
import "./chunk-BSSNCP4O.js";
import "./chunk-EBDSU4R4.js";
import "./chunk-IRCBRFCB.js";
import "./chunk-INDYNK4D.js";
import "./chunk-MHKJKRZB.js";
import "./chunk-QZE5634O.js";
import "./chunk-S6C5VQDB.js";
import "./chunk-XM45BAXM.js";
import "./chunk-4U75GNDY.js";
import "./chunk-6UYIBEJD.js";
import "./chunk-SCIR3M4K.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-ZLHAQOTW.js";
import "./chunk-LYXL3RVC.js";
import "./chunk-O6O72GKM.js";
import "./chunk-IAF4UGKJ.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};

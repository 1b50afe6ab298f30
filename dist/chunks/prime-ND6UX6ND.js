#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "./chunk-V3PNR3GK.js";
import "./chunk-UUSG3ENQ.js";
import "./chunk-DI4F62YS.js";
import "./chunk-J46FQETG.js";
import "./chunk-J5HHQAVX.js";
import "./chunk-45GJLOEA.js";
import "./chunk-7Z5RG7RY.js";
import "./chunk-P5X6BTOQ.js";
import "./chunk-GHWBEAFN.js";
import "./chunk-I2ESGUMS.js";
import "./chunk-4NA3R2AD.js";
import "./chunk-A2YOYYIO.js";
import "./chunk-2DPK2L6S.js";
import "./chunk-INDYNK4D.js";
import "./chunk-Q6DQDJ5S.js";
import "./chunk-QZE5634O.js";
import "./chunk-TTLLYJQS.js";
import "./chunk-XM45BAXM.js";
import "./chunk-Y65M7BX2.js";
import "./chunk-6UYIBEJD.js";
import "./chunk-SCIR3M4K.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-4RSNDMFK.js";
import "./chunk-LYXL3RVC.js";
import "./chunk-O6O72GKM.js";
import "./chunk-IAF4UGKJ.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};

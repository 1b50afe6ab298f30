#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-WEKAGGJI.js";
import "../chunks/chunk-YNE6UDKD.js";
import "../chunks/chunk-ERG3F5S7.js";
import "../chunks/chunk-DNAM66KN.js";
import "../chunks/chunk-DZZCOG6Q.js";
import "../chunks/chunk-Y7BSMQG4.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-GM7JJ7WG.js";
import "../chunks/chunk-DF2ROUNW.js";
import "../chunks/chunk-DQIATJSU.js";
import "../chunks/chunk-C6PMHQHF.js";
import "../chunks/chunk-XRXXOPSH.js";
import "../chunks/chunk-USTQVIVS.js";
import "../chunks/chunk-UABAOYGK.js";
import "../chunks/chunk-HVULRQSG.js";
import "../chunks/chunk-OMSCYZTX.js";
import "../chunks/chunk-P5N6OVBQ.js";
import "../chunks/chunk-7O43D7JW.js";
import "../chunks/chunk-XNAVF6DM.js";
import "../chunks/chunk-RUFAIL7O.js";
import "../chunks/chunk-YHQRZ4FV.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};

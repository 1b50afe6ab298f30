#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-BG43HJMY.js";
import "../chunks/chunk-SIQRAEJO.js";
import "../chunks/chunk-N3UMRZEJ.js";
import "../chunks/chunk-5SFFXBEE.js";
import "../chunks/chunk-6ZBLEGZA.js";
import "../chunks/chunk-5OG2RSIY.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-GM7JJ7WG.js";
import "../chunks/chunk-HSCM6MEC.js";
import "../chunks/chunk-YFV5Y3LH.js";
import "../chunks/chunk-ZKOKBNAQ.js";
import "../chunks/chunk-DQIATJSU.js";
import "../chunks/chunk-KEMYABP5.js";
import "../chunks/chunk-KYEPT5OF.js";
import "../chunks/chunk-FRNW5OR4.js";
import "../chunks/chunk-TIOWCSGZ.js";
import "../chunks/chunk-IRYW3TJE.js";
import "../chunks/chunk-DAKYKAEE.js";
import "../chunks/chunk-P5N6OVBQ.js";
import "../chunks/chunk-5S5N2QZM.js";
import "../chunks/chunk-XNAVF6DM.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-RUFAIL7O.js";
import "../chunks/chunk-YHQRZ4FV.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};

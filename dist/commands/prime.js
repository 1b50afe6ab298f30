#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-Z3RILC3M.js";
import "../chunks/chunk-IMOR2PY4.js";
import "../chunks/chunk-PKDDTL7K.js";
import "../chunks/chunk-GD2JBZI6.js";
import "../chunks/chunk-42FX64TJ.js";
import "../chunks/chunk-LSLUOCSZ.js";
import "../chunks/chunk-YV4WZSTX.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-PGQSYNWK.js";
import "../chunks/chunk-QAK5NZSH.js";
import "../chunks/chunk-U6EQ4VUU.js";
import "../chunks/chunk-3RVKBSYH.js";
import "../chunks/chunk-T4Z2ZGPC.js";
import "../chunks/chunk-WD4CZBO6.js";
import "../chunks/chunk-FDTTEUUK.js";
import "../chunks/chunk-ATVV4DFT.js";
import "../chunks/chunk-PYQJA4NC.js";
import "../chunks/chunk-7KBX6H5T.js";
import "../chunks/chunk-DM7L26JY.js";
import "../chunks/chunk-O7GS7MGR.js";
import "../chunks/chunk-BW3LVNYN.js";
import "../chunks/chunk-7HCBMBWJ.js";
import "../chunks/chunk-K7ZVKXRQ.js";
import "../chunks/chunk-2B4I7V23.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};

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
} from "../chunks/chunk-2BS4KI2C.js";
import "../chunks/chunk-4UMU46C3.js";
import "../chunks/chunk-YKN77QSG.js";
import "../chunks/chunk-IRMJ7G4O.js";
import "../chunks/chunk-QU6SXSJY.js";
import "../chunks/chunk-YOWMMQL5.js";
import "../chunks/chunk-ICO5EHK6.js";
import "../chunks/chunk-JZ2O7DS5.js";
import "../chunks/chunk-EL6VZ225.js";
import "../chunks/chunk-LSZ6TB55.js";
import "../chunks/chunk-TUFEE5PR.js";
import "../chunks/chunk-XHG4KCFL.js";
import "../chunks/chunk-EEYO4645.js";
import "../chunks/chunk-FGL77RPM.js";
import "../chunks/chunk-7E5CRINH.js";
import "../chunks/chunk-NNPSBKSI.js";
import "../chunks/chunk-LMSMW57Z.js";
import "../chunks/chunk-HUG4EZO3.js";
import "../chunks/chunk-FRQYFUSM.js";
import "../chunks/chunk-X2JOUVYR.js";
import "../chunks/chunk-MLNENVTA.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};

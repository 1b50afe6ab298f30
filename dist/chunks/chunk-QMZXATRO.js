#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));

// src/generated/build-id.ts
var BUILD_ID = "fe365072ee5a91e0";

// src/core/version.ts
var PACKAGE_VERSION = "0.1.0";
var CACHE_STAMP = `${PACKAGE_VERSION}+${BUILD_ID}`;

export {
  PACKAGE_VERSION,
  CACHE_STAMP
};

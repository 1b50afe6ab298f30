#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
const require = __hgCreateRequire(import.meta.url);
import {
  InternalError
} from "./chunk-GPA3PYVT.js";

// src/cli/commands/draft.ts
async function run(_options, _ctx) {
  throw new InternalError("handoff draft is not implemented yet");
}
export {
  run
};

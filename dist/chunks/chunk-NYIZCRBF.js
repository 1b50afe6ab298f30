#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  InputError
} from "./chunk-7XVGDBHD.js";

// src/adapters/stdin.ts
import { isUtf8 } from "node:buffer";
var STDIN_MAX_BYTES = 1024 * 1024;
async function readStdinText(stream, name, maxBytes = STDIN_MAX_BYTES) {
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > maxBytes) {
      throw new InputError(`more than ${maxBytes} bytes on stdin`, { file: name }, "size/too-large");
    }
    chunks.push(buffer);
  }
  let bytes = Buffer.concat(chunks);
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) bytes = bytes.subarray(3);
  if (!isUtf8(bytes)) throw new InputError("stdin is not valid UTF-8", { file: name }, "encoding/utf-8");
  return bytes.toString("utf8").replace(/\r\n/g, "\n");
}

export {
  readStdinText
};

#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
const require = __hgCreateRequire(import.meta.url);

// Builds dist/: the CLI (dist/cli.js) and the Action (dist/index.js) from one esbuild run with
// code splitting, so shared core code is one chunk and each command is loaded only when it runs.
// esbuild was chosen for speed (the whole build takes well under a second, so it runs on every
// change and in CI's staleness check) and because it bundles ESM-only dependencies as they are.

import { chmod, readdir, rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { generateValidators } from './generate-validators.mjs';

await generateValidators();
const result = await build({
  metafile: true,
  entryPoints: { cli: 'src/cli/bin.ts', index: 'src/action/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS dependencies (simple-git, proper-lockfile, ...) call require() for Node builtins.
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __hgCreateRequire } from 'node:module';",
      "import { fileURLToPath as __hgFileURLToPath } from 'node:url';",
      'const require = __hgCreateRequire(import.meta.url);',
      'const __filename = __hgFileURLToPath(import.meta.url);',
      "const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));",
    ].join('\n'),
  },
});

// Remove chunks left from earlier builds (their names carry a content hash) without ever deleting
// dist/ as a whole, so a test reading dist/ while a build runs never sees it missing.
const written = new Set(Object.keys(result.metafile.outputs).map((p) => p.replace(/^dist\//, '')));
for (const file of await readdir(new URL('../dist/chunks', import.meta.url))) {
  if (!written.has(`chunks/${file}`)) await rm(new URL(`../dist/chunks/${file}`, import.meta.url));
}

// The `handoff` bin and the hook run dist/cli.js directly.
await chmod(new URL('../dist/cli.js', import.meta.url), 0o755);

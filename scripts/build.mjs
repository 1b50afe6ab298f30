// Builds dist/: the CLI (dist/cli.js, its commands as chunks in dist/chunks/), the pre-push check
// (dist/check.js) and the Action (dist/index.js, its chunks in dist/action/), and writes
// THIRD_PARTY_NOTICES.md from what the three bundles actually contain.
// esbuild was chosen for speed (the whole build takes well under a second, so it runs on every
// change and in CI's staleness check) and because it bundles ESM-only dependencies as they are.
//
// `handoff check` is built apart, as dist/check.js: the pre-push hook runs it on every push and has
// a budget of about one `node -e ""` on top of node's own start-up. Loaded as a dozen shared chunks
// it spends a good part of that budget on resolving and reading modules; as one file (plus the
// markdown parser's chunks, loaded only when a handoff changed) it loads in a fraction of it. The
// price is a second copy of the shared code in dist/.
//
// The Action is built apart too, into dist/index.js and dist/action/, so the npm package (whose
// `files` list names only the CLI's part of dist/) carries none of its Octokit and undici code: an
// `npm i -D handoff-guard` installs what the CLI runs. GitHub runs the Action from the repository.

import { chmod, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { generateValidators } from './generate-validators.mjs';
import { writeThirdPartyNotices } from './third-party-notices.mjs';

/** Where src/cli/main.ts imports the check command from, and where dist/cli.js finds it. */
const CHECK_COMMAND = { source: './commands/check.js', dist: './check.js' };

const common = {
  metafile: true,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
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
};

/** In the main build, main.ts's import of the check command points at the separate dist/check.js. */
const checkCommandApart = {
  name: 'check-command-apart',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\/check\.js$/ }, (args) =>
      args.path === CHECK_COMMAND.source && args.importer.endsWith('src/cli/main.ts')
        ? { path: CHECK_COMMAND.dist, external: true }
        : undefined,
    );
  },
};

await generateValidators();
const [main, check, action] = await Promise.all([
  build({
    ...common,
    entryPoints: { cli: 'src/cli/bin.ts' },
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [checkCommandApart],
  }),
  build({
    ...common,
    entryPoints: { check: 'src/cli/commands/check.ts' },
    chunkNames: 'chunks/check-[name]-[hash]',
  }),
  build({
    ...common,
    entryPoints: { index: 'src/action/main.ts' },
    chunkNames: 'action/[name]-[hash]',
  }),
]);

// The external path is relative to the file main.ts is bundled into: that must be dist/cli.js.
const cli = await readFile(new URL('../dist/cli.js', import.meta.url), 'utf8');
if (!cli.includes(`import("${CHECK_COMMAND.dist}")`)) {
  throw new Error(`dist/cli.js does not import ${CHECK_COMMAND.dist}: src/cli/main.ts moved to a chunk?`);
}

// Remove chunks left from earlier builds (their names carry a content hash) without ever deleting
// dist/ as a whole, so a test reading dist/ while a build runs never sees it missing.
const written = new Set(
  [main, check, action].flatMap((result) =>
    Object.keys(result.metafile.outputs).map((p) => p.replace(/^dist\//, '')),
  ),
);
for (const folder of ['chunks', 'action']) {
  const url = new URL(`../dist/${folder}/`, import.meta.url);
  await mkdir(url, { recursive: true });
  for (const file of await readdir(url)) {
    if (!written.has(`${folder}/${file}`)) await rm(new URL(file, url));
  }
}

await writeThirdPartyNotices(
  { cli: [main.metafile, check.metafile], action: [action.metafile] },
  new URL('../THIRD_PARTY_NOTICES.md', import.meta.url),
);

// The `handoff` bin and the hook run dist/cli.js directly.
await chmod(new URL('../dist/cli.js', import.meta.url), 0o755);

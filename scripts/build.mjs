// Builds dist/: the CLI (dist/cli.js, its commands as chunks in dist/chunks/), the `handoff` bin
// with the pre-push check (dist/handoff.cjs and dist/check.cjs) and the Action (dist/index.js, its
// chunks in dist/action/), and writes THIRD_PARTY_NOTICES.md from what the bundles actually contain.
// esbuild was chosen for speed (the whole build takes well under a second, so it runs on every
// change and in CI's staleness check) and because it bundles ESM-only dependencies as they are.
//
// The pre-push hook runs on every push and has a budget of a few milliseconds on top of node's own
// start-up. So the `handoff` bin is a small CommonJS launcher (src/cli/launcher.ts): for the hook
// stub's command line it loads dist/check.cjs, the check command as one CommonJS file, through V8's
// code cache (src/cli/code-cache.ts), which needs a classic script: no ES module loader, no module
// resolution, no compile once the cache is warm. Any other command line imports dist/cli.js. The
// price is a second copy of the check code in dist/ (dist/cli.js has its own, in its chunks).
//
// The Action is built apart too, into dist/index.js and dist/action/, so the npm package (whose
// `files` list names only the CLI's part of dist/) carries none of its Octokit and undici code: an
// `npm i -D handoff-guard` installs what the CLI runs. GitHub runs the Action from the repository.

import { chmod, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { generateValidators } from './generate-validators.mjs';
import { writeThirdPartyNotices } from './third-party-notices.mjs';

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

/**
 * Libraries the check loads only now and then (re2js for a config with look-around patterns,
 * simple-git for remote commands, proper-lockfile for registry writes) stay out of dist/check.cjs,
 * whose every byte the hook reads and hashes on each push: each is its own file in dist/lib/, which
 * the bundle requires when the library is first imported.
 */
const LAZY_LIBRARIES = ['re2js', 'simple-git', 'proper-lockfile'];
const lazyLibrariesApart = {
  name: 'lazy-libraries-apart',
  setup(pluginBuild) {
    const filter = new RegExp(`^(${LAZY_LIBRARIES.join('|')})$`);
    pluginBuild.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'lazy-library' }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'lazy-library' }, (args) => ({
      // `__dirname` is dist/, where check.cjs runs (code-cache.ts passes it).
      contents: `module.exports = require(require('node:path').join(__dirname, 'lib', ${JSON.stringify(`${args.path}.cjs`)}));`,
      loader: 'js',
    }));
  },
};

/** The launcher and the check bundle are classic scripts: they must not keep an `import()`. */
const commonJs = {
  ...common,
  splitting: false,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  banner: { js: '#!/usr/bin/env node' },
};

await generateValidators();
const [main, hook, lazyLibraries, action] = await Promise.all([
  build({
    ...common,
    entryPoints: { cli: 'src/cli/bin.ts' },
    chunkNames: 'chunks/[name]-[hash]',
  }),
  build({
    ...commonJs,
    entryPoints: { handoff: 'src/cli/launcher.ts', check: 'src/cli/hook-entry.ts' },
    // The launcher imports dist/cli.js by its path at run time; nothing of it is bundled here.
    plugins: [lazyLibrariesApart],
  }),
  build({
    ...commonJs,
    banner: {},
    entryPoints: Object.fromEntries(LAZY_LIBRARIES.map((name) => [`lib/${name}`, name])),
  }),
  build({
    ...common,
    entryPoints: { index: 'src/action/main.ts' },
    chunkNames: 'action/[name]-[hash]',
  }),
]);

for (const file of ['handoff.cjs', 'check.cjs']) {
  const text = await readFile(new URL(`../dist/${file}`, import.meta.url), 'utf8');
  // vm.Script (code-cache.ts) gives the bundle no way to import: a dynamic import() would fail there.
  // (A type in a JSDoc comment, `{import('./x.js').T}`, is not one.)
  if (file === 'check.cjs' && /(?:^|[^{\w.$])import\(/m.test(text))
    throw new Error('dist/check.cjs holds an import()');
  if (/\bimport\.meta\b/.test(text)) throw new Error(`dist/${file} uses import.meta, which CommonJS has not`);
}
for (const old of ['check.js']) await rm(new URL(`../dist/${old}`, import.meta.url), { force: true });

// Remove chunks left from earlier builds (their names carry a content hash) without ever deleting
// dist/ as a whole, so a test reading dist/ while a build runs never sees it missing.
const written = new Set(
  [main, hook, lazyLibraries, action].flatMap((result) =>
    Object.keys(result.metafile.outputs).map((p) => p.replace(/^dist\//, '')),
  ),
);
for (const folder of ['chunks', 'action', 'lib']) {
  const url = new URL(`../dist/${folder}/`, import.meta.url);
  await mkdir(url, { recursive: true });
  for (const file of await readdir(url)) {
    if (!written.has(`${folder}/${file}`)) await rm(new URL(file, url));
  }
}

await writeThirdPartyNotices(
  { cli: [main.metafile, hook.metafile, lazyLibraries.metafile], action: [action.metafile] },
  new URL('../THIRD_PARTY_NOTICES.md', import.meta.url),
);

// The `handoff` bin is dist/handoff.cjs; dist/cli.js runs directly too (`node dist/cli.js`, `./dist/cli.js`).
await chmod(new URL('../dist/cli.js', import.meta.url), 0o755);
await chmod(new URL('../dist/handoff.cjs', import.meta.url), 0o755);

// Builds dist/: the CLI (dist/cli.cjs and, as ES modules, dist/cli.js and the commands in
// dist/commands/, with their shared chunks in dist/chunks/), the `handoff` bin
// with the pre-push check (dist/handoff.cjs and dist/check.cjs) and the Action (dist/index.js, its
// chunks in dist/action/), and writes THIRD_PARTY_NOTICES.md from what the bundles actually contain.
// esbuild was chosen for speed (the whole build takes well under a second, so it runs on every
// change and in CI's staleness check) and because it bundles ESM-only dependencies as they are.
//
// The pre-push hook runs on every push and has a budget of a few milliseconds on top of node's own
// start-up. So the `handoff` bin is a small CommonJS launcher (src/cli/launcher.ts): for the hook
// stub's command line it loads dist/check.cjs, the check command as one CommonJS file, through V8's
// code cache (src/cli/code-cache.ts), which needs a classic script: no ES module loader, no module
// resolution, no compile once the cache is warm. Any other command line requires dist/cli.cjs, which
// runs `check`, `resume`, `status` and `draft` from their own such bundles too (BUNDLED_COMMANDS below).
//
// The Action is built apart too, into dist/index.js and dist/action/, so the npm package (whose
// `files` list names only the CLI's part of dist/) carries none of its Octokit and undici code: an
// `npm i -D handoff-guard` installs what the CLI runs. GitHub runs the Action from the repository.

import { isAscii } from 'node:buffer';
import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeBuildId } from './build-id.mjs';
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
 * Libraries the commands load only now and then (re2js for a config with look-around patterns,
 * simple-git for remote commands, proper-lockfile for registry writes, saxes and tinyglobby for test
 * reports, which `resume` and `draft` read only when given) stay out of the CommonJS
 * bundles, whose every byte is read and compiled on each run: each is its own file in dist/lib/,
 * which a bundle requires when the library is first imported.
 */
const LAZY_LIBRARIES = ['re2js', 'simple-git', 'proper-lockfile', 'saxes', 'tinyglobby'];
const lazyLibrariesApart = {
  name: 'lazy-libraries-apart',
  setup(pluginBuild) {
    const filter = new RegExp(`^(${LAZY_LIBRARIES.join('|')})$`);
    pluginBuild.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'lazy-library' }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'lazy-library' }, (args) => ({
      // `__dirname` is dist/, where the bundles run (code-cache.ts passes it).
      contents: `module.exports = require(require('node:path').join(__dirname, 'lib', ${JSON.stringify(`${args.path}.cjs`)}));`,
      loader: 'js',
    }));
  },
};

/**
 * fdir (under tinyglobby, the report globs) tries at load time to `require("picomatch")` from the disk,
 * as a fallback for a `.glob()` tinyglobby never calls (it brings its own picomatch, bundled). From
 * an installed package that finds whatever picomatch the user's project has, and loading it cost every
 * draft ~5 ms. The bundles leave that lookup out; the build fails if fdir's code changes under it.
 */
const FDIR_DISK_PICOMATCH = '__require.resolve("picomatch");\n\tpm = __require("picomatch");';
const fdirWithoutDiskPicomatch = {
  name: 'fdir-without-disk-picomatch',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]node_modules[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes(FDIR_DISK_PICOMATCH))
        throw new Error(
          `${args.path} no longer loads picomatch as build.mjs expects: check fdirWithoutDiskPicomatch`,
        );
      return { contents: text.replace(FDIR_DISK_PICOMATCH, ''), loader: 'js' };
    });
  },
};

/**
 * Commands the program runs from a CommonJS bundle of their own, `dist/<name>.cjs`, compiled from V8's
 * code cache (src/cli/code-cache.ts) like the hook's check: the ones an agent runs at the start and
 * the end of every session (resume, status, draft, and `hook`, which an agent tool runs at every
 * session start and stop: as ES modules a Stop hook took 264 ms, from its bundle 168 ms) and CI on
 * every pull request. Each bundle carries
 * its own copy of what it uses (the report readers too: a CommonJS bundle cannot leave a dynamic
 * import for later), so the others, run once a session or less, stay ES modules. As ES modules a
 * draft spent ~50 ms compiling its module graph. main.ts imports `./commands/<name>.js`; in
 * dist/cli.js that import is a small chunk that requires the bundle, in dist/cli.cjs the require.
 * (The check's bundle is the hook's, dist/check.cjs.) Errors keep their kind across bundles: see
 * the brands in src/core/errors.ts.
 */
const BUNDLED_COMMANDS = ['check', 'resume', 'status', 'draft', 'hook'];
/**
 * Commands served by another command's bundle, which exports their `run` as `run_<name>`: `prime`
 * is the session-start hook's brief as a command (tools with no lifecycle hooks run it at every
 * session start), and the hook's bundle holds all of it already (a bundle of its own: ~200 kB more
 * in the package).
 */
const BUNDLE_OF = { prime: 'hook' };
/** The bundle that serves command `name` and the export its `run` is, or undefined for an ES module command. */
function bundleServing(name) {
  if (BUNDLED_COMMANDS.includes(name)) return { bundle: name, run: 'run' };
  if (Object.hasOwn(BUNDLE_OF, name)) return { bundle: BUNDLE_OF[name], run: `run_${name}` };
  return undefined;
}
/** The other commands: ES modules, each an entry of its own, `dist/commands/<name>.js`. */
const MODULE_COMMANDS = (await readdir(new URL('../src/cli/commands/', import.meta.url)))
  .map((file) => file.replace(/\.ts$/, ''))
  .filter((name) => bundleServing(name) === undefined)
  .sort();
const MAIN_TS = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const CODE_CACHE_TS = fileURLToPath(new URL('../src/cli/code-cache.ts', import.meta.url));
const commandsFromBundles = {
  name: 'commands-from-bundles',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\/commands\/[\w-]+\.js$/ }, (args) => {
      const name = /([\w-]+)\.js$/.exec(args.path)?.[1];
      if (args.importer !== MAIN_TS || bundleServing(name) === undefined) return undefined;
      return { path: name, namespace: 'command-bundle' };
    });
    pluginBuild.onLoad({ filter: /.*/, namespace: 'command-bundle' }, (args) => {
      const served = bundleServing(args.path);
      return {
        // A chunk in dist/chunks/ (checked below): the bundle is one folder up.
        contents: [
          "import { createRequire } from 'node:module';",
          "import { fileURLToPath } from 'node:url';",
          `import { requireBundle } from ${JSON.stringify(CODE_CACHE_TS)};`,
          `const file = fileURLToPath(new URL(${JSON.stringify(`../${served.bundle}.cjs`)}, import.meta.url));`,
          'const bundle = requireBundle(file, createRequire(file));',
          `export const run = bundle.${served.run};`,
        ].join('\n'),
        resolveDir: dirname(CODE_CACHE_TS),
        loader: 'js',
      };
    });
  },
};

/**
 * The full program as CommonJS, dist/cli.cjs, which the `handoff` bin requires for every command line
 * but the hook's: node loads a CommonJS file ~15 ms sooner than the same program as ES modules
 * (dist/cli.js), and `resume` and `status` start every agent session, `draft` ends it. main.ts's commands come from
 * their bundles (`dist/<name>.cjs`) or, for the rest, from their ES module entries in dist/commands/,
 * by a dynamic import that stays one: cli.cjs is an ordinary CommonJS module, where node supports it.
 */
const commandsForCommonJs = {
  name: 'commands-for-commonjs',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\/commands\/[\w-]+\.js$/ }, (args) => {
      const name = /([\w-]+)\.js$/.exec(args.path)?.[1];
      if (args.importer !== MAIN_TS) return undefined;
      if (bundleServing(name) !== undefined) return { path: name, namespace: 'command-bundle-cjs' };
      return { path: `./commands/${name}.js`, external: true };
    });
    pluginBuild.onLoad({ filter: /.*/, namespace: 'command-bundle-cjs' }, (args) => {
      const served = bundleServing(args.path);
      return {
        // `__dirname` is dist/, where cli.cjs runs.
        contents: [
          `const { requireBundle } = require(${JSON.stringify(CODE_CACHE_TS)});`,
          `const bundle = requireBundle(require('node:path').join(__dirname, ${JSON.stringify(`${served.bundle}.cjs`)}), require);`,
          `module.exports = ${served.run === 'run' ? 'bundle' : `{ run: bundle.${served.run} }`};`,
        ].join('\n'),
        resolveDir: dirname(CODE_CACHE_TS),
        loader: 'js',
      };
    });
  },
};

/**
 * The commands whose plain command line the launcher runs without commander (DIRECT_COMMANDS in
 * src/cli/direct-lines.ts; a test holds the two lists to the same names). Their bundle's entry is the
 * command module and the shell that runs it from such a line (src/cli/direct-run.ts); the other
 * bundled commands' entry is their module alone.
 */
const DIRECT_COMMANDS = ['resume', 'status'];
const DIRECT_RUN_TS = fileURLToPath(new URL('../src/cli/direct-run.ts', import.meta.url));
const commandEntries = {
  name: 'command-entries',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^command-entry:/ }, (args) => ({
      path: args.path.slice('command-entry:'.length),
      namespace: 'command-entry',
    }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'command-entry' }, (args) => {
      const command = fileURLToPath(new URL(`../src/cli/commands/${args.path}.ts`, import.meta.url));
      return {
        contents: [
          `export * from ${JSON.stringify(command)};`,
          // The commands this bundle serves besides its own (BUNDLE_OF), as `run_<name>`.
          ...Object.entries(BUNDLE_OF)
            .filter(([, bundle]) => bundle === args.path)
            .map(
              ([name]) =>
                `export { run as run_${name} } from ${JSON.stringify(fileURLToPath(new URL(`../src/cli/commands/${name}.ts`, import.meta.url)))};`,
            ),
          ...(DIRECT_COMMANDS.includes(args.path)
            ? [`export { runDirectLine } from ${JSON.stringify(DIRECT_RUN_TS)};`]
            : []),
        ].join('\n'),
        resolveDir: dirname(command),
        loader: 'ts',
      };
    });
  },
};

/** The launcher and the command bundles are classic scripts: they must not keep an `import()`. */
const commonJs = {
  ...common,
  splitting: false,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  // Bundled ES modules that ask for their own URL (fdir: `createRequire(import.meta.url)`) get the
  // bundle's; left alone, esbuild would give them an empty import.meta.
  define: { 'import.meta.url': '__hgImportMetaUrl' },
  banner: {
    js: [
      '#!/usr/bin/env node',
      "const __hgImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
    ].join('\n'),
  },
};

await generateValidators();
// After the validators, which it hashes with the rest of src/.
await writeBuildId();
const [main, mainCommonJs, hook, lazyLibraries, action] = await Promise.all([
  build({
    ...common,
    entryPoints: {
      cli: 'src/cli/bin.ts',
      ...Object.fromEntries(
        MODULE_COMMANDS.map((name) => [`commands/${name}`, `src/cli/commands/${name}.ts`]),
      ),
    },
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [commandsFromBundles, fdirWithoutDiskPicomatch],
  }),
  build({
    ...commonJs,
    entryPoints: { cli: 'src/cli/bin.ts' },
    plugins: [commandsForCommonJs, fdirWithoutDiskPicomatch],
  }),
  build({
    ...commonJs,
    entryPoints: {
      handoff: 'src/cli/launcher.ts',
      check: 'src/cli/hook-entry.ts',
      ...Object.fromEntries(
        BUNDLED_COMMANDS.filter((name) => name !== 'check').map((name) => [name, `command-entry:${name}`]),
      ),
    },
    // The launcher requires dist/cli.cjs by its path at run time; nothing of it is bundled here.
    plugins: [commandEntries, lazyLibrariesApart, fdirWithoutDiskPicomatch],
  }),
  build({
    ...commonJs,
    banner: { js: commonJs.banner.js.split('\n').slice(1).join('\n') },
    entryPoints: Object.fromEntries(LAZY_LIBRARIES.map((name) => [`lib/${name}`, name])),
  }),
  build({
    ...common,
    entryPoints: { index: 'src/action/main.ts' },
    chunkNames: 'action/[name]-[hash]',
    plugins: [fdirWithoutDiskPicomatch],
  }),
]);

// The CommonJS outputs: the bundles code-cache.ts loads (through vm.Script, which gives them no way to
// import), the launcher, and cli.cjs, an ordinary module whose only dynamic imports are the ES module
// commands. (A type in a JSDoc comment, `{import('./x.js').T}`, is no import.)
const CODE_CACHED = BUNDLED_COMMANDS.map((name) => `${name}.cjs`);
// The one dynamic import each may keep: the launcher's importer, and cli.cjs's fallback to it.
const DYNAMIC_IMPORTS = { 'handoff.cjs': ['specifier'], 'cli.cjs': ['specifier'] };
// The launcher loads cli.cjs through the code cache too, where `import()` has no loader: its imports of
// the ES module commands go through `__hgImportModule`, the launcher's own `import` (code-cache.ts),
// or, when node itself loads cli.cjs (`require('handoff-guard/dist/cli.cjs')`), a plain import().
const COMMAND_IMPORT = 'import("./commands/';
const IMPORTER =
  'var __hgImport = typeof __hgImportModule === "function" ? __hgImportModule : (specifier) => import(specifier);';
{
  const url = new URL('../dist/cli.cjs', import.meta.url);
  const text = await readFile(url, 'utf8');
  if (!text.includes(COMMAND_IMPORT))
    throw new Error(`dist/cli.cjs has no ${COMMAND_IMPORT}…): the build changed`);
  // After the "use strict" directive, which must stay the first statement.
  const strict = '"use strict";\n';
  const at = text.indexOf(strict) + strict.length;
  if (at < strict.length) throw new Error('dist/cli.cjs has no "use strict" directive');
  const withImporter = `${text.slice(0, at)}${IMPORTER}\n${text.slice(at)}`;
  await writeFile(url, withImporter.replaceAll(COMMAND_IMPORT, '__hgImport("./commands/'));
}
const IMPORT_META_URL_LINE = commonJs.banner.js.split('\n')[1];
for (const file of ['handoff.cjs', 'cli.cjs', ...CODE_CACHED]) {
  const url = new URL(`../dist/${file}`, import.meta.url);
  let text = await readFile(url, 'utf8');
  // The banner's URL is for a bundled module that asks for its own; where none does, the line goes
  // (it costs ~0.5 ms of node:url on every run of the hook).
  if (text.split('__hgImportMetaUrl').length === 2) {
    text = text.replace(`${IMPORT_META_URL_LINE}\n`, '');
    await writeFile(url, text);
  }
  const allowed = DYNAMIC_IMPORTS[file] ?? [];
  const imports = [...text.matchAll(/(?:^|[^{\w.$])import\(([^)]*)\)/gm)].map((m) => m[1]);
  if (imports.some((specifier) => !allowed.includes(specifier)))
    throw new Error(
      `dist/${file} imports ${imports.join(', ')}; it may import only: ${allowed.join(', ') || 'nothing'}`,
    );
  // ASCII, so code-cache.ts reads it without UTF-8 decoding: write `\u2026`, not the character, in a
  // regular expression, and keep comments esbuild keeps in plain ASCII.
  if (CODE_CACHED.includes(file) && !isAscii(Buffer.from(text))) {
    const line = text.split('\n').findIndex((row) => !isAscii(Buffer.from(row)));
    throw new Error(`dist/${file}:${line + 1} is not ASCII: ${text.split('\n')[line]?.trim().slice(0, 120)}`);
  }
  // esbuild's stand-in for an import.meta it could not define: an empty object.
  if (/\bimport\.meta\b|\bvar import_meta\d* = \{\}/.test(text))
    throw new Error(`dist/${file} uses import.meta, which CommonJS has not`);
}
// Each command's loader must sit in dist/chunks/, where `../<name>.cjs` is the bundle.
for (const [output, meta] of Object.entries(main.metafile.outputs)) {
  const loaders = Object.keys(meta.inputs).filter((input) => input.startsWith('command-bundle:'));
  if (loaders.length > 0 && !output.startsWith('dist/chunks/'))
    throw new Error(`${loaders.join(', ')} was bundled into ${output}, not a chunk in dist/chunks/`);
}

// Remove chunks left from earlier builds (their names carry a content hash) without ever deleting
// dist/ as a whole, so a test reading dist/ while a build runs never sees it missing.
const written = new Set(
  [main, mainCommonJs, hook, lazyLibraries, action].flatMap((result) =>
    Object.keys(result.metafile.outputs).map((p) => p.replace(/^dist\//, '')),
  ),
);
// Bundles of commands no longer bundled apart.
for (const file of await readdir(new URL('../dist/', import.meta.url))) {
  if (file.endsWith('.cjs') && !written.has(file)) await rm(new URL(`../dist/${file}`, import.meta.url));
}
for (const folder of ['chunks', 'commands', 'action', 'lib']) {
  const url = new URL(`../dist/${folder}/`, import.meta.url);
  await mkdir(url, { recursive: true });
  for (const file of await readdir(url)) {
    if (!written.has(`${folder}/${file}`)) await rm(new URL(file, url));
  }
}

await writeThirdPartyNotices(
  {
    cli: [main.metafile, mainCommonJs.metafile, hook.metafile, lazyLibraries.metafile],
    action: [action.metafile],
  },
  new URL('../THIRD_PARTY_NOTICES.md', import.meta.url),
);

// The `handoff` bin is dist/handoff.cjs; dist/cli.js runs directly too (`node dist/cli.js`, `./dist/cli.js`).
await chmod(new URL('../dist/cli.js', import.meta.url), 0o755);
await chmod(new URL('../dist/handoff.cjs', import.meta.url), 0o755);

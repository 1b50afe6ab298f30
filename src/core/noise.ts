/**
 * Noise is not news: files whose changes a person resuming the work does not need to read first —
 * lockfiles, vendored code, generated files and translations. A draft summarises them on one line
 * instead of ranking them first (a regenerated `package-lock.json` would otherwise top every list).
 *
 * `.gitattributes` decides first, as on GitHub (Linguist): `linguist-generated` / `linguist-vendored`
 * set make a file generated / vendored; set to false (`-linguist-generated`, `linguist-generated=false`)
 * they make it ordinary even when the default list below names it. Then the default list (also in
 * docs/drafting.md):
 *
 * - lockfile: package-lock.json, npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml, bun.lock(b),
 *   deno.lock, Cargo.lock, Gemfile.lock, poetry.lock, Pipfile.lock, uv.lock, pdm.lock, composer.lock,
 *   go.sum, mix.lock, pubspec.lock, Podfile.lock, Package.resolved, packages.lock.json, flake.lock,
 *   gradle.lockfile, *.lock.json
 * - vendored: a path under vendor/, third_party/, third-party/, node_modules/, bower_components/,
 *   Godeps/, .yarn/releases/, .yarn/plugins/; .pnp.cjs, .pnp.js, .pnp.loader.mjs
 * - generated: *.min.js, *.min.css, *.map, *.pb.go, *_pb2.py, *_pb2_grpc.py, *.g.dart, *.designer.cs,
 *   *.generated.*, *.snap (test snapshots), a path under dist/ or __generated__/
 * - translation: *.po, *.pot, *.mo, *.xlf, *.xliff
 */

export type NoiseKind = 'lockfile' | 'vendored' | 'generated' | 'translation';

/** A file's Linguist attributes: true set, false explicitly unset, undefined unspecified. */
export interface LinguistAttributes {
  generated?: boolean;
  vendored?: boolean;
}

const LOCKFILES = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'bun.lockb',
  'deno.lock',
  'cargo.lock',
  'gemfile.lock',
  'poetry.lock',
  'pipfile.lock',
  'uv.lock',
  'pdm.lock',
  'composer.lock',
  'go.sum',
  'mix.lock',
  'pubspec.lock',
  'podfile.lock',
  'package.resolved',
  'packages.lock.json',
  'flake.lock',
  'gradle.lockfile',
]);

const VENDORED_DIRS =
  /(?:^|\/)(?:vendor|third_party|third-party|node_modules|bower_components|Godeps|\.yarn\/releases|\.yarn\/plugins)\/|(?:^|\/)\.pnp\.(?:c?js|loader\.mjs)$/;
const GENERATED_DIRS = /(?:^|\/)(?:dist|__generated__)\//;
const GENERATED_NAMES =
  /(?:\.min\.(?:js|css)|\.map|\.pb\.go|_pb2(?:_grpc)?\.py|\.g\.dart|\.designer\.cs|\.snap|\.lock\.json)$|\.generated\./i;
const TRANSLATIONS = /\.(?:po|pot|mo|xlf|xliff)$/i;

export function noiseKind(path: string, attributes: LinguistAttributes = {}): NoiseKind | undefined {
  if (attributes.generated === true) return 'generated';
  if (attributes.vendored === true) return 'vendored';
  const name = (path.split('/').pop() ?? path).toLowerCase();
  const byDefault = defaultKind(path, name);
  if (byDefault === 'generated' && attributes.generated === false) return undefined;
  if (byDefault === 'vendored' && attributes.vendored === false) return undefined;
  if (byDefault === 'lockfile' && attributes.generated === false) return undefined;
  return byDefault;
}

function defaultKind(path: string, name: string): NoiseKind | undefined {
  if (LOCKFILES.has(name)) return 'lockfile';
  if (VENDORED_DIRS.test(path)) return 'vendored';
  if (GENERATED_NAMES.test(name) || GENERATED_DIRS.test(path)) return 'generated';
  if (TRANSLATIONS.test(name)) return 'translation';
  return undefined;
}

/** Reads `git check-attr -z linguist-generated linguist-vendored -- paths…`: path -> attributes. */
export function parseLinguistAttributes(output: string): Map<string, LinguistAttributes> {
  const tokens = output.split('\0');
  const result = new Map<string, LinguistAttributes>();
  for (let i = 0; i + 2 < tokens.length; i += 3) {
    const path = tokens[i] as string;
    const attribute = tokens[i + 1];
    const value = tokens[i + 2];
    const state =
      value === 'set' || value === 'true' ? true : value === 'unset' || value === 'false' ? false : undefined;
    if (state === undefined) continue;
    const entry = result.get(path) ?? {};
    if (attribute === 'linguist-generated') entry.generated = state;
    else if (attribute === 'linguist-vendored') entry.vendored = state;
    result.set(path, entry);
  }
  return result;
}

/** Words for a kind in a summary line: `2 lockfiles`. */
export function noiseKindWords(kind: NoiseKind, count: number): string {
  const one = {
    lockfile: 'lockfile',
    vendored: 'vendored file',
    generated: 'generated file',
    translation: 'translation',
  }[kind];
  return `${count} ${count === 1 ? one : `${one}s`}`;
}

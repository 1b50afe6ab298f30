// Writes src/generated/build-id.ts: a hash of what decides the program's behaviour (every file under
// src/ and schema/ but this one, and the locked dependency versions). The caches a check keeps (the
// document cache, remembered snapshots and listings in .git/handoff-guard/, V8's code cache) are
// keyed by it beside the package version: builds of one version (a git install, an Action pinned to a
// branch, a self-hosted runner's kept .git) differ in their rules, and a cache made by one must never
// be trusted by another. Line endings are read as LF, so a checkout on Windows hashes the same.

import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUT = join(ROOT, 'src', 'generated', 'build-id.ts');

async function filesUnder(folder) {
  const entries = await readdir(join(ROOT, folder), { withFileTypes: true, recursive: true });
  // Source files only: an editor's or a file manager's leftovers (`.DS_Store`, `x.ts~`) beside them
  // must not change the build.
  return entries
    .filter(
      (entry) => entry.isFile() && !entry.name.startsWith('.') && /\.(?:[cm]?[jt]s|json)$/.test(entry.name),
    )
    .map((entry) =>
      relative(ROOT, join(entry.parentPath ?? entry.path, entry.name))
        .split(sep)
        .join('/'),
    );
}

export async function writeBuildId() {
  const files = [...(await filesUnder('src')), ...(await filesUnder('schema')), 'package-lock.json']
    .filter((file) => file !== 'src/generated/build-id.ts')
    .sort();
  const hash = createHash('sha256');
  for (const file of files) {
    const text = (await readFile(join(ROOT, file), 'utf8')).replace(/\r\n/g, '\n');
    hash.update(`${file}\0${text.length}\0${text}\0`);
  }
  const id = hash.digest('hex').slice(0, 16);
  await writeFile(
    OUTPUT,
    `// Written by scripts/build-id.mjs (npm run build): a hash of src/, schema/ and package-lock.json.\nexport const BUILD_ID = '${id}';\n`,
  );
  return id;
}

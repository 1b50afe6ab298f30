// After `changeset version` bumps package.json: the same version in src/core/version.ts, which the
// CLI prints and caches are keyed by (a test keeps the two equal). Run by `npm run release:version`.
import { readFile, writeFile } from 'node:fs/promises';

const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const file = new URL('../src/core/version.ts', import.meta.url);
const text = await readFile(file, 'utf8');
const next = text.replace(/PACKAGE_VERSION = '[^']*'/, `PACKAGE_VERSION = '${version}'`);
if (!next.includes(`PACKAGE_VERSION = '${version}'`))
  throw new Error('src/core/version.ts has no PACKAGE_VERSION');
await writeFile(file, next);

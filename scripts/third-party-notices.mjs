// THIRD_PARTY_NOTICES.md from esbuild's metafiles: every package whose code is in a bundle, with
// its version, its licence and the text of its licence files. The bundles strip the packages' own
// comments (`legalComments: 'none'`), and MIT, ISC, BSD and Apache-2.0 all ask that the notice
// travel with the code: this file is that notice, shipped in the npm package and the repository.
// It is written from what esbuild actually bundled, so a dependency added or dropped changes it,
// and CI's up-to-date check catches a stale copy.

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Files a package keeps its licence and notices in. */
const LICENCE_FILE = /^(licen[cs]e|copying|notice)([.-].*)?$/i;

/** `node_modules/a/node_modules/@s/b/lib/x.js` → `node_modules/a/node_modules/@s/b`. */
function packageDirOf(input) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replace(/\\/g, '/'));
  return match?.[1];
}

/** The folder holding the package.json that names the package (some keep a package.json per subfolder). */
async function readPackage(dir) {
  const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  const licence =
    typeof manifest.license === 'string'
      ? manifest.license
      : (manifest.license?.type ??
        (Array.isArray(manifest.licenses)
          ? manifest.licenses.map((l) => l.type ?? l).join(' OR ')
          : undefined));
  const texts = [];
  for (const name of (await readdir(dir)).sort()) {
    if (!LICENCE_FILE.test(name)) continue;
    texts.push({ name, text: (await readFile(join(dir, name), 'utf8')).replace(/\r\n/g, '\n').trim() });
  }
  // No licence file: the licence section of the README, else the declared licence's standard text.
  if (texts.length === 0) {
    const readme = (await readdir(dir)).find((name) => /^readme(\.md)?$/i.test(name));
    const section = readme && licenceSection(await readFile(join(dir, readme), 'utf8'));
    if (section) texts.push({ name: `${readme} (licence section)`, text: section });
    else if (STANDARD_TEXT[licence]) {
      const author = typeof manifest.author === 'string' ? manifest.author : manifest.author?.name;
      texts.push({
        name: `${licence} licence text (the package ships none; copyright holder from its package.json)`,
        text: STANDARD_TEXT[licence](author ?? manifest.name),
      });
    }
  }
  return {
    name: manifest.name,
    version: manifest.version,
    licence: licence ?? 'UNKNOWN',
    homepage: typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url,
    texts,
  };
}

/** The "License" section of a README (a `#` heading or an underlined one), without its heading. */
function licenceSection(readme) {
  const lines = readme.replace(/\r\n/g, '\n').split('\n');
  const isUnderline = (line) => /^[-=]{3,}\s*$/.test(line ?? '');
  const isHeading = (i) =>
    /^#{1,6}\s/.test(lines[i]) || (lines[i].trim() !== '' && isUnderline(lines[i + 1]));
  const start = lines.findIndex(
    (line, i) =>
      /^(#{1,6}\s*)?licen[cs]e\b/i.test(line) && (line.startsWith('#') || isUnderline(lines[i + 1])),
  );
  if (start === -1) return undefined;
  let i = start + (lines[start].startsWith('#') ? 1 : 2);
  const body = [];
  for (; i < lines.length && !isHeading(i); i++) body.push(lines[i]);
  const text = body.join('\n').trim();
  return text === '' ? undefined : text;
}

/** The standard texts of the short permissive licences, for a package that ships no licence file. */
const STANDARD_TEXT = {
  MIT: (holder) => `Copyright (c) ${holder}

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`,
  ISC: (holder) => `Copyright (c) ${holder}

Permission to use, copy, modify, and/or distribute this software for any purpose with or without
fee is hereby granted, provided that the above copyright notice and this permission notice appear
in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS
SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE
AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE
OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS
SOFTWARE.`,
};

/**
 * Writes the notices for `bundles` (bundle name → its metafiles) to `file`. Returns the packages,
 * each with the bundles it is in.
 */
export async function writeThirdPartyNotices(bundles, file) {
  const where = new Map();
  for (const [bundle, metafiles] of Object.entries(bundles)) {
    for (const metafile of metafiles) {
      // Only inputs that put bytes in an output count (a file esbuild read and shook away does not).
      for (const output of Object.values(metafile.outputs)) {
        for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
          const dir = packageDirOf(input);
          if (dir === undefined || bytesInOutput === 0) continue;
          if (!where.has(dir)) where.set(dir, new Set());
          where.get(dir).add(bundle);
        }
      }
    }
  }
  const packages = [];
  for (const [dir, inBundles] of where)
    packages.push({ ...(await readPackage(dir)), bundles: [...inBundles].sort() });
  packages.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.version.localeCompare(b.version, 'en'));

  const lines = [
    '# Third-party notices',
    '',
    'handoff-guard bundles the code of the packages below into `dist/` (the CLI in the npm package,',
    'the GitHub Action in the repository). Each is listed with its version, its licence and the text of',
    'the licence files it ships. Generated by `npm run build` (scripts/third-party-notices.mjs) from what',
    'esbuild bundled; do not edit by hand.',
    '',
    '| Package | Version | Licence | In |',
    '| --- | --- | --- | --- |',
    ...packages.map((p) => `| ${p.name} | ${p.version} | ${p.licence} | ${p.bundles.join(', ')} |`),
    '',
  ];
  for (const p of packages) {
    lines.push(
      `## ${p.name}@${p.version}`,
      '',
      `Licence: ${p.licence}${p.homepage ? ` · ${p.homepage}` : ''}`,
      '',
    );
    if (p.texts.length === 0) {
      lines.push(`The package ships no licence file; its package.json declares ${p.licence}.`, '');
    }
    for (const t of p.texts) lines.push(`${t.name}:`, '', '```text', t.text, '```', '');
  }
  await writeFile(file, `${lines.join('\n').trimEnd()}\n`);
  return packages;
}

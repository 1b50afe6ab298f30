/**
 * resolveLinks resolves many details_links at once, listing a folder once instead of resolving each
 * link in it. The shortcut must never let a link through that the one-by-one walk (resolveLink)
 * would refuse: symlinks of files or folders that lead outside, missing files, bad links.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ResolvedLink, resolveLink, resolveLinks } from '../../src/adapters/store.js';
import { TempRepo } from '../helpers/temp-repo.js';

let repo: TempRepo;
let outside: string;
beforeEach(() => {
  repo = TempRepo.init();
  outside = mkdtempSync(join(tmpdir(), 'handoff-outside-'));
  writeFileSync(join(outside, 'secret.md'), 'x');
  mkdirSync(join(outside, 'docs'));
  writeFileSync(join(outside, 'docs/a.md'), 'x');
  writeFileSync(join(outside, 'docs/b.md'), 'x');
});
afterEach(() => {
  repo.remove();
  rmSync(outside, { recursive: true, force: true });
});

async function oneByOne(links: string[]): Promise<ResolvedLink[]> {
  const results: ResolvedLink[] = [];
  for (const link of links) results.push(await resolveLink(repo.dir, link));
  return results;
}

describe('resolveLinks', () => {
  it('resolves links sharing a folder in order, as resolveLink does one by one', async () => {
    repo.write('handoffs/a.md', 'x');
    repo.write('handoffs/b.md', 'x');
    mkdirSync(join(repo.dir, 'handoffs/sub'));
    symlinkSync(join(outside, 'secret.md'), join(repo.dir, 'handoffs/escape.md'));
    symlinkSync(join(repo.dir, 'handoffs/a.md'), join(repo.dir, 'handoffs/alias.md'));
    const links = [
      'handoffs/a.md',
      '../up.md',
      'handoffs/missing.md',
      'handoffs/escape.md',
      './handoffs//b.md',
      '/abs.md',
      'handoffs/alias.md',
      'handoffs/sub',
    ];

    const batch = await resolveLinks(repo.dir, links);

    // The same places and answers; `plain` marks the entries a shared folder's listing showed as
    // files or folders (not symlinks), which a reader opens without following a symlink.
    const withoutPlain = (r: ResolvedLink) => {
      const { plain: _plain, ...rest } = r as ResolvedLink & { plain?: boolean };
      return rest;
    };
    expect(batch.map(withoutPlain)).toEqual((await oneByOne(links)).map(withoutPlain));
    expect(batch.map((r) => r.ok && r.plain === true)).toEqual([
      true,
      false,
      false,
      false,
      true,
      false,
      false,
      true,
    ]);
    expect(batch.map((r) => (r.ok ? (r.exists ? 'exists' : 'missing') : r.rule))).toEqual([
      'exists',
      'path/escapes-repo',
      'missing',
      'path/symlink-escape',
      'exists',
      'path/not-relative',
      'exists',
      'exists',
    ]);
    expect(batch[4]).toEqual({
      ok: true,
      absPath: join(repo.dir, 'handoffs/b.md'),
      exists: true,
      plain: true,
    });
  });

  it('refuses every link in a folder that is a symlink to outside, existing files or not', async () => {
    symlinkSync(join(outside, 'docs'), join(repo.dir, 'elsewhere'));
    const links = ['elsewhere/a.md', 'elsewhere/b.md', 'elsewhere/new.md'];

    const batch = await resolveLinks(repo.dir, links);

    expect(batch).toEqual(await oneByOne(links));
    expect(batch.every((r) => !r.ok && r.rule === 'path/symlink-escape')).toBe(true);
  });

  it('accepts links through a folder symlinked inside the repository', async () => {
    repo.write('docs/a.md', 'x');
    repo.write('docs/b.md', 'x');
    symlinkSync(join(repo.dir, 'docs'), join(repo.dir, 'alias'));

    const batch = await resolveLinks(repo.dir, ['alias/a.md', 'alias/b.md', 'alias/c.md']);

    expect(batch.map((r) => r.ok && r.exists)).toEqual([true, true, false]);
  });

  it('resolves links in a folder that does not exist as missing', async () => {
    const batch = await resolveLinks(repo.dir, ['no/such/a.md', 'no/such/b.md']);
    expect(batch).toEqual([
      { ok: true, absPath: join(repo.dir, 'no/such/a.md'), exists: false },
      { ok: true, absPath: join(repo.dir, 'no/such/b.md'), exists: false },
    ]);
  });

  it('gives nothing for no links', async () => {
    expect(await resolveLinks(repo.dir, [])).toEqual([]);
  });
});

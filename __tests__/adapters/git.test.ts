import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { GitCommandManager, headerLines } from '../../src/adapters/git.js';
import { InputError } from '../../src/core/errors.js';
import { parseLinguistAttributes } from '../../src/core/noise.js';
import { scratchDir } from '../helpers/scratch.js';
import { gitEnv, TempRepo } from '../helpers/temp-repo.js';

const repos: TempRepo[] = [];
function repo(): TempRepo {
  const r = TempRepo.init();
  repos.push(r);
  return r;
}
afterAll(() => {
  for (const r of repos) r.remove();
});

async function rejection(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    return error as InputError;
  }
  throw new Error('expected a rejection');
}

describe('GitCommandManager.logRange', () => {
  it("lists a merge's own changes (work added while merging), none for a clean merge, quoted paths read", async () => {
    const r = repo();
    const lines = (...changed: [number, string][]) => {
      const text = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
      for (const [at, value] of changed) text[at] = value;
      return `${text.join('\n')}\n`;
    };
    const base = r.commit('base', { 'f.txt': lines(), 'b.txt': 'b\n' });
    r.git('switch', '-q', '-c', 'side');
    r.commit('side', { 'f.txt': lines([1, 'two']) });
    r.git('switch', '-q', 'main');
    r.commit('main', { 'f.txt': lines([7, 'eight']) });
    // Both sides changed f.txt: the merge result differs from each parent, yet git merged it cleanly.
    r.git('merge', '-q', '--no-ff', '-m', 'clean merge', 'side');
    const clean = r.git('rev-parse', 'HEAD');
    r.git('switch', '-q', 'side');
    r.commit('side again', { 'b.txt': 'b\nmore\n' });
    r.git('switch', '-q', 'main');
    r.git('merge', '-q', '--no-ff', '--no-commit', 'side');
    r.write('new feature\t.ts', 'export {};\n');
    r.write('f.txt', lines([1, 'two'], [5, 'SIX'], [7, 'eight']));
    r.git('add', '-A');
    r.git('commit', '-q', '-m', 'merge with work in it');
    const evil = r.git('rev-parse', 'HEAD');
    const git = GitCommandManager.create(r.dir);
    for (const options of [{ stats: false }, { stats: true }, { stats: false, blobs: true }]) {
      const commits = await git.logRange([`${base}..HEAD`], options);
      const files = (sha: string) => commits.find((c) => c.sha === sha)?.files.map((f) => f.path);
      expect(files(clean)).toEqual([]);
      expect(files(evil)).toEqual(['f.txt', 'new feature\t.ts']);
    }
  });

  it("names a merge's own files from the package, in a package folder", async () => {
    const r = repo();
    const base = r.commit('base', { 'pkg/a.txt': 'a\n', 'other/b.txt': 'b\n' });
    r.git('switch', '-q', '-c', 'side');
    r.commit('side', { 'other/b.txt': 'b\nside\n' });
    r.git('switch', '-q', 'main');
    r.git('merge', '-q', '--no-ff', '--no-commit', 'side');
    r.write('pkg/sub/new.ts', 'export {};\n');
    r.write('other/c.txt', 'c\n');
    r.git('add', '-A');
    r.git('commit', '-q', '-m', 'merge with work in it');
    const merge = r.git('rev-parse', 'HEAD');
    const commits = await GitCommandManager.create(join(r.dir, 'pkg')).logRange([`${base}..HEAD`], {
      stats: false,
    });
    expect(commits.find((c) => c.sha === merge)?.files.map((f) => f.path)).toEqual(['sub/new.ts']);
  });

  it('reads commits and files as stored, whatever a local `git replace` ref shows', async () => {
    const r = repo();
    const base = r.commit('base', { 'a.txt': 'a\n' });
    const innocent = r.commit('innocent', {});
    r.git('reset', '-q', '--hard', base);
    const work = r.commit('work', { 'src/x.ts': 'x\n' });
    r.git('replace', work, innocent);
    // git itself now shows the innocent commit in work's place.
    expect(r.git('log', '-1', '--format=%s', work)).toBe('innocent');
    const git = GitCommandManager.create(r.dir);
    const commits = await git.logRange([`${base}..${work}`], { stats: false });
    expect(commits.map((c) => [c.subject, c.files.map((f) => f.path)])).toEqual([['work', ['src/x.ts']]]);
    try {
      const files = await git.tree.read(work, ['src/x.ts'], 1024);
      expect(files.get('src/x.ts')?.kind).toBe('blob');
    } finally {
      git.close();
    }
  });

  it('reads a range oldest first, with authors, times, body, trailers and files', async () => {
    const r = repo();
    const first = r.commit('first', { 'a.txt': 'a\n' }, { date: '2025-11-08T10:00:00Z' });
    const second = r.commit(
      'second: API tests',
      { 'dir/with space.txt': 'x\n', 'b.txt': 'b\n' },
      { date: '2025-11-08T11:00:00Z', body: 'Why it changed.\n\nTask: TASK-1\nTask: TASK-2' },
    );
    const third = r.commit('third', { 'a.txt': 'a\nmore\n' }, { date: '2025-11-08T12:00:00Z' });
    const git = GitCommandManager.create(r.dir);

    const commits = await git.logRange([`${first}..${third}`], { stats: false });
    expect(commits.map((c) => c.sha)).toEqual([second, third]);
    expect(commits[0]).toEqual({
      sha: second,
      parents: [first],
      authorName: 'Test Author',
      authorEmail: 'author@example.com',
      authorTime: Date.parse('2025-11-08T11:00:00Z') / 1000,
      commitTime: Date.parse('2025-11-08T11:00:00Z') / 1000,
      subject: 'second: API tests',
      body: 'Why it changed.\n\nTask: TASK-1\nTask: TASK-2',
      taskTrailers: ['TASK-1', 'TASK-2'],
      files: [{ path: 'b.txt' }, { path: 'dir/with space.txt' }],
    });
  });

  it('names authors as .mailmap maps them: one person with two addresses is one author', async () => {
    const r = repo();
    r.write('.mailmap', 'Ada Lovelace <ada@example.com> <ada@old.example.com>\n');
    const first = r.commit('mailmap');
    r.gitWithEnv(
      { GIT_AUTHOR_NAME: 'ada', GIT_AUTHOR_EMAIL: 'ada@old.example.com' },
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      'old address',
    );
    r.gitWithEnv(
      { GIT_AUTHOR_NAME: 'Ada Lovelace', GIT_AUTHOR_EMAIL: 'ada@example.com' },
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      'new address',
    );
    const commits = await GitCommandManager.create(r.dir).logRange([`${first}..HEAD`], { stats: false });
    expect(commits.map((c) => `${c.authorName} <${c.authorEmail}>`)).toEqual([
      'Ada Lovelace <ada@example.com>',
      'Ada Lovelace <ada@example.com>',
    ]);
  });

  it('includes the root commit and line counts with stats, binary files without counts', async () => {
    const r = repo();
    const root = r.commit('root', { 'a.txt': 'one\ntwo\n', 'bin.dat': Buffer.from([0, 1, 2, 0, 255]) });
    r.commit('edit', { 'a.txt': 'one\n' });
    const git = GitCommandManager.create(r.dir);

    const commits = await git.logRange(['HEAD'], { stats: true });
    expect(commits.map((c) => c.sha)[0]).toBe(root);
    expect(commits[0]?.files).toEqual([{ path: 'a.txt', added: 2, deleted: 0 }, { path: 'bin.dat' }]);
    expect(commits[1]?.files).toEqual([{ path: 'a.txt', added: 0, deleted: 1 }]);
    expect(commits[1]?.taskTrailers).toEqual([]);
  });

  it('reads commits whose message, author or file names hold the separator bytes as they are: no forged record', async () => {
    const r = repo();
    r.commit('start', { 'a.txt': 'a\n' });
    const touch = r.commit('touch the handoff', { 'handoff.md': 'h\n' });
    const parent = r.git('rev-parse', 'HEAD~1');
    // A message that ends its record and writes a forged one (another commit's id, its parents), and
    // one that ends in the bytes themselves.
    const forged = `Implement the feature\n\nbody\x1e${touch}\x1f${parent}\x1fx\x1fx@e\x1f1\x1f1\x1fforged\x1f`;
    const work = r.commit(forged, { 'src/work.txt': 'w\n', 'odd\x1ename\x1f.txt': 'o\n' });
    const last = r.commit('ends in them \x1e\x1f', {});
    const git = GitCommandManager.create(r.dir);
    for (const stats of [false, true]) {
      const commits = await git.logRange([`${touch}..HEAD`], { stats });
      expect(commits.map((c) => c.sha)).toEqual([work, last]);
      expect(commits[0]?.subject).toBe('Implement the feature');
      expect(commits[0]?.body).toContain(`body\x1e${touch}`);
      expect(commits[0]?.parents).toEqual([touch]);
      expect(commits[0]?.files.map((f) => f.path).sort()).toEqual(['odd\x1ename\x1f.txt', 'src/work.txt']);
      expect(commits[1]?.subject).toBe('ends in them \x1e\x1f');
    }
    expect((await git.lastTouchingCommits(['handoff.md'])).get('handoff.md')).toBe(touch);
  });

  it('keeps a commit time a Date cannot hold (9000000000000 s, written by hand) within its range', async () => {
    const r = repo();
    r.commit('start', { 'a.txt': 'a\n' });
    const tree = r.git('write-tree');
    const parent = r.git('rev-parse', 'HEAD');
    const object = `tree ${tree}\nparent ${parent}\nauthor A <a@e> 9000000000000 +0000\ncommitter A <a@e> 1764600000 +0000\n\nfar ahead\n`;
    const sha = execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], {
      cwd: r.dir,
      input: object,
      encoding: 'utf8',
    }).trim();
    const [commit] = await GitCommandManager.create(r.dir).logRange([`${parent}..${sha}`], { stats: false });
    expect(commit?.authorTime).toBe(8_640_000_000_000);
    expect(new Date((commit?.authorTime ?? 0) * 1000).toISOString()).toBe('+275760-09-13T00:00:00.000Z');
    expect(commit?.commitTime).toBe(1764600000);
  });

  it('names an unknown revision', async () => {
    const r = repo();
    r.commit('root');
    const error = await rejection(GitCommandManager.create(r.dir).logRange(['nope..HEAD'], { stats: false }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.rule).toBe('git/unknown-revision');
    expect(error.message).toContain('nope');
  });
});

describe('GitCommandManager, other commands', () => {
  it('resolves revisions and the current branch, and sees a detached HEAD', async () => {
    const r = repo();
    const sha = r.commit('root');
    const git = GitCommandManager.create(r.dir);
    expect(await git.revParse('HEAD')).toBe(sha);
    expect(await git.currentBranch()).toBe('main');
    expect(await git.headAndBranch()).toEqual({ commit: sha, branch: 'main' });
    r.git('checkout', '-q', '-b', 'feat/x');
    expect(await git.headAndBranch()).toEqual({ commit: sha, branch: 'feat/x' });
    r.git('checkout', '-q', '--detach');
    expect(await git.currentBranch()).toBeUndefined();
    expect(await git.headAndBranch()).toEqual({ commit: sha, branch: undefined });
    const error = await rejection(git.revParse('no-such-branch'));
    expect(error.rule).toBe('git/unknown-revision');
    expect(error.message).toBe('unknown revision "no-such-branch": no such commit in this repository');
  });

  it('says whether several revisions name commits in one git process, and asks apart when one does not', async () => {
    const r = repo();
    const one = r.commit('one');
    const two = r.commit('two');
    const tree = r.git('rev-parse', 'HEAD^{tree}');
    const trace = join(scratchDir('git-trace'), 'trace.txt');
    const asked = () =>
      (existsSync(trace) ? readFileSync(trace, 'utf8') : '')
        .split('\n')
        .filter((line) => / trace: built-in: git /.test(line)).length;
    const before = process.env.GIT_TRACE;
    process.env.GIT_TRACE = trace;
    try {
      const git = GitCommandManager.create(r.dir);
      expect(await git.areCommits([one, two, one])).toEqual([true, true, true]);
      expect(asked()).toBe(1);
      // Remembered as revParse's answers: no process more.
      expect([await git.revParse(one), await git.revParse(two)]).toEqual([one, two]);
      expect(asked()).toBe(1);
      // A tree, a missing object and an option-like name are no commits; the commit beside them is.
      const other = GitCommandManager.create(r.dir);
      expect(await other.areCommits([tree, two, 'f'.repeat(40), '--all'])).toEqual([
        false,
        true,
        false,
        false,
      ]);
    } finally {
      if (before === undefined) delete process.env.GIT_TRACE;
      else process.env.GIT_TRACE = before;
    }
  });

  it("reads the current branch from HEAD's file as git itself answers it, and asks git where it cannot", async () => {
    const r = repo();
    r.commit('root');
    // What `git symbolic-ref --short -q HEAD` says, the answer currentBranch gave before it read the file.
    const gitSays = (dir: string, env: NodeJS.ProcessEnv = {}) => {
      const result = spawnSync('git', ['symbolic-ref', '--short', '-q', 'HEAD'], {
        cwd: dir,
        env: { ...gitEnv(), ...env },
        encoding: 'utf8',
      });
      return result.stdout.trim() || undefined;
    };
    const same = async (dir: string, expected: string | undefined) => {
      expect(gitSays(dir)).toBe(expected);
      expect(await GitCommandManager.create(dir).currentBranch()).toBe(expected);
    };
    await same(r.dir, 'main');
    r.git('checkout', '-q', '-b', 'task/TASK-2025-0001-C/parser');
    await same(r.dir, 'task/TASK-2025-0001-C/parser');
    // From a package folder: HEAD's file is the repository's.
    r.write('packages/a/x.txt', 'x\n');
    await same(join(r.dir, 'packages/a'), 'task/TASK-2025-0001-C/parser');
    r.git('checkout', '-q', '--detach');
    await same(r.dir, undefined);
    r.git('checkout', '-q', '--orphan', 'fresh');
    await same(r.dir, 'fresh');
    r.git('checkout', '-q', '-f', 'main');
    // A worktree: its `.git` file names its own git dir, whose HEAD is its own.
    const worktree = join(scratchDir('hg-wt-'), 'wt');
    r.git('worktree', 'add', '-q', '-b', 'side', worktree);
    await same(worktree, 'side');
    await same(r.dir, 'main');
    // HEAD naming a ref that is no branch, and a HEAD file git would not write: git answers.
    r.git('symbolic-ref', 'HEAD', 'refs/remotes/origin/main');
    expect(await GitCommandManager.create(r.dir).currentBranch()).toBe(gitSays(r.dir));
    r.git('symbolic-ref', 'HEAD', 'refs/heads/main');
    r.write('.git/HEAD', 'ref: refs/heads/.invalid\n');
    expect(await GitCommandManager.create(r.dir).currentBranch()).toBe(gitSays(r.dir));
    r.write('.git/HEAD', 'ref: refs/heads/main\r\n');
    expect(await GitCommandManager.create(r.dir).currentBranch()).toBe(gitSays(r.dir));
    r.write('.git/HEAD', 'ref: refs/heads/main \n');
    expect(await GitCommandManager.create(r.dir).currentBranch()).toBe(gitSays(r.dir));
    r.write('.git/HEAD', 'ref: refs/heads/main\n');
    // A branch that is an alias of another (a symbolic ref): git names the one it points to.
    r.git('symbolic-ref', 'refs/heads/current', 'refs/heads/main');
    r.git('symbolic-ref', 'HEAD', 'refs/heads/current');
    expect(gitSays(r.dir)).toBe('main');
    expect(await GitCommandManager.create(r.dir).currentBranch()).toBe('main');
    r.git('symbolic-ref', 'HEAD', 'refs/heads/main');
    // On purpose unlike git: a branch that shares its name with a tag keeps its name, where
    // `git symbolic-ref --short` says `heads/main` (task ids are read from a branch's name).
    r.git('tag', 'main');
    expect(gitSays(r.dir)).toBe('heads/main');
    expect(await GitCommandManager.create(r.dir).currentBranch()).toBe('main');
    r.git('tag', '-d', 'main');
    // GIT_DIR places the repository elsewhere: git is asked, in the environment it would see.
    const elsewhere = repo();
    elsewhere.commit('root');
    elsewhere.git('checkout', '-q', '-b', 'other');
    const saved = process.env.GIT_DIR;
    process.env.GIT_DIR = join(elsewhere.dir, '.git');
    try {
      expect(await GitCommandManager.create(r.dir).currentBranch()).toBe('other');
    } finally {
      if (saved === undefined) delete process.env.GIT_DIR;
      else process.env.GIT_DIR = saved;
    }
  });

  it("reads HEAD's commit from its files as git answers it, with no process, and asks git where it cannot", async () => {
    const r = repo();
    const trace = join(scratchDir('git-trace'), 'head.txt');
    const asked = () =>
      (existsSync(trace) ? readFileSync(trace, 'utf8') : '')
        .split('\n')
        .filter((line) => / trace: built-in: git /.test(line)).length;
    const gitSays = (dir: string) => {
      const result = spawnSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], {
        cwd: dir,
        env: gitEnv({ GIT_TRACE: '' }),
        encoding: 'utf8',
      });
      return result.stdout.trim() || undefined;
    };
    /** headCommit's answer against git's, and how many git processes it started for it. */
    const answer = async (dir: string) => {
      const before = asked();
      const commit = await GitCommandManager.create(dir).headCommit();
      expect(commit).toBe(gitSays(dir));
      return { commit, processes: asked() - before };
    };
    const saved = process.env.GIT_TRACE;
    process.env.GIT_TRACE = trace;
    try {
      // Unborn: git answers (and the answer is no commit).
      const unborn = await answer(r.dir);
      expect(unborn.commit).toBeUndefined();
      expect(unborn.processes).toBeGreaterThan(0);
      const one = r.commit('one', { 'a.txt': '1\n' });
      // A loose ref, from a package folder too.
      expect(await answer(r.dir)).toEqual({ commit: one, processes: 0 });
      r.write('packages/a/x.txt', 'x\n');
      expect(await answer(join(r.dir, 'packages/a'))).toEqual({ commit: one, processes: 0 });
      // Packed (a fresh clone's branches are), with a tag and its peeled line beside it.
      r.git('tag', '-a', '-m', 'v1', 'v1');
      r.git('pack-refs', '--all');
      expect(existsSync(join(r.dir, '.git/refs/heads/main'))).toBe(false);
      expect(await answer(r.dir)).toEqual({ commit: one, processes: 0 });
      // A loose ref wins over the packed line, as in git.
      const two = r.commit('two', { 'a.txt': '2\n' });
      expect(readFileSync(join(r.dir, '.git/packed-refs'), 'utf8')).toContain(`${one} refs/heads/main`);
      expect(await answer(r.dir)).toEqual({ commit: two, processes: 0 });
      // Detached.
      r.git('checkout', '-q', '--detach', one);
      expect(await answer(r.dir)).toEqual({ commit: one, processes: 0 });
      r.git('checkout', '-q', 'main');
      // A worktree: its own HEAD, the common dir's refs.
      const worktree = join(scratchDir('hg-wt-head-'), 'wt');
      r.git('worktree', 'add', '-q', '-b', 'side', worktree, one);
      expect(await answer(worktree)).toEqual({ commit: one, processes: 0 });
      // A branch that is an alias of another, and a ref file that holds no object name: git answers.
      r.git('symbolic-ref', 'refs/heads/current', 'refs/heads/main');
      r.git('symbolic-ref', 'HEAD', 'refs/heads/current');
      expect(await answer(r.dir)).toEqual({ commit: two, processes: 1 });
      r.git('symbolic-ref', 'HEAD', 'refs/heads/main');
      r.git('symbolic-ref', '--delete', 'refs/heads/current');
      r.git('checkout', '-q', '-b', 'odd');
      r.write('.git/refs/heads/odd', `${two}\r\n`);
      const odd = await answer(r.dir);
      expect(odd.commit).toBe(two);
      expect(odd.processes).toBeGreaterThan(0);
      r.git('checkout', '-q', '-f', 'main');
      r.git('branch', '-q', '-D', 'odd');
      // Its object packed (`git gc`, a clone's): git answers, as for a ref naming an object that is
      // not there, which is damage git reports.
      r.git('gc', '-q');
      expect(await answer(r.dir)).toEqual({ commit: two, processes: 1 });
      const sound = readFileSync(join(r.dir, '.git/packed-refs'), 'utf8');
      r.write('.git/refs/heads/main', `${'1'.repeat(40)}\n`);
      const damaged = await GitCommandManager.create(r.dir)
        .headCommit()
        .then(String, (error: Error) => error.message);
      expect(damaged).toContain('refs/heads/main cannot be read');
      rmSync(join(r.dir, '.git/refs/heads/main'), { force: true });
      expect(readFileSync(join(r.dir, '.git/packed-refs'), 'utf8')).toBe(sound);
      // An orphan branch, with packed refs beside: unborn, git answers.
      r.git('checkout', '-q', '--orphan', 'fresh');
      expect((await answer(r.dir)).commit).toBeUndefined();
    } finally {
      if (saved === undefined) delete process.env.GIT_TRACE;
      else process.env.GIT_TRACE = saved;
    }
  });

  it('reads the working tree once where nothing writes it, and answers changedSinceHead from it as git would', async () => {
    const r = repo();
    r.commit('root', {
      'a.txt': 'a\n',
      'b.txt': 'b\n',
      'dir/c.txt': 'c\n',
      'gone.txt': 'g\n',
      'old.txt': 'o\n',
    });
    r.write('a.txt', 'changed\n');
    r.write('new/deep/d.txt', 'untracked\n');
    r.write('added.txt', 'added\n');
    r.git('add', 'added.txt');
    r.git('rm', '-q', 'gone.txt');
    r.git('mv', 'old.txt', 'renamed.txt');
    r.write('dir/c.txt', 'c2\n');
    const asked = [
      ['a.txt'],
      ['b.txt'],
      ['new'],
      ['new/deep/d.txt', 'dir'],
      ['added.txt', 'gone.txt'],
      ['old.txt'],
      ['renamed.txt'],
      ['dir/'],
      ['nothing.txt'],
    ];
    const plain = GitCommandManager.create(r.dir);
    const once = GitCommandManager.create(r.dir, { workingTreeUnchanged: true });
    for (const paths of asked)
      expect((await once.changedSinceHead(paths)).sort()).toEqual(
        (await plain.changedSinceHead(paths)).sort(),
      );
    expect((await once.workingTreeChanges()).map((c) => `${c.code} ${c.path}`).sort()).toEqual([
      ' M a.txt',
      ' M dir/c.txt',
      '?? new/deep/d.txt',
      'A  added.txt',
      'A  renamed.txt',
      'D  gone.txt',
      'D  old.txt',
    ]);
    // Read once: a change made since is not seen by that manager (its caller writes nothing), but a
    // command that may write makes it read again.
    r.write('b.txt', 'b2\n');
    expect(await once.changedSinceHead(['b.txt'])).toEqual([]);
    expect(await plain.changedSinceHead(['b.txt'])).toEqual(['b.txt']);
    await once.exec(['add', 'b.txt']);
    expect(await once.changedSinceHead(['b.txt'])).toEqual(['b.txt']);
  });

  it('reads linguist attributes as the revision has them, not the working tree', async () => {
    const r = repo();
    r.write('.gitattributes', 'gen.js linguist-generated\nvendor/** linguist-vendored\n');
    r.write('gen.js', 'x\n');
    r.write('vendor/lib.js', 'y\n');
    r.commit('attributes');
    // An uncommitted edit that would drop both: the draft of a range ending at HEAD must not see it.
    r.write('.gitattributes', '');
    const git = GitCommandManager.create(r.dir);
    const output = await git.linguistAttributes(['gen.js', 'vendor/lib.js', 'src.js'], 'HEAD');
    expect(parseLinguistAttributes(output)).toEqual(
      new Map([
        ['gen.js', { generated: true }],
        ['vendor/lib.js', { vendored: true }],
      ]),
    );
  });

  it('tells an empty repository', async () => {
    const r = repo();
    const git = GitCommandManager.create(r.dir);
    expect(await git.hasCommits()).toBe(false);
    expect(await git.currentBranch()).toBe('main');
    // Unborn: git refuses the one-process question; the two answers come apart, as before.
    expect(await git.headAndBranch()).toEqual({ commit: undefined, branch: 'main' });
    r.commit('root');
    expect(await git.hasCommits()).toBe(true);
  });

  it('finds the last touch of each path within the window only', async () => {
    const r = repo();
    r.commit('old', { 'a.md': '1', 'b.md': '1' }, { date: '2025-01-01T00:00:00Z' });
    r.commit('recent a', { 'a.md': '2' }, { date: '2025-11-08T00:00:00Z' });
    r.commit('newer a', { 'a.md': '3', 'c.md': 'x' }, { date: '2025-11-09T00:00:00Z' });
    const git = GitCommandManager.create(r.dir);
    const since = Date.parse('2025-11-01T00:00:00Z') / 1000;
    const touches = await git.lastTouchesSince(['a.md', 'b.md'], since);
    expect(touches).toEqual(new Map([['a.md', Date.parse('2025-11-09T00:00:00Z') / 1000]]));
    expect(await git.lastTouchesSince([], since)).toEqual(new Map());
  });

  it('takes every path as written, from stdin or (with a line break) the command line', async () => {
    const r = repo();
    const odd = ['a*.md', '[x].md', '-dash.md', 'new\nline.md', ':(top)b.md'];
    r.commit('first', Object.fromEntries([...odd, 'ab.md', 'x.md', 'b.md'].map((p) => [p, '1'])), {
      date: '2025-11-01T00:00:00Z',
    });
    // Files a glob or magic reading of the odd names would match, touched later.
    r.commit('second', { 'ab.md': '2', 'x.md': '2', 'b.md': '2' }, { date: '2025-11-05T00:00:00Z' });
    const git = GitCommandManager.create(r.dir);
    const first = Date.parse('2025-11-01T00:00:00Z') / 1000;
    expect(await git.lastTouchesSince(odd, 0)).toEqual(new Map(odd.map((p) => [p, first])));
    expect(await git.lastTouchesSince(odd.slice(0, 3), 0)).toEqual(
      new Map(odd.slice(0, 3).map((p) => [p, first])),
    );
  });

  it('finds words outside the files left out, however many are left out', async () => {
    const r = repo();
    r.commit('files', {
      'src/a.ts': 'const fooBar = 1;\n',
      'handoffs/h.md': 'onlyInHandoff and fooBar\n',
      'notes/n.md': 'onlyInNotes\n',
    });
    const git = GitCommandManager.create(r.dir);
    const words = ['fooBar', 'onlyInHandoff', 'onlyInNotes', 'missingWord'];
    expect(await git.wordsAt('HEAD', words, ['handoffs', 'notes/n.md'])).toEqual(new Set(['fooBar']));
    // 12,000 long paths left out (2.6 MB): past the command line's limit, as a registry of thousands.
    const many = Array.from({ length: 12_000 }, (_, i) => `${'deep-folder-name/'.repeat(12)}h-${i}.md`);
    expect(await git.wordsAt('HEAD', words, ['handoffs', ...many, 'notes/n.md'])).toEqual(
      new Set(['fooBar']),
    );
  });

  it("reads thousands of long paths past the command line's limit (E2BIG had been an internal error)", async () => {
    const r = repo();
    const folder = `docs/${'deep-folder-name/'.repeat(12)}`;
    r.commit('handoffs', { [`${folder}a.md`]: '1', 'b.md': '1' });
    r.write(`${folder}a.md`, '2');
    // 12,000 paths of ~220 characters: 2.6 MB, over Linux's 2 MB for a command line.
    const many = Array.from({ length: 12_000 }, (_, i) => `${folder}task-${i}-handoff-session1.md`);
    const paths = [`${folder}a.md`, ...many, 'b.md'];
    const git = GitCommandManager.create(r.dir);
    const touches = await git.lastTouchesSince(paths, 0);
    expect(new Set(touches.keys())).toEqual(new Set([`${folder}a.md`, 'b.md']));
    expect(await git.changedSinceHead(paths)).toEqual([`${folder}a.md`]);
    expect(await git.pathsAt('HEAD', paths)).toEqual(new Set([`${folder}a.md`, 'b.md']));
    // A folder is there when a file is in it; a name's prefix is not its folder.
    expect(await git.pathsAt('HEAD', ['docs', 'docs/', 'doc', 'docs/deep', 'b.md/'])).toEqual(
      new Set(['docs', 'docs/']),
    );
    expect(await git.trackedOf(paths)).toEqual(new Set([`${folder}a.md`, 'b.md']));
  });

  it('finds a last touch under a commit whose clock was behind the window, and only a last touch', async () => {
    const r = repo();
    r.commit('old', { 'a.md': '1', 'b.md': '1', 'c.md': '1' }, { date: '2025-01-01T00:00:00Z' });
    r.commit('recent a and c', { 'a.md': '2', 'c.md': '2' }, { date: '2025-11-09T00:00:00Z' });
    // The last touch of c.md, by a clock months behind: its own date is what counts.
    r.commit('c again', { 'c.md': '3' }, { date: '2025-06-01T00:00:00Z' });
    // On top, by a clock months behind: git's --since walk stops here.
    r.commit('skewed work', { 'work.txt': 'x' }, { date: '2025-06-01T00:00:00Z' });
    const git = GitCommandManager.create(r.dir);
    const since = Date.parse('2025-11-01T00:00:00Z') / 1000;
    const touches = await git.lastTouchesSince(['a.md', 'b.md', 'c.md'], since);
    expect(touches).toEqual(new Map([['a.md', Date.parse('2025-11-09T00:00:00Z') / 1000]]));
  });

  it("takes a merge as a path's last touch where it changed the path itself, as logRange counts merges", async () => {
    for (const folder of ['', 'pkg']) {
      const r = repo();
      const at = (path: string) => (folder === '' ? path : `${folder}/${path}`);
      const lines = (...changed: [number, string][]) => {
        const text = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
        for (const [i, value] of changed) text[i] = value;
        return `${text.join('\n')}\n`;
      };
      r.commit('base', { [at('h.md')]: lines(), [at('g.md')]: lines() });
      r.git('switch', '-q', '-c', 'side');
      r.commit('side', { [at('h.md')]: lines([1, 'side']), [at('g.md')]: lines([1, 'side']) });
      r.git('switch', '-q', 'main');
      const mainTouch = r.commit('main', {
        [at('h.md')]: lines([7, 'main']),
        [at('g.md')]: lines([1, 'main']),
      });
      // h.md merges cleanly (each side changed its own lines); g.md conflicts and is rewritten by hand.
      r.git('merge', '-q', '--no-ff', '--no-commit', 'side', '-X', 'ours');
      r.write(at('g.md'), lines([1, 'both, rewritten']));
      r.git('add', '-A');
      r.git('commit', '-q', '-m', 'merge');
      const merge = r.git('rev-parse', 'HEAD');
      const git = GitCommandManager.create(folder === '' ? r.dir : join(r.dir, folder));
      const touches = await git.lastTouchingCommits(['h.md', 'g.md']);
      expect(touches.get('g.md')).toBe(merge);
      expect(touches.get('h.md')).toBe(mainTouch);
      const since = await git.lastTouchesSince(['g.md'], 0);
      expect(since.get('g.md')).toBe(Number(r.git('log', '-1', '--format=%ct', merge)));
    }
  });

  it('reports shallowness, merge bases and remotes', async () => {
    const r = repo();
    const base = r.commit('root');
    r.git('checkout', '-q', '-b', 'feature');
    const feature = r.commit('feature work');
    r.git('checkout', '-q', 'main');
    const main = r.commit('main work');
    const git = GitCommandManager.create(r.dir);
    expect(await git.isShallow()).toBe(false);
    expect(await git.mergeBase(feature, main)).toBe(base);
    expect(await git.listRemotes()).toEqual([]);
    r.git('remote', 'add', 'origin', '/nowhere');
    // A manager serves one command, which adds no remote: a new one sees it.
    const again = GitCommandManager.create(r.dir);
    expect(await again.listRemotes()).toEqual(['origin']);
    expect(await again.firstExisting(['origin/HEAD', 'main'])).toBe('main');
    expect(await again.upstream()).toBeUndefined();
  });

  it('asks git once per revision, remote list and shallowness; a command that may move refs forgets them', async () => {
    const origin = repo();
    origin.commit('one');
    origin.commit('two');
    const two = origin.commit('three');
    const clone = new TempRepo();
    repos.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin.dir}`, clone.dir], {
      env: gitEnv(),
    });
    const trace = join(scratchDir('git-trace'), 'trace.txt');
    const asked = () => {
      const text = existsSync(trace) ? readFileSync(trace, 'utf8') : '';
      return text.split('\n').filter((line) => / trace: built-in: git /.test(line)).length;
    };
    const before = process.env.GIT_TRACE;
    process.env.GIT_TRACE = trace;
    try {
      const git = GitCommandManager.create(clone.dir);
      expect(await git.headCommit()).toBe(two);
      expect(await git.revParse('HEAD')).toBe(two);
      expect(await git.firstExisting(['origin/HEAD', 'origin/main'])).toBe('origin/HEAD');
      expect(await git.revParse('origin/HEAD')).toBe(two);
      expect(await git.isShallow()).toBe(true);
      expect(await git.isShallow()).toBe(true);
      expect(await git.listRemotes()).toEqual(['origin']);
      expect(await git.listRemotes()).toEqual(['origin']);
      // HEAD, origin/HEAD, remotes: one process each; shallowness from the git dir's files.
      expect(asked()).toBe(3);
      await git.deepen(5);
      expect(await git.isShallow()).toBe(false);
      expect(await git.revParse('HEAD')).toBe(two);
      // Both asked again, HEAD of git (the fetch runs through simple-git, with the environment it
      // started with).
      expect(asked()).toBe(4);
      // Any command that may move a ref forgets too; one that only reads does not.
      await git.exec(['config', 'handoff.test', 'x']);
      expect(await git.revParse('HEAD')).toBe(two);
      expect(asked()).toBe(6);
      await git.exec(['config', '--get', 'handoff.test']);
      expect(await git.revParse('HEAD')).toBe(two);
      expect(asked()).toBe(7);
      // Where the environment places the repository, git says whether it is shallow.
      process.env.GIT_DIR = join(clone.dir, '.git');
      expect(await GitCommandManager.create(clone.dir).isShallow()).toBe(false);
      expect(asked()).toBe(8);
    } finally {
      delete process.env.GIT_DIR;
      if (before === undefined) delete process.env.GIT_TRACE;
      else process.env.GIT_TRACE = before;
    }
  });

  it('tells a shallow clone from its files in a linked worktree too, as git does', async () => {
    const origin = repo();
    origin.commit('one');
    origin.commit('two');
    const clone = new TempRepo();
    repos.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin.dir}`, clone.dir], {
      env: gitEnv(),
    });
    const tree = join(scratchDir('handoff-worktree-'), 'linked');
    execFileSync('git', ['worktree', 'add', '-q', '-b', 'linked', tree], { cwd: clone.dir, env: gitEnv() });
    const asGit = (dir: string) =>
      execFileSync('git', ['rev-parse', '--is-shallow-repository'], {
        cwd: dir,
        env: gitEnv(),
        encoding: 'utf8',
      }).trim();
    expect(asGit(tree)).toBe('true');
    expect(await GitCommandManager.create(tree).isShallow()).toBe(true);
    execFileSync('git', ['fetch', '-q', '--unshallow'], { cwd: clone.dir, env: gitEnv() });
    expect(asGit(tree)).toBe('false');
    expect(await GitCommandManager.create(tree).isShallow()).toBe(false);
  });

  it("asks for the upstream's name and commit in one process", async () => {
    const origin = repo();
    origin.commit('one');
    const tip = origin.commit('two');
    const clone = new TempRepo();
    repos.push(clone);
    execFileSync('git', ['clone', '-q', `file://${origin.dir}`, clone.dir], { env: gitEnv() });
    const trace = join(scratchDir('git-trace'), 'upstream.txt');
    const asked = () =>
      (existsSync(trace) ? readFileSync(trace, 'utf8') : '')
        .split('\n')
        .filter((line) => / trace: built-in: git /.test(line)).length;
    const before = process.env.GIT_TRACE;
    process.env.GIT_TRACE = trace;
    try {
      const git = GitCommandManager.create(clone.dir);
      expect(await git.upstream()).toBe('origin/main');
      expect(await git.revParse('origin/main')).toBe(tip);
      // Before: the name, then its commit.
      expect(asked()).toBe(1);
      // No upstream: none, and nothing remembered for it.
      execFileSync('git', ['checkout', '-q', '-b', 'alone'], { cwd: clone.dir, env: gitEnv() });
      const again = GitCommandManager.create(clone.dir);
      expect(await again.upstream()).toBeUndefined();
    } finally {
      if (before === undefined) delete process.env.GIT_TRACE;
      else process.env.GIT_TRACE = before;
    }
  });

  it('reads the git dir from the files (git asked once where GIT_DIR places it) for the rebased branch and the operation', async () => {
    const r = repo();
    r.commit('base', { 'a.txt': 'base\n' });
    r.git('switch', '-q', '-c', 'feature');
    r.commit('feature', { 'a.txt': 'feature\n' });
    r.git('switch', '-q', 'main');
    r.commit('main', { 'a.txt': 'main\n' });
    r.git('switch', '-q', 'feature');
    // The rebase stops at the conflict: HEAD detached, the branch's name kept in rebase-merge/.
    const rebase = spawnSync('git', ['rebase', '-q', '-m', 'main'], { cwd: r.dir, env: gitEnv() });
    expect(rebase.status).not.toBe(0);
    const trace = join(scratchDir('git-trace'), 'trace.txt');
    const before = process.env.GIT_TRACE;
    process.env.GIT_TRACE = trace;
    const gitDirAsked = () =>
      (existsSync(trace) ? readFileSync(trace, 'utf8') : '')
        .split('\n')
        .filter((line) => / --absolute-git-dir$/.test(line)).length;
    try {
      const git = GitCommandManager.create(r.dir);
      expect(await git.workBranch()).toBe('feature');
      expect(await git.operationInProgress()).toBe('rebase');
      expect(gitDirAsked()).toBe(0);
      // Where the environment places the repository, git says where its git dir is: once for both.
      process.env.GIT_DIR = join(r.dir, '.git');
      const placed = GitCommandManager.create(r.dir);
      expect(await placed.workBranch()).toBe('feature');
      expect(await placed.operationInProgress()).toBe('rebase');
      expect(gitDirAsked()).toBe(1);
    } finally {
      delete process.env.GIT_DIR;
      if (before === undefined) delete process.env.GIT_TRACE;
      else process.env.GIT_TRACE = before;
    }
  });

  it('says when the folder is not a repository', async () => {
    const dir = scratchDir('handoff-norepo-');
    const error = await rejection(GitCommandManager.create(dir).logRange(['HEAD'], { stats: false }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.rule).toBe('git/not-a-repository');
  });

  it('says when git is not installed', async () => {
    const r = repo();
    const saved = process.env.PATH;
    process.env.PATH = join(r.dir, 'no-bin-here');
    try {
      const error = await rejection(GitCommandManager.create(r.dir).hasCommits());
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toBe('git is not installed or not on PATH');
      expect(error.rule).toBe('git/missing');
    } finally {
      process.env.PATH = saved;
    }
  });
});

describe('headerLines', () => {
  it('keeps the record and file-header lines of a combined patch however it is cut, and holds no other line', () => {
    // The adapter's record marker is per process; a stream of two merges, cut into random pieces.
    const patch = (record: string) =>
      `${record}aaa\0\0diff --cc f.txt\nindex 1,2..3\n--- f.txt\n+++ f.txt\n@@@ -1,0 -1,0 +1,1 @@@\n++${'x'.repeat(200_000)}\n${record}bbb\0\0diff --cc "new\\tfile.ts"\n`;
    const lines = (record: string, cuts: number[]) => {
      const found: string[] = [];
      const reader = headerLines(record, (line) =>
        found.push(line.startsWith(record) ? `sha ${line.slice(record.length)}` : line),
      );
      const text = patch(record);
      let from = 0;
      for (const cut of [...cuts].sort((a, b) => a - b)) {
        reader.read(text.slice(from, cut));
        from = cut;
      }
      reader.read(text.slice(from));
      reader.end();
      return found;
    };
    const record = '\x1eNONCE';
    const whole = lines(record, []);
    expect(whole).toEqual(['sha aaa', 'diff --cc f.txt', 'sha bbb', 'diff --cc "new\\tfile.ts"']);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: patch(record).length }), { maxLength: 30 }), (cuts) => {
        expect(lines(record, cuts)).toEqual(whole);
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });
});

/**
 * Drafts that tell the truth on real histories: every fact the draft states about a range is checked
 * against git's own answer to the same question — `git diff -M --numstat` / `--name-status` for Files
 * Modified, `git log --merges` for the pull requests, `git shortlog -s -n` for the authors,
 * `git rev-list --count` for the commits — on histories built here with real git: merges of branches
 * that repeat main's commits, a rename, a binary file, two authors, a lockfile rewritten and put back,
 * a subtree merge, a file that exists at neither end, and a 1,000-commit range.
 */
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from '@jest/globals';
import { parseHandoff } from '../../src/core/document/parse.js';
import type { HandoffDocument } from '../../src/core/model.js';
import { gitEnv, runBin, runCli, TempRepo } from '../helpers/temp-repo.js';

const TASK = 'TASK-7';
const REGISTRY = '.agent-context/agent-handoffs.json';
const ALICE = { GIT_AUTHOR_NAME: 'Alice Liddell', GIT_AUTHOR_EMAIL: 'alice@example.com' };
const BOB = { GIT_AUTHOR_NAME: 'Bob Builder', GIT_AUTHOR_EMAIL: 'bob@example.com' };

let repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos) repo.remove();
  repos = [];
});

function newRepo(): TempRepo {
  const repo = TempRepo.init();
  repos.push(repo);
  return repo;
}

function registry(): string {
  return `${JSON.stringify({ dev: { status: 'in_progress', current_task: TASK } }, null, 2)}\n`;
}

/** Commits everything staged or written, as `who`, at `date`. */
function commitAs(
  repo: TempRepo,
  who: Record<string, string>,
  date: string,
  message: string,
  files: Record<string, string | Buffer> = {},
  ...extra: string[]
): string {
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  repo.git('add', '-A');
  repo.gitWithEnv(
    { ...who, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    'commit',
    '-q',
    '--allow-empty',
    '-m',
    message,
    ...extra,
  );
  return repo.git('rev-parse', 'HEAD');
}

function lines(count: number, prefix: string): string {
  return `${Array.from({ length: count }, (_, i) => `${prefix} ${i}`).join('\n')}\n`;
}

async function draftFrom(repo: TempRepo, from: string, ...args: string[]) {
  const result = await runCli(['draft', '--task', TASK, '--from', from, '--stdout', ...args], {
    cwd: repo.dir,
    now: new Date('2025-03-04T18:00:00Z'),
    env: { TZ: 'UTC' },
  });
  expect(result.code).toBe(0);
  return { ...result, doc: parseHandoff(result.stdout) };
}

// ---------------------------------------------------------------------------------------------
// git's own answers, read here independently of the code under test.
// ---------------------------------------------------------------------------------------------

interface GitFile {
  path: string;
  oldPath?: string;
  status: string;
  added?: number;
  deleted?: number;
}

/** `git diff -M --numstat -z` and `--name-status -z`, joined by path. */
function gitNetChange(repo: TempRepo, base: string, head: string): Map<string, GitFile> {
  const files = new Map<string, GitFile>();
  const status = repo.git('diff', '-M', '--name-status', '-z', base, head).split('\0');
  for (let i = 0; i < status.length - 1; ) {
    const letter = status[i] as string;
    if (letter.startsWith('R')) {
      files.set(status[i + 2] as string, {
        path: status[i + 2] as string,
        oldPath: status[i + 1],
        status: 'R',
      });
      i += 3;
    } else {
      files.set(status[i + 1] as string, { path: status[i + 1] as string, status: letter });
      i += 2;
    }
  }
  const numstat = repo.git('diff', '-M', '--numstat', '-z', base, head).split('\0');
  for (let i = 0; i < numstat.length - 1; ) {
    const [added, deleted, path] = (numstat[i] as string).split('\t');
    const newPath = path === '' ? (numstat[i + 2] as string) : (path as string);
    i += path === '' ? 3 : 1;
    const file = files.get(newPath) as GitFile;
    if (added !== '-') {
      file.added = Number(added);
      file.deleted = Number(deleted);
    }
  }
  return files;
}

function gitShortlog(repo: TempRepo, range: string): Map<string, number> {
  const out = execFileSync('git', ['shortlog', '-s', '-n', range], {
    cwd: repo.dir,
    env: gitEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Map(
    out
      .trim()
      .split('\n')
      .map((line) => {
        const [, count, name] = /^\s*(\d+)\t(.*)$/.exec(line) as RegExpExecArray;
        return [name as string, Number(count)];
      }),
  );
}

const STATUS_WORD: Record<string, string> = { A: 'added', D: 'deleted', M: 'modified', R: 'renamed' };

/** The Files Modified items the draft ranks, read back: path, old path, status and counts. */
function draftedFiles(doc: HandoffDocument): Map<string, GitFile & { binary: boolean }> {
  const files = new Map<string, GitFile & { binary: boolean }>();
  for (const item of doc.filesModified?.items ?? []) {
    const match =
      /^(?:(.+) → )?(.+) \((added|deleted|renamed|modified), (binary|\+(\d+) −(\d+)|\+(\d+)|−(\d+))\)$/.exec(
        item.text,
      );
    if (!match) continue;
    const [, oldPath, path, status, counts, a, d, onlyAdded, onlyDeleted] = match;
    const file: GitFile & { binary: boolean } = {
      path: path as string,
      status: status as string,
      binary: counts === 'binary',
    };
    if (oldPath) file.oldPath = oldPath;
    if (a !== undefined) {
      file.added = Number(a);
      file.deleted = Number(d);
    } else if (onlyAdded !== undefined) {
      file.added = Number(onlyAdded);
      file.deleted = 0;
    } else if (onlyDeleted !== undefined) {
      file.added = 0;
      file.deleted = Number(onlyDeleted);
    }
    files.set(file.path, file);
  }
  return files;
}

function expectFileMatchesGit(drafted: GitFile & { binary: boolean }, git: GitFile | undefined): void {
  expect(git).toBeDefined();
  expect(drafted.status).toBe(STATUS_WORD[(git as GitFile).status[0] as string]);
  expect(drafted.oldPath).toBe(git?.oldPath);
  if (git?.added === undefined) expect(drafted.binary).toBe(true);
  else {
    expect(drafted.added).toBe(git.added);
    expect(drafted.deleted).toBe(git.deleted);
  }
}

// ---------------------------------------------------------------------------------------------
// A pull-request history: two authors, a branch that merges main back in, a rename, a binary file,
// a lockfile rewritten and put back, a generated file, a squash merge, an empty commit.
// ---------------------------------------------------------------------------------------------

function pullRequestHistory(): { repo: TempRepo; base: string } {
  const repo = newRepo();
  const lock = lines(2000, '"dep": "1.0.0"');
  const base = commitAs(repo, ALICE, '2025-03-03T08:00:00Z', 'Start', {
    'README.md': '# app\n',
    'src/parser.ts': lines(20, 'parse'),
    'docs/old-name.md': lines(10, 'guide line'),
    'package-lock.json': lock,
    'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]),
    '.gitattributes': 'src/generated/** linguist-generated\n',
    'src/generated/api.ts': lines(5, 'generated'),
    [REGISTRY]: registry(),
  });
  repo.git('mv', 'docs/old-name.md', 'docs/guide.md');
  commitAs(repo, ALICE, '2025-03-03T09:00:00Z', 'Rename the guide', {
    'docs/guide.md': `${lines(10, 'guide line')}one more line\n`,
  });
  repo.git('checkout', '-q', '-b', 'feature');
  commitAs(repo, BOB, '2025-03-03T09:30:00Z', 'Add the parser cache', {
    'src/parser.ts': `${lines(20, 'parse')}cache()\n`,
    'src/cache.ts': lines(30, 'cache'),
    'tmp/scratch.txt': 'created and deleted inside the range\n',
  });
  repo.git('checkout', '-q', 'main');
  commitAs(repo, ALICE, '2025-03-03T10:00:00Z', 'Update the lockfile', {
    'package-lock.json': lines(2000, '"dep": "2.0.0"'),
    'src/generated/api.ts': lines(50, 'generated again'),
  });
  repo.git('checkout', '-q', 'feature');
  // The branch repeats main's commits by merging main in.
  repo.gitWithEnv(
    { ...BOB, GIT_AUTHOR_DATE: '2025-03-03T10:30:00Z', GIT_COMMITTER_DATE: '2025-03-03T10:30:00Z' },
    'merge',
    '-q',
    '--no-ff',
    '-m',
    "Merge branch 'main' into feature",
    'main',
  );
  repo.git('rm', '-q', 'tmp/scratch.txt');
  commitAs(repo, BOB, '2025-03-03T11:00:00Z', 'Change the logo', {
    'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 9, 9, 9, 9]),
  });
  repo.git('checkout', '-q', 'main');
  repo.gitWithEnv(
    { ...ALICE, GIT_AUTHOR_DATE: '2025-03-03T11:30:00Z', GIT_COMMITTER_DATE: '2025-03-03T11:30:00Z' },
    'merge',
    '-q',
    '--no-ff',
    '-m',
    'Merge pull request #12 from acme/feature',
    '-m',
    'Add the parser cache',
    'feature',
  );
  commitAs(repo, ALICE, '2025-03-03T12:00:00Z', 'Fix a typo in the guide (#13)', {
    'docs/guide.md': `${lines(10, 'guide line')}one more line, fixed\n`,
  });
  // The lockfile goes back to almost what it was: big churn, small net change.
  commitAs(repo, ALICE, '2025-03-03T12:30:00Z', 'Pin the dependencies again', {
    'package-lock.json': `${lock}"extra": "1"\n`,
  });
  commitAs(repo, ALICE, '2025-03-03T12:45:00Z', 'Trigger CI');
  return { repo, base };
}

describe('draft: Files Modified is the net change, as git diff -M says', () => {
  it('each file added, deleted, renamed or modified with git’s own counts; binary said; noise summarised', async () => {
    const { repo, base } = pullRequestHistory();
    const { doc, stdout } = await draftFrom(repo, base);
    const git = gitNetChange(repo, base, 'HEAD');
    const drafted = draftedFiles(doc);

    // The draft names the range it diffed.
    const head = repo.git('rev-parse', 'HEAD');
    const renamed = [...git.values()].filter((f) => f.oldPath !== undefined).length;
    expect(doc.filesModified?.paragraphs[0]).toMatch(
      new RegExp(
        `^Net change ${base.slice(0, 7)}\\.\\.${head.slice(0, 7)}: ${git.size} files \\(${renamed} renamed\\), `,
      ),
    );
    expect(renamed).toBe(1);
    // Every ranked file is as git says; the ranked files and the noise line cover git's answer exactly.
    for (const file of drafted.values()) expectFileMatchesGit(file, git.get(file.path));
    const noise = doc.filesModified?.items.find((i) => i.text.startsWith('Noise, not ranked:'))?.text ?? '';
    const lock = git.get('package-lock.json') as GitFile;
    const generated = git.get('src/generated/api.ts') as GitFile;
    expect(noise).toContain(`package-lock.json (lockfile, +${lock.added} −${lock.deleted})`);
    expect(noise).toContain(`src/generated/api.ts (generated, +${generated.added} −${generated.deleted})`);
    expect([...drafted.keys(), 'package-lock.json', 'src/generated/api.ts'].sort()).toEqual(
      [...git.keys()].sort(),
    );

    // What churn got wrong: the rename is one entry, the file made and removed inside the range is not
    // there, the binary file says so, the lockfile is not first.
    expect(drafted.get('docs/guide.md')?.oldPath).toBe('docs/old-name.md');
    expect(stdout).not.toContain('tmp/scratch.txt');
    expect(drafted.get('logo.png')?.binary).toBe(true);
    expect(doc.filesModified?.items[0]?.text).toMatch(/^src\/cache\.ts \(added, \+30\)$/);
  });

  it('--churn adds the lines summed over the commits beside the net change', async () => {
    const { repo, base } = pullRequestHistory();
    const { doc } = await draftFrom(repo, base, '--churn');
    // git log --numstat --no-renames summed over the range's non-merge commits, for src/parser.ts.
    const churn = repo
      .git(
        'log',
        '--no-merges',
        '--no-renames',
        '--numstat',
        '--format=',
        `${base}..HEAD`,
        '--',
        'src/parser.ts',
      )
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => l.split('\t').map(Number))
      .reduce(
        (sum, [a, d]) => [(sum[0] as number) + (a as number), (sum[1] as number) + (d as number)],
        [0, 0],
      );
    const parser = doc.filesModified?.items.find((i) => i.text.startsWith('src/parser.ts '));
    expect(parser?.text).toBe(`src/parser.ts (modified, +1 −0; churn +${churn[0]} −${churn[1]})`);
    expect(doc.filesModified?.paragraphs[1]).toMatch(/^Churn summed over \d+ commits: /);
  });
});

describe('draft: merges, pull requests and authors, as git log and git shortlog say', () => {
  it('lists the pull requests by number and title, counts every commit, names both authors', async () => {
    const { repo, base } = pullRequestHistory();
    const { doc } = await draftFrom(repo, base);
    const range = `${base}..HEAD`;
    const total = Number(repo.git('rev-list', '--count', range));
    const merges = repo.git('log', '--merges', '--format=%s', range).split('\n');
    const empty = repo
      .git('log', '--no-merges', '--format=%H', range)
      .split('\n')
      .filter((sha) => repo.git('diff-tree', '--no-commit-id', '--name-only', '-r', sha) === '').length;
    const summary = doc.commits?.paragraphs[0] ?? '';
    expect(summary).toContain(
      `${total} commits (${total - merges.length - empty} work, ${merges.length} merges, ${empty} empty)`,
    );
    const authors = gitShortlog(repo, range);
    expect(summary).toContain(` by ${[...authors].map(([name, n]) => `${name} (${n})`).join(', ')}`);

    // git log --merges: the PR merge is #12 with its title (the merge's body); the squash subject is #13.
    expect(merges).toContain('Merge pull request #12 from acme/feature');
    const items = doc.commits?.items.map((i) => i.text) ?? [];
    expect(items[0]).toMatch(/^#13 Fix a typo in the guide \(pull request, [0-9a-f]{7}\)$/);
    expect(items[1]).toMatch(/^#12 Add the parser cache \(pull request, [0-9a-f]{7}\)$/);
    // The other merge (main into the branch) is listed as a commit, not dropped.
    expect(items.join('\n')).toContain("Merge branch 'main' into feature");
    // The PR's last commit is not its title: it is listed too.
    expect(items.join('\n')).toMatch(/[0-9a-f]{7} Change the logo/);
  });

  it('lists a one-commit pull request once, as the pull request', async () => {
    const { repo, base } = pullRequestHistory();
    repo.git('checkout', '-q', '-b', 'typo');
    commitAs(repo, BOB, '2025-03-03T13:00:00Z', 'Fix the heading level in the guide', {
      'docs/guide.md': `# Guide\n${lines(10, 'guide line')}`,
    });
    repo.git('checkout', '-q', 'main');
    repo.gitWithEnv(
      { ...ALICE, GIT_AUTHOR_DATE: '2025-03-03T13:30:00Z', GIT_COMMITTER_DATE: '2025-03-03T13:30:00Z' },
      'merge',
      '-q',
      '--no-ff',
      '-m',
      'Merge pull request #14 from acme/typo',
      '-m',
      'Fix the heading level in the guide',
      'typo',
    );
    const { doc } = await draftFrom(repo, base);
    const items = doc.commits?.items.map((i) => i.text) ?? [];
    expect(items[0]).toMatch(/^#14 Fix the heading level in the guide \(pull request, [0-9a-f]{7}\)$/);
    expect(items.filter((i) => i.includes('Fix the heading level'))).toHaveLength(1);
  });
});

describe('draft: a subtree merge', () => {
  it('lists the paths as they are in the tree, not as the subtree’s own commits name them', async () => {
    const lib = newRepo();
    commitAs(lib, BOB, '2025-03-01T08:00:00Z', 'gitk', {
      'gitk.tcl': lines(40, 'proc'),
      'po/es.po': lines(20, 'msgid'),
    });
    const repo = newRepo();
    commitAs(repo, ALICE, '2025-03-01T09:00:00Z', 'Start', {
      'README.md': '# git\n',
      [REGISTRY]: registry(),
    });
    repo.git('remote', 'add', 'gitk', lib.dir);
    repo.git('fetch', '-q', 'gitk');
    repo.git('merge', '-q', '-s', 'ours', '--no-commit', '--allow-unrelated-histories', 'gitk/main');
    repo.git('read-tree', '--prefix=gitk-git/', '-u', 'gitk/main');
    const base = commitAs(repo, ALICE, '2025-03-01T09:10:00Z', 'Merge gitk as a subtree');

    commitAs(lib, BOB, '2025-03-03T08:00:00Z', 'gitk: update the Spanish translation and a proc', {
      'gitk.tcl': `${lines(40, 'proc')}proc new {} {}\n`,
      'po/es.po': lines(25, 'msgid'),
    });
    repo.git('fetch', '-q', 'gitk');
    repo.gitWithEnv(
      { ...ALICE, GIT_AUTHOR_DATE: '2025-03-03T09:00:00Z', GIT_COMMITTER_DATE: '2025-03-03T09:00:00Z' },
      'merge',
      '-q',
      '-X',
      'subtree=gitk-git/',
      '-m',
      'Merge gitk updates',
      'gitk/main',
    );
    // git log --numstat names the subtree's own paths; the tree has them under gitk-git/.
    expect(repo.git('log', '--numstat', '--format=', `${base}..HEAD`)).toContain('po/es.po');

    const { doc, stdout } = await draftFrom(repo, base);
    const git = gitNetChange(repo, base, 'HEAD');
    expect([...git.keys()].sort()).toEqual(['gitk-git/gitk.tcl', 'gitk-git/po/es.po']);
    const drafted = draftedFiles(doc);
    expect([...drafted.keys()]).toEqual(['gitk-git/gitk.tcl']);
    expectFileMatchesGit(
      drafted.get('gitk-git/gitk.tcl') as GitFile & { binary: boolean },
      git.get('gitk-git/gitk.tcl'),
    );
    const po = git.get('gitk-git/po/es.po') as GitFile;
    expect(stdout).toContain(`gitk-git/po/es.po (translation, +${po.added} −${po.deleted})`);
    expect(stdout).not.toMatch(/(^|[\s(])po\/es\.po/m);
  });
});

/** A history of `count` commits by `authors` authors, one every 90 minutes, written by git fast-import. */
function longHistory(count: number, authors: number): { repo: TempRepo; base: string } {
  const repo = newRepo();
  const base = commitAs(repo, ALICE, '2024-12-31T00:00:00Z', 'Start', { [REGISTRY]: registry() });
  const start = Date.parse('2025-01-01T00:00:00Z') / 1000;
  const chunks: string[] = [];
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const who = `Author ${i % authors}`;
    const when = start + i * 90 * 60;
    const path = `src/module${i % 40}.ts`;
    const text = `${files.get(path) ?? ''}line ${i}\n`;
    files.set(path, text);
    const message = `Change ${i}\n`;
    chunks.push(
      'commit refs/heads/main',
      `author ${who} <author${i % authors}@example.com> ${when} +0000`,
      `committer ${who} <author${i % authors}@example.com> ${when} +0000`,
      `data ${Buffer.byteLength(message)}`,
      message,
      ...(i === 0 ? [`from ${base}`] : []),
      `M 100644 inline ${path}`,
      `data ${Buffer.byteLength(text)}`,
      text,
    );
  }
  execFileSync('git', ['fast-import', '--quiet'], {
    cwd: repo.dir,
    env: gitEnv(),
    input: `${chunks.join('\n')}\n`,
  });
  repo.git('reset', '-q', '--hard', 'main');
  return { repo, base };
}

describe('draft: a range that is clearly not one session', () => {
  it('1,000 commits by 8 authors over weeks: drafted with a warning and a --from to choose', async () => {
    const { repo, base } = longHistory(1000, 8);
    const result = await draftFrom(repo, base);
    const range = `${base}..HEAD`;
    const total = Number(repo.git('rev-list', '--count', range));
    const authors = gitShortlog(repo, range);
    expect(total).toBe(1000);
    expect(authors.size).toBe(8);
    const warning = result.doc.intro?.[0] ?? '';
    // git log's first and last author dates: 62 days apart.
    const times = repo.git('log', '--format=%at', range).split('\n').map(Number);
    expect(Math.floor((Math.max(...times) - Math.min(...times)) / 86_400)).toBe(62);
    expect(warning).toContain(
      `This range is probably not one session: ${total} commits by ${authors.size} authors over 2 months.`,
    );
    // The suggested --from leaves the last 24 hours of commits (one every 90 minutes, both ends): 17.
    const suggested = /--from ([0-9a-f]{7})/.exec(warning)?.[1] as string;
    expect(Number(repo.git('rev-list', '--count', `${suggested}..HEAD`))).toBe(17);
    expect(result.stderr).toContain('warning: this range is probably not one session');
    // The net change is still git's: 40 files, each with the lines git counts.
    const git = gitNetChange(repo, base, 'HEAD');
    expect(result.doc.filesModified?.paragraphs[0]).toContain(`${git.size} files`);
    // Authors: the five busiest by name with git shortlog's counts, then how many more.
    const summary = result.doc.commits?.paragraphs[0] ?? '';
    const top = [...authors].slice(0, 5).map(([name, n]) => `${name} (${n})`);
    expect(summary).toContain(`by ${top.join(', ')}, and 3 more`);
  });

  it('a short range by one author has no warning', async () => {
    const { repo } = longHistory(30, 1);
    const from = repo.git('rev-parse', 'HEAD~5');
    const result = await draftFrom(repo, from);
    expect(result.doc.intro).toBeUndefined();
    expect(result.stderr).not.toContain('not one session');
  });
});

describe('draft: the session’s own date in the user’s time zone', () => {
  it('dates the handoff by the last commit’s day in TZ, and puts that date in the title', async () => {
    const repo = newRepo();
    const base = commitAs(repo, ALICE, '2025-11-08T17:00:00-08:00', 'Start', {
      [REGISTRY]: registry(),
      [`delegation/tasks/active/${TASK}-handoff-session1.md`]: [
        '## Session 1 Handoff (Nov 8, End of Day)',
        '',
        '**Date**: 2025-11-08',
        '',
      ].join('\n'),
    });
    // 20:00 in California on Nov 10 is 04:00 UTC on Nov 11.
    commitAs(repo, ALICE, '2025-11-10T20:00:00-08:00', 'Evening work', { 'a.txt': 'a\n' });
    const run = (TZ: string) =>
      runCli(['draft', '--task', TASK, '--from', base, '--stdout'], {
        cwd: repo.dir,
        now: new Date('2025-11-11T05:00:00Z'),
        env: { TZ },
      });
    const pacific = await run('America/Los_Angeles');
    expect(pacific.stdout).toContain('**Date**: 2025-11-10');
    expect(parseHandoff(pacific.stdout).title).toBe('Session 2 Handoff (Nov 10, End of Day)');
    const utc = await run('UTC');
    expect(utc.stdout).toContain('**Date**: 2025-11-11');
  });

  it('reads a first session from its task_started day in UTC, as start writes it, wherever the program runs', () => {
    const repo = newRepo();
    const started = `${JSON.stringify({ dev: { status: 'in_progress', current_task: TASK, task_started: '2026-12-02' } }, null, 2)}\n`;
    commitAs(repo, ALICE, '2026-12-01T20:00:00Z', 'Set up', { 'package.json': '{}\n' });
    // Started at 17:00 in California on Dec 1: 01:00 UTC on Dec 2, the day `start` records.
    commitAs(repo, ALICE, '2026-12-02T01:00:00Z', `start ${TASK}`, { [REGISTRY]: started });
    commitAs(repo, ALICE, '2026-12-02T02:00:00Z', `${TASK}: first evening step`, { 'a.txt': 'a\n' });
    commitAs(repo, ALICE, '2026-12-02T17:00:00Z', `${TASK}: next morning`, { 'b.txt': 'b\n' });
    for (const TZ of ['America/Los_Angeles', 'UTC', 'Asia/Tokyo']) {
      const result = runBin(['draft', '--task', TASK, '--stdout', '--no-interactive'], {
        cwd: repo.dir,
        env: { TZ },
      });
      expect([TZ, result.code]).toEqual([TZ, 0]);
      expect([TZ, /^Commits: (\d+)/m.exec(result.stderr)?.[1]]).toEqual([TZ, '2']);
      expect([
        TZ,
        result.stdout.includes('first evening step'),
        result.stderr.includes('left out as setup'),
      ]).toEqual([TZ, true, false]);
    }
  });

  it('dates it in the zone the program runs in when TZ is its own (Date’s local time, no ICU formatting)', () => {
    const repo = newRepo();
    const base = commitAs(repo, ALICE, '2025-11-08T17:00:00-08:00', 'Start', { [REGISTRY]: registry() });
    // 20:00 in California on Nov 10: 04:00 UTC and 13:00 in Tokyo on Nov 11.
    commitAs(repo, ALICE, '2025-11-10T20:00:00-08:00', 'Evening work', { 'a.txt': 'a\n' });
    const dateIn = (TZ: string) => {
      const result = runBin(['draft', '--task', TASK, '--from', base, '--stdout'], {
        cwd: repo.dir,
        env: { TZ },
      });
      expect(result.code).toBe(0);
      return /\*\*Date\*\*: (\S+)/.exec(result.stdout)?.[1];
    };
    expect(dateIn('America/Los_Angeles')).toBe('2025-11-10');
    expect(dateIn('Asia/Tokyo')).toBe('2025-11-11');
    expect(dateIn('UTC')).toBe('2025-11-11');
  });
});

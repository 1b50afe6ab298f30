import { InputError } from '../../src/core/errors.js';
import { parsePrePushInput, planPush, remotesAtUrl } from '../../src/core/pre-push.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const ZERO = '0'.repeat(40);

describe('parsePrePushInput', () => {
  it('reads one line per ref, tolerating CRLF and blank lines', () => {
    expect(parsePrePushInput(`refs/heads/main ${A} refs/heads/main ${B}\r\n\n`)).toEqual([
      { localRef: 'refs/heads/main', localSha: A, remoteRef: 'refs/heads/main', remoteSha: B },
    ]);
  });

  it('reads nothing from an empty push', () => {
    expect(parsePrePushInput('')).toEqual([]);
  });

  it('rejects a malformed line, naming the line', () => {
    let caught: unknown;
    try {
      parsePrePushInput(`refs/heads/main ${A} refs/heads/main ${B}\nrefs/heads/x nonsense\n`);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).location).toEqual({ file: '<pre-push stdin>', line: 2, column: 1 });
    expect((caught as InputError).rule).toBe('pre-push/stdin');
  });
});

describe('planPush', () => {
  it('checks an update as the commits the remote lacks, ignoring an unfetched remote sha', () => {
    const plan = planPush(
      [{ localRef: 'refs/heads/main', localSha: A, remoteRef: 'refs/heads/main', remoteSha: B }],
      'origin',
    );
    expect(plan.refs).toHaveLength(1);
    expect(plan.refs[0]).toMatchObject({
      kind: 'update',
      branch: 'main',
      revisionArgs: ['--ignore-missing', A, '--not', '--remotes=origin', B],
    });
  });

  it('checks a new branch over the commits no remote has', () => {
    const plan = planPush(
      [{ localRef: 'HEAD', localSha: A, remoteRef: 'refs/heads/feature/x', remoteSha: ZERO }],
      'origin',
    );
    expect(plan.refs[0]).toMatchObject({
      kind: 'new',
      branch: 'feature/x',
      revisionArgs: ['--ignore-missing', A, '--not', '--remotes=origin'],
    });
    expect(plan.refs[0]?.description).toContain('new branch feature/x');
  });

  it('skips deletions and pushes to tags, judges a tag pushed to a branch, and each branch once', () => {
    const plan = planPush(
      [
        { localRef: '(delete)', localSha: ZERO, remoteRef: 'refs/heads/old', remoteSha: B },
        { localRef: 'refs/tags/v1', localSha: C, remoteRef: 'refs/tags/v1', remoteSha: ZERO },
        { localRef: 'refs/tags/v1', localSha: C, remoteRef: 'refs/heads/main', remoteSha: B },
        { localRef: 'refs/heads/a', localSha: A, remoteRef: 'refs/heads/a', remoteSha: ZERO },
        { localRef: 'refs/heads/a', localSha: A, remoteRef: 'refs/heads/a', remoteSha: ZERO },
        { localRef: 'refs/heads/a', localSha: A, remoteRef: 'refs/heads/b', remoteSha: ZERO },
      ],
      'origin',
    );
    expect(plan.skipped.map((s) => s.why)).toEqual(['deletion', 'tag']);
    // The same commits pushed to two branches are judged under each name (attribution by branch).
    expect(plan.refs.map((r) => r.branch)).toEqual(['main', 'a', 'b']);
  });

  it('compares with every remote-tracking ref when pushing to a URL no remote is configured at', () => {
    const plan = planPush(
      [{ localRef: 'refs/heads/a', localSha: A, remoteRef: 'refs/heads/a', remoteSha: ZERO }],
      '/srv/repo.git',
    );
    expect(plan.refs[0]?.revisionArgs).toEqual(['--ignore-missing', A, '--not', '--remotes']);
  });

  it('compares with the refs of the remotes configured at the URL pushed to', () => {
    const plan = planPush(
      [{ localRef: 'refs/heads/a', localSha: A, remoteRef: 'refs/heads/a', remoteSha: B }],
      '/srv/repo.git',
      ['upstream', 'mirror'],
    );
    expect(plan.refs[0]?.revisionArgs).toEqual([
      '--ignore-missing',
      A,
      '--not',
      '--remotes=upstream',
      '--remotes=mirror',
      B,
    ]);
  });
});

describe('remotesAtUrl', () => {
  const config = new Map([
    ['remote.origin.url', 'git@github.com:me/fork.git'],
    ['remote.upstream.url', 'https://github.com/team/app.git'],
    ['remote.local.url', '../shared/app.git'],
    ['remote.mirror.pushurl', 'file:///srv/mirror.git/'],
    ['remote.mirror.url', 'https://mirror.example/app'],
    ['branch.main.remote', 'upstream'],
  ]);
  it.each([
    ['https://github.com/team/app.git', ['upstream']],
    ['https://github.com/team/app', ['upstream']], // without .git
    ['git@github.com:me/fork.git', ['origin']], // scp-like, as written
    ['/work/shared/app.git', ['local']], // a relative path, resolved from the repository
    ['../shared/app', ['local']],
    ['file:///work/shared/app.git', ['local']],
    ['/srv/mirror.git', ['mirror']], // its pushurl
    ['https://github.com/someone/else.git', []],
  ])('%s is where %j push', (url, names) => {
    expect(remotesAtUrl(url, config, '/work/repo')).toEqual(names);
  });
});

/**
 * Report globs stay in the repository: a symlink to `/` is not walked, a report reached through a
 * symlink that leaves the repository is not read, and a file with a symlinked alias counts once.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCoverage, readTestReports } from '../../src/adapters/reports/index.js';

const JUNIT = (name: string) => `<testsuite><testcase name="${name}"/></testsuite>`;

let repo: string;
let outside: string;
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'handoff-globs-'));
  outside = mkdtempSync(join(tmpdir(), 'handoff-globs-outside-'));
});
afterEach(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

function write(root: string, path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe('report globs', () => {
  it('do not walk a symlink to / (**/*.xml reads the repository only)', async () => {
    write(repo, 'reports/a.xml', JUNIT('a'));
    symlinkSync('/', join(repo, 'rootlink'));
    const { summary, warnings } = await readTestReports(['**/*.xml'], repo);
    expect(summary?.passed).toBe(1);
    expect(summary?.sources).toEqual(['reports/a.xml']);
    expect(warnings).toEqual([]);
  });

  it('do not read a symlinked folder or file that leaves the repository', async () => {
    write(outside, 'secret.xml', JUNIT('outside'));
    write(repo, 'reports/a.xml', JUNIT('a'));
    symlinkSync(outside, join(repo, 'elsewhere'));
    symlinkSync(join(outside, 'secret.xml'), join(repo, 'reports/link.xml'));
    const { summary, warnings } = await readTestReports(['reports/*.xml', 'elsewhere/*.xml'], repo);
    expect(summary?.sources).toEqual(['reports/a.xml']);
    // A wildcard does not pick up the symlinked file; the folder's crawl finds the file outside.
    expect(warnings.map((w) => [w.file, w.rule])).toEqual([['elsewhere/secret.xml', 'report/outside-repo']]);
    // Named paths through either symlink are refused the same way.
    const named = await readTestReports(['elsewhere/secret.xml', 'reports/link.xml'], repo);
    expect(named.summary).toBeUndefined();
    expect(named.warnings.map((w) => [w.file, w.rule])).toEqual([
      ['elsewhere/secret.xml', 'report/outside-repo'],
      ['reports/link.xml', 'report/outside-repo'],
    ]);
  });

  it('count a file once, whatever paths and aliases reach it', async () => {
    write(repo, 'reports/a.xml', JUNIT('a'));
    symlinkSync('a.xml', join(repo, 'reports/alias.xml'));
    symlinkSync('reports', join(repo, 'again'));
    const { summary } = await readTestReports(
      ['reports/*.xml', 'reports/a.xml', 'reports/alias.xml', 'again/*.xml', `${repo}/reports/*.xml`],
      repo,
    );
    expect(summary?.passed).toBe(1);
    expect(summary?.sources).toEqual(['reports/a.xml']);
  });

  it('refuse a coverage file outside the repository', async () => {
    write(outside, 'lcov.info', 'SF:a\nLF:1\nLH:1\nend_of_record\n');
    await expect(readCoverage(join(outside, 'lcov.info'), repo)).rejects.toMatchObject({
      rule: 'report/outside-repo',
      exitCode: 2,
    });
    await expect(readCoverage('../lcov.info', repo)).rejects.toMatchObject({ rule: 'report/outside-repo' });
  });

  it('do not read a coverage file through a symlink that leaves the repository', async () => {
    write(outside, 'lcov.info', 'SF:a\nLF:1\nLH:1\nend_of_record\n');
    symlinkSync(join(outside, 'lcov.info'), join(repo, 'lcov.info'));
    const { coverage, warnings } = await readCoverage('lcov.info', repo);
    expect(coverage).toBeUndefined();
    expect(warnings.map((w) => [w.file, w.rule])).toEqual([['lcov.info', 'report/outside-repo']]);
    // A symlink inside the repository is read.
    write(repo, 'coverage/lcov.info', 'SF:a\nLF:2\nLH:1\nend_of_record\n');
    symlinkSync('coverage/lcov.info', join(repo, 'inside.info'));
    expect((await readCoverage('inside.info', repo)).coverage?.linesPercent).toBe(50);
  });
});

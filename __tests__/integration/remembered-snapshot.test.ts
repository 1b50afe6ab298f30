/**
 * A push judged from the snapshot remembered at its remote's commit (app/remembered-snapshot.ts)
 * gets the verdict, the output and the exit code a push that reads the whole snapshot gets: on a
 * random history of every kind of change (work, handoffs rewritten, left incomplete, removed, made
 * symlinks; the registry, the config and package.json changed; merges), pushed the way a team pushes
 * (a refused push is retried from the same remote commit). Git's trace says which pushes read nothing
 * but their commits.
 */

import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { seededRandom } from '../helpers/random.js';
import { gitEnv, HANDOFF_BIN, type TempRepo } from '../helpers/temp-repo.js';
import {
  handoffDocument,
  handoffPathOf,
  OTHER_TASK,
  pushTraced,
  REGISTRY,
  registryText,
  repoWithTask,
  TASK,
  today,
} from './check-fixtures.js';

const THIRD_TASK = 'TASK-2025-0100';
const TASKS = [TASK, OTHER_TASK, THIRD_TASK];

const cleanup: Array<() => void> = [];
afterAll(() => {
  for (const fn of cleanup) fn();
});

/** Where the snapshots are remembered. */
function snapshotsOf(repo: TempRepo): string {
  return join(repo.dir, '.git', 'handoff-guard', 'snapshots');
}

/** Writes `path` in the working tree as a regular file, whatever is there (a symlink is replaced, not followed). */
function put(repo: TempRepo, path: string, content: string): void {
  const abs = join(repo.dir, path);
  rmSync(abs, { force: true });
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

/**
 * The push judged twice: first in full, with nothing remembered (no snapshot, no document cache, no
 * listing: every file read from the tip), then with what the earlier pushes left. Both must say the
 * same; what the second run leaves stays for the next push.
 */
function pushBothWays(repo: TempRepo, from: string, to: string) {
  const dir = join(repo.dir, '.git', 'handoff-guard');
  const aside = `${dir}.aside`;
  rmSync(aside, { recursive: true, force: true });
  if (existsSync(dir)) renameSync(dir, aside);
  const full = pushTraced(repo, from, to);
  rmSync(dir, { recursive: true, force: true });
  if (existsSync(aside)) renameSync(aside, dir);
  const remembered = pushTraced(repo, from, to);
  return { full, remembered };
}

describe('a push judged from a remembered snapshot', () => {
  it('says what a push that reads everything says, over a random history of every kind of change', () => {
    const repo = repoWithTask({ tasks: TASKS });
    cleanup.push(() => repo.remove());
    const rand = seededRandom(20261204);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
    const statuses: Record<string, string> = {
      [TASK]: 'in_progress',
      [OTHER_TASK]: 'in_progress',
      [THIRD_TASK]: 'blocked',
    };
    const links: Record<string, string | undefined> = {};
    const registry = () =>
      registryText(
        Object.fromEntries(
          TASKS.map((task, i) => [
            `agent-${i + 1}`,
            { task, status: statuses[task] as string, ...(links[task] ? { link: links[task] } : {}) },
          ]),
        ),
      );
    let remote = repo.git('rev-parse', 'HEAD');
    let hits = 0;
    let misses = 0;
    let refused = 0;
    for (let step = 1; step <= 40; step++) {
      const task = pick(TASKS);
      const path = handoffPathOf(task);
      // Work alone a third of the time, as in a session; every other change as often as each other.
      const kind = rand() < 0.35 ? 0 : 1 + Math.floor(rand() * 10);
      let message = `${task}: step ${step}`;
      if (kind === 0) put(repo, `src/work${step}.ts`, `${step}\n`);
      else if (kind === 1) put(repo, path, handoffDocument(task, today(), { progress: step }));
      else if (kind === 2)
        put(repo, path, handoffDocument(task, today(), { omit: ['Next Steps'], progress: step }));
      else if (kind === 3) rmSync(join(repo.dir, path), { force: true });
      else if (kind === 4) {
        // The handoff made a symlink to another task's (inside the repository).
        rmSync(join(repo.dir, path), { force: true });
        symlinkSync(`${pick(TASKS)}-handoff-session1.md`, join(repo.dir, path));
      } else if (kind === 5) {
        statuses[task] = pick(['in_progress', 'blocked', 'complete', 'idle']);
        put(repo, REGISTRY, registry());
        message = `registry step ${step}`;
      } else if (kind === 6) {
        // A link spelt otherwise than its path, or back.
        links[task] = links[task] ? undefined : path.replace('/active/', '/active//');
        put(repo, REGISTRY, registry());
      } else if (kind === 7) {
        put(repo, '.handoffrc.json', `${JSON.stringify({ freshness: { maxCommitsBehind: step % 3 } })}\n`);
      } else if (kind === 8)
        put(repo, 'package.json', `${JSON.stringify({ name: 'x', version: `1.0.${step}` })}\n`);
      else if (kind === 9) {
        // A merge of a side line: the pushed commits are no line from any snapshot.
        const here = repo.git('rev-parse', 'HEAD');
        repo.git('checkout', '-q', '-b', `side${step}`);
        repo.commit(`${task}: side ${step}`, { [`src/side${step}.ts`]: `${step}\n` });
        repo.git('checkout', '-q', 'main');
        expect(repo.git('rev-parse', 'HEAD')).toBe(here);
        put(repo, `src/main${step}.ts`, `${step}\n`);
        repo.commit(`${task}: main ${step}`);
        repo.git('merge', '-q', '--no-ff', '-m', `merge side ${step}`, `side${step}`);
      } else {
        // The handoff written again, with the work it covers.
        put(repo, `src/work${step}.ts`, `${step}\n`);
        put(repo, path, handoffDocument(task, today(), { progress: (step * 7) % 100 }));
      }
      if (kind !== 9) repo.commit(message);
      const tip = repo.git('rev-parse', 'HEAD');
      const { full, remembered } = pushBothWays(repo, remote, tip);
      expect([step, kind, remembered.code, remembered.stderr]).toEqual([step, kind, full.code, full.stderr]);
      // The full reading reads the tip's files; from a snapshot, a push whose commits change none of
      // them reads none (a refused push still asks git for HEAD and the working tree, for its fixes).
      expect(full.git).toContain('cat-file');
      if (!remembered.git.includes('cat-file') && !remembered.git.includes('ls-tree')) hits++;
      else misses++;
      if (remembered.code === 0) remote = tip;
      else refused++;
    }
    // Each way was taken: a test of one of them alone would prove nothing.
    expect(hits).toBeGreaterThan(5);
    expect(misses).toBeGreaterThan(5);
    expect(refused).toBeGreaterThan(3);
  });

  it('judges the same push again from its own snapshot, reading nothing but its commits', () => {
    const repo = repoWithTask();
    cleanup.push(() => repo.remove());
    const from = repo.git('rev-parse', 'HEAD');
    repo.commit(`${TASK}: work`, { 'src/a.ts': 'a\n' });
    const to = repo.commit(`${TASK}: handoff`, {
      [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { progress: 60 }),
    });
    const first = pushTraced(repo, from, to);
    expect(first.code).toBe(0);
    expect(first.git).toContain('cat-file');
    expect(readdirSync(snapshotsOf(repo))).toEqual([`${to}.json`]);
    const again = pushTraced(repo, from, to);
    expect(again.git).toEqual(['log']);
    expect(again.stderr).toBe(first.stderr);
    // The next push from that tip reads the handoff its commit changed, and nothing else.
    const next = repo.commit(`${TASK}: handoff again`, {
      [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { omit: ['Next Steps'] }),
    });
    const incomplete = pushTraced(repo, to, next);
    expect(incomplete.code).toBe(1);
    expect(incomplete.git).not.toContain('ls-tree');
    expect(incomplete.stderr).toContain('lacks Next Steps');
    // The handoff it parsed joins the document cache, which keeps the summaries it did not look up.
    const cached = Object.keys(
      JSON.parse(readFileSync(join(repo.dir, '.git', 'handoff-guard', 'cache.json'), 'utf8')).entries,
    );
    for (const commit of [to, next])
      expect(cached).toContain(`blob:${repo.git('rev-parse', `${commit}:${handoffPathOf(TASK)}`)}`);
    // Stored as the snapshot it started from with the handoff it changed, on that one's file.
    expect(readdirSync(snapshotsOf(repo)).sort()).toEqual([`${next}.${to}.json`, `${to}.json`].sort());
    // A push from there reads the stored changes over their base, and says what a full reading says.
    const fixed = repo.commit(`${TASK}: handoff complete`, {
      [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { progress: 70 }),
    });
    const { full, remembered } = pushBothWays(repo, to, fixed);
    expect(remembered.git).not.toContain('ls-tree');
    expect([remembered.code, remembered.stderr]).toEqual([full.code, full.stderr]);
    expect(remembered.code).toBe(0);
    expect(readdirSync(snapshotsOf(repo)).sort()).toEqual(
      [`${fixed}.${to}.json`, `${next}.${to}.json`, `${to}.json`].sort(),
    );
    const work = repo.commit(`${TASK}: more work`, { 'src/b.ts': 'b\n' });
    const fromChanges = pushTraced(repo, fixed, work);
    expect(fromChanges.git).not.toContain('cat-file');
    expect(fromChanges.code).toBe(1);
    // Its base and the newest two are kept: the oldest change file goes.
    expect(readdirSync(snapshotsOf(repo)).sort()).toEqual(
      [`${work}.${to}.json`, `${fixed}.${to}.json`, `${to}.json`].sort(),
    );
  });

  it('reads a handoff its commits changed by the blob they name, listing no folder', () => {
    const repo = repoWithTask();
    cleanup.push(() => repo.remove());
    const from = repo.git('rev-parse', 'HEAD');
    const to = repo.commit(`${TASK}: handoff`, {
      [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { progress: 60 }),
    });
    expect(pushTraced(repo, from, to).code).toBe(0);
    repo.commit(`${TASK}: work`, { 'src/a.ts': 'a\n' });
    repo.commit(`${TASK}: handoff again`, {
      [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { progress: 70 }),
    });
    const next = repo.commit(`${TASK}: handoff half written`, {
      [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { omit: ['Next Steps'] }),
    });
    // No listing of the tip's folders can be worked out (none remembered) and no summary is cached:
    // the snapshot, the commits and the one blob they end on are all the push reads.
    const dir = join(repo.dir, '.git', 'handoff-guard');
    for (const kept of readdirSync(dir))
      if (kept !== 'snapshots') rmSync(join(dir, kept), { recursive: true });
    const { full, remembered } = pushBothWays(repo, to, next);
    // (A refused push then looks at the working tree for its fix: `rev-parse`, `status`.)
    expect(remembered.git.slice(0, 2)).toEqual(['log', 'cat-file']);
    expect(remembered.git).not.toContain('ls-tree');
    expect(full.git).toContain('ls-tree');
    expect([remembered.code, remembered.stderr]).toEqual([full.code, full.stderr]);
    expect(remembered.stderr).toContain('lacks Next Steps');
  });

  it('is not made stale by `git replace`: every reading judges the objects as stored', () => {
    const repo = repoWithTask();
    cleanup.push(() => repo.remove());
    const from = repo.git('rev-parse', 'HEAD');
    repo.commit(`${TASK}: work`, { 'src/a.ts': 'a\n' });
    const to = repo.commit(`${TASK}: handoff`, {
      [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { progress: 60 }),
    });
    expect(pushTraced(repo, from, to).code).toBe(0);
    // The handoff's blob replaced by an incomplete one after its snapshot was remembered: git's
    // commands would show the replacement, but the check reads what the commits hold.
    const incomplete = repo.commit('incomplete', {
      [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { omit: ['Next Steps'] }),
    });
    const [stored, replacement] = [to, incomplete].map((c) =>
      repo.git('rev-parse', `${c}:${handoffPathOf(TASK)}`),
    );
    repo.git('reset', '-q', '--hard', to);
    repo.git('replace', stored as string, replacement as string);
    expect(repo.git('show', `${to}:${handoffPathOf(TASK)}`)).not.toContain('## Next Steps');
    const next = repo.commit(`${TASK}: more work`, { 'src/b.ts': 'b\n' });
    const { full, remembered } = pushBothWays(repo, to, next);
    // Read from the snapshot (only its commits; refused, it then looks at the working tree for the
    // fix: HEAD's commit from its files, then what is not committed).
    expect(remembered.git.slice(0, 2)).toEqual(['log', 'status']);
    expect([remembered.code, remembered.stderr]).toEqual([full.code, full.stderr]);
    expect(full.stderr).toContain('behind: 1 work commit(s)');
    expect(full.stderr).not.toContain('Next Steps');
  });

  it('loads what the config needs as reading it does: a task-id pattern of its own runs on RE2', () => {
    const repo = repoWithTask();
    cleanup.push(() => repo.remove());
    const from = repo.commit('config', {
      '.handoffrc.json': `${JSON.stringify({ taskIdPattern: '[A-Z]+-\\d{4}-\\d{4}(?:-[A-Z0-9]+)?' })}\n`,
    });
    const to = repo.commit(`${TASK}: work`, { 'src/a.ts': 'a\n' });
    const first = pushTraced(repo, from, to);
    expect(first.code).toBe(1);
    expect(existsSync(join(snapshotsOf(repo), `${to}.json`))).toBe(true);
    const next = repo.commit(`${TASK}: more work`, { 'src/b.ts': 'b\n' });
    const { full, remembered } = pushBothWays(repo, to, next);
    expect(remembered.git).not.toContain('cat-file');
    expect([remembered.code, remembered.stderr]).toEqual([full.code, full.stderr]);
    expect(remembered.stderr).toContain('behind: 1 work commit(s)');
  });

  it('is not remembered when the registry or a config file is reached through a symlink', () => {
    for (const through of ['registry folder', 'registry', 'config'] as const) {
      const repo = repoWithTask({ tasks: [TASK, OTHER_TASK] });
      cleanup.push(() => repo.remove());
      const target = { 'registry folder': 'state', registry: 'state/reg.json', config: 'cfg/handoff.json' }[
        through
      ];
      const link = { 'registry folder': '.agent-context', registry: REGISTRY, config: '.handoffrc.json' }[
        through
      ];
      const registryAt =
        through === 'config' ? REGISTRY : through === 'registry' ? target : `${target}/agent-handoffs.json`;
      if (through === 'config')
        put(repo, target, `${JSON.stringify({ freshness: { maxCommitsBehind: 0 } })}\n`);
      else {
        mkdirSync(join(repo.dir, 'state'), { recursive: true });
        renameSync(join(repo.dir, REGISTRY), join(repo.dir, registryAt));
        rmSync(join(repo.dir, link), { recursive: true, force: true });
      }
      symlinkSync(through === 'registry' ? '../state/reg.json' : target, join(repo.dir, link));
      const from = repo.commit(`${TASK}: ${through} through a symlink`);
      const to = repo.commit(`${TASK}: work`, { 'src/a.ts': 'a\n' });
      expect(pushTraced(repo, from, to).code).toBe(1);
      expect(existsSync(snapshotsOf(repo)) ? readdirSync(snapshotsOf(repo)) : []).toEqual([]);
      // The symlink's target changed (the task finished; the limit raised): the push is read in full.
      if (through === 'config')
        put(repo, target, `${JSON.stringify({ freshness: { maxCommitsBehind: 5 } })}\n`);
      else
        put(
          repo,
          registryAt,
          registryText({ 'agent-1': { task: TASK, status: 'complete' }, 'agent-2': { task: OTHER_TASK } }),
        );
      const next = repo.commit('the target changed');
      const { full, remembered } = pushBothWays(repo, to, next);
      expect([through, remembered.code, remembered.stderr]).toEqual([through, full.code, full.stderr]);
      // What the change made the full reading say (a snapshot taken before it would not).
      expect(full.stderr).toContain(
        through === 'config' ? '2 active task(s), every handoff fresh' : '1 of 1 active task(s)',
      );
    }
  });

  it('is not remembered when a handoff is reached through a symlink, and a damaged one is none', () => {
    const repo = repoWithTask();
    cleanup.push(() => repo.remove());
    const from = repo.git('rev-parse', 'HEAD');
    const path = handoffPathOf(TASK);
    const target = path.replace('session1', 'real');
    renameSync(join(repo.dir, path), join(repo.dir, target));
    symlinkSync(target.slice(target.lastIndexOf('/') + 1), join(repo.dir, path));
    const linked = repo.commit(`${TASK}: handoff through a symlink`);
    const pushed = pushTraced(repo, from, linked);
    expect(pushed.code).toBe(0);
    expect(existsSync(snapshotsOf(repo)) ? readdirSync(snapshotsOf(repo)) : []).toEqual([]);
    // Its target rewritten: the push reads it (a snapshot would have followed the link's path only).
    put(repo, path, handoffDocument(TASK, today()));
    const plain = repo.commit(`${TASK}: handoff as a file`);
    const ok = pushTraced(repo, linked, plain);
    expect(ok.code).toBe(0);
    const file = join(snapshotsOf(repo), `${plain}.json`);
    expect(existsSync(file)).toBe(true);
    writeFileSync(file, '{"format":"1/0.1.0","snapshot":{"commit":');
    const damaged = pushTraced(repo, linked, plain);
    expect(damaged.stderr).toBe(ok.stderr);
    // Read in full, and remembered anew: the same push then reads nothing but its commits.
    expect(JSON.parse(readFileSync(file, 'utf8')).snapshot.commit).toBe(plain);
    expect(pushTraced(repo, linked, plain).git).toEqual(['log']);
  });
  it('reads no snapshot another build of this version remembered, nor its document summaries', () => {
    const repo = repoWithTask();
    cleanup.push(() => repo.remove());
    const from = repo.git('rev-parse', 'HEAD').trim();
    put(repo, handoffPathOf(TASK), handoffDocument(TASK, today()));
    const tip = repo.commit(`${TASK}: handoff`);
    const first = pushTraced(repo, from, tip);
    expect(first.code).toBe(0);
    expect(pushTraced(repo, from, tip).git).toEqual(['log']);
    // As a build of the same version before builds were told apart wrote them (its rules may differ).
    const file = join(snapshotsOf(repo), `${tip}.json`);
    const snapshot = JSON.parse(readFileSync(file, 'utf8'));
    expect(snapshot.format).toMatch(/^1\/\d+\.\d+\.\d+\+[0-9a-f]{16}$/);
    writeFileSync(file, JSON.stringify({ ...snapshot, format: snapshot.format.replace(/\+.*/, '') }));
    const cacheFile = join(repo.dir, '.git', 'handoff-guard', 'cache.json');
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    writeFileSync(cacheFile, JSON.stringify({ ...cache, version: cache.version.replace(/\+.*/, '') }));
    const again = pushTraced(repo, from, tip);
    expect(again.stderr).toBe(first.stderr);
    expect(again.git).not.toEqual(['log']);
    // Remembered anew by this build.
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe(snapshot.format);
    expect(pushTraced(repo, from, tip).git).toEqual(['log']);
  });
  it('takes a FIFO, a device or a huge file in place of a cache for no cache: the push is judged, never hung', () => {
    const repo = repoWithTask();
    cleanup.push(() => repo.remove());
    const codeCache = mkdtempSync(join(tmpdir(), 'handoff-code-cache-'));
    cleanup.push(() => rmSync(codeCache, { recursive: true, force: true }));
    const from = repo.git('rev-parse', 'HEAD').trim();
    put(repo, handoffPathOf(TASK), handoffDocument(TASK, today()));
    const tip = repo.commit(`${TASK}: handoff`);
    // Bounded, so that a hang fails the test instead of stalling the suite.
    const pushOf = (start: string, end: string) => {
      const result = spawnSync(
        process.execPath,
        [HANDOFF_BIN, 'check', '--hook', 'pre-push', 'origin', 'url'],
        {
          cwd: repo.dir,
          env: gitEnv({ HANDOFF_CODE_CACHE: codeCache }),
          input: `refs/heads/main ${end} refs/heads/main ${start}\n`,
          encoding: 'utf8',
          timeout: 30_000,
        },
      );
      return { code: result.status, stderr: result.stderr, signal: result.signal };
    };
    const push = () => pushOf(from, tip);
    const first = push();
    expect(first.code).toBe(0);
    push();
    const state = join(repo.dir, '.git', 'handoff-guard');
    const caches = [
      join(state, 'cache.json'),
      join(state, 'snapshots', `${tip}.json`),
      join(state, 'listings', `${tip}.json`),
      ...readdirSync(codeCache).map((name) => join(codeCache, name)),
    ];
    expect(caches.every((file) => existsSync(file))).toBe(true);
    expect(caches.some((file) => file.endsWith('.v8'))).toBe(true);
    for (const make of [
      (file: string) => spawnSync('mkfifo', [file]),
      (file: string) => symlinkSync('/dev/zero', file),
      (file: string) => writeFileSync(file, Buffer.alloc(65 * 1024 * 1024, 0x20)),
    ]) {
      for (const file of caches) {
        rmSync(file, { force: true });
        make(file);
      }
      expect(push()).toEqual(first);
    }
    // A listing remembered anew over a FIFO in its place (the next push, with no snapshot to read
    // from): replaced, not written into, which waited for a reader for ever.
    rmSync(join(state, 'listings', `${tip}.json`), { force: true });
    spawnSync('mkfifo', [join(state, 'listings', `${tip}.json`)]);
    rmSync(join(state, 'snapshots'), { recursive: true, force: true });
    put(repo, handoffPathOf(TASK), `${handoffDocument(TASK, today())}\nMore.\n`);
    const next = repo.commit(`${TASK}: handoff again`);
    expect(pushOf(tip, next)).toMatchObject({ code: 0, signal: null });
    expect(JSON.parse(readFileSync(join(state, 'listings', `${tip}.json`), 'utf8')).specs).toBeDefined();
  });
});

// Builds the bench's repositories with `git fast-import`: a long history of small work commits (built
// once per size), then, per variant, a `git clone --shared` of it with N active tasks and complete handoff
// documents, then a short pushed range in which each commit is a work commit that also updates a handoff.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const TASKS = 300;
export const PUSHED = 10;

export function taskId(i) {
  return `TASK-2025-${String(i).padStart(4, '0')}`;
}

export function handoffPath(i) {
  return `delegation/tasks/active/${taskId(i)}-handoff-session1.md`;
}

function isoDate(epochSeconds) {
  return new Date(epochSeconds * 1000).toISOString().slice(0, 10);
}

export function handoffDocument(i, epochSeconds) {
  return `# ${taskId(i)}: Synthetic Task Handoff (Session 1)

**Date**: ${isoDate(epochSeconds)}
**Agent**: agent-${i}
**Duration**: 2 hours
**Status**: In Progress (40%)

## Current State

**What's Working:**
- ✅ Parser for module ${i} handles the common cases
- ✅ 12 integration tests passing

**What's Broken:**
- ❌ Error paths of module ${i} are not covered

## Decisions Made

1. **Stream the input** - Reason: reports can be large

## Current Blockers

1. **Flaky fixture** - the temp folder is shared between tests

## Next Steps

- [ ] Isolate the temp folder per test
- [ ] Cover the error paths

## Time and Progress

**Time Spent:** 2 hours
**Estimated Remaining:** 3 hours
**Progress:** 40% complete
`;
}

export function registry(tasks = TASKS) {
  const entries = {};
  for (let i = 1; i <= tasks; i++) {
    entries[`agent-${i}`] = {
      status: 'in_progress',
      current_task: taskId(i),
      task_started: '2025-11-08',
      brief_note: `Synthetic task ${i}`,
      details_link: handoffPath(i),
    };
  }
  return `${JSON.stringify(entries, null, 2)}\n`;
}

function data(text) {
  return `data ${Buffer.byteLength(text)}\n${text}\n`;
}

const git = (cwd, ...args) => execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 }).trim();

/** Streams a fast-import script into the repository at `dir`; `write(emit)` produces it. */
async function fastImport(dir, write) {
  const child = spawn('git', ['fast-import', '--quiet', '--force'], {
    cwd: dir,
    stdio: ['pipe', 'inherit', 'inherit'],
  });
  const done = new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`git fast-import exited ${code}`)),
    );
  });
  let buffer = '';
  const emit = async (text) => {
    buffer += text;
    if (buffer.length > 1 << 20) {
      if (!child.stdin.write(buffer)) await new Promise((r) => child.stdin.once('drain', r));
      buffer = '';
    }
  };
  await write(emit);
  child.stdin.end(buffer);
  await done;
}

/**
 * A history of `commits` small work commits (no handoffs), built once and kept in `dir`. The newest is
 * `now - 1 h`; older ones are 10 minutes apart, so 100k commits span about two years.
 */
export async function ensureHistory(dir, commits, now) {
  const marker = join(dir, '.bench-complete');
  if (existsSync(marker)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  const newest = Math.floor(now / 1000) - 3600;
  await fastImport(dir, async (emit) => {
    for (let n = 1; n <= commits; n++) {
      const task = (n % TASKS) + 1;
      const message = `work on ${taskId(task)}: change ${n}`;
      await emit(
        `commit refs/heads/main\nmark :${n}\ncommitter Bench <bench@example.com> ${newest - (commits - n) * 600} +0000\n${data(message)}${n > 1 ? `from :${n - 1}\n` : ''}M 644 inline src/module-${n % 500}.txt\n${data(`content ${n}\n`)}`,
      );
    }
  });
  writeFileSync(marker, '');
  return dir;
}

/**
 * A repository on top of `historyDir` (a synthetic history, or a real one such as a clone of git/git):
 * a cheap `git clone --shared`, then one commit adding the registry and `tasks` complete handoffs, then
 * `pushed` commits, each a work commit that also updates its task's handoff. The remote-tracking
 * `origin/main` stands before the pushed range, as after an earlier push (none with `newBranch`: an
 * empty remote, for the first push of a new branch).
 * Returns { dir, head, pushedBase }.
 */
export async function ensureVariant(
  dir,
  historyDir,
  { tasks = TASKS, pushed = PUSHED, now, newBranch = false },
) {
  const marker = join(dir, '.bench-complete');
  if (existsSync(marker)) return readInfo(dir, newBranch);
  rmSync(dir, { recursive: true, force: true });
  execFileSync('git', ['clone', '-q', '--shared', '--no-checkout', historyDir, dir]);
  const base = git(dir, 'rev-parse', 'HEAD');
  const when = Math.floor(now / 1000) - 600;
  await fastImport(dir, async (emit) => {
    let text = `commit refs/heads/main\nmark :1\ncommitter Bench <bench@example.com> ${when} +0000\n${data('Handoffs for all active tasks')}from ${base}\n`;
    text += `M 644 inline .agent-context/agent-handoffs.json\n${data(registry(tasks))}`;
    await emit(text);
    for (let i = 1; i <= tasks; i++)
      await emit(`M 644 inline ${handoffPath(i)}\n${data(handoffDocument(i, when))}`);
    for (let p = 1; p <= pushed; p++) {
      const task = ((p - 1) % tasks) + 1;
      await emit(
        `commit refs/heads/main\nmark :${p + 1}\ncommitter Bench <bench@example.com> ${when + p * 30} +0000\n${data(`${taskId(task)}: finish step ${p}`)}from :${p}\nM 644 inline src/module-${p}.txt\n${data(`pushed ${p}\n`)}M 644 inline ${handoffPath(task)}\n${data(handoffDocument(task, when + p * 30).replace('40%', `${40 + (p % 50)}%`))}`,
      );
    }
  });
  git(dir, 'symbolic-ref', 'HEAD', 'refs/heads/main');
  git(dir, 'reset', '-q', '--hard', 'refs/heads/main');
  git(dir, 'remote', 'set-url', 'origin', join(dir, 'remote-does-not-exist.git'));
  for (const ref of git(dir, 'for-each-ref', '--format=%(refname)', 'refs/remotes/')
    .split('\n')
    .filter(Boolean)) {
    git(dir, 'update-ref', '-d', ref);
  }
  for (const ref of git(dir, 'for-each-ref', '--format=%(refname)', 'refs/heads/', 'refs/tags/').split(
    '\n',
  )) {
    if (ref && ref !== 'refs/heads/main') git(dir, 'update-ref', '-d', ref);
  }
  if (!newBranch) git(dir, 'update-ref', 'refs/remotes/origin/main', `main~${pushed}`);
  writeFileSync(marker, '');
  return readInfo(dir, newBranch);
}

/** The 1k-commit, 300-task repository the older cases (and the Action case) use. */
export async function ensureSyntheticRepo(dir, commits, now) {
  const history = await ensureHistory(`${dir}-history`, commits - 1 - PUSHED, now);
  return ensureVariant(dir, history, { now });
}

function readInfo(dir, newBranch = false) {
  return {
    dir,
    head: git(dir, 'rev-parse', 'main'),
    pushedBase: newBranch ? '0'.repeat(40) : git(dir, 'rev-parse', 'refs/remotes/origin/main'),
  };
}

/**
 * kill -9 during `handoff draft`, at random moments (fixed seed): after every kill the registry is
 * valid and links the old handoff or the new one, no temporary file is where `git add -A` would take
 * it, and the next draft succeeds (finishing what the killed one left). Runs the built dist/cli.js.
 *
 * HANDOFF_KILL_RUNS sets the number of kills (default 4, some seconds; run it with 60 or more to search harder).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { checkRegistry } from '../../src/core/registry.js';
import { CLI_BIN, gitEnv, TempRepo } from '../helpers/temp-repo.js';

const RUNS = Number(process.env.HANDOFF_KILL_RUNS ?? 4);
const REGISTRY = '.agent-context/agent-handoffs.json';
const handoff = (session: number) => `delegation/tasks/active/TASK-1-handoff-session${session}.md`;

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ARGS = [CLI_BIN, 'draft', '--task', 'TASK-1', '--agent', 'a', '--no-interactive'];

/**
 * Runs a draft and kills it with SIGKILL: after `delayMs`, or, with `onWrite`, that long after the
 * draft starts writing (its pending note appears in the git dir), to hit the narrow window between
 * creating the document and updating the registry.
 */
function draftKilled(
  repo: TempRepo,
  delayMs: number,
  onWrite?: string,
): Promise<{ killed: boolean; code: number | null }> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, ARGS, { cwd: repo.dir, env: gitEnv(), stdio: 'ignore' });
    let killed = false;
    const kill = () => {
      killed = child.kill('SIGKILL');
    };
    let timer: NodeJS.Timeout | undefined;
    const poll = onWrite
      ? setInterval(() => {
          if (readdirSync(onWrite).length > 0) {
            clearInterval(poll);
            timer = setTimeout(kill, delayMs);
          }
        }, 1)
      : undefined;
    if (!onWrite) timer = setTimeout(kill, delayMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      clearInterval(poll);
      resolvePromise({ killed: killed && code === null, code });
    });
  });
}

function linked(repo: TempRepo): string | undefined {
  const text = readFileSync(join(repo.dir, REGISTRY), 'utf8');
  const checked = checkRegistry(text, REGISTRY, DEFAULT_CONFIG.statuses);
  expect(checked.problems.map((p) => p.message)).toEqual([]);
  return checked.registry?.a?.details_link ?? undefined;
}

/** Files `git add -A` would add that are neither the registry nor a handoff. */
function strayFiles(repo: TempRepo): string[] {
  return [repo.git('ls-files', '--others', '--exclude-standard'), repo.git('diff', '--name-only')]
    .join('\n')
    .split('\n')
    .filter((l) => l !== '')
    .filter(
      (path) => path !== REGISTRY && !/^delegation\/tasks\/active\/TASK-1-handoff-session\d+\.md$/.test(path),
    );
}

it(`kill -9 at ${RUNS} random moments of a draft never leaves a half-done state`, async () => {
  const repo = TempRepo.init();
  try {
    repo.commit('TASK-1 start', { 'src/a.ts': 'export const a = 1;\n' });
    // A whole draft's time here sets when kills fall (measured again on every uninterrupted draft).
    const started = Date.now();
    const first = spawnSync(process.execPath, ARGS, { cwd: repo.dir, env: gitEnv() });
    expect(first.status).toBe(0);
    let span = Math.max(Date.now() - started, 100);
    repo.commit('TASK-1 session 1');
    const pending = repo.git('rev-parse', '--path-format=absolute', '--git-path', 'handoff-guard/pending');

    const next = random(13);
    let session = 1;
    let kills = 0;
    let recovered = 0;
    let killedAfterLink = 0;
    for (let run = 0; run < RUNS; run++) {
      // Every other kill aims at the writes (0-20 ms after they start); the rest fall anywhere in
      // the second half of a draft or just after it.
      const outcome =
        run % 2 === 0
          ? await draftKilled(repo, Math.floor(20 * next()), pending)
          : await draftKilled(repo, Math.floor(span * (0.3 + 0.8 * next())));
      if (outcome.killed) kills++;
      else expect(outcome.code).toBe(0);

      // The registry is valid and links the old handoff or, if the draft got that far, the new one.
      const link = linked(repo);
      expect([handoff(session), handoff(session + 1)]).toContain(link);
      expect(existsSync(join(repo.dir, link as string))).toBe(true);
      expect(strayFiles(repo)).toEqual([]);
      if (link === handoff(session + 1)) {
        session++;
        if (outcome.killed) killedAfterLink++;
      }

      // The user commits what is there (a draft refuses to follow an uncommitted handoff); the next
      // draft then finishes what was left (an unlinked document is linked first) and succeeds.
      repo.commit(`TASK-1 after kill ${run}`);
      const afterStarted = Date.now();
      const after = spawnSync(process.execPath, ARGS, { cwd: repo.dir, env: gitEnv(), encoding: 'utf8' });
      span = Math.max(Date.now() - afterStarted, 100);
      expect(after.status === 0 ? 'exit 0' : `exit ${after.status}: ${after.stderr}`).toBe('exit 0');
      if (/Finished an interrupted draft/.test(after.stderr)) {
        recovered++;
        session++;
      }
      session++;
      expect(linked(repo)).toBe(handoff(session));
      expect(strayFiles(repo)).toEqual([]);
      repo.commit(`TASK-1 session ${session}`);
    }
    // Every session's handoff exists: nothing was lost on the way.
    for (let s = 1; s <= session; s++) expect(existsSync(join(repo.dir, handoff(s)))).toBe(true);
    expect(existsSync(join(repo.dir, handoff(session + 1)))).toBe(false);
    expect(kills).toBeGreaterThan(0);
    if (process.env.HANDOFF_KILL_LOG) {
      process.stderr.write(
        `${RUNS} runs, span ${span} ms: ${kills} killed (${killedAfterLink} after the registry was updated), ${recovered} unlinked documents linked by the next draft, ${session} sessions\n`,
      );
    }
  } finally {
    repo.remove();
  }
}, 600_000);

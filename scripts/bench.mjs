// `npm run bench`: the speed goals of issue 10, each measured against its baseline in the same run and
// interleaved with it (baseline and case alternate run by run), so a noisy shared machine shows up in
// both numbers and the ratio stays meaningful. Every timed case runs twice over: with
// NODE_EXTRA_CA_CERTS unset ("clean", as on a developer's machine; the goals are judged on it) and with
// the environment as it is ("as-is"). Prints medians and ratios and writes bench-results.json.
//
//   npm run bench                      all cases at the goals' sizes (repositories cached in .bench/)
//   npm run bench -- --quick           fewer runs and smaller sizes, for a quick look
//   npm run bench -- --only hook,cold  some groups: floor hook cold tasks firstpush ranges resume status
//                                      agent draft reports action real
//   npm run bench -- --real-repo PATH  also a real history (e.g. a clone of git/git; never committed)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runActionCase } from './bench/action.mjs';
import { writeJUnitOfSize } from './bench/junit.mjs';
import { writeLcovOfSize } from './bench/lcov.mjs';
import { ensureHistory, ensureVariant, taskId } from './bench/synthetic-repo.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
// The `handoff` bin as npm installs it: what the hook stub and a user's `handoff …` run.
const cli = join(root, 'dist/handoff.cjs');
const work = join(root, '.bench');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const option = (name) => {
  const inline = args.find((a) => a.startsWith(`${name}=`));
  if (inline) return inline.slice(name.length + 1);
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const only = option('--only')?.split(',');
const realRepo = option('--real-repo');
const wanted = (group) => !only || only.includes(group);
const runs = Number(option('--runs') ?? (quick ? 5 : 15));
const now = Date.now();
const BIG = quick ? 20_000 : 100_000;
const SMALL = 1_000;
const TASK_COUNTS = quick ? [10, 300, 3_000] : [10, 300, 3_000, 10_000];
const REPORT_MB = quick ? 20 : 100;
mkdirSync(work, { recursive: true });

// The bin's V8 code cache (src/cli/code-cache.ts) lives here, so a cold case can remove it.
const codeCache = join(work, 'code-cache');
const coldCodeCache = join(work, 'code-cache-cold');
const base = {
  ...process.env,
  HANDOFF_SKIP: '',
  HUSKY: '',
  GIT_CONFIG_NOSYSTEM: '1',
  NO_COLOR: '1',
  HANDOFF_CODE_CACHE: codeCache,
};
const clean = { ...base };
delete clean.NODE_EXTRA_CA_CERTS;
const ENVS = { clean, 'as-is': base };
const hasCaBundle = Boolean(process.env.NODE_EXTRA_CA_CERTS);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0
    ? Number.NaN
    : sorted.length % 2
      ? sorted[mid]
      : (sorted[mid - 1] + sorted[mid]) / 2;
}

function runOnce(c, env) {
  c.before?.();
  const start = process.hrtime.bigint();
  const result = spawnSync(c.command, c.args, {
    cwd: c.cwd ?? root,
    input: c.input,
    env: { ...env, ...c.env },
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, status: result.status, stderr: String(result.stderr), stdout: String(result.stdout) };
}

/**
 * Runs the cases interleaved: in each round every case runs once under every environment, the order
 * rotating from round to round. Returns { [case]: { [env]: { ms, samples, status } } }.
 */
// Warm-up runs: with two environments, three rounds are the six runs that may still grow the code
// cache (src/cli/code-cache.ts, CHECKED_RUNS), so the runs measured only read it.
function interleaved(cases, { count = runs, warmup = 3, envs = ENVS } = {}) {
  const out = {};
  const plan = [];
  for (const c of cases) {
    out[c.name] = {};
    for (const [envName, env] of Object.entries(envs)) {
      out[c.name][envName] = { samples: [] };
      plan.push({ c, envName, env });
    }
  }
  for (let round = 0; round < warmup + count; round++) {
    for (let k = 0; k < plan.length; k++) {
      const { c, envName, env } = plan[(k + round) % plan.length];
      const result = runOnce(c, env);
      const slot = out[c.name][envName];
      if (round >= warmup) slot.samples.push(result.ms);
      slot.status = result.status;
      slot.stderr = result.stderr;
      if (c.ok && !c.ok.includes(result.status) && !slot.warned) {
        slot.warned = true;
        console.error(
          `  ! ${c.name} exited ${result.status}: ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`,
        );
      }
    }
  }
  for (const byEnv of Object.values(out))
    for (const slot of Object.values(byEnv)) slot.ms = median(slot.samples);
  return out;
}

const results = [];
/** One line per case and environment; `goal` is { against, max } (a ratio) or { ms } / { mib }. */
function report(name, measured, goal = {}, extra = {}) {
  for (const envName of Object.keys(measured)) {
    const ms = measured[envName];
    const against = goal.against?.[envName];
    const ratio = against ? ms / against.ms : undefined;
    let ok;
    if (goal.max !== undefined && ratio !== undefined) ok = ratio <= goal.max;
    if (goal.ms !== undefined)
      ok = ms <= goal.ms && (goal.mib === undefined || (extra.peakRssMiB ?? 0) <= goal.mib);
    const judged = envName === 'clean';
    const row = {
      case: name,
      env: envName,
      medianMs: round1(ms),
      baseline: against ? { name: against.name, medianMs: round1(against.ms) } : undefined,
      ratio: ratio === undefined ? undefined : Number(ratio.toFixed(2)),
      goal: goal.text,
      ok: judged ? ok : undefined,
      ...extra,
    };
    results.push(row);
    const mark = !judged || ok === undefined ? '    ' : ok ? 'ok  ' : 'MISS';
    const baseText = against ? `vs ${against.name} ${against.ms.toFixed(1)} ms` : '';
    const ratioText = ratio === undefined ? '' : `×${ratio.toFixed(2)}`;
    const goalText = goal.text && judged ? `goal ${goal.text}` : '';
    const note = extra.note ? `  ${extra.note}` : '';
    console.log(
      `${mark} ${name.padEnd(46)} ${envName.padEnd(5)} ${ms.toFixed(1).padStart(8)} ms  ${baseText.padEnd(40)} ${ratioText.padEnd(7)} ${goalText}${note}`,
    );
  }
}
const round1 = (n) => Number(n.toFixed(1));
// A case that exited with a status it must not have (warned about with `!` as it ran) has no time:
// NaN, so its goal is missed rather than met by a run that failed fast.
const msOf = (measured, caseName) =>
  Object.fromEntries(
    Object.entries(measured[caseName]).map(([env, slot]) => [env, slot.warned ? Number.NaN : slot.ms]),
  );
const baselineOf = (measured, caseName, label = caseName) =>
  Object.fromEntries(
    Object.entries(measured[caseName]).map(([env, slot]) => [env, { name: label, ms: slot.ms }]),
  );

function git(cwd, ...gitArgs) {
  return spawnSync('git', gitArgs, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 }).stdout.trim();
}

/**
 * The git commands a hook run starts, to build the floor from the same `git log`. GIT_TRACE goes to
 * a file: the check collects git's stderr and shows it only when git fails.
 */
function gitCommandsOf(c) {
  const traceFile = join(work, 'git-trace.txt');
  rmSync(traceFile, { force: true });
  runOnce({ ...c, env: { ...c.env, GIT_TRACE: traceFile } }, clean);
  const commands = [];
  const trace = existsSync(traceFile) ? readFileSync(traceFile, 'utf8') : '';
  for (const line of trace.split('\n')) {
    const match =
      / trace: (?:exec|built-in): git (.*)$/.exec(line) ?? / trace: run_command: git (.*)$/.exec(line);
    if (match) commands.push(splitTraceArgs(match[1]));
  }
  rmSync(traceFile, { force: true });
  return commands;
}

function splitTraceArgs(text) {
  const out = [];
  for (const match of text.matchAll(/'((?:[^'\\]|\\.)*)'|(\S+)/g)) out.push(match[1] ?? match[2]);
  return out;
}

/** A node process that runs the given git command once: node's start plus that git log. */
function floorCase(name, cwd, gitArgs) {
  const script = `require('node:child_process').spawnSync('git', ${JSON.stringify(gitArgs)}, { stdio: 'ignore' })`;
  return { name, command: process.execPath, args: ['-e', script], cwd };
}

function hookCase(name, repo, { stdin, cold = false } = {}) {
  return {
    name,
    command: process.execPath,
    args: [cli, 'check', '--hook', 'pre-push', 'origin', 'file:///nowhere'],
    cwd: repo.dir,
    input: stdin ?? `refs/heads/main ${repo.head} refs/heads/main ${repo.pushedBase}\n`,
    // Cold is a fresh clone after a fresh `npm ci`: no document cache and no code cache (a folder of
    // its own, so the warm cases interleaved with it keep theirs).
    env: cold ? { HANDOFF_CODE_CACHE: coldCodeCache } : undefined,
    before: cold
      ? () => {
          rmSync(join(repo.dir, '.git', 'handoff-guard'), { recursive: true, force: true });
          rmSync(coldCodeCache, { recursive: true, force: true });
        }
      : undefined,
    ok: [0, 1],
  };
}

/**
 * A warm push as a session makes it: the last push left the snapshot of the remote's commit (and
 * the caches), and this push brings commits that rewrite handoffs, which are read again. The warm
 * case above repeats one push, whose tip's own snapshot is then remembered.
 */
function nextPushCase(name, repo) {
  const snapshots = join(repo.dir, '.git', 'handoff-guard', 'snapshots');
  // Per build: a snapshot another build remembered is no snapshot to this one (CACHE_STAMP), and
  // the next push would read everything again.
  const saved = join(work, `snapshot-of-remote-${basename(repo.dir)}-${BUILD_ID}`);
  if (!existsSync(join(saved, `${repo.pushedBase}.json`))) {
    // The push that brought the remote's commit there: judged at it, it remembers its snapshot.
    const parent = git(repo.dir, 'rev-parse', `${repo.pushedBase}^`);
    runOnce(
      hookCase('setup', repo, { stdin: `refs/heads/main ${repo.pushedBase} refs/heads/main ${parent}\n` }),
      clean,
    );
    rmSync(saved, { recursive: true, force: true });
    mkdirSync(saved, { recursive: true });
    cpSync(join(snapshots, `${repo.pushedBase}.json`), join(saved, `${repo.pushedBase}.json`));
  }
  return {
    ...hookCase(name, repo),
    before: () => {
      rmSync(snapshots, { recursive: true, force: true });
      cpSync(saved, snapshots, { recursive: true });
    },
  };
}

const nodeEmpty = { name: 'node -e ""', command: process.execPath, args: ['-e', ''] };

/** The build being measured (scripts/build-id.mjs wrote it beside the sources dist/ was built from). */
const BUILD_ID =
  /BUILD_ID = '([0-9a-f]+)'/.exec(
    readFileSync(new URL('../src/generated/build-id.ts', import.meta.url), 'utf8'),
  )?.[1] ?? 'unknown';

if (!existsSync(cli)) {
  console.error('dist/handoff.cjs is missing: run `npm run build` first.');
  process.exit(2);
}
console.log(
  `handoff-guard bench: ${runs} interleaved runs per case (median), node ${process.version}, ${quick ? 'quick sizes' : 'full sizes'}; ` +
    `NODE_EXTRA_CA_CERTS ${hasCaBundle ? 'is set here: "as-is" rows keep it, "clean" rows unset it' : 'is not set (both rows alike)'}`,
);

async function repoOf(commits, tasks, extra = {}) {
  const started = Date.now();
  const history = await ensureHistory(join(work, `history-${commits}`), commits, now);
  const suffix = extra.newBranch ? '-newbranch' : '';
  const repo = await ensureVariant(join(work, `repo-${commits}-${tasks}${suffix}`), history, {
    tasks,
    now,
    ...extra,
  });
  const took = Date.now() - started;
  if (took > 2000)
    console.log(`     (built ${commits} commits / ${tasks} tasks${suffix} in ${(took / 1000).toFixed(1)} s)`);
  return repo;
}

// --- pre-push hook: floor, warm, cold, task counts --------------------------------------------------
if (wanted('floor') || wanted('hook') || wanted('cold') || wanted('tasks')) {
  for (const commits of [SMALL, BIG]) {
    const repos = {};
    for (const tasks of TASK_COUNTS) repos[tasks] = await repoOf(commits, tasks);
    const r300 = repos[300];
    const logs = gitCommandsOf(hookCase('trace', r300)).filter((c) => c[0] === 'log' || c[0] === 'rev-list');
    const floorArgs = logs[0] ?? ['log', '--format=%H', `${r300.pushedBase}..${r300.head}`];
    // Warm and cold are two interleavings, each with its own floor: a warm push never follows, within
    // milliseconds, a cold run of 10,000 tasks that used 2 s and 400 MB, and measured so it was slower
    // by what that run left behind (caches, memory), not by its own work.
    const floorOf = () => [nodeEmpty, floorCase('floor', r300.dir, floorArgs)];
    const count = commits === BIG && !quick ? Math.max(5, Math.round(runs / 2)) : runs;
    // Twice the runs: a warm push is tens of milliseconds, and its goal is a ratio within 30% of the
    // floor, where one noisy run in fifteen moves a median by several percent.
    const warm = interleaved(
      [
        ...floorOf(),
        ...TASK_COUNTS.map((tasks) => hookCase(`warm ${tasks}`, repos[tasks])),
        ...TASK_COUNTS.map((tasks) => nextPushCase(`next ${tasks}`, repos[tasks])),
      ],
      { count: runs * 2 },
    );
    const cold = interleaved(
      [...floorOf(), ...TASK_COUNTS.map((tasks) => hookCase(`cold ${tasks}`, repos[tasks], { cold: true }))],
      { count },
    );
    const floor = baselineOf(warm, 'floor', `floor (node + git ${floorArgs[0]})`);
    const coldFloor = baselineOf(cold, 'floor', `floor (node + git ${floorArgs[0]})`);
    console.log(`\n${commits} commits; the floor runs: git ${floorArgs.join(' ').slice(0, 120)}`);
    report(`node -e "" (${commits})`, msOf(warm, 'node -e ""'));
    report(`floor: node + the hook's git log (${commits})`, msOf(warm, 'floor'));
    for (const tasks of TASK_COUNTS) {
      report(`warm hook, ${commits} commits, ${tasks} tasks`, msOf(warm, `warm ${tasks}`), {
        against: floor,
        max: 1.3,
        text: '≤ 1.3× floor',
      });
    }
    for (const tasks of TASK_COUNTS) {
      report(`warm hook, ${commits} commits, ${tasks} tasks, next push`, msOf(warm, `next ${tasks}`), {
        against: floor,
        max: 1.3,
        text: '≤ 1.3× floor',
      });
    }
    report(`floor, beside the cold runs (${commits})`, msOf(cold, 'floor'));
    for (const tasks of TASK_COUNTS) {
      report(
        `cold hook, ${commits} commits, ${tasks} tasks`,
        msOf(cold, `cold ${tasks}`),
        tasks === 300 ? { against: coldFloor, max: 1.6, text: '≤ 1.6× floor' } : {},
      );
    }
    const biggest = TASK_COUNTS.at(-1);
    if (cold[`cold ${biggest}`]) {
      report(`cold hook, ${commits} commits, ${biggest} ÷ 300 tasks`, msOf(cold, `cold ${biggest}`), {
        against: baselineOf(cold, 'cold 300', 'cold 300 tasks'),
        max: 2,
        text: '≤ 2× the time of 300',
      });
    }
  }
}

// --- first push of a new branch (empty remote) on the big history -----------------------------------
if (wanted('firstpush')) {
  const warm = await repoOf(BIG, 300);
  const fresh = await repoOf(BIG, 300, { newBranch: true });
  const stdin = `refs/heads/main ${fresh.head} refs/heads/main ${'0'.repeat(40)}\n`;
  const m = interleaved([hookCase('warm push', warm), hookCase('first push', fresh, { stdin })]);
  console.log('');
  report(`first push of a new branch, ${BIG} commits`, msOf(m, 'first push'), {
    against: baselineOf(m, 'warm push', 'warm push'),
    max: 2,
    text: '≤ 2× warm push',
  });
}

// --- pushed ranges of 1, 100, 10k commits ------------------------------------------------------------
if (wanted('ranges')) {
  const repo = await repoOf(BIG, 300);
  const sizes = quick ? [1, 100, 5_000] : [1, 100, 10_000];
  const cases = [nodeEmpty];
  for (const size of sizes) {
    const from = git(repo.dir, 'rev-parse', `main~${size}`);
    cases.push(
      hookCase(`range ${size}`, repo, { stdin: `refs/heads/main ${repo.head} refs/heads/main ${from}\n` }),
    );
  }
  const m = interleaved(cases);
  console.log('');
  for (const size of sizes) {
    report(`warm hook, ${size}-commit range (${BIG} commits)`, msOf(m, `range ${size}`), {
      against: baselineOf(m, 'node -e ""'),
    });
  }
}

// --- resume and status ---------------------------------------------------------------------------------
if (wanted('resume') || wanted('status')) {
  const repo = await repoOf(BIG, 300);
  const m = interleaved([
    nodeEmpty,
    {
      name: 'resume',
      command: process.execPath,
      args: [cli, 'resume', '--task', taskId(1), '--format', 'json'],
      cwd: repo.dir,
      ok: [0],
    },
    { name: 'status', command: process.execPath, args: [cli, 'status'], cwd: repo.dir, ok: [0, 1] },
  ]);
  const node = baselineOf(m, 'node -e ""');
  console.log('');
  report(`resume, ${BIG} commits`, msOf(m, 'resume'), { against: node, max: 2, text: '≤ 2× node -e ""' });
  report(`status, ${BIG} commits`, msOf(m, 'status'), { against: node });
}

// --- the agent hooks: what an agent tool runs at every session start and stop --------------------------
if (wanted('agent')) {
  const repo = await repoOf(BIG, 300);
  // As `setup` writes them when the project has its bin (no npx), with the event JSON on stdin.
  const hook = (event, name) => ({
    name: `hook ${event}`,
    command: process.execPath,
    args: [cli, 'hook', event, '--tool', 'claude', '--agent', 'agent-1'],
    cwd: repo.dir,
    input: JSON.stringify({ hook_event_name: name, cwd: repo.dir, stop_hook_active: false }),
    ok: [0],
  });
  const m = interleaved([
    nodeEmpty,
    hook('session-start', 'SessionStart'),
    hook('stop', 'Stop'),
    {
      name: 'prime',
      command: process.execPath,
      args: [cli, 'prime', '--agent', 'agent-1'],
      cwd: repo.dir,
      ok: [0],
    },
  ]);
  const node = baselineOf(m, 'node -e ""');
  console.log('');
  for (const name of ['hook session-start', 'hook stop', 'prime'])
    report(`${name}, ${BIG} commits, 300 tasks`, msOf(m, name), { against: node });
}

// --- draft over ranges -----------------------------------------------------------------------------------
if (wanted('draft')) {
  const repo = await repoOf(BIG, 300);
  const ranges = quick ? [5_000, BIG - 100] : [10_000, BIG - 100];
  for (const size of ranges) {
    const from = git(repo.dir, 'rev-parse', `main~${size}`);
    const m = interleaved(
      [
        { name: 'numstat', command: 'git', args: ['log', '--numstat', `${from}..main`], cwd: repo.dir },
        {
          name: 'draft',
          command: process.execPath,
          args: [
            cli,
            'draft',
            '--task',
            taskId(1),
            '--from',
            from,
            '--to',
            'main',
            '--stdout',
            '--no-interactive',
          ],
          cwd: repo.dir,
          ok: [0],
        },
      ],
      { count: Math.max(3, Math.round(runs / 2)) },
    );
    console.log('');
    report(`draft over ${size} commits`, msOf(m, 'draft'), {
      against: baselineOf(m, 'numstat', 'git log --numstat'),
      max: 1.5,
      text: '≤ 1.5× git log --numstat',
    });
  }
}

// --- the two 100 MB reports --------------------------------------------------------------------------------
if (wanted('reports')) {
  const repo = await repoOf(SMALL, 300);
  // Inside the repository (reports outside it are refused), untracked.
  const reports = join(repo.dir, 'bench-reports');
  mkdirSync(reports, { recursive: true });
  const junit = join(reports, `junit-${REPORT_MB}mib.xml`);
  const lcov = join(reports, `lcov-${REPORT_MB}mib.info`);
  if (!existsSync(junit)) await writeJUnitOfSize(junit, REPORT_MB * 1024 * 1024);
  if (!existsSync(lcov)) await writeLcovOfSize(lcov, REPORT_MB * 1024 * 1024);
  console.log('');
  for (const [label, flag, file] of [
    ['JUnit', '--tests', junit],
    ['lcov', '--coverage', lcov],
  ]) {
    const rssFile = join(work, `rss-${label}.txt`);
    const c = {
      name: label,
      command: process.execPath,
      args: [
        '--import',
        join(root, 'scripts/bench/report-rss.mjs'),
        cli,
        'draft',
        '--task',
        taskId(1),
        flag,
        `bench-reports/${file.split('/').pop()}`,
        '--stdout',
        '--no-interactive',
      ],
      cwd: repo.dir,
      env: { HANDOFF_BENCH_RSS_FILE: rssFile },
      ok: [0],
    };
    // The least any reader of this file does (saxes tokenizing it, or splitting it into lines).
    const floor = {
      name: `${label} floor`,
      command: process.execPath,
      args: [join(root, 'scripts/bench/report-floor.mjs'), flag === '--tests' ? 'xml' : 'lines', file],
      ok: [0],
    };
    const m = interleaved([c, floor], { count: Math.max(3, Math.round(runs / 3)) });
    const rssMiB = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : Number.NaN;
    const sizeMiB = statSync(file).size / 1024 / 1024;
    report(
      `${sizeMiB.toFixed(0)} MiB ${label} report (draft)`,
      msOf(m, label),
      {
        ms: 1500,
        mib: 200,
        text: '≤ 1.5 s and ≤ 200 MB',
        against: baselineOf(
          m,
          `${label} floor`,
          flag === '--tests' ? 'saxes alone' : 'splitting lines alone',
        ),
      },
      { peakRssMiB: round1(rssMiB), note: `peak RSS ${rssMiB.toFixed(0)} MiB (last run)` },
    );
  }
}

// --- the Action, cold and warm ------------------------------------------------------------------------------
if (wanted('action')) {
  const result = await runActionCase({ root, work, runs: Math.max(3, Math.round(runs / 2)), envs: ENVS });
  console.log('');
  if (result.status !== 0)
    console.error(`  ! Action bundle: status ${result.status}, ${result.comments} comment(s)`);
  const pick = (kind) => Object.fromEntries(Object.keys(ENVS).map((env) => [env, result[env][kind]]));
  report('Action, cold (fresh checkout)', pick('cold'), { ms: 800, text: '≤ 0.8 s' });
  report('Action, warm', pick('warm'));
}

// --- a real history --------------------------------------------------------------------------------------------
if (realRepo && (wanted('real') || !only)) {
  const history = resolve(realRepo);
  const count = git(history, 'rev-list', '--count', 'HEAD');
  const repo = await ensureVariant(join(work, 'real-300'), history, { tasks: 300, now });
  const fresh = await ensureVariant(join(work, 'real-300-newbranch'), history, {
    tasks: 300,
    now,
    newBranch: true,
  });
  const logs = gitCommandsOf(hookCase('trace', repo)).filter((c) => c[0] === 'log' || c[0] === 'rev-list');
  const floorArgs = logs[0] ?? ['log', '--format=%H', `${repo.pushedBase}..${repo.head}`];
  const m = interleaved([
    nodeEmpty,
    floorCase('floor', repo.dir, floorArgs),
    hookCase('warm', repo),
    hookCase('cold', repo, { cold: true }),
    hookCase('first push', fresh, {
      stdin: `refs/heads/main ${fresh.head} refs/heads/main ${'0'.repeat(40)}\n`,
    }),
    {
      name: 'resume',
      command: process.execPath,
      args: [cli, 'resume', '--task', taskId(1), '--format', 'json'],
      cwd: repo.dir,
      ok: [0],
    },
    { name: 'status', command: process.execPath, args: [cli, 'status'], cwd: repo.dir, ok: [0, 1] },
  ]);
  const floor = baselineOf(m, 'floor', 'floor');
  const node = baselineOf(m, 'node -e ""');
  console.log(`\nreal history ${realRepo} (${count} commits, + 300 tasks)`);
  report('real: warm hook', msOf(m, 'warm'), { against: floor, max: 1.3, text: '≤ 1.3× floor' });
  report('real: cold hook', msOf(m, 'cold'), { against: floor, max: 1.6, text: '≤ 1.6× floor' });
  report('real: first push of a new branch', msOf(m, 'first push'), {
    against: baselineOf(m, 'warm', 'warm push'),
    max: 2,
    text: '≤ 2× warm push',
  });
  report('real: resume', msOf(m, 'resume'), { against: node, max: 2, text: '≤ 2× node -e ""' });
  report('real: status', msOf(m, 'status'), { against: node });
}

const out = join(root, 'bench-results.json');
writeFileSync(
  out,
  `${JSON.stringify(
    {
      date: new Date(now).toISOString(),
      node: process.version,
      quick,
      runs,
      nodeExtraCaCerts: hasCaBundle,
      realRepo: realRepo ?? null,
      results,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nwrote ${out}`);
const missed = results.filter((r) => r.ok === false);
if (missed.length > 0) console.log(`${missed.length} goal(s) missed in the clean environment (MISS above)`);

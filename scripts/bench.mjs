// `npm run bench`: the speed goals of the spec, each measured against a baseline in the same run, so a
// noisy 2-core machine shows up in both numbers and the ratio stays meaningful. Prints one line per
// case (median, baseline, ratio, goal) and writes bench-results.json.
//
//   npm run bench                 all cases (synthetic repositories are cached in .bench/)
//   npm run bench -- --quick      smaller sizes, for a quick look (ratios are not the goals' sizes)
//   npm run bench -- --only check,draft
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runActionCase } from './bench/action.mjs';
import { writeJUnit, writeJUnitOfSize } from './bench/junit.mjs';
import { ensureSyntheticRepo, taskId } from './bench/synthetic-repo.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const cli = join(root, 'dist/cli.js');
const work = join(root, '.bench');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.find((a) => a.startsWith('--only'));
const only = onlyArg ? (onlyArg.split('=')[1] ?? args[args.indexOf(onlyArg) + 1]).split(',') : undefined;
const wanted = (name) => !only || only.includes(name);
const runs = quick ? 7 : 21;
const sizes = quick
  ? { small: 1000, medium: 5000, large: 20000 }
  : { small: 1000, medium: 20000, large: 100000 };
const now = Date.now();
mkdirSync(work, { recursive: true });

const env = { ...process.env, HANDOFF_SKIP: '', HUSKY: '', GIT_CONFIG_NOSYSTEM: '1' };

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs a command `count` times after `warmup` runs; returns the median wall time in ms and the last result. */
function time(command, commandArgs, { cwd = root, input, count = runs, warmup = 2, extraEnv = {} } = {}) {
  const samples = [];
  let last;
  for (let i = 0; i < warmup + count; i++) {
    const start = process.hrtime.bigint();
    last = spawnSync(command, commandArgs, {
      cwd,
      input,
      env: { ...env, ...extraEnv },
      stdio: ['pipe', 'pipe', 'pipe'],
      maxBuffer: 1 << 30,
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (i >= warmup) samples.push(ms);
  }
  return {
    ms: median(samples),
    samples,
    status: last.status,
    stderr: String(last.stderr),
    stdout: String(last.stdout),
  };
}

const results = [];
function report(name, measured, baseline, goal, extra = {}) {
  const ratio = baseline ? measured / baseline.ms : undefined;
  const value = goal.kind === 'ratio' ? ratio : goal.kind === 'ms' ? measured : extra.value;
  const ok = value !== undefined && value <= goal.max;
  const row = {
    case: name,
    medianMs: Number(measured.toFixed(1)),
    baseline: baseline ? { name: baseline.name, medianMs: Number(baseline.ms.toFixed(1)) } : undefined,
    ratio: ratio === undefined ? undefined : Number(ratio.toFixed(2)),
    goal: `${goal.kind === 'ratio' ? 'ratio' : goal.kind} <= ${goal.max}`,
    ok,
    ...extra,
  };
  results.push(row);
  const base = baseline ? `baseline ${baseline.name} ${baseline.ms.toFixed(1)} ms` : '';
  const ratioText = ratio === undefined ? '' : `ratio ${ratio.toFixed(2)}`;
  const extraText = extra.note ? `  ${extra.note}` : '';
  console.log(
    `${ok ? 'ok  ' : 'MISS'} ${name.padEnd(34)} median ${measured.toFixed(1).padStart(8)} ms  ${base.padEnd(42)} ${ratioText.padEnd(12)} goal ${row.goal}${extraText}`,
  );
}

function expectStatus(result, allowed, what) {
  if (!allowed.includes(result.status)) {
    console.error(`${what} exited ${result.status}:\n${result.stderr}\n${result.stdout.slice(0, 2000)}`);
    process.exitCode = 1;
  }
}

if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first.');
  process.exit(2);
}
console.log(
  `handoff-guard bench: ${runs} runs per case (median), node ${process.version}, ${quick ? 'quick sizes' : 'full sizes'}`,
);

const nodeBaseline = { name: 'node -e ""', ...time(process.execPath, ['-e', '']) };
console.log(`     baseline node -e "" median ${nodeBaseline.ms.toFixed(1)} ms`);

if (wanted('check')) {
  const checks = {};
  for (const [label, commits] of Object.entries(sizes)) {
    const started = Date.now();
    const repo = await ensureSyntheticRepo(join(work, `repo-${commits}`), commits, now);
    const built = Date.now() - started;
    const stdin = `refs/heads/main ${repo.head} refs/heads/main ${repo.pushedBase}\n`;
    const result = time(process.execPath, [cli, 'check', '--hook', 'pre-push', 'origin', 'file:///nowhere'], {
      cwd: repo.dir,
      input: stdin,
    });
    expectStatus(result, [0], `pre-push check on ${commits} commits`);
    checks[label] = { commits, ...result };
    report(
      `pre-push check, ${commits} commits, 300 tasks`,
      result.ms,
      nodeBaseline,
      { kind: 'ratio', max: 2.0 },
      {
        note: built > 1000 ? `(repository built in ${(built / 1000).toFixed(1)} s)` : '',
      },
    );
  }
  const flat = checks.large.ms / checks.small.ms;
  report(
    `check ${sizes.large} ÷ ${sizes.small} commits`,
    checks.large.ms,
    { name: `check on ${sizes.small}`, ms: checks.small.ms },
    { kind: 'ratio', max: 1.2 },
  );
  void flat;
}

if (wanted('draft')) {
  const repo = await ensureSyntheticRepo(join(work, `repo-${sizes.medium}`), sizes.medium, now);
  const rangeSize = Math.min(10000, sizes.medium - 100);
  const junit = join(work, `junit-50k.xml`);
  if (!existsSync(junit)) await writeJUnit(junit, 50000);
  const from = spawnSync('git', ['rev-parse', `main~${rangeSize}`], {
    cwd: repo.dir,
    encoding: 'utf8',
  }).stdout.trim();
  const baseline = {
    name: 'git log --numstat',
    ...time('git', ['log', '--numstat', `${from}..main`], { cwd: repo.dir, count: quick ? 5 : 9, warmup: 1 }),
  };
  const draft = time(
    process.execPath,
    [
      cli,
      'draft',
      '--task',
      taskId(1),
      '--from',
      from,
      '--to',
      'main',
      '--tests',
      junit,
      '--stdout',
      '--no-interactive',
    ],
    { cwd: repo.dir, count: quick ? 5 : 9, warmup: 1 },
  );
  expectStatus(draft, [0], 'draft');
  report(`draft, ${rangeSize}-commit range, 50k-test JUnit`, draft.ms, baseline, { kind: 'ratio', max: 2.0 });
}

if (wanted('junit')) {
  const repo = await ensureSyntheticRepo(join(work, `repo-${sizes.small}`), sizes.small, now);
  const big = join(work, quick ? 'junit-20mib.xml' : 'junit-100mib.xml');
  const bytes = (quick ? 20 : 100) * 1024 * 1024;
  if (!existsSync(big)) await writeJUnitOfSize(big, bytes);
  const rssFile = join(work, 'rss.txt');
  rmSync(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      join(root, 'scripts/bench/report-rss.mjs'),
      cli,
      'draft',
      '--task',
      taskId(1),
      '--tests',
      big,
      '--stdout',
      '--no-interactive',
    ],
    { cwd: repo.dir, env: { ...env, HANDOFF_BENCH_RSS_FILE: rssFile }, encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  expectStatus(run, [0], 'draft with a large JUnit report');
  const rssMiB = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : Number.NaN;
  const sizeMiB = statSync(big).size / 1024 / 1024;
  report(
    `${sizeMiB.toFixed(0)} MiB JUnit report, peak memory`,
    ms,
    undefined,
    { kind: 'MiB', max: 300 },
    {
      value: Number(rssMiB.toFixed(1)),
      peakRssMiB: Number(rssMiB.toFixed(1)),
      note: `peak RSS ${rssMiB.toFixed(1)} MiB`,
    },
  );
}

if (wanted('action')) {
  const result = await runActionCase({ root, work, runs: quick ? 5 : 9 });
  if (result.skipped) console.log(`skip ${'Action bundle end to end'.padEnd(34)} ${result.skipped}`);
  else {
    expectStatus(result, [0], 'Action bundle');
    report('Action bundle end to end', result.ms, nodeBaseline, { kind: 'ms', max: 1500 });
  }
}

const out = join(root, 'bench-results.json');
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date(now).toISOString(), node: process.version, quick, runs, baseline: { nodeEmptyMs: nodeBaseline.ms }, results }, null, 2)}\n`,
);
console.log(`\nwrote ${out}`);
if (results.some((r) => !r.ok)) console.log('some goals were missed (MISS above)');

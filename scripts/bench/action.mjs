// The Action case of the bench: runs the committed bundle dist/index.js end to end, with the
// environment a runner gives it, against the local GitHub API stand-in the e2e tests use (bundled
// here from TypeScript with esbuild), on the 1k-commit synthetic repository with 300 active tasks,
// cold and warm, interleaved.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ensureSyntheticRepo } from './synthetic-repo.mjs';

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function runOnce(bin, env, cwd) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [bin], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output, ms: Number(process.hrtime.bigint() - start) / 1e6 });
    });
  });
}

/**
 * Runs the bundle cold (no `.git/handoff-guard`, as on a fresh runner checkout) and warm, interleaved,
 * under each of `envs` (name -> base environment). Returns { [env]: { cold, warm } } with medians.
 */
export async function runActionCase({ root, work, runs, envs }) {
  const standInOut = join(work, 'github-api-stand-in.mjs');
  await build({
    entryPoints: [join(root, '__tests__/helpers/github-api-stand-in.ts')],
    outfile: standInOut,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const { GitHubApiStandIn } = await import(pathToFileURL(standInOut).href);
  const repo = await ensureSyntheticRepo(join(work, 'repo-1000'), 1000, Date.now());
  const api = await new GitHubApiStandIn().start();
  const runner = join(work, 'runner');
  mkdirSync(runner, { recursive: true });
  const event = join(runner, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        labels: [],
        base: { sha: repo.pushedBase, ref: 'main', repo: { full_name: 'octo/project' } },
        head: { sha: repo.head, ref: 'feature/bench', repo: { full_name: 'octo/project' } },
      },
      repository: { full_name: 'octo/project', default_branch: 'main' },
    }),
  );
  const samples = {};
  for (const name of Object.keys(envs)) samples[name] = { cold: [], warm: [] };
  let last;
  let comments = 0;
  try {
    for (let i = 0; i < runs + 1; i++) {
      for (const [name, baseEnv] of Object.entries(envs)) {
        for (const kind of ['cold', 'warm']) {
          if (kind === 'cold')
            rmSync(join(repo.dir, '.git', 'handoff-guard'), { recursive: true, force: true });
          writeFileSync(join(runner, 'output.txt'), '');
          writeFileSync(join(runner, 'summary.md'), '');
          const env = {
            ...baseEnv,
            GITHUB_ACTIONS: 'true',
            GITHUB_EVENT_NAME: 'pull_request',
            GITHUB_EVENT_PATH: event,
            GITHUB_REPOSITORY: 'octo/project',
            GITHUB_SHA: repo.head,
            GITHUB_REF: 'refs/pull/7/merge',
            GITHUB_WORKSPACE: repo.dir,
            GITHUB_OUTPUT: join(runner, 'output.txt'),
            GITHUB_STEP_SUMMARY: join(runner, 'summary.md'),
            GITHUB_API_URL: api.url,
            GITHUB_SERVER_URL: 'https://github.com',
            RUNNER_TEMP: runner,
            'INPUT_GITHUB-TOKEN': 'bench-token',
            INPUT_MODE: 'block',
            INPUT_COMMENT: 'true',
          };
          last = await runOnce(join(root, 'dist/index.js'), env, repo.dir);
          if (i > 0) samples[name][kind].push(last.ms);
        }
      }
    }
    comments = api.comments.get(7)?.length ?? 0;
  } finally {
    await api.close();
  }
  const result = { status: comments === 1 ? last.status : -1, output: last.output, comments };
  for (const [name, kinds] of Object.entries(samples)) {
    result[name] = { cold: median(kinds.cold), warm: median(kinds.warm), samples: kinds };
  }
  return result;
}

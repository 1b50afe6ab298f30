/**
 * `handoff demo`: the seed's three sessions, replayed end to end in a throw-away repository with a
 * local bare remote. Every step runs the real program — `handoff init` installs the real pre-push hook,
 * `git push` runs it, `handoff draft` and `handoff resume` run as child processes — so what the demo
 * shows is what a user gets. Needs no network; the PR comment the Action would post is written to a file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { loadConfig } from '../../adapters/config-loader.js';
import { renderStickyComment } from '../../core/comment.js';
import { isPlaceholderText } from '../../core/document/elements.js';
import { parseHandoff } from '../../core/document/parse.js';
import { renderHandoff } from '../../core/document/render.js';
import { InputError, InternalError } from '../../core/errors.js';
import type { HandoffDocument, ListItem, Section } from '../../core/model.js';
import { runCheck } from '../check.js';
import { gatherCommentInput } from '../pr-comment.js';
import { DEMO_AGENT, DEMO_SESSIONS, DEMO_TASK, type DemoSession, junitReport } from './seed-sessions.js';

export interface DemoOptions {
  /** Absolute path of the `handoff` program to run (dist/handoff.cjs). */
  cliPath: string;
  /** Folder to build the demo in; a new temporary folder when absent. */
  outDir?: string;
  now: Date;
  write: (text: string) => void;
}

export interface DemoSummary {
  dir: string;
  repo: string;
  commentFile: string;
  staleCommentFile: string;
  /** Exit status of the push that had to be refused, and of the one after the handoff. */
  refusedPushStatus: number;
  acceptedPushStatus: number;
}

const DAY_MS = 86_400_000;

export async function runDemo(options: DemoOptions): Promise<DemoSummary> {
  const dir = options.outDir ? resolve(options.outDir) : mkdtempSync(join(tmpdir(), 'handoff-demo-'));
  if (options.outDir && existsSync(dir) && !statSync(dir).isDirectory()) {
    throw new InputError(
      'is not a folder: --out names a new or empty folder for the throw-away repository',
      { file: options.outDir },
      'demo/out-not-a-folder',
    );
  }
  if (options.outDir && existsSync(dir) && readdirSync(dir).length > 0) {
    throw new InputError(
      'the folder is not empty: the demo writes its throw-away repository into a new or empty folder',
      { file: options.outDir },
      'demo/out-not-empty',
    );
  }
  mkdirSync(dir, { recursive: true });
  const repo = join(dir, 'api-server');
  const remote = join(dir, 'origin.git');
  const say = (text = '') => options.write(`${text}\n`);
  const step = (n: number, title: string) =>
    say(`\n── ${n}. ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}`);
  // Git and the program run with a fixed identity and no user config, so the demo behaves the same on
  // every machine; HANDOFF_SKIP/HUSKY from the caller's shell must not skip the hook being shown.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: join(dir, 'gitconfig'),
    HANDOFF_SKIP: '',
    HUSKY: '',
  };
  writeFileSync(
    join(dir, 'gitconfig'),
    '[user]\n\tname = powertest-runner\n\temail = powertest-runner@example.com\n[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n',
  );
  // stderr is captured too: the hook prints its verdict there, and the demo shows pushes through `push`.
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: repo, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  const gitAt = (date: Date, ...args: string[]) =>
    execFileSync('git', args, {
      cwd: repo,
      env: { ...env, GIT_AUTHOR_DATE: date.toISOString(), GIT_COMMITTER_DATE: date.toISOString() },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  const handoff = (args: string[], echo = true) => {
    if (echo) say(`$ handoff ${args.join(' ')}`);
    const run = spawnSync(process.execPath, [options.cliPath, ...args], { cwd: repo, env, encoding: 'utf8' });
    if (echo) options.write(indent(`${run.stdout}${run.stderr}`));
    return run;
  };
  const push = (args: string[] = []) => {
    say(`$ git push${args.length ? ` ${args.join(' ')}` : ''}`);
    const run = spawnSync('git', ['push', '-q', 'origin', 'HEAD:refs/heads/feature/api-tests', ...args], {
      cwd: repo,
      env,
      encoding: 'utf8',
    });
    options.write(indent(`${run.stdout}${run.stderr}`));
    say(run.status === 0 ? '  → push accepted' : `  → push refused (exit ${run.status})`);
    return run.status ?? -1;
  };
  const writeFile = (path: string, content: string) => {
    const abs = join(repo, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  };
  const today = new Date(
    Date.UTC(options.now.getUTCFullYear(), options.now.getUTCMonth(), options.now.getUTCDate()),
  );
  const sessionTime = (session: DemoSession, hours: number) => {
    const at = new Date(today.getTime() - session.daysAgo * DAY_MS + (session.startHour + hours) * 3_600_000);
    // Never in the future: on a demo run early in the day, today's session ends now.
    return at.getTime() > options.now.getTime() ? new Date(options.now.getTime() - 60_000) : at;
  };
  // The program's clock (SOURCE_DATE_EPOCH) follows the replay: each session's drafts, pushes and
  // checks happen at the end of that session, as they did in the seed.
  let clock = options.now;
  const setClock = (date: Date) => {
    clock = date;
    env.SOURCE_DATE_EPOCH = String(Math.floor(date.getTime() / 1000));
  };
  const sessions = DEMO_SESSIONS;
  const [first, second, third] = sessions as [DemoSession, DemoSession, DemoSession];

  say('handoff-guard demo: the seed example (TASK-2025-0078-C, API testing) in three sessions.');
  say(`Throw-away repository: ${repo}`);

  step(1, 'A repository with a remote, and `handoff init`');
  execFileSync('git', ['init', '-q', '--bare', remote], { env, stdio: 'ignore' });
  execFileSync('git', ['init', '-q', repo], { env, stdio: 'ignore' });
  writeFile('.gitignore', 'node_modules/\nreports/\n');
  writeFile('src/server.py', 'from http.server import ThreadingHTTPServer\n');
  gitAt(sessionTime(first, -25), 'add', '-A');
  gitAt(sessionTime(first, -25), 'commit', '-q', '-m', 'Initial HTTP server');
  git('remote', 'add', 'origin', remote);
  // As `npm install --save-dev handoff-guard` would: the program in node_modules/.bin.
  mkdirSync(join(repo, 'node_modules/.bin'), { recursive: true });
  symlinkSync(options.cliPath, join(repo, 'node_modules/.bin/handoff'));
  expectStatus(handoff(['init']), 0, 'handoff init');
  git('add', '-A');
  gitAt(sessionTime(first, -24.5), 'commit', '-q', '-m', 'Set up handoff-guard');
  git('push', '-q', 'origin', 'main');
  git('checkout', '-q', '-b', 'feature/api-tests');

  step(2, `Session 1 (${isoDay(sessionTime(first, 0))}): ${DEMO_AGENT} starts ${DEMO_TASK}`);
  setClock(sessionTime(first, lastHour(first) + 0.5));
  writeFile(
    '.agent-context/agent-handoffs.json',
    `${JSON.stringify(
      {
        [DEMO_AGENT]: {
          status: 'in_progress',
          current_task: DEMO_TASK,
          task_started: isoDay(sessionTime(first, 0)),
          brief_note: 'API testing implementation',
          details_link: null,
        },
      },
      null,
      2,
    )}\n`,
  );
  commitSession(first);
  say(`Committed ${first.commits.length} work commits; the task has no handoff yet.`);
  push();
  say('\nThe agent ends the session with a draft from the facts, then fills in what facts cannot know:');
  draftAndFillIn(first);
  expectStatus({ status: push() }, 0, 'the push after the first handoff');

  step(3, `Session 2 (${isoDay(sessionTime(second, 0))}): work continues, the handoff does not`);
  setClock(sessionTime(second, lastHour(second) + 0.5));
  commitSession(second);
  const refusedPushStatus = push();
  const staleComment = await renderComment();
  writeFileSync(join(dir, 'pr-comment-stale.md'), staleComment);
  say(`The PR comment the Action would post now: ${join(dir, 'pr-comment-stale.md')}`);
  say(
    '\nThe fix the hook named: draft the next handoff from the session’s commits and test report (its `--from` is the last handoff’s commit, where a draft starts by default).',
  );
  draftAndFillIn(second);
  const acceptedPushStatus = push();
  const comment = await renderComment();
  writeFileSync(join(dir, 'pr-comment.md'), comment);
  say(`The PR comment the Action would post now: ${join(dir, 'pr-comment.md')}`);

  step(4, `Session 3 (${isoDay(sessionTime(third, 0))}) starts: resume in minutes, not hours`);
  setClock(sessionTime(third, 0));
  say('The next session reads the resume summary and confirms the tests match the handoff:');
  expectStatus(handoff(['resume', '--task', DEMO_TASK, '--tests', 'reports/junit.xml']), 0, 'handoff resume');
  setClock(sessionTime(third, lastHour(third) + 0.5));
  commitSession(third);
  draftAndFillIn(third);
  push();

  step(5, 'Everyone at a glance: `handoff status`');
  handoff(['status']);
  say(`\nDone. Look around: cd ${repo}`);
  return {
    dir,
    repo,
    commentFile: join(dir, 'pr-comment.md'),
    staleCommentFile: join(dir, 'pr-comment-stale.md'),
    refusedPushStatus,
    acceptedPushStatus,
  };

  function commitSession(session: DemoSession): void {
    for (const commit of session.commits) {
      for (const [path, content] of Object.entries(commit.files)) writeFile(path, content);
      const at = sessionTime(session, commit.atHour);
      gitAt(at, 'add', '-A');
      gitAt(at, 'commit', '-q', '-m', commit.message);
      say(`  ${git('rev-parse', '--short', 'HEAD')} ${commit.message.split('\n')[0]}`);
    }
    writeFile('reports/junit.xml', junitReport(session.tests));
  }

  function draftAndFillIn(session: DemoSession): void {
    const run = handoff(['draft', '--task', DEMO_TASK, '--tests', 'reports/junit.xml', '--no-interactive']);
    expectStatus(run, 0, 'handoff draft');
    const registry = JSON.parse(readFileSync(join(repo, '.agent-context/agent-handoffs.json'), 'utf8'));
    const link: string = registry[DEMO_AGENT].details_link;
    const path = join(repo, link);
    const filled = fillIn(parseHandoff(readFileSync(path, 'utf8')), session);
    writeFileSync(path, renderHandoff(filled));
    say(
      `  (the agent fills in ${session.decisions.length} decision(s), progress ${session.progressPercent}%)`,
    );
    git('add', '-A');
    gitAt(
      sessionTime(session, lastHour(session) + 0.25),
      'commit',
      '-q',
      '-m',
      `Handoff: session ${session.number}`,
    );
    say(`  ${git('rev-parse', '--short', 'HEAD')} Handoff: session ${session.number} (${link})`);
    if (session.progressPercent === 100) {
      // The task is finished as an agent finishes one: `handoff done` marks it complete in the
      // registry (a progress of 100% alone leaves its status as it was).
      expectStatus(handoff(['done', '--agent', DEMO_AGENT]), 0, 'handoff done');
      git('add', '-A');
      // The commit `done` says to make.
      const message = `${DEMO_TASK}: ${DEMO_AGENT} done`;
      gitAt(sessionTime(session, lastHour(session) + 0.3), 'commit', '-q', '-m', message);
      say(`  ${git('rev-parse', '--short', 'HEAD')} ${message}`);
    }
  }

  async function renderComment(): Promise<string> {
    const { config } = await loadConfig(repo);
    const base = git('merge-base', 'origin/main', 'HEAD');
    const head = git('rev-parse', 'HEAD');
    const result = await runCheck({ repoRoot: repo, base, head, now: clock });
    const { input } = await gatherCommentInput({
      repoRoot: repo,
      config,
      result,
      mode: 'block',
      now: clock,
      tests: ['reports/junit.xml'],
      headRepository: {
        serverUrl: 'https://github.com',
        fullName: 'example/api-server',
        branch: 'feature/api-tests',
      },
      headSha: head,
    });
    return renderStickyComment(input);
  }
}

function lastHour(session: DemoSession): number {
  return Math.max(0, ...session.commits.map((c) => c.atHour));
}

/** What the agent adds by hand: decisions with reasons, new blockers and next steps, progress. */
export function fillIn(document: HandoffDocument, session: DemoSession): HandoffDocument {
  const doc = structuredClone(document);
  const item = (text: string, mark?: ListItem['mark']): ListItem => ({
    text,
    details: [],
    line: 0,
    ...(mark ? { mark } : {}),
  });
  const isPlaceholder = (text: string) => isPlaceholderText(text);
  const clean = (section: Section | undefined) => {
    if (!section) return;
    section.items = section.items.filter((i) => !isPlaceholder(i.text));
    section.paragraphs = section.paragraphs.filter((p) => !isPlaceholder(p));
  };
  for (const section of Object.values(doc.elements)) clean(section);
  const decisions = doc.elements.decisions;
  if (decisions) decisions.items.push(...session.decisions.map((d) => item(d)));
  const resolved = (text: string) => session.resolved.some((r) => text.startsWith(r));
  const blockers = doc.elements.blockers;
  if (blockers) {
    blockers.items = blockers.items.filter((b) => !resolved(b.text));
    blockers.items.push(...session.newBlockers.map((b) => item(b)));
    if (blockers.items.length === 0) blockers.paragraphs = ['None.'];
  }
  const next = doc.elements.nextSteps;
  if (next) {
    for (const step of next.items) if (resolved(step.text)) step.mark = 'done';
    next.items.push(...session.newNextSteps.map((s) => item(s, 'open')));
  }
  const progress = doc.elements.timeProgress;
  if (progress) {
    progress.fields = progress.fields.filter((f) => !isPlaceholder(f.value));
    progress.fields.push({ label: 'Progress', value: `${session.progressPercent}% complete`, line: 0 });
  }
  for (const field of doc.header) {
    if (field.label === 'Status') {
      field.value =
        session.progressPercent === 100 ? 'Complete (100%)' : `In Progress (${session.progressPercent}%)`;
    }
  }
  return doc;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function indent(text: string): string {
  const trimmed = text.replace(/\s+$/, '');
  return trimmed ? `${trimmed.replace(/^/gm, '    ')}\n` : '';
}

function expectStatus(run: { status: number | null; stderr?: string }, expected: number, what: string): void {
  if (run.status !== expected) {
    throw new InternalError(
      `demo step failed: ${what} exited ${run.status}${run.stderr ? `: ${run.stderr.trim()}` : ''}`,
    );
  }
}

/**
 * `handoff check [--base REV] [--head REV] [--hook pre-push] [--format text|json|github]`
 * Exit 0 all fresh · 1 stale · 2 bad input · 3 internal error. As a pre-push hook an internal error
 * lets the push through with a loud warning (unless config says `hook.onInternalError: "block"`):
 * a bug in this tool must not stop anyone from pushing their work.
 */
import { GitCommandManager } from '../../adapters/git.js';
import { huskyHookNote } from '../../adapters/husky-here.js';
import { detectHookManager, readHookStdin, resolveHookPush } from '../../adapters/pre-push.js';
import { findRepoRoot } from '../../adapters/repo-root.js';
import { runCheck } from '../../app/check.js';
import { DEFAULT_CONFIG } from '../../core/config.js';
import { boundMessage, formatInputError, InputError, renderErrorJson } from '../../core/errors.js';
import type { CheckResult, HandoffConfig } from '../../core/model.js';
import { asInProject, type ShownPath } from '../../core/paths.js';
import { bypassLines } from '../../core/pre-push.js';
import { renderCheckGithub, renderCheckJson, renderCheckText } from '../../core/render/check-report.js';
import { runsHandoff, withInvocation } from '../../core/shell.js';
import {
  type CommandContext,
  commandsFromHere,
  EXIT,
  namingFilesBy,
  pathsFromHere,
  projectFromHere,
} from '../context.js';
import { hookInternalErrorText, inputErrorJson } from '../uncaught.js';

export interface CheckCommandOptions {
  base?: string;
  head?: string;
  /** The branch the checked commits are on, for the task id in its name (a CI's detached HEAD). */
  branch?: string;
  hook?: 'pre-push';
  format?: 'text' | 'json' | 'github';
  /** What git passes a pre-push hook: the remote name and its URL. */
  hookArgs?: string[];
}

/** `HANDOFF_SKIP=1` (or any value but empty, `0` and `false`) skips the check. */
export function skipRequested(env: NodeJS.ProcessEnv): boolean {
  const value = env.HANDOFF_SKIP?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

export async function run(options: CheckCommandOptions, ctx: CommandContext): Promise<number> {
  if (skipRequested(ctx.env)) {
    ctx.stderr.write('handoff check: skipped (HANDOFF_SKIP is set).\n');
    return EXIT.ok;
  }
  const hook = options.hook === 'pre-push';
  // Outside a hook, bad input is main's to report, as for every command.
  if (!hook) return check(options, ctx);

  let config: HandoffConfig | undefined;
  try {
    return await check(options, ctx, (c) => {
      config = c;
    });
  } catch (error) {
    // With --format json the failure is also one JSON line, where the hook writes its report (stderr:
    // git shows both streams), after the text: the last line is the JSON, passed or failed.
    const json = options.format === 'json';
    if (error instanceof InputError) {
      ctx.stderr.write(
        `handoff: ${formatInputError(error)}\nPush blocked: fix that in a commit, then push again. ${await bypassText(ctx)}`,
      );
      if (json) ctx.stderr.write(inputErrorJson(error));
      return EXIT.input;
    }
    const message = error instanceof Error ? error.message : String(error);
    const block = config?.hook.onInternalError === 'block';
    ctx.stderr.write(hookInternalErrorText(message, block));
    if (ctx.env.HANDOFF_DEBUG && error instanceof Error && error.stack) ctx.stderr.write(`${error.stack}\n`);
    if (!block) return EXIT.ok;
    ctx.stderr.write(await bypassText(ctx));
    if (json)
      ctx.stderr.write(renderErrorJson({ kind: 'internal', message: boundMessage(message) }, EXIT.internal));
    return EXIT.internal;
  }
}

/** Whether an environment flag is on (`CI=true`, `CI=1`), as CI services set it. */
function isSet(value: string | undefined): boolean {
  return value !== undefined && value !== '' && !/^(?:0|false|no|off)$/i.test(value);
}

async function check(
  options: CheckCommandOptions,
  ctx: CommandContext,
  onConfig?: (config: HandoffConfig) => void,
): Promise<number> {
  const hook = options.hook === 'pre-push';
  if (hook && (options.base || options.head || options.branch)) {
    throw new InputError(
      '--hook pre-push reads the pushed refs from stdin; do not combine it with --base/--head/--branch',
      {},
      'usage/hook',
    );
  }
  // git has written the pushed refs to stdin before the hook starts: read while the root is found.
  const stdin = hook ? readHookStdin({ fd: ctx.stdinFd, stream: () => ctx.stdin }) : undefined;
  stdin?.catch(() => undefined);
  const repoRoot = await findRepoRoot(ctx.cwd);
  const prePush =
    stdin === undefined
      ? undefined
      : await resolveHookPush(
          GitCommandManager.create(repoRoot),
          await stdin,
          ctx.env,
          options.hookArgs ?? [],
        );
  // The registry, as the judged commit's config names it: a task with no handoff is annotated there.
  let registryPath = DEFAULT_CONFIG.registry;
  const format = options.format ?? 'text';
  // The fixes name files and packages from the repository root: run from elsewhere, they go there
  // first; from where the user is (with `-C packages/a`, the folder they ran it in, not the package).
  // Every other path is named from there too, but for GitHub, which reads the repository's.
  const toRoot = projectFromHere(ctx, repoRoot);
  const shown = format === 'github' || toRoot === '' ? undefined : pathsFromHere(ctx, repoRoot);
  // An error it stops on names its file as the verdicts do.
  const result = await namingFilesBy(shown ?? asInProject, () =>
    runCheck({
      repoRoot,
      now: ctx.now(),
      onConfig: (config) => {
        registryPath = config.registry;
        onConfig?.(config);
      },
      ...(options.base === undefined ? {} : { base: options.base }),
      ...(options.head === undefined ? {} : { head: options.head, fixesRunHere: true }),
      ...(options.branch === undefined ? {} : { branch: options.branch }),
      ...(prePush ? { prePush } : {}),
      ...(shown ? { shown } : {}),
    }),
  );
  // Run by hand (an agent asking before it pushes): where git runs no pre-push hook, no push from
  // here is checked at all, whatever this verdict says. A hook run is the proof that one runs.
  if (!hook) {
    const unhooked = await huskyHookNote(GitCommandManager.create(repoRoot), repoRoot).catch(() => undefined);
    if (unhooked) result.notes.push(unhooked);
  }
  // In CI (which sets CI), a plain check judges what a push of HEAD would: it leaves out commits any
  // remote branch has, and a CI clone's remote branches may have them all. The range a merge brings
  // is `--base`'s.
  if (!hook && options.base === undefined && isSet(ctx.env.CI)) {
    result.notes.push(
      'In CI, give --base <the target branch> (fetched): without it the check leaves out the commits any remote branch already has, as a push would, which in a CI clone may be all of them.',
    );
  }
  if (toRoot !== '') startAtRoot(result, commandsFromHere(ctx, repoRoot));
  if (shown) verdictPathsShown(result, shown);
  const output =
    format === 'json'
      ? renderCheckJson(result, ctx.program ? { program: ctx.program } : {})
      : format === 'github'
        ? renderCheckGithub(result, { registryPath, ...(ctx.program ? { program: ctx.program } : {}) })
        : renderCheckText(result, {
            hook,
            ...(ctx.program ? { program: ctx.program } : {}),
            // Only a blocked push lists the bypasses, so only then is the manager looked up.
            ...(hook && result.stale
              ? {
                  bypasses: bypassLines(await detectHookManager(GitCommandManager.create(repoRoot), ctx.env)),
                }
              : {}),
          });
  // In a hook, git shows both streams; stderr keeps the report apart from anything piped.
  (hook ? ctx.stderr : ctx.stdout).write(output);
  return result.stale ? EXIT.stale : EXIT.ok;
}

/** The bypasses of the hook manager in use; found from the working folder (the root may be unknown). */
async function bypassText(ctx: CommandContext): Promise<string> {
  const manager = await findRepoRoot(ctx.cwd)
    .then((root) => detectHookManager(GitCommandManager.create(root), ctx.env))
    .catch(() => 'plain' as const);
  return `To push anyway:\n${bypassLines(manager)
    .map((b) => `  ${b}\n`)
    .join('')}`;
}

/**
 * Prefixes each fix that is a command (handoff's or git's) with a `cd` to the repository root (`atRoot`); in a
 * fix that starts with a step in words (undo a symlink) and then drafts, the draft.
 */
function startAtRoot(result: CheckResult, atRoot: (command: string) => string): void {
  for (const verdict of result.verdicts) {
    for (const problem of verdict.problems) {
      if (/^(?:handoff|git) /.test(problem.fix)) problem.fix = atRoot(problem.fix);
      else if (runsHandoff(problem.fix)) problem.fix = withInvocation(problem.fix, atRoot('handoff'));
    }
  }
}

/** The verdicts' files (repository-relative as judged) named from where the user is. */
function verdictPathsShown(result: CheckResult, shown: ShownPath): void {
  for (const verdict of result.verdicts) {
    if (verdict.handoffPath !== undefined) verdict.handoffPath = shown(verdict.handoffPath);
    if (verdict.registryEntry !== undefined)
      verdict.registryEntry = { ...verdict.registryEntry, file: shown(verdict.registryEntry.file) };
  }
}

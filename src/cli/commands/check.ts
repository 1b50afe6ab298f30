/**
 * `handoff check [--base REV] [--head REV] [--hook pre-push] [--format text|json|github]`
 * Exit 0 all fresh · 1 stale · 2 bad input · 3 internal error. As a pre-push hook an internal error
 * lets the push through with a loud warning (unless config says `hook.onInternalError: "block"`):
 * a bug in this tool must not stop anyone from pushing their work.
 */
import { findRepoRoot } from '../../adapters/repo-root.js';
import { runCheck } from '../../app/check.js';
import { formatInputError, InputError } from '../../core/errors.js';
import type { HandoffConfig } from '../../core/model.js';
import {
  BYPASSES,
  renderCheckGithub,
  renderCheckJson,
  renderCheckText,
} from '../../core/render/check-report.js';
import { type CommandContext, EXIT } from '../context.js';

export interface CheckCommandOptions {
  base?: string;
  head?: string;
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
  if (!hook) {
    try {
      return await check(options, ctx);
    } catch (error) {
      // Reported here rather than by main: built apart as dist/check.js (scripts/build.mjs), this
      // command has its own copy of the InputError class, which main's `instanceof` would not know.
      if (!(error instanceof InputError)) throw error;
      ctx.stderr.write(`handoff: ${formatInputError(error)}\n`);
      return EXIT.input;
    }
  }

  let config: HandoffConfig | undefined;
  try {
    return await check(options, ctx, (c) => {
      config = c;
    });
  } catch (error) {
    if (error instanceof InputError) {
      ctx.stderr.write(`handoff: ${formatInputError(error)}\n${bypassText()}`);
      return EXIT.input;
    }
    const message = error instanceof Error ? error.message : String(error);
    const block = config?.hook.onInternalError === 'block';
    ctx.stderr.write(
      [
        '',
        '!!! handoff-guard: INTERNAL ERROR while checking handoffs !!!',
        `!!! ${message}`,
        block
          ? '!!! The push is blocked (hook.onInternalError is "block").'
          : '!!! The push is ALLOWED without a handoff check (set hook.onInternalError to "block" to refuse instead).',
        '!!! Set HANDOFF_DEBUG=1 for details, and please report it.',
        '',
      ].join('\n'),
    );
    if (ctx.env.HANDOFF_DEBUG && error instanceof Error && error.stack) ctx.stderr.write(`${error.stack}\n`);
    if (!block) return EXIT.ok;
    ctx.stderr.write(bypassText());
    return EXIT.internal;
  }
}

async function check(
  options: CheckCommandOptions,
  ctx: CommandContext,
  onConfig?: (config: HandoffConfig) => void,
): Promise<number> {
  const hook = options.hook === 'pre-push';
  if (hook && (options.base || options.head)) {
    throw new InputError(
      '--hook pre-push reads the pushed refs from stdin; do not combine it with --base/--head',
      {},
      'usage/hook',
    );
  }
  const repoRoot = await findRepoRoot(ctx.cwd);
  const prePush = hook
    ? { remoteName: options.hookArgs?.[0] ?? 'origin', stdin: await readAll(ctx.stdin) }
    : undefined;
  const result = await runCheck({
    repoRoot,
    now: ctx.now(),
    ...(onConfig ? { onConfig } : {}),
    ...(options.base === undefined ? {} : { base: options.base }),
    ...(options.head === undefined ? {} : { head: options.head }),
    ...(prePush ? { prePush } : {}),
  });
  const format = options.format ?? 'text';
  const output =
    format === 'json'
      ? renderCheckJson(result)
      : format === 'github'
        ? renderCheckGithub(result)
        : renderCheckText(result, { hook, ...(ctx.program ? { program: ctx.program } : {}) });
  // In a hook, git shows both streams; stderr keeps the report apart from anything piped.
  (hook ? ctx.stderr : ctx.stdout).write(output);
  return result.stale ? EXIT.stale : EXIT.ok;
}

function bypassText(): string {
  return `To push anyway:\n${BYPASSES.map((b) => `  ${b}\n`).join('')}`;
}

async function readAll(stream: NodeJS.ReadableStream & { isTTY?: boolean }): Promise<string> {
  // Run by hand in a terminal there is no push to read: treat it as an empty push.
  if (stream.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

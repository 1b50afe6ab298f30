/**
 * `handoff hook session-start|stop|pre-compact [--tool claude|gemini] [--agent NAME]`: what the agent
 * tool runs at those moments. Reads the tool's event JSON on stdin and prints the answer its
 * documentation defines (core/agent-hooks.ts): the brief as context at session start, a refusal to
 * stop while the handoff is stale (never twice in a row: `stop_hook_active`), a draft before
 * compaction. A hook must never break the agent's session: any failure is reported in the answer
 * (and on stderr) and the tool carries on; the exit code is 0 whenever valid JSON was printed. The
 * one failure that refuses a stop is the project's own config or registry that cannot be read: the
 * push would be refused for it, so the agent is sent back once to mend it.
 */
import { loadConfig } from '../../adapters/config-loader.js';
import { findProjectRoot } from '../../adapters/repo-root.js';
import { readStdinText } from '../../adapters/stdin.js';
import { draftBeforeCompaction, judgeAgentSession, runPrime } from '../../app/agent-session.js';
import {
  type AgentTool,
  checkEventName,
  type HookAnswer,
  type HookEvent,
  parseHookEvent,
  preCompactAnswer,
  sessionStartAnswer,
  stopAnswer,
} from '../../core/agent-hooks.js';
import { stopReason } from '../../core/agent-session.js';
import { elementTitle } from '../../core/document/elements.js';
import { formatInputError, InputError } from '../../core/errors.js';
import { STDIN_NAME } from '../../core/json-location.js';
import type { ElementName } from '../../core/model.js';
import { pathsInFolder } from '../../core/paths.js';
import { proseWithInvocation } from '../../core/shell.js';
import { type CommandContext, EXIT, namingFilesBy, projectFromStart } from '../context.js';
import { agentFrom } from './prime.js';

export interface HookCommandOptions {
  event: HookEvent;
  tool?: AgentTool;
  agent?: string;
}

/**
 * The folder the hook acts on: `-C <dir>` when the hook command gives one (`setup` in a monorepo
 * package writes `-C "$CLAUDE_PROJECT_DIR"/packages/a`), else the tool's project, else the event's
 * folder.
 */
function projectDir(ctx: CommandContext, eventCwd: string | undefined): string {
  if (ctx.cwdGiven) return ctx.cwd;
  return ctx.env.CLAUDE_PROJECT_DIR || ctx.env.GEMINI_PROJECT_DIR || eventCwd || ctx.cwd;
}

/**
 * How long the event may take to arrive. The tools write it at once; one that leaves the pipe open
 * with nothing on it would otherwise hold the hook until the tool's own hook timeout (60 s for
 * Claude Code) ends it, and the session with it.
 */
const EVENT_WAIT_MS = 10_000;

/** How errors name the event the agent tool sent on stdin: no file of the project. */
const HOOK_EVENT = '(hook event)';

async function answer(
  options: HookCommandOptions,
  ctx: CommandContext,
  tool: AgentTool,
): Promise<HookAnswer> {
  const event = parseHookEvent(
    await readStdinText(ctx.stdin, HOOK_EVENT, undefined, {
      untilJsonObject: true,
      waitMs: EVENT_WAIT_MS,
    }),
    HOOK_EVENT,
  );
  checkEventName(tool, options.event, event);
  // A Stop hook that already sent the agent back once lets it stop: a hook must never loop.
  if (options.event === 'stop' && event.stopHookActive) return stopAnswer(tool, undefined);
  const { projectRoot: repoRoot } = await findProjectRoot(projectDir(ctx, event.cwd));
  const agent = agentFrom(options.agent, ctx);
  const program = ctx.program ?? 'handoff';
  // With `-C` (a monorepo package's hooks), the paths it names are the package's: the agent runs at
  // the folder the hook started in, and is told them from there.
  const shownFrom = projectFromStart(ctx, repoRoot);
  // An error names its file as the answer names the project's paths.
  const shown = pathsInFolder(shownFrom);
  if (options.event === 'stop' && agent !== undefined) {
    try {
      const { config } = await loadConfig(repoRoot);
      const verdict = await judgeAgentSession(repoRoot, config, agent, program, shownFrom);
      return stopAnswer(tool, verdict.stale ? { reason: stopReason(verdict) } : undefined);
    } catch (error) {
      // The project's own files (config, registry) cannot be read: the push would be refused for
      // them (exit 2), and the agent may well be the one who broke them. It is sent back once to
      // mend them, as for uncovered work (never twice: `stop_hook_active` above).
      if (!(error instanceof InputError)) throw error;
      return stopAnswer(tool, { reason: unreadableProjectReason(error.renamed(shown), program) });
    }
  }
  return namingFilesBy(shown, () => answerWith(options, ctx, tool, { repoRoot, agent, program, shownFrom }));
}

/** The answer to a session-start, a stop with no agent named, or a pre-compact, in `repoRoot`. */
async function answerWith(
  options: HookCommandOptions,
  ctx: CommandContext,
  tool: AgentTool,
  {
    repoRoot,
    agent,
    program,
    shownFrom,
  }: { repoRoot: string; agent: string | undefined; program: string; shownFrom: string },
): Promise<HookAnswer> {
  const { config } = await loadConfig(repoRoot);
  const now = ctx.now();
  switch (options.event) {
    case 'session-start': {
      const prime = await runPrime({
        repoRoot,
        config,
        ...(agent === undefined ? {} : { agent }),
        program,
        now,
        shownFrom,
      });
      return sessionStartAnswer(tool, prime.text);
    }
    case 'stop':
      return stopAnswer(
        tool,
        undefined,
        'handoff: no agent named (--agent or HANDOFF_AGENT): session not checked.',
      );
    case 'pre-compact': {
      if (agent === undefined) return preCompactAnswer(tool, 'handoff: no agent named: nothing drafted.');
      const result = await draftBeforeCompaction(repoRoot, config, agent, now, shownFrom);
      if (!result.drafted) return preCompactAnswer(tool, `handoff: nothing to draft (${result.skipped})`);
      const open = result.drafted.toFillIn.map((e) => elementTitle(e as ElementName));
      return preCompactAnswer(
        tool,
        `handoff: drafted ${result.drafted.path} before compaction${open.length > 0 ? `; still to fill in: ${open.join(', ')}` : ''}.${result.drafted.passedOver ? ` Note: ${proseWithInvocation(result.drafted.passedOver, program)}.` : ''}`,
      );
    }
  }
}

/** Why a stop is refused when the project's files cannot be read, and how to see every problem. */
function unreadableProjectReason(error: InputError, program: string): string {
  return [
    `handoff cannot check this session: ${formatInputError(error)}`,
    'A push is refused (exit 2) while this is so. Mend the file by hand at the place named (the commands cannot read it to do so) before ending the session.',
    `Run: ${program} validate`,
  ].join('\n');
}

export async function run(options: HookCommandOptions, ctx: CommandContext): Promise<number> {
  const tool = options.tool ?? 'claude';
  let result: HookAnswer;
  try {
    result = await answer(options, ctx, tool);
  } catch (error) {
    const message =
      error instanceof InputError
        ? formatInputError(error)
        : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    ctx.stderr.write(`handoff hook ${options.event}: ${message}\n`);
    const notice = `handoff hook ${options.event} could not run: ${message}`;
    // `validate` reads the project's files: it helps only when one of them is what failed (not the
    // event the tool sent, nor a crash).
    const inProjectFile =
      error instanceof InputError &&
      error.location.file !== undefined &&
      error.location.file !== STDIN_NAME &&
      error.location.file !== HOOK_EVENT &&
      !error.rule?.startsWith('hook/');
    result =
      options.event === 'session-start'
        ? sessionStartAnswer(
            tool,
            inProjectFile
              ? `${notice}\nRun \`${ctx.program ?? 'handoff'} validate\` to see what is wrong.`
              : notice,
          )
        : { systemMessage: notice };
  }
  ctx.stdout.write(`${JSON.stringify(result)}\n`);
  return EXIT.ok;
}

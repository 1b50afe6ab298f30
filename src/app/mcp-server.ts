/**
 * `handoff mcp`: a small MCP server over stdio (the official @modelcontextprotocol/sdk) for agents
 * that have no shell. Six tools — status, resume, check, draft, start, done — each a thin call of the
 * same use case the CLI runs, with a JSON Schema for its input and output and a structured result.
 * Descriptions are short on purpose: every word is in the agent's context on every turn.
 * This module is only ever imported by the `mcp` command, so no other command loads the SDK.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { loadConfig } from '../adapters/config-loader.js';
import { checkedMcpLines } from '../adapters/mcp-lines.js';
import { findProjectRoot, findRepoRoot } from '../adapters/repo-root.js';
import type { DraftInput } from '../core/draft-input.js';
import { formatInputError, InputError } from '../core/errors.js';
import { agentFromEnv, namedAgent } from '../core/lifecycle.js';
import { unknownNamesMessage } from '../core/unknown-names.js';
import { schema as draftInputSchema, type SchemaNode } from '../generated/draft-input.validator.js';
import { runPrime } from './agent-session.js';
import { runCheck } from './check.js';
import { planDraft, writeDraft } from './draft.js';
import { draftReport } from './draft-report.js';
import { lifecycleJson, runLifecycle } from './lifecycle.js';
import { runResume } from './resume.js';
import { gatherStatus } from './status.js';

export const MCP_SERVER_NAME = 'handoff-guard';

export interface McpContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  now: () => Date;
  version: string;
}

/**
 * An answer of schema/draft-input.schema.json, with the schema's limits (a note of 500 characters,
 * items of 2,000, 50 to a list): the tools list them, so an agent knows them before it calls, and a
 * value past one is refused naming the argument. The same limits hold for the CLI's flags
 * (core/input-limits.ts) — one schema for both.
 */
const answer = (name: string): SchemaNode => {
  const node = draftInputSchema.properties?.[name];
  if (!node) throw new Error(`schema/draft-input.schema.json has no "${name}"`);
  return node;
};
const text = (node: SchemaNode) =>
  z
    .string()
    .min(node.minLength ?? 0)
    .max(node.maxLength ?? Number.MAX_SAFE_INTEGER);
const textAnswer = (name: string, what: string) => text(answer(name)).optional().describe(what);
const listAnswer = (name: string, what: string) => {
  const node = answer(name);
  return z
    .array(text(node.items ?? {}))
    .max(node.maxItems ?? Number.MAX_SAFE_INTEGER)
    .optional()
    .describe(what);
};
/** `start`'s and `done`'s note: empty clears the registry's note, as `--note ""` does. */
const registryNote = z
  .string()
  .max(answer('note').maxLength ?? Number.MAX_SAFE_INTEGER)
  .optional();
const loose = z.looseObject({});

type ToolResult = {
  content: { type: 'text'; text: string }[];
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
};

/** A structured result, with the same JSON as text for clients that only read text. */
function ok(value: Record<string, unknown>): ToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(value) }], structuredContent: value };
}

/**
 * Bad input is the tool's answer (isError), never a protocol error: the agent reads it and retries.
 * The messages are the CLI's; a flag the tool has as an argument is named as that argument
 * (`pass --agent NAME` reads `pass agent=NAME`), since a tool call has no flags.
 */
async function guarded(body: () => Promise<ToolResult>, shape: z.ZodRawShape = {}): Promise<ToolResult> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof InputError) {
      const text = asToolArguments(formatInputError(error), argumentsOf(shape));
      return { content: [{ type: 'text', text }], isError: true };
    }
    throw error;
  }
}

/**
 * `--agent NAME` → `agent=NAME`, `--preview` → `preview`, for the tool's own arguments. Flags stand
 * after a space, a `(` or at the start; a command the message quotes (`handoff start --task ID`, in
 * backticks or double quotes, or running to the end of its clause) is a command to run, and is left
 * as written.
 */
export function asToolArguments(message: string, { names, booleans }: ToolArguments): string {
  if (names.length === 0) return message;
  return message
    .split(/(`[^`]*`|"[^"]*"|\bhandoff [^;,\]\n]*)/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(
            /(^|[\s(])--([a-z][a-z0-9-]*)(?![\w/-])( (?=[^\s-]))?/g,
            (flag, before: string, name: string, space?: string) => {
              const argument = name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
              if (!names.includes(argument)) return flag;
              return `${before}${argument}${space && !booleans.includes(argument) ? '=' : space ? ' ' : ''}`;
            },
          ),
    )
    .join('');
}

/** A tool's argument names, and those that take no value (`--preview to see` is `preview to see`). */
export interface ToolArguments {
  names: readonly string[];
  booleans: readonly string[];
}

/** The arguments of a tool's input schema, as `asToolArguments` names them. */
export function argumentsOf(shape: z.ZodRawShape): ToolArguments {
  const booleans = Object.entries(shape).flatMap(([name, type]) => {
    const inner = type instanceof z.ZodOptional ? type.unwrap() : type;
    return inner instanceof z.ZodBoolean ? [name] : [];
  });
  return { names: Object.keys(shape), booleans };
}

/**
 * A tool's arguments as the SDK reads them: one the tool does not know is refused (the SDK's error
 * result, nothing done), naming it, what it stands for when that is plain, and the known ones. An
 * object of the raw shape would drop it unread: `draft` with `decision` for `decisions` wrote a handoff
 * without its decisions. The CLI's `--input` JSON refuses unknown keys the same way.
 */
function knownArguments<Shape extends z.ZodRawShape>(shape: Shape) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? unknownNamesMessage(issue.keys, known, 'argument') : undefined,
  });
}

type KnownArguments<Shape extends z.ZodRawShape> = ReturnType<typeof knownArguments<Shape>>;

/** Each tool's arguments (the SDK's input schema). */
const resumeArguments = { task: z.string().optional(), agent: z.string().optional() };
const checkArguments = { base: z.string().optional().describe('start of the range (default: upstream)') };
const draftArguments = {
  task: z.string().describe('task id'),
  agent: z.string().optional(),
  note: textAnswer('note', 'current state, one line'),
  decisions: listAnswer('decisions', 'decisions made, each with its reason'),
  blockers: listAnswer('blockers', 'new blockers; ["None"] for none'),
  resolved: listAnswer('resolved', 'carried blockers or next steps now resolved'),
  next: listAnswer('next', 'next steps, most urgent first'),
  progress: z
    .number()
    .min(answer('progress').minimum ?? 0)
    .max(answer('progress').maximum ?? 100)
    .optional()
    .describe('percent complete'),
  remaining: textAnswer('remaining', 'time remaining, e.g. 3h'),
  timeSpent: textAnswer('timeSpent', 'time this session took, e.g. 45m (default: from its commits)'),
  from: z.string().optional().describe("revision the session's commits start after (check's fix names it)"),
  preview: z.boolean().optional().describe('compose only; write nothing'),
};
/** `start`, `done` and `idle` refuse to leave a task with work its handoff does not cover, unless forced. */
const force = z
  .boolean()
  .optional()
  .describe("leave the current task even with work commits its handoff does not cover (the CLI's --force)");
const startArguments = { task: z.string(), agent: z.string().optional(), note: registryNote, force };
/** `done`, `block` and `idle`: the agent's task changes status; the note replaces the registry's. */
const statusArguments = { agent: z.string().optional(), note: registryNote };
const leavingArguments = { ...statusArguments, force };
const primeArguments = { agent: z.string().optional() };

export function createMcpServer(ctx: McpContext): McpServer {
  const server = new McpServer({ name: MCP_SERVER_NAME, version: ctx.version });
  // As the CLI does: run in a monorepo package (`handoff -C packages/a mcp`, or from inside it), the
  // tools act on that package's registry and handoffs; the check alone judges the whole repository.
  const repo = async () => {
    const { projectRoot: repoRoot } = await findProjectRoot(ctx.cwd);
    return { repoRoot, config: (await loadConfig(repoRoot)).config };
  };
  const envAgent = agentFromEnv(ctx.env);
  // Every tool is registered here, so every tool refuses arguments it does not know.
  const tool = <Args extends z.ZodRawShape>(
    name: string,
    config: { description: string; inputSchema: Args; outputSchema: z.ZodObject },
    handler: (args: z.output<KnownArguments<Args>>) => Promise<ToolResult>,
  ) =>
    server.registerTool<z.ZodObject, KnownArguments<Args>>(
      name,
      { ...config, inputSchema: knownArguments(config.inputSchema) },
      handler,
    );

  tool(
    'status',
    {
      description: 'Every agent: task, status, handoff age, progress.',
      inputSchema: {},
      outputSchema: z.looseObject({ registry: z.string(), agents: z.array(loose) }),
    },
    () =>
      guarded(async () => {
        const { repoRoot } = await repo();
        const { rows, file, packages } = await gatherStatus(repoRoot, ctx.now());
        const tables = packages?.map((p) =>
          p.problem === undefined
            ? { folder: p.folder, registry: p.file, agents: p.rows }
            : { folder: p.folder, problem: p.problem },
        );
        return ok({ registry: file, agents: rows, ...(tables ? { packages: tables } : {}) });
      }),
  );

  tool(
    'resume',
    {
      description: "A task's last handoff and what happened since. Default: every active task.",
      inputSchema: resumeArguments,
      outputSchema: z.looseObject({ tasks: z.array(loose), note: z.string().optional() }),
    },
    ({ task, agent }) =>
      guarded(async () => {
        const { repoRoot, config } = await repo();
        const result = await runResume({
          repoRoot,
          config,
          ...(task === undefined ? {} : { taskId: task }),
          ...(agent === undefined ? {} : { agent }),
          now: ctx.now(),
        });
        return ok({
          tasks: result.briefs,
          ...(result.note ? { note: result.note } : {}),
          ...(result.found ? { package: result.found.package, note: result.found.note } : {}),
          // Handoffs that could not be read (the CLI's exit 2); each brief says why.
          ...(result.unreadable.length > 0 ? { unreadable: result.unreadable } : {}),
        });
      }, resumeArguments),
  );

  tool(
    'check',
    {
      description: 'Is every active task handoff fresh? Stale ones come with the fix.',
      inputSchema: checkArguments,
      outputSchema: z.looseObject({
        stale: z.boolean(),
        verdicts: z.array(loose),
        notes: z.array(z.string()),
      }),
    },
    ({ base }) =>
      guarded(async () => {
        // The check reads the config itself, from the tree it judges.
        const repoRoot = await findRepoRoot(ctx.cwd);
        const result = await runCheck({ repoRoot, ...(base ? { base } : {}), now: ctx.now() });
        return ok({ stale: result.stale, verdicts: result.verdicts, notes: result.notes });
      }, checkArguments),
  );

  tool(
    'draft',
    {
      description: "Write the task's next handoff from commits plus your answers. Call before you stop.",
      inputSchema: draftArguments,
      outputSchema: z.looseObject({
        written: z.boolean(),
        path: z.string(),
        complete: z.boolean(),
        toFillIn: z.array(z.string()),
        open: z.looseObject({ blockers: z.array(z.string()), nextSteps: z.array(z.string()) }),
      }),
    },
    (args) =>
      guarded(async () => {
        const { repoRoot, config } = await repo();
        const input: DraftInput = {};
        for (const key of ['decisions', 'blockers', 'resolved', 'next'] as const) {
          const items = args[key];
          if (items && items.length > 0) input[key] = items;
        }
        if (args.progress !== undefined) input.progress = args.progress;
        if (args.remaining !== undefined) input.remaining = args.remaining;
        if (args.timeSpent !== undefined) input.timeSpent = args.timeSpent;
        if (args.note !== undefined) input.note = args.note;
        const plan = await planDraft({
          repoRoot,
          config,
          taskId: args.task,
          ...(args.agent === undefined ? {} : { agent: args.agent }),
          ...(envAgent === undefined ? {} : { envAgent }),
          now: ctx.now(),
          input,
          ...(args.from === undefined ? {} : { from: args.from }),
          ...(args.preview ? { preview: true } : {}),
        });
        if (!args.preview) await writeDraft(repoRoot, config, plan);
        return ok(
          draftReport(plan, config.wordBudget, !args.preview, {
            program: 'handoff',
            projectFolder: '',
            taskId: args.task,
            registry: config.registry,
          }),
        );
      }, draftArguments),
  );

  const lifecycle = (
    action: 'start' | 'done' | 'block' | 'idle',
    args: { task?: string; agent?: string; note?: string; force?: boolean | undefined },
  ) =>
    guarded(
      async () => {
        const { repoRoot, config } = await repo();
        const result = await runLifecycle({
          repoRoot,
          config,
          action,
          ...(args.agent === undefined ? {} : { agent: args.agent }),
          ...(envAgent === undefined ? {} : { envAgent }),
          ...(args.task === undefined ? {} : { taskId: args.task }),
          ...(args.note === undefined ? {} : { note: args.note }),
          ...(args.force ? { force: true } : {}),
          now: ctx.now(),
        });
        return ok(lifecycleJson(result));
      },
      action === 'start' ? startArguments : action === 'block' ? statusArguments : leavingArguments,
    );
  const lifecycleOutput = z.looseObject({
    agent: z.string(),
    status: z.string(),
    task: z.string().nullable(),
  });

  tool(
    'start',
    {
      description: 'Register your task (or switch to it): in_progress.',
      inputSchema: startArguments,
      outputSchema: lifecycleOutput,
    },
    (args) => lifecycle('start', args),
  );

  tool(
    'done',
    {
      description: 'Mark your task complete.',
      inputSchema: leavingArguments,
      outputSchema: lifecycleOutput,
    },
    (args) => lifecycle('done', args),
  );

  tool(
    'block',
    {
      description: 'Mark your task blocked (say why in note).',
      inputSchema: statusArguments,
      outputSchema: lifecycleOutput,
    },
    (args) => lifecycle('block', args),
  );

  tool(
    'idle',
    {
      description: 'Leave your task (idle): hand it over, or stop working on it.',
      inputSchema: leavingArguments,
      outputSchema: lifecycleOutput,
    },
    (args) => lifecycle('idle', args),
  );

  tool(
    'prime',
    {
      description: 'The brief to start a session from: your task, its last handoff, the team, stale tasks.',
      inputSchema: primeArguments,
      outputSchema: z.looseObject({ text: z.string() }),
    },
    (args) =>
      guarded(async () => {
        const { repoRoot, config } = await repo();
        const agent = namedAgent(args.agent, envAgent);
        const prime = await runPrime({
          repoRoot,
          config,
          ...(agent === undefined ? {} : { agent }),
          program: 'handoff',
          now: ctx.now(),
        });
        return ok(prime as unknown as Record<string, unknown>);
      }, primeArguments),
  );

  return server;
}

/** How long requests still running when the input ends may take to be answered. */
const LAST_ANSWERS_WAIT_MS = 60_000;

/** Serves on stdin/stdout until the client closes the connection. */
export async function serveMcp(ctx: McpContext): Promise<void> {
  const server = createMcpServer(ctx);
  // Every line is checked before the SDK sees it (adapters/mcp-lines.ts); bad ones are answered here.
  const lines = process.stdin.pipe(
    checkedMcpLines((answer) => {
      process.stdout.write(`${JSON.stringify(answer)}\n`);
    }),
  );
  const transport = new StdioServerTransport(lines, process.stdout);
  // The client ends the session by closing our stdin; the transport may not notice on its own. The
  // end is the checked lines' (after a last line without a newline has been passed on).
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    lines.once('end', () => resolve());
    lines.once('close', () => resolve());
  });
  await server.connect(transport);
  // Requests still being answered when the input ends (a `tools/call` and then EOF) are answered
  // before the server closes: the SDK would drop them.
  const answering = new Set<string | number>();
  let allAnswered: (() => void) | undefined;
  const received = transport.onmessage;
  transport.onmessage = (message) => {
    if ('method' in message && 'id' in message) answering.add(message.id);
    received?.(message);
  };
  const send = transport.send.bind(transport);
  transport.send = async (message) => {
    await send(message);
    const id = !('method' in message) && 'id' in message ? message.id : undefined;
    if (id !== undefined && answering.delete(id) && answering.size === 0) allAnswered?.();
  };
  await closed;
  // Bounded: a request the SDK drops unanswered must not keep the server up for ever.
  if (answering.size > 0) {
    await new Promise<void>((resolve) => {
      allAnswered = resolve;
      setTimeout(resolve, LAST_ANSWERS_WAIT_MS).unref();
    });
  }
  await server.close();
}

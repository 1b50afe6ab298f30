/**
 * `handoff mcp`: a small MCP server over stdio (the official @modelcontextprotocol/sdk) for agents
 * that have no shell. Nine tools (TOOL_INPUTS), each a thin call of the same use case the CLI runs,
 * with a JSON Schema for its input and output and a structured result, which names the tools' calls
 * where the CLI's names its commands (core/tool-terms.ts). Descriptions are short on purpose: every
 * word is in the agent's context on every turn.
 * This module is only ever imported by the `mcp` command, so no other command loads the SDK.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { loadConfig } from '../adapters/config-loader.js';
import { checkedMcpLines } from '../adapters/mcp-lines.js';
import { findProjectRoot } from '../adapters/repo-root.js';
import type { DraftInput } from '../core/draft-input.js';
import { formatInputError, InputError } from '../core/errors.js';
import { agentFromEnv, namedAgent } from '../core/lifecycle.js';
import { asInProject } from '../core/paths.js';
import { withProblemsSaid } from '../core/render/status.js';
import {
  type ArgumentKind,
  asToolArguments,
  type ToolArguments,
  type ToolTerms,
} from '../core/tool-terms.js';
import { unknownNamesMessage } from '../core/unknown-names.js';
import { schema as draftInputSchema, type SchemaNode } from '../generated/draft-input.validator.js';
import { runPrime } from './agent-session.js';
import { runCheck } from './check.js';
import { planDraft, writeDraft } from './draft.js';
import { draftReport } from './draft-report.js';
import { lifecycleJson, nextAfterLifecycle, runLifecycle, startNote } from './lifecycle.js';
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
 * The messages are the CLI's, in the tools' terms (`pass agent=NAME`, `start {"task":"ID"}`: see
 * core/tool-terms.ts), since a tool call has no flags.
 */
async function guarded(body: () => Promise<ToolResult>, terms: ToolTerms): Promise<ToolResult> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof InputError) {
      const text = asToolArguments(formatInputError(error), terms);
      return { content: [{ type: 'text', text }], isError: true };
    }
    throw error;
  }
}

/** The arguments of a tool's input schema, as `asToolArguments` names them. */
export function argumentsOf(shape: z.ZodRawShape): ToolArguments {
  return Object.fromEntries(
    Object.entries(shape).map(([name, type]) => {
      const inner = type instanceof z.ZodOptional ? type.unwrap() : type;
      const kind: ArgumentKind =
        inner instanceof z.ZodBoolean
          ? 'switch'
          : inner instanceof z.ZodNumber
            ? 'number'
            : inner instanceof z.ZodArray
              ? 'list'
              : 'text';
      return [name, kind];
    }),
  );
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

/** Test and coverage reports, as `--tests` and `--coverage` take them: from the project's folder. */
const reportArguments = {
  tests: z
    .array(z.string())
    .optional()
    .describe(
      "test report files or globs, from the project's folder (JUnit XML, TAP, Jest/Mocha JSON, go test -json, …)",
    ),
  coverage: z
    .string()
    .optional()
    .describe("coverage report, from the project's folder (lcov, Cobertura XML, …)"),
};

/** Each tool's arguments (the SDK's input schema). */
const resumeArguments = { task: z.string().optional(), agent: z.string().optional(), ...reportArguments };
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
  ...reportArguments,
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

/** Every tool's arguments, by the tool's name: what each takes, and which tool a command names. */
const TOOL_INPUTS = {
  status: {},
  resume: resumeArguments,
  check: checkArguments,
  draft: draftArguments,
  start: startArguments,
  done: leavingArguments,
  block: statusArguments,
  idle: leavingArguments,
  prime: primeArguments,
} as const satisfies Record<string, z.ZodRawShape>;
type ToolName = keyof typeof TOOL_INPUTS;

/**
 * What each tool does to the project, for the client deciding whether to ask the user first (MCP's
 * tool annotations): the four that read change nothing; `draft` adds the next handoff; the status
 * tools rewrite the agent's registry entry, and a second call changes nothing more. None reaches
 * anything outside the repository.
 */
const TOOL_ANNOTATIONS: Record<ToolName, ToolAnnotations> = {
  status: { readOnlyHint: true, openWorldHint: false },
  resume: { readOnlyHint: true, openWorldHint: false },
  check: { readOnlyHint: true, openWorldHint: false },
  prime: { readOnlyHint: true, openWorldHint: false },
  draft: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
  start: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  done: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  block: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  idle: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
};

const TOOL_ARGUMENTS: Record<string, ToolArguments> = Object.fromEntries(
  Object.entries(TOOL_INPUTS).map(([name, shape]) => [name, argumentsOf(shape)]),
);

/** How tool `name`'s answers name flags and commands; `folder` as in ToolTerms. */
export function termsOf(name: ToolName, folder = ''): ToolTerms {
  return { own: TOOL_ARGUMENTS[name] ?? {}, tools: TOOL_ARGUMENTS, folder };
}

/** The report options of a tool call: only those given (an empty list is none). */
function reportsGiven(
  tests: readonly string[] | undefined,
  coverage: string | undefined,
): { tests?: string[]; coverage?: string } {
  return {
    ...(tests && tests.length > 0 ? { tests: [...tests] } : {}),
    ...(coverage === undefined ? {} : { coverage }),
  };
}

export function createMcpServer(ctx: McpContext): McpServer {
  const server = new McpServer({ name: MCP_SERVER_NAME, version: ctx.version });
  // As the CLI does: run in a monorepo package (`handoff -C packages/a mcp`, or from inside it), the
  // tools act on that package's registry and handoffs; the check alone judges the whole repository.
  const repo = async () => {
    const { projectRoot: repoRoot } = await findProjectRoot(ctx.cwd);
    return { repoRoot, config: (await loadConfig(repoRoot)).config };
  };
  const envAgent = agentFromEnv(ctx.env);
  // Every tool is registered here, so every tool refuses arguments it does not know, and its answer,
  // an error too, names the tools' arguments and calls where the CLI's names its flags and commands.
  // `say` puts a text of the answer in those terms (core/tool-terms.ts), for commands named from the
  // project's folder.
  const tool = <Name extends ToolName>(
    name: Name,
    config: { description: string; outputSchema: z.ZodObject },
    handler: (
      args: z.output<KnownArguments<(typeof TOOL_INPUTS)[Name]>>,
      say: (text: string) => string,
    ) => Promise<ToolResult>,
  ) => {
    const terms = termsOf(name);
    return server.registerTool<z.ZodObject, KnownArguments<(typeof TOOL_INPUTS)[Name]>>(
      name,
      { ...config, inputSchema: knownArguments(TOOL_INPUTS[name]), annotations: TOOL_ANNOTATIONS[name] },
      (args) => guarded(() => handler(args, (text) => asToolArguments(text, terms)), terms),
    );
  };

  tool(
    'status',
    {
      description: 'Every agent: task, status, handoff age, progress, and whether the handoff is stale.',
      outputSchema: z.looseObject({ registry: z.string(), agents: z.array(loose) }),
    },
    async (_args, say) => {
      const { repoRoot } = await repo();
      const { rows, file, packages, scope } = await gatherStatus(repoRoot, ctx.now());
      // A stale task's fixes as tool calls, as the check tool gives them.
      const agents = (of: typeof rows) => of.map((row) => withProblemsSaid(row, say, say));
      const tables = packages?.map((p) =>
        p.problem === undefined
          ? { folder: p.folder, registry: p.file, agents: agents(p.rows) }
          : { folder: p.folder, problem: say(p.problem) },
      );
      return ok({
        registry: file,
        ...(scope ? { scope } : {}),
        agents: agents(rows),
        ...(tables ? { packages: tables } : {}),
      });
    },
  );

  tool(
    'resume',
    {
      description: "A task's last handoff and what happened since. Default: every active task.",
      outputSchema: z.looseObject({ tasks: z.array(loose), note: z.string().optional() }),
    },
    async ({ task, agent, tests, coverage }, say) => {
      const { repoRoot, config } = await repo();
      const result = await runResume({
        repoRoot,
        config,
        ...(task === undefined ? {} : { taskId: task }),
        ...(agent === undefined ? {} : { agent }),
        ...reportsGiven(tests, coverage),
        now: ctx.now(),
      });
      return ok({
        tasks: result.briefs,
        // A report that could not be read, or matched nothing (the CLI's warnings on stderr).
        ...(result.warnings.length > 0
          ? { warnings: result.warnings.map((w) => ({ ...w, message: say(w.message) })) }
          : {}),
        ...(result.note ? { note: say(result.note) } : {}),
        ...(result.found ? { package: result.found.package, note: say(result.found.note) } : {}),
        // Handoffs that could not be read (the CLI's exit 2); each brief says why.
        ...(result.unreadable.length > 0 ? { unreadable: result.unreadable } : {}),
      });
    },
  );

  tool(
    'check',
    {
      description: 'Is every active task handoff fresh? Stale ones come with the fix.',
      outputSchema: z.looseObject({
        stale: z.boolean(),
        verdicts: z.array(loose),
        notes: z.array(z.string()),
      }),
    },
    async ({ base }) => {
      // The check reads the config itself, from the tree it judges, the whole repository's: its fixes
      // name a package's commands from the root (`handoff -C packages/a draft ...`), and those of the
      // package this server acts on are its tools' calls.
      const { repoRoot, prefix } = await findProjectRoot(ctx.cwd);
      const terms = termsOf('check', prefix);
      const say = (text: string) => asToolArguments(text, terms);
      const result = await runCheck({ repoRoot, ...(base ? { base } : {}), now: ctx.now() });
      const verdicts = result.verdicts.map((verdict) => ({
        ...verdict,
        problems: verdict.problems.map((p) => ({ ...p, detail: say(p.detail), fix: say(p.fix) })),
      }));
      return ok({ stale: result.stale, verdicts, notes: result.notes.map(say) });
    },
  );

  tool(
    'draft',
    {
      description: "Write the task's next handoff from commits plus your answers. Call before you stop.",
      outputSchema: z.looseObject({
        written: z.boolean(),
        next: z.array(z.string()),
        path: z.string(),
        complete: z.boolean(),
        toFillIn: z.array(z.string()),
        open: z.looseObject({ blockers: z.array(z.string()), nextSteps: z.array(z.string()) }),
      }),
    },
    async (args, say) => {
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
        ...reportsGiven(args.tests, args.coverage),
        ...(args.preview ? { preview: true } : {}),
      });
      if (!args.preview) await writeDraft(repoRoot, config, plan);
      const report = draftReport(plan, config.wordBudget, !args.preview, {
        program: 'handoff',
        shown: asInProject,
        taskId: args.task,
        registry: config.registry,
      });
      return ok({
        ...report,
        next: report.next.map(say),
        range: say(report.range),
        notes: report.notes.map(say),
        warnings: report.warnings.map((w) => ({ ...w, message: say(w.message) })),
      });
    },
  );

  // What the CLI's `--format json` of the same command gives, `next` included, in the tools' terms.
  const lifecycle = async (
    action: 'start' | 'done' | 'block' | 'idle',
    args: { task?: string; agent?: string; note?: string; force?: boolean | undefined },
    say: (text: string) => string,
  ) => {
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
    const next = await nextAfterLifecycle(result, repoRoot, { program: 'handoff', shown: asInProject });
    const note = startNote(result, asInProject);
    return ok({ ...lifecycleJson(result), ...(note ? { note } : {}), next: next.map(say) });
  };
  const lifecycleOutput = z.looseObject({
    agent: z.string(),
    status: z.string(),
    task: z.string().nullable(),
    next: z.array(z.string()),
  });

  tool(
    'start',
    { description: 'Register your task (or switch to it): in_progress.', outputSchema: lifecycleOutput },
    (args, say) => lifecycle('start', args, say),
  );

  tool('done', { description: 'Mark your task complete.', outputSchema: lifecycleOutput }, (args, say) =>
    lifecycle('done', args, say),
  );

  tool(
    'block',
    { description: 'Mark your task blocked (say why in note).', outputSchema: lifecycleOutput },
    (args, say) => lifecycle('block', args, say),
  );

  tool(
    'idle',
    {
      description: 'Leave your task (idle): hand it over, or stop working on it.',
      outputSchema: lifecycleOutput,
    },
    (args, say) => lifecycle('idle', args, say),
  );

  tool(
    'prime',
    {
      description: 'The brief to start a session from: your task, its last handoff, the team, stale tasks.',
      outputSchema: z.looseObject({ text: z.string() }),
    },
    async (args, say) => {
      const { repoRoot, config } = await repo();
      const agent = namedAgent(args.agent, envAgent);
      const prime = await runPrime({
        repoRoot,
        config,
        ...(agent === undefined ? {} : { agent }),
        program: 'handoff',
        shown: say,
        now: ctx.now(),
      });
      return ok(prime as unknown as Record<string, unknown>);
    },
  );

  return server;
}

/** For a `tools/call` of a tool the server does not have: the refusal, naming the tool meant. */
export function unknownToolCall(message: object): string | undefined {
  if (!('method' in message) || message.method !== 'tools/call' || !('params' in message)) return undefined;
  const params = message.params;
  const name = params && typeof params === 'object' && 'name' in params ? params.name : undefined;
  if (typeof name !== 'string' || Object.hasOwn(TOOL_INPUTS, name)) return undefined;
  return unknownNamesMessage([name], Object.keys(TOOL_INPUTS), 'tool');
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
    // A call of a tool there is none of is answered here, as the SDK would (an error result), but
    // naming the tool meant, as an unknown argument is: the SDK says only "Tool stat not found".
    const unknown = unknownToolCall(message);
    const id = 'id' in message ? message.id : undefined;
    if (unknown !== undefined && id !== undefined) {
      void transport.send({
        jsonrpc: '2.0',
        id,
        result: { content: [{ type: 'text', text: unknown }], isError: true },
      });
      return;
    }
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

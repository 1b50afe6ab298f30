/**
 * `handoff mcp` driven by the MCP SDK's own client over stdio: the built dist/cli.js as the server
 * process, a real git repository as the project. Lists the tools, then calls each one.
 */

import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { termsOf } from '../../src/app/mcp-server.js';
import { asToolArguments } from '../../src/core/tool-terms.js';
import { CLI_BIN, catFilesLeftBy, gitEnv, PROJECT_ROOT, TempRepo } from '../helpers/temp-repo.js';

const TASK = 'TASK-2025-0078-C';

type Structured = Record<string, unknown>;

describe('handoff mcp', () => {
  let repo: TempRepo;
  let client: Client;
  let transport: StdioClientTransport;

  beforeAll(async () => {
    repo = TempRepo.init();
    repo.commit('Initial commit', { 'package.json': '{"name":"demo"}\n' });
    client = new Client({ name: 'test-agent', version: '1.0.0' });
    const env = Object.fromEntries(
      Object.entries(gitEnv()).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    transport = new StdioClientTransport({
      command: process.execPath,
      args: [CLI_BIN, 'mcp'],
      cwd: repo.dir,
      env,
    });
    await client.connect(transport);
  });

  afterAll(async () => {
    await client.close();
    repo.remove();
  });

  const call = async (name: string, args: Record<string, unknown> = {}) => {
    const result = await client.callTool({ name, arguments: args });
    return result as { structuredContent?: Structured; isError?: boolean; content: { text: string }[] };
  };

  it('lists nine tools with short descriptions and input and output schemas', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      'block',
      'check',
      'done',
      'draft',
      'idle',
      'prime',
      'resume',
      'start',
      'status',
    ]);
    for (const tool of tools) {
      expect(tool.description?.length ?? 0).toBeGreaterThan(0);
      expect(tool.description?.length ?? 0).toBeLessThanOrEqual(100);
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.outputSchema?.type).toBe('object');
    }
    // Leaving a task with work its handoff does not cover is refused unless forced, as in the CLI.
    for (const name of ['start', 'done', 'idle'])
      expect(Object.keys(tools.find((t) => t.name === name)?.inputSchema.properties ?? {})).toContain(
        'force',
      );
    expect(Object.keys(tools.find((t) => t.name === 'block')?.inputSchema.properties ?? {})).not.toContain(
      'force',
    );
    const draft = tools.find((t) => t.name === 'draft');
    expect(draft?.inputSchema.required).toEqual(['task']);
    expect(Object.keys(draft?.inputSchema.properties ?? {})).toEqual(
      expect.arrayContaining([
        'decisions',
        'blockers',
        'resolved',
        'next',
        'progress',
        'remaining',
        'timeSpent',
        'note',
        'from',
      ]),
    );
    // The limits of schema/draft-input.schema.json are in the tools' schemas, so an agent knows them.
    const answers = JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema/draft-input.schema.json'), 'utf8'));
    const props = draft?.inputSchema.properties as Record<string, Record<string, unknown>>;
    expect(props.note).toMatchObject({ minLength: 1, maxLength: answers.properties.note.maxLength });
    expect(props.next).toMatchObject({
      maxItems: answers.properties.next.maxItems,
      items: { maxLength: answers.properties.next.items.maxLength },
    });
    // Which tools only read, for a client deciding whether to ask first.
    const readOnly = tools.filter((t) => t.annotations?.readOnlyHint === true).map((t) => t.name);
    expect(readOnly.sort()).toEqual(['check', 'prime', 'resume', 'status']);
    for (const tool of tools) {
      expect(tool.annotations?.openWorldHint).toBe(false);
      if (!readOnly.includes(tool.name)) expect(tool.annotations?.destructiveHint).toBe(false);
    }
    const start = tools.find((t) => t.name === 'start');
    expect(
      (start?.inputSchema.properties as Record<string, Record<string, unknown>> | undefined)?.note,
    ).toMatchObject({
      maxLength: answers.properties.note.maxLength,
    });
  });

  it('start, work, draft, check, resume, status, prime, block, done, idle', async () => {
    const started = await call('start', { task: TASK, agent: 'mcp-agent', note: 'API tests' });
    expect(started.structuredContent).toMatchObject({
      agent: 'mcp-agent',
      status: 'in_progress',
      task: TASK,
    });
    // What to do now, as the CLI's JSON says it, in the tools' terms: the draft that ends the session.
    expect(started.structuredContent?.next).toEqual([
      `draft {"task":"${TASK}","agent":"mcp-agent","note":"<state in one line>","decisions":["<decision: reason>"],"blockers":["<blocker, or None>"],"next":["<next step>"],"progress":<0-100>,"remaining":"<time left, e.g. 3h>"}`,
    ]);

    repo.commit('Register the task');
    repo.commit(`${TASK}: client`, { 'src/client.js': 'export {};\n' });

    const staleCheck = await call('check');
    expect(staleCheck.structuredContent?.stale).toBe(true);
    // The fix is the draft tool's call, which the client can make as it stands.
    const verdicts = (staleCheck.structuredContent?.verdicts ?? []) as { problems: { fix: string }[] }[];
    const fix = verdicts[0]?.problems[0]?.fix ?? '';
    expect(fix).toMatch(/^draft \{"task":"TASK-2025-0078-C"/);
    const fixed = await call('draft', { ...JSON.parse(fix.slice('draft '.length)), preview: true });
    expect(fixed.isError).toBeFalsy();
    expect(fixed.structuredContent).toMatchObject({ written: false, agent: 'mcp-agent' });
    // Where the session's commits start, as a check's fix names it (`--from REV`): the tool's `from`.
    const since = await call('draft', { task: TASK, agent: 'mcp-agent', from: 'HEAD~1', preview: true });
    expect(since.structuredContent).toMatchObject({ written: false, commits: 1 });
    expect(since.structuredContent?.range).toContain('HEAD~1');

    const drafted = await call('draft', {
      task: TASK,
      agent: 'mcp-agent',
      note: 'client works',
      decisions: ['fetch over axios: no dependency'],
      blockers: ['None'],
      next: ['error responses'],
      progress: 25,
    });
    expect(drafted.isError).toBeFalsy();
    expect(drafted.structuredContent).toMatchObject({ written: true, complete: true, toFillIn: [] });
    repo.commit(`${TASK}: handoff`);

    const fresh = await call('check');
    expect(fresh.structuredContent?.stale).toBe(false);

    const resumed = await call('resume', { task: TASK });
    const tasks = (resumed.structuredContent?.tasks ?? []) as { decisions: { items: string[] } }[];
    const brief = tasks[0];
    expect(brief?.decisions.items).toEqual(['fetch over axios: no dependency']);

    // A draft written with answers left open: what to do now is the same tool with them.
    repo.commit(`${TASK}: retries`, { 'src/retry.js': 'export {};\n' });
    const open = await call('draft', { task: TASK, agent: 'mcp-agent', note: 'retries work', progress: 40 });
    expect(open.structuredContent).toMatchObject({
      written: true,
      complete: false,
      next: [
        `draft {"task":"${TASK}","agent":"mcp-agent","decisions":["<decision: reason>"],"remaining":"<time left, e.g. 3h>"}`,
      ],
    });
    const warnings = open.structuredContent?.warnings as { message: string }[];
    expect(warnings.map((w) => w.message)).toContain(
      'Estimated Remaining is left to fill in: the remaining argument states it, e.g. remaining=3h (progress=100 states 0 hours)',
    );
    const filled = await call('draft', {
      task: TASK,
      agent: 'mcp-agent',
      decisions: ['retry twice: the API is flaky'],
      remaining: '3h',
    });
    expect(filled.structuredContent).toMatchObject({ complete: true, mode: 'fill' });
    repo.commit(`${TASK}: handoff 2`);

    const status = await call('status');
    expect(status.structuredContent?.agents).toEqual([
      expect.objectContaining({ agent: 'mcp-agent', task: TASK, status: 'in_progress' }),
    ]);

    const primed = await call('prime', { agent: 'mcp-agent' });
    expect(primed.isError).toBeFalsy();
    expect(primed.structuredContent?.text).toContain(TASK);
    // The commands it lists are the tools' calls, in its JSON and its text alike.
    const commands = primed.structuredContent?.commands as string[];
    expect(commands.map((command) => command.split(' ')[0])).toEqual(['start', 'draft', 'done']);
    expect(commands[0]).toMatch(/^start \{"task":"TASK-2025-0078-C","agent":"mcp-agent"\} +# /);
    for (const command of commands) expect(primed.structuredContent?.text).toContain(command);
    expect(primed.structuredContent?.text).not.toMatch(/handoff (start|draft|done)/);

    // After block, done and idle: the commit of the registry they changed (no tool commits).
    const commitOf = (words: string) => [
      `git add -- .agent-context/agent-handoffs.json && git commit -m '${TASK}: mcp-agent ${words}' -- .agent-context/agent-handoffs.json`,
    ];
    const blocked = await call('block', { agent: 'mcp-agent', note: 'waiting for the API key' });
    expect(blocked.structuredContent).toMatchObject({
      status: 'blocked',
      task: TASK,
      next: commitOf('blocked'),
    });

    const done = await call('done', { agent: 'mcp-agent' });
    expect(done.structuredContent).toMatchObject({ status: 'complete', task: TASK, next: commitOf('done') });

    const idle = await call('idle', { agent: 'mcp-agent' });
    expect(idle.structuredContent).toMatchObject({ status: 'idle', task: null, next: commitOf('idle') });
    // A long-lived server: no call leaves its git readers running behind it.
    expect(await catFilesLeftBy(transport.pid as number)).toEqual([]);
  });

  it('bad input is the tool answer (isError) with the rule, not a broken connection', async () => {
    const bad = await call('start', { task: '../escape', agent: 'mcp-agent' });
    expect(bad.isError).toBe(true);
    expect(bad.content[0]?.text).toContain('[registry/task-id]');
    const still = await call('status');
    expect(still.isError).toBeFalsy();
  });

  it('an error names the tool argument to pass, not the CLI flag', async () => {
    const noAgent = await call('draft', { task: 'TASK-2030-0001', preview: true });
    expect(noAgent.isError).toBe(true);
    expect(noAgent.content[0]?.text).toContain(
      'no agent in the registry has current_task TASK-2030-0001; pass agent="<agent name>" [registry/no-agent]',
    );
    expect(noAgent.content[0]?.text).not.toContain('--');
    // A command the error names is the call of the tool that does it.
    await call('start', { task: 'TASK-2030-0003', agent: 'busy-agent' });
    const elsewhere = await call('draft', { task: 'TASK-2030-0002', agent: 'busy-agent', preview: true });
    expect(elsewhere.isError).toBe(true);
    expect(elsewhere.content[0]?.text).toContain(
      'switch it with `start {"task":"TASK-2030-0002","agent":"busy-agent"}` first',
    );
    expect(elsewhere.content[0]?.text).not.toContain('handoff start');
  });

  it('a message names a flag as the tool argument, and a command a tool does as its call', () => {
    const draft = termsOf('draft');
    // Flags the tool has no argument for are left as they are; words with dashes are not flags.
    expect(
      asToolArguments('pass --agent a|b, or --agent c; --to after --from abc; re-run --preview', draft),
    ).toBe('pass agent=a|b, or agent=c; --to after from=abc; re-run preview');
    expect(asToolArguments('use --time-spent 45m; the decision (--decision) is empty', draft)).toBe(
      'use timeSpent=45m; the decision (the decisions argument) is empty',
    );
    // The sentence going on after a flag is not its value; the flag it names is the argument.
    expect(
      asToolArguments(
        'since 2026-12-03 (--from changes it); --remaining states it, e.g. --remaining 3h',
        draft,
      ),
    ).toBe(
      'since 2026-12-03 (the from argument changes it); the remaining argument states it, e.g. remaining=3h',
    );
    expect(
      asToolArguments('Draft again with --from to choose where it started, e.g. --from abc1234', draft),
    ).toBe('Draft again with the from argument to choose where it started, e.g. from=abc1234');
    // A flag's value in quotes after it is its value, a slot as any other.
    expect(asToolArguments('pass --agent "<agent name>" or set HANDOFF_AGENT', draft)).toBe(
      'pass agent="<agent name>" or set HANDOFF_AGENT',
    );
    // Paths, URLs, quoted text and negative numbers are not flags.
    expect(asToolArguments('see docs/--agent.md and https://x.io/--agent y', draft)).toBe(
      'see docs/--agent.md and https://x.io/--agent y',
    );
    expect(asToolArguments('step "--agent x" stays; `--agent y` too; --progress -5', draft)).toBe(
      'step "--agent x" stays; `--agent y` too; progress=-5',
    );
    // A command is the call: in a code span, at the start, after `: `, and after `&& ` (then read `, then `).
    expect(
      asToolArguments(
        'start a task first: `handoff start --task "<task id>" --agent ghost` [registry/no-agent]',
        draft,
      ),
    ).toBe('start a task first: `start {"task":"<task id>","agent":"ghost"}` [registry/no-agent]');
    expect(
      asToolArguments(
        `handoff draft --task T-1 --agent 'a b' --note "<say \\"it\\">" --decision "x: y" --decision z --progress 50 --remaining "<time>"`,
        termsOf('check'),
      ),
    ).toBe(
      'draft {"task":"T-1","agent":"a b","note":"<say \\"it\\">","decisions":["x: y","z"],"progress":50,"remaining":"<time>"}',
    );
    // A slot stands where a value goes: a number argument's bare, so that the call filled in has the number.
    expect(
      asToolArguments('handoff draft --task "<task id>" --progress "<0-100>" --next "<next step>"', draft),
    ).toBe('draft {"task":"<task id>","progress":<0-100>,"next":["<next step>"]}');
    expect(
      asToolArguments("git add -- h.md && git commit -m 'T-1: a' -- h.md && handoff draft --task T-1", draft),
    ).toBe('git add -- h.md && git commit -m \'T-1: a\' -- h.md, then draft {"task":"T-1"}');
    expect(asToolArguments('npx handoff done --agent a   # when finished', draft)).toBe(
      'done {"agent":"a"}   # when finished',
    );
    expect(
      asToolArguments(
        'Hand it off first: handoff draft --task T-1 --agent a (then commit it); or run again with --force to leave it out',
        termsOf('done'),
      ),
    ).toBe(
      'Hand it off first: draft {"task":"T-1","agent":"a"} (then commit it); or run again with force to leave it out',
    );
    expect(
      asToolArguments('…and 3 more: `handoff status`; if that is you: `handoff prime --agent a`.', draft),
    ).toBe('…and 3 more: `status {}`; if that is you: `prime {"agent":"a"}`.');
    // What no tool does stays a command: no tool of its name, a flag the tool lacks, words that are no
    // flag, another folder's (the check's fixes name a package's from the root).
    for (const kept of [
      'run `handoff init --no-hook`',
      'call `handoff check --hook pre-push -- "$@"` from it',
      'to see them: `handoff resume --task T-1 --format markdown`',
      'fix: handoff -C packages/a draft --task T-1',
    ])
      expect(asToolArguments(kept, draft)).toBe(kept);
    // A list argument takes the flag's value as a list.
    expect(asToolArguments('to see them: `handoff resume --task T-1 --tests "reports/*.xml"`', draft)).toBe(
      'to see them: `resume {"task":"T-1","tests":["reports/*.xml"]}`',
    );
    expect(
      asToolArguments('fix: handoff -C packages/a draft --task T-1', termsOf('check', 'packages/a')),
    ).toBe('fix: draft {"task":"T-1"}');
    expect(asToolArguments('fix: handoff draft --task T-1', termsOf('check', 'packages/a'))).toBe(
      'fix: handoff draft --task T-1',
    );
    // `handoff` as a word of the prose is no command.
    expect(asToolArguments('the push is allowed without a handoff check (set --agent a)', draft)).toBe(
      'the push is allowed without a handoff check (set agent=a)',
    );
  });

  it('a tool it does not have is refused, naming the tool meant and the known ones', async () => {
    const slip = await call('staus');
    expect(slip.isError).toBe(true);
    expect(slip.content[0]?.text).toBe(
      'unknown tool "staus" (did you mean status?); known: status, resume, check, draft, start, done, block, idle, prime',
    );
    // The connection stays up: the next call is answered.
    expect((await call('status')).isError).toBeFalsy();
  });

  it('an argument a tool does not know is refused, naming it and the known ones, and nothing is written', async () => {
    const task = 'TASK-2030-0008';
    const before = repo.git('status', '--porcelain', '--untracked-files=all');
    // The CLI's flag spellings (and the draft answer's `nextSteps`) for `decisions`, `blockers`, `next`.
    const slips = await call('draft', {
      task,
      agent: 'slip-agent',
      note: 'state',
      decision: ['a: b'],
      blocker: ['None'],
      nextSteps: ['do y'],
      progress: 20,
    });
    expect(slips.isError).toBe(true);
    expect(slips.content[0]?.text).toContain(
      'Invalid arguments for tool draft: unknown arguments "decision" (did you mean decisions?), "blocker" (did you mean blockers?), "nextSteps" (did you mean next?); known: task, agent, note, decisions, blockers, resolved, next, progress, remaining, timeSpent, from, tests, coverage, preview',
    );
    const extra = await call('start', { task, agent: 'slip-agent', extra: 1 });
    expect(extra.isError).toBe(true);
    expect(extra.content[0]?.text).toContain(
      'Invalid arguments for tool start: unknown argument "extra"; known: task, agent, note, force',
    );
    expect((await call('status', { verbose: true })).isError).toBe(true);
    expect(repo.git('status', '--porcelain', '--untracked-files=all')).toBe(before);
    // The tools' schemas say so, for clients that check arguments before they call.
    const { tools } = await client.listTools();
    for (const tool of tools) expect(tool.inputSchema).toMatchObject({ additionalProperties: false });
  });

  it('a note too long for the registry is refused, and the registry stays readable', async () => {
    const long = await call('start', { task: TASK, agent: 'mcp-agent', note: 'x'.repeat(6 * 1024 * 1024) });
    expect(long.isError).toBe(true);
    // Refused by the tool's own schema, naming the argument (not a CLI flag) and the limit.
    expect(long.content[0]?.text).toMatch(/Invalid arguments for tool start: .*<=500 characters at note/);
    const next = await call('draft', {
      task: TASK,
      agent: 'mcp-agent',
      next: ['ok', 'y'.repeat(2001)],
      preview: true,
    });
    expect(next.isError).toBe(true);
    expect(next.content[0]?.text).toMatch(
      /Invalid arguments for tool draft: .*<=2000 characters at next\[1\]/,
    );
    expect((await call('status')).isError).toBeFalsy();
  });

  it('draft and resume read test and coverage reports, as --tests and --coverage do', async () => {
    const task = 'TASK-2025-0081';
    expect((await call('start', { task, agent: 'tester' })).isError).toBeFalsy();
    const junit = (failing: boolean) =>
      `<testsuite name="api" tests="2"><testcase name="ok"/><testcase name="retry">${failing ? '<failure/>' : ''}</testcase></testsuite>\n`;
    repo.write('reports/unit.xml', junit(true));
    repo.write('coverage/lcov.info', 'SF:src/a.js\nLF:10\nLH:8\nend_of_record\n');
    repo.commit(`${task}: api`, { 'src/api.js': 'export {};\n' });
    const drafted = await call('draft', {
      task,
      agent: 'tester',
      tests: ['reports/*.xml', 'nothing/*.xml'],
      coverage: 'coverage/lcov.info',
      preview: true,
    });
    expect(drafted.isError).toBeFalsy();
    const markdown = String(drafted.structuredContent?.markdown);
    expect(markdown).toContain('**Tests:** 1 passed, 1 failed');
    expect(markdown).toContain('retry');
    expect(markdown).toMatch(/80(\.0)?%/);
    expect(drafted.structuredContent?.warnings).toContainEqual(
      expect.objectContaining({ file: 'nothing/*.xml', message: expect.stringMatching(/matches no files/) }),
    );
    const resumed = await call('resume', { task, tests: ['reports/*.xml'] });
    expect(resumed.isError).toBeFalsy();
    const [brief] = (resumed.structuredContent?.tasks ?? []) as { tests?: { now?: unknown } }[];
    expect(brief?.tests?.now).toEqual({ passed: 1, failed: 1, skipped: 0 });
  });

  it('resume: a step a commit since seems to have done keeps its text, the guess in maybeDoneIn', async () => {
    const task = 'TASK-2025-0079';
    expect((await call('start', { task, agent: 'guesser' })).isError).toBeFalsy();
    repo.commit(`${task}: client`, { 'src/guess.js': 'export {};\n' });
    const drafted = await call('draft', {
      task,
      agent: 'guesser',
      note: 'client works',
      decisions: ['fetch: no dependency'],
      blockers: ['None'],
      next: ['Handle the error responses', 'Write the docs'],
      progress: 25,
    });
    expect(drafted.structuredContent).toMatchObject({ written: true, complete: true });
    repo.commit(`${task}: handoff`);
    const sha = repo.commit(`${task}: error responses handled`, { 'src/guess.js': 'export const e = 1;\n' });
    const resumed = await call('resume', { task });
    const [brief] = (resumed.structuredContent?.tasks ?? []) as { nextSteps: { items: unknown[] } }[];
    expect(brief?.nextSteps.items).toEqual([
      { text: 'Handle the error responses', maybeDoneIn: sha.slice(0, 7) },
      { text: 'Write the docs' },
    ]);
  });
});

describe('handoff mcp: a call an answer gives, its slots filled in as docs/agents.md says', () => {
  it("is valid as written: prime's commands and fix, start's and draft's next, an error's suggestion", async () => {
    const repo = TempRepo.init();
    repo.commit('Initial commit', { 'package.json': '{"name":"demo"}\n' });
    const client = new Client({ name: 'slot-filler', version: '1.0.0' });
    const env = Object.fromEntries(
      Object.entries(gitEnv()).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    await client.connect(
      new StdioClientTransport({ command: process.execPath, args: [CLI_BIN, 'mcp'], cwd: repo.dir, env }),
    );
    type Answer = { structuredContent?: Structured; isError?: boolean; content: { text: string }[] };
    const call = async (name: string, args: Record<string, unknown>) =>
      (await client.callTool({ name, arguments: args })) as Answer;
    // Each slot, its angle brackets included, replaced by the answer; what is around it kept.
    const answers: Record<string, string> = {
      '<task id>': TASK,
      '<agent name>': 'filler',
      '<state in one line>': 'client works',
      '<decision: reason>': 'fetch over axios: no dependency',
      '<blocker, or None>': 'None',
      '<next step>': 'error responses',
      '<0-100>': '30',
      '<time left, e.g. 3h>': '3h',
    };
    const filled = (text: string) =>
      text.replace(/<[^<>"]+>/g, (slot) => {
        const answer = answers[slot];
        if (answer === undefined) throw new Error(`no answer for the slot ${slot} in: ${text}`);
        return answer;
      });
    // A call as an answer writes it (`draft {...}`, a comment after it), made as written once filled in.
    const make = async (text: string) => {
      const call_ = /^([a-z]+) (\{.*\})(?: +#.*)?$/.exec(text);
      if (!call_) throw new Error(`no tool call: ${text}`);
      const answer = await call(call_[1] as string, JSON.parse(filled(call_[2] as string)));
      expect([text, answer.isError ? answer.content[0]?.text : 'ok']).toEqual([text, 'ok']);
      return answer;
    };
    try {
      // With no task: the calls that take one up.
      const first = await call('prime', { agent: 'filler' });
      const [take, look, check] = (first.structuredContent?.commands ?? []) as string[];
      await make(check as string);
      const started = await make(take as string);
      await make(look as string);
      expect(started.structuredContent).toMatchObject({ task: TASK, agent: 'filler' });

      // start's next: the draft that ends the session, every answer a slot.
      repo.commit(`${TASK}: client`, { 'src/client.js': 'export {};\n' });
      const [draft] = (started.structuredContent?.next ?? []) as string[];
      expect(draft).toContain('"progress":<0-100>');
      const drafted = await make(draft as string);
      expect(drafted.structuredContent).toMatchObject({ written: true, complete: true });
      // The range names the tool's argument that changes it, in words.
      expect(drafted.structuredContent?.range).toMatch(/\(the from argument changes it\)$/);
      repo.commit(`${TASK}: handoff`);

      // prime's fix, when the session may not end as things stand.
      repo.commit(`${TASK}: retries`, { 'src/retry.js': 'export {};\n' });
      const stale = await call('prime', { agent: 'filler' });
      const session = stale.structuredContent?.session as { stale: boolean; fix: string };
      expect(session.stale).toBe(true);
      expect((await make(session.fix)).structuredContent).toMatchObject({ written: true, complete: true });
      repo.commit(`${TASK}: handoff 2`);

      // draft's next, for the answers a draft left open.
      repo.commit(`${TASK}: timeouts`, { 'src/timeout.js': 'export {};\n' });
      const open = await call('draft', { task: TASK, agent: 'filler', note: 'timeouts work' });
      expect(open.structuredContent).toMatchObject({ written: true, complete: false });
      const [fillIn] = (open.structuredContent?.next ?? []) as string[];
      expect((await make(fillIn as string)).structuredContent).toMatchObject({
        complete: true,
        mode: 'fill',
      });
      repo.commit(`${TASK}: handoff 3`);

      // prime's commands for the task: start, draft, done.
      const working = await call('prime', { agent: 'filler' });
      const commands = working.structuredContent?.commands as string[];
      expect(commands.map((command) => command.split(' ')[0])).toEqual(['start', 'draft', 'done']);
      for (const command of commands) {
        await make(command);
        repo.commit(`${TASK}: ${command.split(' ')[0]}`);
      }

      // An error's suggestion: the start call for an agent the registry does not have.
      const ghost = await call('done', { agent: 'ghost' });
      expect(ghost.isError).toBe(true);
      const suggested = /`(start \{[^`]*\})`/.exec(ghost.content[0]?.text ?? '')?.[1];
      expect(suggested).toBe('start {"task":"<task id>","agent":"ghost"}');
      await make(suggested as string);
    } finally {
      await client.close();
      repo.remove();
    }
  });
});

describe('handoff mcp, spoken to line by line', () => {
  it('answers bad lines with their JSON-RPC errors and stays up, also after an 11 MiB line', async () => {
    const repo = TempRepo.init();
    repo.commit('Initial commit', { 'package.json': '{}\n' });
    const child = spawn(process.execPath, [CLI_BIN, 'mcp'], { cwd: repo.dir, env: gitEnv() });
    const answers: Record<string, unknown>[] = [];
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      for (let nl = buffered.indexOf('\n'); nl !== -1; nl = buffered.indexOf('\n')) {
        answers.push(JSON.parse(buffered.slice(0, nl)));
        buffered = buffered.slice(nl + 1);
      }
    });
    const until = async (count: number) => {
      for (let i = 0; i < 200 && answers.length < count; i++) await new Promise((r) => setTimeout(r, 50));
      return answers.slice(0, count);
    };
    child.stdin.write('not json\n');
    child.stdin.write('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":[]}\n');
    child.stdin.write(
      `{"jsonrpc":"2.0","id":2,"method":"x","params":{"pad":"${'y'.repeat(11 * 1024 * 1024)}"}}\n`,
    );
    child.stdin.write(
      '{"jsonrpc":"2.0","id":3,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}\n',
    );
    const got = await until(4);
    // A last request without a newline, then the end of the input: answered before the server goes.
    child.stdin.end(
      '{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"status","arguments":{}}}',
    );
    await new Promise((resolve) => child.on('close', resolve));
    repo.remove();
    expect(got.map((a) => [a.id, (a.error as { code?: number } | undefined)?.code])).toEqual([
      [null, -32700],
      [1, -32602],
      [null, -32700],
      [3, undefined],
    ]);
    expect(got[3]).toMatchObject({ result: { serverInfo: { name: expect.any(String) } } });
    expect(answers[4]).toMatchObject({ id: 5, result: { structuredContent: expect.any(Object) } });
  });
});

describe('handoff mcp, sent lines the SDK would drop unanswered', () => {
  it('answers each with its JSON-RPC error and reads no string with its bytes replaced', async () => {
    const repo = TempRepo.init();
    repo.commit('Initial commit', { 'package.json': '{}\n' });
    const child = spawn(process.execPath, [CLI_BIN, 'mcp'], { cwd: repo.dir, env: gitEnv() });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    const closed = new Promise((resolve) => child.on('close', resolve));
    const notUtf8 = (id: number, before: string, after: string) =>
      Buffer.concat([
        Buffer.from(before.replace('ID', String(id))),
        Buffer.from([0xc3]),
        Buffer.from(`${after}\n`),
      ]);
    child.stdin.write(
      '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}\n',
    );
    child.stdin.write('{"jsonrpc":"2.0","method":"notifications/initialized"}\n');
    child.stdin.write('{"jsonrpc":"2.0","id":5,"method":"ping","x":"abc"}\n');
    child.stdin.write('{"jsonrpc":"2.0","id":9}\n');
    child.stdin.write(
      notUtf8(10, '{"jsonrpc":"2.0","id":ID,"method":"ping","params":{"_meta":{"x":"a', '"}}}'),
    );
    child.stdin.write(
      notUtf8(
        11,
        '{"jsonrpc":"2.0","id":ID,"method":"tools/call","params":{"name":"start","arguments":{"task":"API-',
        '8","agent":"x"}}}',
      ),
    );
    child.stdin.end('{"jsonrpc":"2.0","id":12,"method":"ping"}\n');
    await closed;
    const registryWritten = repo.git('status', '--porcelain', '--untracked-files=all');
    repo.remove();
    const answers = output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: unknown; error?: { code: number; message: string } });
    expect(answers.map((a) => [a.id, a.error?.code]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [1, undefined],
      [5, -32600],
      [9, -32600],
      [10, -32700],
      [11, -32700],
      [12, undefined],
    ]);
    expect(answers.find((a) => a.id === 5)?.error?.message).toBe(
      'Invalid Request: unknown member "x"; known: jsonrpc, id, method, params',
    );
    // The start whose task id was not UTF-8 never ran: nothing was written.
    expect(registryWritten).toBe('');
  });
});

describe('handoff mcp, sent a batch and a byte order mark', () => {
  it('refuses the batch naming each request, and reads the message after the mark', async () => {
    const repo = TempRepo.init();
    repo.commit('Initial commit', { 'package.json': '{}\n' });
    const child = spawn(process.execPath, [CLI_BIN, 'mcp'], { cwd: repo.dir, env: gitEnv() });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    const closed = new Promise((resolve) => child.on('close', resolve));
    // As a client that writes a byte order mark before its first message (PowerShell's default).
    child.stdin.write(
      '\ufeff{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}\n',
    );
    child.stdin.write(
      '[{"jsonrpc":"2.0","id":2,"method":"ping"},{"jsonrpc":"2.0","method":"notifications/initialized"},{"jsonrpc":"2.0","id":"three","method":"tools/list"}]\n',
    );
    child.stdin.end('\ufeff{"jsonrpc":"2.0","id":4,"method":"ping"}\n');
    await closed;
    repo.remove();
    const answers = output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    const refusal = {
      code: -32600,
      message:
        'Invalid Request: a batch (a JSON array of messages) is not read: MCP has none since its revision 2025-06-18; send each message on a line of its own',
    };
    // The refusal is written as the line is read, the SDK's answers when they are ready.
    expect(answers).toHaveLength(3);
    expect(answers.filter(Array.isArray)).toEqual([
      [
        { jsonrpc: '2.0', id: 2, error: refusal },
        { jsonrpc: '2.0', id: 'three', error: refusal },
      ],
    ]);
    expect(answers).toContainEqual(
      expect.objectContaining({ id: 1, result: expect.objectContaining({ protocolVersion: '2025-06-18' }) }),
    );
    expect(answers).toContainEqual({ jsonrpc: '2.0', id: 4, result: {} });
  });
});

describe('handoff mcp, sent a line that would parse into millions of values', () => {
  it('answers it with the limit, stays small, and answers the next request', async () => {
    const repo = TempRepo.init();
    repo.commit('Initial commit', { 'package.json': '{}\n' });
    // The server's own peak RSS, as the benchmarks read it: the kernel's rusage, written on exit.
    const probe = mkdtempSync(join(tmpdir(), 'mcp-rss-'));
    const rssFile = join(probe, 'rss');
    const child = spawn(
      process.execPath,
      ['--import', join(PROJECT_ROOT, 'scripts/bench/report-rss.mjs'), CLI_BIN, 'mcp'],
      { cwd: repo.dir, env: gitEnv({ HANDOFF_BENCH_RSS_FILE: rssFile }) },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    const closed = new Promise((resolve) => child.on('close', resolve));
    // 2.7 million empty objects in 8.1 MB, under the 8 MiB line limit: JSON.parse made some 520 MiB of
    // them, and the SDK parsed the line again.
    const hostile = `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"status","arguments":{"x":[${'{},'.repeat(2_699_999)}{}]}}}`;
    expect(Buffer.byteLength(hostile)).toBeLessThan(8 * 1024 * 1024);
    child.stdin.write(`${hostile}\n`);
    child.stdin.end(
      '{"jsonrpc":"2.0","id":2,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}\n',
    );
    await closed;
    const peakMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
    rmSync(probe, { recursive: true, force: true });
    repo.remove();
    const answers = output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(answers).toEqual([
      {
        jsonrpc: '2.0',
        id: 1,
        error: {
          code: -32600,
          message:
            'Invalid Request: the message holds more than 100000 JSON values; at most 100000 are read (a string is one, whatever its length)',
        },
      },
      expect.objectContaining({ id: 2, result: expect.objectContaining({ protocolVersion: '2025-06-18' }) }),
    ]);
    expect(peakMiB).toBeGreaterThan(0);
    expect(peakMiB).toBeLessThan(200);
  });
});

describe('the MCP server bundle', () => {
  it('is a chunk of its own that only the mcp command (dist/commands/mcp.js) imports', () => {
    const dist = join(PROJECT_ROOT, 'dist');
    const files = [
      'cli.js',
      'cli.cjs',
      'handoff.cjs',
      'check.cjs',
      'index.js',
      ...readdirSync(join(dist, 'commands')).map((f) => `commands/${f}`),
      ...readdirSync(join(dist, 'chunks')).map((f) => `chunks/${f}`),
    ];
    const text = new Map(files.map((f) => [f, readFileSync(join(dist, f), 'utf8')]));
    const server = files.filter((f) => text.get(f)?.includes('StdioServerTransport'));
    expect(server).toHaveLength(1);
    const name = (server[0] as string).replace('chunks/', '');
    const importers = files.filter((f) => f !== server[0] && text.get(f)?.includes(name));
    expect(importers).toEqual(['commands/mcp.js']);
    expect(text.get('commands/mcp.js')).toContain(`import("../chunks/${name}")`);
  });
});

describe('handoff mcp in a monorepo package', () => {
  it('acts on the package it was started for (-C), as the CLI does; the root registry is not touched', async () => {
    const repo = TempRepo.init();
    const registry = '.agent-context/agent-handoffs.json';
    repo.commit('Initial commit', {
      'package.json': '{"name":"mono","workspaces":["packages/*"]}\n',
      '.handoffrc.json': '{ "workspaces": ["packages/b"] }\n',
      'packages/b/package.json': '{"name":"b"}\n',
      [`packages/b/${registry}`]: '{}\n',
    });
    const client = new Client({ name: 'test-agent', version: '1.0.0' });
    const env = Object.fromEntries(
      Object.entries(gitEnv()).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [CLI_BIN, '-C', 'packages/b', 'mcp'],
        cwd: repo.dir,
        env,
      }),
    );
    try {
      const started = await client.callTool({ name: 'start', arguments: { task: TASK, agent: 'pat' } });
      expect(started.isError).toBeFalsy();
      expect(JSON.parse(readFileSync(join(repo.dir, 'packages/b', registry), 'utf8')).pat).toMatchObject({
        current_task: TASK,
        status: 'in_progress',
      });
      expect(readdirSync(repo.dir)).not.toContain('.agent-context');
      const status = (await client.callTool({ name: 'status', arguments: {} })) as {
        structuredContent?: { agents: { agent: string }[] };
      };
      expect(status.structuredContent?.agents.map((a) => a.agent)).toEqual(['pat']);
      // The check judges the whole repository and names this package's fixes from the root (`handoff
      // -C packages/b draft ...`): they are this server's draft calls.
      repo.commit('Register pat');
      repo.commit(`${TASK}: b's work`, { 'packages/b/index.js': 'export {};\n' });
      const check = (await client.callTool({ name: 'check', arguments: {} })) as {
        structuredContent?: { verdicts: { problems: { fix: string }[] }[] };
      };
      expect(check.structuredContent?.verdicts[0]?.problems[0]?.fix).toBe(`draft {"task":"${TASK}"}`);
    } finally {
      await client.close();
      repo.remove();
    }
  });
});

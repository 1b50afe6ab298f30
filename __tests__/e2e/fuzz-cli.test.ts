/**
 * Fuzzing the program with damaged files (fixed seed, bounded in cases and time): mutated registries,
 * configs and handoffs of both forms, under every read command. The program never crashes and never
 * reports an internal error: exit 0, 1 or 2, and a failure is one `handoff:` line of bounded length.
 * Most cases run in-process; a few go through the built dist/cli.js to see real processes' exit codes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { PROJECT_ROOT, type RunResult, runBin, runCli, TempRepo } from '../helpers/temp-repo.js';

const SEED = 13;
/** HANDOFF_FUZZ_CASES runs more (with no time bound), e.g. 1000 for a deeper search. */
const CASES = Number(process.env.HANDOFF_FUZZ_CASES ?? 48);
const PROCESS_CASES = 4;
/** The fuzz stops early past this, so `npm test` stays quick on a slow machine. */
const TIME_BOUND_MS = process.env.HANDOFF_FUZZ_CASES ? Number.POSITIVE_INFINITY : 8_000;

const fixture = (path: string) => readFileSync(join(PROJECT_ROOT, '__tests__/fixtures', path), 'utf8');
const REGISTRY = '.agent-context/agent-handoffs.json';
const LINK = 'delegation/tasks/active/TASK-2025-0078-C-handoff-session1.md';
const CONFIG = '{\n  "taskIdPattern": "TASK-\\\\d{4}-\\\\d{4}-[A-Z]",\n  "wordBudget": 300\n}\n';

/** A file damaged the ways files get damaged: cut short, junk inserted, a span doubled, a byte swapped. */
function damage(base: string): fc.Arbitrary<string> {
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('cut'), at: fc.nat() }),
    fc.record({
      kind: fc.constant('insert'),
      at: fc.nat(),
      text: fc.string({ unit: 'binary', maxLength: 20 }),
    }),
    fc.record({
      kind: fc.constant('insert'),
      at: fc.nat(),
      text: fc.constantFrom(
        '"',
        '{',
        '}',
        ',',
        '\0',
        '\uFFFE',
        '<<<<<<< HEAD\n',
        '"$schema": 1,',
        '"x": {},',
        '\r\n',
      ),
    }),
    fc.record({ kind: fc.constant('repeat'), at: fc.nat(), length: fc.nat({ max: 60 }) }),
    fc.record({ kind: fc.constant('delete'), at: fc.nat(), length: fc.nat({ max: 20 }) }),
  );
  return fc.array(edit, { minLength: 0, maxLength: 4 }).map((edits) => {
    let text = base;
    for (const e of edits as { kind: string; at: number; text?: string; length?: number }[]) {
      const at = text.length === 0 ? 0 : e.at % (text.length + 1);
      if (e.kind === 'cut') text = text.slice(0, at);
      else if (e.kind === 'insert') text = text.slice(0, at) + e.text + text.slice(at);
      else if (e.kind === 'delete') text = text.slice(0, at) + text.slice(at + (e.length ?? 0));
      else
        text =
          text.slice(0, at) +
          text.slice(at, at + (e.length ?? 0)).repeat(4) +
          text.slice(at + (e.length ?? 0));
    }
    return text;
  });
}

const COMMANDS = [
  ['status'],
  ['validate'],
  ['check'],
  ['resume', '--format', 'json'],
  ['draft', '--task', 'TASK-2025-0078-C', '--stdout', '--no-interactive'],
];

const fuzzCase = fc.record({
  registry: damage(fixture('registry/agent-handoffs.json')),
  config: fc.option(damage(CONFIG), { nil: undefined }),
  handoff: fc.oneof(
    damage(fixture('documents/headings-session1.md')),
    damage(fixture('documents/bold-labels-session1.md')),
  ),
  command: fc.constantFrom(...COMMANDS),
});

function expectWellBehaved(result: RunResult, what: string): void {
  expect({ what, code: [0, 1, 2].includes(result.code) ? 'ok' : result.code }).toEqual({ what, code: 'ok' });
  expect(result.stderr).not.toContain('internal error');
  for (const line of result.stderr.split('\n')) expect(line.length).toBeLessThan(2400);
  // validate lists problems on stdout; every other failure is a `handoff:` line on stderr.
  if (result.code === 2) {
    expect({ what, said: `${result.stdout}${result.stderr}` !== '' }).toEqual({ what, said: true });
    if (result.stdout === '') expect(result.stderr).toMatch(/^(handoff: |error: )/m);
  }
}

it(`${CASES} damaged repositories under every command: exit 0, 1 or 2, one bounded line`, async () => {
  const repo = TempRepo.init();
  try {
    repo.commit('TASK-2025-0078-C start', { 'src/a.ts': 'export const a = 1;\n' });
    const cases = fc.sample(fuzzCase, { seed: SEED, numRuns: CASES });
    const started = Date.now();
    let ran = 0;
    const codes = new Map<string, number>();
    for (const [index, c] of cases.entries()) {
      if (Date.now() - started > TIME_BOUND_MS) break;
      repo.write(REGISTRY, c.registry);
      repo.write(LINK, c.handoff);
      if (c.config === undefined) repo.write('.handoffrc.json', '{}');
      else repo.write('.handoffrc.json', c.config);
      repo.commit(`TASK-2025-0078-C case ${index}`);
      const what = `case ${index}: ${c.command.join(' ')}`;
      const result =
        index < PROCESS_CASES
          ? runBin(c.command, { cwd: repo.dir })
          : await runCli(c.command, { cwd: repo.dir, now: new Date('2025-11-12T10:00:00Z') });
      expectWellBehaved(result, what);
      const key = `${c.command[0]} ${result.code}`;
      codes.set(key, (codes.get(key) ?? 0) + 1);
      ran++;
    }
    if (process.env.HANDOFF_FUZZ_LOG)
      process.stderr.write(`${ran} cases: ${JSON.stringify([...codes].sort())}\n`);
    expect(ran).toBeGreaterThanOrEqual(Math.min(CASES, 8));
  } finally {
    repo.remove();
  }
}, 3_600_000);

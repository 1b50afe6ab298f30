/**
 * Hostile input and faults, through the real program in real repositories: nothing hangs, nothing is
 * read or written outside the repository, nothing is half-written, and every user mistake is exit 2
 * with one bounded line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readUserText } from '../../src/adapters/store.js';
import { type RunResult, runCli, TempRepo } from '../helpers/temp-repo.js';

const REGISTRY = '.agent-context/agent-handoffs.json';
const HANDOFF = 'delegation/tasks/active/TASK-1-handoff-session1.md';

let repo: TempRepo;
let outside: string;
beforeEach(() => {
  repo = TempRepo.init();
  repo.commit('TASK-1 start', { 'src/a.ts': 'export const a = 1;\n' });
  outside = mkdtempSync(join(tmpdir(), 'handoff-outside-'));
});
afterEach(() => {
  repo.remove();
  rmSync(outside, { recursive: true, force: true });
});

const run = (...args: string[]) => runCli(args, { cwd: repo.dir });
const draft = (...args: string[]) => run('draft', '--no-interactive', ...args);

/** Exit 2 with exactly one line on stderr, bounded, naming the rule. */
function expectInputError(result: RunResult, rule: string): string {
  expect(result.code).toBe(2);
  const lines = result.stderr.split('\n').filter((l) => l !== '');
  const error = lines.find((l) => l.startsWith('handoff: '));
  expect(error).toBeDefined();
  expect(error).toContain(`[${rule}]`);
  expect((error as string).length).toBeLessThan(2200);
  return error as string;
}

/** What `git add -A` would pick up. */
function untracked(): string[] {
  return [repo.git('ls-files', '--others', '--exclude-standard'), repo.git('diff', '--name-only')]
    .join('\n')
    .split('\n')
    .filter((l) => l !== '');
}

describe('files the tool reads go through one guarded reader', () => {
  it('a registry that is a FIFO is refused at once, not waited on', async () => {
    mkdirSync(join(repo.dir, '.agent-context'));
    execFileSync('mkfifo', [join(repo.dir, REGISTRY)]);
    for (const command of ['status', 'validate']) {
      const result = await run(command);
      expect(result.code).toBe(2);
      expect(result.stderr + result.stdout).toMatch(/named pipe \(FIFO\), not a regular file/);
    }
    expectInputError(await draft('--task', 'TASK-1', '--agent', 'a'), 'file/not-a-file');
  });

  it('a registry that is a symlink to /dev/zero, or a folder, is refused without reading it', async () => {
    mkdirSync(join(repo.dir, '.agent-context'));
    symlinkSync('/dev/zero', join(repo.dir, REGISTRY));
    expect(expectInputError(await run('status'), 'path/symlink-escape')).toContain('/dev/zero');
    // Named as what it is: the registry, which is no details_link.
    for (const command of ['status', 'check']) {
      const said = expectInputError(await run(command), 'path/symlink-escape');
      expect(said).toContain(REGISTRY);
      expect(said).not.toContain('details_link');
    }
    const validated = await run('validate');
    expect(validated.code).toBe(2);
    expect(validated.stdout).toContain(`${REGISTRY}: "${REGISTRY}" resolves through a symlink to /dev/zero`);
    expect(validated.stdout).not.toContain('details_link');
    rmSync(join(repo.dir, REGISTRY));
    mkdirSync(join(repo.dir, REGISTRY));
    expect(expectInputError(await run('status'), 'file/not-a-file')).toContain('is a folder');
  });

  it('reads /dev/zero and FIFOs as "not a regular file" even when asked directly', async () => {
    await expect(readUserText('/dev/zero', 'zero')).rejects.toMatchObject({ rule: 'file/not-a-file' });
    const fifo = join(outside, 'fifo');
    execFileSync('mkfifo', [fifo]);
    await expect(readUserText(fifo, 'fifo')).rejects.toMatchObject({ rule: 'file/not-a-file' });
    await expect(readUserText(fifo, 'fifo', { repoRoot: repo.dir })).rejects.toMatchObject({
      rule: 'path/symlink-escape',
    });
  });

  it('a registry symlinked to a file outside the repository is neither read nor rewritten', async () => {
    const target = join(outside, 'victim.json');
    const before = '{\n  "someone": { "status": "idle" }\n}\n';
    writeFileSync(target, before);
    mkdirSync(join(repo.dir, '.agent-context'));
    symlinkSync(target, join(repo.dir, REGISTRY));
    expectInputError(await draft('--task', 'TASK-1', '--agent', 'a'), 'path/symlink-escape');
    expect(readFileSync(target, 'utf8')).toBe(before);
    expect(existsSync(join(repo.dir, HANDOFF))).toBe(false);
  });

  it('a registry folder symlinked outside is not written into, even when the registry does not exist', async () => {
    symlinkSync(outside, join(repo.dir, '.agent-context'));
    expectInputError(await draft('--task', 'TASK-1', '--agent', 'a'), 'path/symlink-escape');
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(join(repo.dir, HANDOFF))).toBe(false);
  });

  it('a registry symlinked to a file inside the repository is written through, the link kept', async () => {
    mkdirSync(join(repo.dir, '.agent-context'));
    writeFileSync(join(repo.dir, 'shared-registry.json'), '{}\n');
    symlinkSync('../shared-registry.json', join(repo.dir, REGISTRY));
    const result = await draft('--task', 'TASK-1', '--agent', 'a');
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(join(repo.dir, 'shared-registry.json'), 'utf8')).a.details_link).toBe(
      HANDOFF,
    );
    expect(execFileSync('readlink', [join(repo.dir, REGISTRY)], { encoding: 'utf8' }).trim()).toBe(
      '../shared-registry.json',
    );
  });
});

describe('draft writes nothing that validate rejects', () => {
  const cases: [string, string[], string][] = [
    ['$schema as the agent', ['--task', 'TASK-1', '--agent', '$schema'], 'registry/agent-name'],
    ['an empty agent', ['--task', 'TASK-1', '--agent', ''], 'registry/agent-name'],
    ['an agent with a line break', ['--task', 'TASK-1', '--agent', 'a\nb'], 'registry/agent-name'],
    ['a task id off the pattern', ['--task', 'my-feature', '--agent', 'a'], 'registry/task-id'],
    ['a task id with a line break', ['--task', 'TASK-1\nTASK-2', '--agent', 'a'], 'registry/task-id'],
    ['a task id with a slash', ['--task', 'TASK-1/../x', '--agent', 'a'], 'registry/task-id'],
    ['a 300-character task id', ['--task', `A${'B'.repeat(300)}-1`, '--agent', 'a'], 'config/handoff-path'],
  ];
  it.each(cases)('%s: exit 2, one line, nothing written', async (_name, args, rule) => {
    writeFileSync(join(repo.dir, 'registry-before'), '');
    const error = expectInputError(await draft(...args), rule);
    expect(error).not.toContain('\n');
    expect(untracked()).toEqual(['registry-before']);
  });

  it('a $schema key keeps its value when an agent is drafted', async () => {
    repo.write(REGISTRY, '{\n  "$schema": "./schema.json"\n}\n');
    repo.commit('registry');
    expect((await draft('--task', 'TASK-1', '--agent', 'a')).code).toBe(0);
    const registry = JSON.parse(readFileSync(join(repo.dir, REGISTRY), 'utf8'));
    expect(registry.$schema).toBe('./schema.json');
    const validated = JSON.parse((await run('validate', '--format', 'json')).stdout) as {
      problems: { file?: string }[];
    };
    // The new handoff still has sections to fill in; the registry itself is valid.
    expect(validated.problems.filter((p) => p.file === REGISTRY)).toEqual([]);
  });

  it('an over-long handoffDir is a config error, not ENAMETOOLONG', async () => {
    repo.write('.handoffrc.json', JSON.stringify({ handoffDir: 'd'.repeat(300) }));
    const error = expectInputError(await draft('--task', 'TASK-1', '--agent', 'a'), 'config/path');
    expect(error).toContain('longer than 255 bytes');
  });
});

describe('draft is never half-done', () => {
  it('leaves no temporary file where git add -A would pick it up', async () => {
    expect((await draft('--task', 'TASK-1', '--agent', 'a')).code).toBe(0);
    expect(untracked().sort()).toEqual([REGISTRY, HANDOFF].sort());
    const tmp = repo.git('rev-parse', '--path-format=absolute', '--git-path', 'handoff-guard/tmp');
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('the next draft links a document an interrupted draft left unlinked', async () => {
    // What a draft killed after creating its document and before updating the registry leaves.
    const dead = spawnSync(process.execPath, ['-e', '']).pid as number;
    repo.write(HANDOFF, '# TASK-1: Handoff (Session 1)\n\nDrafted, then interrupted.\n');
    const pending = repo.git('rev-parse', '--path-format=absolute', '--git-path', 'handoff-guard/pending');
    mkdirSync(pending, { recursive: true });
    const patch = { status: 'in_progress', current_task: 'TASK-1', details_link: HANDOFF };
    writeFileSync(
      join(pending, `${dead}-0123456789ab.json`),
      JSON.stringify({ pid: dead, registry: REGISTRY, document: HANDOFF, agent: 'a', patch }),
    );
    repo.commit('TASK-1 interrupted session');
    const result = await draft('--task', 'TASK-1', '--agent', 'a');
    expect(result.stderr).toContain(`Finished an interrupted draft: ${REGISTRY} now links ${HANDOFF} for a.`);
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(join(repo.dir, REGISTRY), 'utf8')).a.details_link).toBe(
      'delegation/tasks/active/TASK-1-handoff-session2.md',
    );
    expect(readdirSync(pending)).toEqual([]);
  });

  it('a next-session document nobody links is reported with what to do', async () => {
    expect((await draft('--task', 'TASK-1', '--agent', 'a')).code).toBe(0);
    repo.commit('TASK-1 handoff', {
      'delegation/tasks/active/TASK-1-handoff-session2.md': '# TASK-1: Handoff (Session 2)\n',
    });
    const error = expectInputError(await draft('--task', 'TASK-1', '--agent', 'a'), 'draft/exists');
    expect(error).toContain("keep it by pointing the agent's details_link at it, or delete it");
  });
});

describe('user mistakes are exit 2, never 3, and messages stay short', () => {
  it('a corrupt index: exit 2 naming the damage, no raw bytes', async () => {
    expect((await draft('--task', 'TASK-1', '--agent', 'a')).code).toBe(0);
    repo.commit('TASK-1 handoff');
    writeFileSync(
      join(repo.dir, '.git/index'),
      Buffer.from('DIRC\0\0\0\x02\0\0\0\x01\xff\xfe\x1b[31mRED', 'latin1'),
    );
    const error = expectInputError(await draft('--task', 'TASK-1'), 'git/corrupt-repository');
    expect(error).toContain('the repository is damaged');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: raw control bytes must not be there.
    expect(error).not.toMatch(/[\u0000-\u0008\u001b\ufffd]/);
  });

  it('a corrupt object: exit 2', async () => {
    expect((await draft('--task', 'TASK-1', '--agent', 'a')).code).toBe(0);
    repo.commit('TASK-1 handoff');
    repo.commit('TASK-1 more', { 'src/b.ts': 'export const b = 2;\n' });
    const blob = repo.git('rev-parse', 'HEAD:src/b.ts');
    const file = join(repo.dir, '.git/objects', blob.slice(0, 2), blob.slice(2));
    rmSync(file, { force: true });
    writeFileSync(file, Buffer.from([0x78, 0x01, 0xff, 0x1b, 0x00]));
    const result = await draft('--task', 'TASK-1');
    expectInputError(result, 'git/corrupt-repository');
  });

  it('demo --out naming a file is exit 2', async () => {
    const file = join(outside, 'passwd');
    writeFileSync(file, 'root:x:0:0\n');
    expectInputError(await run('demo', '--out', file), 'demo/out-not-a-folder');
    expect(readFileSync(file, 'utf8')).toBe('root:x:0:0\n');
  });

  it('a 4 MB key name gives a short line', async () => {
    repo.write('.handoffrc.json', `{"${'k'.repeat(4 * 1024 * 1024 - 20)}": 1}`);
    const result = await run('status');
    const error = expectInputError(result, 'config/unknown-key');
    expect(error).toContain('more characters)');
    expect(result.stderr.length).toBeLessThan(3000);
  });
});

describe('task-id patterns from config cannot stall the tool', () => {
  it('(A+)+B with a 40-character subject: check and draft finish', async () => {
    repo.write('.handoffrc.json', JSON.stringify({ taskIdPattern: '(A+)+B' }));
    repo.commit('A'.repeat(40), {}, { body: `${'A'.repeat(5000)}C` });
    expect((await draft('--task', 'AAB', '--agent', 'a')).code).toBe(0);
    repo.commit('AAB handoff');
    repo.commit(`${'A'.repeat(40)}!`, { 'src/c.ts': '' });
    const result = await run('check');
    expect([0, 1]).toContain(result.code);
  });
});

describe('files the tool writes stay inside the repository', () => {
  /** A committed symlink at `path` to a file outside, which must come through every command unchanged. */
  function linkOut(path: string, text: string): string {
    const target = join(outside, path.replace(/\//g, '_'));
    writeFileSync(target, text);
    mkdirSync(join(repo.dir, path, '..'), { recursive: true });
    symlinkSync(target, join(repo.dir, path));
    return target;
  }

  it('init refuses a file it would write through a symlink out of the repository, writing nothing', async () => {
    const attributes = linkOut('.gitattributes', '* text=auto\n');
    const error = expectInputError(await run('init'), 'path/symlink-escape');
    expect(error).toContain('init would write .gitattributes');
    expect(readFileSync(attributes, 'utf8')).toBe('* text=auto\n');
    // Nothing else was written either: the refusal comes before the first write.
    expect(existsSync(join(repo.dir, '.handoffrc.json'))).toBe(false);
    expect(existsSync(join(repo.dir, REGISTRY))).toBe(false);
    expect(existsSync(join(repo.dir, '.git/hooks/pre-push'))).toBe(false);
  });

  it('init refuses a core.hooksPath folder committed as a symlink out of the repository', async () => {
    mkdirSync(join(outside, 'hooks'));
    symlinkSync(join(outside, 'hooks'), join(repo.dir, '.githooks'));
    repo.git('config', 'core.hooksPath', '.githooks');
    expectInputError(await run('init'), 'path/symlink-escape');
    expect(readdirSync(join(outside, 'hooks'))).toEqual([]);
  });

  it('setup refuses settings and instructions files that lead out of the repository', async () => {
    const settings = linkOut('.claude/settings.json', '{ "model": "opus" }\n');
    const instructions = linkOut('CLAUDE.md', '# mine\n');
    expect((await run('init', '--no-hook', '--no-merge-driver')).code).toBe(0);
    expectInputError(await run('setup', 'claude', '--agent', 'x'), 'path/symlink-escape');
    expect(readFileSync(settings, 'utf8')).toBe('{ "model": "opus" }\n');
    expect(readFileSync(instructions, 'utf8')).toBe('# mine\n');
  });

  it('done refuses a doneHandoffDir that leads out of the repository, moving nothing', async () => {
    repo.write('.handoffrc.json', JSON.stringify({ doneHandoffDir: 'delegation/tasks/done' }));
    expect((await run('start', '--task', 'TASK-1', '--agent', 'a1')).code).toBe(0);
    repo.write(HANDOFF, '# TASK-1\n');
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'TASK-1: handoff');
    mkdirSync(join(repo.dir, 'delegation/tasks'), { recursive: true });
    symlinkSync(outside, join(repo.dir, 'delegation/tasks/done'));
    const before = readFileSync(join(repo.dir, REGISTRY), 'utf8');
    expectInputError(await run('done', '--agent', 'a1'), 'path/symlink-escape');
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(join(repo.dir, HANDOFF))).toBe(true);
    expect(readFileSync(join(repo.dir, REGISTRY), 'utf8')).toBe(before);
  });
});

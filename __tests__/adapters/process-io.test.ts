/**
 * The process's descriptors as the hook uses them, over real descriptors (a file, a pipe whose writer
 * is slow, FIFOs opened non-blocking — what a parent that made its stdio non-blocking passes on —
 * /dev/null): the pre-push stdin read with readSync (no process.stdin stream), output written with
 * writeSync (no process.stdout/stderr stream), and the terminal context that keeps `stdin` unmade
 * until a command reads it.
 */
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  constants,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from '@jest/globals';
import { readHookStdin } from '../../src/adapters/pre-push.js';
import { allWritten, type CommandContext, descriptorOutput, invocation } from '../../src/cli/context.js';
import { terminalContext } from '../../src/cli/terminal.js';

const dir = mkdtempSync(join(tmpdir(), 'hook-stdin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LINES = 'refs/heads/main aaa refs/heads/main bbb\nrefs/heads/b ccc refs/heads/b ddd\n';
const unusedStream = (): Readable => {
  throw new Error('the stream was made, though the descriptor could be read');
};

const { O_RDONLY, O_NONBLOCK, O_WRONLY } = constants;

describe('readHookStdin from a descriptor', () => {
  it('reads a file to its end without making the stream', async () => {
    const file = join(dir, 'lines');
    writeFileSync(file, LINES);
    const fd = openSync(file, 'r');
    try {
      await expect(readHookStdin({ fd, stream: unusedStream })).resolves.toEqual({
        provided: true,
        text: LINES,
      });
    } finally {
      closeSync(fd);
    }
  });

  it('reads more than one buffer (64 KB) whole', async () => {
    const file = join(dir, 'many');
    const many = LINES.repeat(3000);
    writeFileSync(file, many);
    const fd = openSync(file, 'r');
    try {
      const read = await readHookStdin({ fd, stream: unusedStream });
      expect(read.text.length).toBe(many.length);
      expect(read.text).toBe(many);
    } finally {
      closeSync(fd);
    }
  });

  it('waits for a slow writer of a pipe, as git is when it writes ref by ref (the bundled hook)', () => {
    // The hook as git runs it, on a blocking pipe whose two lines come 0.3 s apart: a tag, then a
    // deleted branch. Each is skipped with a note, so both notes show that both lines were read.
    const repo = join(dir, 'repo');
    execFileSync('git', ['init', '-q', repo]);
    execFileSync('git', [
      '-C',
      repo,
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@t',
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      'init',
    ]);
    const sha = execFileSync('git', ['-C', repo, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const zero = '0'.repeat(40);
    const first = `refs/tags/v1 ${sha} refs/tags/v1 ${zero}`;
    const second = `(delete) ${zero} refs/heads/old ${sha}`;
    const bin = join(process.cwd(), 'dist/handoff.cjs');
    const out = execFileSync(
      'sh',
      [
        '-c',
        `{ echo "$1"; sleep 0.3; echo "$2"; } | "$3" "$4" check --hook pre-push origin url 2>&1`,
        'sh',
        first,
        second,
        process.execPath,
        bin,
      ],
      { cwd: repo, encoding: 'utf8', env: { ...process.env, HANDOFF_SKIP: '' } },
    );
    expect(out).toContain('Skipped refs/tags/v1 (a tag).');
    expect(out).toContain('Skipped refs/heads/old (deleted by this push).');
    expect(out).toContain('handoff check: no branch pushed (only tags or deletions): nothing to check.');
  });

  it('on a non-blocking descriptor, reads what is there and lets the stream read the rest', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const readFd = openSync(fifo, O_RDONLY | O_NONBLOCK);
    const writeFd = openSync(fifo, O_WRONLY);
    writeSync(writeFd, 'first line\n');
    let streamMade = false;
    const reading = readHookStdin({
      fd: readFd,
      stream: () => {
        streamMade = true;
        // What process.stdin is for a pipe: a net.Socket over the descriptor.
        return new Socket({ fd: readFd, readable: true, writable: false });
      },
    });
    setTimeout(() => {
      writeSync(writeFd, 'second line\n');
      closeSync(writeFd);
    }, 100);
    await expect(reading).resolves.toEqual({ provided: true, text: 'first line\nsecond line\n' });
    expect(streamMade).toBe(true);
  });

  it('/dev/null describes no push and is not read', async () => {
    const fd = openSync('/dev/null', 'r');
    try {
      await expect(readHookStdin({ fd, stream: unusedStream })).resolves.toEqual({
        provided: false,
        text: '',
      });
    } finally {
      closeSync(fd);
    }
  });

  it('a closed descriptor describes no push', async () => {
    const fd = openSync('/dev/null', 'r');
    closeSync(fd);
    await expect(readHookStdin({ fd, stream: unusedStream })).resolves.toEqual({ provided: false, text: '' });
  });

  it('without a descriptor, reads the stream (tests, embedders)', async () => {
    const stream = new PassThrough();
    stream.end(LINES);
    await expect(readHookStdin({ stream: () => stream })).resolves.toEqual({ provided: true, text: LINES });
  });

  it('a terminal stream without a descriptor is not read', async () => {
    const stream = Object.assign(Readable.from([]), { isTTY: true });
    await expect(readHookStdin({ stream: () => stream })).resolves.toEqual({ provided: false, text: '' });
  });
});

describe('descriptorOutput', () => {
  const collector = () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
  };
  const drain = (fd: number): string => {
    const chunks: Buffer[] = [];
    const buffer = Buffer.alloc(65536);
    for (;;) {
      try {
        const size = readSync(fd, buffer, 0, buffer.length, null);
        if (size === 0) break;
        chunks.push(Buffer.from(buffer.subarray(0, size)));
      } catch {
        break; // EAGAIN: all that is in the pipe was read
      }
    }
    return Buffer.concat(chunks).toString('utf8');
  };

  it('writes to the descriptor without making the stream', () => {
    const file = join(dir, 'out');
    const fd = openSync(file, 'w');
    let made = false;
    const out = descriptorOutput(fd, () => {
      made = true;
      return new PassThrough();
    });
    out.write('handoff check: fine — ünïcode\n');
    out.write('second\n');
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe('handoff check: fine — ünïcode\nsecond\n');
    expect(made).toBe(false);
    // All of it reached the descriptor: the hook may exit at once.
    expect(out.streamed).toBe(false);
    expect(allWritten(out)).toBe(true);
  });

  it('hands what would block to the stream, and every later write, in order', () => {
    const fifo = join(dir, 'out-fifo');
    execFileSync('mkfifo', [fifo]);
    const readFd = openSync(fifo, O_RDONLY | O_NONBLOCK);
    const writeFd = openSync(fifo, O_WRONLY | O_NONBLOCK);
    const { stream, text } = collector();
    const out = descriptorOutput(writeFd, () => stream);
    // More than a pipe holds (64 KiB on Linux) with nobody reading: the write would block.
    const big = `${'x'.repeat(99)}\n`.repeat(3000);
    out.write(big);
    out.write('after\n');
    // Some went through the stream: the hook must let node finish writing before it exits.
    expect(allWritten(out)).toBe(false);
    const inPipe = drain(readFd);
    closeSync(readFd);
    closeSync(writeFd);
    return new Promise<void>((done) =>
      setImmediate(() => {
        expect(inPipe.length).toBeGreaterThan(0);
        expect(text().length).toBeGreaterThan(0);
        expect(inPipe + text()).toBe(`${big}after\n`);
        done();
      }),
    );
  });

  it('drops what a reader that is gone would get (EPIPE), without an error', () => {
    const fifo = join(dir, 'gone-fifo');
    execFileSync('mkfifo', [fifo]);
    const readFd = openSync(fifo, O_RDONLY | O_NONBLOCK);
    const writeFd = openSync(fifo, O_WRONLY);
    closeSync(readFd);
    let made = false;
    const out = descriptorOutput(writeFd, () => {
      made = true;
      return new PassThrough();
    });
    expect(() => out.write('nobody reads this\n')).not.toThrow();
    expect(() => out.write('nor this\n')).not.toThrow();
    expect(made).toBe(false);
    closeSync(writeFd);
  });
});

describe('invocation: how the commands we print run this program again', () => {
  const project = () => true;
  const bin = '/home/me/api/node_modules/handoff-guard/dist/handoff.cjs';
  it.each([
    // In the project whose node_modules holds it, at its root or below.
    [bin, '/home/me/api', 'npx handoff'],
    [bin, '/home/me/api/packages/a', 'npx handoff'],
    // pnpm's nested store is still the project's node_modules.
    [
      '/home/me/api/node_modules/.pnpm/handoff-guard@1/node_modules/handoff-guard/dist/handoff.cjs',
      '/home/me/api',
      'npx handoff',
    ],
    // A linked worktree of it: its hook runs the main checkout's copy, which `npx handoff` there cannot find.
    [bin, '/home/me/api-side', 'npx --prefix /home/me/api handoff'],
    [
      '/home/me/my api/node_modules/handoff-guard/dist/handoff.cjs',
      '/tmp/wt',
      "npx --prefix '/home/me/my api' handoff",
    ],
    // Not from a node_modules: on PATH.
    ['/work/handoff-guard/dist/handoff.cjs', '/home/me/api', 'handoff'],
  ])('%s run in %s is `%s`', (path, cwd, expected) => {
    expect(invocation(path, cwd, project)).toBe(expected);
  });

  it('takes a global install, whose folder is no project, as on PATH', () => {
    const global = '/usr/local/lib/node_modules/handoff-guard/dist/handoff.cjs';
    expect(invocation(global, '/home/me/api', (folder) => folder !== '/usr/local/lib')).toBe('handoff');
  });
});

describe('terminalContext', () => {
  it('keeps the context stdin unmade until a command reads it', () => {
    let made = 0;
    const stdin = new PassThrough();
    const ctx: CommandContext = {
      cwd: dir,
      env: {},
      get stdin() {
        made++;
        return stdin;
      },
      stdinFd: 0,
      stdout: { write: () => true },
      stderr: { write: () => true },
      now: () => new Date(0),
      program: 'handoff',
    };
    const wrapped = terminalContext(ctx, {
      verbosity: 'quiet',
      stdoutIsReport: false,
      colourStdout: false,
    }).ctx;
    expect(made).toBe(0);
    expect(wrapped.stdinFd).toBe(0);
    expect(wrapped.program).toBe('handoff');
    expect(wrapped.verbosity).toBe('quiet');
    expect(wrapped.stdin).toBe(stdin);
    expect(made).toBe(1);
  });
});

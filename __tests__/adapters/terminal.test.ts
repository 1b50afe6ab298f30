/**
 * `isTerminal`, which decides colour for the direct `resume`/`status` lines without loading node:tty
 * for a pipe, a file or /dev/null; a real terminal (a pty that `script` opens) still answers true.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { isTerminal } from '../../src/adapters/builtins.js';
import { scratchDir } from '../helpers/scratch.js';
import { PROJECT_ROOT } from '../helpers/temp-repo.js';

describe('isTerminal', () => {
  it('is false for a file, a pipe and /dev/null, and true for a terminal', async () => {
    const dir = scratchDir('terminal');
    const file = join(dir, 'out.txt');
    writeFileSync(file, '');
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    for (const path of [file, fifo, '/dev/null']) {
      const fd = openSync(path, 'r+');
      try {
        expect({ path, terminal: isTerminal(fd) }).toEqual({ path, terminal: false });
      } finally {
        closeSync(fd);
      }
    }
    expect(isTerminal(987654)).toBe(false);

    // Under `script`, stdout is a pty: the same function, bundled as the CLI bundles it, says so.
    const entry = join(dir, 'ask.cjs');
    await build({
      stdin: {
        contents: `import { isTerminal } from ${JSON.stringify(join(PROJECT_ROOT, 'src/adapters/builtins.ts'))};\nconsole.log('terminal:' + isTerminal(1));`,
        resolveDir: PROJECT_ROOT,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: entry,
      logLevel: 'silent',
    });
    const piped = spawnSync(process.execPath, [entry], { encoding: 'utf8' });
    expect(piped.stdout).toContain('terminal:false');
    const underPty = spawnSync('script', ['-qec', `${process.execPath} ${entry}`, '/dev/null'], {
      encoding: 'utf8',
    });
    expect(underPty.stdout).toContain('terminal:true');
  });
});

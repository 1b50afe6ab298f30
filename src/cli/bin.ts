/** Entry of `dist/cli.js`: the process shell around `main`. */
import { main } from './main.js';

// A reader that stops early (`handoff check | head -1`, `| grep -q`) closes the pipe: that is not an
// error of ours. Writes after it are dropped and the command finishes with its own exit code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

const code = await main(process.argv.slice(2));
process.exitCode = code;

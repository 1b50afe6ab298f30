/**
 * Entry of the full program: `dist/cli.cjs`, which the `handoff` bin requires for every command line
 * but the hook's, and `dist/cli.js`, the same as an ES module (`node dist/cli.js`). The process
 * shell around `main`.
 */
import { ignoreClosedPipes } from './context.js';
import { main } from './main.js';

ignoreClosedPipes();
main(process.argv.slice(2)).then(async (code) => {
  process.exitCode = code;
  // The command is done: once what it wrote has been handed to the system (an empty write's callback
  // comes after every earlier write's), exit without node's teardown (~3 ms of every command, which
  // an agent pays on every `resume`). A reader that has gone (EPIPE) calls back too.
  await Promise.all(
    [process.stdout, process.stderr].map((stream) => new Promise((done) => stream.write('', done))),
  );
  process.exit(code);
});
